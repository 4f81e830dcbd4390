"""Tell a benchmark or a test when the map was first painted (issue 15, start-up speed).

With JOURNEY_DESIGNER_REPORT_FIRST_PAINT set, the map view prints one line to standard
output the first time it has painted a map with cards:

    first-paint <seconds since the epoch>

and with the value `quit` the app then quits. Without the variable nothing happens: the
view asks `first_paint_reporter()` once and keeps None.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

ENV = "JOURNEY_DESIGNER_REPORT_FIRST_PAINT"
PREFIX = "first-paint"


def first_paint_reporter() -> Callable[[], None] | None:
    """What the view calls after its first paint of a map, or None when not asked."""
    value = os.environ.get(ENV, "")
    if not value or value == "0":
        return None
    return lambda: _report(quit_after=value == "quit")


def _report(*, quit_after: bool) -> None:
    stamp = time.time()
    if sys.stdout is not None:
        print(f"{PREFIX} {stamp:.6f}", flush=True)
    if quit_after:
        from PySide6.QtCore import QCoreApplication, QTimer

        QTimer.singleShot(0, QCoreApplication.quit)
