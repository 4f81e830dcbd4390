"""Frozen result objects of an analysis: what the CLI prints and the UI shows.

Names (tier, touchpoint, stage, channel, journey, action) are what a care manager reads;
the matching ``*_id`` fields let a view select the object the result is about.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

SEVERITIES: tuple[str, ...] = ("critical", "high", "medium", "low")

GAP_SEVERITY: dict[str, str] = {
    "uncovered_moment_of_truth": "critical",
    "uncovered_pain_point": "high",
    "care_silence": "medium",
    "contact_fatigue": "high",
    "marketing_in_service_recovery": "high",
    "channel_overload": "high",
    "value_mismatch": "medium",
    "missing_human_touch": "high",
    "unreachable_touchpoint": "high",
    "dead_end": "medium",
    "orphan_action": "high",
    # format 2
    "understaffed_channel": "high",
    "context_lost": "medium",
    "care_level_order": "medium",
    "over_budget": "high",
}
GAP_KINDS: tuple[str, ...] = tuple(GAP_SEVERITY)


def severity_rank(severity: str) -> int:
    """0 for critical, 1 for high...: smaller is worse."""
    return SEVERITIES.index(severity)


@dataclass(frozen=True, slots=True)
class Gap:
    """One weakness of the plan, with a sentence a care manager understands."""

    kind: str
    severity: str
    message: str
    tier: str | None = None
    touchpoint: str | None = None
    stage: str | None = None
    channel: str | None = None
    journey: str | None = None
    action: str | None = None
    tier_id: str | None = None
    touchpoint_id: str | None = None
    channel_id: str | None = None
    journey_id: str | None = None
    action_id: str | None = None
    figure: float | None = None  # the number behind it: reach, run length, load, cost...

    @property
    def key(self) -> tuple[str | None, ...]:
        """What the gap is about, independent of its wording (for comparing analyses)."""
        return (self.kind, self.tier_id, self.touchpoint_id, self.channel_id,
                self.journey_id, self.action_id)


@dataclass(frozen=True, slots=True)
class TierCoverage:
    """How many touchpoints (and moments of truth) have an action for one tier."""

    tier_id: str
    tier: str
    touchpoints: int
    covered: int
    moments_of_truth: int
    mot_covered: int

    @property
    def ratio(self) -> float:
        return self.covered / self.touchpoints if self.touchpoints else 1.0

    @property
    def mot_ratio(self) -> float:
        return self.mot_covered / self.moments_of_truth if self.moments_of_truth else 1.0


@dataclass(frozen=True, slots=True)
class TouchpointFlow:
    """Expected visits per customer entering the journey (inf inside a never-ending loop)."""

    touchpoint_id: str
    touchpoint: str
    journey_id: str
    journey: str
    stage: str | None
    expected_visits: float
    reachable: bool
    reaches_exit: bool

    @property
    def never_ending(self) -> bool:
        return math.isinf(self.expected_visits)


@dataclass(frozen=True, slots=True)
class ChannelLoad:
    """Expected contacts a day on a channel, against its capacity (human channels)."""

    channel_id: str
    channel: str
    kind: str
    capacity_per_day: int | None
    expected_daily_load: float
    peak_daily_load: float | None = None  # at the highest peak (None: no peak adds load)
    peak: str | None = None  # the peak's name

    @property
    def utilisation(self) -> float | None:
        if self.capacity_per_day is None:
            return None
        if self.capacity_per_day == 0:
            return math.inf if self.expected_daily_load > 0 else 0.0
        return self.expected_daily_load / self.capacity_per_day


@dataclass(frozen=True, slots=True)
class JourneyFatigue:
    """Contacts of one tier in one journey: on average (expected contacts, the busiest
    window of expected contacts) and per customer (the share of customers over the cap,
    how it was found, and the path that stacks the most contacts in one window)."""

    journey_id: str
    journey: str
    expected_contacts: float
    max_in_window: float
    window_start_day: float | None
    window_touchpoint_id: str | None
    over_share: float = 0.0  # share of the tier's customers over the cap in some window
    method: str = "none"  # "exact" (every path), "simulation" (seeded), "none" (no customer)
    margin: float = 0.0  # 99.99 % margin of over_share (0 when exact)
    customers: int = 0  # paths enumerated (exact) or customers simulated
    worst_contacts: int = 0  # most contacts in one window on any path
    worst_path_ids: tuple[str, ...] = ()
    worst_path: tuple[str, ...] = ()  # touchpoint names
    worst_window_start_day: float | None = None
    worst_touchpoint_id: str | None = None


@dataclass(frozen=True, slots=True)
class TierFatigue:
    tier_id: str
    tier: str
    limit: int
    window_days: int
    journeys: tuple[JourneyFatigue, ...]

    tolerance: float = 0.05

    @property
    def max_in_window(self) -> float:
        return max((j.max_in_window for j in self.journeys), default=0.0)

    @property
    def over_share(self) -> float:
        """The share over the cap in the tier's worst journey (what the fatigue chart shows)."""
        return max((j.over_share for j in self.journeys), default=0.0)


