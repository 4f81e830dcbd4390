"""Speed and memory of the gap analysis (issues 5 and 16).

    .venv/bin/python benchmarks/bench_analysis.py

Targets: a full analysis of 10,000 touchpoints, 30,000 transitions (loops included),
5 tiers and 50,000 care actions — contact fatigue per customer (a 100,000-customer
simulation: the journey has loops), staffing of the human channels, peaks — in < 3 s and
< 1 GB peak memory; the refresh after one edit of a 2,000-touchpoint project in < 200 ms
(the project in 10 journeys of 200: an edit re-simulates only its journey; the same edits
on one 2,000-touchpoint journey are printed too). Peak memory is measured in a child
process (ru_maxrss of the whole process, and tracemalloc's peak of the analysis alone).
The refresh figures are CPU time of this process (time.process_time: on a shared, loaded
machine wall time says more about the neighbours); wall times are printed beside them.
"""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from record import record  # noqa: E402
from synthetic import big_project  # noqa: E402

from journey_designer.analysis import Analyzer, analyze  # noqa: E402
from journey_designer.domain import CareAction, Peak, Project, ServiceLevel, Trigger  # noqa: E402

BIG = {"touchpoints": 10_000, "transitions": 30_000, "tiers": 5, "actions": 50_000}
MEDIUM = {"touchpoints": 2_000, "transitions": 6_000, "tiers": 5, "actions": 10_000}
FULL_LIMIT_S, MEMORY_LIMIT_MB, REFRESH_LIMIT_S = 3.0, 1024, 0.2


def format_2(project: Project) -> Project:
    """Staffing on every human channel and a yearly peak on every journey (issue 16)."""
    for channel in project.channels:
        if channel.kind == "human":
            channel.hours_per_day, channel.handling_minutes = 10.0, 4.0
            channel.agents, channel.service_level = 40, ServiceLevel(0.8, 20)
    for journey in project.journeys:
        journey.peaks = [Peak("Double 11", "11-01", 12, 3.0)]
    project.budget_per_month = 1_000_000.0
    return project


