"""Fonts for the charts: DejaVu Sans first, a CJK font behind it for Chinese names.

matplotlib only falls back from one font to the next for families listed in
``rcParams["font.family"]`` (listing the CJK font in ``font.sans-serif`` alone does not
fall back), and it caches its font list: a font installed after the cache was written is
added here from its usual file so it works without deleting ``~/.cache/matplotlib``.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib
from matplotlib import font_manager

BASE_FAMILY = "DejaVu Sans"  # bundled with matplotlib: always there
CJK_FAMILIES: tuple[str, ...] = (
    "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
    "Source Han Sans CN", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "SimHei",
    "Heiti SC", "Arial Unicode MS",
)
CJK_FILES: tuple[str, ...] = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
)

_families: list[str] | None = None


def _known_families() -> set[str]:
    return {f.name for f in font_manager.fontManager.ttflist}


def _find_cjk_family() -> str | None:
    """The first CJK-capable family matplotlib knows, adding a known font file if needed."""
    known = _known_families()
    for family in CJK_FAMILIES:
        if family in known:
            return family
    for path in CJK_FILES:  # installed after matplotlib cached its font list
        if Path(path).is_file():
            try:
                font_manager.fontManager.addfont(path)
            except (OSError, RuntimeError):
                continue
            known = _known_families()
            found = next((f for f in CJK_FAMILIES if f in known), None)
            if found:
                return found
    return None


def chart_font_families() -> list[str]:
    """The families the charts use, base font first (looked up once)."""
    global _families
    if _families is None:
        cjk = _find_cjk_family()
        _families = [BASE_FAMILY] + ([cjk] if cjk else [])
    return list(_families)


def setup_fonts() -> list[str]:
    """Set ``font.family`` to DejaVu Sans with a CJK fallback; cheap to call again.

    Returns the families set. Every chart builder calls it, so a reset of rcParams
    elsewhere is repaired at the next chart.
    """
    families = chart_font_families()
    if list(matplotlib.rcParams["font.family"]) != families:
        matplotlib.rcParams["font.family"] = families
    return families


def has_cjk_font() -> bool:
    """Whether a CJK-capable font was found (Chinese names render without tofu)."""
    return len(chart_font_families()) > 1
