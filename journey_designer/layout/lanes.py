"""Where things go on the map: stage lanes left to right, cards inside their lane,
the emotion curve lane and the backstage lane below the cards.

A touchpoint's stored x/y are scene coordinates of its card's top-left corner. The
stage decides the lane: the card is drawn in its stage's lane at the same offset
inside a lane as its stored x, so a file whose x disagrees with its stage (written
by another tool, or before a stage moved) still draws each card in the right lane.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from journey_designer.domain.model import Journey, Touchpoint

LANE_WIDTH = 260.0
HEADER_HEIGHT = 48.0
CARD_WIDTH = 200.0
CARD_HEIGHT = 92.0
CARD_MARGIN_X = 30.0
FIRST_CARD_Y = 60.0
ROW_PITCH = 120.0
GRID = 10.0
MIN_LANE_HEIGHT = 560.0
EMOTION_LANE_HEIGHT = 170.0
BACKSTAGE_LANE_HEIGHT = 130.0
LANE_GAP = 16.0


def lane_left(stage_index: int) -> float:
    return stage_index * LANE_WIDTH


def stage_index_at(x_center: float, stage_count: int) -> int:
    """The lane under a horizontal scene position, clamped to existing lanes."""
    if stage_count <= 0:
        return 0
    return min(max(int(math.floor(x_center / LANE_WIDTH)), 0), stage_count - 1)


def offset_in_lane(x: float) -> float:
    """A stored x as an offset inside its lane, kept so the card stays inside."""
    offset = x - math.floor(x / LANE_WIDTH) * LANE_WIDTH
    return min(max(offset, GRID), LANE_WIDTH - CARD_WIDTH - GRID)


def x_in_lane(x: float, stage_index: int) -> float:
    """The x a card dropped at `x` gets in lane `stage_index` (kept inside the lane)."""
    return lane_left(stage_index) + offset_in_lane(x)


def snap(value: float, grid: float = GRID) -> float:
    return round(value / grid) * grid


@dataclass(frozen=True)
class MapGeometry:
    """Sizes of one journey's drawing, from its stages and cards."""

    stage_count: int
    lanes_height: float

    @property
    def width(self) -> float:
        return max(self.stage_count, 1) * LANE_WIDTH

    @property
    def emotion_top(self) -> float:
        return self.lanes_height + LANE_GAP

    @property
    def backstage_top(self) -> float:
        return self.emotion_top + EMOTION_LANE_HEIGHT + LANE_GAP

    def height(self, with_backstage: bool) -> float:
        bottom = self.backstage_top + BACKSTAGE_LANE_HEIGHT if with_backstage else (
            self.emotion_top + EMOTION_LANE_HEIGHT)
        return bottom


def card_positions(journey: Journey) -> dict[str, tuple[float, float]]:
    """Top-left of every card: stored positions where given, else stacked in the lane."""
    stage_index = {s.id: i for i, s in enumerate(journey.stages)}
    stacked: dict[str, int] = {}
    positions: dict[str, tuple[float, float]] = {}
    for tp in journey.touchpoints:
        index = stage_index.get(tp.stage, 0)
        positions[tp.id] = card_position(tp, index, stacked)
    return positions


def card_position(tp: Touchpoint, stage_index: int,
                  stacked: dict[str, int] | None = None) -> tuple[float, float]:
    if tp.x is not None and tp.y is not None:
        return x_in_lane(tp.x, stage_index), max(tp.y, HEADER_HEIGHT + 4)
    row = 0
    if stacked is not None:
        row = stacked.get(tp.stage, 0)
        stacked[tp.stage] = row + 1
    return lane_left(stage_index) + CARD_MARGIN_X, FIRST_CARD_Y + row * ROW_PITCH


def geometry_for(journey: Journey, positions: dict[str, tuple[float, float]]) -> MapGeometry:
    bottom = max((y + CARD_HEIGHT for _, y in positions.values()), default=0.0)
    return MapGeometry(len(journey.stages), max(MIN_LANE_HEIGHT, bottom + 40.0))


def arranged_positions(touchpoint_ids: list[str], stage_index: int) -> list[tuple[float, float]]:
    """Positions for auto-arranging cards of one lane: one column, even rows."""
    x = lane_left(stage_index) + CARD_MARGIN_X
    return [(x, FIRST_CARD_Y + i * ROW_PITCH) for i in range(len(touchpoint_ids))]


def curve_xs(positions: dict[str, tuple[float, float]], stage_count: int) -> dict[str, float]:
    """Where each card's point goes on the emotion curve: cards of a lane are spread
    across the lane's width in top-to-bottom order, so the curve reads left to right."""
    lanes: dict[int, list[tuple[float, str]]] = {}
    for tp_id, (x, y) in positions.items():
        lanes.setdefault(stage_index_at(x + CARD_WIDTH / 2, stage_count), []).append((y, tp_id))
    xs: dict[str, float] = {}
    for index, cards in lanes.items():
        cards.sort()
        for k, (_, tp_id) in enumerate(cards):
            xs[tp_id] = lane_left(index) + (k + 0.5) / len(cards) * LANE_WIDTH
    return xs


def backstage_by_lane(journey: Journey, positions: dict[str, tuple[float, float]],
                      stage_count: int) -> list[tuple[float, list[str]]]:
    """Each lane's backstage processes (once each, top card first): the service
    blueprint's rows below the line of visibility."""
    lanes: dict[int, list[tuple[float, list[str]]]] = {}
    for tp in journey.touchpoints:
        if tp.id in positions and tp.backstage:
            x, y = positions[tp.id]
            lanes.setdefault(stage_index_at(x + CARD_WIDTH / 2, stage_count), []).append(
                (y, tp.backstage))
    result = []
    for index in sorted(lanes):
        seen: dict[str, None] = {}
        for _, items in sorted(lanes[index], key=lambda entry: entry[0]):
            seen.update(dict.fromkeys(items))
        result.append((lane_left(index) + 10, list(seen)))
    return result
