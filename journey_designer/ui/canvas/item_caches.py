"""Item caches off while the map is rendered onto a page.

Cards, the emotion curve and the far-zoom overview keep a picture of themselves in
device pixels (QGraphicsItem.DeviceCoordinateCache) so that a repaint on screen is a
copy. Rendered onto a PDF page, Qt draws that picture too: every card became a JPEG in
the slides. While the caches are off, items paint themselves onto the page, as shapes
and text (the cards see a vector device: items/card_look.py).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QGraphicsItem
from shiboken6 import isValid

_OFF = QGraphicsItem.CacheMode.NoCache


class ItemCachesOff:
    """Turns off the caches of `items` (JourneyScene.cached_items: asking each of a
    huge map's 40,000 items would take a tenth of a second); `restore` turns them back on."""

    def __init__(self, items: Iterable[QGraphicsItem]) -> None:
        self.cached = [(item, item.cacheMode()) for item in items
                       if item.cacheMode() != _OFF]
        for item, _ in self.cached:
            item.setCacheMode(_OFF)

    def restore(self) -> None:
        for item, mode in self.cached:
            if isValid(item):
                item.setCacheMode(mode)
        self.cached = []
