"""The ranking of touchpoints to fix first: reach × importance × share left without care."""

from __future__ import annotations

import pytest
from plans import act, everyone, plan

from journey_designer.analysis import analyze


def ranked_plan():
    # by customers:
    # B: a moment of truth half the customers reach, nobody covered there
    #    score = 0.5 × (1 × 3 × 1) × (0.2 + 0.3 + 0.5) = 1.5
    # C: emotion -3 and a pain point, everyone reaches it, only Bronze lacks care
    #    score = 1 × ((1 + 3) × 1 × 1.5) × 0.5 = 3.0
    # by value (Gold 1,000, Silver 300, Bronze 100 a customer):
    # B: 0.5 × 3 × (0.2 × 1000 + 0.3 × 300 + 0.5 × 100) = 1.5 × 340 = 510
    # C: 6 × 0.5 × 100 = 300
    # D: nothing marks it out: never a priority, however uncovered
    return plan("A>B:0.5 A>C:0.5 B>C:1 C>D:1 D>Z:1",
                touchpoints={"B": {"moment_of_truth": True},
                             "C": {"emotion": -3, "pain_points": ["Waiting"]}},
                actions=[everyone("A"), act("C", "gold", "silver"), everyone("Z")])


def test_ranking_by_value_is_the_default() -> None:
    priorities = analyze(ranked_plan()).priorities
    assert [(p.touchpoint, p.score) for p in priorities] == [("B", pytest.approx(510)),
                                                             ("C", pytest.approx(300))]
    assert analyze(ranked_plan(), priority_by="value").priorities == priorities


def test_ranking_by_customers() -> None:
    priorities = analyze(ranked_plan(), priority_by="customers").priorities
    assert [(p.rank, p.touchpoint) for p in priorities] == [(1, "C"), (2, "B")]
    assert [p.score for p in priorities] == pytest.approx([3.0, 1.5])
    first = priorities[0]
    assert first.uncovered_tiers == ("Bronze",) and first.uncovered_share == pytest.approx(0.5)
    assert first.reasons == ("reached by 100 % of customers",
                             "customers feel bad here (emotion -3)",
                             "pain points: 'Waiting'", "no action for Bronze",
                             "50 % of customers are in these tiers")
    assert "a moment of truth" in priorities[1].reasons


def test_one_tier_ranking() -> None:
    assert [p.touchpoint for p in analyze(ranked_plan(), "Gold").priorities] == ["B"]


def test_by_value_without_values_ranks_by_customers() -> None:
    project = ranked_plan()
    for tier in project.tiers:
        tier.value_per_customer = 0.0
    assert [p.score for p in analyze(project).priorities] == pytest.approx([3.0, 1.5])


def test_covered_touchpoints_are_not_priorities() -> None:
    project = ranked_plan()
    project.actions += [everyone("B"), act("C", "bronze")]
    assert analyze(project).priorities == ()


def test_a_marketing_only_pain_point_still_needs_care() -> None:
    project = ranked_plan()
    project.actions += [everyone("B"), act("C", "bronze", purpose="marketing")]
    [priority] = analyze(project).priorities
    assert priority.touchpoint == "C" and "no service action for Bronze" in priority.reasons


def test_at_most_ten() -> None:
    edges = " ".join(f"A>M{i}:0.05" for i in range(15)) + " " + \
        " ".join(f"M{i}>Z:1" for i in range(15))
    project = plan(edges, touchpoints={f"M{i}": {"moment_of_truth": True} for i in range(15)},
                   actions=[everyone("A"), everyone("Z")])
    assert len(analyze(project).priorities) == 10
