"""After one edit the analysis redoes only what the edit can change (issue 16), and gives
exactly what a fresh analysis of the edited project gives."""

from __future__ import annotations

import math

from plans import act, plan, tier

from journey_designer.analysis import Analyzer, analyze, customers
from journey_designer.domain import Transition


def looping_plan():
    """A → B 60 % or → C 40 %; B → D 50 %; C → D; D → A 30 % (round again).

    Customers who ever reach C, by hand: p = 0.4 + 0.6 × 0.5 × 0.3 × p, so
    p = 0.4 / 0.91 = 0.43956.
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


def test_a_share_edit_walks_again_only_the_customers_who_pass_its_touchpoint() -> None:
    project = looping_plan()
    analyzer = Analyzer()
    analyzer.analyze(project)
    walked = analyzer.fatigue.paths.walked
    assert walked == customers.SIMULATED  # the first analysis walks everybody
    c_to_d = next(t for t in project.journeys[0].transitions if (t.source, t.target) == ("C", "D"))
    c_to_d.share = 0.8
    after = analyzer.analyze(project)
    again = analyzer.fatigue.paths.walked - walked
    expected = 0.4 / 0.91 * customers.SIMULATED
    margin = 3.89 * math.sqrt(0.44 * 0.56 * customers.SIMULATED)
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
