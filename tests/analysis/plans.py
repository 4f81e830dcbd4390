"""Small hand-built plans for analysis tests: a journey from a one-line edge list.

    plan("A>B:0.7 B>C:1", entries="A", exits="C",
         touchpoints={"B": {"moment_of_truth": True}},
         actions=[act("A", "gold")])

Touchpoint ids and names are the letters; everything sits in stage "Stage 1" unless a
touchpoint says otherwise. The default tiers are Gold (20 %), Silver (30 %) and Bronze
(50 %); the default channels SMS (automated) and Phone (human, 100 a day).
"""

from __future__ import annotations

import itertools
from typing import Any

from journey_designer.domain import (
    CareAction,
    Channel,
    Journey,
    Project,
    Settings,
    Stage,
    Tier,
    Touchpoint,
    Transition,
    Trigger,
)

_ids = itertools.count(1)


def tier(name: str, share: float, value: float, **kw: Any) -> Tier:
    return Tier(id=name.lower(), name=name, share=share, value_per_customer=value, **kw)


GOLD = dict(name="Gold", share=0.2, value=1000.0, max_contacts_per_window=5)
SILVER = dict(name="Silver", share=0.3, value=300.0, max_contacts_per_window=5)
BRONZE = dict(name="Bronze", share=0.5, value=100.0, max_contacts_per_window=5)


def default_tiers() -> list[Tier]:
    return [tier(**GOLD), tier(**SILVER), tier(**BRONZE)]


def default_channels() -> list[Channel]:
    return [Channel(id="sms", name="SMS", kind="automated", cost_per_contact=0.1),
            Channel(id="phone", name="Phone", kind="human", capacity_per_day=100,
                    cost_per_contact=5.0)]


def act(touchpoint: str, *tiers: str, channel: str = "sms", purpose: str = "service",
        name: str | None = None, **kw: Any) -> CareAction:
    """An action at `touchpoint` for `tiers` (ids: gold, silver, bronze)."""
    n = next(_ids)
    return CareAction(id=f"act-{n}", touchpoint=touchpoint, name=name or f"Action {n}",
                      tiers=list(tiers), channel=channel, purpose=purpose,  # type: ignore[arg-type]
                      trigger=kw.pop("trigger", Trigger(type="event", event="reached")), **kw)


def everyone(touchpoint: str, **kw: Any) -> CareAction:
    return act(touchpoint, "gold", "silver", "bronze", **kw)


def parse_edges(edges: str) -> list[Transition]:
    out = []
    for item in edges.split():
        pair, share = item.split(":")
        source, target = pair.split(">")
        out.append(Transition(source, target, float(share)))
    return out


def plan(edges: str = "", *, entries: str = "A", exits: str = "Z",
         touchpoints: dict[str, dict[str, Any]] | None = None,
         extra: str = "", actions: list[CareAction] | None = None,
         tiers: list[Tier] | None = None, channels: list[Channel] | None = None,
         settings: Settings | None = None, monthly_entries: float = 3000,
         journey_name: str = "Journey") -> Project:
    """A one-journey project; `extra` names touchpoints that no edge mentions."""
    transitions = parse_edges(edges)
    names = [*entries.split(), *[x for t in transitions for x in (t.source, t.target)],
             *exits.split(), *extra.split(), *(touchpoints or {})]
    tps = [Touchpoint(id=n, **{"stage": "st-1", "name": n, **(touchpoints or {}).get(n, {})})
           for n in dict.fromkeys(names)]
    journey = Journey(id="j-1", name=journey_name, monthly_entries=monthly_entries,
                      stages=[Stage("st-1", "Stage 1"), Stage("st-2", "Stage 2")],
                      touchpoints=tps, transitions=transitions,
                      entries=entries.split(), exits=exits.split())
    return Project(name="Test plan", settings=settings or Settings(),
                   tiers=default_tiers() if tiers is None else tiers,
                   channels=default_channels() if channels is None else channels,
                   journeys=[journey], actions=list(actions or []))


def cover_all(project: Project, channel: str = "sms") -> Project:
    """Give every touchpoint a service action for every tier (a plan without tier gaps)."""
    tier_ids = [t.id for t in project.tiers]
    for journey in project.journeys:
        for tp in journey.touchpoints:
            project.actions.append(act(tp.id, *tier_ids, channel=channel))
    return project
