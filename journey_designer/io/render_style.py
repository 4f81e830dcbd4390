"""Colours, text sizes and fonts of a picture of the map.

The colours are copies of journey_designer/ui/canvas/style.py (io may not import the
UI); keep the two in step. Sizes are in scene units (1 unit = 1 px at scale 1): the
app's point sizes at Qt's 96 dpi, so the picture's text is as big as on the canvas.
"""

from __future__ import annotations

import colorsys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from matplotlib import font_manager

LANE_FILLS = ("#f7f8fb", "#eef1f7")
LANE_BORDER = "#d5dae5"
HEADER_FILL = "#2f3e5c"
HEADER_TEXT = "#ffffff"
CARD_FILL = "#ffffff"
CARD_BORDER = "#9aa5b8"
CARD_TEXT = "#1d2433"
CARD_MUTED = "#5b6477"
MOT_BADGE = "#e8a317"
RECOVERY = "#7b4fd6"
PAIN = "#d64545"
ARROW = "#7d879a"
ENTRY = "#2e9e5b"
EXIT = "#8a5a44"
GRID = "#e3e7ef"
CURVE_LINE = "#2b7de9"
CURVE_FILL = "#fbfcfe"
CONTACT_BARS = (43 / 255, 125 / 255, 233 / 255, 60 / 255)
BACKSTAGE_FILL = "#f4f1fa"
BACKSTAGE_LINE = "#b9a9dc"
PAGE = "#ffffff"

EMOTION_COLOURS = {
    -3: "#c62828", -2: "#e65100", -1: "#f2a33a", 0: "#9e9e9e",
    1: "#8bc34a", 2: "#43a047", 3: "#1b7f3b",
}
TIER_COLOURS = ("#d4a017", "#8d99ae", "#b87333", "#2b7de9", "#7b4fd6", "#2e9e5b", "#d64545")

# Through one tier's lens: (fill, border) of a card by its coverage.
LENS = {
    "covered": ("#eaf7ee", "#3d9a5b"),
    "uncovered": ("#fff4e5", "#e39a2d"),
    "uncovered_mot": ("#fde8e8", "#d23c3c"),
}


def emotion_colour(emotion: int) -> str:
    return EMOTION_COLOURS.get(max(-3, min(3, int(emotion))), "#9e9e9e")


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


def pt(points: float) -> float:
    """A Qt point size (at 96 dpi) in scene units."""
    return points * 96 / 72


HEADER_SIZE = pt(11)
NAME_SIZE = pt(9.5)
SMALL_SIZE = pt(8)
BADGE_SIZE = pt(7.5)
LANE_TITLE_SIZE = pt(9)
TITLE_SIZE = pt(15)
SUBTITLE_SIZE = pt(10)
LEGEND_SIZE = pt(8.5)

# ------------------------------------------------------------------ fonts

BASE_FAMILY = "DejaVu Sans"  # bundled with matplotlib: always there
CJK_FAMILIES = (
    "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
    "Source Han Sans CN", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "SimHei",
    "Heiti SC", "Arial Unicode MS",
)
CJK_FILES = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
)


@dataclass(frozen=True)
class FontSet:
    """The families text is drawn with (base first, then a CJK fallback) and their files."""

    families: tuple[str, ...]
    regular: tuple[str, ...]  # font files (or FontPath, for a face of a .ttc), fallback order
    bold: tuple[str, ...]


def _find_file(family: str, weight: str) -> str | None:
    props = font_manager.FontProperties(family=family, weight=weight)
    try:
        path = font_manager.fontManager.findfont(props, fallback_to_default=False)
    except ValueError:
        return None
    return path


def _cjk_family() -> str | None:
    """The first CJK-capable family matplotlib knows, adding a known font file if the
    font was installed after matplotlib cached its font list."""
    known = {f.name for f in font_manager.fontManager.ttflist}
    for family in CJK_FAMILIES:
        if family in known:
            return family
    for path in CJK_FILES:
        if Path(path).is_file():
            try:
                font_manager.fontManager.addfont(path)
            except (OSError, RuntimeError):
                continue
            known = {f.name for f in font_manager.fontManager.ttflist}
            found = next((f for f in CJK_FAMILIES if f in known), None)
            if found:
                return found
    return None


@lru_cache(maxsize=1)
def font_set() -> FontSet:
    """DejaVu Sans with a CJK fallback when one is installed (looked up once)."""
    families = [BASE_FAMILY]
    regular = [_find_file(BASE_FAMILY, "normal")]
    bold = [_find_file(BASE_FAMILY, "bold") or regular[0]]
    cjk = _cjk_family()
    if cjk:
        cjk_file = _find_file(cjk, "normal")
        if cjk_file:
            families.append(cjk)
            regular.append(cjk_file)
            bold.append(cjk_file)  # CJK fonts here have one weight: asking warns
    return FontSet(tuple(families), tuple(p for p in regular if p), tuple(p for p in bold if p))
