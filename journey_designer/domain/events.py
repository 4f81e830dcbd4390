"""Domain events and a tiny observer: views learn what changed without polling.

Qt-free on purpose, so the core can be tested without a QApplication; the UI
subscribes plain callables.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

Kind = Literal[
    "project", "journey", "stage", "touchpoint", "transition", "action", "tier", "channel", "plan"
]
Change = Literal["added", "removed", "changed", "reordered", "reset"]


@dataclass(frozen=True, slots=True)
class Event:
    """Something in the project changed.

    `kind` says what sort of object, `change` how; `journey` and `key` locate it
    (key: an object id, or "source->target" for a transition; `parent` the touchpoint
    of a care action). A "reset" event means the whole project was replaced and every
    view should rebuild.
    """

    kind: Kind
    change: Change
    journey: str | None = None
    key: str | None = None
    fields: tuple[str, ...] = ()
    parent: str | None = None


Listener = Callable[[Event], None]


class Observable:
    """Keeps listeners and calls each one with every event, in subscription order."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Add a listener; returns a function that removes it again."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def emit(self, event: Event) -> None:
        for listener in list(self._listeners):
            listener(event)


def transition_key(source: str, target: str) -> str:
    return f"{source}->{target}"
