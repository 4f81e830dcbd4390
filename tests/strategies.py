"""Hypothesis strategies that build valid projects: any text (Chinese, emoji), empty
lists, loops in the journey graph, every trigger type."""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

from journey_designer.domain import (
    CareAction,
    Channel,
    Journey,
    Kpi,
    Peak,
    Phase,
    Project,
    Risk,
    ServiceLevel,
    Settings,
    Stage,
    Tier,
    Touchpoint,
    Transition,
    Trigger,
)

ANY_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
        st.sampled_from("关怀旅程金卡银卡铜卡退款投诉😀🎉👍 =+-@"),
    ),
    max_size=24,
)
NAMES = ANY_TEXT.filter(lambda s: s.strip() != "")
SMALL_FLOATS = st.floats(min_value=0, max_value=1e9, allow_nan=False, allow_infinity=False)
COORDS = st.none() | st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)
DATES = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))
LISTS_OF_TEXT = st.lists(ANY_TEXT, max_size=3)


@st.composite
def date_ranges(draw) -> tuple[str | None, str | None]:
    if draw(st.booleans()):
        return None, None
    a, b = sorted([draw(DATES), draw(DATES)])
    return a.isoformat(), b.isoformat()


@st.composite
def triggers(draw) -> Trigger:
    kind = draw(st.sampled_from(["event", "offset", "date", "threshold"]))
    if kind == "event":
        return Trigger(type="event", event=draw(NAMES))
    if kind == "offset":
        days = draw(st.integers(-365, 365) | st.floats(-365, 365, allow_nan=False))
        return Trigger(type="offset", event=draw(st.none() | NAMES), days=days)
    if kind == "date":
        return Trigger(type="date", date=draw(DATES).isoformat(), event=draw(st.none() | NAMES))
    return Trigger(type="threshold", metric=draw(NAMES), value=draw(SMALL_FLOATS),
                   direction=draw(st.sampled_from([None, "at_least", "at_most"])))


PEAKS = st.lists(st.builds(
    Peak, name=NAMES, start=st.dates().map(lambda d: d.strftime("%m-%d")),
    days=st.integers(1, 366), factor=st.floats(0.1, 20, allow_nan=False)), max_size=2)
SERVICE_LEVELS = st.none() | st.builds(ServiceLevel, share=st.floats(0.01, 0.99),
                                       within_seconds=st.floats(0, 600, allow_nan=False))


@st.composite
def staffing(draw) -> dict:
    """A channel's format-2 fields: context group and (maybe) staffing."""
    return {"context_group": draw(st.none() | NAMES),
            "hours_per_day": draw(st.none() | st.floats(0.5, 24)),
            "handling_minutes": draw(st.none() | st.floats(0.1, 120)),
            "agents": draw(st.none() | st.integers(0, 500)),
            "service_level": draw(SERVICE_LEVELS)}


def _unique_ids(prefix: str, n: int, salt: str) -> list[str]:
    return [f"{prefix}-{salt}-{i}" for i in range(n)]


@st.composite
def journeys(draw, index: int, channel_ids: list[str]) -> Journey:
    n_stages = draw(st.integers(0, 4))
    stages = [Stage(id=i, name=draw(NAMES)) for i in _unique_ids("st", n_stages, str(index))]
    n_tp = draw(st.integers(0, 8)) if stages else 0
    tps = [
        Touchpoint(
            id=tp_id,
            stage=draw(st.sampled_from([s.id for s in stages])),
            name=draw(NAMES),
            channels=draw(st.lists(st.sampled_from(channel_ids), max_size=2, unique=True))
            if channel_ids else [],
            emotion=draw(st.integers(-3, 3)),
            pain_points=draw(LISTS_OF_TEXT),
            delight_points=draw(LISTS_OF_TEXT),
            moment_of_truth=draw(st.booleans()),
            recovery=draw(st.booleans()),
            owner=draw(ANY_TEXT),
            day=draw(st.none() | st.integers(0, 400) | st.floats(0, 400, allow_nan=False)),
            backstage=draw(LISTS_OF_TEXT),
            x=draw(COORDS),
            y=draw(COORDS),
        )
        for tp_id in _unique_ids("tp", n_tp, str(index))
    ]
    ids = [tp.id for tp in tps]
    pairs = draw(st.lists(st.tuples(st.sampled_from(ids), st.sampled_from(ids)),
                          max_size=12, unique=True)) if ids else []  # self-loops allowed
    raw = [draw(st.floats(0, 1, allow_nan=False)) for _ in pairs]
    totals: dict[str, float] = {}
    for (src, _), share in zip(pairs, raw, strict=True):
        totals[src] = totals.get(src, 0.0) + share
    transitions = [
        Transition(source=src, target=dst, share=share / max(1.0, totals[src]))
        for (src, dst), share in zip(pairs, raw, strict=True)
    ]
    return Journey(
        id=f"j-{index}",
        name=draw(NAMES),
        monthly_entries=draw(SMALL_FLOATS),
        stages=stages,
        touchpoints=tps,
        transitions=transitions,
        entries=draw(st.lists(st.sampled_from(ids), max_size=2, unique=True)) if ids else [],
        exits=draw(st.lists(st.sampled_from(ids), max_size=2, unique=True)) if ids else [],
        opportunities=draw(LISTS_OF_TEXT),
        peaks=draw(PEAKS),
    )


