"""What goes where inside a card: title lines (two, then an ellipsis), badges beside
them (never over them), the channel line, and the bottom row (emotion face, tier dots,
pain-point count), in card coordinates (0, 0 = the card's top-left).

Text is measured by the caller's font (`Measure`: width of a string at a size, bold or
not, in scene units): matplotlib glyph metrics for pictures, QFontMetricsF on the
canvas. The layout is the same for both.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from journey_designer.layout.geometry import Box
from journey_designer.layout.lanes import CARD_HEIGHT, CARD_WIDTH

TITLE_X = 16.0
TITLE_TOP = 6.0
TEXT_RIGHT = CARD_WIDTH - 10.0  # text keeps clear of the border
BADGE_W, BADGE_H = 30.0, 16.0
BADGE_X = CARD_WIDTH - 36.0
BADGE_GAP = 6.0  # between a title line and a badge beside it
CHANNEL_Y = 56.0  # middle of the channel line
BOTTOM_Y = 77.0  # middle of the bottom row
FACE_X, FACE_R = 23.0, 6.5
DOT_X, DOT_R, DOT_STEP = 85.0, 5.0, 14.0
ELLIPSIS = "…"
_WIDE = "\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf" \
        "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6"
_TOKENS = re.compile(f"[{_WIDE}][\\s]*|[^\\s{_WIDE}]+\\s*|\\s+")


class Measure(Protocol):
    def width(self, text: str, size: float, bold: bool = False) -> float: ...


@dataclass(frozen=True)
class CardLayout:
    """One card's parts, in card coordinates."""

    title: list[str]  # the lines shown
    title_boxes: list[Box]  # each line's ink box (measured width)
    elided: bool  # the title was cut: show `tooltip` on hover
    tooltip: str
    badges: list[tuple[str, Box]] = field(default_factory=list)  # ("mot"|"rec", box)
    channels: str = ""
    channel_box: Box | None = None
    dots: list[float] = field(default_factory=list)  # x of each tier dot's centre
    pain: str = ""
    pain_box: Box | None = None


def badge_boxes(moment_of_truth: bool, recovery: bool) -> list[tuple[str, Box]]:
    """MoT at the top right, REC below it (at the top when there is no MoT)."""
    out = []
    top = TITLE_TOP
    if moment_of_truth:
        out.append(("mot", Box(BADGE_X, top, BADGE_W, BADGE_H)))
        top += BADGE_H + 4
    if recovery:
        out.append(("rec", Box(BADGE_X, top, BADGE_W, BADGE_H)))
    return out


def card_layout(name: str, channels: Sequence[str], moment_of_truth: bool, recovery: bool,
                pain_count: int, tiers: int, measure: Measure, *, title_size: float,
                small_size: float, badge_size: float, line_height: float) -> CardLayout:
    badges = badge_boxes(moment_of_truth, recovery)
    rooms = []
    for row in range(2):
        top, bottom = TITLE_TOP + row * line_height, TITLE_TOP + (row + 1) * line_height
        beside = [b.x for _, b in badges if b.y < bottom and top < b.bottom]
        rooms.append(min(beside, default=TEXT_RIGHT + BADGE_GAP) - BADGE_GAP - TITLE_X)
    lines = wrap(name, rooms, title_size, measure, bold=True)
    plain = " ".join(name.split())
    elided = " ".join(lines).replace(ELLIPSIS, "") != plain.replace(ELLIPSIS, "") or \
        any(line.endswith(ELLIPSIS) for line in lines)
    boxes = [Box(TITLE_X, TITLE_TOP + row * line_height, measure.width(line, title_size, True),
                 line_height) for row, line in enumerate(lines)]
    chips = elide(" · ".join(channels), TEXT_RIGHT - TITLE_X, small_size, measure) if channels \
        else ""
    channel_box = Box(TITLE_X, CHANNEL_Y - small_size * 0.6, measure.width(chips, small_size),
                      small_size * 1.2) if chips else None
    pain = f"▲ {pain_count}" if pain_count else ""
    pain_width = measure.width(pain, badge_size, True) if pain else 0.0
    pain_box = Box(TEXT_RIGHT + 4 - pain_width, BOTTOM_Y - badge_size * 0.6, pain_width,
                   badge_size * 1.2) if pain else None
    right = (pain_box.x if pain_box else TEXT_RIGHT + 4) - DOT_R - 4
    step = min(DOT_STEP, (right - DOT_X) / max(tiers - 1, 1)) if tiers > 1 else DOT_STEP
    dots = [DOT_X + k * step for k in range(tiers)]
    return CardLayout(lines, boxes, elided, name, badges, chips, channel_box, dots, pain, pain_box)


def elide(text: str, width: float, size: float, measure: Measure, bold: bool = False) -> str:
    """`text`, or as much of it as fits in `width` followed by an ellipsis."""
    if measure.width(text, size, bold) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # the longest prefix that fits with the ellipsis
        mid = (lo + hi + 1) // 2
        if measure.width(text[:mid].rstrip() + ELLIPSIS, size, bold) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + ELLIPSIS


def _fitting(text: str, width: float, size: float, measure: Measure, bold: bool) -> int:
    lo, hi = 1, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if measure.width(text[:mid], size, bold) <= width:
            lo = mid
        else:
            hi = mid - 1
    return lo


def wrap(text: str, widths: float | Sequence[float], size: float, measure: Measure,
         bold: bool = False, max_lines: int = 2) -> list[str]:
    """Greedy word wrap by measured width (Chinese breaks between characters, a word
    longer than a line breaks inside it); what does not fit in `max_lines` is elided.
    `widths` may give each line its own width (the last one for the lines after)."""
    rooms = [widths] if isinstance(widths, int | float) else list(widths)

    def room(row: int) -> float:
        return rooms[min(row, len(rooms) - 1)]

    tokens = deque(_TOKENS.findall(" ".join(text.split())))
    lines: list[str] = []
    line = ""
    while tokens and len(lines) < max_lines:
        token = tokens.popleft()
        if measure.width((line + token).rstrip(), size, bold) <= room(len(lines)):
            line += token
        elif line:
            lines.append(line)
            line = ""
            tokens.appendleft(token)
        else:
            cut = _fitting(token, room(len(lines)), size, measure, bold)
            lines.append(token[:cut])
            tokens.appendleft(token[cut:])
    rest = line + "".join(tokens)
    if rest.strip():
        if len(lines) < max_lines:
            lines.append(rest)
        else:
            lines[-1] = elide(lines[-1] + rest, room(max_lines - 1), size, measure, bold)
    return [line.strip() for line in lines]


CARD_BOX = Box(0.0, 0.0, CARD_WIDTH, CARD_HEIGHT)
