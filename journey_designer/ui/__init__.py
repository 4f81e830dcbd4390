"""The desktop app (PySide6). Importing it makes PySide6's import hook cheap, first.

PySide6 (shiboken) replaces `__import__` with a hook that, for every Python module
imported afterwards, asks `inspect.getsource(module)` whether its text mentions
"PySide6" (to know which modules may switch on its optional `__feature__` API). That
reads each module's source into `linecache` and keeps it there: ~580 modules and 20 MB
that stay for the life of the program (measured: issue 15, memory after opening a map).
The same question is answered here by reading the file's bytes and keeping nothing;
the answer is the same, so PySide6 behaves as before.

It also makes threads take turns with the interpreter every half millisecond instead of
every five (see SWITCH_INTERVAL).
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6  # noqa: F401 - installs the hook (and its helper module) patched below


def _mentions_pyside(module: ModuleType) -> bool:
    """Whether the module's source text mentions PySide6 (as shiboken asks, without
    caching the text)."""
    spec = getattr(module, "__spec__", None)
    origin = getattr(spec, "origin", None)
    if not isinstance(origin, str) or not origin.endswith(".py"):
        return False  # built-in or compiled: shiboken's own check finds no source either
    try:
        with open(origin, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def _patch_feature_hook() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _mentions_pyside


_patch_feature_hook()


# PySide6 lets go of the interpreter lock in most calls into Qt. While a worker thread
# runs Python (the analysis of a big map, reading a file), the window's thread then
# waits for the lock after every such call, up to the switch interval each time:
# deleting 2,000 graphics items took 1.5 s instead of 2 ms beside a busy thread (Python's
# default of 5 ms), 0.13 s with 1 ms, 0.05 s with 0.5 ms. Freeing an old map or drawing
# a new one beside the analysis stalled the window for 0.2-0.3 s. Two busy threads lose
# no measurable speed to the extra switches (10 million additions: 0.28 s either way).
SWITCH_INTERVAL = 0.0005
sys.setswitchinterval(SWITCH_INTERVAL)
