"""A touchpoint card: name, channels, emotion, moment-of-truth badge, recovery and
pain-point marks. Drawn from a small CardData the scene computes from the domain; where
each part goes inside the card is the layout engine's (card_text.py, layout/cards.py).

Like the arrows, a card is a QGraphicsRectItem whose pen-less rect is its bounds, so Qt
answers boundingRect() in C++ (every frame asks each of thousands of cards for it)."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from journey_designer.layout.cards import (
    CardLayout,
)
from journey_designer.layout.lanes import CARD_HEIGHT, CARD_WIDTH
from journey_designer.ui.canvas import style, zorder
from journey_designer.ui.canvas.card_text import (
    lay_out_card,
)
from journey_designer.ui.canvas.items.card_look import (
    BODY_MARGIN,
    Inside,
    body_sprite,
    inside,
    paint_body,
)
from journey_designer.ui.canvas.sprites import device_scale, vector_device

HANDLE_RADIUS = 7.0
_TEXT_LOD = 0.45  # below this zoom, card text is unreadable anyway: skip it
_FAR_LOD = 0.18  # down to this zoom, a card shows only its title, drawn larger
_FAR_TITLE_PX = 9.0  # the far title's height on screen, in pixels


@dataclass
class CardData:
    """What a card shows; rebuilt by the scene whenever its touchpoint changes."""

    name: str
    channels: list[str] = field(default_factory=list)
    emotion: int = 0
    pain_count: int = 0
    moment_of_truth: bool = False
    recovery: bool = False
    entry: bool = False
    exit: bool = False
    tier_counts: list[tuple[QColor, int]] = field(default_factory=list)
    lens: str = ""  # "", "covered", "uncovered", "uncovered_mot"
    flagged: bool = False  # marked by the gap overlay
    warning: str = ""  # shares leaving the card do not add up (a badge; the tooltip says why)


_BOUNDS = QRectF(-HANDLE_RADIUS, -HANDLE_RADIUS,
                 CARD_WIDTH + 2 * HANDLE_RADIUS + 2, CARD_HEIGHT + 2 * HANDLE_RADIUS)


class TouchpointCard(QGraphicsRectItem):
    """A selectable, movable card. Moves are committed by the scene on mouse release."""

    dragged = False  # set by drag_cache while the card is dragged

    def __init__(self, tp_id: str, data: CardData) -> None:
        super().__init__(_BOUNDS)
        self.setPen(Qt.PenStyle.NoPen)  # the rect only carries the bounds
        self.tp_id = tp_id
        self.data = data
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setAcceptHoverEvents(True)
        self.setZValue(zorder.CARD)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setToolTip(_tooltip(data))
        self._hover = False
        self._content: CardLayout | None = None
        self._inside: Inside | None = None  # the content's texts and parts, ready to paint
        self.highlighted = False
        self.arrows: set = set()  # TransitionArrow items attached to this card

    def set_data(self, data: CardData) -> None:
        self.data = data
        self._content = None
        self._inside = None
        self.setToolTip(_tooltip(data))
        self.update()

    def card_rect(self) -> QRectF:
        return QRectF(0, 0, CARD_WIDTH, CARD_HEIGHT)

    def center(self) -> QPointF:
        return self.pos() + QPointF(CARD_WIDTH / 2, CARD_HEIGHT / 2)

    def handle_center(self) -> QPointF:
        return QPointF(CARD_WIDTH, CARD_HEIGHT / 2)

    def is_on_handle(self, scene_pos: QPointF) -> bool:
        local = self.mapFromScene(scene_pos) - self.handle_center()
        return local.x() ** 2 + local.y() ** 2 <= (HANDLE_RADIUS + 3) ** 2

    def hoverEnterEvent(self, event) -> None:  # noqa: N802
        self._hover = True
        self.update()
        self._tell_scene(True)

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802
        self._hover = False
        self.update()
        self._tell_scene(False)

    def _tell_scene(self, on: bool) -> None:
        hovered = getattr(self.scene(), "card_hovered", None)
        if hovered is not None:
            hovered(self.tp_id, on)

    def content(self) -> CardLayout:
        """The card's inside as the layout engine places it (made when first needed)."""
        if self._content is None:
            d = self.data
            self._content = lay_out_card(d.name, d.channels, d.moment_of_truth, d.recovery,
                                         d.pain_count, len(d.tier_counts))
        return self._content

    def set_highlighted(self, on: bool) -> None:
        """Shown together with its point on the emotion curve (hover on either)."""
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        data = self.data
        selected = self.isSelected()
        fill, border = style.lens_colours(data.lens)
        if selected:
            border = style.CARD_SELECTED
        if self.highlighted:
            painter.setPen(QPen(style.CURVE_LINE, 5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.card_rect().adjusted(-3, -3, 3, 3), 10, 10)
        vector = vector_device(painter)
        scale = device_scale(painter, lod)
        if vector:
            paint_body(painter, fill, border, 3 if selected else 1.2, data.emotion)
        else:
            painter.drawPixmap(_BODY_AT, body_sprite(fill, border, 3 if selected else 1.2,
                                                     data.emotion, scale))
        if data.warning:  # shares that do not add up: at any zoom
            _paint_warning(painter)
        if data.flagged:  # the gap overlay must show at any zoom
            painter.setPen(QPen(style.PAIN, 2.5 if lod >= _TEXT_LOD else 6, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.card_rect().adjusted(-4, -4, 4, 4), 10, 10)
        if lod < _TEXT_LOD:
            if lod >= _FAR_LOD:
                _paint_far_title(painter, data.name, lod)
            return
        self._inside_now().paint(painter, scale, vector)
        self._paint_ends(painter)
        if selected or self._hover:
            painter.setPen(QPen(style.CARD_SELECTED, 1.5))
            painter.setBrush(QBrush(QColor("#ffffff")))
            painter.drawEllipse(self.handle_center(), HANDLE_RADIUS, HANDLE_RADIUS)

    @property
    def prepared(self) -> bool:
        """The card's inside is laid out (see prepare)."""
        return self._inside is not None

    def prepare(self) -> None:
        """Lay out the card's inside now rather than at its first paint (warm_up.py)."""
        self._inside_now()

    def _inside_now(self) -> Inside:
        found = self._inside
        if found is None:
            d = self.data
            found = self._inside = inside(self.content(), d.emotion, d.tier_counts, {
                "mot": (style.MOT_BADGE, badge_text("MoT")),
                "rec": (style.RECOVERY, badge_text("REC"))})
        return found

    def _paint_ends(self, painter: QPainter) -> None:
        """The entry triangle and the exit square."""
        if self.data.entry:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.ENTRY)
            painter.drawPolygon([QPointF(-6, 36), QPointF(2, 46), QPointF(-6, 56)])
        if self.data.exit:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.EXIT)
            painter.drawRect(QRectF(CARD_WIDTH - 4, CARD_HEIGHT - 14, 8, 8))


