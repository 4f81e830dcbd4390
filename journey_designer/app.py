"""Composition root of the desktop app: QApplication, settings identity, main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from journey_designer import __version__
from journey_designer.i18n import install_translator
from journey_designer.main import files_to_open
from journey_designer.ui.icons import app_icon
from journey_designer.ui.main_window import MainWindow
from journey_designer.ui.recovery_prompt import offer_recovery
from journey_designer.ui.theme import apply_theme, chosen_theme


def create_application(argv: Sequence[str], language: str | None = None) -> QApplication:
    """The application, speaking `language` ('en', 'zh_CN'; None: the one chosen in
    Preferences, else the system's)."""
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("Journey Designer")
    app.setOrganizationName("JourneyDesigner")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    # the taskbar and Wayland match the window to journey-designer.desktop by this name
    QGuiApplication.setDesktopFileName("journey-designer")
    install_translator(app, language)  # after the names: the choice is read from QSettings
    apply_theme(app, chosen_theme())  # Preferences ▸ Theme; dropdowns open below their box
    return app  # type: ignore[return-value]


def open_window(path: str | None) -> MainWindow:
    """A main window on `path`, or on a blank project when there is none or it fails."""
    window = MainWindow()
    if path:
        window.files.open_path(Path(path))  # shows any problem in a message box
    return window


class _AnalyseAfterFirstPaint(QObject):
    """Holds the window's analysis until its map has been painted (see analyse_after_first_paint)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.runner = window.session.analysis
        self.runner.hold()
        self._checking = False
        window.view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and not self._checking:
            self._checking = True
            QTimer.singleShot(0, self._painted)  # once this paint is done
        return False

    def _painted(self) -> None:
        self._checking = False
        if self.window.files.opening is not None:
            return  # a big file is still being read or drawn: wait for its map's paint
        self.window.view.viewport().removeEventFilter(self)
        self.runner.release()
        self.deleteLater()


def analyse_after_first_paint(window: MainWindow) -> None:
    """Start the first analysis only once the map is on screen: it imports networkx and
    numpy and runs for a while, which would otherwise compete with the first paint."""
    _AnalyseAfterFirstPaint(window)


__all__ = ["analyse_after_first_paint", "create_application", "main", "offer_recovery",
           "open_window"]


def main(argv: Sequence[str]) -> int:
    app = create_application(argv)
    args = files_to_open(app.arguments())  # Qt's own options (-style Fusion) are Qt's
    window = open_window(args[0] if args else None)
    analyse_after_first_paint(window)
    window.show()
    offer_recovery(window)
    code = app.exec()
    # PySide6 frees clipboard data twice during interpreter exit (a segfault); the
    # clipboard of an exiting program is gone anyway, so empty it while Qt still runs.
    app.clipboard().clear()
    return code
