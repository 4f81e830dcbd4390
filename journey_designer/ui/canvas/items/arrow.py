"""An arrow between two cards with its share ("70 %").

Geometry is recomputed only when an end moves (update_path), in plain floats: a drag
of 50 cards moves ~300 arrows per mouse event. The selection shape is built only when
Qt asks for it. Pens are 1 px wide, because wider antialiased pens make Qt outline
every long curve (measured ~13x slower per arrow).

The item is a QGraphicsRectItem whose (pen-less, never drawn) rect is the arrow's bounds:
Qt then answers boundingRect() in C++. A frame asks every arrow for it (thousands of
Python calls per frame with a Python override); only paint() and shape() are Python.
Painting shares its pens and lays each label text out once (QStaticText, at 100 %); while
a card of the arrow is dragged (`dragged`), its curve and head are not antialiased and its
share label is left out (it comes back at the drop): a drag repaints ~300 such arrows per move.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from journey_designer.layout.lanes import CARD_HEIGHT, CARD_WIDTH
from journey_designer.ui.canvas import style, zorder
from journey_designer.ui.canvas.items.card import TouchpointCard

_HEAD = 9.0
_HEAD_REACH = _HEAD + 3.0  # a square around the tip that holds the head and its pen
_LABEL_LOD = 0.5
_LABEL_FONT = style.ui_font(7.5)
_LABEL_W, _LABEL_H = 44.0, 18.0
Point = tuple[float, float]

_PENS = {False: QPen(style.ARROW, 1.0), True: QPen(style.ARROW_SELECTED, 2.0)}
_LABEL_PENS = {False: QPen(style.ARROW, 1), True: QPen(style.ARROW_SELECTED, 1)}
_COLOURS = {False: style.ARROW, True: style.ARROW_SELECTED}
_label_texts: dict[str, QStaticText] = {}
_ANTIALIASING = QPainter.RenderHint.Antialiasing


def _static_label(text: str) -> QStaticText:
    """Labels are a few dozen strings ("70 %"): each laid out once, not at every paint
    (at 100 % a frame of a big map draws ~300 labels; drawText lays each one out again)."""
    label = _label_texts.get(text)
    if label is None:
        label = _label_texts[text] = QStaticText(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
        label.prepare(QTransform(), _LABEL_FONT)  # so that size() is measured in the label font
    return label


class TransitionArrow(QGraphicsRectItem):
    dragged = False  # set by drag_cache while a card of it is dragged (plain painting)

    def __init__(self, source: TouchpointCard, target: TouchpointCard, share: float) -> None:
        super().__init__()
        self.source = source
        self.target = target
        self.share = share
        self.setPen(Qt.PenStyle.NoPen)  # the rect only carries the bounds
        self.setFlag(QGraphicsRectItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsRectItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setZValue(zorder.ARROW)
        self._points: tuple[Point, Point, Point, Point] = ((0, 0),) * 4  # type: ignore[assignment]
        self._path = QPainterPath()
        self._shape: QPainterPath | None = None
        self._head: QPolygonF | None = None
        self._head_area = QRectF()
        self._label_rect = QRectF()
        source.arrows.add(self)
        target.arrows.add(self)
        self.update_path()

    @property
    def key(self) -> tuple[str, str]:
        return self.source.tp_id, self.target.tp_id

    def detach(self) -> None:
        self.source.arrows.discard(self)
        self.target.arrows.discard(self)

    def set_share(self, share: float) -> None:
        self.share = share
        self.update()

    def label(self) -> str:
        return f"{self.share * 100:.0f} %"

    def label_rect(self) -> QRectF:
        return QRectF(self._label_rect)

    def update_path(self) -> None:
        """Recompute the curve from the cards' current positions."""
        p0, p1, p2, p3 = self._points = _route(self.source, self.target)
        path = QPainterPath(QPointF(*p0))
        path.cubicTo(QPointF(*p1), QPointF(*p2), QPointF(*p3))
        self._path = path
        self._shape = None
        self._head = None  # built when first painted
        self._head_area = QRectF(p3[0] - _HEAD_REACH, p3[1] - _HEAD_REACH,
                                 2 * _HEAD_REACH, 2 * _HEAD_REACH)
        label_x = (p0[0] + 3 * p1[0] + 3 * p2[0] + p3[0]) / 8
        label_y = (p0[1] + 3 * p1[1] + 3 * p2[1] + p3[1]) / 8
        self._label_rect = QRectF(label_x - _LABEL_W / 2, label_y - _LABEL_H / 2, _LABEL_W, _LABEL_H)
        left = min(p0[0], p1[0], p2[0], p3[0], label_x + 12 - _LABEL_W / 2) - 12
        top = min(p0[1], p1[1], p2[1], p3[1], label_y + 12 - _LABEL_H / 2) - 12
        right = max(p0[0], p1[0], p2[0], p3[0], label_x - 12 + _LABEL_W / 2) + 12
        bottom = max(p0[1], p1[1], p2[1], p3[1], label_y - 12 + _LABEL_H / 2) + 12
        bounds = QRectF(left, top, right - left, bottom - top)
        if bounds != self.rect():
            self.setRect(bounds)  # prepares the geometry change and repaints
        else:
            self.update()

    def head(self) -> QPolygonF:
        if self._head is None:
            (x2, y2), (x3, y3) = self._points[2], self._points[3]
            angle = math.atan2(y3 - y2, x3 - x2) if (x3, y3) != (x2, y2) else 0.0
            left, right = angle - 0.4, angle + 0.4
            self._head = QPolygonF([
                QPointF(x3, y3),
                QPointF(x3 - math.cos(left) * _HEAD, y3 - math.sin(left) * _HEAD),
                QPointF(x3 - math.cos(right) * _HEAD, y3 - math.sin(right) * _HEAD),
            ])
        return self._head

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(12)
            self._shape = stroker.createStroke(self._path)
            self._shape.addRect(self._label_rect)
        return self._shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        selected = self.isSelected()
        plain = self.dragged and painter.testRenderHint(_ANTIALIASING)
        if plain:  # painted at every mouse move of a drag: curve and head not antialiased
            painter.setRenderHint(_ANTIALIASING, False)
        painter.strokePath(self._path, _PENS[selected])
        exposed = option.exposedRect
        if exposed.intersects(self._head_area):
            painter.setPen(_PENS[selected])
            painter.setBrush(_COLOURS[selected])
            painter.drawPolygon(self.head())
        if plain:
            painter.setRenderHint(_ANTIALIASING, True)
        rect = self._label_rect
        if plain or not exposed.intersects(rect) or \
                option.levelOfDetailFromTransform(painter.worldTransform()) < _LABEL_LOD:
            return
        painter.setPen(_LABEL_PENS[selected])
        painter.setBrush(style.CARD_FILL)
        painter.drawRoundedRect(rect, 9, 9)
        painter.setFont(_LABEL_FONT)
        painter.setPen(style.CARD_TEXT)
        if painter.worldTransform().isScaling():
            # scaled, a static text's glyphs can land a pixel away from drawText's
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.label())
            return
        text = _static_label(self.label())
        size = text.size()
        painter.drawStaticText(QPointF(rect.x() + (rect.width() - size.width()) / 2,
                                       rect.y() + (rect.height() - size.height()) / 2), text)


