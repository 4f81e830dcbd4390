"""The one palette of the map: colours of the canvas, the pictures and the charts.

Plain "#rrggbb" strings (no Qt): the canvas wraps them in QColor, matplotlib takes
them as they are. Tier colours are the map's (gold, silver, bronze, then distinct
colours) everywhere, so tier 1 is gold on the map, in a picture and in a chart.
"""

from __future__ import annotations

import colorsys
from functools import lru_cache

LANE_FILLS = ("#f7f8fb", "#eef1f7")
LANE_BORDER = "#d5dae5"
HEADER_FILL = "#2f3e5c"
HEADER_TEXT = "#ffffff"
CARD_FILL = "#ffffff"
CARD_BORDER = "#9aa5b8"
CARD_SELECTED = "#2b7de9"
CARD_TEXT = "#1d2433"
CARD_MUTED = "#5b6477"
MOT_BADGE = "#e8a317"
RECOVERY = "#7b4fd6"
PAIN = "#d64545"
ARROW = "#7d879a"
ARROW_SELECTED = CARD_SELECTED
ENTRY = "#2e9e5b"
EXIT = "#8a5a44"
GRID = "#e3e7ef"
CURVE_LINE = "#2b7de9"
CURVE_BAND = "#ffffff"
CURVE_FILL = "#fbfcfe"
CONTACT_BARS = (43 / 255, 125 / 255, 233 / 255, 60 / 255)  # CURVE_LINE, mostly transparent
BACKSTAGE_FILL = "#f4f1fa"
BACKSTAGE_LINE = "#b9a9dc"
PAGE = "#ffffff"

EMOTION_COLOURS = {
    -3: "#c62828", -2: "#e65100", -1: "#f2a33a", 0: "#9e9e9e",
    1: "#8bc34a", 2: "#43a047", 3: "#1b7f3b",
}
EMOTION_FACES = {-3: "😡", -2: "😟", -1: "🙁", 0: "😐", 1: "🙂", 2: "😊", 3: "😍"}
TIER_COLOURS = ("#d4a017", "#8d99ae", "#b87333", "#2b7de9", "#7b4fd6", "#2e9e5b", "#d64545")

# Through one tier's lens: (fill, border) of a card by its coverage.
LENS = {
    "covered": ("#eaf7ee", "#3d9a5b"),
    "uncovered": ("#fff4e5", "#e39a2d"),
    "uncovered_mot": ("#fde8e8", "#d23c3c"),
}


def emotion_colour(emotion: int) -> str:
    return EMOTION_COLOURS[max(-3, min(3, int(emotion)))]


def tier_colour(index: int) -> str:
    """Gold, silver and bronze for the first three tiers, then distinct colours."""
    return TIER_COLOURS[index % len(TIER_COLOURS)]


@lru_cache(maxsize=64)
def darker(colour: str, factor: int) -> str:
    """QColor.darker(factor): the HSV value divided by factor / 100."""
    r, g, b = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    h, s, v = colorsys.rgb_to_hsv(r, g, b)
    r, g, b = colorsys.hsv_to_rgb(h, s, v * 100 / factor)
    return "#{:02x}{:02x}{:02x}".format(*(round(c * 255) for c in (r, g, b)))
