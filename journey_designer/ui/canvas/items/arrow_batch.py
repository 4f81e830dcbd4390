"""Arrows in their plain state, drawn a tile at a time (issue 15).

A frame at 100 % in the middle of a big map crosses ~1,000 arrows; a Python paint() per
arrow (and a stroke per arrow) cost more than a frame at 60 fps has. So an arrow that is
neither selected nor dragged paints nothing itself (ItemHasNoContents: Qt never calls its
paint, but its shape still answers clicks, rubber bands and tooltips). The map is cut
into square tiles; the ArrowBatch of a tile draws the parts of every plain arrow inside
it, in three calls: the straight lines (routes are orthogonal), the rounded corners, and
the heads. A line is clipped to the tile, so a frame draws about what it shows (whole
arrows per tile drew three times as many lines as were on screen in a tall map, where
arrows run far along the gutters).

The straight lines are drawn without antialiasing: crisp, and a span fill each instead of
a blend per pixel. A tile's parts are gathered at its first paint after one of its arrows
was re-routed, joined or left. A selected or dragged arrow leaves its tiles: a selected
one paints itself; the arrows of dragged cards are drawn together by one DraggedArrows
item (below) while the rest of the map is a still picture (drag_cache.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget
from shiboken6 import isValid

from journey_designer.layout.geometry import rounded_path
from journey_designer.ui.canvas import style, zorder

if TYPE_CHECKING:
    from journey_designer.ui.canvas.items.arrow import TransitionArrow

TILE = 1024.0
_REACH = 14.0  # how far a corner or a head of the tile's arrows may reach out of it
_PEN = QPen(style.ARROW, 1.0)  # as a plain arrow's (arrow.py) ...
_PEN.setCapStyle(Qt.PenCapStyle.FlatCap)  # ... and lines meeting at a border do not overlap
SELECTED_PEN = QPen(style.ARROW_SELECTED, 2.0)  # a selected arrow's (also arrow.py)
_ANTIALIASING = QPainter.RenderHint.Antialiasing
Tile = tuple[int, int]
Point = tuple[float, float]
Line = tuple[float, float, float, float]  # x1, y1, x2, y2
Corner = tuple[float, float, float, float, float, float]  # start, control point, end
Drawn = tuple[QPainterPath, QPainterPath, QPainterPath]  # straight lines, the rest, heads


class RouteParts:
    """A route with rounded corners, split for drawing: horizontal and vertical lines,
    corners, slanted lines (a route not laid out yet), the head's tip."""

    __slots__ = ("straight", "corners", "slanted", "tip")

    def __init__(self, points: list[Point], corner: float) -> None:
        self.straight: list[Line] = []
        self.corners: list[Corner] = []
        self.slanted: list[Line] = []
        self.tip = points[-1]
        at: Point | None = None
        for op, v in rounded_path(points, corner):
            if op == "M":
                at = (v[0], v[1])
                continue
            if at is None:
                continue
            if op == "Q":
                self.corners.append((at[0], at[1], v[0], v[1], v[2], v[3]))
                at = (v[2], v[3])
                continue
            end = (v[0], v[1])
            if at != end:
                straight = at[0] == end[0] or at[1] == end[1]
                (self.straight if straight else self.slanted).append((*at, *end))
            at = end


def drawn(arrows: Iterable[TransitionArrow], area: QRectF | None = None) -> Drawn:
    """What draw_plain draws of `arrows`: inside `area` only — lines clipped to it,
    corners, slanted lines and heads whose point is in it (half-open: a point on a
    border belongs to one tile) — or all of them. Paths, not lists: a path is one compact
    C++ object (a map's tiles hold tens of thousands of lines) and as fast to draw."""
    lines, rest, heads = QPainterPath(), QPainterPath(), QPainterPath()
    if area is None:
        left = top = float("-inf")
        right = bottom = float("inf")
    else:
        left, top, right, bottom = area.left(), area.top(), area.right(), area.bottom()
    for arrow in arrows:
        parts = arrow.route_parts()
        for x1, y1, x2, y2 in parts.straight:
            if y1 == y2:  # horizontal: clip x
                if top <= y1 < bottom:
                    a, b = max(min(x1, x2), left), min(max(x1, x2), right)
                    if a < b:
                        lines.moveTo(a, y1)
                        lines.lineTo(b, y1)
            elif left <= x1 < right:  # vertical: clip y
                a, b = max(min(y1, y2), top), min(max(y1, y2), bottom)
                if a < b:
                    lines.moveTo(x1, a)
                    lines.lineTo(x1, b)
        for sx, sy, cx, cy, ex, ey in parts.corners:
            if left <= cx < right and top <= cy < bottom:
                rest.moveTo(sx, sy)
                rest.quadTo(cx, cy, ex, ey)
        for x1, y1, x2, y2 in parts.slanted:
            if left <= x1 < right and top <= y1 < bottom:
                rest.moveTo(x1, y1)
                rest.lineTo(x2, y2)
        x, y = parts.tip
        if left <= x < right and top <= y < bottom:
            heads.addPolygon(arrow.head())
            heads.closeSubpath()
    return lines, rest, heads


