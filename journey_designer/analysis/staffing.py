"""Load at peak and staffing of human channels with Erlang C (design.md, format 2).

A journey's peak multiplies its daily entries by `factor` for `days` days from `start`
(MM-DD, every year); where peaks of one journey overlap the larger factor counts. A
channel's load on each day of the year is the sum over journeys of its normal load from
that journey times the journey's factor that day; its peak load is the highest of them.

Erlang C, for a channel with opening hours, handling time and a service-level target:
arrivals per hour λ = daily load / hours_per_day, traffic A = λ × handling_minutes / 60
Erlangs; with N agents P(wait) = C(N, A), and the share answered within t seconds is
1 − P(wait) × exp(−(N − A) × t / (60 × handling_minutes)) (0 when N ≤ A).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

import numpy as np

from journey_designer.analysis import wording_plan
from journey_designer.analysis.facts import Facts, number
from journey_designer.analysis.load import TOLERANCE, _row_daily_contacts
from journey_designer.analysis.results import GAP_SEVERITY, ChannelLoad, Gap, Staffing
from journey_designer.domain.model import Channel, Peak, ServiceLevel

YEAR = 365
# traffic beyond this many Erlangs (only from invalid values, e.g. a 64-bit handling time)
# gets A + 1 required agents: counting them exactly would take a loop of A steps
MAX_ERLANGS = 1e6
DEFAULT_LEVEL = ServiceLevel()


def erlang_c(agents: int, erlangs: float) -> float:
    """Probability that a contact waits, with `agents` agents and `erlangs` of traffic."""
    if erlangs <= 0:
        return 0.0
    if agents <= erlangs:
        return 1.0
    blocking = 1.0  # Erlang B by its stable recursion
    for k in range(1, agents + 1):
        blocking = erlangs * blocking / (k + erlangs * blocking)
        if blocking == 0.0:  # underflowed: it stays 0 (a 64-bit agent count ends here)
            return 0.0
    return agents * blocking / (agents - erlangs * (1.0 - blocking))


def answered_within(agents: int, erlangs: float, handling_minutes: float, seconds: float) -> float:
    """Share of contacts answered within `seconds`."""
    if erlangs <= 0:
        return 1.0
    if agents <= erlangs:
        return 0.0
    wait = erlang_c(agents, erlangs)
    return 1.0 - wait * math.exp(-(agents - erlangs) * seconds / (60.0 * handling_minutes))


def required_agents(erlangs: float, handling_minutes: float, share: float, seconds: float) -> int:
    """The least number of agents whose share answered in time reaches `share`."""
    if erlangs <= 0:
        return 0
    if erlangs > MAX_ERLANGS:  # no contact centre: a bound, not the count (see MAX_ERLANGS)
        return math.ceil(erlangs) + 1
    share = min(share, 1.0)  # an invalid target above 100 % is held to 100 %
    blocking, agents = 1.0, 0
    while True:  # Erlang B grows agent by agent; C and the service level follow from it
        agents += 1
        blocking = erlangs * blocking / (agents + erlangs * blocking)
        if agents <= erlangs:
            continue
        wait = agents * blocking / (agents - erlangs * (1.0 - blocking))
        level = 1.0 - wait * math.exp(-(agents - erlangs) * seconds / (60.0 * handling_minutes))
        if level >= share - 1e-12:
            return agents


def _day_of_year(month_day: str) -> int | None:
    try:
        return date.fromisoformat(f"2001-{month_day}").timetuple().tm_yday - 1
    except (TypeError, ValueError):
        if month_day == "02-29":
            return 59  # a leap day counts as 1 March
        return None


def journey_factors(peaks: Sequence[Peak]) -> tuple[np.ndarray, list[str | None]]:
    """A journey's factor on each day of the year, and which peak gives it (None: none)."""
    factor = np.ones(YEAR)
    covered = np.zeros(YEAR, dtype=bool)
    names: list[str | None] = [None] * YEAR
    for peak in peaks:
        first = _day_of_year(peak.start)
        days = int(number(peak.days))
        value = number(peak.factor, 1.0)
        if first is None or days < 1 or value <= 0:
            continue
        for d in (np.arange(min(days, YEAR)) + first) % YEAR:
            if not covered[d] or value > factor[d]:
                factor[d], covered[d], names[d] = value, True, peak.name
    return factor, names


