"""Small outage plans where one more contact tires Bronze (issue 14): shared by the
domain tests of the fix planner and the Gaps dock tests."""

from __future__ import annotations

from journey_designer.domain.model import (
    CareAction,
    Journey,
    Project,
    Stage,
    Touchpoint,
    Transition,
    Trigger,
)
from journey_designer.domain.templates import blank_project


def tier_id(project: Project, name: str) -> str:
    return next(t.id for t in project.tiers if t.name == name)


def channel_id(project: Project, name: str) -> str:
    return next(c.id for c in project.channels if c.name == name)


def outage(days: tuple[float, float, float] = (0, 0, 0), bronze_cap: int = 2) -> Project:
    """Internet drops → Call the helpline (a pain point) → Engineer visit; Bronze already
    gets a text at the first and the last."""
    project = blank_project(name="Outage")
    project.journeys = [Journey(
        id="j", name="Outage", monthly_entries=1000,
        stages=[Stage("s1", "Notice"), Stage("s2", "Report"), Stage("s3", "Repair")],
        touchpoints=[
            Touchpoint("a", "s1", "Internet drops", emotion=-1, day=days[0]),
            Touchpoint("b", "s2", "Call the helpline", emotion=-3, day=days[1],
                       pain_points=["long wait on hold"]),
            Touchpoint("c", "s3", "Engineer visit", emotion=1, day=days[2]),
        ],
        transitions=[Transition("a", "b", 1.0), Transition("b", "c", 1.0)],
        entries=["a"], exits=["c"])]
    bronze = tier_id(project, "Bronze")
    project.tiers = [t if t.id != bronze else _capped(t, bronze_cap) for t in project.tiers]
    sms = channel_id(project, "SMS")
    project.actions = [
        CareAction("x1", "a", [bronze], sms, "Text: we know", trigger=Trigger("event", "Drops")),
        CareAction("x2", "c", [bronze], sms, "Text: engineer's arrival",
                   trigger=Trigger("event", "Visit")),
    ]
    return project


def _capped(tier, cap):
    tier.max_contacts_per_window = cap
    return tier


def tired_project() -> Project:
    """Bronze (3 a week) gets four contacts on day 0: two texts, a call back and an
    upgrade offer."""
    project = outage(bronze_cap=3)
    bronze = tier_id(project, "Bronze")
    project.actions.append(CareAction(
        "x3", "b", [bronze], channel_id(project, "Phone"), "Call back", trigger=Trigger(
            "event", "Helpline")))
    project.actions.append(CareAction(
        "x4", "c", [bronze, tier_id(project, "Silver")], channel_id(project, "Email"),
        "Upgrade offer", purpose="marketing", trigger=Trigger("event", "Visit")))
    return project
