"""The desktop window opens a project and shows it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from journey_designer.app import open_window
from journey_designer.cli import main as cli_main
from journey_designer.io.project_file.samples import sample_paths
from journey_designer.io.project_file.sqlite_store import load_project


def test_window_opens_a_sample_and_shows_its_name(qtbot) -> None:
    samples = sample_paths()
    if not samples:
        pytest.fail("no sample projects found in journey_designer/samples/")
    path = samples["credit_card_care"]
    project = load_project(path)
    window = open_window(str(path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert path.name in window.windowTitle()
    journey = project.journeys[0]
    assert window.tabs.tabText(0) == journey.name
    assert [window.scene.lanes[s.id].name for s in journey.stages] == [s.name for s in journey.stages]
    assert {c.data.name for c in window.scene.cards.values()} == {tp.name for tp in journey.touchpoints}
    assert len(window.scene.arrows) == len(journey.transitions)
    qtbot.wait(100)
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
    assert window.document.path is None
    assert broken.read_text() == "hello"


def test_window_shows_a_new_chinese_project(qtbot, tmp_path) -> None:
    path = tmp_path / "方案.journey"
    cli_main(["new", str(path), "--locale", "zh_CN"])
    window = open_window(str(path))
    qtbot.addWidget(window)
    lanes = sorted(window.scene.lanes.values(), key=lambda lane: lane.index)
    assert lanes[0].name == "认知"
