"""After one edit the analysis redoes only what the edit can change (issue 16), and gives
exactly what a fresh analysis of the edited project gives."""

from __future__ import annotations

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from plans import act, plan, tier

from journey_designer.analysis import Analyzer, analyze, customers
from journey_designer.domain import Transition


def looping_plan():
    """A → B 60 % or → C 40 %; B → D 50 %; C → D; D → A 30 % (round again).

    If C → D falls to 80 %, a customer walks differently when, at some visit of C, the
    draw falls in the 20 % that no longer goes on. By hand, from A:
    q = 0.4 × (0.2 + 0.8 × 0.3 × q) + 0.6 × 0.5 × 0.3 × q, so q = 0.08 / 0.814 = 0.09828.
    """
    gold = tier("Gold", 0.5, 1000, max_contacts_per_window=2)
    silver = tier("Silver", 0.5, 100, max_contacts_per_window=1)
    project = plan("A>B:0.6 A>C:0.4 B>D:0.5 C>D:1", exits="D", tiers=[gold, silver],
                   touchpoints={"A": {"day": 0}, "B": {"day": 2}, "C": {"day": 7},
                                "D": {"day": 6}},
                   actions=[act("A", "gold"), act("B", "gold", "silver"), act("B", "gold"),
                            act("C", "gold", "silver"), act("D", "gold")])
    project.journeys[0].transitions.append(Transition("D", "A", 0.3))
    return project


def _figures(result):
    return [(j.over_share, j.margin, j.customers, j.worst_contacts, j.worst_path_ids,
             j.worst_window_start_day) for t in result.fatigue for j in t.journeys]


def test_a_share_edit_walks_again_only_the_customers_whose_choice_it_changes() -> None:
    project = looping_plan()
    analyzer = Analyzer()
    analyzer.analyze(project)
    walked = analyzer.fatigue.paths.walked
    assert walked == customers.SIMULATED  # the first analysis walks everybody
    c_to_d = next(t for t in project.journeys[0].transitions if (t.source, t.target) == ("C", "D"))
    c_to_d.share = 0.8
    after = analyzer.analyze(project)
    again = analyzer.fatigue.paths.walked - walked
    expected = 0.08 / 0.814 * customers.SIMULATED
    margin = 3.89 * math.sqrt(0.0983 * 0.9017 * customers.SIMULATED)
    assert abs(again - expected) <= margin
    # and the result is exactly that of a fresh analysis of the edited plan
    assert _figures(after) == _figures(analyze(project))


def test_each_tier_counts_only_the_paths_it_had_not_seen() -> None:
    project = looping_plan()
    analyzer = Analyzer()
    analyzer.analyze(project)
    first = analyzer.fatigue.paths_counted
    paths = analyzer.analyze(project).fatigue[0].journeys[0]
    assert first > 0 and paths.method == "simulation"
    b_to_d = next(t for t in project.journeys[0].transitions if (t.source, t.target) == ("B", "D"))
    b_to_d.share = 0.45  # the same paths, a little less often: nothing new to count
    after = analyzer.analyze(project)
    assert analyzer.fatigue.paths_counted - first < first / 10
    assert _figures(after) == _figures(analyze(project))


@st.composite
def looping_plans_and_an_edit(draw):
    """A small journey with a loop, Gold actions on whole days, and new shares for the
    transitions leaving one touchpoint."""
    n = draw(st.integers(3, 6))
    names = [chr(ord("A") + i) for i in range(n)]
    edges = [f"{names[i]}>{names[i + 1]}:{draw(st.sampled_from([0.5, 0.7, 0.9]))}"
             for i in range(n - 1)]
    back = draw(st.integers(1, n - 1))
    edges.append(f"{names[back]}>{names[draw(st.integers(0, back - 1))]}:0.1")
    days = {x: {"day": draw(st.integers(0, 6))} for x in names}
    actions = [act(x, "gold") for x in names for _ in range(draw(st.integers(0, 2)))]
    gold = tier("Gold", 1.0, 1000, max_contacts_per_window=draw(st.integers(0, 3)))
    project = plan(" ".join(edges), entries="A", exits=names[-1], tiers=[gold],
                   touchpoints=days, actions=actions)
    source = names[draw(st.integers(0, n - 1))]
    shares = {t.target: draw(st.sampled_from([0.0, 0.05, 0.3, 0.6]))
              for t in project.journeys[0].transitions if t.source == source}
    return project, source, shares


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(looping_plans_and_an_edit())
def test_after_any_share_edit_the_figures_are_those_of_a_fresh_analysis(case) -> None:
    project, source, shares = case
    analyzer = Analyzer()
    analyzer.analyze(project)
    for transition in project.journeys[0].transitions:
        if transition.source == source:
            transition.share = shares[transition.target]
    assert _figures(analyzer.analyze(project)) == _figures(analyze(project))
