"""Killing the program while it saves never leaves an unreadable project: after each
SIGKILL the file is the old version or the new one (issue 8)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from journey_designer.domain.templates import blank_project
from journey_designer.io.project_file.sqlite_store import load_project, save_project

SAVER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {benchmarks!r})
    from synthetic import big_project
    from journey_designer.io.project_file.sqlite_store import save_project
    project = big_project(touchpoints=600, transitions=1800, tiers=3, actions=3000)
    path = sys.argv[1]
    print("ready", flush=True)
    generation = 0
    while True:
        generation += 1
        project.name = f"generation {{generation}}"
        save_project(project, path)
""")


def test_killing_a_save_at_random_moments_never_breaks_the_file(tmp_path: Path) -> None:
    path = tmp_path / "plan.journey"
    save_project(blank_project(name="generation 0"), path)
    benchmarks = str(Path(__file__).resolve().parent.parent / "benchmarks")
    script = tmp_path / "saver.py"
    script.write_text(SAVER.format(benchmarks=benchmarks), encoding="utf-8")
    rng = random.Random(20261123)
    seen: set[str] = set()
    for _ in range(12):
        process = subprocess.Popen([sys.executable, str(script), str(path)],
                                   stdout=subprocess.PIPE, text=True)
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.6))
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
        name = load_project(path).name  # must always load: old or new, never broken
        assert name.startswith("generation ")
        seen.add(name)
    assert len(seen) > 1  # the kills really happened during different saves
    leftovers = [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"]
    assert len(leftovers) <= 12  # at most one stray temporary file per kill, never the project
