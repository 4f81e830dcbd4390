"""Contacts of a touchpoint met again through a loop (design.md, format 2): every visit of
touchpoint X is on X's `day` (transitions carry no delay), so a loop's repeated visits
give their contacts on that same day, as the contract says."""

from __future__ import annotations

import pytest
from plans import act, plan, tier

from journey_designer.analysis import analyze
from journey_designer.domain import Transition


def call_again_plan():
    """A (day 0) → B "call" (day 1); B → W "wait" (day 2) 50 %, the rest are done; W → B.
    Gold has one call at B and may get 1 contact a week.

    By hand: a customer calls k times with probability 0.5^k (k ≥ 1), all k contacts on
    day 1; over the cap when k ≥ 2: 50 % of Gold customers. Their busiest window starts on
    day 1, at B.
    """
    gold = tier("Gold", 1.0, 1000, max_contacts_per_window=1)
    project = plan("A>B:1 B>W:0.5", exits="B", tiers=[gold],
                   touchpoints={"A": {"day": 0}, "B": {"day": 1}, "W": {"day": 2}},
                   actions=[act("B", "gold")])
    project.journeys[0].transitions.append(Transition("W", "B", 1.0))
    return project


def test_repeated_visits_of_a_loop_count_on_the_touchpoint_day() -> None:
    [journey] = analyze(call_again_plan()).fatigue[0].journeys
    assert journey.method == "simulation"
    assert journey.over_share == pytest.approx(0.5, abs=journey.margin)
    assert journey.worst_window_start_day == 1.0 and journey.worst_touchpoint_id == "B"
    assert journey.worst_contacts >= 2
    assert journey.worst_path_ids.count("B") == journey.worst_contacts
