"""An arrow between two cards, drawn along the layout engine's route.

The route (an orthogonal polyline through the gutters, never through a card that is not
an end: layout/routing.py) is given by the scene's MapLayout; the arrow only turns it
into a path with rounded corners (geometry.rounded_path, as the pictures do) and a head.
Its share label is drawn by the ShareLabels item, above every arrow, at the box the
engine placed it in.

The item is a QGraphicsRectItem whose (pen-less, never drawn) rect is the arrow's bounds:
Qt then answers boundingRect() in C++. A frame asks every arrow for it (thousands of
Python calls per frame with a Python override); only paint() and shape() are Python.
A plain arrow (neither selected nor dragged) is not even painted by itself: the
ArrowBatch of its tile draws it with its neighbours (arrow_batch.py); the item keeps
its shape for clicks, rubber bands and its tooltip.
Pens are 1 px wide (wider antialiased pens make Qt outline every long path). While a card
of the arrow is dragged (`dragged`), it is drawn as its plain polyline (no rounded
corners: no path to build at every mouse move) and not antialiased.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from journey_designer.layout.geometry import Box, rounded_path
from journey_designer.layout.labels import LABEL_HEIGHT, LABEL_WIDTH
from journey_designer.layout.lanes import CARD_HEIGHT, CARD_WIDTH
from journey_designer.ui.canvas import style, zorder
from journey_designer.ui.canvas.items.arrow_batch import (
    SELECTED_PEN,
    ArrowBatches,
    RouteParts,
    draw_plain,
    drawn,
)
from journey_designer.ui.canvas.items.card import TouchpointCard

_HEAD = 9.0
_HEAD_REACH = _HEAD + 3.0  # a square around the tip that holds the head and its pen
CORNER = 8.0  # as the pictures (io/picture/arrows.py)
_DRAG_ROOM = 40.0  # while dragged, bounds grow by this much at a time (fewer index updates)
Point = tuple[float, float]

_PENS = {False: QPen(style.ARROW, 1.0), True: SELECTED_PEN}
_COLOURS = {False: style.ARROW, True: style.ARROW_SELECTED}
_ANTIALIASING = QPainter.RenderHint.Antialiasing
_FLAGS = (QGraphicsRectItem.GraphicsItemFlag.ItemIsSelectable
          | QGraphicsRectItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)


def share_text(share: float) -> str:
    return f"{share * 100:.0f} %"


_NO_CONTENTS = QGraphicsRectItem.GraphicsItemFlag.ItemHasNoContents


class TransitionArrow(QGraphicsRectItem):
    """Plain (neither selected nor dragged) and in a map with tiles (`join`), the arrow
    is drawn by its tile's ArrowBatch (arrow_batch.py) and paints nothing itself."""

    def __init__(self, source: TouchpointCard, target: TouchpointCard, share: float,
                 points: Sequence[Point] | None = None) -> None:
        super().__init__()
        self.source = source
        self.target = target
        self.share = share
        self.setPen(Qt.PenStyle.NoPen)  # the rect only carries the bounds
        self.setFlags(_FLAGS)
        self.setZValue(zorder.ARROW)
        self._points: list[Point] = []
        self._path: QPainterPath | None = None  # built when first painted or asked for
        self._parts: RouteParts | None = None
        self._shape: QPainterPath | None = None
        self._head: QPolygonF | None = None
        self._bounds = (0.0, 0.0, 0.0, 0.0)  # the item's rect as (left, top, right, bottom)
        self.label_box: Box | None = None  # where ShareLabels draws the share (None: nowhere)
        self._dragged = False
        self._batches: ArrowBatches | None = None
        self._batched = False  # drawn by a tile of _batches
        self.setToolTip(share_text(share))  # also where no label has room
        source.arrows.add(self)
        target.arrows.add(self)
        self.set_route(points if points is not None else provisional_route(source, target))

    @property
    def key(self) -> tuple[str, str]:
        return self.source.tp_id, self.target.tp_id

    def detach(self) -> None:
        self.source.arrows.discard(self)
        self.target.arrows.discard(self)
        self.join(None)

    @property
    def dragged(self) -> bool:
        """Set by drag_cache while a card of it is dragged (plain painting, by itself)."""
        return self._dragged

    @dragged.setter
    def dragged(self, on: bool) -> None:
        self._dragged = on
        self.rebatch()

    def join(self, batches: ArrowBatches | None) -> None:
        """Be drawn by a tile of `batches` whenever plain (None: always by itself)."""
        if batches is not self._batches:
            self._paint_alone()
            self._batches = batches
        self.rebatch()

    def rebatch(self) -> None:
        """Join or leave the tile as the arrow's state wants (after a selection change)."""
        batches = self._batches
        if batches is not None and not self._dragged and not self.isSelected():
            if not self._batched:
                self._batched = True
                self.setFlag(_NO_CONTENTS, True)
                batches.place(self)
        else:
            self._paint_alone()

    @property
    def batched(self) -> bool:
        """Drawn by the tiles of its batches (plain), not by itself."""
        return self._batched

    def _paint_alone(self) -> None:
        if self._batched:
            self._batched = False
            if self._batches is not None:
                self._batches.place(self)  # its tiles draw without it
            self.setFlag(_NO_CONTENTS, False)
            self.update()

    def bounds(self) -> tuple[float, float, float, float]:
        """The item's rect as (left, top, right, bottom), scene coordinates."""
        return self._bounds

    def set_share(self, share: float) -> None:
        self.share = share
        self.setToolTip(share_text(share))
        self.update()

    def label(self) -> str:
        return share_text(self.share)

    def route(self) -> list[Point]:
        """The polyline the arrow is drawn along (the engine's route)."""
        return list(self._points)

    def has_route(self, points: Sequence[Point]) -> bool:
        """Whether the arrow is drawn along `points` already (no copy of the route)."""
        return self._points == points

    def path(self) -> QPainterPath:
        """The drawn path: the route with rounded corners, in item coordinates."""
        return QPainterPath(self._drawn())

    def route_parts(self) -> RouteParts:
        """The drawn path split for drawing (arrow_batch.py), made when first asked for."""
        if self._parts is None:
            self._parts = RouteParts(self._points, CORNER)
        return self._parts

    def _drawn(self) -> QPainterPath:
        path = self._path
        if path is None:
            path = self._path = QPainterPath()
            for op, v in rounded_path(self._points, CORNER):
                if op == "L":
                    path.lineTo(v[0], v[1])
                elif op == "Q":
                    path.quadTo(v[0], v[1], v[2], v[3])
                else:
                    path.moveTo(v[0], v[1])
        return path

    def label_rect(self) -> QRectF:
        """The share label's box, or (no room for a label) a box at the route's middle:
        where an in-place editor of the share goes."""
        box = self.label_box
        if box is not None:
            return QRectF(box.x, box.y, box.w, box.h)
        x, y = _middle(self._points)
        return QRectF(x - LABEL_WIDTH / 2, y - LABEL_HEIGHT / 2, LABEL_WIDTH, LABEL_HEIGHT)

    def set_label_box(self, box: Box | None) -> None:
        if box != self.label_box:
            self.label_box = box
            self._shape = None

    def set_route(self, points: Sequence[Point]) -> None:
        """Draw the arrow along `points` (scene coordinates: arrows sit at the origin)."""
        points = list(points)
        if len(points) < 2:
            points = provisional_route(self.source, self.target)
        self._points = points
        self._path = None
        self._parts = None
        self._shape = None
        self._head = None  # built when first painted
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        r = _HEAD_REACH
        left, top, right, bottom = min(xs) - r, min(ys) - r, max(xs) + r, max(ys) + r
        now = self._bounds
        if now == (left, top, right, bottom) or (self._dragged and now[0] <= left and
                                                 now[1] <= top and right <= now[2] and
                                                 bottom <= now[3]):
            self._repaint()  # (dragged: bounds with room to spare, the index untouched)
            return
        if self._dragged:
            r = _DRAG_ROOM
            left, top, right, bottom = left - r, top - r, right + r, bottom + r
        self._bounds = (left, top, right, bottom)
        self.setRect(QRectF(left, top, right - left, bottom - top))  # (and repaints)
        if self._batched and self._batches is not None:
            self._batches.place(self, now)

    def _repaint(self) -> None:
        if self._batched and self._batches is not None:
            self._batches.place(self)  # (the tile's paths are rebuilt)
        else:
            self.update()

    def head(self) -> QPolygonF:
        if self._head is None:
            (x2, y2), (x3, y3) = self._points[-2], self._points[-1]
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
            self._shape = stroker.createStroke(self._drawn())
            if self.label_box is not None:
                self._shape.addRect(self.label_rect())
        return self._shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        selected = self.isSelected()
        pen = _PENS[selected]
        plain = self._dragged and painter.testRenderHint(_ANTIALIASING)
        if plain:  # painted at every mouse move of a drag: path and head not antialiased
            painter.setRenderHint(_ANTIALIASING, False)
        if self._dragged:
            painter.setPen(pen)
            painter.drawPolyline([QPointF(x, y) for x, y in self._points])
        elif not selected:
            draw_plain(painter, drawn([self]))
            return
        else:
            painter.strokePath(self._drawn(), pen)
        x3, y3 = self._points[-1]
        if option.exposedRect.intersects(QRectF(x3 - _HEAD_REACH, y3 - _HEAD_REACH,
                                                2 * _HEAD_REACH, 2 * _HEAD_REACH)):
            painter.setPen(pen)
            painter.setBrush(_COLOURS[selected])
            painter.drawPolygon(self.head())
        if plain:
            painter.setRenderHint(_ANTIALIASING, True)


def _middle(points: Sequence[Point]) -> Point:
    """The point halfway along a polyline."""
    lengths = [abs(b[0] - a[0]) + abs(b[1] - a[1]) for a, b in zip(points, points[1:],
                                                                    strict=False)]
    half = sum(lengths) / 2
    for (a, b), length in zip(zip(points, points[1:], strict=False), lengths, strict=True):
        if half <= length and length > 0:
            t = half / length
            return a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t
        half -= length
    return points[-1]


def provisional_route(source: TouchpointCard, target: TouchpointCard) -> list[Point]:
    """A plain line from side to side, until the layout has routed the arrow (it is
    routed in the same turn of the event loop: see MapLayout.schedule)."""
    sp, tp = source.pos(), target.pos()
    forward = tp.x() >= sp.x()
    start = (sp.x() + (CARD_WIDTH if forward else 0), sp.y() + CARD_HEIGHT / 2)
    end = (tp.x() + (0 if forward else CARD_WIDTH), tp.y() + CARD_HEIGHT / 2)
    return [start, end]
