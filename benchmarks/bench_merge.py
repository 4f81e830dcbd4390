"""Speed of `journey-designer merge` (issue 13): two edited versions of a project with
10,000 touchpoints, 30,000 transitions and 50,000 care actions, as JSON.

    .venv/bin/python benchmarks/bench_merge.py

Prints the whole command (a fresh process: start, read the three files, merge, validate
the result, write it) for JSON — target < 3 s — and for .journey files, with the CPU time
of the child (the machine is shared: wall time varies with the others' load), and apart
the merge itself on loaded projects, with the share of validate(), and the start-up alone
(`journey-designer --help`: no numpy, networkx, matplotlib or openpyxl, ~0.1 s CPU).
"""

from __future__ import annotations

import copy
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from record import record, timed  # noqa: E402
from synthetic import big_project  # noqa: E402

from journey_designer.domain import CareAction, Project, Touchpoint, Trigger  # noqa: E402
from journey_designer.domain.merge import merge_projects  # noqa: E402
from journey_designer.domain.validation import validate  # noqa: E402
from journey_designer.io.project_file.by_name import load_any, save_any  # noqa: E402

BIG = {"touchpoints": 10_000, "transitions": 30_000, "tiers": 5, "actions": 50_000}
SIZE = "10k touchpoints, 30k transitions, 50k actions"
COMMAND_LIMIT_S = 3.0


def versions() -> tuple[Project, Project, Project]:
    """Base, and two teammates' edits of it: a few hundred changes each, some colliding."""
    base = big_project(**BIG)
    ours, theirs = copy.deepcopy(base), copy.deepcopy(base)
    journey_o, journey_t = ours.journeys[0], theirs.journeys[0]
    for i in range(0, 10_000, 50):                       # 200 emotions (ours)
        journey_o.touchpoints[i].emotion = 3 - journey_o.touchpoints[i].emotion % 3
    for i in range(25, 10_000, 50):                      # 200 names (theirs)
        journey_t.touchpoints[i].name += " (revised)"
    for i in range(0, 10_000, 500):                      # 20 collide
        journey_t.touchpoints[i].emotion = -3
    for i in range(0, 50_000, 250):                      # 200 owners (ours)
        ours.actions[i].owner = "VIP desk"
    theirs.actions = [a for i, a in enumerate(theirs.actions) if i % 1000 != 7]  # 50 removed
    for i in range(100):                                 # 100 new cards and actions (theirs)
        stage = journey_t.stages[i % len(journey_t.stages)].id
        journey_t.touchpoints.insert(i * 90, Touchpoint(f"tp-new-{i}", stage, f"New {i}"))
        theirs.actions.append(CareAction(f"act-new-{i}", f"tp-new-{i}", ["tier-0"], "ch-1",
                                         f"Hello {i}", trigger=Trigger("offset", days=1)))
    for i in range(0, 10_000, 100):                      # 100 moved cards (both sides)
        journey_o.touchpoints[i].x = (journey_o.touchpoints[i].x or 0) + 20
        journey_t.touchpoints[i + 1].y = (journey_t.touchpoints[i + 1].y or 0) + 20
    return base, ours, theirs


def time_command(folder: Path, projects: tuple[Project, ...], suffix: str,
                 expected: Project, conflicts: int) -> tuple[float, float]:
    """Best wall and CPU seconds of the whole command on three files of one format."""
    paths = [folder / f"{role}{suffix}" for role in ("base", "ours", "theirs")]
    for project, path in zip(projects, paths, strict=True):
        save_any(project, path)
    out = folder / f"out{suffix}"
    command = [str(Path(sys.executable).with_name("journey-designer")), "merge",
               *map(str, paths), "-o", str(out)]
    times, cpu_times = [], []
    for _ in range(3):
        out.unlink(missing_ok=True)
        start, children = time.perf_counter(), os.times()
        done = subprocess.run(command, capture_output=True, text=True, timeout=600)
        times.append(time.perf_counter() - start)
        after = os.times()
        cpu_times.append(after.children_user + after.children_system
                         - children.children_user - children.children_system)
        assert done.returncode == 1, done.stderr  # the colliding emotions
        assert f"{conflicts} conflict(s)" in done.stdout, done.stdout
    assert load_any(out) == expected
    return min(times), min(cpu_times)


def start_up_cpu() -> float:
    """Best CPU seconds of `journey-designer --help` (a fresh process: start and imports)."""
    command = [str(Path(sys.executable).with_name("journey-designer")), "--help"]
    cpu_times = []
    for _ in range(3):
        before = os.times()
        subprocess.run(command, capture_output=True, check=True, timeout=120)
        after = os.times()
        cpu_times.append(after.children_user + after.children_system
                         - before.children_user - before.children_system)
    return min(cpu_times)


def main() -> None:
    print(f"journey-designer --help (start-up alone): CPU {start_up_cpu():.2f} s")
    base, ours, theirs = versions()
    best, median = timed(lambda: merge_projects(base, ours, theirs), rounds=3)
    result = merge_projects(base, ours, theirs)
    checking, _ = timed(lambda: validate(result.project), rounds=3)
    cpu = time.process_time()
    merge_projects(base, ours, theirs)
    cpu = time.process_time() - cpu
    print(f"merge on loaded projects ({SIZE}): best {best:.2f} s, median {median:.2f} s "
          f"(CPU {cpu:.2f} s), of which validate() of the result {checking:.2f} s; "
          f"{len(result.conflicts)} conflicts")
    record("merge two versions (loaded)", SIZE, best)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        n = len(result.conflicts)
        whole, whole_cpu = time_command(folder, (base, ours, theirs), ".json", result.project, n)
        sqlite, sqlite_cpu = time_command(folder, (base, ours, theirs), ".journey", result.project, n)
    print(f"journey-designer merge, 3 .journey files: best {sqlite:.2f} s (CPU {sqlite_cpu:.2f} s)")
    record("merge command (3 .journey versions)", SIZE, sqlite, target=COMMAND_LIMIT_S)
    verdict = "OK" if whole < COMMAND_LIMIT_S else "SLOW"
    print(f"journey-designer merge (whole command, 3 JSON files): best {whole:.2f} s "
          f"(CPU {whole_cpu:.2f} s; target < {COMMAND_LIMIT_S:.0f} s) {verdict}")
    record("merge command (3 JSON versions)", SIZE, whole, target=COMMAND_LIMIT_S)


if __name__ == "__main__":
    main()
