"""Composition root of the desktop app: QApplication, settings identity, main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from journey_designer import __version__
from journey_designer.domain import JourneyError
from journey_designer.i18n import install_translator
from journey_designer.ui import recovery
from journey_designer.ui.main_window import MainWindow


def create_application(argv: Sequence[str], language: str | None = None) -> QApplication:
    """The application, speaking `language` ('en', 'zh_CN'; None: the one chosen in
    Preferences, else the system's)."""
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("Journey Designer")
    app.setOrganizationName("JourneyDesigner")
    app.setApplicationVersion(__version__)
    install_translator(app, language)  # after the names: the choice is read from QSettings
    return app  # type: ignore[return-value]


def open_window(path: str | None) -> MainWindow:
    """A main window on `path`, or on a blank project when there is none or it fails."""
    window = MainWindow()
    if path:
        window.files.open_path(Path(path))  # shows any problem in a message box
    return window


def offer_recovery(window: MainWindow) -> bool:
    """After a crash, offer the newest autosave; True when it was restored."""
    leftovers = recovery.leftover_recoveries()
    if not leftovers:
        return False
    newest = leftovers[0]
    where = (str(newest.original) if newest.original
             else QCoreApplication.translate("App", "an unsaved project"))
    question = QCoreApplication.translate(
        "App", "Journey Designer did not close properly. Restore the work on %1 autosaved at %2?")
    answer = QMessageBox.question(
        window, QCoreApplication.translate("App", "Restore unsaved work?"),
        question.replace("%1", where).replace("%2", newest.saved_at))
    restored = False
    if answer == QMessageBox.StandardButton.Yes:
        try:
            window.document.replace(recovery.restore(newest), newest.original)
            window.document.undo_stack.resetClean()  # restored work is not saved yet
            restored = True
        except JourneyError as exc:
            QMessageBox.critical(window, QCoreApplication.translate("App", "Cannot restore"), str(exc))
    for leftover in leftovers:
        recovery.forget(leftover)
    return restored


def main(argv: Sequence[str]) -> int:
    args = [a for a in argv if not a.startswith("-")]
    app = create_application(argv)
    window = open_window(args[0] if args else None)
    window.show()
    offer_recovery(window)
    code = app.exec()
    # PySide6 frees clipboard data twice during interpreter exit (a segfault); the
    # clipboard of an exiting program is gone anyway, so empty it while Qt still runs.
    app.clipboard().clear()
    return code
