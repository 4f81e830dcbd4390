"""The map follows the domain: each document event updates the few items it concerns
(`dict[id, item]` lookups), a reset or a removed journey repopulates."""

from __future__ import annotations

from typing import TYPE_CHECKING

from journey_designer.domain.events import Event
from journey_designer.layout.lanes import HEADER_HEIGHT
from journey_designer.ui.canvas.items.card import TouchpointCard
from journey_designer.ui.canvas.items.lanes import StageLane

if TYPE_CHECKING:
    from journey_designer.ui.canvas.scene import JourneyScene

_PLACE_ONLY = {"x", "y", "stage"}  # a moved card: the scene's card maker stays valid


class MapSync:
    def __init__(self, scene: JourneyScene) -> None:
        self.scene = scene
        scene.document.changed.connect(self.on_event)

    def on_event(self, event: Event) -> None:
        scene = self.scene
        scene.drag_cache.stop()  # before any item changes: the still picture would be stale
        scene.end_interaction()
        scene.overview_fresh = False
        if event.kind != "touchpoint" or event.change != "changed" or \
                not event.fields or not set(event.fields) <= _PLACE_ONLY:
            scene.forget_card_maker()  # what a card shows may differ beyond its own fields
        if event.kind in ("action", "tier", "project") or event.change == "reset":
            scene.forget_care_index()
        if event.change == "reset":
            scene.show_valid_journey(force=True)
            return
        if event.kind == "journey":
            scene.show_valid_journey()
            return
        if event.kind in ("channel", "tier"):
            scene.refresh_cards()
            return
        if event.journey != scene.journey_id or scene.journey is None:
            return
        handler = {
            "touchpoint": self._on_touchpoint,
            "transition": self._on_transition,
            "stage": self._on_stage,
            "action": self._on_action,
        }.get(event.kind)
        if handler is not None:
            handler(event)

    def _on_touchpoint(self, event: Event) -> None:
        scene = self.scene
        assert event.key is not None
        if event.change == "removed":
            card = scene.cards.pop(event.key, None)
            if card is not None:
                for arrow in list(card.arrows):
                    scene.remove_arrow(arrow.key)
                scene.removeItem(card)
        else:
            tp = scene.document.editor.touchpoint(scene.journey_id, event.key)
            card = scene.cards.get(event.key)
            if card is None:
                card = TouchpointCard(tp.id, scene.card_data(tp))
                scene.cards[tp.id] = card
                card.setParentItem(scene.layer)
            else:
                card.set_data(scene.card_data(tp))
            scene.place_cards([tp.id])
        if event.change in ("added", "removed"):
            scene.map_layout.schedule(structure=True)
        scene.schedule_lane_refresh()

    def _on_action(self, event: Event) -> None:
        scene = self.scene
        card = scene.cards.get(event.parent or "")
        if card is None or scene.journey_id is None:
            return
        card.set_data(scene.card_data(scene.document.editor.touchpoint(scene.journey_id,
                                                                      card.tp_id)))
        if scene.lens_tier is not None:
            scene.schedule_lane_refresh()

    def _on_transition(self, event: Event) -> None:
        scene = self.scene
        assert event.key is not None
        source, target = event.key.split("->", 1)
        self._refresh_cards([source, target])  # shares that do not add up show on the card
        if event.change == "removed":
            scene.remove_arrow((source, target))
        elif event.change == "added":
            tr = scene.document.editor.transition(scene.journey_id, source, target)
            scene.add_arrow(source, target, tr.share)
        else:
            arrow = scene.arrows.get((source, target))
            if arrow is not None:
                arrow.set_share(scene.document.editor.transition(scene.journey_id, source,
                                                                 target).share)
                scene.share_labels.refresh((source, target))

    def _refresh_cards(self, tp_ids: list[str]) -> None:
        scene = self.scene
        for tp_id in tp_ids:
            card = scene.cards.get(tp_id)
            if card is not None and scene.journey_id is not None:
                try:
                    tp = scene.document.editor.touchpoint(scene.journey_id, tp_id)
                except KeyError:
                    continue
                card.set_data(scene.card_data(tp))

    def _on_stage(self, event: Event) -> None:
        scene = self.scene
        journey = scene.journey
        assert journey is not None
        if event.change == "removed" and event.key in scene.lanes:
            scene.removeItem(scene.lanes.pop(event.key))
        for index, stage in enumerate(journey.stages):
            lane = scene.lanes.get(stage.id)
            if lane is None:
                lane = scene.lanes[stage.id] = StageLane(stage.id, index, stage.name,
                                                         HEADER_HEIGHT)
                scene.addItem(lane)
            lane.name = stage.name
            lane.set_index(index)
        if event.change in ("reordered", "added", "removed"):
            scene.place_cards(list(scene.cards), relayout=False)
            scene.map_layout.schedule(structure=True)
        scene.refresh_lanes()
