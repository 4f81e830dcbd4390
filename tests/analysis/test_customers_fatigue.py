"""contact_fatigue per customer and care_silence in days (format 2), worked out by hand."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from plans import act, plan, tier

from journey_designer.analysis import analyze, customers
from journey_designer.domain import Settings, Transition, Trigger


def branching_plan(**kw):
    """A (day 0) → B (day 2) 60 % or → C (day 7) 40 %; B drops half its customers and sends
    the rest to D (day 6); C → D. Gold (all customers) may get 2 contacts a week; one at A,
    two at B, one at C, one at D.

    Paths by hand:
      A → B        0.6 × 0.5 = 0.3   days 0, 2, 2        3 in [0, 7): over
      A → B → D    0.6 × 0.5 = 0.3   days 0, 2, 2, 6     4 in [0, 7): over (the worst)
      A → C → D    0.4               days 0, 7, 6        [0, 7) holds 0 and 6, [6, 13) 6 and 7: fine
    so 60 % of Gold customers get more than 2 contacts within 7 days.
    """
    gold = tier("Gold", 1.0, 1000, max_contacts_per_window=2)
    return plan("A>B:0.6 A>C:0.4 B>D:0.5 C>D:1", exits="D", tiers=[gold],
                touchpoints={"A": {"day": 0}, "B": {"day": 2}, "C": {"day": 7}, "D": {"day": 6}},
                actions=[act("A", "gold"), act("B", "gold"), act("B", "gold"), act("C", "gold"),
                         act("D", "gold")], **kw)


def test_over_cap_share_of_an_acyclic_journey_is_exact() -> None:
    result = analyze(branching_plan())
    [journey] = result.fatigue[0].journeys
    assert (journey.method, journey.margin, journey.customers) == ("exact", 0.0, 3)
    assert journey.over_share == pytest.approx(0.6)
    assert (journey.worst_path, journey.worst_contacts) == (("A", "B", "D"), 4)
    [gap] = result.gaps_of("contact_fatigue")
    assert (gap.tier, gap.touchpoint, gap.figure) == ("Gold", "A", pytest.approx(0.6))
    assert gap.message == ("60 % of Gold customers get more than 2 contacts within 7 days in "
                           "'Journey' (exact); the worst path A → B → D gives 4 from day 0 "
                           "('A') on")


def test_a_share_within_the_tolerance_is_no_gap() -> None:
    assert analyze(branching_plan(settings=Settings(fatigue_tolerance=0.6))).gaps_of(
        "contact_fatigue") == ()
    assert len(analyze(branching_plan(settings=Settings(fatigue_tolerance=0.59))).gaps_of(
        "contact_fatigue")) == 1


def test_a_journey_with_a_loop_is_simulated_with_its_margin() -> None:
    # D → A: 30 % go round again (and meet A, B... again on the same days)
    project = branching_plan()
    project.journeys[0].transitions.append(Transition("D", "A", 0.3))
    [journey] = analyze(project).fatigue[0].journeys
    assert journey.method == "simulation" and journey.customers == customers.SIMULATED
    assert 0 < journey.margin < 0.01
    # the loop only adds contacts: at least the 60 % of the acyclic plan are over
    assert journey.over_share >= 0.6 - journey.margin
    [gap] = analyze(project).gaps_of("contact_fatigue")
    assert "(simulated, ±" in gap.message


def test_date_triggers_count_on_their_calendar_date() -> None:
    # A (day 0) → Z (day 29): everyone is in the journey for 30 days. Five SMS dated 11 November
    # reach the customers then in it: those who entered 0..29 days before, 30 of 365 days.
    gold = tier("Gold", 1.0, 1000, max_contacts_per_window=3)
    dated = [act("A", "gold", purpose="marketing", trigger=Trigger("date", date="2026-11-11"))
             for _ in range(5)]
    project = plan("A>Z:1", tiers=[gold], touchpoints={"A": {"day": 0}, "Z": {"day": 29}},
                   actions=[act("A", "gold"), act("Z", "gold"), *dated])
    [journey] = analyze(project).fatigue[0].journeys
    assert journey.method == "exact"
    assert journey.over_share == pytest.approx(30 / 365)
    assert journey.worst_contacts == 6  # the five and the one at A on the same day
    [gap] = analyze(project).gaps_of("contact_fatigue")
    assert gap.message.startswith("8 % of Gold customers get more than 3 contacts")
    del project.actions[2:5]  # two dated SMS and the one at A or Z: never more than 3
    assert analyze(project).gaps_of("contact_fatigue") == ()


def test_a_care_action_is_a_contact_but_neither_service_nor_marketing() -> None:
    gold = tier("Gold", 1.0, 1000, max_contacts_per_window=1)
    project = plan("A>B:1 B>Z:1", tiers=[gold],
                   touchpoints={"B": {"recovery": True, "pain_points": ["Refund late"]}},
                   actions=[act("A", "gold"), act("B", "gold", purpose="care", name="Thanks"),
                            act("Z", "gold")])
    kinds = {g.kind for g in analyze(project).gaps}
    assert "contact_fatigue" in kinds  # three contacts on day 0: the greeting counts
    assert "uncovered_pain_point" in kinds  # a greeting is no service
    assert "marketing_in_service_recovery" not in kinds  # nor is it marketing
    project.actions[1].purpose = "marketing"
    assert "marketing_in_service_recovery" in {g.kind for g in analyze(project).gaps}


# ---------------------------------------------------------------- care_silence_days


def silence_plan(limit: int | None):
    # A (0) → B (10) → C (40) → Z (45); Gold hears from us at A and C only: 40 days between
    return plan("A>B:1 B>C:1 C>Z:1", settings=Settings(care_silence_days=limit),
                tiers=[tier("Gold", 1.0, 1000)],
                touchpoints={"A": {"day": 0}, "B": {"day": 10}, "C": {"day": 40},
                             "Z": {"day": 45}},
                actions=[act("A", "gold"), act("C", "gold"), act("Z", "gold")])


def test_care_silence_in_days() -> None:
    [gap] = analyze(silence_plan(30)).gaps_of("care_silence")
    assert (gap.tier, gap.touchpoint, gap.figure) == ("Gold", "A", 40)
    assert gap.message == ("Gold customers go 40 days without a contact in 'Journey', from day "
                           "0 ('A') to day 40 ('C'); the limit is 30 days (100 % of them)")
    assert analyze(silence_plan(40)).gaps_of("care_silence") == ()
    assert analyze(silence_plan(None)).gaps_of("care_silence") == ()


def test_care_silence_counts_from_day_0_to_the_first_contact() -> None:
    project = silence_plan(30)
    del project.actions[0]  # nothing at A: silent from day 0 to C on day 40
    [gap] = analyze(project).gaps_of("care_silence")
    assert "from day 0 ('A') to day 40 ('C')" in gap.message


# ---------------------------------------------------------------- simulation against exact


@st.composite
def acyclic_plans(draw):
    """A small journey whose edges all go forward (no loop), with days and Gold actions."""
    n = draw(st.integers(2, 6))
    names = [chr(ord("A") + i) for i in range(n)]
    edges = []
    for i in range(n - 1):
        targets = draw(st.lists(st.integers(i + 1, n - 1), min_size=1, max_size=2, unique=True))
        shares = [draw(st.sampled_from([0.2, 0.3, 0.5, 0.7, 1.0])) for _ in targets]
        total = max(1.0, sum(shares))
        edges += [f"{names[i]}>{names[t]}:{s / total}" for t, s in zip(targets, shares, strict=True)]
    days = {x: {"day": draw(st.integers(0, 12))} for x in names}
    actions = [act(x, "gold") for x in names for _ in range(draw(st.integers(0, 2)))]
    gold = tier("Gold", 1.0, 1000, max_contacts_per_window=draw(st.integers(0, 3)))
    return plan(" ".join(edges), entries="A", exits=names[-1], tiers=[gold], touchpoints=days,
                actions=actions, settings=Settings(fatigue_window_days=draw(st.integers(1, 8))))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(acyclic_plans())
def test_simulated_share_agrees_with_the_exact_one(monkeypatch_plan) -> None:
    exact = analyze(monkeypatch_plan).fatigue[0].journeys[0]
    assert exact.method == "exact"
    limit = customers.MAX_EXACT_PATHS
    customers.MAX_EXACT_PATHS = 0  # every journey simulated
    try:
        simulated = analyze(monkeypatch_plan).fatigue[0].journeys[0]
    finally:
        customers.MAX_EXACT_PATHS = limit
    assert simulated.method == "simulation" and simulated.customers == customers.SIMULATED
    assert abs(simulated.over_share - exact.over_share) <= simulated.margin + 1e-12
