"""Warming up a shown map: what its first scroll would make, made in idle moments.

A card lays out its inside (text widths, QStaticText) and a tile gathers its arrows'
parts (arrow_batch.py) at their first paint. Scrolling a big map for the first time made
a frame 3x slower than the next time (issue 15: 60 fps scrolling). So once a map is
shown, the cards and tiles are prepared a few milliseconds per event-loop turn, nearest
the view first; a turn with input or painting waiting runs those first. A new map, or
a change of journey, starts again.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from journey_designer.ui.canvas.scene import JourneyScene

SLICE_S = 0.004  # preparing per event-loop turn
START_AFTER_MS = 250  # the first paint and the start of the analysis go first


class WarmUp(QObject):
    """Prepares the cards and arrow tiles of `scene`'s map."""

    def __init__(self, scene: JourneyScene) -> None:
        super().__init__(scene)
        self.scene = scene
        self._work: Iterator[None] | None = None  # the units left, while warming up
        self._delay = QTimer(self, singleShot=True, interval=START_AFTER_MS)
        self._delay.timeout.connect(self._begin)
        self._turn = QTimer(self, singleShot=True, interval=0)
        self._turn.timeout.connect(self._slice)

    @property
    def running(self) -> bool:
        return self._delay.isActive() or self._work is not None

    def start(self) -> None:
        """Prepare the map shown now (after a moment); stops any earlier warm-up."""
        self._turn.stop()
        self._work = None
        self._delay.start()

    def finish(self) -> None:
        """Prepare what is left at once (tests, benchmarks)."""
        if self._delay.isActive():
            self._delay.stop()
            self._work = self._units()
        self._turn.stop()
        for _ in self._work or ():
            pass
        self._work = None

    def _begin(self) -> None:
        self._work = self._units()
        self._turn.start()

    def _slice(self) -> None:
        deadline = time.perf_counter() + SLICE_S
        for _ in self._work or ():
            if time.perf_counter() >= deadline:
                self._turn.start()
                return
        self._work = None

    def _units(self) -> Iterator[None]:
        """Each card and tile of the map, nearest the centre of the first view first;
        stops if the scene shows other items meanwhile."""
        scene = self.scene
        layer = scene.layer
        cx, cy = _view_centre(scene)
        units: list[tuple[float, object]] = []
        for card in scene.cards.values():
            units.append((math.hypot(card.x() - cx, card.y() - cy), card))
        for tile in scene.arrow_batches.tiles.values():
            centre = tile.area.center()
            units.append((math.hypot(centre.x() - cx, centre.y() - cy), tile))
        units.sort(key=lambda unit: unit[0])
        for _, unit in units:
            if scene.layer is not layer:
                return  # another map: its own warm-up runs
            unit.prepare()  # type: ignore[attr-defined]
            yield


def _view_centre(scene: JourneyScene) -> tuple[float, float]:
    for view in scene.views():
        centre = view.mapToScene(view.viewport().rect().center())
        return centre.x(), centre.y()
    return 0.0, 0.0
