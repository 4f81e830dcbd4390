"""Lets go of big object graphs a slice at a time.

Dropping the last reference to an old 10,000-card project (or its layout, or the
overview's lists) frees hundreds of thousands of objects in one go: 50-100 ms in which
the window does not answer. `release_later` takes such references and drops them over
the next event-loop turns. A list, dict, set, tuple or dataclass that nobody else
holds is taken apart first (its parts are queued, then it is dropped, which is cheap),
so each slice frees only what fits in a few milliseconds. Objects that others still
hold are merely let go of; nothing is changed in place.
"""

from __future__ import annotations

import dataclasses
import sys
import time
from collections import deque

from PySide6.QtCore import QTimer

SLICE_SECONDS = 0.008
_ATOMS = (str, bytes, int, float, bool, type(None))
_queue: deque[object] = deque()
_scheduled = False


def release_later(*objects: object) -> None:
    """Drop `objects` over the next event-loop turns instead of now."""
    global _scheduled
    _queue.extend(objects)
    if not _scheduled and _queue:
        _scheduled = True
        QTimer.singleShot(0, _release_slice)


def pending() -> int:
    """How many objects wait to be let go of (0 once all are)."""
    return len(_queue)


def _release_slice() -> None:
    global _scheduled
    deadline = time.perf_counter() + SLICE_SECONDS
    count = 0
    while _queue:
        _take_apart(_queue.pop())
        count += 1
        if count % 64 == 0 and time.perf_counter() >= deadline:
            break
    _scheduled = bool(_queue)
    if _scheduled:
        QTimer.singleShot(0, _release_slice)


def _take_apart(item: object) -> None:
    """Queue the parts of `item` when this is its last reference; then drop it."""
    # Two references when nobody else holds it: `item` and getrefcount's argument.
    if isinstance(item, _ATOMS) or sys.getrefcount(item) > 2:
        return
    if isinstance(item, (list, tuple, set, frozenset)):
        if len(item) > 1:
            _queue.extend(item)
    elif isinstance(item, dict):
        if item:
            _queue.extend(item.values())
    elif dataclasses.is_dataclass(item) and not isinstance(item, type):
        _queue.extend(getattr(item, f.name) for f in dataclasses.fields(item))