@st.composite
def projects(draw) -> Project:
    """A valid project (validate() finds no problem in it)."""
    n_tiers = draw(st.integers(0, 4))
    tier_shares = [draw(st.floats(0, 1, allow_nan=False)) / max(1, n_tiers) for _ in range(n_tiers)]
    tiers = [
        Tier(id=f"tier-{i}", name=draw(NAMES), share=share,
             value_per_customer=draw(SMALL_FLOATS),
             care_level=draw(st.sampled_from(["basic", "deep", "exclusive"])),
             max_contacts_per_window=draw(st.integers(0, 50)),
             human_touch_at_mot=draw(st.booleans()))
        for i, share in enumerate(tier_shares)
    ]
    channels = [
        Channel(id=f"ch-{i}", name=draw(NAMES), kind=kind,
                capacity_per_day=draw(st.integers(0, 10_000)) if kind == "human" else None,
                cost_per_contact=draw(SMALL_FLOATS), **draw(staffing()))
        for i, kind in enumerate(draw(st.lists(st.sampled_from(["automated", "human"]),
                                               max_size=4)))
    ]
    channel_ids = [c.id for c in channels]
    js = [draw(journeys(i, channel_ids)) for i in range(draw(st.integers(0, 2)))]
    tp_ids = [tp.id for j in js for tp in j.touchpoints]
    actions = []
    if tp_ids and channel_ids:
        for i in range(draw(st.integers(0, 10))):
            start, end = draw(date_ranges())
            actions.append(CareAction(
                id=f"act-{i}",
                touchpoint=draw(st.sampled_from(tp_ids)),
                name=draw(NAMES),
                tiers=draw(st.lists(st.sampled_from([t.id for t in tiers]), unique=True))
                if tiers else [],
                channel=draw(st.sampled_from(channel_ids)),
                purpose=draw(st.sampled_from(["service", "marketing", "care"])),
                trigger=draw(triggers()),
                owner=draw(ANY_TEXT),
                sla_minutes=draw(st.none() | st.integers(0, 100_000)),
                cost=draw(st.none() | SMALL_FLOATS),
                kpi=draw(ANY_TEXT),
                message=draw(st.text(max_size=200)),
                start=start,
                end=end,
                status=draw(st.sampled_from(["planned", "active", "done"])),
            ))
    phases = []
    for _ in range(draw(st.integers(0, 3))):
        start, end = draw(date_ranges())
        phases.append(Phase(name=draw(ANY_TEXT), start=start, end=end,
                            tasks=draw(LISTS_OF_TEXT), owner=draw(ANY_TEXT)))
    return Project(
        name=draw(NAMES),
        locale=draw(st.sampled_from(["en", "zh_CN"])),
        settings=Settings(care_silence_limit=draw(st.integers(1, 20)),
                          fatigue_window_days=draw(st.integers(1, 60)),
                          fatigue_tolerance=draw(st.floats(0, 0.5)),
                          care_silence_days=draw(st.none() | st.integers(1, 400))),
        budget_per_month=draw(st.none() | SMALL_FLOATS),
        tiers=tiers,
        channels=channels,
        journeys=js,
        actions=actions,
        kpis=draw(st.lists(st.builds(Kpi, name=NAMES, baseline=st.none() | SMALL_FLOATS,
                                     target=st.none() | SMALL_FLOATS, unit=ANY_TEXT),
                           max_size=3)),
        phases=phases,
        risks=draw(st.lists(st.builds(Risk, name=NAMES, kind=ANY_TEXT, mitigation=ANY_TEXT,
                                      owner=ANY_TEXT), max_size=3)),
    )
