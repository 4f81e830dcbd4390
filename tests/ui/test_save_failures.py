"""A save that fails says so in a dialog naming the file and the reason; the window stays
open with its changes (modified, undo stack not clean) and Quit ▸ Save does not exit
(issue 12). The same for the autosave, which writes on a worker thread."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from journey_designer.domain import ProjectFileError
from journey_designer.io.project_file import lock
from journey_designer.io.project_file.sqlite_store import load_project, save_project
from journey_designer.ui import file_ops, recovery

Buttons = QMessageBox.StandardButton


def _still_modified(window) -> None:
    assert window.isVisible()
    assert window.isWindowModified()
    assert not window.document.undo_stack.isClean()


def _failing_writer(error: BaseException):
    def write(*_args, **_kwargs):
        raise error
    return write


@pytest.mark.parametrize("error, reason", [
    (ProjectFileError("plan.journey", "could not be written (No space left on device)"),
     "No space left on device"),
    (OSError(28, "No space left on device"), "No space left on device"),
    (RuntimeError("the writer broke"), "the writer broke"),
    (OverflowError("Python int too large to convert to SQLite INTEGER"), "too large"),
])
def test_a_failing_save_shows_why_and_keeps_the_changes(window, tmp_path, monkeypatch,
                                                        unexpected_dialogs, error, reason) -> None:
    path = tmp_path / "plan.journey"
    assert window.files.save_to(path)
    before = path.read_bytes()
    window.document.rename_stage("j1", "s1", "Unsaved")
    monkeypatch.setattr(file_ops, "write_rows", _failing_writer(error))
    window.actions["actionSave"].trigger()
    assert len(unexpected_dialogs) == 1
    shown = unexpected_dialogs[0]
    assert shown.startswith("critical: ") and "plan.journey" in shown and reason in shown
    _still_modified(window)
    assert window.document.project.journeys[0].stages[0].name == "Unsaved"
    assert path.read_bytes() == before


def test_quit_then_save_that_fails_does_not_exit(window, tmp_path, monkeypatch,
                                                 unexpected_dialogs) -> None:
    path = tmp_path / "plan.journey"
    assert window.files.save_to(path)
    window.document.rename_stage("j1", "s1", "Unsaved")
    monkeypatch.setattr(file_ops, "write_rows", _failing_writer(RuntimeError("boom")))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: Buttons.Save)
    window.actions["actionQuit"].trigger()
    assert any(d.startswith("critical: ") and "boom" in d for d in unexpected_dialogs)
    _still_modified(window)
    assert lock.lock_path(path).exists()  # still ours: the window is still open


def test_a_lone_surrogate_in_a_name_is_a_dialog_not_a_traceback(window, tmp_path,
                                                                 unexpected_dialogs) -> None:
    path = tmp_path / "plan.journey"
    window.document.set_project_fields({"name": "Plan \ud800"})
    assert not window.files.save_to(path)
    assert len(unexpected_dialogs) == 1 and "plan.journey" in unexpected_dialogs[0]
    _still_modified(window)


def test_an_oversized_integer_is_a_dialog_not_a_traceback(window, tmp_path,
                                                          unexpected_dialogs) -> None:
    path = tmp_path / "plan.journey"
    window.document.set_project_fields({"name": "Changed"})
    window.document.project.journeys[0].monthly_entries = 10**30
    assert not window.files.save_to(path)
    assert len(unexpected_dialogs) == 1 and "plan.journey" in unexpected_dialogs[0]
    _still_modified(window)


def test_save_as_into_a_place_that_cannot_hold_a_file(window, tmp_path, monkeypatch,
                                                      unexpected_dialogs) -> None:
    first = tmp_path / "plan.journey"
    assert window.files.save_to(first)
    window.document.rename_stage("j1", "s1", "Unsaved")
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file, not a folder")
    target = not_a_folder / "plan.journey"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions["actionSaveAs"].trigger()
    assert len(unexpected_dialogs) == 1 and "plan.journey" in unexpected_dialogs[0]
    _still_modified(window)
    assert window.document.path == first
    assert lock.lock_path(first).exists()


def test_a_failing_autosave_on_the_worker_reaches_a_dialog_once(qtbot, window, monkeypatch,
                                                                unexpected_dialogs) -> None:
    monkeypatch.setattr(recovery, "write_rows", _failing_writer(OSError(28, "No space left")))
    window.document.rename_stage("j1", "s1", "Unsaved")
    future = window.files.autosave()
    assert future is not None
    qtbot.waitUntil(lambda: len(unexpected_dialogs) == 1, timeout=10_000)
    assert unexpected_dialogs[0].startswith("critical: ") and "No space left" in unexpected_dialogs[0]
    window.document.rename_stage("j1", "s1", "Unsaved again")
    window.files.autosave().exception(timeout=10)
    qtbot.wait(50)
    assert len(unexpected_dialogs) == 1  # the same trouble again: the status bar, not a box
    _still_modified(window)


def test_a_good_save_after_a_failed_one_writes_everything(window, tmp_path, monkeypatch,
                                                          unexpected_dialogs) -> None:
    path = tmp_path / "plan.journey"
    assert window.files.save_to(path)
    window.document.rename_stage("j1", "s1", "Unsaved")
    with monkeypatch.context() as patch:
        patch.setattr(file_ops, "write_rows", _failing_writer(OSError(5, "I/O error")))
        assert not window.files.save()
    assert window.files.save()
    assert load_project(path).journeys[0].stages[0].name == "Unsaved"
    assert not window.isWindowModified()


def test_opened_file_then_failing_save_keeps_the_lock_and_path(window, tmp_path, monkeypatch,
                                                               unexpected_dialogs) -> None:
    path = tmp_path / "plan.journey"
    save_project(window.document.project, path)
    assert window.files.open_path(path)
    window.document.rename_stage("j1", "s1", "Unsaved")
    monkeypatch.setattr(file_ops, "write_rows", _failing_writer(OSError(13, "Permission denied")))
    assert not window.files.save()
    assert window.document.path == Path(path) and lock.lock_path(path).exists()
    _still_modified(window)
