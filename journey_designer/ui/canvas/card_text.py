"""Card interiors laid out by the layout engine (layout/cards.py) with the canvas's own
fonts: QFontMetricsF measures the text, the engine decides the title lines (two, then an
ellipsis), where the badges, the channel line, the tier dots and the pain count go.
The picture renderer calls the same engine with matplotlib's glyph metrics."""

from __future__ import annotations

from PySide6.QtGui import QFontMetricsF

from journey_designer.layout.cards import CardLayout, card_layout
from journey_designer.ui.canvas import style

TITLE_SIZE = 9.5
SMALL_SIZE = 8.0
BADGE_SIZE = 7.5


class QtMeasure:
    """The engine's `Measure`: widths of strings in the canvas fonts (scene units)."""

    def __init__(self) -> None:
        self._metrics: dict[tuple[float, bool], QFontMetricsF] = {}

    def metrics(self, size: float, bold: bool = False) -> QFontMetricsF:
        found = self._metrics.get((size, bold))
        if found is None:
            found = self._metrics[(size, bold)] = QFontMetricsF(style.ui_font(size, bold))
        return found

    def width(self, text: str, size: float, bold: bool = False) -> float:
        return self.metrics(size, bold).horizontalAdvance(text)


_MEASURE: QtMeasure | None = None


def measure() -> QtMeasure:
    """One measure for the whole canvas (made once a QGuiApplication exists)."""
    global _MEASURE
    if _MEASURE is None:
        _MEASURE = QtMeasure()
    return _MEASURE


def line_height() -> float:
    return measure().metrics(TITLE_SIZE, True).height()


def lay_out_card(name: str, channels: list[str], moment_of_truth: bool, recovery: bool,
                 pain_count: int, tiers: int) -> CardLayout:
    return card_layout(name, channels, moment_of_truth, recovery, pain_count, tiers, measure(),
                       title_size=TITLE_SIZE, small_size=SMALL_SIZE, badge_size=BADGE_SIZE,
                       line_height=line_height())