def several_journeys(count: int, touchpoints: int, transitions: int, tiers: int,
                     actions: int) -> Project:
    """`count` journeys of the synthetic kind in one project (ids made unique)."""
    parts = [big_project(touchpoints=touchpoints // count, transitions=transitions // count,
                         tiers=tiers, actions=actions // count, seed=7 + k) for k in range(count)]
    journeys = [part.journeys[0] for part in parts]
    actions = [part.actions for part in parts]
    project = parts[0]
    project.journeys, project.actions = [], []
    for k, (journey, acts) in enumerate(zip(journeys, actions, strict=True)):
        journey.id, journey.name = f"j-{k}", f"Journey {k}"
        for stage in journey.stages:
            stage.id = f"j{k}-{stage.id}"
        for tp in journey.touchpoints:
            tp.id, tp.stage = f"j{k}-{tp.id}", f"j{k}-{tp.stage}"
        for tr in journey.transitions:
            tr.source, tr.target = f"j{k}-{tr.source}", f"j{k}-{tr.target}"
        journey.entries = [f"j{k}-{x}" for x in journey.entries]
        journey.exits = [f"j{k}-{x}" for x in journey.exits]
        for action in acts:
            action.id, action.touchpoint = f"j{k}-{action.id}", f"j{k}-{action.touchpoint}"
        project.journeys.append(journey)
        project.actions += acts
    return project




def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def memory_child() -> None:
    """Run in a fresh process: peak memory of building and analysing the big project."""
    project = format_2(big_project(**BIG))
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
    project = format_2(big_project(**BIG))
    journey = project.journeys[0]
    print(f"big project: {len(journey.touchpoints):,} touchpoints, {len(journey.transitions):,} "
          f"transitions, {len(project.tiers)} tiers, {len(project.actions):,} care actions")
    result = analyze(project)
    print(f"  {len(result.gaps):,} gaps, {len(result.notes)} notes")
    fatigue = result.fatigue[0].journeys[0]
    print(f"  fatigue: {fatigue.method} of {fatigue.customers:,} customers, tier 0 over the cap "
          f"{fatigue.over_share:.1%} ± {fatigue.margin:.2%}; staffing of "
          f"{len(result.staffing)} human channels")
    best, _, wall = cpu_timed(lambda: analyze(project), rounds=3)
    return best, wall


def _edits(project: Project) -> dict[str, Callable[[], None]]:
    journey = project.journeys[len(project.journeys) // 2]
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

    leaving_entry = [t for t in journey.transitions if t.source in journey.entries]
    state = {"i": 0}

    def change_entry_share() -> None:  # every customer passes it (the worst case)
        state["i"] += 1
        tr = leaving_entry[state["i"] % len(leaving_entry)]
        tr.share = tr.share * 0.9

    return {"add a care action": add_action, "change a card's emotion": change_emotion,
            "change a transition's share": change_share,
            "change a share at the entry": change_entry_share}


def cpu_timed(fn: Callable[[], object], rounds: int = 7) -> tuple[float, float, float]:
    """Best and median CPU seconds of `rounds` calls, and the median wall seconds."""
    cpu, wall = [], []
    for _ in range(rounds):
        start, start_wall = time.process_time(), time.perf_counter()
        fn()
        cpu.append(time.process_time() - start)
        wall.append(time.perf_counter() - start_wall)
    return min(cpu), statistics.median(cpu), statistics.median(wall)


def refresh_after_edit(project: Project) -> dict[str, tuple[float, float, float]]:
    analyzer = Analyzer()
    analyzer.analyze(project)
    figures = {"full analysis, cold": cpu_timed(lambda: Analyzer().analyze(project), rounds=3)}
    for label, edit in _edits(project).items():
        def step(edit: Callable[[], None] = edit) -> None:
            edit()
            analyzer.analyze(project)
        figures[f"after one edit: {label}"] = cpu_timed(step, rounds=7)
    return figures


def main() -> None:
    best, wall = full_analysis()
    flag = "ok" if best < FULL_LIMIT_S else "TOO SLOW"
    print(f"  full analysis: CPU best {best:.3f} s (wall median {wall:.3f} s)  "
          f"(< {FULL_LIMIT_S} s: {flag})")
    record("full analysis", "10k touchpoints, 30k transitions, 50k actions, CPU", best,
           target=FULL_LIMIT_S)
    memory = measure_memory()
    flag = "ok" if memory["rss_peak"] < MEMORY_LIMIT_MB else "TOO BIG"
    print(f"  peak memory (child process): {memory['rss_peak']:.0f} MB ru_maxrss, "
          f"{memory['rss_before']:.0f} MB of it before the analysis; tracemalloc peak of the "
          f"analysis alone {memory['traced_peak']:.0f} MB  (< {MEMORY_LIMIT_MB} MB: {flag})")
    print(f"medium project: {MEDIUM['touchpoints']:,} touchpoints, {MEDIUM['transitions']:,} "
          f"transitions, {MEDIUM['tiers']} tiers, {MEDIUM['actions']:,} care actions")
    projects = {"in 10 journeys": format_2(several_journeys(10, **MEDIUM)),
                "in one journey": format_2(big_project(**MEDIUM))}
    for shape, project in projects.items():
        print(f" {shape}")
        for label, (best, median, wall) in refresh_after_edit(project).items():
            target = None if label.endswith("cold") or shape != "in 10 journeys" else REFRESH_LIMIT_S
            flag = "" if target is None else ("  ok" if median < target else "  TOO SLOW")
            print(f"  {label:<44} CPU best {best * 1000:5.0f} ms, median {median * 1000:5.0f} ms"
                  f" (wall median {wall * 1000:5.0f} ms){flag}")
            record(f"{label} ({shape})", "2k touchpoints, CPU", median, target=target)


if __name__ == "__main__":
    if sys.argv[1:] == ["--memory-child"]:
        memory_child()
    else:
        main()
