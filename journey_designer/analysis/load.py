"""Sums over the care actions: contact fatigue, channel load and care cost per tier.

Each usable action row (action, tier) counts reach(P) expected contacts per customer of
the tier entering P's journey. Touchpoints inside a never-ending loop count 0 here (the
loop is reported as a note instead of making every sum infinite).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from journey_designer.analysis import wording
from journey_designer.analysis.facts import Facts, number
from journey_designer.analysis.results import (
    GAP_SEVERITY,
    ChannelLoad,
    Gap,
    JourneyFatigue,
    TierFatigue,
    TierValue,
)

TOLERANCE = 1e-9


# ---------------------------------------------------------------- fatigue


def fatigue(f: Facts, tiers: Sequence[int]) -> tuple[TierFatigue, ...]:
    """Per tier and journey: expected contacts and the busiest window of contacts."""
    window = max(0.0, number(f.project.settings.fatigue_window_days))
    table = f.actions
    rows_tp = table.row_tp
    times = table.time[table.row_action]
    weights = f.reach[rows_tp]
    journey_of_row = f.tp_journey[rows_tp]
    order = np.lexsort((times, journey_of_row, table.row_tier))
    bounds = _group_bounds(table.row_tier[order], journey_of_row[order])
    result = []
    for t in tiers:
        per_journey = []
        for j, journey in enumerate(f.journeys):
            rows = order[bounds.get((t, j), slice(0, 0))]
            busiest = _busiest_window(times[rows], weights[rows], window)
            start = int(rows[busiest[1]]) if busiest[1] is not None else None
            per_journey.append(JourneyFatigue(
                journey_id=journey.id, journey=journey.name,
                expected_contacts=float(weights[rows].sum()), max_in_window=busiest[0],
                window_start_day=None if start is None else float(times[start]),
                window_touchpoint_id=None if start is None else f.tps[int(rows_tp[start])].id,
            ))
        tier = f.project.tiers[t]
        result.append(TierFatigue(tier_id=tier.id, tier=f.tier_names[t],
                                  limit=int(number(tier.max_contacts_per_window)),
                                  window_days=int(window), journeys=tuple(per_journey)))
    return tuple(result)


def _group_bounds(tier: np.ndarray, journey: np.ndarray) -> dict[tuple[int, int], slice]:
    """Slices of runs of equal (tier, journey) in sorted rows."""
    if not len(tier):
        return {}
    change = np.nonzero((np.diff(tier) != 0) | (np.diff(journey) != 0))[0] + 1
    starts = np.concatenate(([0], change))
    ends = np.concatenate((change, [len(tier)]))
    return {(int(tier[s]), int(journey[s])): slice(int(s), int(e))
            for s, e in zip(starts, ends, strict=True)}


def _busiest_window(times: np.ndarray, weights: np.ndarray, window: float
                    ) -> tuple[float, int | None]:
    """Largest sum of weights with times in some [d, d + window); and where it starts."""
    if not len(times):
        return 0.0, None
    total = np.concatenate(([0.0], np.cumsum(weights)))
    ends = np.searchsorted(times, times + window, side="left")
    sums = total[ends] - total[np.arange(len(times))]
    best = int(np.argmax(sums))
    return float(sums[best]), best


# ---------------------------------------------------------------- channels


def _row_daily_contacts(f: Facts) -> np.ndarray:
    """Expected contacts a day of every action row: monthly entries/30 × tier share × reach."""
    table = f.actions
    monthly = np.array([number(j.monthly_entries) for j in f.journeys])
    shares = np.array([number(t.share) for t in f.project.tiers])
    rows_tp = table.row_tp
    if not len(rows_tp):
        return np.zeros(0)
    return monthly[f.tp_journey[rows_tp]] / 30.0 * shares[table.row_tier] * f.reach[rows_tp]


def channel_loads(f: Facts) -> tuple[ChannelLoad, ...]:
    """Expected contacts a day on every channel (all tiers: capacity is shared)."""
    per_row = _row_daily_contacts(f)
    row_channel = f.actions.channel[f.actions.row_action]
    load = np.bincount(row_channel, weights=per_row, minlength=len(f.project.channels))
    return tuple(
        ChannelLoad(channel_id=c.id, channel=f.channel_names[i], kind=c.kind,
                    capacity_per_day=c.capacity_per_day, expected_daily_load=float(load[i]))
        for i, c in enumerate(f.project.channels)
    )


def overload_gaps(f: Facts, loads: Sequence[ChannelLoad]) -> list[Gap]:
    """Human channels expected to take more contacts a day than their capacity."""
    per_row = _row_daily_contacts(f)
    row_channel = f.actions.channel[f.actions.row_action]
    gaps = []
    for i, load in enumerate(loads):
        capacity = load.capacity_per_day
        if load.kind != "human" or capacity is None:
            continue
        if load.expected_daily_load <= capacity + TOLERANCE:
            continue
        mine = row_channel == i
        by_tp = np.bincount(f.actions.row_tp[mine], weights=per_row[mine], minlength=len(f.tps))
        top = int(np.argmax(by_tp))
        message = wording.channel_overload(
            f.project.locale, load.channel, load.expected_daily_load, capacity, load.utilisation,
            f.tps[top].name, float(by_tp[top]))
        gaps.append(Gap(kind="channel_overload", severity=GAP_SEVERITY["channel_overload"],
                        message=message, channel=load.channel, channel_id=load.channel_id,
                        figure=load.expected_daily_load))
    return gaps


# ---------------------------------------------------------------- value


def tier_values(f: Facts, tiers: Sequence[int]) -> tuple[TierValue, ...]:
    """Expected care cost per customer of each tier: Σ reach × cost per contact.

    Summed over all journeys: a customer is counted as going through each journey once.
    """
    table = f.actions
    cost = f.reach[table.row_tp] * table.cost[table.row_action]
    per_tier = np.bincount(table.row_tier, weights=cost, minlength=len(f.project.tiers))
    return tuple(
        TierValue(tier_id=f.project.tiers[t].id, tier=f.tier_names[t],
                  value_per_customer=number(f.project.tiers[t].value_per_customer),
                  care_cost_per_customer=float(per_tier[t]))
        for t in tiers
    )


def value_gaps(f: Facts, scope: Sequence[int]) -> list[Gap]:
    """Tiers that cost more in care than a tier worth more (compared against all tiers)."""
    every = tier_values(f, range(len(f.project.tiers)))
    gaps = []
    for t in scope:
        mine = every[t]
        richer = [v for v in every if v.value_per_customer > mine.value_per_customer
                  and mine.care_cost_per_customer > v.care_cost_per_customer + TOLERANCE]
        if not richer:
            continue
        other = max(richer, key=lambda v: v.value_per_customer)
        message = wording.value_mismatch(
            f.project.locale, mine.tier, mine.care_cost_per_customer, mine.value_per_customer,
            other.tier, other.care_cost_per_customer, other.value_per_customer)
        gaps.append(Gap(kind="value_mismatch", severity=GAP_SEVERITY["value_mismatch"],
                        message=message, tier=mine.tier, tier_id=mine.tier_id,
                        figure=mine.care_cost_per_customer))
    return gaps
