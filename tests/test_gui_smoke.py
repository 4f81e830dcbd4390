"""The desktop window opens a project and shows it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QTreeWidget

from journey_designer.app import open_window
from journey_designer.cli import main as cli_main
from journey_designer.io.samples import sample_paths
from journey_designer.io.sqlite_store import load_project


def test_window_opens_a_sample_and_shows_its_name(qtbot) -> None:
    samples = sample_paths()
    if not samples:
        pytest.fail("no sample projects found in sample_projects/")
    path = next(iter(samples.values()))
    project = load_project(path)
    window = open_window(str(path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.findChild(QLabel, "projectTitle").text() == project.name
    assert path.name in window.windowTitle()
    tree = window.findChild(QTreeWidget, "journeyTree")
    journey_item = tree.topLevelItem(0)
    stage_names = [journey_item.child(i).text(0) for i in range(journey_item.childCount())]
    assert stage_names == [s.name for s in project.journeys[0].stages]
    shown = {journey_item.child(i).child(k).text(0)
             for i in range(journey_item.childCount())
             for k in range(journey_item.child(i).childCount())}
    assert shown == {tp.name for tp in project.journeys[0].touchpoints}
    image = window.grab().toImage()
    assert not image.isNull() and image.width() > 200
    colours = {image.pixel(x, y) for x in range(0, image.width(), 17)
               for y in range(0, image.height(), 17)}
    assert len(colours) > 5  # text and lines drawn, not a blank window


def test_a_broken_file_shows_a_message_and_opens_a_blank_project(qtbot, tmp_path, monkeypatch):
    broken = tmp_path / "broken.journey"
    broken.write_text("hello")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    window = open_window(str(broken))
    qtbot.addWidget(window)
    assert len(shown) == 1 and "broken.journey: is not a Journey Designer project" in shown[0]
    assert window.path is None
    assert broken.read_text() == "hello"


def test_window_shows_a_new_chinese_project(qtbot, tmp_path) -> None:
    path = tmp_path / "方案.journey"
    cli_main(["new", str(path), "--locale", "zh_CN"])
    window = open_window(str(path))
    qtbot.addWidget(window)
    tree = window.findChild(QTreeWidget, "journeyTree")
    assert tree.topLevelItem(0).child(0).text(0) == "认知"
