"""While cards are dragged, the rest of the map is one picture.

A mouse move of a drag moves a few dozen cards and their arrows, but the repaint it
causes draws every item under the dirty area; on a big map that is ~1,000 long arrows
crossing the view, ~100 ms a move. So at the first real move of a drag each view takes
a picture of itself without the moving items; until the drop that picture is the view's
background, the still items are hidden and only the moving cards and their arrows are
painted.

Still items are hidden by opacity, not visibility (hiding would deselect them and take
their keyboard focus): the card layer and the other top-level items get opacity 0, so Qt
skips their whole subtree without asking a single one of them for its bounds. The moving
cards leave the layer for the drag (top-level items of their own: a child that ignored
its parent's opacity would make Qt walk all 7,000 children of the layer at every frame)
and go back at the end; their arrows stay and are drawn by one DraggedArrows item
(items/arrow_batch.py: one path a move, not a Python paint per arrow). While dragged,
the moving cards and arrows are drawn above every still item, and each moving item has
`dragged` set to True for the drag (arrows are then drawn as plain polylines, without
antialiasing): the visible simplifications.

The picture is only right while nothing else changes, so anything that could change what
a still item shows ends it (`stop`): the drop, a domain event (edit, undo), a selection
change, the scene refreshing cards or lanes, a journey switch, zoom, scroll or resize.
The rest of that drag is then painted the normal way.
"""

from __future__ import annotations

from PySide6.QtGui import QPixmap, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView
from shiboken6 import isValid

from journey_designer.ui.canvas.items.arrow import TransitionArrow
from journey_designer.ui.canvas.items.arrow_batch import DraggedArrows


class DragCache:
    """The still picture of one scene's views during a card drag."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.scene = scene
        self.pictures: dict[QGraphicsView, tuple[QPixmap, QTransform]] = {}
        self._moving: list[tuple[QGraphicsItem, QGraphicsItem | None]] = []  # and its parent
        self._hidden: list[tuple[QGraphicsItem, float]] = []
        self._arrows: DraggedArrows | None = None  # draws the moving arrows
        scene.selectionChanged.connect(self.stop)

    @property
    def active(self) -> bool:
        return bool(self.pictures)

    def picture_for(self, view: QGraphicsView) -> QPixmap | None:
        """The picture of `view`, unless the view moved or zoomed since it was taken."""
        picture, transform = self.pictures.get(view, (None, None))
        if picture is None or transform != view.viewportTransform() \
                or picture.deviceIndependentSize().toSize() != view.viewport().size():
            return None
        return picture

    def start(self, layer: QGraphicsItem, moving: list[QGraphicsItem]) -> None:
        """Take the pictures: `moving` (children of `layer`) will be painted, the rest not.

        Does nothing when already started, when the layer is hidden (far zoom), or when a
        view cannot show a picture (every view must have `shows_still_picture`)."""
        if self.active or not moving or not layer.isVisible():
            return
        views = [v for v in self.scene.views() if v.isVisible()]
        if not views or not all(getattr(v, "shows_still_picture", False) for v in views):
            return
        for item in moving:
            item.setOpacity(0.0)
            item.dragged = True  # (a moving arrow leaves its tile: not in the picture)
        pictures = {view: (view.viewport().grab(), view.viewportTransform()) for view in views}
        tops = [i for i in self.scene.items() if i.parentItem() is None and i.isVisible()]
        self._hidden = [(item, item.opacity()) for item in tops]
        for item, _ in self._hidden:
            item.setOpacity(0.0)
        arrows = [i for i in moving if isinstance(i, TransitionArrow)]
        cards = [i for i in moving if not isinstance(i, TransitionArrow)]
        self._arrows = DraggedArrows(arrows)  # draws them all: they stay in the (hidden) layer
        self.scene.addItem(self._arrows)
        self._moving = [(item, item.parentItem()) for item in cards]
        for item in cards:
            item.setOpacity(1.0)
            item.setParentItem(None)
        self.pictures = pictures
        for view in views:
            QGraphicsView.resetCachedContent(view)  # the picture becomes the background

    def follow(self) -> None:
        """The moving cards' arrows were re-routed (each mouse move)."""
        if self._arrows is not None and isValid(self._arrows):
            self._arrows.follow()

    def stop(self) -> None:
        """Back to painting every item (safe to call at any time, also after items died)."""
        if not self.active:
            return
        views, self.pictures = list(self.pictures), {}
        dragged, self._arrows = self._arrows, None
        if dragged is not None and isValid(dragged):
            for arrow in dragged.arrows:
                if isValid(arrow):
                    arrow.setOpacity(1.0)
                    arrow.dragged = False
            if dragged.scene() is not None:
                dragged.scene().removeItem(dragged)
        for item, parent in self._moving:
            if isValid(item):
                if parent is None or isValid(parent):
                    item.setParentItem(parent)
                item.dragged = False
                item.update()  # drawn in full again
        for item, opacity in self._hidden:
            if isValid(item):
                item.setOpacity(opacity)
        self._moving, self._hidden = [], []
        for view in views:
            if isValid(view):
                QGraphicsView.resetCachedContent(view)