def peak_loads(f: Facts, loads: Sequence[ChannelLoad]) -> tuple[ChannelLoad, ...]:
    """`loads` with each channel's load at its highest peak (when some peak adds load)."""
    if not any(j.peaks for j in f.journeys) or not loads:
        return tuple(loads)
    table = f.actions
    per_row = _row_daily_contacts(f)
    channel = table.channel[table.row_action]
    journey = f.tp_journey[table.row_tp] if len(per_row) else np.zeros(0, dtype=np.int64)
    n_c, n_j = len(f.project.channels), len(f.journeys)
    base = np.zeros((n_c, n_j))
    np.add.at(base, (channel, journey), per_row)
    made = [journey_factors(j.peaks) for j in f.journeys]
    factors = np.array([m[0] for m in made]).reshape(n_j, YEAR)
    by_day = base @ factors  # channel × day
    out = []
    for c, load in enumerate(loads):
        day = int(np.argmax(by_day[c]))
        peak = float(by_day[c, day])
        if peak <= load.expected_daily_load + TOLERANCE:
            out.append(load)
            continue
        contributions = base[c] * (factors[:, day] - 1.0)
        name = made[int(np.argmax(contributions))][1][day]
        out.append(replace(load, peak_daily_load=peak, peak=name))
    return tuple(out)


def peak_overload_gaps(f: Facts, loads: Sequence[ChannelLoad]) -> list[Gap]:
    """Human channels within capacity normally but over it at a peak."""
    gaps = []
    for load in loads:
        capacity, peak = load.capacity_per_day, load.peak_daily_load
        if load.kind != "human" or capacity is None or peak is None:
            continue
        if load.expected_daily_load > capacity + TOLERANCE or peak <= capacity + TOLERANCE:
            continue  # already an overload at normal load, or fine at the peak too
        message = wording_plan.overload_at_peak(f.project.locale, load.channel, peak, capacity,
                                                load.peak or "", load.expected_daily_load)
        gaps.append(Gap(kind="channel_overload", severity=GAP_SEVERITY["channel_overload"],
                        message=message, channel=load.channel, channel_id=load.channel_id,
                        figure=peak))
    return gaps


def _staffed(channel: Channel) -> bool:
    return (channel.kind == "human" and number(channel.hours_per_day) > 0
            and number(channel.handling_minutes) > 0)


def staffing(f: Facts, loads: Sequence[ChannelLoad]) -> tuple[Staffing, ...]:
    """Erlang C for every human channel with opening hours and a handling time (a channel
    without a service level is held to the usual 80 % within 20 seconds)."""
    out = []
    for c, (channel, load) in enumerate(zip(f.project.channels, loads, strict=True)):
        if not _staffed(channel):
            continue
        level = channel.service_level or DEFAULT_LEVEL
        share, seconds = number(level.share, 0.8), max(0.0, number(level.within_seconds))
        hours, minutes = number(channel.hours_per_day), number(channel.handling_minutes)
        normal = load.expected_daily_load
        peak = normal if load.peak_daily_load is None else load.peak_daily_load
        erlangs, peak_erlangs = normal / hours * minutes / 60, peak / hours * minutes / 60
        agents = channel.agents if isinstance(channel.agents, int) else None
        out.append(Staffing(
            channel_id=channel.id, channel=f.channel_names[c], load=normal, peak_load=peak,
            peak=load.peak, erlangs=erlangs, peak_erlangs=peak_erlangs,
            required_agents=required_agents(erlangs, minutes, share, seconds),
            required_agents_peak=required_agents(peak_erlangs, minutes, share, seconds),
            agents=agents,
            answered_in_time=None if agents is None else answered_within(
                agents, erlangs, minutes, seconds),
            answered_in_time_peak=None if agents is None else answered_within(
                agents, peak_erlangs, minutes, seconds),
            target_share=share, within_seconds=seconds))
    return tuple(out)


def understaffed_gaps(f: Facts, staff: Sequence[Staffing]) -> list[Gap]:
    """Channels with fewer agents on duty than Erlang C requires, normally or at a peak."""
    gaps = []
    for s in staff:
        if s.agents is None:
            continue
        if s.agents < s.required_agents:
            required, peak, erlangs, answered = s.required_agents, None, s.erlangs, s.answered_in_time
        elif s.agents < s.required_agents_peak:
            required, peak, erlangs = s.required_agents_peak, s.peak or "", s.peak_erlangs
            answered = s.answered_in_time_peak
        else:
            continue
        message = wording_plan.understaffed(f.project.locale, s.channel, s.agents, required, peak,
                                            erlangs, s.target_share, s.within_seconds, answered)
        gaps.append(Gap(kind="understaffed_channel", severity=GAP_SEVERITY["understaffed_channel"],
                        message=message, channel=s.channel, channel_id=s.channel_id,
                        figure=float(required)))
    return gaps
