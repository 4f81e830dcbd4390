"""Sprites: small pictures the map draws many times (a card's body, an emotion face, a
tier dot, a badge, a share label), drawn once per look and device scale and then copied.

Copying a picture costs a fraction of drawing antialiased shapes and shaping text again
(issue 15: a frame of a big map paints ~70 new cards and ~200 share labels). They are
made at the painter's device scale, so a copy maps pixel to pixel and looks as drawn.
The store holds at most ~24 MB and starts again when full (a zoom sweep makes new scales).
On a device that is not pixels (the slides PDF) callers draw shapes instead:
`vector_device`.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEngine, QPainter, QPixmap

Draw = Callable[[QPainter], None]
_HINTS = QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
_STORE: dict[tuple[object, ...], QPixmap] = {}
_MAX_BYTES = 24 * 1024 * 1024
_bytes = 0


def vector_device(painter: QPainter) -> bool:
    """Whether the painter draws on something other than pixels (a PDF)."""
    engine = painter.paintEngine()
    return engine is None or engine.type() != QPaintEngine.Type.Raster


def device_scale(painter: QPainter, lod: float) -> float:
    """Device pixels per scene unit (rounded: a smooth zoom makes few sprite scales)."""
    return round(lod * painter.device().devicePixelRatioF(), 3)


def sprite(key: tuple[object, ...], width: float, height: float, scale: float,
           draw: Draw) -> QPixmap:
    """The picture `draw` makes in a `width` x `height` box (scene units) at `scale`;
    draw it with QPainter.drawPixmap at the box's top-left."""
    global _bytes
    found = _STORE.get((key, scale))
    if found is None:
        columns = max(1, math.ceil(width * scale))
        rows = max(1, math.ceil(height * scale))
        found = QPixmap(columns, rows)
        found.setDevicePixelRatio(scale)
        found.fill(Qt.GlobalColor.transparent)
        painter = QPainter(found)
        painter.setRenderHints(_HINTS)
        draw(painter)
        painter.end()
        size = columns * rows * 4
        if size > _MAX_BYTES // 8:
            return found  # (zoomed in very far: made for this paint, not kept)
        if _bytes + size > _MAX_BYTES:
            _STORE.clear()
            _bytes = 0
        _STORE[(key, scale)] = found
        _bytes += size
    return found


def forget() -> None:
    """Drop every sprite (after a change of language or fonts: their texts change)."""
    global _bytes
    _STORE.clear()
    _bytes = 0
