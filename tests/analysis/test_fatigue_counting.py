"""The busiest window counted per whole day (no sort) agrees with the sorted count."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from plans import act, plan, tier

from journey_designer.analysis import analyze, fatigue
from journey_designer.domain import Settings, Trigger


@st.composite
def plans_with_loops(draw):
    """A small journey, loops allowed, whole-day or fractional offsets, two tiers."""
    n = draw(st.integers(2, 6))
    names = [chr(ord("A") + i) for i in range(n)]
    edges = []
    for i in range(n):
        targets = draw(st.lists(st.integers(0, n - 1).filter(lambda x, i=i: x != i),
                                min_size=0, max_size=2, unique=True))
        shares = [draw(st.sampled_from([0.2, 0.3, 0.45])) for _ in targets]
        edges += [f"{names[i]}>{names[x]}:{s}" for x, s in zip(targets, shares, strict=True)]
    if not edges:
        edges = [f"A>{names[-1]}:1.0"]
    days = {x: {"day": draw(st.integers(0, 8))} for x in names}
    offsets = st.one_of(st.none(), st.integers(-2, 6))
    if draw(st.integers(0, 4)) == 0:  # now and then a fractional day: counted by sorting
        offsets = st.one_of(offsets, st.sampled_from([0.5, 2.25]))
    actions = [act(x, who, trigger=_trigger(draw(offsets))) for x in names
               for who in ("gold", "silver") for _ in range(draw(st.integers(0, 3)))]
    tiers = [tier("Gold", 0.5, 1000, max_contacts_per_window=draw(st.integers(0, 3))),
             tier("Silver", 0.5, 100, max_contacts_per_window=draw(st.integers(0, 3)))]
    window = draw(st.sampled_from([1, 2.5, 3, 7, 45]))
    return plan(" ".join(edges), entries="A", exits=names[-1], tiers=tiers, touchpoints=days,
                actions=actions, settings=Settings(fatigue_window_days=window))


def _trigger(days: float | None) -> Trigger:
    if days is None:
        return Trigger(type="event", event="reached")
    return Trigger(type="offset", days=days)


def _figures(project):
    return [(j.over_share, j.method, j.customers, j.worst_contacts, j.worst_path_ids,
             j.worst_window_start_day, j.worst_touchpoint_id)
            for t in analyze(project).fatigue for j in t.journeys]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans_with_loops())
def test_counting_per_day_agrees_with_sorting(project) -> None:
    fast = _figures(project)
    cells = fatigue.MAX_CELLS
    fatigue.MAX_CELLS = -1  # every count sorted
    try:
        sorted_ = _figures(project)
    finally:
        fatigue.MAX_CELLS = cells
    assert fast == sorted_
