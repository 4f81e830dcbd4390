"""A project numbered for numpy: touchpoints, tiers, channels and care actions as arrays.

Touchpoints are numbered journey by journey ("global" positions); tier t and touchpoint
g index the coverage masks ``covered[t, g]`` (some action for t), ``service[t, g]`` (a
service action for t) and ``human[t, g]`` (an action for t on a human channel).

An action covers nothing when its touchpoint or its channel does not exist (it cannot
reach anyone; it is an orphan_action), nor for tiers it does not list: an action with an
empty tier list covers no tier.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from journey_designer.analysis.flow import JourneyFlow
from journey_designer.analysis.wording import unique_names
from journey_designer.domain import CareAction, Journey, Project, Touchpoint


@dataclass(slots=True, eq=False)
class ActionTable:
    """The usable actions (touchpoint and channel exist) and their (tier, action) rows."""

    index: np.ndarray  # position in project.actions
    tp: np.ndarray  # global touchpoint
    channel: np.ndarray
    marketing: np.ndarray
    time: np.ndarray  # day of the touchpoint plus the trigger's offset
    cost: np.ndarray  # cost per contact
    row_action: np.ndarray  # position in this table
    row_tier: np.ndarray
    service: np.ndarray  # purpose "service" (not marketing, not care)
    dated: np.ndarray  # a date trigger: a contact on its calendar date, not at the touchpoint
    orphans: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)
    tierless: list[int] = field(default_factory=list)

    @property
    def row_tp(self) -> np.ndarray:
        return self.tp[self.row_action]


@dataclass(slots=True, eq=False)
class Facts:
    """Everything the gap, load and priority functions need, numbered."""

    project: Project
    flows: list[JourneyFlow]
    tps: list[Touchpoint]
    tp_pos: dict[str, int]
    tp_journey: np.ndarray
    stage_names: list[str | None]
    visits: np.ndarray  # inf inside a never-ending loop
    reach: np.ndarray  # visits with inf replaced by 0: what sums and rankings use
    reachable: np.ndarray
    reaches_exit: np.ndarray
    mot: np.ndarray
    painful: np.ndarray
    recovery: np.ndarray
    day: np.ndarray
    emotion: np.ndarray
    tier_names: list[str]
    channel_names: list[str]
    channel_human: np.ndarray
    actions: ActionTable
    covered: np.ndarray
    service: np.ndarray
    human: np.ndarray

    @property
    def journeys(self) -> list[Journey]:
        return self.project.journeys

    def journey_of(self, g: int) -> Journey:
        return self.project.journeys[int(self.tp_journey[g])]


def display_names(objects: Sequence[Any]) -> list[str]:
    """Names to show; a name used twice gets its id added so keys stay unique."""
    names = [str(o.name) for o in objects]
    return unique_names(names, [[f"[{o.id}]" for o in objects]])


def number(value: object, default: float = 0.0) -> float:
    """`value` as a finite float; anything else (None, NaN, text) as `default`."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return default
    return float(value) if math.isfinite(value) else default


def build_facts(project: Project, flow_of: Callable[[Journey], JourneyFlow]) -> Facts:
    flows = [flow_of(j) for j in project.journeys]
    tps, tp_journey, stage_names = _touchpoints(project, flows)
    tp_pos: dict[str, int] = {}
    for g, tp in enumerate(tps):
        tp_pos.setdefault(tp.id, g)
    visits = np.concatenate([f.visits for f in flows]) if flows else np.zeros(0)
    actions = _actions(project, tps, tp_pos)
    human_channel = np.array([c.kind == "human" for c in project.channels], dtype=bool)
    covered, service, human = _masks(len(project.tiers), len(tps), actions, human_channel)
    return Facts(
        project=project, flows=flows, tps=tps, tp_pos=tp_pos,
        tp_journey=np.array(tp_journey, dtype=np.int64), stage_names=stage_names,
        visits=visits, reach=np.where(np.isfinite(visits), visits, 0.0),
        reachable=_concat([f.reachable for f in flows]),
        reaches_exit=_concat([f.reaches_exit for f in flows]),
        mot=np.array([bool(tp.moment_of_truth) for tp in tps], dtype=bool),
        painful=np.array([_is_painful(tp) for tp in tps], dtype=bool),
        recovery=np.array([bool(tp.recovery) for tp in tps], dtype=bool),
        day=np.array([number(tp.day) for tp in tps]),
        emotion=np.array([_emotion(tp.emotion) for tp in tps], dtype=np.int64),
        tier_names=display_names(project.tiers),
        channel_names=display_names(project.channels),
        channel_human=human_channel,
        actions=actions, covered=covered, service=service, human=human,
    )


