"""Mouse gestures on the map as objects (after Orange canvas-core's interactions.py).

The scene asks `begin_interaction` which gesture a press starts, then hands it every
move and the release: `start`, `move`, `finish`, or `cancel` (Esc, a press without its
release, the map swapped under it). A gesture ends in at most one document call, so
one gesture is one undo step, and the items then follow the domain events.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsScene, QGraphicsSceneMouseEvent

from journey_designer.layout.lanes import HEADER_HEIGHT, snap
from journey_designer.ui.canvas import style, zorder
from journey_designer.ui.canvas.items.card import TouchpointCard
from journey_designer.ui.canvas.items.lanes import StageLane

if TYPE_CHECKING:
    from journey_designer.ui.canvas.scene import JourneyScene

DRAG_THRESHOLD = 4.0


class Interaction:
    """One gesture from press to release."""

    def __init__(self, scene: JourneyScene, event: QGraphicsSceneMouseEvent) -> None:
        self.scene = scene
        self.press_pos = event.scenePos()

    def start(self, event: QGraphicsSceneMouseEvent) -> None:
        pass

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        pass

    def finish(self, event: QGraphicsSceneMouseEvent) -> None:
        pass

    def cancel(self) -> None:
        pass

    def moved_far(self, pos: QPointF) -> bool:
        return (pos - self.press_pos).manhattanLength() >= DRAG_THRESHOLD


def begin_interaction(scene: JourneyScene, event: QGraphicsSceneMouseEvent) -> Interaction:
    """The gesture a press starts: connect from a card's handle, drag a stage header, or
    Qt's own select / move / rubber band."""
    pos = event.scenePos()
    if event.button() == Qt.MouseButton.LeftButton:
        card = scene.card_at(pos)
        if card is not None and card.is_on_handle(pos):
            return ConnectDrag(scene, event, card)
        lane = scene.lane_at(pos)
        if card is None and lane is not None and pos.y() < HEADER_HEIGHT:
            return StageDrag(scene, event, lane)
    return SelectDrag(scene, event)


class SelectDrag(Interaction):
    """Click-select, rubber band, and moving the selected cards (Qt moves the items; the
    drop becomes one undoable move, snapped to the grid)."""

    def __init__(self, scene: JourneyScene, event: QGraphicsSceneMouseEvent) -> None:
        super().__init__(scene, event)
        self.starts: dict[str, QPointF] = {}

    def start(self, event: QGraphicsSceneMouseEvent) -> None:
        _shift_means_ctrl(event)
        QGraphicsScene.mousePressEvent(self.scene, event)
        self.starts = {c.tp_id: c.pos() for c in self.scene.selected_cards()}

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        QGraphicsScene.mouseMoveEvent(self.scene, event)
        if self.starts:
            dragging = isinstance(self.scene.mouseGrabberItem(), TouchpointCard)  # not a band
            self.scene.follow_moving_cards(list(self.starts),
                                           still_picture=self.moved_far(event.scenePos())
                                           and dragging)

    def finish(self, event: QGraphicsSceneMouseEvent) -> None:
        self.scene.drag_cache.stop()  # before Qt looks for items under the mouse again
        _shift_means_ctrl(event)
        QGraphicsScene.mouseReleaseEvent(self.scene, event)
        commit_moves(self.scene, self.starts)

    def cancel(self) -> None:
        self.scene.drag_cache.stop()
        self.scene.place_cards(list(self.starts))
        if self.starts:
            self.scene.map_layout.schedule()  # the drag re-routed their arrows


def commit_moves(scene: JourneyScene, starts: dict[str, QPointF]) -> None:
    """The cards' new positions as one undoable move (snapped to the grid). A card that
    snaps back to where it was, or that the document does not move, is redrawn where
    the model has it: no card stays a few pixels off."""
    scene.drag_cache.stop()
    if not starts or scene.journey_id is None:
        return
    scene.map_layout.schedule()  # the drop: every route and label settles
    moved: dict[str, tuple[float, float]] = {}
    for tp_id, start in starts.items():
        card = scene.cards.get(tp_id)
        if card is None or (card.pos() - start).manhattanLength() < 0.5:
            continue
        x, y = card.pos().x(), card.pos().y()
        if scene.snap_to_grid:
            x, y = snap(x), snap(y)
        moved[tp_id] = (x, max(y, HEADER_HEIGHT + 4))
    if moved:
        scene.document.move_touchpoints(scene.journey_id, moved)
    scene.place_cards(list(starts))


class ConnectDrag(Interaction):
    """From a card's handle to another card: one new arrow."""

    def __init__(self, scene: JourneyScene, event: QGraphicsSceneMouseEvent,
                 source: TouchpointCard) -> None:
        super().__init__(scene, event)
        self.source = source
        self.line: QGraphicsLineItem | None = None

    def start(self, event: QGraphicsSceneMouseEvent) -> None:
        start = self.source.mapToScene(self.source.handle_center())
        self.line = QGraphicsLineItem(start.x(), start.y(), start.x(), start.y())
        self.line.setPen(QPen(style.CARD_SELECTED, 2, Qt.PenStyle.DashLine))
        self.line.setZValue(zorder.INTERACTION)
        self.scene.addItem(self.line)

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.line is not None:
            line = self.line.line()
            line.setP2(event.scenePos())
            self.line.setLine(line)

    def finish(self, event: QGraphicsSceneMouseEvent) -> None:
        self.cancel()
        target = self.scene.card_at(event.scenePos())
        if target is not None and self.scene.journey_id is not None:
            self.scene.document.connect(self.scene.journey_id, self.source.tp_id, target.tp_id)

    def cancel(self) -> None:
        if self.line is not None and self.line.scene() is self.scene:
            self.scene.removeItem(self.line)
        self.line = None


class StageDrag(Interaction):
    """A stage header: a click selects the stage, a drag onto another lane moves it."""

    def __init__(self, scene: JourneyScene, event: QGraphicsSceneMouseEvent,
                 lane: StageLane) -> None:
        super().__init__(scene, event)
        self.lane = lane

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        target = self.scene.lane_at(event.scenePos())
        for lane in self.scene.lanes.values():
            want = lane is target and lane is not self.lane
            if lane.highlight != want:
                lane.highlight = want
                lane.update()

    def finish(self, event: QGraphicsSceneMouseEvent) -> None:
        self.cancel()
        pos = event.scenePos()
        target = self.scene.lane_at(pos)
        if not self.moved_far(pos):
            self.scene.stage_chosen(self.lane.stage_id)
        elif target is not None and self.scene.journey_id:
            self.scene.document.move_stage(self.scene.journey_id, self.lane.index, target.index)

    def cancel(self) -> None:
        for lane in self.scene.lanes.values():
            if lane.highlight:
                lane.highlight = False
                lane.update()


def _shift_means_ctrl(event: QGraphicsSceneMouseEvent) -> None:
    """Shift+click adds to the selection like Ctrl+click, as in most editors."""
    if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
        event.setModifiers(event.modifiers() | Qt.KeyboardModifier.ControlModifier)
