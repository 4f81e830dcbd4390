"""The emotion curve's geometry: a −3…+3 scale and one point per card, right under that
card's column, so each point can be read against its card.

Cards of one lane share a column: their points are at the card's centre x, and points
that would sit on one another (same lane, same emotion) are set side by side. The line
joins each lane's mean emotion, under the middle of its cards: the journey's trend.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from journey_designer.layout.geometry import Box
from journey_designer.layout.lanes import EMOTION_LANE_HEIGHT, LANE_WIDTH

SCALE = tuple(range(-3, 4))
TOP_PAD, BOTTOM_PAD = 28.0, 12.0
DODGE = 10.0  # between points of one lane at one level
SCALE_X = 6.0  # the scale's numbers, at the lane's left edge


@dataclass(frozen=True)
class CurvePoint:
    tp_id: str
    x: float
    y: float
    emotion: int


@dataclass(frozen=True)
class CurveLayout:
    top: float
    width: float
    points: list[CurvePoint]  # lane by lane, top card first
    scale: list[tuple[int, float]]  # (level, y)
    trend: list[tuple[float, float]]  # the line: each lane's mean emotion under its cards

    def y_of(self, emotion: float) -> float:
        return level_y(self.top, emotion)


def level_y(top: float, emotion: float) -> float:
    usable = EMOTION_LANE_HEIGHT - TOP_PAD - BOTTOM_PAD
    return top + EMOTION_LANE_HEIGHT - BOTTOM_PAD - (emotion + 3) / 6 * usable


def curve_layout(boxes: Mapping[str, Box], emotions: Mapping[str, int], top: float,
                 width: float, lane_width: float = LANE_WIDTH) -> CurveLayout:
    lanes: dict[int, list[tuple[float, str]]] = {}
    for tp_id, box in boxes.items():
        if tp_id in emotions:
            lanes.setdefault(int(box.cx // lane_width), []).append((box.y, tp_id))
    points: list[CurvePoint] = []
    trend: list[tuple[float, float]] = []
    for lane in sorted(lanes):
        cards = sorted(lanes[lane])
        taken: dict[int, int] = {}
        for _, tp_id in cards:
            emotion = max(-3, min(3, int(emotions[tp_id])))
            k = taken.get(emotion, 0)
            taken[emotion] = k + 1
            offset = (k + 1) // 2 * DODGE * (1 if k % 2 else -1)
            points.append(CurvePoint(tp_id, boxes[tp_id].cx + offset, level_y(top, emotion),
                                     emotion))
        xs = [boxes[tp_id].cx for _, tp_id in cards]
        mean = sum(max(-3, min(3, int(emotions[tp_id]))) for _, tp_id in cards) / len(cards)
        trend.append((sum(xs) / len(xs), level_y(top, mean)))
    return CurveLayout(top, width, points, [(level, level_y(top, level)) for level in SCALE],
                       trend)
