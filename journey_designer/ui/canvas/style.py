"""Colours and fonts of the map on the canvas: QColor wrappers of the one palette
(journey_designer.layout.palette), so the map, the pictures and the charts agree."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont

from journey_designer.layout import palette

LANE_FILLS = tuple(QColor(c) for c in palette.LANE_FILLS)
LANE_BORDER = QColor(palette.LANE_BORDER)
HEADER_FILL = QColor(palette.HEADER_FILL)
HEADER_TEXT = QColor(palette.HEADER_TEXT)
CARD_FILL = QColor(palette.CARD_FILL)
CARD_BORDER = QColor(palette.CARD_BORDER)
CARD_SELECTED = QColor(palette.CARD_SELECTED)
CARD_TEXT = QColor(palette.CARD_TEXT)
CARD_MUTED = QColor(palette.CARD_MUTED)
MOT_BADGE = QColor(palette.MOT_BADGE)
RECOVERY = QColor(palette.RECOVERY)
PAIN = QColor(palette.PAIN)
ARROW = QColor(palette.ARROW)
ARROW_SELECTED = CARD_SELECTED
ENTRY = QColor(palette.ENTRY)
EXIT = QColor(palette.EXIT)
GRID = QColor(palette.GRID)
CURVE_LINE = QColor(palette.CURVE_LINE)
CURVE_BAND = QColor(palette.CURVE_BAND)
CURVE_FILL = QColor(palette.CURVE_FILL)
CONTACT_BARS = QColor.fromRgbF(*palette.CONTACT_BARS)
BACKSTAGE_FILL = QColor(palette.BACKSTAGE_FILL)
BACKSTAGE_LINE = QColor(palette.BACKSTAGE_LINE)
EMOTION_FACES = palette.EMOTION_FACES

_EMOTION_COLOURS = {level: QColor(code) for level, code in palette.EMOTION_COLOURS.items()}
_LENS = {lens: (QColor(fill), QColor(border)) for lens, (fill, border) in palette.LENS.items()}
_TIERS = [QColor(code) for code in palette.TIER_COLOURS]


def emotion_color(emotion: int) -> QColor:
    """The colour of an emotion level (shared instances: painting asks thousands of times)."""
    return _EMOTION_COLOURS[max(-3, min(3, int(emotion)))]


def lens_colours(lens: str) -> tuple[QColor, QColor]:
    """(fill, border) of a card seen through a tier lens ("" = no lens: the plain card)."""
    return _LENS.get(lens, (CARD_FILL, CARD_BORDER))


def tier_color(index: int) -> QColor:
    """Gold, silver and bronze for the first three tiers, then distinct colours."""
    return QColor(_TIERS[index % len(_TIERS)])


def ui_font(point_size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font
