"""A card painted fast enough for a frame of a big map (issue 15).

Scrolling a 2,000-card map one screen a frame paints ~70 new cards a frame; drawn part by
part a card cost ~140 µs (an antialiased rounded rectangle alone 25 µs, a text 7 µs of
shaping), half a 60 fps frame for the cards alone. So:
- the parts many cards share — the body (fill, border, emotion strip), the emotion face,
  a tier dot, a MoT/REC badge — are sprites (ui/canvas/sprites.py: drawn once per look
  and device scale, then copied; a copy of the body costs a third of drawing it);
- a card's own texts are QStaticText: laid out once, not shaped again at every paint.

On a device that is not a raster image (a PDF of the slides), the same parts are drawn
as shapes (`Inside.paint(vector=True)`, `sprites.vector_device`): a picture there would
be a blurry bitmap.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QStaticText,
)

from journey_designer.layout.cards import BOTTOM_Y, CHANNEL_Y, DOT_R, FACE_R, FACE_X, CardLayout
from journey_designer.layout.lanes import CARD_HEIGHT, CARD_WIDTH
from journey_designer.ui.canvas import style
from journey_designer.ui.canvas.card_text import BADGE_SIZE, SMALL_SIZE, TITLE_SIZE, measure
from journey_designer.ui.canvas.sprites import Draw, sprite

BODY_MARGIN = 3.0  # room around the card for a selected card's 3 px border


# ------------------------------------------------------------------ the shared parts

def paint_body(painter: QPainter, fill: QColor, border: QColor, width: float,
               emotion: int) -> None:
    """The card's rounded box with its border and the emotion strip on the left."""
    painter.setPen(QPen(border, width))
    painter.setBrush(fill)
    painter.drawRoundedRect(QRectF(0, 0, CARD_WIDTH, CARD_HEIGHT), 8, 8)
    painter.fillPath(_STRIP, style.emotion_color(emotion))


_STRIP = QPainterPath()
_STRIP.addRoundedRect(QRectF(0, 0, 8, CARD_HEIGHT), 4, 4)


def body_sprite(fill: QColor, border: QColor, width: float, emotion: int,
                scale: float) -> QPixmap:
    """The body as a picture, drawn at (-BODY_MARGIN, -BODY_MARGIN)."""
    def draw(painter: QPainter) -> None:
        painter.translate(BODY_MARGIN, BODY_MARGIN)
        paint_body(painter, fill, border, width, emotion)

    return sprite(("body", fill.rgba(), border.rgba(), width, emotion),
                  CARD_WIDTH + 2 * BODY_MARGIN, CARD_HEIGHT + 2 * BODY_MARGIN, scale, draw)


