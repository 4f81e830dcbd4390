"""Another program changed the open project's file: the app notices before saving and
asks (Reload, Overwrite, Save As…, Cancel); each answer does what it says, and nothing
on disk or in the window is lost without the user's choice (issue 12)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from ui_helpers import small_project

from journey_designer.io.project_file.sqlite_store import load_project, save_project
from journey_designer.ui.dialogs import disk_changed

Buttons = QMessageBox.StandardButton


class Asker:
    """Stands in for the question: records each call and gives `choice`."""

    def __init__(self) -> None:
        self.calls: list[tuple[Path, bool]] = []
        self.choice = disk_changed.Choice.CANCEL

    def answer(self, choice: disk_changed.Choice) -> None:
        self.choice = choice

    def __call__(self, parent, path, missing) -> disk_changed.Choice:
        self.calls.append((Path(path), missing))
        return self.choice


@pytest.fixture
def asked(monkeypatch) -> Asker:
    asker = Asker()
    monkeypatch.setattr(disk_changed, "ask", asker)
    return asker


@pytest.fixture
def opened(qtbot, window, tmp_path) -> Path:
    """The window on plan.journey, with one unsaved edit of its own."""
    path = tmp_path / "plan.journey"
    save_project(small_project(), path)
    assert window.files.open_path(path)
    window.document.rename_stage("j1", "s1", "Mine")
    return path


def _change_elsewhere(path: Path) -> None:
    theirs = small_project()
    theirs.journeys[0].stages[1].name = "Theirs"
    save_project(theirs, path)


def _stage_names(path: Path) -> list[str]:
    return [s.name for s in load_project(path).journeys[0].stages]


def test_an_unchanged_file_saves_without_a_question(window, opened, asked,
                                                    unexpected_dialogs) -> None:
    window.actions["actionSave"].trigger()
    window.document.rename_stage("j1", "s2", "Again")
    window.actions["actionSave"].trigger()
    assert asked.calls == [] and unexpected_dialogs == []
    assert _stage_names(opened)[:2] == ["Mine", "Again"]
    assert not window.isWindowModified()


def test_cancel_keeps_their_file_and_my_changes(window, opened, asked) -> None:
    _change_elsewhere(opened)
    window.actions["actionSave"].trigger()
    assert asked.calls == [(opened, False)]
    assert _stage_names(opened)[:2] == ["Apply", "Theirs"]
    assert window.document.project.journeys[0].stages[0].name == "Mine"
    assert window.isWindowModified() and not window.document.undo_stack.isClean()


def test_overwrite_writes_mine_and_then_saves_quietly(window, opened, asked) -> None:
    _change_elsewhere(opened)
    asked.answer(disk_changed.Choice.OVERWRITE)
    window.actions["actionSave"].trigger()
    assert _stage_names(opened)[:2] == ["Mine", "Use"]
    assert not window.isWindowModified()
    window.document.rename_stage("j1", "s3", "Later")
    window.actions["actionSave"].trigger()
    assert len(asked.calls) == 1  # our own save is what is on disk now


def test_reload_discards_mine_and_shows_theirs(window, opened, asked) -> None:
    _change_elsewhere(opened)
    asked.answer(disk_changed.Choice.RELOAD)
    window.actions["actionSave"].trigger()
    assert [s.name for s in window.document.project.journeys[0].stages][:2] == ["Apply", "Theirs"]
    assert _stage_names(opened)[:2] == ["Apply", "Theirs"]
    assert not window.isWindowModified() and window.document.path == opened
    window.document.rename_stage("j1", "s3", "After reload")
    window.actions["actionSave"].trigger()
    assert len(asked.calls) == 1 and _stage_names(opened)[2] == "After reload"


def test_save_as_keeps_theirs_and_writes_mine_elsewhere(window, opened, asked, tmp_path,
                                                         monkeypatch) -> None:
    _change_elsewhere(opened)
    other = tmp_path / "mine.journey"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(other), ""))
    asked.answer(disk_changed.Choice.SAVE_AS)
    window.actions["actionSave"].trigger()
    assert _stage_names(opened)[:2] == ["Apply", "Theirs"]
    assert _stage_names(other)[:2] == ["Mine", "Use"]
    assert window.document.path == other and not window.isWindowModified()


def test_a_file_replaced_by_another_program_is_noticed(window, opened, asked, tmp_path) -> None:
    copy = tmp_path / "copy.journey"
    shutil.copy2(opened, copy)
    os.replace(copy, opened)  # same bytes, a new file (new inode): e.g. a sync tool
    window.actions["actionSave"].trigger()
    assert asked.calls == [(opened, False)]


def test_a_removed_file_is_noticed_and_overwrite_writes_it_again(window, opened, asked) -> None:
    opened.unlink()
    asked.answer(disk_changed.Choice.OVERWRITE)
    window.actions["actionSave"].trigger()
    assert asked.calls == [(opened, True)]
    assert _stage_names(opened)[0] == "Mine"


def test_quit_save_with_a_changed_file_and_cancel_keeps_the_window(window, opened, asked,
                                                                   monkeypatch) -> None:
    _change_elsewhere(opened)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: Buttons.Save)
    assert not window.close()
    assert window.isVisible() and window.isWindowModified()
    assert _stage_names(opened)[:2] == ["Apply", "Theirs"]


def test_a_big_file_opened_in_steps_is_watched_too(qtbot, window, tmp_path, asked) -> None:
    path = tmp_path / "big.journey"
    save_project(small_project(), path)
    window.files.big_file_bytes = 0  # open through the worker and progress path
    with qtbot.waitSignal(window.files.open_finished, timeout=30_000):
        assert window.files.open_path(path)
    window.document.rename_stage("j1", "s1", "Mine")
    _change_elsewhere(path)
    window.actions["actionSave"].trigger()
    assert asked.calls == [(path, False)]
    assert _stage_names(path)[:2] == ["Apply", "Theirs"]


def test_a_changed_json_twin_is_noticed(window, tmp_path, asked) -> None:
    from journey_designer.io.project_file.json_io import save_json

    path = tmp_path / "plan.json"
    save_json(small_project(), path)
    assert window.files.open_path(path)
    window.document.rename_stage("j1", "s1", "Mine")
    theirs = small_project()
    theirs.name = "Theirs"
    save_json(theirs, path)
    window.actions["actionSave"].trigger()
    assert asked.calls == [(path, False)]


def test_the_real_command_line_respects_the_lock_and_a_forced_change_is_noticed(
        window, opened, asked, tmp_path) -> None:
    from journey_designer.io.project_file.json_io import save_json

    theirs = small_project()
    theirs.journeys[0].stages[1].name = "Theirs"
    source = tmp_path / "theirs.json"
    save_json(theirs, source)
    command = [sys.executable, "-m", "journey_designer", "convert", str(opened),
               "--from-json", str(source)]
    refused = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert refused.returncode == 2 and "open in Journey Designer" in refused.stderr
    assert _stage_names(opened)[1] == "Use"
    forced = subprocess.run([*command, "--force"], capture_output=True, text=True, timeout=120)
    assert forced.returncode == 0, forced.stderr
    assert _stage_names(opened)[1] == "Theirs"
    window.actions["actionSave"].trigger()
    assert asked.calls == [(opened, False)]
    assert _stage_names(opened)[:2] == ["Apply", "Theirs"]  # Cancel: theirs stays
    assert window.isWindowModified()


def test_a_file_only_touched_saves_quietly(window, opened, asked) -> None:
    later = opened.stat().st_mtime_ns + 5_000_000_000
    os.utime(opened, ns=(later, later))  # same file, same bytes: nothing to lose
    window.actions["actionSave"].trigger()
    assert asked.calls == [] and _stage_names(opened)[0] == "Mine"