def draw_plain(painter: QPainter, parts: Drawn) -> None:
    """Plain arrows: straight lines without antialiasing, the rest and heads with it."""
    lines, rest, heads = parts
    antialiased = painter.testRenderHint(_ANTIALIASING)
    if antialiased:
        painter.setRenderHint(_ANTIALIASING, False)
    painter.strokePath(lines, _PEN)
    if antialiased:
        painter.setRenderHint(_ANTIALIASING, True)
    painter.strokePath(rest, _PEN)
    painter.setPen(_PEN)
    painter.setBrush(style.ARROW)
    painter.drawPath(heads)


class ArrowBatch(QGraphicsItem):
    """The plain arrows' parts in one tile, drawn in three calls. Its arrows are those the
    scene's index finds there (bounding rectangles: C++, no per-arrow bookkeeping), asked
    at the first paint after a change near it."""

    def __init__(self, parent: QGraphicsItem, tile: Tile, batches: ArrowBatches) -> None:
        super().__init__(parent)
        self.area = QRectF(tile[0] * TILE, tile[1] * TILE, TILE, TILE)
        self._batches = batches
        self._bounds = QRectF()
        self.reach(batches.reached)
        self._drawn: Drawn | None = None
        self.setZValue(zorder.ARROW)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def changed(self) -> None:
        """An arrow here joined, left or moved: its parts are gathered again at the next
        paint (a repaint is asked for once, however many arrows change)."""
        if self._drawn is not None:
            self._drawn = None
            self._batches.painted.discard(self)
            self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def reach(self, reached: QRectF) -> None:
        """Bounds: the tile (and what its corners and heads reach out of it) within the
        box of all arrows (`reached`): the grid is drawn where the map is, not beyond."""
        bounds = self.area.adjusted(-_REACH, -_REACH, _REACH, _REACH).intersected(reached)
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds

    def members(self) -> list[TransitionArrow]:
        """The plain arrows whose bounds reach into this tile."""
        scene = self.scene()
        if scene is None:
            return []
        found = scene.items(self.area, Qt.ItemSelectionMode.IntersectsItemBoundingRect,
                            Qt.SortOrder.AscendingOrder)
        kind = self._batches.arrow_type
        return [item for item in found if type(item) is kind and item.batched]

    @property
    def prepared(self) -> bool:
        """The tile's parts are gathered (none changed since)."""
        return self._drawn is not None

    def prepare(self) -> Drawn:
        """Gather the tile's parts now, if not done since the last change (at a paint, or
        ahead of it: ui/canvas/warm_up.py)."""
        if self._drawn is None:
            self._drawn = drawn(self.members(), self.area)
            self._batches.painted.add(self)
        return self._drawn

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        draw_plain(painter, self.prepare())


