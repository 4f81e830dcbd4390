"""Composition root of the desktop app: QApplication, settings identity, main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from journey_designer import __version__
from journey_designer.domain import JourneyError
from journey_designer.domain.templates import blank_project
from journey_designer.io.project_files import load_any
from journey_designer.ui.main_window import MainWindow


def create_application(argv: Sequence[str]) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("Journey Designer")
    app.setOrganizationName("Journey Designer")
    app.setApplicationVersion(__version__)
    return app  # type: ignore[return-value]


def open_window(path: str | None) -> MainWindow:
    """A main window on `path`, or on a blank project when there is none or it fails."""
    window = MainWindow()
    if path:
        try:
            window.set_project(load_any(path), Path(path))
        except JourneyError as exc:
            QMessageBox.critical(
                window, window.tr("Cannot open project"), window.tr("Could not open: %1").replace(
                    "%1", str(exc)
                )
            )
            window.set_project(blank_project(), None)
    else:
        window.set_project(blank_project(), None)
    return window


def main(argv: Sequence[str]) -> int:
    args = [a for a in argv if not a.startswith("-")]
    app = create_application(argv)
    window = open_window(args[0] if args else None)
    window.resize(1280, 800)
    window.show()
    return app.exec()
