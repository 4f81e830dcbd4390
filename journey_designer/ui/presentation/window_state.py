"""The editor as presenting found it, and putting it back exactly: the window (maximized,
normal at its geometry, or full screen), its docks and bars, the view's zoom and
scroll, its frame and scroll bars, and the ViewState (journey, selection, lens,
toggles). The view's zoom and scroll are set again while the window settles (a window
manager answers the change of window state some moments later, and each resize would
move the map)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QElapsedTimer, QEvent, QObject, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import QDockWidget, QFrame, QToolBar, QWidget

from journey_designer.ui.view_state import ViewSnapshot

if TYPE_CHECKING:
    from journey_designer.ui.main_window import MainWindow
    from journey_designer.ui.session import Session

SETTLE_MS = 1500


@dataclass
class SavedEditor:
    window_state: Qt.WindowState
    geometry: QRect  # of the normal window
    layout: QByteArray  # docks and toolbars (saveState)
    menu_bar: bool
    status_bar: bool
    tabs: bool
    central_tab: int
    transform: QTransform
    scroll: tuple[int, int]
    frame: QFrame.Shape
    scroll_bars: tuple[Qt.ScrollBarPolicy, Qt.ScrollBarPolicy]
    view: ViewSnapshot


def capture(window: MainWindow, session: Session) -> SavedEditor:
    view = window.view
    return SavedEditor(
        window.windowState(), window.normalGeometry(), window.saveState(),
        window.menuBar().isVisible(), window.statusBar().isVisible(), window.tabs.isVisible(),
        window.views.currentIndex(), view.transform(),
        (view.horizontalScrollBar().value(), view.verticalScrollBar().value()),
        view.frameShape(),
        (view.horizontalScrollBarPolicy(), view.verticalScrollBarPolicy()),
        session.view.snapshot())


def hide_chrome(window: MainWindow) -> None:
    """Docks, toolbars, menus, status bar, tabs, the view's frame and scroll bars."""
    for child in window.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if isinstance(child, (QDockWidget, QToolBar)):
            child.hide()
    window.menuBar().hide()
    window.statusBar().hide()
    window.tabs.hide()
    window.views.tabBar().hide()
    view = window.view
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


def restore(window: MainWindow, session: Session, saved: SavedEditor) -> ViewSettler:
    """Everything as captured; the view state first (its signals re-lay the map), then
    the window, then the zoom and scroll (again while the window settles)."""
    view = window.view
    view.setFrameShape(saved.frame)
    view.setHorizontalScrollBarPolicy(saved.scroll_bars[0])
    view.setVerticalScrollBarPolicy(saved.scroll_bars[1])
    view.setSceneRect(QRectF())  # back to the scene's own rect
    session.view.restore(saved.view)
    if saved.window_state & Qt.WindowState.WindowFullScreen:
        pass  # it was full screen before presenting: it stays so
    elif saved.window_state & Qt.WindowState.WindowMaximized:
        window.showMaximized()
    else:
        window.showNormal()
        window.setGeometry(saved.geometry)
    window.menuBar().setVisible(saved.menu_bar)
    window.statusBar().setVisible(saved.status_bar)
    window.tabs.setVisible(saved.tabs)
    window.views.tabBar().show()
    window.restoreState(saved.layout)  # (again as the window settles: dock sizes)
    window.views.setCurrentIndex(saved.central_tab)
    settler = ViewSettler(window, saved)
    settler.start()
    return settler


class ViewSettler(QObject):
    """Sets the saved dock layout, zoom and scroll now, after the event loop turns, and
    after each resize of the view until the window has settled."""

    def __init__(self, window: MainWindow, saved: SavedEditor) -> None:
        super().__init__(window)
        self.window = window
        self.view = window.view
        self.saved = saved
        self._clock = QElapsedTimer()

    def start(self) -> None:
        self._clock.start()
        self.apply()
        self.view.installEventFilter(self)
        QTimer.singleShot(0, self, self.apply)
        QTimer.singleShot(SETTLE_MS, self, self.stop)

    def apply(self) -> None:
        view, saved = self.view, self.saved
        if view is None:
            return
        if self.window.saveState() != saved.layout:
            self.window.restoreState(saved.layout)
        view.setTransform(saved.transform)
        view.zoom_applied()
        view.horizontalScrollBar().setValue(saved.scroll[0])
        view.verticalScrollBar().setValue(saved.scroll[1])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            if self._clock.elapsed() > SETTLE_MS:
                self.stop()
            else:
                QTimer.singleShot(0, self, self.apply)  # after the view's own resize
        return False

    def stop(self) -> None:
        if self.view is None:
            return
        self.view.removeEventFilter(self)
        self.view = None  # type: ignore[assignment]
        self.deleteLater()
