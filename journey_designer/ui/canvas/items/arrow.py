"""An arrow between two cards with its share ("70 %").

Geometry is recomputed only when an end moves (update_path), in plain floats: a drag
of 50 cards moves ~300 arrows per mouse event. The selection shape is built only when
Qt asks for it. Pens are 1 px wide, because wider antialiased pens make Qt outline
every long curve (measured ~13x slower per arrow).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journey_designer.layout.lanes import CARD_HEIGHT, CARD_WIDTH
from journey_designer.ui.canvas import style, zorder
from journey_designer.ui.canvas.items.card import TouchpointCard

_HEAD = 9.0
_LABEL_LOD = 0.5
_LABEL_FONT = style.ui_font(7.5)
Point = tuple[float, float]


class TransitionArrow(QGraphicsItem):
    def __init__(self, source: TouchpointCard, target: TouchpointCard, share: float) -> None:
        super().__init__()
        self.source = source
        self.target = target
        self.share = share
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setZValue(zorder.ARROW)
        self._points: tuple[Point, Point, Point, Point] = ((0, 0),) * 4  # type: ignore[assignment]
        self._path = QPainterPath()
        self._shape: QPainterPath | None = None
        self._head = QPolygonF()
        self._label_pos = QPointF()
        self._bounds = QRectF()
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
        return QRectF(self._label_pos.x() - 22, self._label_pos.y() - 9, 44, 18)

    def update_path(self) -> None:
        """Recompute the curve from the cards' current positions."""
        self.prepareGeometryChange()
        p0, p1, p2, p3 = self._points = _route(self.source, self.target)
        path = QPainterPath(QPointF(*p0))
        path.cubicTo(QPointF(*p1), QPointF(*p2), QPointF(*p3))
        self._path = path
        self._shape = None
        angle = math.atan2(p3[1] - p2[1], p3[0] - p2[0]) if p3 != p2 else 0.0
        end = QPointF(*p3)
        self._head = QPolygonF([
            end,
            end - QPointF(math.cos(angle - 0.4) * _HEAD, math.sin(angle - 0.4) * _HEAD),
            end - QPointF(math.cos(angle + 0.4) * _HEAD, math.sin(angle + 0.4) * _HEAD),
        ])
        self._label_pos = QPointF((p0[0] + 3 * p1[0] + 3 * p2[0] + p3[0]) / 8,
                                  (p0[1] + 3 * p1[1] + 3 * p2[1] + p3[1]) / 8)
        xs = [p[0] for p in self._points]
        ys = [p[1] for p in self._points]
        self._bounds = QRectF(min(xs) - 12, min(ys) - 12, max(xs) - min(xs) + 24,
                              max(ys) - min(ys) + 24).united(self.label_rect())

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(12)
            self._shape = stroker.createStroke(self._path)
            self._shape.addRect(self.label_rect())
        return self._shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        selected = self.isSelected()
        colour = style.ARROW_SELECTED if selected else style.ARROW
        painter.setPen(QPen(colour, 2.0 if selected else 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        exposed = option.exposedRect
        if exposed.intersects(self._head.boundingRect()):
            painter.setBrush(colour)
            painter.drawPolygon(self._head)
        if option.levelOfDetailFromTransform(painter.worldTransform()) < _LABEL_LOD:
            return
        rect = self.label_rect()
        if not exposed.intersects(rect):
            return
        painter.setPen(QPen(colour, 1))
        painter.setBrush(style.CARD_FILL)
        painter.drawRoundedRect(rect, 9, 9)
        painter.setFont(_LABEL_FONT)
        painter.setPen(style.CARD_TEXT)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.label())


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
