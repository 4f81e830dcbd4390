"""Builds the lanes, cards and arrows of a journey beside the scene, a slice at a time.

Opening a huge project must keep the window responsive and must be cancellable
without touching what is shown: the builder makes the items outside any scene, from
a project that is not the document's yet, in `step()` calls of a few dozen
milliseconds driven by the event loop. `JourneyScene.adopt` then takes the finished
map in one go when the document switches to that project; `discard()` throws a map
away (after Cancel) without a long pause.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import EllipsisType

import shiboken6
from PySide6.QtCore import QLineF, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

from journey_designer.domain.model import CareAction, Journey, Project
from journey_designer.layout.engine import JourneyLayout, layout_steps
from journey_designer.layout.lanes import CARD_HEIGHT, CARD_WIDTH, HEADER_HEIGHT
from journey_designer.ui.canvas import style
from journey_designer.ui.canvas.card_content import Decorator, card_maker
from journey_designer.ui.canvas.items.arrow import TransitionArrow
from journey_designer.ui.canvas.items.arrow_batch import ArrowBatches
from journey_designer.ui.canvas.items.card import TouchpointCard
from journey_designer.ui.canvas.items.lanes import StageLane
from journey_designer.ui.canvas.map_lanes import LaneContent, lane_content

_CHECK_EVERY = 25  # items between looks at the clock
_ROUTE_CHUNK = 40  # arrows routed between yields (each yield counts as an item)


@dataclass
class BuiltMap:
    """The items of one journey of `project`, not in any scene yet."""

    project: Project
    journey_id: str | None
    lens_tier: str | None
    care: Mapping[str, list[CareAction]]
    layer: QGraphicsRectItem = field(default_factory=QGraphicsRectItem)
    lanes: dict[str, StageLane] = field(default_factory=dict)
    cards: dict[str, TouchpointCard] = field(default_factory=dict)
    arrows: dict[tuple[str, str], TransitionArrow] = field(default_factory=dict)
    layout: JourneyLayout | None = None  # the engine's layout the items were placed by
    batches: ArrowBatches | None = None  # the tiles that draw the plain arrows
    # What the far-zoom overview draws (JourneyScene.update_overview), made along the way.
    overview_cards: list[tuple[float, float, QColor]] = field(default_factory=list)
    overview_lines: list[QLineF] = field(default_factory=list)  # centre to centre
    has_overview: bool = True  # False: the overview lists were not made (a quick build)
    lane_content: LaneContent | None = None  # the curve and lanes around the cards

    def discard(self) -> None:
        """Free the items (in slices) when they will not be shown after all."""
        discard_items(self.layer, list(self.cards.values()), list(self.arrows.values()),
                      list(self.lanes.values()))
        self.cards, self.arrows, self.lanes = {}, {}, {}


class MapBuilder:
    """Makes a BuiltMap for one journey of `project` (by default its first) in time-boxed
    steps; `build_all()` makes it at once. This is the one populate path of the map:
    `JourneyScene.show_journey` builds synchronously, opening a big project in slices."""

    def __init__(self, project: Project, care: Mapping[str, list[CareAction]],
                 lens_tier: str | None = None, decorate: Decorator | None = None,
                 journey_id: str | None | EllipsisType = ...,
                 overview: bool = True) -> None:
        if journey_id is ...:  # the first journey
            journey = project.journeys[0] if project.journeys else None
        else:
            journey = next((j for j in project.journeys if j.id == journey_id), None)
        if lens_tier not in {t.id for t in project.tiers}:
            lens_tier = None
        self.journey = journey
        self.built = BuiltMap(project, journey.id if journey else None, lens_tier, care)
        self.built.layer.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self.cards_total = len(journey.touchpoints) if journey else 0
        self.arrows_total = len(journey.transitions) if journey else 0
        self.done = False
        self.built.has_overview = overview
        self._decorate = decorate
        self._work = self._build(journey) if journey is not None else iter(())

    @property
    def cards_done(self) -> int:
        return len(self.built.cards)

    @property
    def arrows_done(self) -> int:
        return len(self.built.arrows)

    def step(self, seconds: float) -> bool:
        """Build for about `seconds`; True once the whole map is built."""
        deadline = time.perf_counter() + seconds
        for count, _ in enumerate(self._work, 1):
            if count % _CHECK_EVERY == 0 and time.perf_counter() >= deadline:
                return False
        self.done = True
        return True

    def build_all(self) -> BuiltMap:
        while not self.step(3600.0):
            pass
        return self.built

    def _build(self, journey: Journey) -> Iterator[None]:
        built = self.built
        # Cards, routes and the curve from the one layout engine (labels come later:
        # see map_layout), routed in slices (~0.1 s of CPU for 5,000 arrows, 1 s for 30,000).
        layout = built.layout = yield from layout_steps(journey, labels=False, chunk=_ROUTE_CHUNK)
        yield
        for index, stage in enumerate(journey.stages):
            built.lanes[stage.id] = StageLane(stage.id, index, stage.name, HEADER_HEIGHT)
        make = card_maker(built.project, journey, built.care, built.lens_tier, self._decorate)
        layer = built.layer
        centres: dict[str, tuple[float, float]] = {}
        positions: dict[str, tuple[float, float]] = {}
        overview = built.has_overview
        boxes, routes = layout.boxes, layout.routes
        for tp in journey.touchpoints:
            card = TouchpointCard(tp.id, make(tp))
            box = boxes[tp.id]
            x, y = box.x, box.y
            card.setPos(x, y)
            positions[tp.id] = (x, y)
            card.setParentItem(layer)
            built.cards[tp.id] = card
            if overview:
                built.overview_cards.append((x, y, style.emotion_color(tp.emotion)))
                centres[tp.id] = (x + CARD_WIDTH / 2, y + CARD_HEIGHT / 2)
            yield
        built.lane_content = lane_content(journey, positions)
        yield
        cards = built.cards
        batches = built.batches = ArrowBatches(layer)
        for tr in journey.transitions:
            key = (tr.source, tr.target)
            if tr.source in cards and tr.target in cards and key not in built.arrows:
                route = routes.get(key)
                arrow = TransitionArrow(cards[tr.source], cards[tr.target], tr.share,
                                        route.points if route is not None else None)
                arrow.setParentItem(layer)
                arrow.join(batches)
                built.arrows[(tr.source, tr.target)] = arrow
                if overview:
                    built.overview_lines.append(QLineF(*centres[tr.source],
                                                       *centres[tr.target]))
            yield

    def discard(self) -> None:
        """Throw the map away (Cancel), in slices: freeing 40,000 items takes a moment."""
        self._work = iter(())
        self.built.discard()


def discard_items(layer: QGraphicsItem | None, cards: list[TouchpointCard],
                  arrows: list[TransitionArrow], others: list[QGraphicsItem]) -> None:
    """Delete items a slice per event-loop turn: freeing 40,000 items at once would
    stall the window. Items still in a scene are hidden at once and leave it as they
    are deleted (cheaply: the scene's index drops deleted items in one sweep)."""
    for item in (layer, *others):
        if item is not None and item.scene() is not None:
            item.setVisible(False)
    # Arrows first (they hold on to their cards), each list from its end: every item
    # then leaves the end of its parent's list of children.
    pending: list[QGraphicsItem | None] = [*reversed(arrows), *reversed(cards), *others]
    if layer is not None:
        pending.append(layer)
    position = 0

    def delete_slice() -> None:
        nonlocal position
        deadline = time.perf_counter() + 0.03
        while position < len(pending) and time.perf_counter() < deadline:
            chunk = pending[position:position + 200]
            for item in chunk:
                if isinstance(item, TransitionArrow):
                    item.detach()  # cards and arrows point at each other: break the cycle
                elif isinstance(item, TouchpointCard):
                    item.arrows = set()
                if item is not None and shiboken6.isValid(item):
                    shiboken6.delete(item)
            pending[position:position + 200] = [None] * len(chunk)
            position += 200
        if position < len(pending):
            QTimer.singleShot(0, delete_slice)
        else:
            pending.clear()

    QTimer.singleShot(0, delete_slice)  # not in the turn that shows the new map