def paint_face(painter: QPainter, center: QPointF, emotion: int) -> None:
    """A small face in the emotion's colour; the mouth curves with the emotion."""
    colour = style.emotion_color(emotion)
    painter.setPen(QPen(colour.darker(140), 1))
    painter.setBrush(colour)
    painter.drawEllipse(center, 6.5, 6.5)
    painter.setPen(QPen(QColor("#ffffff"), 1.3))
    painter.drawPoint(center + QPointF(-2.2, -1.8))
    painter.drawPoint(center + QPointF(2.2, -1.8))
    mouth = QPainterPath(center + QPointF(-3, 2.2))
    mouth.quadTo(center + QPointF(0, 2.2 + emotion * 0.9), center + QPointF(3, 2.2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(mouth)


def paint_dot(painter: QPainter, center: QPointF, colour: QColor, filled: bool) -> None:
    """A tier dot: filled when the tier has care at the card."""
    painter.setBrush(colour if filled else QColor("#ffffff"))
    painter.setPen(QPen(colour.darker(130), 1))
    painter.drawEllipse(center, DOT_R, DOT_R)


def paint_badge(painter: QPainter, rect: QRectF, colour: QColor, text: str) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(rect, 8, 8)
    painter.setPen(QColor("#ffffff"))
    painter.setFont(style.ui_font(BADGE_SIZE, bold=True))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


# ------------------------------------------------------------------ one card's inside

Text = tuple[QFont, QColor, QPointF, QStaticText]  # font, colour, top-left, laid-out text
Part = tuple[QPointF, tuple[object, ...], float, float, Draw]  # top-left, key, box, drawing


@dataclass
class Inside:
    """What a card draws inside its body at text zoom: its texts and its sprite parts.
    Entries many cards share (the same face, dot, badge, channel list at the same place)
    are one object (`_interned`): a big map's cards then hold ~1 KB each, not 6."""

    texts: list[Text]
    parts: list[Part]

    def paint(self, painter: QPainter, scale: float, vector: bool = False) -> None:
        """Draw at `scale` (device pixels per unit); `vector`: each part drawn as shapes
        (a PDF), not copied from its sprite."""
        font = None
        for text_font, colour, at, text in self.texts:
            if text_font is not font:
                painter.setFont(text_font)
                font = text_font
            painter.setPen(colour)
            painter.drawStaticText(at, text)
        for at, key, width, height, draw in self.parts:
            if vector:
                painter.save()
                painter.translate(at)
                draw(painter)
                painter.restore()
            else:
                painter.drawPixmap(at, sprite(key, width, height, scale, draw))


_FONTS: dict[tuple[float, bool], QFont] = {}
_INTERNED: dict[tuple[object, ...], tuple[object, ...]] = {}


def _font(size: float, bold: bool) -> QFont:
    found = _FONTS.get((size, bold))
    if found is None:
        found = _FONTS[(size, bold)] = style.ui_font(size, bold)
    return found


def _static(text: str) -> QStaticText:
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)  # a name like "<b>" is not markup
    return static


def _interned(key: tuple[object, ...], make: Callable[[], tuple[object, ...]]) -> tuple[
        object, ...]:
    found = _INTERNED.get(key)
    if found is None:
        if len(_INTERNED) > 8192:
            _INTERNED.clear()
        found = _INTERNED[key] = make()
    return found


def _shared_text(size: float, bold: bool, colour: QColor, x: float, y: float,
                 text: str) -> Text:
    """A text many cards show at the same place (channels, "+1", a pain count)."""
    return _interned(("text", size, bold, colour.rgba(), x, y, text),  # type: ignore[return-value]
                     lambda: (_font(size, bold), colour, QPointF(x, y), _static(text)))


def _round_part(x: float, y: float, reach: float, key: tuple[object, ...],
                paint: Callable[[QPainter, QPointF], None]) -> Part:
    """A part drawn around (x, y) as a sprite whose corner lies on whole units (a copy at
    100 % then lands on the pixels the shape would have covered)."""
    left, top = math.floor(x - reach), math.floor(y - reach)
    size = math.ceil(2 * reach) + 2
    centre = (x - left, y - top)

    def make() -> Part:
        point = QPointF(*centre)
        return (QPointF(left, top), (*key, *centre), size, size,
                lambda painter: paint(painter, point))

    return _interned(("part", *key, x, y), make)  # type: ignore[return-value]


def _badge_part(x: float, y: float, w: float, h: float, colour: QColor, text: str) -> Part:
    def make() -> Part:
        return (QPointF(x, y), ("badge", colour.rgba(), text, w, h), w, h,
                lambda painter: paint_badge(painter, QRectF(0, 0, w, h), colour, text))

    return _interned(("badge", x, y, w, h, colour.rgba(), text), make)  # type: ignore[return-value]


def inside(content: CardLayout, emotion: int, tier_counts: list[tuple[QColor, int]],
           badge_texts: dict[str, tuple[QColor, str]]) -> Inside:
    """The texts and parts of one card, placed as the layout engine says."""
    m = measure()
    title = _font(TITLE_SIZE, True)
    texts: list[Text] = [(title, style.CARD_TEXT, QPointF(box.x, box.y), _static(line))
                         for line, box in zip(content.title, content.title_boxes, strict=True)]
    metrics = m.metrics(SMALL_SIZE)
    middle = (metrics.ascent() - metrics.descent()) / 2 - metrics.ascent()  # top of a line
    if content.channels and content.channel_box is not None:  # centred on its middle
        texts.append(_shared_text(SMALL_SIZE, False, style.CARD_MUTED, content.channel_box.x,
                                  CHANNEL_Y + middle, content.channels))
    texts.append(_shared_text(SMALL_SIZE, False, style.CARD_TEXT, FACE_X + FACE_R + 4,
                              BOTTOM_Y + middle, f"{emotion:+d}"))
    if content.pain and content.pain_box is not None:
        box = content.pain_box
        bold = m.metrics(BADGE_SIZE, True)
        width = bold.horizontalAdvance(content.pain)
        texts.append(_shared_text(BADGE_SIZE, True, style.PAIN, box.x + (box.w - width) / 2,
                                  box.y + (box.h - bold.height()) / 2, content.pain))
    parts: list[Part] = [_round_part(FACE_X, BOTTOM_Y, FACE_R + 2, ("face", emotion),
                                     lambda p, c: paint_face(p, c, emotion))]
    for x, (colour, count) in zip(content.dots, tier_counts, strict=False):
        filled = bool(count)
        parts.append(_round_part(x, BOTTOM_Y, DOT_R + 2, ("dot", colour.rgba(), filled),
                                 lambda p, c, k=colour, f=filled: paint_dot(p, c, k, f)))
    for kind, box in content.badges:
        colour, text = badge_texts[kind]
        parts.append(_badge_part(box.x, box.y, box.w, box.h, colour, text))
    return Inside(texts, parts)
