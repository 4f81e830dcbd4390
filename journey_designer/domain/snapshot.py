"""A fast deep copy of a project, taken on the UI thread for work done elsewhere.

The analysis runs in a worker thread; it must read a copy the editor cannot change
under it. `copy.deepcopy` costs seconds on a big plan. The model is dataclasses of
strings, numbers, lists and a few nested dataclasses, so one copying function is
generated per class from its declared field types: lists of strings are copied with
`list()`, lists and fields of model classes with that class's own copier, and what is
immutable (strings, numbers, None, literals) is shared.
"""

from __future__ import annotations

import dataclasses
import gc
import re
from collections.abc import Callable
from typing import Any

from journey_designer.domain import model
from journey_designer.domain.model import Project

_COPIERS: dict[type, Callable[[Any], Any]] = {}
_LIST_OF = re.compile(r"^list\[(\w+)\]$")


def snapshot(project: Project) -> Project:
    """A deep copy of `project` sharing only immutable values."""
    enabled = gc.isenabled()
    gc.disable()  # a million new acyclic objects: collection passes would double the time
    try:
        return copier(Project)(project)
    finally:
        if enabled:
            gc.enable()


def copier(kind: type) -> Callable[[Any], Any]:
    """The copying function of one model dataclass, compiled once."""
    found = _COPIERS.get(kind)
    if found is None:
        found = _COPIERS[kind] = _make_copier(kind)
    return found


def _make_copier(kind: type) -> Callable[[Any], Any]:
    names: dict[str, Any] = {"_kind": kind}
    parts = []
    for f in dataclasses.fields(kind):
        declared = str(f.type).replace(" ", "")
        listed = _LIST_OF.match(declared)
        inner = listed.group(1) if listed else declared
        model_class = getattr(model, inner, None)
        is_model = dataclasses.is_dataclass(model_class)
        if is_model:
            names[f"_c_{inner}"] = _Lazy(model_class)  # type: ignore[arg-type]
        if listed and is_model:
            parts.append(f"[_c_{inner}(v) for v in o.{f.name}]")
        elif listed:
            parts.append(f"list(o.{f.name})")  # a list of immutable values
        elif is_model:
            parts.append(f"_c_{inner}(o.{f.name})")
        elif declared.startswith(("list", "dict", "set")):
            raise TypeError(f"snapshot cannot copy {kind.__name__}.{f.name}: {declared}")
        else:
            parts.append(f"o.{f.name}")
    return eval(f"lambda o: _kind({', '.join(parts)})", names)  # noqa: S307 - our own source


class _Lazy:
    """A nested class's copier, made when first called (classes refer to each other)."""

    __slots__ = ("kind", "fn")

    def __init__(self, kind: type) -> None:
        self.kind = kind
        self.fn: Callable[[Any], Any] | None = None

    def __call__(self, value: Any) -> Any:
        fn = self.fn
        if fn is None:
            fn = self.fn = copier(self.kind)
        return fn(value)
