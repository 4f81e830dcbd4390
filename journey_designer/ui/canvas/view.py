"""The map view: zoom and pan, keyboard navigation, and in-place editors.

While cards are dragged the view paints the scene's still picture as its background
(see drag_cache); zooming, scrolling or resizing ends that picture."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QTransform, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QLineEdit, QWidget

from journey_designer.layout.lanes import GRID
from journey_designer.ui.canvas.items.card import TouchpointCard
from journey_designer.ui.canvas.legend import MapLegend
from journey_designer.ui.canvas.scene import JourneyScene
from journey_designer.ui.startup_report import first_paint_reporter

MIN_SCALE, MAX_SCALE = 0.02, 4.0
OVERVIEW_BELOW = 0.15  # zoom under which one overview item draws every card
ZOOM_STEP = 1.2


class InlineEditor(QLineEdit):
    """A line edit over the canvas: Enter or leaving commits, Esc cancels."""

    committed = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("inlineEditor")
        self._done = False
        self.returnPressed.connect(self.commit)

    def commit(self) -> None:
        if not self._done:
            self._done = True
            self.committed.emit(self.text())
            self.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit()
            event.accept()  # QLineEdit passes Enter on: the map would reopen the rename
            return
        if event.key() == Qt.Key.Key_Escape:
            self._done = True
            self.deleteLater()
            self.parentWidget().setFocus()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.commit()


class JourneyView(QGraphicsView):
    zoom_changed = Signal(float)
    shows_still_picture = True  # draws the drag cache's picture (see drawBackground)
    presenting = False  # presentation mode places the map itself: no auto-fit meanwhile

    def __init__(self, scene: JourneyScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("journeyView")
        self.setAccessibleName(self.tr("Journey map"))
        self.setAccessibleDescription(self.tr(
            "Arrow keys select the nearest card; Alt+arrows move it; Enter renames it; "
            "Ctrl+L connects it to another card."))
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(False)  # the main window takes dropped project files
        self._space_down = False
        self._auto_fit = False
        self._pan_from: QPointF | None = None
        self.editor: InlineEditor | None = None
        self._first_paint_report = first_paint_reporter()  # None unless a benchmark asks
        scene.edit_requested.connect(self.edit_inline)
        self.legend = MapLegend(self, scene)  # View ▸ Legend

    @property
    def journey_scene(self) -> JourneyScene:
        return self.scene()  # type: ignore[return-value]

    # ------------------------------------------------------------ zoom

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        self._auto_fit = False
        factor = min(max(factor, MIN_SCALE), MAX_SCALE)
        step = factor / self.zoom()
        self.scale(step, step)  # scale() keeps the point under the mouse in place
        self.zoom_applied()

    def zoom_by(self, step: float) -> None:
        self.set_zoom(self.zoom() * step)

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    def fit_to_window(self) -> None:
        rect = self.scene().sceneRect()
        if rect.isEmpty():
            return
        self._auto_fit = True  # keep fitting as the window settles, until the user zooms
        if not self.isVisible() or self.viewport().width() < 100:
            return  # not laid out yet: resizeEvent fits once it has its real size
        reserved = self.legend.reserved_height()  # keep the map above the legend
        viewport = self.viewport()
        if reserved and viewport.height() - reserved > 100:
            scale = min(viewport.width() / rect.width(),
                        (viewport.height() - reserved) / rect.height())
            rect = rect.adjusted(0, 0, 0, reserved / scale)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.0:
            step = 1.0 / self.zoom()
            self.scale(step, step)
        self.zoom_applied()

    def zoom_applied(self) -> None:
        """After a change of transform: far zoom shows the overview; tell the zoom label."""
        self.journey_scene.set_overview_mode(self.zoom() < OVERVIEW_BELOW)
        self.journey_scene.map_layout.labels_wanted()  # placed once they can be seen
        self.zoom_changed.emit(self.zoom())

    # ------------------------------------------------------------ drag picture

    def _end_drag_picture(self) -> None:
        cache = getattr(self.scene(), "drag_cache", None)
        if cache is not None:
            cache.stop()

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        cache = getattr(self.scene(), "drag_cache", None)
        picture = cache.picture_for(self) if cache is not None else None
        if picture is None or painter.worldTransform() != self.viewportTransform():
            super().drawBackground(painter, rect)  # (another transform: not this viewport)
            return
        painter.save()
        painter.setWorldTransform(QTransform())  # the picture is in viewport pixels
        painter.drawPixmap(0, 0, picture)
        painter.restore()

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if self._first_paint_report is not None and self.journey_scene.cards:
            report, self._first_paint_report = self._first_paint_report, None
            report()

    def resetCachedContent(self) -> None:  # noqa: N802
        """Callers reset after changing how the map looks: the picture is stale too."""
        self._end_drag_picture()
        super().resetCachedContent()

    def setTransform(self, matrix: QTransform, combine: bool = False) -> None:  # noqa: N802
        self._end_drag_picture()
        super().setTransform(matrix, combine)

    def scale(self, sx: float, sy: float) -> None:
        self._end_drag_picture()
        super().scale(sx, sy)

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        self._end_drag_picture()  # Qt would scroll the picture's pixels
        super().scrollContentsBy(dx, dy)

    def resizeEvent(self, event) -> None:  # noqa: N802
        self._end_drag_picture()
        super().resizeEvent(event)
        self.legend.place()
        if self._auto_fit and not self.presenting:
            self.fit_to_window()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            event.accept()
            return
        super().wheelEvent(event)

    # ------------------------------------------------------------ pan

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.MiddleButton or (
                self._space_down and event.button() == Qt.MouseButton.LeftButton):
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            self.viewport().unsetCursor()
        super().keyReleaseEvent(event)

    # ------------------------------------------------------------ keyboard

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
                  Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        if key in arrows:
            dx, dy = arrows[key]
            if event.modifiers() & Qt.KeyboardModifier.AltModifier:
                self.nudge_selection(dx * GRID, dy * GRID)
            else:
                self.select_neighbour(dx, dy)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            cards = self.journey_scene.selected_cards()
            if len(cards) == 1:
                self.journey_scene.request_card_rename(cards[0])
                return
        super().keyPressEvent(event)

    def nudge_selection(self, dx: float, dy: float) -> None:
        scene = self.journey_scene
        cards = scene.selected_cards()
        if not cards or scene.journey_id is None:
            return
        scene.document.move_touchpoints(
            scene.journey_id, {c.tp_id: (c.pos().x() + dx, c.pos().y() + dy) for c in cards},
            nudge=True)

    def select_neighbour(self, dx: int, dy: int) -> None:
        """Move the selection to the nearest card in a direction (keyboard-only editing)."""
        scene = self.journey_scene
        cards = list(scene.cards.values())
        if not cards:
            return
        current = scene.selected_cards()
        if not current:
            best = min(cards, key=lambda c: (c.pos().x(), c.pos().y()))
        else:
            origin = current[0].center()
            best = _nearest(origin, cards, dx, dy) or current[0]
        scene.select_cards([best.tp_id])
        best.setFocus()
        self.ensureVisible(best.sceneBoundingRect(), 40, 40)

    # ------------------------------------------------------------ in-place edit

    def edit_inline(self, kind: str, key: str, scene_rect: QRectF, text: str) -> None:
        if self.editor is not None:  # one in-place editor at a time: finish the open one
            self.editor.commit()
        self.ensureVisible(scene_rect, 20, 20)
        editor = InlineEditor(self.viewport())
        rect = self.mapFromScene(scene_rect).boundingRect()
        editor.setGeometry(rect.x(), rect.y(), max(rect.width(), 120), max(rect.height(), 24))
        editor.setText(text)
        editor.selectAll()
        editor.committed.connect(lambda value: self._finish_edit(kind, key, value))
        editor.show()
        editor.setFocus()
        self.editor = editor

    def _finish_edit(self, kind: str, key: str, value: str) -> None:
        self.editor = None
        self.journey_scene.commit_edit(kind, key, value)
        self.setFocus()


def _nearest(origin: QPointF, cards: list[TouchpointCard], dx: int,
             dy: int) -> TouchpointCard | None:
    best, best_score = None, float("inf")
    for card in cards:
        d = card.center() - origin
        along = d.x() * dx + d.y() * dy
        if along <= 1:
            continue
        across = abs(d.x() * dy) + abs(d.y() * dx)
        score = along + 2 * across
        if score < best_score:
            best, best_score = card, score
    return best
