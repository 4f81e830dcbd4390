"""The share labels ("70 %") of all arrows, in one item above the arrows.

The layout engine places each label (layout/labels.py: on its arrow, never on a card, a
stage header or another label) or leaves it out when there is no room (the share is
then in the arrow's tooltip). One item draws them all: a grid finds the few labels in
the exposed area, so a frame at 100 % costs a few hundred rounded boxes, and a label
being re-placed repaints only its own box. Labels are shown from 50 % zoom; below that
they are unreadable, and the scene places them only once a view is that close.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journey_designer.layout.geometry import Box
from journey_designer.ui.canvas import style, zorder
from journey_designer.ui.canvas.sprites import device_scale, sprite, vector_device

Key = tuple[str, str]
LABEL_LOD = 0.5
_CELL = 128.0
_FONT = style.ui_font(7)
_PENS = {False: QPen(style.ARROW, 1), True: QPen(style.ARROW_SELECTED, 1.5)}


class ShareLabels(QGraphicsItem):
    """Every placed share label of the shown journey. `text_of(key)` gives a label's
    text and `selected(key)` whether its arrow is selected (both asked at paint time)."""

    def __init__(self, text_of: Callable[[Key], str], selected: Callable[[Key], bool]) -> None:
        super().__init__()
        self.text_of = text_of
        self.selected = selected
        self.placed = False  # the labels are those of the current routes
        self._boxes: dict[Key, Box] = {}
        self._cells: dict[tuple[int, int], list[Key]] = {}
        self._bounds = QRectF()
        self.setZValue(zorder.SHARE_LABEL)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # clicks go to the arrow below

    # ------------------------------------------------------------ contents

    def boxes(self) -> dict[Key, Box]:
        """The labels shown, by arrow (scene coordinates, as the engine placed them)."""
        return dict(self._boxes)

    def rects(self) -> dict[Key, QRectF]:
        return {k: QRectF(b.x, b.y, b.w, b.h) for k, b in self._boxes.items()}

    def set_labels(self, labels: Mapping[Key, Box | None]) -> None:
        """Show exactly `labels` (None: no label for that arrow)."""
        new = {k: b for k, b in labels.items() if b is not None}
        if new == self._boxes:
            self.placed = True
            return
        changed = [k for k in new.keys() | self._boxes.keys()
                   if new.get(k) != self._boxes.get(k)]
        whole = len(changed) > len(new) // 2
        if not whole:
            for key in changed:
                self._repaint(key)
        self._boxes = new
        self._reindex()
        self.placed = True
        if whole:
            self.update()
        else:
            for key in changed:
                self._repaint(key)

    def drop(self, keys: Iterable[Key]) -> None:
        """Hide the labels of `keys` (their arrows are being dragged)."""
        for key in keys:
            box = self._boxes.pop(key, None)
            if box is not None:
                self._repaint(key, box)
                x0, y0, x1, y1 = self._span(box)
                for i in range(x0, x1 + 1):
                    for j in range(y0, y1 + 1):
                        members = self._cells.get((i, j))
                        if members and key in members:
                            members.remove(key)

    def clear(self) -> None:
        self.prepareGeometryChange()
        self._boxes, self._cells, self._bounds = {}, {}, QRectF()
        self.placed = False

    def refresh(self, key: Key) -> None:
        """The label's text or selection changed."""
        if key in self._boxes:
            self._repaint(key)

    def _repaint(self, key: Key, box: Box | None = None) -> None:
        box = box or self._boxes.get(key)
        if box is not None:
            self.update(QRectF(box.x - 2, box.y - 2, box.w + 4, box.h + 4))

    @staticmethod
    def _span(box: Box) -> tuple[int, int, int, int]:
        return (int(box.x // _CELL), int(box.y // _CELL), int(box.right // _CELL),
                int(box.bottom // _CELL))

    def _reindex(self) -> None:
        cells: dict[tuple[int, int], list[Key]] = {}
        left = top = float("inf")
        right = bottom = float("-inf")
        for key, box in self._boxes.items():
            x0, y0, x1, y1 = self._span(box)
            for i in range(x0, x1 + 1):
                for j in range(y0, y1 + 1):
                    cells.setdefault((i, j), []).append(key)
            left, top = min(left, box.x), min(top, box.y)
            right, bottom = max(right, box.right), max(bottom, box.bottom)
        bounds = QRectF(left - 2, top - 2, right - left + 4, bottom - top + 4) if cells \
            else QRectF()
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        self._cells = cells

    def keys_in(self, rect: QRectF) -> list[Key]:
        found: dict[Key, None] = {}
        for i in range(int(rect.left() // _CELL), int(rect.right() // _CELL) + 1):
            for j in range(int(rect.top() // _CELL), int(rect.bottom() // _CELL) + 1):
                for key in self._cells.get((i, j), ()):
                    box = self._boxes[key]
                    if box.x <= rect.right() and rect.left() <= box.right and \
                            box.y <= rect.bottom() and rect.top() <= box.bottom:
                        found[key] = None
        return list(found)

    # ------------------------------------------------------------ QGraphicsItem

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod < LABEL_LOD:
            return
        keys = self.keys_in(option.exposedRect)
        if not keys:
            return
        if vector_device(painter):
            for key in keys:
                box = self._boxes[key]
                _paint_label(painter, QRectF(box.x, box.y, box.w, box.h), self.text_of(key),
                             self.selected(key))
            return
        scale = device_scale(painter, lod)  # labels as sprites: a copy each (sprites.py)
        for key in keys:
            box = self._boxes[key]
            text, selected = self.text_of(key), self.selected(key)
            painter.drawPixmap(QPointF(box.x - _MARGIN, box.y - _MARGIN), sprite(
                ("share", text, box.w, box.h, selected), box.w + 2 * _MARGIN,
                box.h + 2 * _MARGIN, scale,
                lambda p, t=text, w=box.w, h=box.h, s=selected:
                _paint_label(p, QRectF(_MARGIN, _MARGIN, w, h), t, s)))


_MARGIN = 1.0  # around a label's box: half its pen


def _paint_label(painter: QPainter, rect: QRectF, text: str, selected: bool) -> None:
    painter.setPen(_PENS[selected])
    painter.setBrush(style.CARD_FILL)
    painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    painter.setPen(style.CARD_TEXT)
    painter.setFont(_FONT)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
