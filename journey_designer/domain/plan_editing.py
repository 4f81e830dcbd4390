"""Index-keeping mutators of the project-level lists: tiers, channels, care actions,
KPIs, phases and risks. Mixed into ProjectEditor; each change emits one Event.

Objects with ids (tiers, channels, actions) are found by id; KPIs, phases and risks
have no ids and are addressed by their index in the list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from journey_designer.domain.events import Event, Kind
from journey_designer.domain.list_ops import insert_at
from journey_designer.domain.model import Project

# list attribute of Project -> the Event kind of its items
PLAN_LISTS: dict[str, Kind] = {
    "tiers": "tier", "channels": "channel", "actions": "action",
    "kpis": "plan", "phases": "plan", "risks": "plan",
}


class PlanEditing:
    """Mutators for Project's top-level lists (needs `project` and `emit`)."""

    project: Project
    emit: Callable[[Event], None]  # provided by Observable

    def _items(self, list_name: str) -> list[Any]:
        if list_name not in PLAN_LISTS:
            raise KeyError(f"no list {list_name!r}")
        return getattr(self.project, list_name)

    def index_of(self, list_name: str, key: str | int) -> int:
        """The index of an item: `key` is an id, or already an index for id-less lists."""
        items = self._items(list_name)
        if isinstance(key, int):
            if not 0 <= key < len(items):
                raise KeyError(f"no item {key} in {list_name}")
            return key
        for i, item in enumerate(items):
            if getattr(item, "id", None) == key:
                return i
        raise KeyError(f"no item {key!r} in {list_name}")

    def item(self, list_name: str, key: str | int) -> Any:
        return self._items(list_name)[self.index_of(list_name, key)]

    def _event(self, list_name: str, change: str, key: str | int,
               fields: tuple[str, ...] = ()) -> Event:
        item_key = key if isinstance(key, str) else f"{list_name}[{key}]"
        journey = touchpoint = None
        if list_name == "actions":
            touchpoint = self.item("actions", key).touchpoint
            journey = self._journey_of(touchpoint)
        return Event(PLAN_LISTS[list_name], change, journey, item_key, fields,  # type: ignore[arg-type]
                     parent=touchpoint)

    def _journey_of(self, touchpoint: str) -> str | None:
        for journey in self.project.journeys:
            if any(tp.id == touchpoint for tp in journey.touchpoints):
                return journey.id
        return None

    def insert_item(self, list_name: str, item: Any, index: int | None = None) -> int:
        at = insert_at(self._items(list_name), item, index)
        self.emit(self._event(list_name, "added", getattr(item, "id", at)))
        return at

    def remove_item(self, list_name: str, key: str | int) -> tuple[int, Any]:
        """Remove an item; returns (index, item) to put it back with insert_item."""
        index = self.index_of(list_name, key)
        event = self._event(list_name, "removed", key)
        item = self._items(list_name).pop(index)
        self.emit(event)
        return index, item

    def set_item_fields(self, list_name: str, key: str | int,
                        changes: dict[str, Any]) -> dict[str, Any]:
        """Set fields of one item; returns their previous values (apply them to undo)."""
        item = self.item(list_name, key)
        old = {name: getattr(item, name) for name in changes}
        for name, value in changes.items():
            setattr(item, name, value)
        self.emit(self._event(list_name, "changed", key, tuple(changes)))
        return old

    def move_item(self, list_name: str, old_index: int, new_index: int) -> None:
        items = self._items(list_name)
        items.insert(new_index, items.pop(old_index))
        self.emit(Event(PLAN_LISTS[list_name], "reordered", None, list_name))  # type: ignore[arg-type]

    def set_project_fields(self, changes: dict[str, Any]) -> dict[str, Any]:
        old = {name: getattr(self.project, name) for name in changes}
        for name, value in changes.items():
            setattr(self.project, name, value)
        self.emit(Event("project", "changed", None, None, tuple(changes)))
        return old

    def actions_using(self, list_name: str, object_id: str) -> list[str]:
        """Ids of the care actions that refer to a tier or channel."""
        if list_name == "tiers":
            return [a.id for a in self.project.actions if object_id in a.tiers]
        if list_name == "channels":
            return [a.id for a in self.project.actions if a.channel == object_id]
        return []
