"""The arrows of the journey map scene: adding and removing them (joined to the layer's
batches, see items/arrow_batch.py), their share labels, and the selection glue (a selected
arrow is drawn by itself, with its label highlighted; an unselected one by its tile).

A mixin of JourneyScene (scene.py): it uses the scene's cards, arrows, layer,
arrow_batches, share_labels and map_layout."""

from __future__ import annotations

from typing import TYPE_CHECKING

from journey_designer.ui.canvas.items.arrow import TransitionArrow

if TYPE_CHECKING:
    from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

    from journey_designer.ui.canvas.items.arrow_batch import ArrowBatches
    from journey_designer.ui.canvas.items.card import TouchpointCard
    from journey_designer.ui.canvas.items.labels import ShareLabels
    from journey_designer.ui.canvas.map_layout import MapLayout


class SceneArrows:
    """The arrows' part of JourneyScene."""

    cards: dict[str, TouchpointCard]
    arrows: dict[tuple[str, str], TransitionArrow]
    layer: QGraphicsRectItem
    arrow_batches: ArrowBatches
    share_labels: ShareLabels
    map_layout: MapLayout
    _label_selection: set[tuple[str, str]]

    if TYPE_CHECKING:
        def removeItem(self, item: QGraphicsItem) -> None: ...  # noqa: N802 - QGraphicsScene's
        def selectedItems(self) -> list[QGraphicsItem]: ...  # noqa: N802 - QGraphicsScene's

    def add_arrow(self, source: str, target: str, share: float) -> None:
        if source in self.cards and target in self.cards:
            self.remove_arrow((source, target))
            arrow = TransitionArrow(self.cards[source], self.cards[target], share)
            self.arrows[(source, target)] = arrow
            arrow.setParentItem(self.layer)
            arrow.join(self.arrow_batches)
            self.map_layout.schedule(structure=True)

    def remove_arrow(self, key: tuple[str, str]) -> None:
        arrow = self.arrows.pop(key, None)
        if arrow is not None:
            arrow.detach()
            self.removeItem(arrow)
            self.share_labels.drop([key])
            self.map_layout.schedule(structure=True)

    def _share_text(self, key: tuple[str, str]) -> str:
        arrow = self.arrows.get(key)
        return arrow.label() if arrow is not None else ""

    def _arrow_selected(self, key: tuple[str, str]) -> bool:
        arrow = self.arrows.get(key)
        return arrow is not None and arrow.isSelected()

    def selected_arrows(self) -> list[TransitionArrow]:
        return [i for i in self.selectedItems() if isinstance(i, TransitionArrow)]

    def _selection_to_labels(self) -> None:
        selected = {a.key for a in self.selected_arrows()}
        for key in selected ^ self._label_selection:
            self.share_labels.refresh(key)
            arrow = self.arrows.get(key)
            if arrow is not None:
                arrow.rebatch()  # selected: drawn by itself; no longer: by its tile
        self._label_selection = selected
