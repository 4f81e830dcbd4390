"""Files as a desktop user expects: save and reopen, unsaved-changes prompts, recent
files, dropping a file, autosave and recovery after a crash."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox
from ui_helpers import snapshot

from journey_designer.app import offer_recovery
from journey_designer.io.project_file.sqlite_store import load_project, save_project
from journey_designer.ui import recovery
from journey_designer.ui.dialogs import recovery_dialog
from journey_designer.ui.main_window import MainWindow

Buttons = QMessageBox.StandardButton


def test_save_and_reopen_gives_the_same_project_with_positions(qtbot, window, tmp_path) -> None:
    window.document.move_touchpoints("j1", {"d": (600, 330)})
    path = tmp_path / "plan.journey"
    assert window.files.save_to(path)
    assert not window.isWindowModified()
    assert "plan.journey" in window.windowTitle()
    reopened = MainWindow()
    qtbot.addWidget(reopened)
    assert reopened.files.open_path(path)
    assert reopened.document.project == window.document.project
    assert reopened.scene.cards["d"].pos() == QPointF(570, 330)  # kept inside its lane


def test_title_marks_unsaved_changes(qtbot, window, tmp_path) -> None:
    window.files.save_to(tmp_path / "plan.journey")
    assert not window.isWindowModified()
    window.document.rename_stage("j1", "s1", "Discover")
    assert window.isWindowModified()
    window.document.undo_stack.undo()
    assert not window.isWindowModified()


def test_save_as_asks_for_a_name_and_adds_the_extension(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "renamed"), ""))
    assert window.files.save_as()
    assert (tmp_path / "renamed.journey").exists()
    assert window.document.path == tmp_path / "renamed.journey"


def test_opening_another_file_with_unsaved_changes_asks_and_cancel_keeps_all(
        qtbot, window, tmp_path, unexpected_dialogs) -> None:
    other = tmp_path / "other.journey"
    save_project(load_project(Path("journey_designer/samples/saas_onboarding_renewal.journey")), other)
    window.document.rename_stage("j1", "s1", "Discover")
    before = snapshot(window)
    assert not window.files.open_path(other)  # the patched prompt answers Cancel
    assert unexpected_dialogs and unexpected_dialogs[0].startswith("warning: “Untitled” has changes")
    assert window.document.project == before
    assert window.document.is_modified()


def test_discard_opens_the_other_file(qtbot, window, tmp_path, monkeypatch) -> None:
    other = tmp_path / "other.journey"
    save_project(load_project(Path("journey_designer/samples/saas_onboarding_renewal.journey")), other)
    window.document.rename_stage("j1", "s1", "Discover")
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: Buttons.Discard)
    assert window.files.open_path(other)
    assert window.document.path == other
    assert not window.document.is_modified()
    assert window.document.undo_stack.count() == 0


def test_save_from_the_prompt_saves_then_continues(qtbot, window, tmp_path, monkeypatch) -> None:
    target = tmp_path / "mine.journey"
    window.files.save_to(target)
    window.document.rename_stage("j1", "s1", "Discover")
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: Buttons.Save)
    window.files.new_blank()
    assert load_project(target).journeys[0].stages[0].name == "Discover"
    assert window.document.path is None


def test_closing_the_window_with_unsaved_changes_can_be_cancelled(qtbot, window) -> None:
    window.document.rename_stage("j1", "s1", "Discover")
    assert not window.close()  # Cancel from the patched prompt
    assert window.isVisible()


def test_a_damaged_file_shows_a_message_and_keeps_the_open_project(
        qtbot, window, tmp_path, unexpected_dialogs) -> None:
    before = snapshot(window)
    broken = tmp_path / "broken.journey"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    assert not window.files.open_path(broken)
    assert unexpected_dialogs == [f"critical: {broken}: is truncated (shorter than an SQLite header)"]
    assert window.document.project == before


def test_recent_files_remember_and_prune_missing_ones(qtbot, window, tmp_path) -> None:
    first, second = tmp_path / "first.journey", tmp_path / "second.journey"
    window.files.save_to(first)
    window.files.save_to(second)
    window.files.fill_recent_menu()
    assert [a.text() for a in window.recent_menu.actions()] == ["second.journey", "first.journey"]
    second.unlink()
    window.files.fill_recent_menu()
    assert [a.text() for a in window.recent_menu.actions()] == ["first.journey"]


def test_dropping_a_project_file_opens_it(qtbot, window, tmp_path) -> None:
    path = tmp_path / "dropped.journey"
    save_project(load_project(Path("journey_designer/samples/credit_card_care.journey")), path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.document.path == path
    assert window.tabs.count() == 2


def test_autosave_writes_a_recovery_file_and_recovery_restores_it(qtbot, window, monkeypatch):
    window.document.rename_stage("j1", "s1", "Discover")
    expected = snapshot(window)
    future = window.files.autosave()
    future.result(timeout=30)
    slot = window.files.recovery
    assert slot.project_file.exists() and slot.info_file.exists()
    assert load_project(slot.project_file) == expected
    # A crash: the process is gone and its autosave is left behind.
    monkeypatch.setattr(recovery, "_alive", lambda pid: False)
    fresh = MainWindow()
    qtbot.addWidget(fresh)
    monkeypatch.setattr(recovery_dialog, "ask", lambda parent, leftovers: {
        r: recovery_dialog.Choice.RESTORE for r in leftovers})
    assert offer_recovery(fresh)
    assert fresh.document.project == expected
    assert fresh.document.is_modified()  # restored work still needs saving
    assert not slot.project_file.exists()  # offered once, then tidied away
    fresh.document.undo_stack.setClean()


def test_a_clean_close_leaves_no_recovery_file(qtbot, window) -> None:
    window.document.rename_stage("j1", "s1", "Discover")
    window.files.autosave().result(timeout=30)
    slot = window.files.recovery
    window.document.undo_stack.setClean()
    window.close()
    assert not slot.project_file.exists()
