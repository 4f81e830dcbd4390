"""`analyze --json` and `diff --json`: analyses as plain JSON values (design.md's shape).

Objects are keyed by name as design.md shows; a name used twice gets its journey, then
its id, added so that no key hides another. Numbers that are not finite (a loop that
never ends) are written as null.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from journey_designer.analysis.diff import CHANGE_KINDS, ProjectDiff
from journey_designer.analysis.results import Analysis, Gap, TierCoverage, TouchpointFlow
from journey_designer.analysis.whatif import AnalysisChange
from journey_designer.analysis.wording import unique_names

DIGITS = 12  # significant: drops float noise (0.30000000000000004), keeps tiny figures
DIFF_SECTIONS = ("settings", "tiers", "channels", "journeys", "stages", "touchpoints",
                 "transitions", "actions")


def number(value: float | None) -> float | None:
    """A JSON-safe number: rounded, and null when infinite or undefined."""
    if value is None or not math.isfinite(value):
        return None
    return float(f"{value:.{DIGITS}g}")


def gap_json(gap: Gap) -> dict[str, Any]:
    return {
        "kind": gap.kind, "severity": gap.severity, "tier": gap.tier,
        "touchpoint": gap.touchpoint, "stage": gap.stage, "channel": gap.channel,
        "journey": gap.journey, "action": gap.action, "message": gap.message,
        "figure": number(gap.figure),
        "ids": {"tier": gap.tier_id, "touchpoint": gap.touchpoint_id,
                "channel": gap.channel_id, "journey": gap.journey_id, "action": gap.action_id},
    }


def coverage_json(c: TierCoverage) -> dict[str, int]:
    return {"touchpoints": c.touchpoints, "covered": c.covered,
            "moments_of_truth": c.moments_of_truth, "mot_covered": c.mot_covered}


def _flow(flow: Iterable[TouchpointFlow]) -> dict[str, Any]:
    rows = list(flow)
    keys = unique_names([r.touchpoint for r in rows],
                   [[f"({r.journey})" for r in rows], [f"[{r.touchpoint_id}]" for r in rows]])
    return {key: {"expected_visits": number(r.expected_visits), "never_ending": r.never_ending,
                  "reachable": r.reachable, "reaches_exit": r.reaches_exit,
                  "journey": r.journey, "stage": r.stage, "id": r.touchpoint_id}
            for key, r in zip(keys, rows, strict=True)}


def _fatigue(result: Analysis) -> dict[str, Any]:
    out = {}
    for tier in result.fatigue:
        journeys = list(tier.journeys)
        keys = unique_names([j.journey for j in journeys], [[f"[{j.journey_id}]" for j in journeys]])
        out[tier.tier] = {
            "limit": tier.limit, "window_days": tier.window_days,
            "max_in_window": number(tier.max_in_window),
            "tolerance": number(tier.tolerance), "over_share": number(tier.over_share),
            "journeys": {key: {"expected_contacts": number(j.expected_contacts),
                               "max_in_window": number(j.max_in_window),
                               "window_start_day": number(j.window_start_day),
                               "window_touchpoint_id": j.window_touchpoint_id,
                               "over_share": number(j.over_share), "method": j.method,
                               "margin": number(j.margin), "customers": j.customers,
                               "worst_contacts": j.worst_contacts,
                               "worst_path": list(j.worst_path),
                               "worst_window_start_day": number(j.worst_window_start_day)}
                         for key, j in zip(keys, journeys, strict=True)},
        }
    return out


def _budget(result: Analysis) -> dict[str, Any] | None:
    money = result.budget
    if money is None:
        return None
    return {"total": number(money.total), "limit": number(money.limit),
            "per_tier": {name: number(cost) for name, cost in money.per_tier},
            "per_journey": {name: number(cost) for name, cost in money.per_journey},
            "per_channel": {name: number(cost) for name, cost in money.per_channel}}


def _staffing(result: Analysis) -> dict[str, Any]:
    return {s.channel: {"load": number(s.load), "peak_load": number(s.peak_load),
                        "erlangs": number(s.erlangs), "required_agents": s.required_agents,
                        "required_agents_peak": s.required_agents_peak, "agents": s.agents,
                        "answered_in_time": number(s.answered_in_time), "peak": s.peak,
                        "peak_erlangs": number(s.peak_erlangs),
                        "answered_in_time_peak": number(s.answered_in_time_peak),
                        "service_level": {"share": number(s.target_share),
                                          "within_seconds": number(s.within_seconds)},
                        "id": s.channel_id}
            for s in result.staffing}


def analysis_json(result: Analysis) -> dict[str, Any]:
    """The object `analyze --json` prints."""
    return {
        "project": result.project,
        "tiers": list(result.tiers),
        "coverage": {c.tier: coverage_json(c) for c in result.coverage},
        "gaps": [gap_json(g) for g in result.gaps],
        "flow": _flow(result.flow),
        "priorities": [
            {"rank": p.rank, "touchpoint": p.touchpoint, "journey": p.journey, "stage": p.stage,
             "score": number(p.score), "expected_visits": number(p.expected_visits),
             "uncovered_tiers": list(p.uncovered_tiers),
             "uncovered_share": number(p.uncovered_share), "reasons": list(p.reasons),
             "id": p.touchpoint_id}
            for p in result.priorities
        ],
        "channels": {
            c.channel: {"kind": c.kind, "capacity_per_day": c.capacity_per_day,
                        "expected_daily_load": number(c.expected_daily_load),
                        "utilisation": number(c.utilisation),
                        "peak_daily_load": number(c.peak_daily_load), "peak": c.peak,
                        "id": c.channel_id}
            for c in result.channels
        },
        "fatigue": _fatigue(result),
        "value": {v.tier: {"value_per_customer": number(v.value_per_customer),
                           "care_cost_per_customer": number(v.care_cost_per_customer)}
                  for v in result.value},
        "notes": [{"kind": n.kind, "message": n.message, "journey": n.journey,
                   "touchpoint_ids": list(n.touchpoint_ids)} for n in result.notes],
        "budget": _budget(result),
        "staffing": _staffing(result),
        "priority_by": result.priority_by,
    }


def change_json(change: AnalysisChange) -> dict[str, Any]:
    """Coverage per tier before/after, and the gaps that appeared or went away."""
    return {
        "coverage": {c.tier: {"before": coverage_json(c.before) if c.before else None,
                              "after": coverage_json(c.after) if c.after else None}
                     for c in change.coverage},
        "gaps": {"before": change.gaps_before, "after": change.gaps_after,
                 "added": [gap_json(g) for g in change.gaps_added],
                 "resolved": [gap_json(g) for g in change.gaps_resolved]},
    }


def diff_json(diff: ProjectDiff) -> dict[str, Any]:
    """The object `diff --json` prints."""
    changes: dict[str, dict[str, list[dict[str, Any]]]] = {
        section: {kind: [] for kind in CHANGE_KINDS} for section in DIFF_SECTIONS}
    for c in diff.changes:
        section = c.what if c.what == "settings" else f"{c.what}s"
        changes[section][c.change].append(
            {"name": c.name, "journey": c.journey, "details": list(c.details)})
    return {"old": diff.old, "new": diff.new, "changes": changes, **change_json(diff.analysis)}
