"""Save, load and validate a big project; compare with a raw sqlite3 floor.

    .venv/bin/python benchmarks/bench_io.py

Target (issue 2): save and load each < 1 s and within 2x of the floor.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from record import record  # noqa: E402
from synthetic import big_project  # noqa: E402

from journey_designer.domain.validation import validate  # noqa: E402
from journey_designer.io.project_file.schema import TABLES  # noqa: E402
from journey_designer.io.project_file.sqlite_store import _rows_of, load_project, save_project  # noqa: E402

ROUNDS = 5


def best_of(fn, rounds: int = ROUNDS) -> tuple[float, float]:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
        del result  # freeing the result is not part of the operation
    return min(times), statistics.median(times)


def floor_write(rows: dict, path: Path) -> None:
    """The same rows, already built, through plain sqlite3: one executemany a table."""
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    with conn:
        for name, spec in TABLES.items():
            conn.execute(f"CREATE TABLE [{name}] ({', '.join(f'[{c}]' for c in spec.columns)})")
            marks = ", ".join("?" * len(spec.columns))
            conn.executemany(f"INSERT INTO [{name}] VALUES ({marks})", rows[name])
    conn.close()


def floor_read(path: Path) -> list:
    conn = sqlite3.connect(path)
    rows = [conn.execute(f"SELECT * FROM [{name}]").fetchall() for name in TABLES]
    conn.close()
    return rows


def main() -> None:
    project = big_project()
    journey = project.journeys[0]
    print(f"project: {len(journey.touchpoints):,} touchpoints, {len(journey.transitions):,} "
          f"transitions, {len(project.tiers)} tiers, {len(project.actions):,} care actions")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.journey"
        floor_path = Path(folder) / "floor.sqlite"
        save = best_of(lambda: save_project(project, path))
        load = best_of(lambda: load_project(path))
        check = best_of(lambda: validate(project))
        rows = _rows_of(project)
        fw = best_of(lambda: floor_write(rows, floor_path))
        fr = best_of(lambda: floor_read(floor_path))
        assert load_project(path) == project
        size = path.stat().st_size
    print(f"file size: {size / 1e6:.1f} MB")
    print(f"{'operation':<34}{'best':>9}{'median':>9}{'floor':>9}{'x floor':>9}")
    for label, (best, median), floor in (
        ("save (atomic, fsync)", save, fw[0]),
        ("load", load, fr[0]),
        ("validate", check, None),
        ("floor: sqlite3 executemany write", fw, None),
        ("floor: sqlite3 read all rows", fr, None),
    ):
        if not label.startswith("floor"):
            record(label, "5k touchpoints, 15k transitions, 20k actions", best, floor=floor,
                   target=1.0 if label != "validate" else None)
        ratio = f"{best / floor:8.2f}x" if floor else f"{'':>9}"
        floor_text = f"{floor:8.3f}s" if floor else f"{'':>9}"
        print(f"{label:<34}{best:8.3f}s{median:8.3f}s{floor_text}{ratio}")


if __name__ == "__main__":
    main()
