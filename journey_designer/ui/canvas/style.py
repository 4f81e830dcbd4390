"""Colours and fonts of the map, shared by the canvas items and pictures of the map."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont

LANE_FILLS = (QColor("#f7f8fb"), QColor("#eef1f7"))
LANE_BORDER = QColor("#d5dae5")
HEADER_FILL = QColor("#2f3e5c")
HEADER_TEXT = QColor("#ffffff")
CARD_FILL = QColor("#ffffff")
CARD_BORDER = QColor("#9aa5b8")
CARD_SELECTED = QColor("#2b7de9")
CARD_TEXT = QColor("#1d2433")
CARD_MUTED = QColor("#5b6477")
MOT_BADGE = QColor("#e8a317")
RECOVERY = QColor("#7b4fd6")
PAIN = QColor("#d64545")
ARROW = QColor("#7d879a")
ARROW_SELECTED = CARD_SELECTED
ENTRY = QColor("#2e9e5b")
EXIT = QColor("#8a5a44")
GRID = QColor("#e3e7ef")
CURVE_LINE = QColor("#2b7de9")
CURVE_BAND = QColor("#ffffff")

_EMOTION = {
    -3: "#c62828", -2: "#e65100", -1: "#f2a33a", 0: "#9e9e9e",
    1: "#8bc34a", 2: "#43a047", 3: "#1b7f3b",
}
EMOTION_FACES = {-3: "😡", -2: "😟", -1: "🙁", 0: "😐", 1: "🙂", 2: "😊", 3: "😍"}


_EMOTION_COLOURS = {level: QColor(hex_code) for level, hex_code in _EMOTION.items()}


def emotion_color(emotion: int) -> QColor:
    """The colour of an emotion level (shared instances: painting asks thousands of times)."""
    return _EMOTION_COLOURS[max(-3, min(3, int(emotion)))]


def ui_font(point_size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font