_BODY_AT = QPointF(-BODY_MARGIN, -BODY_MARGIN)


def badge_text(key: str) -> str:
    """The badge of a moment of truth ("MoT") or a service recovery ("REC") in the
    interface language: a short word that fits the badge (Chinese 关键, 补救)."""
    if key == "MoT":  # literal texts, so that lupdate finds them
        return QCoreApplication.translate("JourneyCard", "MoT")
    return QCoreApplication.translate("JourneyCard", "REC")


def _tooltip(data: CardData) -> str:
    return f"{data.name}\n⚠ {data.warning}" if data.warning else data.name


def _paint_warning(painter: QPainter) -> None:
    """A small amber triangle with "!" on the card's top-left corner."""
    painter.setPen(QPen(QColor("#8a5a00"), 1))
    painter.setBrush(QColor("#f2b233"))
    painter.drawPolygon([QPointF(2, -6), QPointF(10, 8), QPointF(-6, 8)])
    painter.setPen(QColor("#3b2600"))
    painter.setFont(style.ui_font(7, bold=True))
    painter.drawText(QRectF(-6, -3, 16, 11), Qt.AlignmentFlag.AlignCenter, "!")


def _paint_far_title(painter: QPainter, name: str, lod: float) -> None:
    """The title alone, in a font that stays ~9 px high on screen (a map fitted into a
    laptop window still says which card is which)."""
    pixels = max(8, round(_FAR_TITLE_PX / lod / 2) * 2)  # even sizes: few cache entries
    font, lines, spacing, ascent = _far_title(name, pixels)
    painter.setFont(font)
    painter.setPen(style.CARD_TEXT)
    for row, line in enumerate(lines):
        painter.drawText(QPointF(_FAR_LEFT, _FAR_TOP + row * spacing + ascent), line)


_FAR_LEFT, _FAR_TOP = 16.0, 6.0


@functools.lru_cache(maxsize=4096)
def _far_title(name: str, pixels: int) -> tuple[QFont, tuple[str, ...], float, float]:
    """`name` wrapped into the card at `pixels` (scene units), as many lines as fit, the
    last cut with an ellipsis when the name goes on; with the line spacing and ascent."""
    font = style.ui_font(9, bold=True)
    font.setPixelSize(pixels)
    metrics = QFontMetricsF(font)
    width = CARD_WIDTH - _FAR_LEFT - 8
    rows = max(1, int((CARD_HEIGHT - 2 * _FAR_TOP) // metrics.lineSpacing()))
    lines: list[str] = []
    units = _wrap_units(name, metrics, width)
    while units and len(lines) < rows:
        line = units.pop(0)[1]
        while units and metrics.horizontalAdvance(line + "".join(units[0])) <= width:
            line += "".join(units.pop(0))
        lines.append(line)
    if lines:
        lines[-1] += "".join(gap + text for gap, text in units)  # the rest, cut below
    elided = tuple(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines)
    return font, elided, metrics.lineSpacing(), metrics.ascent()


def _wrap_units(name: str, metrics: QFontMetricsF, width: float) -> list[tuple[str, str]]:
    """(space before, text) of the pieces a line may break between: words, and the
    characters of a word too wide for the card (Chinese writes no spaces between words)."""
    units: list[tuple[str, str]] = []
    for word in name.split():
        if metrics.horizontalAdvance(word) > width:
            units.extend((" " if n == 0 else "", char) for n, char in enumerate(word))
        else:
            units.append((" ", word))
    return units