def _emotion(value: object) -> int:
    """An emotion as the analysis reads it: out of range (validate names it) the nearest of
    -3..3, so a hand-edited 64-bit extreme is no crash."""
    return int(min(3.0, max(-3.0, number(value))))


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(parts) if parts else np.zeros(0, dtype=bool)


def _is_painful(tp: Touchpoint) -> bool:
    has_pain = any(str(p).strip() for p in tp.pain_points)
    return has_pain or number(tp.emotion) <= -2


def _touchpoints(project: Project, flows: list[JourneyFlow]
                 ) -> tuple[list[Touchpoint], list[int], list[str | None]]:
    """Touchpoints in the flows' numbering, journey by journey."""
    tps: list[Touchpoint] = []
    tp_journey: list[int] = []
    stage_names: list[str | None] = []
    for j, (journey, flow) in enumerate(zip(project.journeys, flows, strict=True)):
        by_id = {tp.id: tp for tp in reversed(journey.touchpoints)}  # the first of a repeated id
        stages = {s.id: s.name for s in journey.stages}
        for tp_id in flow.graph.ids:
            tp = by_id[tp_id]
            tps.append(tp)
            tp_journey.append(j)
            stage_names.append(stages.get(tp.stage))
    return tps, tp_journey, stage_names


def _actions(project: Project, tps: list[Touchpoint], tp_pos: dict[str, int]) -> ActionTable:
    """The usable actions as columns; one (action, tier) row per tier an action lists."""
    tier_pos = {t.id: i for i, t in reversed(list(enumerate(project.tiers)))}
    ch_pos = {c.id: i for i, c in reversed(list(enumerate(project.channels)))}
    ch_cost = [number(c.cost_per_contact) for c in project.channels]
    days = [number(tp.day) for tp in tps]
    cols: tuple[list[Any], ...] = ([], [], [], [], [], [], [], [], [], [])
    index, tp, channel, marketing, time, cost, row_action, row_tier, service, dated = cols
    for k, action in enumerate(project.actions):  # the hot loop: kept flat on purpose
        g, c = tp_pos.get(action.touchpoint), ch_pos.get(action.channel)
        if g is None or c is None:
            continue
        row = len(index)
        index.append(k)
        tp.append(g)
        channel.append(c)
        purpose = action.purpose
        marketing.append(purpose == "marketing")
        service.append(purpose == "service")
        trigger = action.trigger
        dated.append(trigger.type == "date")
        time.append(days[g] + number(trigger.days) if trigger.type == "offset" else days[g])
        cost.append(ch_cost[c] if action.cost is None else number(action.cost))
        tiers = action.tiers
        for t in tiers if len(tiers) < 2 else dict.fromkeys(tiers):
            if t in tier_pos:
                row_action.append(row)
                row_tier.append(tier_pos[t])
    return _table(cols, project, tp_pos, ch_pos, tier_pos)


def _table(cols: tuple[list[Any], ...], project: Project, tp_pos: dict[str, int],
           ch_pos: dict[str, int], tier_pos: dict[str, int]) -> ActionTable:
    kinds = (np.int64, np.int64, np.int64, bool, np.float64, np.float64, np.int64, np.int64,
             bool, bool)
    index, tp, channel, marketing, time, cost, row_action, row_tier, service, dated = (
        np.array(col, dtype=kind) for col, kind in zip(cols, kinds, strict=True))
    orphans = []
    for k, action in enumerate(project.actions):
        g, c = tp_pos.get(action.touchpoint), ch_pos.get(action.channel)
        if g is None or c is None or any(t not in tier_pos for t in action.tiers):
            orphans.append((k, _missing(action, g, c, tier_pos)))
    tierless = [k for k, action in enumerate(project.actions) if not action.tiers]
    return ActionTable(index, tp, channel, marketing, time, cost, row_action, row_tier, service,
                       dated, orphans=orphans, tierless=tierless)


def _missing(action: CareAction, g: int | None, c: int | None,
             tier_pos: dict[str, int]) -> tuple[str, ...]:
    missing = [f"touchpoint {action.touchpoint!r}"] if g is None else []
    missing += [f"tier {t!r}" for t in action.tiers if t not in tier_pos]
    if c is None:
        missing.append(f"channel {action.channel!r}")
    return tuple(missing)


def _masks(n_tiers: int, n_tps: int, actions: ActionTable,
           human_channel: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    covered = np.zeros((n_tiers, n_tps), dtype=bool)
    service = np.zeros_like(covered)
    human = np.zeros_like(covered)
    t, a = actions.row_tier, actions.row_action
    g = actions.tp[a]
    covered[t, g] = True
    is_service = actions.service[a]
    service[t[is_service], g[is_service]] = True
    is_human = human_channel[actions.channel[a]] if len(human_channel) else np.zeros(0, dtype=bool)
    human[t[is_human], g[is_human]] = True
    return covered, service, human
