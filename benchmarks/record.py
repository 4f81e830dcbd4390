"""Shared by the benchmarks: timing, and reporting figures so run_all.py can print one table.

Each script still prints its own detailed output; `record` only appends a JSON line to
the file named by JOURNEY_BENCH_RESULTS when run_all.py sets it.
"""

from __future__ import annotations

import json
import os
import statistics
import time
from collections.abc import Callable


def record(operation: str, size: str, seconds: float, *, floor: float | None = None,
           target: float | None = None) -> None:
    path = os.environ.get("JOURNEY_BENCH_RESULTS")
    if not path:
        return
    row = {"operation": operation, "size": size, "seconds": seconds, "floor": floor,
           "target": target}
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(row) + "\n")


def timed(fn: Callable[[], object], rounds: int = 7) -> tuple[float, float]:
    """Best and median seconds of `rounds` calls."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)
