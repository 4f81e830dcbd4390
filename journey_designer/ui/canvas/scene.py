"""The journey map scene: lanes, cards and arrows of one journey, kept in step with
the domain through the document's events (items never change the domain)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
)

from journey_designer.domain.events import Event
from journey_designer.domain.model import CareAction, Journey, Touchpoint
from journey_designer.domain.queries import actions_by_touchpoint
from journey_designer.layout.lanes import (
    CARD_HEIGHT,
    CARD_WIDTH,
    GRID,
    HEADER_HEIGHT,
    LANE_GAP,
    LANE_WIDTH,
    backstage_by_lane,
    card_position,
    curve_xs,
    geometry_for,
    snap,
    stage_index_at,
)
from journey_designer.ui.canvas import style, zorder
from journey_designer.ui.canvas.card_content import card_maker
from journey_designer.ui.canvas.drag_cache import DragCache
from journey_designer.ui.canvas.items.arrow import TransitionArrow
from journey_designer.ui.canvas.items.card import CardData, TouchpointCard
from journey_designer.ui.canvas.items.lanes import (
    BackstageLane,
    EmotionCurve,
    MapOverview,
    StageLane,
)
from journey_designer.ui.canvas.map_builder import BuiltMap, discard_items
from journey_designer.ui.document import Document

_DRAG_THRESHOLD = 4.0


class JourneyScene(QGraphicsScene):
    """Shows one journey of the document; `show_journey` switches which."""

    edit_requested = Signal(str, str, QRectF, str)  # kind, key, scene rect, current text
    stage_clicked = Signal(str)  # a stage header was clicked (not dragged)

    def __init__(self, document: Document, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.journey_id: str | None = None
        self.cards: dict[str, TouchpointCard] = {}
        self.arrows: dict[tuple[str, str], TransitionArrow] = {}
        self.lanes: dict[str, StageLane] = {}
        self.curve = EmotionCurve(self.tr("Emotion curve"))
        self.backstage = BackstageLane(self.tr("Backstage (below the line of visibility)"))
        self.overview = MapOverview()
        self.layer = QGraphicsRectItem()
        self.show_backstage = False
        self.show_curve = True
        self.snap_to_grid = True
        self.presentation = False  # projector colours while presenting
        self.card_decorator = None  # callable(tp, CardData) -> None, e.g. the gap overlay
        self.lens_tier: str | None = None  # "View as" one tier: cards coloured by its coverage
        self._care_index: dict[str, list[CareAction]] | None = None
        self._adoptable: BuiltMap | None = None
        self._overview_fresh = False  # the overview shows the cards as they are (after _take)
        self._drag_start: dict[str, QPointF] = {}
        self._press_pos = QPointF()
        self._connect_from: TouchpointCard | None = None
        self._connect_line: QGraphicsLineItem | None = None
        self._stage_drag: StageLane | None = None
        self._lanes_dirty = False
        self._lane_timer = QTimer(self)
        self._lane_timer.setSingleShot(True)
        self._lane_timer.timeout.connect(self.refresh_lanes)
        self.drag_cache = DragCache(self)  # the still rest of the map while cards are dragged
        document.changed.connect(self._on_event)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)

    # ------------------------------------------------------------ populate

    @property
    def journey(self) -> Journey | None:
        if self.journey_id is None:
            return None
        try:
            return self.document.editor.journey(self.journey_id)
        except KeyError:
            return None

    def show_journey(self, journey_id: str | None) -> None:
        """Rebuild every item for `journey_id` (one populate path for any size), or take
        the items a MapBuilder made for it beside the scene (see `adopt`)."""
        built, self._adoptable = self._adoptable, None
        if built is not None:
            if built.project is self.document.project and built.journey_id == journey_id:
                self._take(built)
                return
            built.discard()
        self.clearSelection()
        for item in list(self.items()):
            if item.parentItem() is None:
                self.removeItem(item)
        self.cards.clear()
        self.arrows.clear()
        self.lanes.clear()
        self.journey_id = journey_id
        journey = self.journey
        for item in (self.curve, self.backstage, self.overview):
            self.addItem(item)
        # Cards and arrows hang under one empty item, so far zoom hides them all at once.
        self.layer = QGraphicsRectItem()
        self.layer.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self.layer.setVisible(not self.overview.isVisible())
        self.addItem(self.layer)
        if journey is None:
            self.refresh_lanes()
            return
        for index, stage in enumerate(journey.stages):
            lane = StageLane(stage.id, index, stage.name, HEADER_HEIGHT)
            self.lanes[stage.id] = lane
            self.addItem(lane)
        stage_index = {s.id: i for i, s in enumerate(journey.stages)}
        stacked: dict[str, int] = {}
        for tp in journey.touchpoints:
            card = TouchpointCard(tp.id, self.card_data(tp))
            card.setPos(*card_position(tp, stage_index.get(tp.stage, 0), stacked))
            self.cards[tp.id] = card
            card.setParentItem(self.layer)
        for tr in journey.transitions:
            self._add_arrow(tr.source, tr.target, tr.share)
        self.refresh_lanes()
        if self.overview.isVisible():
            self.update_overview()

    def card_data(self, tp: Touchpoint) -> CardData:
        return self._card_maker()(tp)

    def _card_maker(self):  # noqa: ANN202 - Callable[[Touchpoint], CardData]
        return card_maker(self.document.project, self.journey, self.care_index(),
                          self.lens_tier, self.card_decorator)

    def care_index(self) -> dict[str, list[CareAction]]:
        """Actions by touchpoint, rebuilt after the actions change."""
        if self._care_index is None:
            self._care_index = actions_by_touchpoint(self.document.project)
        return self._care_index

    def set_lens(self, tier_id: str | None) -> None:
        """Show the map as one tier sees it (None: all tiers)."""
        self.lens_tier = tier_id
        self.refresh_cards()
        self.refresh_lanes()

    def refresh_cards(self) -> None:
        """Redraw every card's content (after a lens or overlay change)."""
        self.drag_cache.stop()
        journey = self.journey
        if journey is None:
            return
        make = self._card_maker()
        for tp in journey.touchpoints:
            card = self.cards.get(tp.id)
            if card is not None:
                card.set_data(make(tp))

    def _add_arrow(self, source: str, target: str, share: float) -> None:
        if source in self.cards and target in self.cards:
            arrow = TransitionArrow(self.cards[source], self.cards[target], share)
            self.arrows[(source, target)] = arrow
            arrow.setParentItem(self.layer)

    def _remove_arrow(self, key: tuple[str, str]) -> None:
        arrow = self.arrows.pop(key, None)
        if arrow is not None:
            arrow.detach()
            self.removeItem(arrow)

    def adopt(self, built: BuiltMap) -> None:
        """Show `built` (made beside the scene by a MapBuilder) when the document next
        shows its journey, typically on the reset of switching to `built.project`."""
        self._adoptable = built

    def _take(self, built: BuiltMap) -> None:
        """Swap the shown items for built ones; the old ones are freed in slices."""
        self.clearSelection()
        self._drag_start, self._connect_from, self._stage_drag = {}, None, None
        if self._connect_line is not None:
            self.removeItem(self._connect_line)
            self._connect_line = None
        discard_items(self.layer, list(self.cards.values()), list(self.arrows.values()),
                      list(self.lanes.values()))
        for item in (self.curve, self.backstage, self.overview):
            if item.scene() is not self:
                self.addItem(item)
        self.journey_id = built.journey_id
        self.lens_tier = built.lens_tier
        self._care_index = dict(built.care)
        self.cards, self.arrows, self.lanes = built.cards, built.arrows, built.lanes
        self.layer = built.layer
        self.layer.setVisible(not self.overview.isVisible())
        self.addItem(self.layer)
        for lane in self.lanes.values():
            self.addItem(lane)
        self.refresh_lanes()
        self.overview.set_content(built.overview_cards, [])
        self.overview.lines = built.overview_lines  # made in slices as QLineF already
        self._overview_fresh = True

    # ------------------------------------------------------------ lanes, curve, rect

    def schedule_lane_refresh(self) -> None:
        self._lanes_dirty = True
        self._lane_timer.start(0)

    def refresh_lanes(self) -> None:
        """Lane heights, emotion curve, backstage lane and scene rect from the cards."""
        self.drag_cache.stop()
        self._lanes_dirty = False
        journey = self.journey
        positions = {tp_id: (c.pos().x(), c.pos().y()) for tp_id, c in self.cards.items()}
        if journey is None:
            self.curve.setVisible(False)
            self.backstage.setVisible(False)
            self.setSceneRect(QRectF(0, 0, 800, 600))
            return
        geometry = geometry_for(journey, positions)
        for lane in self.lanes.values():
            lane.set_height(geometry.lanes_height)
        self.curve.setVisible(self.show_curve)
        self.curve.setPos(0, geometry.emotion_top)
        tps = {tp.id: tp for tp in journey.touchpoints}
        xs = curve_xs(positions, len(journey.stages))
        self.curve.set_points(geometry.width, [
            (x, tps[tp_id].emotion) for tp_id, x in xs.items() if tp_id in tps])
        self.curve.set_contacts(self._lens_contacts(xs))
        self.backstage.setVisible(self.show_backstage)
        top = geometry.backstage_top if self.show_curve else geometry.emotion_top
        self.backstage.setPos(0, top)
        self.backstage.set_entries(geometry.width, backstage_by_lane(
            journey, positions, len(journey.stages)))
        bottom = top + (self.backstage.boundingRect().height() if self.show_backstage else 0)
        bottom = max(bottom, geometry.emotion_top - LANE_GAP if not self.show_curve else bottom)
        self.setSceneRect(QRectF(-40, -20, geometry.width + 80, bottom + 60))

    def _lens_contacts(self, xs: dict[str, float]) -> list[tuple[float, int]]:
        """Under a tier lens: that tier's number of care actions at each card."""
        if self.lens_tier is None:
            return []
        care = self.care_index()
        return [(x, sum(1 for a in care.get(tp_id, []) if self.lens_tier in a.tiers))
                for tp_id, x in xs.items()]

    def update_overview(self) -> None:
        cards, centres = [], {}
        for tp_id, card in self.cards.items():
            pos = card.pos()
            x, y = pos.x(), pos.y()
            cards.append((x, y, style.emotion_color(card.data.emotion)))
            centres[tp_id] = QPointF(x + CARD_WIDTH / 2, y + CARD_HEIGHT / 2)
        self.overview.set_content(cards, [(centres[s], centres[t]) for s, t in self.arrows
                                          if s in centres and t in centres])

    def set_overview_mode(self, on: bool) -> None:
        """Far zoom: one overview item draws what thousands of items would."""
        self.drag_cache.stop()
        if on == self.overview.isVisible():
            return
        if on and not self._overview_fresh:
            self.update_overview()
        self._overview_fresh = False
        self.overview.setVisible(on)
        self.layer.setVisible(not on)

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        painter.fillRect(rect, QColor("#0b1020" if self.presentation else "#ffffff"))
        if not self.snap_to_grid or self.presentation:
            return
        painter.setPen(QPen(style.GRID, 0))
        step = GRID * 4
        left = int(rect.left() // step) * step
        top = int(rect.top() // step) * step
        x = left
        while x < rect.right():
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
            x += step
        y = top
        while y < rect.bottom():
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            y += step

    # ------------------------------------------------------------ domain events

    def _on_event(self, event: Event) -> None:
        self.drag_cache.stop()  # before any item changes: the still picture would be stale
        self._overview_fresh = False
        if event.kind in ("action", "tier", "project") or event.change == "reset":
            self._care_index = None
        if event.kind == "tier" and event.change == "removed" and event.key == self.lens_tier:
            self.lens_tier = None
        if event.change == "reset" or (event.kind == "journey" and event.key == self.journey_id
                                       and event.change == "removed"):
            journeys = self.document.project.journeys
            self.show_journey(journeys[0].id if journeys else None)
            return
        if event.kind in ("channel", "tier"):
            self.refresh_cards()
            return
        if event.journey != self.journey_id or self.journey is None:
            return
        handler = {
            "touchpoint": self._on_touchpoint,
            "transition": self._on_transition,
            "stage": self._on_stage,
            "action": self._on_action,
        }.get(event.kind)
        if handler is not None:
            handler(event)

    def _on_touchpoint(self, event: Event) -> None:
        assert event.key is not None
        if event.change == "removed":
            card = self.cards.pop(event.key, None)
            if card is not None:
                for arrow in list(card.arrows):
                    self._remove_arrow(arrow.key)
                self.removeItem(card)
        else:
            journey = self.journey
            assert journey is not None
            tp = self.document.editor.touchpoint(journey.id, event.key)
            stage_index = {s.id: i for i, s in enumerate(journey.stages)}
            card = self.cards.get(event.key)
            if card is None:
                card = TouchpointCard(tp.id, self.card_data(tp))
                self.cards[tp.id] = card
                card.setParentItem(self.layer)
            else:
                card.set_data(self.card_data(tp))
            new_pos = QPointF(*card_position(tp, stage_index.get(tp.stage, 0)))
            if card.pos() != new_pos:
                card.setPos(new_pos)
                for arrow in card.arrows:
                    arrow.update_path()
        self.schedule_lane_refresh()

    def _on_action(self, event: Event) -> None:
        card = self.cards.get(event.parent or "")
        journey = self.journey
        if card is None or journey is None:
            return
        card.set_data(self.card_data(self.document.editor.touchpoint(journey.id, card.tp_id)))
        if self.lens_tier is not None:
            self.schedule_lane_refresh()

    def _on_transition(self, event: Event) -> None:
        assert event.key is not None
        source, target = event.key.split("->", 1)
        if event.change == "removed":
            self._remove_arrow((source, target))
        elif event.change == "added":
            tr = self.document.editor.transition(self.journey_id, source, target)
            self._add_arrow(source, target, tr.share)
        else:
            arrow = self.arrows.get((source, target))
            if arrow is not None:
                arrow.set_share(self.document.editor.transition(self.journey_id, source,
                                                                target).share)

    def _on_stage(self, event: Event) -> None:
        journey = self.journey
        assert journey is not None
        if event.change == "removed" and event.key in self.lanes:
            self.removeItem(self.lanes.pop(event.key))
        for index, stage in enumerate(journey.stages):
            lane = self.lanes.get(stage.id)
            if lane is None:
                lane = self.lanes[stage.id] = StageLane(stage.id, index, stage.name, HEADER_HEIGHT)
                self.addItem(lane)
            lane.name = stage.name
            lane.set_index(index)
        if event.change in ("reordered", "added", "removed"):
            self._place_all_cards()
        self.refresh_lanes()

    def _place_all_cards(self) -> None:
        journey = self.journey
        assert journey is not None
        stage_index = {s.id: i for i, s in enumerate(journey.stages)}
        for tp in journey.touchpoints:
            card = self.cards.get(tp.id)
            if card is not None:
                card.setPos(*card_position(tp, stage_index.get(tp.stage, 0)))
        for arrow in self.arrows.values():
            arrow.update_path()

    # ------------------------------------------------------------ selection helpers

    def selected_cards(self) -> list[TouchpointCard]:
        return [i for i in self.selectedItems() if isinstance(i, TouchpointCard)]

    def selected_arrows(self) -> list[TransitionArrow]:
        return [i for i in self.selectedItems() if isinstance(i, TransitionArrow)]

    def select_cards(self, tp_ids: list[str]) -> None:
        self.clearSelection()
        for tp_id in tp_ids:
            if tp_id in self.cards:
                self.cards[tp_id].setSelected(True)

    def lane_at(self, scene_pos: QPointF) -> StageLane | None:
        journey = self.journey
        if journey is None or not journey.stages:
            return None
        if not 0 <= scene_pos.x() < len(journey.stages) * LANE_WIDTH or scene_pos.y() < 0:
            return None
        index = stage_index_at(scene_pos.x(), len(journey.stages))
        lane = self.lanes.get(journey.stages[index].id)
        return lane if lane is not None and scene_pos.y() < lane.height else None

    def card_at(self, scene_pos: QPointF) -> TouchpointCard | None:
        for item in self.items(scene_pos):
            if isinstance(item, TouchpointCard):
                return item
        return None

    # ------------------------------------------------------------ mouse gestures

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        pos = event.scenePos()
        self._press_pos = pos
        self.drag_cache.stop()  # a drag whose release never came
        if event.button() == Qt.MouseButton.LeftButton:
            card = self.card_at(pos)
            if card is not None and card.is_on_handle(pos):
                self._start_connect(card)
                return
            lane = self.lane_at(pos)
            if card is None and lane is not None and pos.y() < HEADER_HEIGHT:
                self._stage_drag = lane
                return
        _shift_means_ctrl(event)
        super().mousePressEvent(event)
        self._drag_start = {c.tp_id: c.pos() for c in self.selected_cards()}

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self._connect_line is not None:
            line = self._connect_line.line()
            line.setP2(event.scenePos())
            self._connect_line.setLine(line)
            return
        if self._stage_drag is not None:
            self._highlight_drop_lane(event.scenePos())
            return
        super().mouseMoveEvent(event)
        if self._drag_start:
            far = (event.scenePos() - self._press_pos).manhattanLength() >= _DRAG_THRESHOLD
            dragging = isinstance(self.mouseGrabberItem(), TouchpointCard)  # not a rubber band
            self.follow_moving_cards(list(self._drag_start), still_picture=far and dragging)

    def follow_moving_cards(self, tp_ids: list[str], still_picture: bool = True) -> None:
        """Arrows of cards being dragged follow them (no itemChange override: see docs).

        With `still_picture`, the first call of a drag turns the rest of the map into a
        picture (see drag_cache); the drop, or any change, ends it."""
        moved = {self.cards[t] for t in tp_ids if t in self.cards}
        arrows = {a for card in moved for a in card.arrows}
        if still_picture and not self.drag_cache.active:
            self.drag_cache.start(self.layer, [*moved, *arrows])
        for arrow in arrows:
            arrow.update_path()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self._connect_line is not None:
            self._finish_connect(event.scenePos())
            return
        if self._stage_drag is not None:
            self._finish_stage_drag(event.scenePos())
            return
        self.drag_cache.stop()  # before Qt looks for items under the mouse again
        _shift_means_ctrl(event)
        super().mouseReleaseEvent(event)
        self.commit_drag()

    def commit_drag(self) -> None:
        """Turn the cards' new positions into one undoable move (snapped to the grid)."""
        self.drag_cache.stop()
        starts, self._drag_start = self._drag_start, {}
        if not starts or self.journey_id is None:
            return
        moved: dict[str, tuple[float, float]] = {}
        for tp_id, start in starts.items():
            card = self.cards.get(tp_id)
            if card is None or (card.pos() - start).manhattanLength() < 0.5:
                continue
            x, y = card.pos().x(), card.pos().y()
            if self.snap_to_grid:
                x, y = snap(x), snap(y)
            moved[tp_id] = (x, max(y, HEADER_HEIGHT + 4))
        if moved:
            self.document.move_touchpoints(self.journey_id, moved)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        pos = event.scenePos()
        for item in self.items(pos):
            if isinstance(item, TouchpointCard):
                self.request_card_rename(item)
                return
            if isinstance(item, TransitionArrow):
                self.edit_requested.emit("share", f"{item.key[0]}->{item.key[1]}",
                                         item.label_rect(), f"{item.share * 100:g}")
                return
        lane = self.lane_at(pos)
        if lane is None or self.journey_id is None:
            return
        if pos.y() < HEADER_HEIGHT:
            self.edit_requested.emit("stage", lane.stage_id, lane.sceneBoundingRect().adjusted(
                4, 4, -4, -(lane.height - HEADER_HEIGHT) - 4), lane.name)
        else:
            x, y = pos.x() - CARD_WIDTH / 2, pos.y() - CARD_HEIGHT / 2
            if self.snap_to_grid:
                x, y = snap(x), snap(y)
            tp_id = self.document.add_touchpoint(self.journey_id, lane.stage_id, x,
                                                 max(y, HEADER_HEIGHT + 4),
                                                 self.tr("New touchpoint"))
            self.select_cards([tp_id])
            self.request_card_rename(self.cards[tp_id])

    def request_card_rename(self, card: TouchpointCard) -> None:
        rect = card.sceneBoundingRect()
        self.edit_requested.emit("card", card.tp_id,
                                 QRectF(rect.x() + 14, rect.y() + 10, CARD_WIDTH - 24, 26),
                                 card.data.name)

    def commit_edit(self, kind: str, key: str, text: str) -> None:
        """Apply an in-place edit the view collected."""
        if self.journey_id is None:
            return
        try:
            self._apply_edit(kind, key, text.strip())
        except KeyError:
            pass  # the object went away while its editor was open (undo, another view)

    def _apply_edit(self, kind: str, key: str, text: str) -> None:
        assert self.journey_id is not None
        if kind == "card" and text:
            self.document.set_touchpoint_fields(self.journey_id, key, {"name": text})
        elif kind == "stage" and text:
            self.document.rename_stage(self.journey_id, key, text)
        elif kind == "share":
            source, target = key.split("->", 1)
            try:
                value = float(text.rstrip("% ").replace(",", "."))
            except ValueError:
                return
            self.document.set_share(self.journey_id, source, target,
                                    min(max(value / 100.0, 0.0), 1.0))

    # ------------------------------------------------------------ connect, stage drag

    def _start_connect(self, card: TouchpointCard) -> None:
        self._connect_from = card
        start = card.mapToScene(card.handle_center())
        self._connect_line = QGraphicsLineItem(start.x(), start.y(), start.x(), start.y())
        self._connect_line.setPen(QPen(style.CARD_SELECTED, 2, Qt.PenStyle.DashLine))
        self._connect_line.setZValue(zorder.INTERACTION)
        self.addItem(self._connect_line)

    def _finish_connect(self, pos: QPointF) -> None:
        source = self._connect_from
        if self._connect_line is not None:
            self.removeItem(self._connect_line)
        self._connect_line, self._connect_from = None, None
        target = self.card_at(pos)
        if source is not None and target is not None and self.journey_id is not None:
            self.document.connect(self.journey_id, source.tp_id, target.tp_id)

    def _highlight_drop_lane(self, pos: QPointF) -> None:
        target = self.lane_at(pos)
        for lane in self.lanes.values():
            want = lane is target and lane is not self._stage_drag
            if lane.highlight != want:
                lane.highlight = want
                lane.update()

    def _finish_stage_drag(self, pos: QPointF) -> None:
        dragged, self._stage_drag = self._stage_drag, None
        for lane in self.lanes.values():
            lane.highlight = False
            lane.update()
        target = self.lane_at(pos)
        moved_far = (pos - self._press_pos).manhattanLength() >= _DRAG_THRESHOLD
        if dragged is not None and not moved_far:
            self.clearSelection()
            self.stage_clicked.emit(dragged.stage_id)
        elif dragged is not None and target is not None and self.journey_id:
            self.document.move_stage(self.journey_id, dragged.index, target.index)



def _shift_means_ctrl(event: QGraphicsSceneMouseEvent) -> None:
    """Shift+click adds to the selection like Ctrl+click, as in most editors."""
    if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
        event.setModifiers(event.modifiers() | Qt.KeyboardModifier.ControlModifier)
