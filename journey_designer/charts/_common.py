"""What every chart shares: the text hook, the canvas, short labels, notes and saving."""

from __future__ import annotations

import contextlib
import math
import textwrap
import unicodedata
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from pathlib import Path

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from journey_designer.charts.fonts import (
    clean_figure,
    clean_text,
    quiet_glyph_warnings,
    setup_fonts,
    warn_missing,
)
from journey_designer.layout.palette import TIER_COLOURS  # noqa: F401 - the map's tier colours

WIDTH_INCHES = 10.0  # 1000 x 600 px on screen at SCREEN_DPI
HEIGHT_INCHES = 6.0
SCREEN_DPI = 100
PNG_DPI = 150
TITLE_SIZE = 12
LABEL_SIZE = 9
NOTE_SIZE = 8
OVER_COLOUR = "#d62728"
OK_COLOUR = "#4c78a8"
LIMIT_COLOUR = "#222222"

_translator: Callable[[str], str] | None = None
# A translator for this thread only (a workbook drawn in its project's language): see translated.
_local_translator: ContextVar[Callable[[str], str] | None] = ContextVar("chart_translator", default=None)


def _t(text: str) -> str:
    """Chart text through the translation hook (identity until set_translator is called)."""
    local = _local_translator.get()
    if local is not None:
        return local(text)
    return text if _translator is None else _translator(text)


@contextlib.contextmanager
def translated(translate: Callable[[str], str]) -> Iterator[None]:
    """Chart text through `translate` inside the with block, in this thread only: the
    process-wide hook (the interface language) is left as it is, for other threads too."""
    token = _local_translator.set(translate)
    try:
        yield
    finally:
        _local_translator.reset(token)


def set_translator(translate: Callable[[str], str] | None) -> None:
    """Route chart titles and labels through `translate` (None: back to English)."""
    global _translator
    _translator = translate


class ChartFigure(Figure):
    """A chart: its text is cleaned of characters no installed font draws before each
    draw (on screen, PNG, SVG or PDF), so no name can stop it or flood the warnings."""

    def draw(self, renderer) -> None:  # type: ignore[no-untyped-def]
        clean_figure(self)
        warn_missing()
        with quiet_glyph_warnings():
            self._fit_legend(renderer)
            super().draw(renderer)

    _legend_spec: dict | None = None  # the arguments of fitted_legend
    _legend_ncols = 0  # the columns of the legend it made

    def fitted_legend(self, ncols: int, **kwargs) -> None:  # type: ignore[no-untyped-def]
        """A figure legend in up to `ncols` columns: as many as the figure's width holds
        when drawn (in a narrow window it takes more rows rather than being cut)."""
        self._legend_spec = dict(kwargs, ncols=ncols)
        self._fitted = self.legend(**self._legend_spec)
        self._legend_ncols = ncols

    def _fit_legend(self, renderer) -> None:  # type: ignore[no-untyped-def]
        if self._legend_spec is None:
            return
        ncols = self._legend_spec["ncols"]  # tried again at each draw: the figure may be wider
        while True:
            if self._legend_ncols != ncols:
                self._fitted.remove()
                self._fitted = self.legend(**dict(self._legend_spec, ncols=ncols))
                self._legend_ncols = ncols
            if ncols <= 1 or self._fitted.get_window_extent(renderer).width <= self.bbox.width * 0.98:
                return
            ncols -= 1


def new_figure(width: float = WIDTH_INCHES, height: float = HEIGHT_INCHES) -> ChartFigure:
    """A fresh figure (no pyplot, no global figure list), laid out to fit its labels."""
    setup_fonts()
    return ChartFigure(figsize=(width, height), dpi=SCREEN_DPI, layout="constrained")


def message_figure(title: str, message: str) -> Figure:
    """A figure with one blank axes saying why there is nothing to draw."""
    fig = new_figure()
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.set_title(title, fontsize=TITLE_SIZE)
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=TITLE_SIZE,
            color="#555555", transform=ax.transAxes, wrap=True)
    return fig


def add_note(fig: Figure, lines: list[str]) -> None:
    """Small explanatory text under the chart (kept inside the layout)."""
    if lines:
        fig.supxlabel("\n".join(lines), fontsize=NOTE_SIZE, color="#444444", x=0.01, ha="left")


def text_width(text: str) -> int:
    """Width in columns: CJK characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def shorten(text: str, width: int = 22) -> str:
    """`text` cut to `width` columns with an ellipsis."""
    text = " ".join(clean_text(str(text)).split())
    if text_width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        used += text_width(ch)
        if used > width - 1:
            break
        out.append(ch)
    return "".join(out).rstrip() + "…"


def wrap(text: str, width: int = 14, lines: int = 2) -> str:
    """`text` on at most `lines` lines of about `width` columns (CJK text has no spaces)."""
    text = " ".join(clean_text(str(text)).split())
    if text_width(text) <= width:
        return text
    if " " in text:
        parts = textwrap.wrap(text, width)
    else:
        parts, line = [], ""
        for ch in text:
            if text_width(line + ch) > width:
                parts.append(line)
                line = ""
            line += ch
        parts.append(line)
    if len(parts) > lines:
        parts = parts[: lines - 1] + [shorten(" ".join(parts[lines - 1:]), width)]
    return "\n".join(parts)


def finite(value: float | None, default: float = 0.0) -> float:
    """`value` as a finite float (None, NaN and infinities become `default`)."""
    if value is None or not isinstance(value, int | float) or not math.isfinite(value):
        return default
    return float(value)


def value_label_room(ax: Axes, largest: float, horizontal: bool = True) -> None:
    """Leave space past the longest bar for its label."""
    top = largest * 1.35 if largest > 0 else 1.0
    if horizontal:
        ax.set_xlim(0, top)
    else:
        ax.set_ylim(0, top)


def save_figure(fig: Figure, path: str | Path) -> Path:
    """Write `fig` as PNG (150 dpi) or SVG, chosen by the file extension."""
    path = Path(path)
    kind = path.suffix.lower().lstrip(".")
    if kind == "png":
        fig.savefig(path, format="png", dpi=PNG_DPI)
    elif kind == "svg":
        fig.savefig(path, format="svg", metadata={"Date": None})
    else:
        raise ValueError(f"{path}: cannot save a chart as {path.suffix or 'a file without extension'}"
                         " — use .png or .svg")
    return path
