"""Speed and memory of the gap analysis (issue 5).

    .venv/bin/python benchmarks/bench_analysis.py

Targets: a full analysis of 10,000 touchpoints, 30,000 transitions (loops included),
5 tiers and 50,000 care actions in < 2 s and < 1 GB peak memory; the refresh after one
edit of a 2,000-touchpoint project in < 200 ms. Peak memory is measured in a child
process (ru_maxrss of the whole process, and tracemalloc's peak of the analysis alone).
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from record import record, timed  # noqa: E402
from synthetic import big_project  # noqa: E402

from journey_designer.analysis import Analyzer, analyze  # noqa: E402
from journey_designer.domain import CareAction, Project, Trigger  # noqa: E402

BIG = {"touchpoints": 10_000, "transitions": 30_000, "tiers": 5, "actions": 50_000}
MEDIUM = {"touchpoints": 2_000, "transitions": 6_000, "tiers": 5, "actions": 10_000}
FULL_LIMIT_S, MEMORY_LIMIT_MB, REFRESH_LIMIT_S = 2.0, 1024, 0.2




def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def memory_child() -> None:
    """Run in a fresh process: peak memory of building and analysing the big project."""
    project = big_project(**BIG)
    before = _rss_mb()
    analyze(project)
    after = _rss_mb()
    tracemalloc.start()
    analyze(project)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(json.dumps({"rss_before": before, "rss_peak": after, "traced_peak": traced_peak / 2**20}))


def measure_memory() -> dict[str, float]:
    result = subprocess.run([sys.executable, __file__, "--memory-child"], capture_output=True,
                            text=True, check=True, timeout=600)
    return json.loads(result.stdout.strip().splitlines()[-1])


def full_analysis() -> tuple[float, float]:
    project = big_project(**BIG)
    journey = project.journeys[0]
    print(f"big project: {len(journey.touchpoints):,} touchpoints, {len(journey.transitions):,} "
          f"transitions, {len(project.tiers)} tiers, {len(project.actions):,} care actions")
    result = analyze(project)
    print(f"  {len(result.gaps):,} gaps, {len(result.notes)} notes")
    return timed(lambda: analyze(project), rounds=3)


def _edits(project: Project) -> dict[str, Callable[[], None]]:
    journey = project.journeys[0]
    tier_ids = [t.id for t in project.tiers]

    def add_action() -> None:
        n = len(project.actions)
        project.actions.append(CareAction(
            id=f"act-new-{n}", touchpoint=journey.touchpoints[n % len(journey.touchpoints)].id,
            name="New action", tiers=[tier_ids[n % len(tier_ids)]], channel="ch-1",
            trigger=Trigger(type="event", event="reached")))

    def change_emotion() -> None:
        tp = journey.touchpoints[len(project.actions) % len(journey.touchpoints)]
        tp.emotion = -3 if tp.emotion != -3 else 2

    def change_share() -> None:
        tr = journey.transitions[len(project.actions) % len(journey.transitions)]
        tr.share = tr.share * 0.9

    return {"add a care action": add_action, "change a card's emotion": change_emotion,
            "change a transition's share": change_share}


def refresh_after_edit() -> dict[str, tuple[float, float]]:
    project = big_project(**MEDIUM)
    analyzer = Analyzer()
    analyzer.analyze(project)
    figures = {"full analysis, cold": timed(lambda: Analyzer().analyze(project), rounds=5)}
    for label, edit in _edits(project).items():
        def step(edit: Callable[[], None] = edit) -> None:
            edit()
            analyzer.analyze(project)
        figures[f"after one edit: {label}"] = timed(step, rounds=5)
    return figures


def main() -> None:
    best, median = full_analysis()
    flag = "ok" if best < FULL_LIMIT_S else "TOO SLOW"
    print(f"  full analysis: best {best:.3f} s, median {median:.3f} s  (< {FULL_LIMIT_S} s: {flag})")
    record("full analysis", "10k touchpoints, 30k transitions, 50k actions", best,
           target=FULL_LIMIT_S)
    memory = measure_memory()
    flag = "ok" if memory["rss_peak"] < MEMORY_LIMIT_MB else "TOO BIG"
    print(f"  peak memory (child process): {memory['rss_peak']:.0f} MB ru_maxrss, "
          f"{memory['rss_before']:.0f} MB of it before the analysis; tracemalloc peak of the "
          f"analysis alone {memory['traced_peak']:.0f} MB  (< {MEMORY_LIMIT_MB} MB: {flag})")
    print(f"medium project: {MEDIUM['touchpoints']:,} touchpoints, {MEDIUM['transitions']:,} "
          f"transitions, {MEDIUM['tiers']} tiers, {MEDIUM['actions']:,} care actions")
    for label, (best, median) in refresh_after_edit().items():
        flag = "" if label.endswith("cold") else \
            ("  ok" if best < REFRESH_LIMIT_S else "  TOO SLOW")
        print(f"  {label:<44} best {best * 1000:6.0f} ms, median {median * 1000:6.0f} ms{flag}")
        record(label, "2k touchpoints", best, target=None if label.endswith("cold") else REFRESH_LIMIT_S)


if __name__ == "__main__":
    if sys.argv[1:] == ["--memory-child"]:
        memory_child()
    else:
        main()
