"""Gaps found touchpoint by touchpoint: moments of truth, pain points, human touch,
marketing in service recovery, unreachable touchpoints, dead ends and orphan actions.

Gaps that need sums over the whole journey live in silence.py and load.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from journey_designer.analysis import wording
from journey_designer.analysis.facts import Facts
from journey_designer.analysis.results import GAP_SEVERITY, Gap


def touchpoint_gap(f: Facts, kind: str, g: int, message: str, *, tier: int | None = None,
                   figure: float | None = None) -> Gap:
    """A gap about touchpoint `g` (and tier `tier`), with its names filled in."""
    journey = f.journey_of(g)
    return Gap(
        kind=kind, severity=GAP_SEVERITY[kind], message=message,
        tier=None if tier is None else f.tier_names[tier],
        tier_id=None if tier is None else f.project.tiers[tier].id,
        touchpoint=f.tps[g].name, touchpoint_id=f.tps[g].id, stage=f.stage_names[g],
        journey=journey.name, journey_id=journey.id,
        figure=float(f.visits[g]) if figure is None else figure,
    )


def tier_touchpoint_gaps(f: Facts, tiers: Sequence[int]) -> list[Gap]:
    """uncovered_moment_of_truth, uncovered_pain_point and missing_human_touch."""
    if not tiers or not len(f.tps):
        return []
    t_idx = np.array(tiers, dtype=np.int64)
    wants_human = np.array([f.project.tiers[t].human_touch_at_mot for t in tiers], dtype=bool)
    checks = (
        ("uncovered_moment_of_truth", f.mot[None, :] & ~f.covered[t_idx], _mot_message),
        ("uncovered_pain_point", f.painful[None, :] & ~f.service[t_idx], _pain_message),
        ("missing_human_touch", f.mot[None, :] & wants_human[:, None] & ~f.human[t_idx],
         _human_message),
    )
    gaps: list[Gap] = []
    for kind, found, say in checks:
        for g, k in zip(*np.nonzero(found.T), strict=True):
            t = int(t_idx[k])
            gaps.append(touchpoint_gap(f, kind, int(g), say(f, int(g), t), tier=t))
    return gaps


def _mot_message(f: Facts, g: int, t: int) -> str:
    return wording.uncovered_mot(f.project.locale, f.tier_names[t], f.tps[g].name, f.visits[g])


def _pain_message(f: Facts, g: int, t: int) -> str:
    tp = f.tps[g]
    pains = [p for p in tp.pain_points if str(p).strip()]
    return wording.uncovered_pain(f.project.locale, f.tier_names[t], tp.name, pains, int(f.emotion[g]),
                                  bool(f.covered[t, g]), f.visits[g])


def _human_message(f: Facts, g: int, t: int) -> str:
    return wording.missing_human(f.project.locale, f.tier_names[t], f.tps[g].name, f.visits[g])


def marketing_in_recovery(f: Facts, tiers: Sequence[int] | None) -> list[Gap]:
    """Every marketing action at a service-recovery touchpoint."""
    table = f.actions
    gaps: list[Gap] = []
    for row in np.nonzero(table.marketing & f.recovery[table.tp])[0]:
        action = f.project.actions[int(table.index[row])]
        if not _lists_tier(f, action.tiers, tiers):
            continue
        g, c = int(table.tp[row]), int(table.channel[row])
        message = wording.marketing_in_recovery(f.project.locale, action.name, f.tps[g].name)
        gap = touchpoint_gap(f, "marketing_in_service_recovery", g, message)
        gaps.append(_with_action(gap, f, int(table.index[row]), c))
    return gaps


def _lists_tier(f: Facts, tier_ids: Sequence[str], tiers: Sequence[int] | None) -> bool:
    if tiers is None:
        return True
    wanted = {f.project.tiers[t].id for t in tiers}
    return any(t in wanted for t in tier_ids)


def _with_action(gap: Gap, f: Facts, k: int, c: int | None) -> Gap:
    action = f.project.actions[k]
    channel = f.project.channels[c] if c is not None else None
    return replace(gap, action=action.name, action_id=action.id,
                   channel=None if c is None else f.channel_names[c],
                   channel_id=None if channel is None else channel.id)


def structure_gaps(f: Facts) -> list[Gap]:
    """unreachable_touchpoint and dead_end, touchpoint by touchpoint."""
    gaps: list[Gap] = []
    exits = np.zeros(len(f.tps), dtype=bool)
    offset = 0
    for flow in f.flows:
        exits[[offset + x for x in flow.graph.exits]] = True
        offset += flow.graph.size
    for g in np.nonzero(~f.reachable | (~f.reaches_exit & ~exits))[0].tolist():
        if not f.reachable[g]:
            gaps.append(touchpoint_gap(f, "unreachable_touchpoint", g, _unreachable(f, g)))
        if not f.reaches_exit[g] and not exits[g]:
            gaps.append(touchpoint_gap(f, "dead_end", g, _dead_end(f, g)))
    return gaps


def _unreachable(f: Facts, g: int) -> str:
    has_entry = bool(f.flows[int(f.tp_journey[g])].graph.entries)
    return wording.unreachable(f.project.locale, f.tps[g].name, f.stage_names[g],
                               f.journey_of(g).name, has_entry)


def _dead_end(f: Facts, g: int) -> str:
    has_exit = bool(f.flows[int(f.tp_journey[g])].graph.exits)
    return wording.dead_end(f.project.locale, f.tps[g].name, f.stage_names[g],
                            f.journey_of(g).name, has_exit)


def orphan_actions(f: Facts, tiers: Sequence[int] | None) -> list[Gap]:
    """Every action whose touchpoint, tier or channel does not exist."""
    gaps: list[Gap] = []
    channel_pos = {c.id: i for i, c in reversed(list(enumerate(f.project.channels)))}
    for k, missing in f.actions.orphans:
        action = f.project.actions[k]
        if not _lists_tier(f, action.tiers, tiers):
            continue
        message = wording.orphan_action(f.project.locale, action.name, missing)
        g = f.tp_pos.get(action.touchpoint)
        if g is None:
            gap = Gap(kind="orphan_action", severity=GAP_SEVERITY["orphan_action"], message=message)
        else:
            gap = touchpoint_gap(f, "orphan_action", g, message)
        gaps.append(_with_action(gap, f, k, channel_pos.get(action.channel)))
    return gaps