def _route(source: TouchpointCard, target: TouchpointCard) -> tuple[Point, Point, Point, Point]:
    """The four control points of a smooth curve leaving the side facing the target."""
    sp, tp = source.pos(), target.pos()
    sx, sy, tx, ty = sp.x(), sp.y(), tp.x(), tp.y()
    if source is target:  # a loop on the card itself: an arc over its top
        start, end = (sx + CARD_WIDTH * 0.65, sy), (sx + CARD_WIDTH * 0.35, sy)
        return start, (start[0] + 30, sy - 60), (end[0] - 30, sy - 60), end
    forward = tx >= sx + CARD_WIDTH * 0.5
    backward = tx + CARD_WIDTH * 0.5 <= sx
    if forward or backward:
        sign = 1 if forward else -1
        start = (sx + (CARD_WIDTH if forward else 0), sy + CARD_HEIGHT / 2)
        end = (tx + (0 if forward else CARD_WIDTH), ty + CARD_HEIGHT / 2)
        bend = max(40.0, abs(end[0] - start[0]) * 0.4) * sign
        return start, (start[0] + bend, start[1]), (end[0] - bend, end[1]), end
    down = ty > sy  # same column: leave from the bottom or the top
    start = (sx + CARD_WIDTH / 2, sy + (CARD_HEIGHT if down else 0))
    end = (tx + CARD_WIDTH / 2, ty + (0 if down else CARD_HEIGHT))
    bend = max(20.0, abs(end[1] - start[1]) * 0.4) * (1 if down else -1)
    return start, (start[0] + 24, start[1] + bend), (end[0] + 24, end[1] - bend), end
