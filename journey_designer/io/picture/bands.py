"""Raster pictures of the map drawn in horizontal bands, two processes at once.

Drawing a big map is mostly pixel work inside Agg, which holds the GIL: 5,000 arrows
at 4K width are ~25 million pixels of anti-aliased line. So a big PNG is cut into a top
and a bottom band; a forked child draws and deflates the bottom band (each band's
figure holds only what it can show) while this process does the top, and the two
deflate streams are joined into one PNG (see png.py). Each process draws its half in
bands of at most BAND_PIXELS, deflating one before drawing the next, so a 4K picture of
a 2,000-card map (~95 million pixels, 380 MB of RGBA) never has more than a band's
pixels in memory. Where fork is not available
or not safe (not Linux, other threads running, Qt loaded) or the picture is small, one
band is drawn here. Both ways give the same picture (a few hundred edge pixels of
millions may be anti-aliased a little differently where a coordinate rounds the other
way).
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import sys
import threading
from collections.abc import Callable
from typing import Protocol

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from journey_designer.io.picture.png import Deflated, deflate_rows, join

FORK_MIN_PIXELS = 16_000_000  # below this a second process costs more than it saves
PROCESSES = 2  # bands drawn at once (1 turns the child process off)
TOP_SHARE = 0.45  # of the rows, drawn here: this process also laid the map out before
BAND_PIXELS = 12_000_000  # drawn at a time in a process: ~48 MB of RGBA (Agg's buffer)


class BandLayout(Protocol):
    def band_figure(self, scale: float, width_px: int, row0: int, row1: int) -> Figure: ...


def band_pixels(layout: BandLayout, scale: float, width_px: int, row0: int,
                row1: int) -> np.ndarray:
    """Rows row0..row1 of the picture as RGBA pixels."""
    canvas = FigureCanvasAgg(layout.band_figure(scale, width_px, row0, row1))
    canvas.draw()
    pixels = np.asarray(canvas.buffer_rgba())
    if pixels.shape[:2] != (row1 - row0, width_px):  # pragma: no cover - a rounding slip
        raise RuntimeError(f"band drawn {pixels.shape[1]}×{pixels.shape[0]} px, "
                           f"expected {width_px}×{row1 - row0}")
    return pixels


def deflated_rows(layout: BandLayout, scale: float, width_px: int, row0: int, row1: int,
                  last: bool, threads: int = 1) -> Deflated:
    """Rows row0..row1 drawn and deflated one band of at most BAND_PIXELS at a time: a
    process holds one band's pixels, never the whole picture's."""
    step = max(1, BAND_PIXELS // max(width_px, 1))
    parts = []
    # A band's figure is a cycle of objects (its texts keep Agg's renderer, and so its
    # buffer): only the garbage collector frees it. Frozen, the objects already there
    # are not searched again: collecting after each band takes milliseconds.
    gc.freeze()
    try:
        for top in range(row0, row1, step):
            bottom = min(top + step, row1)
            pixels = band_pixels(layout, scale, width_px, top, bottom)
            parts.append(deflate_rows(pixels, last=last and bottom == row1, threads=threads))
            del pixels
            gc.collect()
    finally:
        gc.unfreeze()
    return join(parts)


def deflated_picture(layout: BandLayout, scale: float, width_px: int,
                     height_px: int) -> list[Deflated]:
    """The whole picture's rows, deflated, drawn in one process or two."""
    if not _can_fork(width_px * height_px):
        return [deflated_rows(layout, scale, width_px, 0, height_px, True,
                              threads=min(os.cpu_count() or 1, 4))]
    split = round(height_px * TOP_SHARE)

    def bottom() -> Deflated:
        return deflated_rows(layout, scale, width_px, split, height_px, True)

    child = _Child(lambda: bottom().to_bytes())
    try:
        top = deflated_rows(layout, scale, width_px, 0, split, False)
        rest = child.result()
    except BaseException:  # interrupted: leave no process behind
        child.stop()
        raise
    return [top, rest if rest is not None else bottom()]  # the child failed: do it here


def _can_fork(pixels: int) -> bool:
    return (PROCESSES > 1 and pixels >= FORK_MIN_PIXELS and hasattr(os, "fork")
            and sys.platform.startswith("linux") and (os.cpu_count() or 1) > 1
            and not _threads_elsewhere())


def _threads_elsewhere() -> bool:
    """Whether other threads may hold locks a forked child would inherit held: other
    Python threads, or Qt's own (the desktop app draws its pictures in one process)."""
    return threading.active_count() > 1 or "PySide6.QtCore" in sys.modules


class _Child:
    """A forked process computing some bytes for us; result() is None if it failed."""

    def __init__(self, work: Callable[[], bytes]) -> None:
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never return into the caller's code
            code = 1
            try:
                os.close(read_end)
                data = work()
                with os.fdopen(write_end, "wb") as out:
                    out.write(data)
                code = 0
            except BaseException:  # noqa: S110 - the parent redoes the work
                pass
            finally:
                os._exit(code)
        os.close(write_end)
        self.pid = pid
        self.read_end = read_end

    def result(self) -> Deflated | None:
        with os.fdopen(self.read_end, "rb") as pipe:
            self.read_end = -1
            raw = pipe.read()
        _, status = os.waitpid(self.pid, 0)
        self.pid = 0
        if os.waitstatus_to_exitcode(status) != 0 or not raw:
            return None
        return Deflated.from_bytes(raw)

    def stop(self) -> None:
        """End the child (if still there) and reap it."""
        if self.read_end >= 0:
            os.close(self.read_end)
            self.read_end = -1
        if self.pid:
            with contextlib.suppress(OSError):
                os.kill(self.pid, signal.SIGTERM)
                os.waitpid(self.pid, 0)
            self.pid = 0
