"""Colours, text sizes and fonts of a picture of the map.

The colours come from journey_designer.layout.palette, the one palette of the map, the
pictures and the charts. Sizes are in scene units (1 unit = 1 px at scale 1): the
app's point sizes at Qt's 96 dpi, so the picture's text is as big as on the canvas.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from matplotlib import font_manager

from journey_designer.layout.palette import (  # noqa: F401 - the picture's colours
    ARROW,
    BACKSTAGE_FILL,
    BACKSTAGE_LINE,
    CARD_BORDER,
    CARD_FILL,
    CARD_MUTED,
    CARD_TEXT,
    CONTACT_BARS,
    CURVE_FILL,
    CURVE_LINE,
    EMOTION_COLOURS,
    ENTRY,
    EXIT,
    GRID,
    HEADER_FILL,
    HEADER_TEXT,
    LANE_BORDER,
    LANE_FILLS,
    LENS,
    MOT_BADGE,
    PAGE,
    PAIN,
    RECOVERY,
    TIER_COLOURS,
    darker,
    emotion_colour,
    tier_colour,
)


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
