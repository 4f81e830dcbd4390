"""The lanes under the map: the emotion curve (each card's emotion, left to right, and
under a tier lens that tier's care actions per card) and the backstage lane (the service
blueprint's processes and systems below the line of visibility). As in the app's
EmotionCurve and BackstageLane items."""

from __future__ import annotations

import numpy as np
from matplotlib.collections import LineCollection
from matplotlib.path import Path

from journey_designer.io.picture import style as st
from journey_designer.io.picture.parts import Z_CURVE, Z_CURVE_TEXT, Painter, lw, rect
from journey_designer.layout.curve import SCALE_X, CurveLayout
from journey_designer.layout.lanes import (
    BACKSTAGE_LANE_HEIGHT,
    EMOTION_LANE_HEIGHT,
    LANE_WIDTH,
)

_BACKSTAGE_LINE = 15.0
_BARS = {n: rect(10, n * 14.0, -5, -n * 14.0) for n in range(1, 7)}  # up from the bottom


def draw_curve(p: Painter, curve: CurveLayout, title: str, contacts: dict[str, int] | None,
               detail: bool) -> None:
    """The emotion curve lane: a −3…+3 scale, each card's emotion right under its card;
    under a tier lens, that tier's care actions per card as bars behind the points."""
    top, width = curve.top, curve.width
    p.shapes(rect(width, EMOTION_LANE_HEIGHT), [0.0], [top], z=Z_CURVE, face=st.CURVE_FILL,
             edge=st.LANE_BORDER, width=1, gid="emotion-lane")
    grid = [((SCALE_X + 20, y), (width, y)) for _, y in curve.scale]
    p.ax.add_collection(LineCollection(grid, colors=st.GRID, linewidths=lw(1),
                                       linestyles=["-" if level == 0 else ":"
                                                   for level, _ in curve.scale],
                                       zorder=Z_CURVE), autolim=False)
    text = p.text(Z_CURVE_TEXT)
    text.add(8, top + 14, title, st.LANE_TITLE_SIZE, st.CARD_MUTED, bold=True)
    for level, y in curve.scale:
        text.add(SCALE_X + 16, y, f"{level:+d}" if level else "0", st.BADGE_SIZE,
                 st.emotion_colour(level), bold=True, ha="right")
    points = curve.points
    bottom = curve.y_of(-3) + 10
    if contacts:
        bars = [(pt.x, contacts.get(pt.tp_id, 0)) for pt in points]
        shown = [(x, min(n, 6)) for x, n in bars if n]
        p.shapes([_BARS[n] for _, n in shown], [x for x, _ in shown], [bottom] * len(shown),
                 z=Z_CURVE, face=st.CONTACT_BARS, gid="contacts", grouped=True)
        if detail:
            for x, n in bars:
                text.add(x, bottom + 6, str(n), st.BADGE_SIZE, st.CARD_MUTED, ha="center")
    if not points:
        return
    line = np.array([(pt.x, pt.y) for pt in points])
    p.ax.add_collection(LineCollection([curve.trend], colors=st.CURVE_LINE, linewidths=lw(2.2),
                                       zorder=Z_CURVE + 0.1, joinstyle="round"), autolim=False)
    p.shapes(Path.circle((0, 0), 4.5), line[:, 0], line[:, 1], z=Z_CURVE + 0.2,
             face=[st.emotion_colour(pt.emotion) for pt in points], edge="#ffffff", width=1,
             gid="emotion-points", grouped=True)


def backstage_height(entries: list[tuple[float, list[str]]]) -> float:
    lines = max((len(items) for _, items in entries), default=0)
    return max(BACKSTAGE_LANE_HEIGHT, 34 + lines * _BACKSTAGE_LINE)


def draw_backstage(p: Painter, top: float, width: float, title: str,
                   entries: list[tuple[float, list[str]]]) -> None:
    """The service blueprint's lane: processes and systems behind each stage."""
    height = backstage_height(entries)
    p.shapes(rect(width, height), [0.0], [top], z=Z_CURVE, face=st.BACKSTAGE_FILL,
             gid="backstage")
    p.ax.add_collection(LineCollection([((0, top), (width, top))], colors=st.BACKSTAGE_LINE,
                                       linewidths=lw(1), linestyles="--", zorder=Z_CURVE),
                        autolim=False)
    text = p.text(Z_CURVE_TEXT)
    text.add(8, top + 14, title, st.LANE_TITLE_SIZE, st.RECOVERY, bold=True)
    for x, items in entries:
        for row, item in enumerate(items):
            label = p.fonts.elide(f"• {item}", LANE_WIDTH - 20, st.SMALL_SIZE)
            text.add(x, top + 28 + (row + 0.5) * _BACKSTAGE_LINE, label, st.SMALL_SIZE,
                     st.CARD_MUTED)
