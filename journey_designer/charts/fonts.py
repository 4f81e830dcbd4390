"""Fonts for the charts: DejaVu Sans first, a CJK font behind it for Chinese names.

matplotlib only falls back from one font to the next for families listed in
``rcParams["font.family"]`` (listing the CJK font in ``font.sans-serif`` alone does not
fall back), and it caches its font list: a font installed after the cache was written is
added here from its usual file so it works without deleting ``~/.cache/matplotlib``.

Chart text goes through `clean_text` (io.picture.glyphs, as for the map pictures):
invisible characters dropped, an installed font for a script the list lacks added to it,
"�" for what no font draws. One ChartGlyphsWarning per process names what was missing.
"""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import Iterator
from contextvars import ContextVar
from pathlib import Path

import matplotlib
from matplotlib import font_manager
from matplotlib.figure import Figure
from matplotlib.text import Text

from journey_designer.io.picture.glyphs import Coverage, missing_message, missing_scripts

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
_coverage: Coverage | None = None
_missing: set[str] = set()  # characters no installed font draws, seen so far
_warned: set[str] = set()  # scripts a ChartGlyphsWarning named already
# while set (collect_missing), missing characters go here, in this thread, not to a warning
_collector: ContextVar[set[str] | None] = ContextVar("missing_glyphs", default=None)


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


class ChartGlyphsWarning(UserWarning):
    """Some characters of the names have no installed font: they stand in as "�"."""


def _font_coverage() -> Coverage:
    global _coverage
    if _coverage is None:
        files = []
        for family in chart_font_families():
            props = font_manager.FontProperties(family=family)
            with contextlib.suppress(ValueError):
                files.append(font_manager.fontManager.findfont(props, fallback_to_default=False))
        _coverage = Coverage(files)
    return _coverage


def clean_text(text: str) -> str:
    """`text` as the chart fonts can draw it (see io.picture.glyphs); a font found for a
    missing script joins ``font.family``."""
    global _families
    coverage = _font_coverage()
    cleaned, missing = coverage.clean(text)
    families = chart_font_families()
    added = [family for family, _ in coverage.extras if family not in families]
    if added:
        _families = families + added
        setup_fonts()
    if missing:
        collector = _collector.get()
        (_missing if collector is None else collector).update(missing)
    return cleaned


@contextlib.contextmanager
def collect_missing() -> Iterator[set[str]]:
    """Inside the with block (this thread only) the characters no font draws are
    gathered in the set yielded, for the caller to report (the workbook's Overview
    notes), instead of a ChartGlyphsWarning."""
    found: set[str] = set()
    token = _collector.set(found)
    try:
        yield found
    finally:
        _collector.reset(token)


def clean_figure(fig: Figure) -> None:
    """Clean every text of `fig` (titles, labels, legends) before it is drawn. Charts
    hold no mathematics: "$$$" or "$x^$" in a name is text (matplotlib would parse it
    and fail)."""
    for artist in fig.findobj(Text):
        artist.set_parse_math(False)
        text = artist.get_text()
        if text:
            cleaned = clean_text(text)
            if cleaned != text:
                artist.set_text(cleaned)


def warn_missing() -> None:
    """One ChartGlyphsWarning for scripts not named before in this process."""
    scripts = {script for script, _ in missing_scripts(_missing)}
    if scripts - _warned:
        _warned.update(scripts)
        warnings.warn(missing_message(_missing), ChartGlyphsWarning, stacklevel=2)


@contextlib.contextmanager
def quiet_glyph_warnings() -> Iterator[None]:
    """matplotlib warns once per character it has no glyph for; the text was cleaned
    and warn_missing said it once."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", r"Glyph \d+ .*missing from font", UserWarning)
        yield
