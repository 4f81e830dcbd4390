"""An arrow between two cards with its share ("70 %"). Its path is recomputed only
when an end moves (update_path), never inside paint()."""

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


class TransitionArrow(QGraphicsItem):
    def __init__(self, source: TouchpointCard, target: TouchpointCard, share: float) -> None:
        super().__init__()
        self.source = source
        self.target = target
        self.share = share
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(zorder.ARROW)
        self._path = QPainterPath()
        self._shape = QPainterPath()
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
        start, end, path = _route(self.source, self.target)
        self._path = path
        angle = math.atan2(end.y() - path.pointAtPercent(0.97).y(),
                           end.x() - path.pointAtPercent(0.97).x())
        self._head = QPolygonF([
            end,
            end - QPointF(math.cos(angle - 0.4) * _HEAD, math.sin(angle - 0.4) * _HEAD),
            end - QPointF(math.cos(angle + 0.4) * _HEAD, math.sin(angle + 0.4) * _HEAD),
        ])
        self._label_pos = path.pointAtPercent(0.5)
        stroker = QPainterPathStroker()
        stroker.setWidth(12)
        self._shape = stroker.createStroke(path)
        self._shape.addRect(self.label_rect())
        self._bounds = self._shape.boundingRect().united(self._head.boundingRect()).adjusted(
            -2, -2, 2, 2)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        colour = style.ARROW_SELECTED if self.isSelected() else style.ARROW
        painter.setPen(QPen(colour, 2.2 if self.isSelected() else 1.4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        painter.setBrush(colour)
        painter.drawPolygon(self._head)
        if option.levelOfDetailFromTransform(painter.worldTransform()) < _LABEL_LOD:
            return
        rect = self.label_rect()
        painter.setPen(QPen(colour, 1))
        painter.setBrush(style.CARD_FILL)
        painter.drawRoundedRect(rect, 9, 9)
        painter.setFont(style.ui_font(7.5))
        painter.setPen(style.CARD_TEXT)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.label())


def _route(source: TouchpointCard, target: TouchpointCard) -> tuple[QPointF, QPointF, QPainterPath]:
    """A smooth curve leaving the source's side that faces the target."""
    s, t = source.pos(), target.pos()
    path = QPainterPath()
    if source is target:  # a loop on the card itself: an arc over its top
        start = s + QPointF(CARD_WIDTH * 0.65, 0)
        end = s + QPointF(CARD_WIDTH * 0.35, 0)
        path.moveTo(start)
        path.cubicTo(start + QPointF(30, -60), end + QPointF(-30, -60), end)
        return start, end, path
    forward = t.x() >= s.x() + CARD_WIDTH * 0.5
    backward = t.x() + CARD_WIDTH * 0.5 <= s.x()
    if forward or backward:
        sign = 1 if forward else -1
        start = s + QPointF(CARD_WIDTH if forward else 0, CARD_HEIGHT / 2)
        end = t + QPointF(0 if forward else CARD_WIDTH, CARD_HEIGHT / 2)
        bend = max(40.0, abs(end.x() - start.x()) * 0.4)
        c1, c2 = start + QPointF(sign * bend, 0), end - QPointF(sign * bend, 0)
    else:  # same column: leave from the bottom or the top
        down = t.y() > s.y()
        start = s + QPointF(CARD_WIDTH / 2, CARD_HEIGHT if down else 0)
        end = t + QPointF(CARD_WIDTH / 2, 0 if down else CARD_HEIGHT)
        bend = max(20.0, abs(end.y() - start.y()) * 0.4) * (1 if down else -1)
        c1, c2 = start + QPointF(24, bend), end + QPointF(24, -bend)
    path.moveTo(start)
    path.cubicTo(c1, c2, end)
    return start, end, path
