"""Fixtures for GUI tests: a small known project in a real main window (offscreen).

Modal message boxes are never shown in tests: an unexpected one is recorded and
answered with Cancel/No, so a test fails instead of hanging.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from ui_helpers import small_project

from journey_designer.ui.main_window import MainWindow


@pytest.fixture(autouse=True, scope="session")
def _empty_clipboard_at_exit():
    """PySide6 6.11 frees clipboard data twice at exit (segfault): empty it first."""
    yield
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        QApplication.clipboard().clear()


@pytest.fixture(autouse=True)
def unexpected_dialogs(monkeypatch) -> list[str]:
    shown: list[str] = []

    def answer(kind: str, default):
        def dialog(*args, **kwargs):
            shown.append(f"{kind}: {args[2] if len(args) > 2 else ''}")
            return default
        return dialog

    Buttons = QMessageBox.StandardButton
    monkeypatch.setattr(QMessageBox, "warning", answer("warning", Buttons.Cancel))
    monkeypatch.setattr(QMessageBox, "question", answer("question", Buttons.No))
    monkeypatch.setattr(QMessageBox, "critical", answer("critical", Buttons.Ok))
    monkeypatch.setattr(QMessageBox, "information", answer("information", Buttons.Ok))
    return shown


@pytest.fixture
def window(qtbot):
    win = MainWindow(small_project())
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.view.zoom_reset()
    win.view.centerOn(400, 300)
    yield win
    win.document.undo_stack.setClean()  # closing must not stop at the unsaved-changes prompt
    win.close()
    win.deleteLater()
