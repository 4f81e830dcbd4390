"""The journey map scene: lanes, cards and arrows of one journey.

It shows what the ViewState says (journey, selection, lens, toggles) and follows the
domain through the document's events (map_sync.py); items never change the domain.
Mouse gestures are interaction objects (interactions.py); the items of a journey are
made by the one populate path, MapBuilder (map_builder.py); the arrows' part (adding,
removing, their share labels and batches following the selection) is scene_arrows.py.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
)

from journey_designer.domain.model import CareAction, Journey, Touchpoint
from journey_designer.domain.queries import actions_by_touchpoint
from journey_designer.layout.lanes import (
    CARD_HEIGHT,
    CARD_WIDTH,
    GRID,
    LANE_WIDTH,
    card_position,
    stage_index_at,
)
from journey_designer.ui.canvas import in_place, map_lanes, style
from journey_designer.ui.canvas.card_content import card_maker
from journey_designer.ui.canvas.drag_cache import DragCache
from journey_designer.ui.canvas.interactions import Interaction, begin_interaction, commit_moves
from journey_designer.ui.canvas.items.arrow import TransitionArrow
from journey_designer.ui.canvas.items.arrow_batch import ArrowBatches
from journey_designer.ui.canvas.items.card import CardData, TouchpointCard
from journey_designer.ui.canvas.items.labels import ShareLabels
from journey_designer.ui.canvas.items.lanes import (
    BackstageLane,
    EmotionCurve,
    MapOverview,
    StageLane,
)
from journey_designer.ui.canvas.map_builder import BuiltMap, MapBuilder, discard_items
from journey_designer.ui.canvas.map_lanes import LaneContent
from journey_designer.ui.canvas.map_layout import MapLayout
from journey_designer.ui.canvas.map_sync import MapSync
from journey_designer.ui.canvas.scene_arrows import SceneArrows
from journey_designer.ui.canvas.warm_up import WarmUp
from journey_designer.ui.document import Document
from journey_designer.ui.release_later import release_later
from journey_designer.ui.view_state import Selection, ViewState

GRID_MIN_PIXELS = 8.0  # grid lines closer than this on screen are drawn 5 times wider apart


class JourneyScene(SceneArrows, QGraphicsScene):
    """Shows the journey the ViewState names."""

    edit_requested = Signal(str, str, QRectF, str)  # kind, key, scene rect, current text
    stage_clicked = Signal(str)  # a stage header was clicked (not dragged)

    def __init__(self, document: Document, view: ViewState | None = None, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.view = view if view is not None else ViewState(None, self)
        self.journey_id: str | None = None  # the journey shown (follows view.journey_id)
        self.cards: dict[str, TouchpointCard] = {}
        self.arrows: dict[tuple[str, str], TransitionArrow] = {}
        self.lanes: dict[str, StageLane] = {}
        self.curve = EmotionCurve(self.tr("Emotion curve"))
        self.backstage = BackstageLane(self.tr("Backstage (below the line of visibility)"))
        self.overview = MapOverview()
        self.share_labels = ShareLabels(self._share_text, self._arrow_selected)
        self.layer = QGraphicsRectItem()
        self.arrow_batches = ArrowBatches(self.layer)  # draw the plain arrows (see arrow_batch)
        self.presentation = False  # projector colours while presenting
        self.interaction: Interaction | None = None  # the gesture under way
        self.overview_fresh = False  # the overview shows the cards as they are (after _take)
        self._care_index: dict[str, list[CareAction]] | None = None
        self._maker = None  # see card_data
        self._adoptable: BuiltMap | None = None
        self._shown_lens: str | None = None  # the lens the cards were made with
        self._populations = 0
        self._shown_project: object = None  # the project the shown items were built from
        self._lanes_dirty = False
        self._lane_timer = QTimer(self)
        self._lane_timer.setSingleShot(True)
        self._lane_timer.timeout.connect(self.refresh_lanes)
        self.drag_cache = DragCache(self)  # the still rest of the map while cards are dragged
        self.map_layout = MapLayout(self)  # the layout engine's routes and labels
        self.warm_up = WarmUp(self)  # prepares the shown map's cards and tiles when idle
        self._label_selection: set[tuple[str, str]] = set()
        self.sync = MapSync(self)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        for item in (self.curve, self.backstage, self.overview, self.share_labels):
            self.addItem(item)
        self.curve.on_hover = self._curve_hovered
        self._follow(self.view)
        if self.view.journey_id is not None:  # a session chose it; else empty until shown
            self.show_valid_journey()

    def _follow(self, view: ViewState) -> None:
        view.journey_id_changed.connect(lambda _j: self.show_valid_journey())
        view.selection_changed.connect(self._show_selection)
        view.lens_tier_changed.connect(lambda _t: self._lens_changed())
        view.marked_changed.connect(lambda _m: self.refresh_cards())
        view.show_curve_changed.connect(lambda _on: self.refresh_lanes())
        view.show_backstage_changed.connect(lambda _on: self.refresh_lanes())
        view.snap_to_grid_changed.connect(lambda _on: self._redraw_background())
        self.selectionChanged.connect(self._selection_to_view)
        self.selectionChanged.connect(self._selection_to_labels)
        self.stage_clicked.connect(lambda stage: view.set_selection(Selection(stage=stage)))

    # ------------------------------------------------------------ view state

    @property
    def lens_tier(self) -> str | None:
        return self.view.lens_tier

    @property
    def show_curve(self) -> bool:
        return self.view.show_curve

    @property
    def show_backstage(self) -> bool:
        return self.view.show_backstage

    @property
    def snap_to_grid(self) -> bool:
        return self.view.snap_to_grid

    @property
    def journey(self) -> Journey | None:
        if self.journey_id is None:
            return None
        try:
            return self.document.editor.journey(self.journey_id)
        except KeyError:
            return None

    def _lens_changed(self) -> None:
        if self._shown_lens != self.lens_tier:
            self.refresh_cards()
            self.refresh_lanes()

    def _redraw_background(self) -> None:
        for view in self.views():
            view.resetCachedContent()
        self.update()

    def _selection_to_view(self) -> None:
        if self.signalsBlocked():
            return
        self.view.set_selection(self._shown_selection())

    def _shown_selection(self) -> Selection:
        """What is selected on the map (sorted: Qt's order of items says nothing)."""
        return Selection(tuple(sorted(c.tp_id for c in self.selected_cards())),
                         tuple(sorted(a.key for a in self.selected_arrows())))

    def _show_selection(self, selection: Selection) -> None:
        shown = self._shown_selection()
        if (set(shown.cards), set(shown.arrows)) == (set(selection.cards),
                                                     set(selection.arrows)):
            return
        self.blockSignals(True)
        try:
            self.clearSelection()
            for tp_id in selection.cards:
                if tp_id in self.cards:
                    self.cards[tp_id].setSelected(True)
            for key in selection.arrows:
                if key in self.arrows:
                    self.arrows[key].setSelected(True)
        finally:
            self.blockSignals(False)
        self.selectionChanged.emit()

    def stage_chosen(self, stage_id: str) -> None:
        """A click on a stage header: the stage is the selection."""
        self.clearSelection()
        self.stage_clicked.emit(stage_id)  # -> the view state (see _follow)

    def decorate(self, tp: Touchpoint, data: CardData) -> None:
        data.flagged = tp.id in self.view.marked

    # ------------------------------------------------------------ populate

    def show_valid_journey(self, force: bool = False) -> None:
        """Show the view's journey (or the first one if the project lacks it); `force`
        repopulates even if it is shown (the project was replaced)."""
        ids = [j.id for j in self.document.project.journeys]
        built = self._adoptable
        wanted = self.view.journey_id
        if force and built is not None and built.project is self.document.project:
            wanted = built.journey_id  # a map built beside the scene for this project
        if wanted not in ids:
            wanted = ids[0] if ids else None
        before = self._populations
        self.view.set_journey_id(wanted)  # shows it through the signal if it changed
        if self._populations == before and (force or wanted != self.journey_id):
            if force and wanted == self.journey_id and self._shown_project is self.document.project:
                return  # the session's handler of this reset has just shown it (no 2nd build)
            self.show_journey(wanted)

    def show_journey(self, journey_id: str | None) -> None:
        """Show every item of `journey_id`, built by MapBuilder at once (or taken from a
        map built beside the scene for it, see `adopt`)."""
        self._populations += 1
        built, self._adoptable = self._adoptable, None
        if built is not None:
            if built.project is self.document.project and built.journey_id == journey_id:
                self._take(built)
                return
            built.discard()
        builder = MapBuilder(self.document.project, self.care_index(), self.lens_tier,
                             self.decorate, journey_id=journey_id,
                             overview=self.overview.isVisible())  # else made when needed
        self._take(builder.build_all())

    def card_data(self, tp: Touchpoint) -> CardData:
        """What `tp`'s card shows. The maker (its lookups cost ~5 ms on a 5,000-arrow map)
        is kept for a run of touchpoint edits, e.g. the 50 events of one 50-card undo;
        MapSync forgets it on any other event."""
        if self._maker is None:
            self._maker = self._card_maker()
            QTimer.singleShot(0, self.forget_card_maker)
        return self._maker(tp)

    def forget_card_maker(self) -> None:
        self._maker = None

    def _card_maker(self):  # noqa: ANN202 - Callable[[Touchpoint], CardData]
        self._shown_lens = self.lens_tier
        return card_maker(self.document.project, self.journey, self.care_index(),
                          self.lens_tier, self.decorate)

    def care_index(self) -> dict[str, list[CareAction]]:
        """Actions by touchpoint, rebuilt after the actions change."""
        if self._care_index is None:
            self._care_index = actions_by_touchpoint(self.document.project)
        return self._care_index

    def forget_care_index(self) -> None:
        self._care_index = None
        self._maker = None

    def refresh_cards(self) -> None:
        """Redraw every card's content (after a lens or overlay change)."""
        self.drag_cache.stop()
        journey = self.journey
        if journey is None:
            return
        self._maker = None
        make = self._card_maker()
        for tp in journey.touchpoints:
            card = self.cards.get(tp.id)
            if card is not None:
                card.set_data(make(tp))

    def place_cards(self, tp_ids: list[str], relayout: bool = True) -> None:
        """Put cards where the model has them; their arrows follow (re-routed at once,
        the whole map laid out again at the next event-loop turn)."""
        journey = self.journey
        if journey is None:
            return
        stage_index = {s.id: i for i, s in enumerate(journey.stages)}
        editor = self.document.editor
        moved = []
        for tp_id in tp_ids:
            card = self.cards.get(tp_id)
            if card is None:
                continue
            try:
                tp = editor.touchpoint(journey.id, tp_id)
            except KeyError:
                continue
            pos = QPointF(*card_position(tp, stage_index.get(tp.stage, 0)))
            if card.pos() != pos:
                card.setPos(pos)
                moved.append(tp_id)
        if self.curve.highlighted in moved:  # moved away from under the mouse
            self.curve.set_highlight(None)
        if relayout and moved:
            self.map_layout.move(moved)
            self.map_layout.schedule()

    def adopt(self, built: BuiltMap) -> None:
        """Show `built` (made beside the scene by a MapBuilder) when the document next
        shows its journey, typically on the reset of switching to `built.project`."""
        self._adoptable = built

    def _take(self, built: BuiltMap) -> None:
        """Swap the shown items for built ones; the old ones are freed (in slices when
        there are many)."""
        self.end_interaction()
        self.drag_cache.stop()
        self.blockSignals(True)  # the selection goes with the old items
        self.clearSelection()
        self.blockSignals(False)
        discard_items(self.layer, list(self.cards.values()), list(self.arrows.values()),
                      list(self.lanes.values()))
        # The old project, layout and overview lists are let go of over the next turns.
        # (The items themselves go with discard_items.)
        release_later(self._shown_project, self._care_index, self.map_layout.layout,
                      self.overview.cards, self.overview.lines, self.curve.layout)
        for item in (self.curve, self.backstage, self.overview, self.share_labels):
            if item.scene() is not self:
                self.addItem(item)
        self.journey_id = built.journey_id
        self._shown_project = built.project
        self._care_index = dict(built.care)
        self.cards, self.arrows, self.lanes = built.cards, built.arrows, built.lanes
        self.layer = built.layer
        self.arrow_batches = built.batches or ArrowBatches(self.layer)
        self.layer.setVisible(not self.overview.isVisible())
        self.share_labels.setVisible(not self.overview.isVisible())
        self._label_selection = set()
        self.map_layout.adopt(built.layout)
        self.addItem(self.layer)
        for lane in self.lanes.values():
            self.addItem(lane)
        self._shown_lens = built.lens_tier
        if built.lens_tier != self.lens_tier:
            self.refresh_cards()  # the lens changed while the map was being built
        self.refresh_lanes(built.lane_content)
        self.overview_fresh = built.has_overview
        if built.has_overview:
            self.overview.set_content(built.overview_cards, [])
            self.overview.lines = built.overview_lines  # made in slices as QLineF already
        self.warm_up.start()
        self.selectionChanged.emit()

    # ------------------------------------------------------------ lanes, curve, rect

    def schedule_lane_refresh(self) -> None:
        self._lanes_dirty = True
        self._lane_timer.start(0)

    def refresh_lanes(self, content: LaneContent | None = None) -> None:
        """Lane heights, emotion curve, backstage lane and scene rect from the cards
        (`content`: worked out already, by the builder of the map)."""
        self.drag_cache.stop()
        self._lanes_dirty = False
        map_lanes.refresh_lanes(self, content)

    @property
    def layout_pending(self) -> bool:
        """A relayout of the routes is scheduled (it runs at the next event-loop turn)."""
        return self.map_layout.pending

    def card_hovered(self, tp_id: str, on: bool) -> None:
        """A card under the mouse: its point on the emotion curve is highlighted."""
        self.curve.set_highlight(tp_id if on else None)

    def _curve_hovered(self, tp_id: str | None) -> None:
        """A point of the curve under the mouse: its card is highlighted."""
        for card_id, card in self.cards.items():
            card.set_highlighted(card_id == tp_id)

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
        if on and not self.overview_fresh:
            self.update_overview()
        self.overview_fresh = False
        self.overview.setVisible(on)
        self.layer.setVisible(not on)
        self.share_labels.setVisible(not on)

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        painter.fillRect(rect, QColor("#0b1020" if self.presentation else "#ffffff"))
        if not self.snap_to_grid or self.presentation:
            return
        painter.setPen(QPen(style.GRID, 0))
        step = GRID * 4
        scale = max(painter.worldTransform().m11(), 1e-6)
        while step * scale < GRID_MIN_PIXELS:  # zoomed far out: a coarser grid, not a grey wash
            step *= 5
        left = int(rect.left() // step) * step
        top = int(rect.top() // step) * step
        columns = [QLineF(x, rect.top(), x, rect.bottom())
                   for x in _steps(left, rect.right(), step)]
        rows = [QLineF(rect.left(), y, rect.right(), y) for y in _steps(top, rect.bottom(), step)]
        painter.drawLines(columns + rows)

    def cached_items(self) -> list[QGraphicsItem]:
        """The items that keep a picture of themselves (DeviceCoordinateCache): the cards,
        the emotion curve and the far-zoom overview."""
        return [*self.cards.values(), self.curve, self.overview]

    # ------------------------------------------------------------ selection helpers

    def selected_cards(self) -> list[TouchpointCard]:
        return [i for i in self.selectedItems() if isinstance(i, TouchpointCard)]

    def select_cards(self, tp_ids: list[str]) -> None:
        self.view.set_selection(Selection(cards=tuple(t for t in tp_ids if t in self.cards)))
        self._show_selection(self.view.selection)  # also when the view had it already

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
            if isinstance(item, TouchpointCard) and self.cards.get(item.tp_id) is item:
                return item  # (not an item of a map being freed)
        return None

    # ------------------------------------------------------------ mouse gestures

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        self.drag_cache.stop()
        self.end_interaction()  # a gesture whose release never came
        self.interaction = begin_interaction(self, event)
        self.interaction.start(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.interaction is not None:
            self.interaction.move(event)
        else:
            super().mouseMoveEvent(event)  # hover

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        interaction, self.interaction = self.interaction, None
        if interaction is not None:
            interaction.finish(event)
        else:
            super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self.interaction is not None:
            self.end_interaction()
            event.accept()
            return
        super().keyPressEvent(event)

    def end_interaction(self) -> None:
        """Cancel the gesture under way, if any (Esc, the map changed under it)."""
        interaction, self.interaction = self.interaction, None
        if interaction is not None:
            interaction.cancel()

    def follow_moving_cards(self, tp_ids: list[str], still_picture: bool = True) -> None:
        """Arrows of cards being dragged follow them (no itemChange override: see docs).

        With `still_picture`, the first call of a drag turns the rest of the map into a
        picture (see drag_cache); the drop, or any change, ends it."""
        moved = {self.cards[t] for t in tp_ids if t in self.cards}
        # re-route before the still picture is taken: it must not show their labels
        self.map_layout.move(list(tp_ids))
        arrows = {a for card in moved for a in card.arrows}
        if still_picture and not self.drag_cache.active:
            self.drag_cache.start(self.layer, [*moved, *arrows])
        else:
            self.drag_cache.follow()

    def commit_drag(self, starts: dict[str, QPointF]) -> None:
        """Cards moved from `starts` (by a drag) become one undoable move."""
        commit_moves(self, starts)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        in_place.double_click(self, event.scenePos())

    def request_card_rename(self, card: TouchpointCard) -> None:
        in_place.request_card_rename(self, card)

    def commit_edit(self, kind: str, key: str, text: str) -> None:
        """Apply an in-place edit the view collected."""
        in_place.commit_edit(self, kind, key, text)


def _steps(start: float, stop: float, step: float) -> list[float]:
    """start, start + step, ... below stop."""
    return [start + k * step for k in range(max(0, math.ceil((stop - start) / step)))]