class ArrowBatches:
    """The tiles of one map's layer, a grid that grows to cover every arrow: `place` tells
    the tiles an arrow reaches (before and after a re-route, joining, leaving) to gather
    their arrows again when next painted."""

    def __init__(self, layer: QGraphicsItem) -> None:
        from journey_designer.ui.canvas.items.arrow import TransitionArrow

        self.arrow_type = TransitionArrow
        self.layer = layer
        self.tiles: dict[Tile, ArrowBatch] = {}
        self.painted: set[ArrowBatch] = set()  # tiles holding gathered parts
        self._extent: tuple[int, int, int, int] | None = None  # the grid's first/last tiles
        self._reached: Bounds | None = None  # the box of all arrows placed so far

    def place(self, arrow: TransitionArrow, before: Bounds | None = None) -> None:
        """`arrow` joined, left or was re-routed (its bounds were `before`)."""
        if not isValid(self.layer):
            return  # the map is gone (the program is ending)
        bounds = arrow.bounds()
        reached = self._reached
        grown = reached is None or not (reached[0] <= bounds[0] and reached[1] <= bounds[1]
                                        and bounds[2] <= reached[2] and bounds[3] <= reached[3])
        if grown:
            left, top, right, bottom = bounds if reached is None else (
                min(reached[0], bounds[0]), min(reached[1], bounds[1]),
                max(reached[2], bounds[2]), max(reached[3], bounds[3]))
            self._reached = (left, top, right, bottom)
        first, top, last, bottom = _tile_range(bounds)
        extent = self._extent
        if extent is None or first < extent[0] or top < extent[1] or last > extent[2] \
                or bottom > extent[3]:
            self._grow(first, top, last, bottom)
        elif grown:
            self._reach_edges()
        if not self.painted:
            return  # nothing gathered yet (a map being built): nothing to tell
        for bounds in (before, arrow.bounds()):
            if bounds is not None:
                first, top, last, bottom = _tile_range(bounds)
                for i in range(first, last + 1):
                    for j in range(top, bottom + 1):
                        tile = self.tiles.get((i, j))
                        if tile is not None:
                            tile.changed()

    @property
    def reached(self) -> QRectF:
        """The box of all arrows placed so far."""
        if self._reached is None:
            return QRectF()
        left, top, right, bottom = self._reached
        return QRectF(left, top, right - left, bottom - top)

    def _grow(self, first: int, top: int, last: int, bottom: int) -> None:
        if self._extent is not None:
            first, top = min(first, self._extent[0]), min(top, self._extent[1])
            last, bottom = max(last, self._extent[2]), max(bottom, self._extent[3])
        self._extent = (first, top, last, bottom)
        for i in range(first, last + 1):
            for j in range(top, bottom + 1):
                if (i, j) not in self.tiles:
                    self.tiles[(i, j)] = ArrowBatch(self.layer, (i, j), self)
        self._reach_edges()

    def _reach_edges(self) -> None:
        """Tell the tiles near the grid's edges the box of all arrows: only they can reach
        out of it (the others lie inside it, see ArrowBatch.reach)."""
        assert self._extent is not None
        first, top, last, bottom = self._extent
        reached = self.reached
        for (i, j), tile in self.tiles.items():
            if i <= first + 1 or i >= last - 1 or j <= top + 1 or j >= bottom - 1:
                tile.reach(reached)


Bounds = tuple[float, float, float, float]  # left, top, right, bottom


def _tile_range(bounds: Bounds) -> tuple[int, int, int, int]:
    left, top, right, bottom = bounds
    return int(left // TILE), int(top // TILE), int(right // TILE), int(bottom // TILE)


class DraggedArrows(QGraphicsItem):
    """The arrows of the cards being dragged, drawn in one go at each mouse move (as plain
    polylines, without antialiasing) instead of a Python paint per arrow: a 50-card drag
    moves ~300 arrows. The drag (drag_cache.py) calls `follow` after each re-route."""

    def __init__(self, arrows: list[TransitionArrow]) -> None:
        super().__init__()
        self.arrows = arrows
        self._bounds = QRectF()
        self.setZValue(zorder.ARROW)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.follow()

    def follow(self) -> None:
        """The arrows moved: new bounds, and a repaint."""
        boxes = [a.bounds() for a in self.arrows]
        if boxes:
            left, top = min(b[0] for b in boxes), min(b[1] for b in boxes)
            bounds = QRectF(left, top, max(b[2] for b in boxes) - left,
                            max(b[3] for b in boxes) - top)
        else:
            bounds = QRectF()
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        paths = {False: QPainterPath(), True: QPainterPath()}  # by selected
        heads = {False: QPainterPath(), True: QPainterPath()}
        for arrow in self.arrows:
            selected = arrow.isSelected()
            path = paths[selected]
            points = arrow.route()
            path.moveTo(*points[0])
            for x, y in points[1:]:
                path.lineTo(x, y)
            heads[selected].addPolygon(arrow.head())
            heads[selected].closeSubpath()
        antialiased = painter.testRenderHint(_ANTIALIASING)
        painter.setRenderHint(_ANTIALIASING, False)
        for selected, pen, colour in ((False, _PEN, style.ARROW),
                                      (True, SELECTED_PEN, style.ARROW_SELECTED)):
            if not paths[selected].isEmpty():
                painter.strokePath(paths[selected], pen)
                painter.setPen(pen)
                painter.setBrush(colour)
                painter.drawPath(heads[selected])
        painter.setRenderHint(_ANTIALIASING, antialiased)
