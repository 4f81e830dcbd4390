"""Large synthetic projects for benchmarks (deterministic: seeded)."""

from __future__ import annotations

import random

from journey_designer.domain import (
    CareAction,
    Channel,
    Journey,
    Project,
    Stage,
    Tier,
    Touchpoint,
    Transition,
    Trigger,
)


def big_project(touchpoints: int = 5000, transitions: int = 15000, tiers: int = 3,
                actions: int = 20000, stages: int = 12, seed: int = 7) -> Project:
    """A valid project of the given size: shares ≤ 1 per touchpoint, loops included."""
    rng = random.Random(seed)
    tier_list = [Tier(id=f"tier-{i}", name=f"Tier {i}", share=1 / tiers,
                      value_per_customer=100.0 * (tiers - i), max_contacts_per_window=5)
                 for i in range(tiers)]
    channels = [Channel(id=f"ch-{i}", name=f"Channel {i}",
                        kind="human" if i % 3 == 0 else "automated",
                        capacity_per_day=500 if i % 3 == 0 else None, cost_per_contact=0.5 * i)
                for i in range(8)]
    stage_list = [Stage(id=f"st-{i}", name=f"Stage {i}") for i in range(stages)]
    per_stage = max(1, touchpoints // stages)
    tps = [Touchpoint(id=f"tp-{i}", stage=stage_list[min(i // per_stage, stages - 1)].id,
                      name=f"Touchpoint {i}", channels=[f"ch-{i % 8}"],
                      emotion=rng.randint(-3, 3), pain_points=["slow"] if i % 5 == 0 else [],
                      moment_of_truth=i % 17 == 0, recovery=i % 23 == 0, owner="Service",
                      day=float(i // per_stage), x=float(i // per_stage * 260 + 30),
                      y=float(i % per_stage * 120 + 60))
           for i in range(touchpoints)]
    unique = _transitions(rng, touchpoints, transitions)
    journey = Journey(id="j-big", name="Big journey", monthly_entries=100000,
                      stages=stage_list, touchpoints=tps, transitions=unique,
                      entries=["tp-0"], exits=[f"tp-{touchpoints - 1}"])
    acts = [CareAction(id=f"act-{i}", touchpoint=f"tp-{rng.randrange(touchpoints)}",
                       name=f"Action {i}", tiers=[f"tier-{i % tiers}"], channel=f"ch-{i % 8}",
                       purpose="service" if i % 4 else "marketing",
                       trigger=Trigger(type="offset", days=-3) if i % 2 else
                       Trigger(type="event", event="reached"),
                       owner="Care team", sla_minutes=60, cost=0.05, kpi="NPS",
                       message=f"Hello from action {i}", start="2026-01-01", end="2026-12-31")
            for i in range(actions)]
    return Project(name="Benchmark", tiers=tier_list, channels=channels, journeys=[journey],
                   actions=acts)


def _transitions(rng: random.Random, touchpoints: int, count: int) -> list[Transition]:
    """`count` distinct edges, mostly forward with some backward loops (repurchase -> use)."""
    out_degree = -(-count // touchpoints)
    edges: list[Transition] = []
    for i in range(touchpoints):
        targets: set[int] = set()
        while len(targets) < min(out_degree, count - len(edges)):
            step = rng.randint(1, 40) if rng.random() > 0.1 else -rng.randint(1, 40)
            targets.add((i + step) % touchpoints)
        edges += [Transition(f"tp-{i}", f"tp-{t}", 0.9 / out_degree) for t in sorted(targets)]
    return edges
