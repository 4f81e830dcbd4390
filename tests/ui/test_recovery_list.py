"""Several autosaves left by dead sessions: every one is listed (project, time, size),
the chosen ones are restored, the kept ones stay for next time and only the discarded
ones are deleted. Broken recovery info never stops the start. Recovery files live in
the application data folder, not beside the settings (issue 12)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication
from ui_helpers import small_project

from journey_designer.app import offer_recovery
from journey_designer.domain.templates import blank_project
from journey_designer.io.project_file.sqlite_store import load_project, project_rows, save_project
from journey_designer.ui import recovery
from journey_designer.ui.dialogs import recovery_dialog
from journey_designer.ui.dialogs.recovery_dialog import Choice
from journey_designer.ui.main_window import MainWindow


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _leftover(folder: Path, name: str, original: Path | None) -> Path:
    """An autosave of a project called `name`, left by a process that is gone."""
    project = small_project()
    project.name = name
    slot = recovery.Recovery(folder)
    slot.write(project_rows(project), original)
    info = json.loads(slot.info_file.read_text())
    info["pid"] = _dead_pid()
    slot.info_file.write_text(json.dumps(info))
    return slot.project_file


class Dialog:
    """Stands in for the recovery dialog: records what it listed, answers `choices`."""

    def __init__(self) -> None:
        self.listed: list[list[recovery.RecoveryFile]] = []
        self.decide = lambda leftovers: {r: Choice.RESTORE for r in leftovers}

    def __call__(self, parent, leftovers):
        self.listed.append(list(leftovers))
        return self.decide(leftovers)


@pytest.fixture
def dialog(monkeypatch) -> Dialog:
    fake = Dialog()
    monkeypatch.setattr(recovery_dialog, "ask", fake)
    return fake


@pytest.fixture
def blank_window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    yield win
    for other in QApplication.topLevelWidgets():
        if isinstance(other, MainWindow):
            other.document.undo_stack.setClean()
            if other is not win:
                other.close()


def _open_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def test_the_folder_is_the_application_data_folder_not_the_settings_one(blank_window) -> None:
    data = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppDataLocation))
    assert recovery.recovery_dir() == data / "recovery"
    settings_folder = Path(QSettings().fileName()).parent
    assert settings_folder not in recovery.recovery_dir().parents
    blank_window.document.rename_stage(blank_window.document.project.journeys[0].id,
                                       blank_window.document.project.journeys[0].stages[0].id, "X")
    blank_window.files.autosave().result(timeout=30)
    assert blank_window.files.recovery.project_file.parent == data / "recovery"


def test_every_leftover_is_listed_and_each_choice_is_followed(blank_window, dialog,
                                                              tmp_path) -> None:
    folder = recovery.recovery_dir()
    first = tmp_path / "first.journey"
    save_project(blank_project(name="on disk"), first)
    restored_a = _leftover(folder, "Restore me A", first)
    restored_b = _leftover(folder, "Restore me B", None)
    kept = _leftover(folder, "Keep me", None)
    dropped = _leftover(folder, "Drop me", None)
    choices = {restored_a: Choice.RESTORE, restored_b: Choice.RESTORE,
               kept: Choice.KEEP, dropped: Choice.DISCARD}
    dialog.decide = lambda leftovers: {r: choices[r.project_file] for r in leftovers}
    sizes = {path: path.stat().st_size for path in choices}

    assert offer_recovery(blank_window)

    listed = dialog.listed[0]
    assert {r.project_file for r in listed} == set(choices)
    assert all(r.size == sizes[r.project_file] > 0 for r in listed)
    assert all(r.saved_at for r in listed)
    assert next(r for r in listed if r.project_file == restored_a).original == first
    names = sorted(w.document.project.name for w in _open_windows())
    assert "Restore me A" in names and "Restore me B" in names
    for win in _open_windows():
        if win.document.project.name.startswith("Restore me"):
            assert win.document.is_modified() and win.isWindowModified()
    assert blank_window.document.project.name in ("Restore me A", "Restore me B")
    assert kept.exists() and not dropped.exists()
    assert load_project(first).name == "on disk"  # restoring writes nothing over the original
    # next start: only the kept one is offered again
    dialog.decide = lambda leftovers: {}
    offer_recovery(MainWindow())
    assert [r.project_file for r in dialog.listed[1]] == [kept]


def test_restored_work_stays_safe_until_it_is_saved(blank_window, dialog) -> None:
    leftover = _leftover(recovery.recovery_dir(), "Crashed twice", None)
    assert offer_recovery(blank_window)
    own = blank_window.files.recovery.project_file
    assert own.exists() and load_project(own).name == "Crashed twice"  # a crash now loses nothing
    assert not leftover.exists()  # its work lives on in this window's autosave


def test_decide_later_keeps_everything(blank_window, dialog) -> None:
    folder = recovery.recovery_dir()
    files = [_leftover(folder, f"P{i}", None) for i in range(3)]
    dialog.decide = lambda leftovers: {}
    assert not offer_recovery(blank_window)
    assert all(f.exists() for f in files)
    assert len(dialog.listed[0]) == 3
    assert not blank_window.document.is_modified()


@pytest.mark.parametrize("info", [
    '{"original": null, "pid": "abc", "saved_at": "2026-01-01T10:00:00"}',
    "not json at all",
    "{}",
    "[1, 2, 3]",
    '{"pid": 99999999999999999999999, "saved_at": 5, "original": 7}',
    '{"pid": -1, "original": "\\u0000bad"}',
    "\udcff",
])
def test_a_broken_info_file_is_listed_as_unknown_and_the_start_goes_on(blank_window, dialog,
                                                                       info: str) -> None:
    folder = recovery.recovery_dir()
    project_file = _leftover(folder, "Damaged info", None)
    project_file.with_suffix(".json").write_bytes(info.encode("utf-8", "surrogateescape"))
    dialog.decide = lambda leftovers: {}
    offer_recovery(blank_window)
    (listed,) = dialog.listed[0]
    assert listed.project_file == project_file and listed.original is None
    assert listed.size == project_file.stat().st_size


def test_an_autosave_without_info_is_listed_and_an_info_without_autosave_is_not(
        blank_window, dialog) -> None:
    folder = recovery.recovery_dir()
    project_file = _leftover(folder, "No info", None)
    project_file.with_suffix(".json").unlink()
    (folder / "lonely.json").write_text(json.dumps({"pid": _dead_pid(), "original": None}))
    dialog.decide = lambda leftovers: {}
    offer_recovery(blank_window)
    assert [r.project_file for r in dialog.listed[0]] == [project_file]


def test_an_unreadable_autosave_says_so_and_stays(blank_window, dialog,
                                                  unexpected_dialogs) -> None:
    leftover = _leftover(recovery.recovery_dir(), "Garbage", None)
    leftover.write_bytes(b"this is no project")
    assert not offer_recovery(blank_window)
    assert len(unexpected_dialogs) == 1 and unexpected_dialogs[0].startswith("critical: ")
    assert leftover.name in unexpected_dialogs[0]
    assert leftover.exists()


def test_a_live_sessions_autosave_is_not_offered(blank_window, dialog, qtbot) -> None:
    other = MainWindow()
    qtbot.addWidget(other)
    journey = other.document.project.journeys[0]
    other.document.rename_stage(journey.id, journey.stages[0].id, "Still open")
    other.files.autosave().result(timeout=30)
    assert not offer_recovery(blank_window)
    assert dialog.listed == []
    other.document.undo_stack.setClean()


def test_autosaves_in_the_old_folder_beside_the_settings_are_found_once(blank_window,
                                                                         dialog) -> None:
    old = Path(QSettings().fileName()).resolve().parent / "recovery"
    leftover = _leftover(old, "From the old folder", None)
    dialog.decide = lambda leftovers: {}
    offer_recovery(blank_window)
    (listed,) = dialog.listed[0]
    assert listed.project_file.parent == recovery.recovery_dir()
    assert listed.project_file.name == leftover.name and not leftover.exists()
    offer_recovery(blank_window)
    assert [r.project_file for r in dialog.listed[1]] == [listed.project_file]


def test_the_dialog_lists_each_autosave_and_returns_each_rows_choice(qtbot, tmp_path) -> None:
    folder = recovery.recovery_dir()
    _leftover(folder, "Named plan", tmp_path / "named.journey")
    _leftover(folder, "Never saved plan", None)
    broken = _leftover(folder, "x", None)
    broken.with_suffix(".json").write_text("{")
    leftovers = recovery.leftover_recoveries()
    dialog = recovery_dialog.RecoveryDialog(leftovers)
    qtbot.addWidget(dialog)
    texts = {dialog.table.item(row, 0).text(): row for row in range(dialog.table.rowCount())}
    assert set(texts) == {"Named plan — named.journey", "Never saved plan — never saved",
                          "Unknown project (damaged recovery information)"}
    row = texts["Named plan — named.journey"]
    assert str(tmp_path / "named.journey") in dialog.table.item(row, 0).toolTip()
    assert dialog.table.item(row, 2).text().endswith("KB")
    assert set(dialog.choices().values()) == {Choice.RESTORE}  # the default loses nothing
    dialog.set_choice(row, Choice.DISCARD)
    dialog.combos[texts["Never saved plan — never saved"]].setCurrentIndex(1)  # the user's pick
    chosen = {r.name or "damaged": c for r, c in dialog.choices().items()}
    assert chosen == {"Named plan": Choice.DISCARD, "Never saved plan": Choice.KEEP,
                      "damaged": Choice.RESTORE}
