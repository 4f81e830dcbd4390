"""A small two-journey care plan for the editing tests (tests/domain, tests/commands).

Its lists interleave (care actions of both journeys, entries out of list order, a loop
between cards), so an undo that restores the right items in the wrong order is caught.
"""

from __future__ import annotations

from journey_designer.domain.model import (
    CareAction,
    Channel,
    Journey,
    Kpi,
    Phase,
    Project,
    Risk,
    Stage,
    Tier,
    Touchpoint,
    Transition,
    Trigger,
)


def plan() -> Project:
    """Onboarding (3 stages, 5 cards, a loop) and Renewal (1 stage, 2 cards)."""
    onboarding = Journey(
        id="j1", name="Onboarding", monthly_entries=1000,
        stages=[Stage("s1", "Apply"), Stage("s2", "Activate"), Stage("s3", "Use")],
        touchpoints=[
            Touchpoint("a", "s1", "Form", channels=["app"], x=10, y=10),
            Touchpoint("b", "s1", "Call back", channels=["phone"], x=10, y=120),
            Touchpoint("c", "s2", "Card arrives", moment_of_truth=True, x=300, y=10),
            Touchpoint("d", "s2", "PIN", x=300, y=120),
            Touchpoint("e", "s3", "First purchase", emotion=2, x=600, y=10),
        ],
        transitions=[
            Transition("a", "b", 0.6), Transition("a", "c", 0.4), Transition("b", "c", 1.0),
            Transition("c", "d", 0.5), Transition("c", "e", 0.5), Transition("d", "e", 1.0),
            Transition("e", "a", 0.1),
        ],
        entries=["c", "a"], exits=["e", "d"],
    )
    renewal = Journey(
        id="j2", name="Renewal", monthly_entries=200,
        stages=[Stage("r1", "Renew")],
        touchpoints=[Touchpoint("x", "r1", "Reminder"), Touchpoint("y", "r1", "Renewed")],
        transitions=[Transition("x", "y", 0.8)], entries=["x"], exits=["y"],
    )
    act = CareAction
    return Project(
        name="Card care",
        tiers=[Tier("gold", "Gold", 0.1), Tier("silver", "Silver", 0.3),
               Tier("bronze", "Bronze", 0.6)],
        channels=[Channel("sms", "SMS", cost_per_contact=0.05),
                  Channel("phone", "Phone", "human", 200, 4.0), Channel("app", "App push")],
        journeys=[onboarding, renewal],
        actions=[
            act("act1", "c", ["gold"], "phone", "Welcome call", trigger=Trigger("event", "card")),
            act("act2", "x", ["gold", "silver"], "sms", "Reminder SMS"),
            act("act3", "c", ["silver"], "sms", "Activation SMS"),
            act("act4", "a", ["bronze"], "app", "Form help"),
            act("act5", "y", ["gold"], "phone", "Thank-you call"),
            act("act6", "e", ["gold", "silver", "bronze"], "app", "First purchase push"),
        ],
        kpis=[Kpi("Activation", 0.6, 0.8, "%"), Kpi("NPS", 20, 35)],
        phases=[Phase("Pilot", "2026-01-05", "2026-02-27", ["train"]), Phase("Roll-out")],
        risks=[Risk("Agents short", "capacity", "hire"), Risk("SMS blocked")],
    )
