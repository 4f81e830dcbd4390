"""The scene's layout engine: the JourneyLayout of the shown journey (layout/engine.py),
kept in step with the cards, and applied to the arrow items and the share labels.

- A drag step re-routes only the moved cards' arrows (`JourneyLayout.move`): their labels
  are hidden until the drop.
- Anything else that changes the map (the drop, undo, an added card or arrow, a stage
  moved) schedules one `relayout` at the next turn of the event loop: when only cards
  moved, a small map settles every route (exactly the picture's routes), a big one only
  the routes near the moved cards (`Router.update`, layout/reroute.py); a new layout when
  the journey's structure or the lanes' height changed. Only the arrows whose route
  changed are touched.
- Share labels are placed after the routes, and only while they can be seen: a view at
  50 % or closer. A small map gets them at once (no flicker at the first paint); a big
  one a moment later, off the populate path (5,000 labels take ~0.3 s of CPU). After an
  edit, a small map places all its labels again (exactly the picture's labels); a big one
  only those of changed routes and those a card now covers, around the labels kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from journey_designer.layout.engine import JourneyLayout, layout_journey
from journey_designer.layout.geometry import Box, BoxIndex
from journey_designer.layout.labels import CLEARANCE, place_labels
from journey_designer.layout.lanes import CARD_HEIGHT, CARD_WIDTH, card_positions, geometry_for
from journey_designer.ui.canvas.items.labels import LABEL_LOD

if TYPE_CHECKING:
    from journey_designer.ui.canvas.scene import JourneyScene

Key = tuple[str, str]
SMALL_MAP = 600  # arrows: labels placed at once, in the populate


class MapLayout(QObject):
    """Keeps `layout` for `scene`; see the module docstring."""

    def __init__(self, scene: JourneyScene) -> None:
        super().__init__(scene)
        self.scene = scene
        self.layout: JourneyLayout | None = None
        self.pending = False  # a relayout is scheduled
        self._stale: set[Key] | None = None  # labels to place again (None: all of them)
        self._structure = False  # ... and must start afresh
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.relayout)
        self._label_timer = QTimer(self)
        self._label_timer.setSingleShot(True)
        self._label_timer.timeout.connect(self._labels_if_wanted)

    # ------------------------------------------------------------ populate

    def adopt(self, layout: JourneyLayout | None) -> None:
        """The layout a map was built from (MapBuilder); labels follow."""
        self._timer.stop()
        self.pending = self._structure = False
        self.layout = layout
        self._stale = None
        self.scene.share_labels.clear()
        self.labels_wanted()

    # ------------------------------------------------------------ drag and moves

    def move(self, tp_ids: list[str]) -> list[Key]:
        """Cards moved on the canvas (a drag step): re-route their arrows; returns them."""
        layout = self.layout
        if layout is None:
            return []
        cards = self.scene.cards
        moved = {}
        for tp_id in tp_ids:
            card = cards.get(tp_id)
            if card is not None and tp_id in layout.boxes:
                pos = card.pos()
                moved[tp_id] = Box(pos.x(), pos.y(), CARD_WIDTH, CARD_HEIGHT)
        if not moved:
            return []
        changed = layout.move(moved)
        if self._stale is not None:
            self._stale.update(changed)
        self.scene.share_labels.drop(changed)
        self._apply(changed)
        return changed

    def schedule(self, structure: bool = False) -> None:
        """Lay the map out again at the next turn of the event loop."""
        self._structure = self._structure or structure
        self.pending = True
        self._timer.start(0)

    def relayout(self) -> None:
        """Routes (and then labels) of the map as it is now; only changed arrows redrawn."""
        self._timer.stop()
        self.pending = False
        structure, self._structure = self._structure, False
        journey = self.scene.journey
        if journey is None:
            self.layout = None
            return
        layout = self.layout
        positions = {t: (c.pos().x(), c.pos().y()) for t, c in self.scene.cards.items()}
        if layout is not None and not structure and \
                geometry_for(journey, positions) == layout.geometry and \
                set(positions) == set(layout.boxes):
            router = layout.router
            changed = router.update() if len(layout.routes) > SMALL_MAP else router.settle()
        else:
            if positions != card_positions(journey):
                self.scene.place_cards(list(self.scene.cards), relayout=False)
            self.layout = layout = layout_journey(journey, labels=False)
            changed = list(layout.routes)
            self._stale = None
        keep = self.scene.share_labels.boxes()
        layout.labels = {k: keep.get(k) for k in layout.routes}
        small = len(layout.routes) <= SMALL_MAP  # (placed again in full anyway)
        for key in changed:
            box = layout.labels[key]
            if small or box is None or not _on_route(box, layout.routes[key].points):
                layout.labels[key] = None
                if self._stale is not None:
                    self._stale.add(key)
        self.scene.share_labels.placed = False
        self._apply(changed)
        self.scene.share_labels.set_labels(layout.labels)
        self.scene.share_labels.placed = False
        self.labels_wanted()

    def _apply(self, keys: list[Key]) -> None:
        layout, arrows = self.layout, self.scene.arrows
        assert layout is not None
        for key in keys:
            arrow, route = arrows.get(key), layout.routes.get(key)
            if arrow is None or route is None:
                continue
            if not arrow.has_route(route.points):
                arrow.set_route(route.points)
            arrow.set_label_box(layout.labels.get(key))

    # ------------------------------------------------------------ share labels

    def labels_wanted(self) -> None:
        """Place the labels now (small map) or soon (big map) if a view can show them."""
        layout = self.layout
        if layout is None or self.scene.share_labels.placed:
            return
        if len(layout.routes) <= SMALL_MAP:
            self.place_labels()
        elif self._label_timer.isActive() is False:
            self._label_timer.start(0)

    @staticmethod
    def _replace_stale(layout: JourneyLayout, stale: set[Key]) -> dict[Key, Box | None]:
        """Labels of `stale` routes, and of kept ones a card now covers, placed around
        the labels kept (which stay where they are)."""
        cards = BoxIndex(96.0)
        for box in layout.boxes.values():
            cards.add(box)
        kept: dict[Key, Box] = {}
        for key, box in layout.labels.items():
            if key in layout.routes and key not in stale and box is not None:
                if cards.hits(box, CLEARANCE):
                    stale.add(key)
                else:
                    kept[key] = box
        routes = {k: layout.routes[k] for k in stale if k in layout.routes}
        placed = place_labels(routes, layout.boxes, [*layout.header_boxes(), *kept.values()])
        labels: dict[Key, Box | None] = dict.fromkeys(layout.routes)
        labels.update(kept)
        labels.update(placed)
        return labels

    def _labels_if_wanted(self) -> None:
        if self.pending:
            return  # relayout first; it asks again
        zooms = [v.transform().m11() for v in self.scene.views() if v.isVisible()]
        if zooms and max(zooms) >= LABEL_LOD:
            self.place_labels()

    def place_labels(self) -> None:
        """The share labels, by the engine (the picture renderer places them the same):
        all of them, or on a big map after an edit only the stale ones."""
        layout = self.layout
        if layout is None:
            return
        stale, self._stale = self._stale, set()
        if stale is None or len(layout.routes) <= SMALL_MAP:
            layout.labels = place_labels(layout.routes, layout.boxes, layout.header_boxes())
        else:
            layout.labels = self._replace_stale(layout, stale)
        arrows = self.scene.arrows
        for key, box in layout.labels.items():
            arrow = arrows.get(key)
            if arrow is not None:
                arrow.set_label_box(box)
        self.scene.share_labels.set_labels(layout.labels)


def _on_route(box: Box, points: list[tuple[float, float]]) -> bool:
    """Whether a label box still sits on its (orthogonal) route: a route shifted by a
    few pixels after a drop keeps its label, and big maps place far fewer again."""
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        if min(x0, x1) <= box.right and box.x <= max(x0, x1) and \
                min(y0, y1) <= box.bottom and box.y <= max(y0, y1):
            return True
    return False
