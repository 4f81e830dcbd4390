"""Coverage, channel load, contact fatigue and care cost, worked out by hand; tier scope."""

from __future__ import annotations

import pytest
from plans import act, everyone, plan

from journey_designer.analysis import UnknownTierError, analyze
from journey_designer.domain import Journey, Stage, Touchpoint, Transition, Trigger


def test_coverage_per_tier() -> None:
    project = plan("A>B:1 B>C:1 C>Z:1", touchpoints={"B": {"moment_of_truth": True}},
                   actions=[act("A", "gold", "silver"), act("B", "gold"), act("B", "gold")])
    coverage = {c.tier: (c.touchpoints, c.covered, c.moments_of_truth, c.mot_covered)
                for c in analyze(project).coverage}
    assert coverage == {"Gold": (4, 2, 1, 1), "Silver": (4, 1, 1, 0), "Bronze": (4, 0, 1, 0)}


def two_journeys():
    project = plan("A>B:0.5 A>Z:0.5 B>Z:1", monthly_entries=3000,
                   actions=[act("B", "gold", "silver", channel="phone"),
                            act("A", "bronze", cost=2.0, trigger=Trigger("offset", days=3))])
    second = Journey(
        id="j-2", name="Second", monthly_entries=600, stages=[Stage("s", "S")],
        touchpoints=[Touchpoint(id="P", stage="s", name="A", day=10),
                     Touchpoint(id="Q", stage="s", name="Q", day=11)],
        transitions=[Transition("P", "Q", 0.25)], entries=["P"], exits=["Q"])
    project.journeys.append(second)
    project.actions += [act("Q", "bronze", channel="phone"), act("P", "bronze")]
    return project


def test_channel_load_uses_entries_tier_shares_and_reach() -> None:
    result = analyze(two_journeys())
    loads = {c.channel: c.expected_daily_load for c in result.channels}
    # journey 1: 100 a day × (Gold 0.2 + Silver 0.3) × reach of B 0.5 = 25
    # journey 2: 20 a day × Bronze 0.5 × reach of Q 0.25 = 2.5
    assert loads["Phone"] == pytest.approx(27.5)
    # journey 1: 100 × 0.5 × 1 at A; journey 2: 20 × 0.5 × 1 at P
    assert loads["SMS"] == pytest.approx(60)


def test_care_cost_per_customer_sums_reach_times_cost() -> None:
    value = {v.tier: v.care_cost_per_customer for v in analyze(two_journeys()).value}
    # Gold, Silver: a 5.0 call at B (reach 0.5); Bronze: 2.0 at A, 5.0 at Q (0.25), 0.1 at P
    assert value == pytest.approx({"Gold": 2.5, "Silver": 2.5, "Bronze": 2.0 + 1.25 + 0.1})


def test_fatigue_per_journey() -> None:
    [gold, _, bronze] = analyze(two_journeys()).fatigue
    assert [j.journey for j in bronze.journeys] == ["Journey", "Second"]
    first, second = bronze.journeys
    assert (first.expected_contacts, first.window_start_day) == (pytest.approx(1.0), 3.0)
    assert second.expected_contacts == pytest.approx(1.25)  # P (1) and Q (0.25)
    assert second.max_in_window == pytest.approx(1.25) and second.window_start_day == 10
    assert gold.journeys[0].max_in_window == pytest.approx(0.5)
    assert gold.journeys[1].max_in_window == 0 and gold.journeys[1].window_start_day is None


def test_flow_names_journey_and_stage() -> None:
    flow = {f.touchpoint_id: f for f in analyze(two_journeys()).flow}
    assert (flow["P"].journey, flow["P"].stage, flow["P"].expected_visits) == ("Second", "S", 1.0)
    assert flow["Q"].expected_visits == pytest.approx(0.25)


# ---------------------------------------------------------------- --tier


def scoped_plan():
    return plan("A>B:1 B>Z:1", touchpoints={"B": {"moment_of_truth": True}},
                actions=[everyone("A"), everyone("Z"), act("B", "gold")], extra="X")


def test_one_tier_view() -> None:
    result = analyze(scoped_plan(), "Silver")
    assert result.tiers == ("Silver",)
    assert [c.tier for c in result.coverage] == ["Silver"]
    assert [f.tier for f in result.fatigue] == ["Silver"] == [v.tier for v in result.value]
    assert {(g.kind, g.tier) for g in result.gaps} == {
        ("uncovered_moment_of_truth", "Silver"), ("unreachable_touchpoint", None),
        ("dead_end", None)}
    assert len(result.channels) == 2  # load is shared by every tier: always all of it


def test_tier_by_id_and_unknown_tier() -> None:
    assert analyze(scoped_plan(), "bronze").tiers == ("Bronze",)
    with pytest.raises(UnknownTierError, match="unknown tier 'Platinum' — known: Gold, Silver, Bronze"):
        analyze(scoped_plan(), "Platinum")


def test_a_project_without_tiers_or_journeys() -> None:
    empty = plan("A>Z:1", tiers=[])
    result = analyze(empty)
    assert result.coverage == () and result.priorities == ()
    project = plan("")
    project.journeys = []
    assert analyze(project).flow == ()
