"""Reading OURS and THEIRS of a merge with BASE's objects where an item is unchanged.

Most of the items of two versions of a big project are the base's, as they were. `Sharing`
keeps the base's parsed JSON and its model; a stage, touchpoint, transition or care action
of a later version whose parsed JSON is exactly the base's — the same keys in the same
order, equal values of the same types (`True == 1 == 1.0` in Python, not in the file) — is
the base's object itself instead of a new one. Fewer objects are made, and the merge finds
the unchanged ones with an `is`. The merge never changes an object it is given (it makes
new ones), so sharing them is safe; only `journey-designer merge` reads this way.

The check runs over whole lists at once (a Python call per item would cost more than making
the object): an item is the base's when their `marshal` bytes (format 2: no references
between objects) are the same — which holds only for equal values of the same types, keys in
the same order, all the way down.
"""

from __future__ import annotations

import marshal
import operator
from collections.abc import Callable, Hashable
from itertools import repeat
from typing import Any

from journey_designer.domain import Project

# JSON lists shared: their name and what finds an item's counterpart in the base's
_ID = operator.itemgetter("id")
_PROJECT_LISTS: dict[str, Callable[[Any], Hashable]] = {"actions": _ID}
_JOURNEY_LISTS: dict[str, Callable[[Any], Hashable]] = {
    "stages": _ID, "touchpoints": _ID, "transitions": operator.itemgetter("from", "to")}
_MARSHAL_VERSION = 2  # 3 and later mark objects met twice, which depends on their sharing


def _codes(items: list[Any]) -> list[bytes] | None:
    """Each item's marshal bytes; None when one cannot be (a value json_guard made)."""
    try:
        return list(map(marshal.dumps, items, repeat(_MARSHAL_VERSION)))
    except ValueError:
        return None


class _BaseList:
    """One list of the base: its objects, their items' bytes, and where each key is."""

    def __init__(self, objects: list[Any], codes: list[bytes], key: Callable[[Any], Hashable],
                 where: dict[Hashable, int]) -> None:
        self.objects, self.key, self.where = objects, key, where
        self.codes: list[bytes | None] = [*codes, None]  # None: no counterpart

    def share(self, items: list[Any]) -> list[Any]:
        """`items` with those exactly the base's replaced by the base's objects."""
        if set(map(type, items)) != {dict}:
            return items  # the reader says what is wrong
        try:
            found = list(map(self.where.get, map(self.key, items), repeat(len(self.objects))))
        except (KeyError, TypeError):  # an item without its key, or an unhashable one
            return items
        codes = _codes(items)
        if codes is None:
            return items
        objects = self.objects
        same = map(operator.eq, codes, map(self.codes.__getitem__, found))
        return [objects[i] if alike else item for item, i, alike in zip(items, found, same, strict=True)]


class Sharing:
    """The base's lists, for the `share` hook of the later versions' loads."""

    def __init__(self) -> None:
        self._lists: dict[tuple[Any, ...], _BaseList] = {}
        self._data: Any = None

    def keep(self, data: Any) -> Any:
        """The `share` hook of the base's load: keep its parsed JSON for `adopt`."""
        self._data = data
        return data

    def adopt(self, project: Project) -> None:
        """Pair the base's parsed JSON (`keep`) with the project made from it."""
        data, self._data = self._data, None
        if type(data) is not dict:
            return
        self._add(("project",), data, project, _PROJECT_LISTS)
        journeys = data.get("journeys")
        if type(journeys) is list and len(journeys) == len(project.journeys):
            for item, journey in zip(journeys, project.journeys, strict=True):
                self._add(("journey", journey.id), item, journey, _JOURNEY_LISTS)

    def _add(self, scope: tuple[Any, ...], data: dict[str, Any], model: Any,
             lists: dict[str, Callable[[Any], Hashable]]) -> None:
        for name, key in lists.items():
            items, objects = data.get(name), getattr(model, name)
            if type(items) is not list or len(items) != len(objects):
                continue
            codes = _codes(items)
            try:
                where = {k: i for i, k in enumerate(map(key, items))}
            except (KeyError, TypeError):
                continue
            if codes is not None:
                self._lists[(*scope, name)] = _BaseList(objects, codes, key, where)

    def share(self, data: Any) -> Any:
        """The `share` hook of a later version's load: its parsed JSON with the unchanged
        items replaced by the base's objects (the reader takes an object made as it is)."""
        if type(data) is not dict or not self._lists:
            return data
        data = dict(data)
        self._replace(("project",), data, _PROJECT_LISTS)
        journeys = data.get("journeys")
        if type(journeys) is list:
            data["journeys"] = [self._journey(j) for j in journeys]
        return data

    def _journey(self, item: Any) -> Any:
        if type(item) is not dict or type(item.get("id")) is not str:
            return item
        item = dict(item)
        self._replace(("journey", item["id"]), item, _JOURNEY_LISTS)
        return item

    def _replace(self, scope: tuple[Any, ...], data: dict[str, Any],
                 lists: dict[str, Callable[[Any], Hashable]]) -> None:
        for name in lists:
            base = self._lists.get((*scope, name))
            items = data.get(name)
            if base is not None and type(items) is list:
                data[name] = base.share(items)
