"""Benchmarks report their figures here too, so run_all.py can print one table.

Each script still prints its own detailed output; `record` only appends a JSON line to
the file named by JOURNEY_BENCH_RESULTS when run_all.py sets it.
"""

from __future__ import annotations

import json
import os


def record(operation: str, size: str, seconds: float, *, floor: float | None = None,
           target: float | None = None) -> None:
    path = os.environ.get("JOURNEY_BENCH_RESULTS")
    if not path:
        return
    row = {"operation": operation, "size": size, "seconds": seconds, "floor": floor,
           "target": target}
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(row) + "\n")
