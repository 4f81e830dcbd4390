"""context_lost, care_level_order and the budget (design.md, format 2)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from journey_designer.analysis import wording_plan
from journey_designer.analysis.facts import Facts, display_names, number
from journey_designer.analysis.load import TOLERANCE
from journey_designer.analysis.results import GAP_SEVERITY, Budget, Gap
from journey_designer.domain.model import CARE_LEVELS

SEVERITY = GAP_SEVERITY["context_lost"]


def _group(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def context_lost(f: Facts) -> list[Gap]:
    """Transitions into a touchpoint served by a person from one whose channels share no
    context group with its channels: customers must tell their story again."""
    human, groups = _touchpoint_channels(f)
    channels = f.project.channels
    gaps: list[Gap] = []
    offset = 0
    for flow in f.flows:
        graph = flow.graph
        src, tgt = graph.src + offset, graph.tgt + offset
        shares = [groups[a] & groups[b] for a, b in zip(src.tolist(), tgt.tolist(), strict=True)]
        lost = np.nonzero((human[tgt] >= 0) & ~np.array(shares, dtype=bool))[0] if len(src) \
            else np.zeros(0, dtype=np.int64)
        for k in lost.tolist():
            a, g, c = int(src[k]), int(tgt[k]), int(human[tgt[k]])
            flow_share = float(f.reach[a]) * float(graph.share[k])
            message = wording_plan.context_lost(f.project.locale, f.tps[a].name, f.tps[g].name,
                                                f.channel_names[c], flow_share)
            journey = f.journeys[int(f.tp_journey[g])]
            gaps.append(Gap(kind="context_lost", severity=SEVERITY, message=message,
                            touchpoint=f.tps[g].name, touchpoint_id=f.tps[g].id,
                            stage=f.stage_names[g], journey=journey.name, journey_id=journey.id,
                            channel=f.channel_names[c], channel_id=channels[c].id,
                            figure=flow_share))
        offset += graph.size
    return gaps


def _touchpoint_channels(f: Facts) -> tuple[np.ndarray, list[int]]:
    """Per touchpoint: its first human channel (-1: none), and its context groups as a
    bit set (a Python int: any number of groups)."""
    channels = f.project.channels
    position = {c.id: i for i, c in reversed(list(enumerate(channels)))}
    bit: dict[str, int] = {}
    channel_bits = []
    for c in channels:
        group = _group(c.context_group)
        channel_bits.append(0 if group is None else 1 << bit.setdefault(group, len(bit)))
    human = np.full(len(f.tps), -1, dtype=np.int64)
    groups = [0] * len(f.tps)
    for g, tp in enumerate(f.tps):
        mask = 0
        for cid in tp.channels:
            at = position.get(cid)
            if at is None:
                continue
            mask |= channel_bits[at]
            if human[g] < 0 and channels[at].kind == "human":
                human[g] = at
        groups[g] = mask
    return human, groups


def care_level_order(f: Facts, scope: Sequence[int]) -> list[Gap]:
    """Tiers worth more per customer than another tier but given a lower care level."""
    tiers = f.project.tiers
    level = [CARE_LEVELS.index(t.care_level) if t.care_level in CARE_LEVELS else None
             for t in tiers]
    value = [number(t.value_per_customer) for t in tiers]
    gaps = []
    for t in scope:
        if level[t] is None:
            continue
        above = [u for u in range(len(tiers)) if level[u] is not None
                 and value[u] < value[t] and level[u] > level[t]]  # type: ignore[operator]
        if not above:
            continue
        u = max(above, key=lambda k: (level[k], value[k]))
        message = wording_plan.care_level_order(
            f.project.locale, f.tier_names[t], tiers[t].care_level, value[t], f.tier_names[u],
            tiers[u].care_level, value[u])
        gaps.append(Gap(kind="care_level_order", severity=GAP_SEVERITY["care_level_order"],
                        message=message, tier=f.tier_names[t], tier_id=tiers[t].id,
                        figure=value[t]))
    return gaps


def budget(f: Facts) -> Budget:
    """Monthly cost: Σ journeys monthly entries × Σ tiers share × Σ actions reach × cost."""
    table = f.actions
    monthly = np.array([number(j.monthly_entries) for j in f.journeys])
    shares = np.array([number(t.share) for t in f.project.tiers])
    rows_tp = table.row_tp
    if len(rows_tp):
        journey = f.tp_journey[rows_tp]
        cost = (monthly[journey] * shares[table.row_tier] * f.reach[rows_tp]
                * table.cost[table.row_action])
        channel = table.channel[table.row_action]
    else:
        journey = channel = np.zeros(0, dtype=np.int64)
        cost = np.zeros(0)
    per_tier = np.bincount(table.row_tier, weights=cost, minlength=len(f.project.tiers))
    per_journey = np.bincount(journey, weights=cost, minlength=len(f.journeys))
    per_channel = np.bincount(channel, weights=cost, minlength=len(f.project.channels))
    limit = f.project.budget_per_month
    return Budget(
        total=float(cost.sum()),
        limit=None if limit is None else number(limit),
        per_tier=tuple(zip(f.tier_names, per_tier.tolist(), strict=True)),
        per_journey=tuple(zip(display_names(f.journeys), per_journey.tolist(), strict=True)),
        per_channel=tuple(zip(f.channel_names, per_channel.tolist(), strict=True)),
    )


def over_budget(f: Facts, money: Budget) -> list[Gap]:
    if money.limit is None or money.total <= money.limit + TOLERANCE:
        return []
    channel, cost = max(money.per_channel, key=lambda item: item[1], default=(None, 0.0))
    message = wording_plan.over_budget(f.project.locale, money.total, money.limit,
                                       channel if cost > 0 else None, cost)
    return [Gap(kind="over_budget", severity=GAP_SEVERITY["over_budget"], message=message,
                figure=money.total)]
