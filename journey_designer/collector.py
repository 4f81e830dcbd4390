"""Python's cyclic garbage collector around work that makes a big project.

A 10,000-card project is millions of objects without cycles among them. While they
are being made, the collector would stop the program again and again to look at all
of them (a full pass over a big heap takes 0.1-0.2 s, and it stops every thread: the
window too). `paused()` runs such work with the collector off (loading a file);
`kept_without_collection` then also freezes what exists (gc.freeze): later passes skip
those objects, and reference counts still free each one when it goes.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")


@contextmanager
def paused() -> Iterator[None]:
    """The collector off inside the block, and back as it was after it."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def kept_without_collection(work: Callable[[], T]) -> T:
    """`work()` with the collector paused; what it made (and everything else alive) is
    frozen afterwards, whether it returned or raised."""
    with paused():
        try:
            return work()
        finally:
            gc.freeze()
