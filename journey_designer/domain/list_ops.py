"""Index-keeping list operations the editors share, so undo can restore exact order."""

from __future__ import annotations

from typing import Any


def take_where(items: list[Any], keep: Any) -> list[tuple[int, Any]]:
    """Remove the items for which keep() is False; returns them with their old indexes."""
    taken = [(i, item) for i, item in enumerate(items) if not keep(item)]
    if taken:
        items[:] = [item for item in items if keep(item)]
    return taken


def insert_at(items: list[Any], item: Any, index: int | None) -> int:
    """Insert at `index`, or at the end when it is None; returns where it went."""
    at = len(items) if index is None else index
    items.insert(at, item)
    return at


def put_back(items: list[Any], taken: list[tuple[int, Any]]) -> None:
    for index, item in taken:  # ascending indexes: each lands where it was
        items.insert(index, item)