@dataclass(frozen=True, slots=True)
class TierValue:
    """Expected care cost per customer of a tier, next to what the customer is worth."""

    tier_id: str
    tier: str
    value_per_customer: float
    care_cost_per_customer: float


@dataclass(frozen=True, slots=True)
class Staffing:
    """Erlang C staffing of a human channel at normal load and at its highest peak."""

    channel_id: str
    channel: str
    load: float  # contacts a day
    peak_load: float
    peak: str | None  # the peak (journey's period name) of the highest load
    erlangs: float  # traffic at normal load
    peak_erlangs: float
    required_agents: int
    required_agents_peak: int
    agents: int | None
    answered_in_time: float | None  # share answered within the target, agents on duty, normal load
    answered_in_time_peak: float | None
    target_share: float
    within_seconds: float


@dataclass(frozen=True, slots=True)
class Budget:
    """Monthly care cost of the plan against its budget (None: no budget set)."""

    total: float
    limit: float | None
    per_tier: tuple[tuple[str, float], ...]
    per_journey: tuple[tuple[str, float], ...]
    per_channel: tuple[tuple[str, float], ...]


@dataclass(frozen=True, slots=True)
class Priority:
    """A touchpoint to fix first, with its score and the reasons for it."""

    rank: int
    touchpoint_id: str
    touchpoint: str
    journey: str
    stage: str | None
    score: float
    expected_visits: float
    uncovered_tiers: tuple[str, ...]
    uncovered_share: float
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Note:
    """Something the numbers depend on that is not a gap (a loop that never ends...)."""

    kind: str
    message: str
    journey_id: str | None = None
    journey: str | None = None
    touchpoint_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything design.md's "Analysis" defines, for one project (optionally one tier)."""

    project: str
    tiers: tuple[str, ...]
    tier_ids: tuple[str, ...]
    coverage: tuple[TierCoverage, ...]
    gaps: tuple[Gap, ...]
    flow: tuple[TouchpointFlow, ...]
    priorities: tuple[Priority, ...]
    channels: tuple[ChannelLoad, ...]
    fatigue: tuple[TierFatigue, ...]
    value: tuple[TierValue, ...]
    notes: tuple[Note, ...] = ()
    staffing: tuple[Staffing, ...] = ()
    budget: Budget | None = None
    priority_by: str = "value"

    def gaps_of(self, kind: str) -> tuple[Gap, ...]:
        return tuple(g for g in self.gaps if g.kind == kind)

    def worst_severity(self) -> str | None:
        """The worst severity among the gaps, None when there is no gap."""
        if not self.gaps:
            return None
        return min((g.severity for g in self.gaps), key=severity_rank)

    def has_gap_at_least(self, severity: str) -> bool:
        limit = severity_rank(severity)
        return any(severity_rank(g.severity) <= limit for g in self.gaps)

    def counts_by_severity(self) -> dict[str, int]:
        return {s: sum(1 for g in self.gaps if g.severity == s) for s in SEVERITIES}

    def counts_by_kind(self) -> dict[str, int]:
        counts = {k: 0 for k in GAP_KINDS}
        for gap in self.gaps:
            counts[gap.kind] += 1
        return {k: n for k, n in counts.items() if n}
