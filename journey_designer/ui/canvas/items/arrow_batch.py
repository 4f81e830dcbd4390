"""Arrows in their plain state, drawn a tile at a time (issue 15).

A frame at 100 % in the middle of a big map crosses ~1,000 arrows; a Python paint() per
arrow (and a stroke per arrow) cost more than a frame at 60 fps has. So an arrow that is
neither selected nor dragged paints nothing itself (ItemHasNoContents: Qt never calls its
paint, but its shape still answers clicks, rubber bands and tooltips): the ArrowBatch of
its tile draws the lines of all its arrows as one path and their heads as another, two
draws a tile. A tile's paths are rebuilt at its next paint after one of its arrows was
re-routed, joined or left. A selected or dragged arrow leaves its tile and paints itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journey_designer.ui.canvas import style, zorder

if TYPE_CHECKING:
    from journey_designer.ui.canvas.items.arrow import TransitionArrow

TILE = 1024.0  # an arrow belongs to the tile of its bounds' centre
_PEN = QPen(style.ARROW, 1.0)  # as a plain arrow's (arrow.py)
Tile = tuple[int, int]


class ArrowBatch(QGraphicsItem):
    """The plain arrows of one tile, drawn in two calls."""

    def __init__(self, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.members: set[TransitionArrow] = set()
        self._bounds = QRectF()
        self._bounds_stale = False
        self._lines: QPainterPath | None = None
        self._heads: QPainterPath | None = None
        self.setZValue(zorder.ARROW)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def changed(self) -> None:
        """A member joined, left or moved: new bounds now, new paths at the next paint."""
        self._lines = self._heads = None
        if not self._bounds_stale:
            self.prepareGeometryChange()
            self._bounds_stale = True
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        if self._bounds_stale:
            self._bounds_stale = False
            rects = [a.bounds() for a in self.members]
            if rects:
                self._bounds = QRectF(*_union(rects))
            else:
                self._bounds = QRectF()
        return self._bounds

    def paths(self) -> tuple[QPainterPath, QPainterPath]:
        """The lines of all members, and their heads."""
        if self._lines is None or self._heads is None:
            lines, heads = QPainterPath(), QPainterPath()
            for arrow in self.members:
                lines.addPath(arrow.drawn_path())
                heads.addPolygon(arrow.head())
                heads.closeSubpath()
            self._lines, self._heads = lines, heads
        return self._lines, self._heads

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if not self.members:
            return
        lines, heads = self.paths()
        painter.strokePath(lines, _PEN)
        painter.setPen(_PEN)
        painter.setBrush(style.ARROW)
        painter.drawPath(heads)


def _union(rects: list[tuple[float, float, float, float]]) -> tuple[float, float, float,
                                                                     float]:
    left = min(r[0] for r in rects)
    top = min(r[1] for r in rects)
    right = max(r[2] for r in rects)
    bottom = max(r[3] for r in rects)
    return left, top, right - left, bottom - top


class ArrowBatches:
    """The tiles of one map's layer: `place` puts a plain arrow in its tile (or moves
    it to its new one), `remove` takes it out."""

    def __init__(self, layer: QGraphicsItem) -> None:
        self.layer = layer
        self.tiles: dict[Tile, ArrowBatch] = {}
        self._tile_of: dict[TransitionArrow, Tile] = {}

    def place(self, arrow: TransitionArrow) -> ArrowBatch:
        left, top, right, bottom = arrow.bounds()
        tile = (int((left + right) / 2 // TILE), int((top + bottom) / 2 // TILE))
        old = self._tile_of.get(arrow)
        if old is not None and old != tile:
            self.remove(arrow)
        batch = self.tiles.get(tile)
        if batch is None:
            batch = self.tiles[tile] = ArrowBatch(self.layer)
        self._tile_of[arrow] = tile
        batch.members.add(arrow)
        batch.changed()
        return batch

    def remove(self, arrow: TransitionArrow) -> None:
        tile = self._tile_of.pop(arrow, None)
        if tile is not None:
            batch = self.tiles[tile]
            batch.members.discard(arrow)
            batch.changed()

    def __len__(self) -> int:
        return len(self._tile_of)
