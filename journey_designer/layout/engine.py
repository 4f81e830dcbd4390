"""The layout engine's front door: everything the map shows, placed, from the domain.

    layout = layout_journey(journey)
    layout.boxes[tp_id]          # the card's Box (scene units, y down)
    layout.routes[(a, b)].points # the arrow's orthogonal polyline (rounded_path to draw)
    layout.labels[(a, b)]        # its share label's Box, or None when there is no room
    layout.curve.points          # the emotion curve, one point under each card
    changed = layout.move({tp_id: Box(...)})  # a drag step: only the moved cards' arrows
    changed = layout.update()    # the drop: only what the moved cards touch settles
    changed = layout.settle()    # everything again: routes spread out, labels placed

Plain floats and dataclasses, no Qt: the picture renderer (io/render*) draws from it,
and the canvas can (see layout/__init__).
"""

from __future__ import annotations

from collections.abc import Generator, Mapping
from dataclasses import dataclass

from journey_designer.domain.model import Journey
from journey_designer.layout.curve import CurveLayout, curve_layout
from journey_designer.layout.geometry import Box
from journey_designer.layout.labels import place_labels
from journey_designer.layout.lanes import (
    CARD_HEIGHT,
    CARD_WIDTH,
    HEADER_HEIGHT,
    MapGeometry,
    card_positions,
    geometry_for,
)
from journey_designer.layout.routing import Key, Route, Router


@dataclass
class JourneyLayout:
    """Cards, arrows, share labels and the emotion curve of one journey."""

    boxes: dict[str, Box]
    geometry: MapGeometry
    router: Router
    labels: dict[Key, Box | None]
    curve: CurveLayout
    emotions: dict[str, int]
    shares: dict[Key, float]

    @property
    def routes(self) -> dict[Key, Route]:
        return self.router.routes

    def header_boxes(self) -> list[Box]:
        return [Box(0.0, 0.0, self.geometry.width, HEADER_HEIGHT)]

    def move(self, moved: Mapping[str, Box]) -> list[Key]:
        """A drag step: re-route the moved cards' arrows (their labels are dropped until
        `settle`); returns the keys whose route changed."""
        self.boxes.update(moved)
        changed = self.router.move(moved)
        for key in changed:
            self.labels[key] = None
        return changed

    def update(self, moved: Mapping[str, Box] | None = None) -> list[Key]:
        """The drop (of the cards `move` moved, and of `moved`): only the routes near the
        moved cards settle, every other route is kept as it is (layout/reroute.py); labels
        of changed routes, and labels a moved card now covers, are placed again around
        the rest. Returns the keys whose route or label changed."""
        moved = dict(moved or {})
        self.boxes.update(moved)
        cards = {*self.router.unsettled, *moved}
        changed = set(self.router.update(moved))
        if not cards:
            return []
        if any(box is not None for box in self.labels.values()):
            covered = [self.boxes[c] for c in cards]
            again = changed | {k for k, box in self.labels.items() if box is not None and any(
                box.overlaps(card) for card in covered)}
            kept = [box for k, box in self.labels.items() if box is not None and k not in again]
            placed = place_labels({k: self.routes[k] for k in again}, self.boxes,
                                  [*self.header_boxes(), *kept])
            for key in again:
                if self.labels.get(key) != placed.get(key):
                    self.labels[key] = placed.get(key)
                    changed.add(key)
        self.curve = curve_layout(self.boxes, self.emotions, self.curve.top, self.curve.width)
        return sorted(changed)

    def settle(self) -> list[Key]:
        """After a drop: every route and label again; returns the keys that changed."""
        before = dict(self.labels)
        changed = set(self.router.settle())
        self.labels = place_labels(self.routes, self.boxes, self.header_boxes())
        changed.update(k for k, box in self.labels.items() if before.get(k) != box)
        self.curve = curve_layout(self.boxes, self.emotions, self.curve.top, self.curve.width)
        return sorted(changed)


def layout_journey(journey: Journey, *, labels: bool = True) -> JourneyLayout:
    """Place everything of `journey` (labels=False leaves the share labels out: faster)."""
    steps = layout_steps(journey, labels=labels, chunk=1 << 30)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


def layout_steps(journey: Journey, *, labels: bool = True,
                 chunk: int = 1000) -> Generator[None, None, JourneyLayout]:
    """`layout_journey` in slices (yields between slices of `chunk` arrows routed; the
    generator's return value is the layout): a canvas builds a 10,000-card map without
    freezing the window."""
    positions = card_positions(journey)
    boxes = {tp_id: Box(x, y, CARD_WIDTH, CARD_HEIGHT) for tp_id, (x, y) in positions.items()}
    geometry = geometry_for(journey, positions)
    edges = [(t.source, t.target) for t in journey.transitions]
    router = Router(boxes, edges, lane_count=max(len(journey.stages), 1),
                    bottom=geometry.lanes_height - 6.0)
    yield
    yield from router.route_steps(chunk)
    header = [Box(0.0, 0.0, geometry.width, HEADER_HEIGHT)]
    placed: dict[Key, Box | None] = place_labels(router.routes, boxes, header) if labels else {
        key: None for key in router.routes}
    emotions = {tp.id: tp.emotion for tp in journey.touchpoints if tp.id in boxes}
    shares = {(t.source, t.target): t.share for t in journey.transitions}
    curve = curve_layout(boxes, emotions, geometry.emotion_top, geometry.width)
    return JourneyLayout(boxes, geometry, router, placed, curve, emotions, shares)
