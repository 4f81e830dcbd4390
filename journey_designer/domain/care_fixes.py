"""Quick fixes that add care: the actions that close a coverage gap, made valid.

A quick fix is offered only for gaps that more care closes (a moment of truth, a pain
point or a stretch of silence without care for a tier; a tier that needs a person at a
moment of truth). The actions it makes pass `validate()`: an event trigger named after
the touchpoint, a channel that exists — a human one where the tier needs a person — and
a cost that follows the channel (None).
"""

from __future__ import annotations

import dataclasses
import math
from collections import defaultdict, deque
from collections.abc import Callable

from journey_designer.domain.fix_plans import Choice, Edit, GapsOf, choose
from journey_designer.domain.ids import new_id
from journey_designer.domain.model import CareAction, Channel, Journey, Project, Touchpoint, Trigger

# Gap kinds (analysis) that one more care action for the gap's tier can close.
CARE_FIXES = ("uncovered_moment_of_truth", "uncovered_pain_point", "missing_human_touch",
              "care_silence")


def closes_with_care(kind: str) -> bool:
    return kind in CARE_FIXES


def needs_person(project: Project, tier_id: str, tp: Touchpoint) -> bool:
    """The tier wants a human contact at this touchpoint (a moment of truth)."""
    tier = project.tier_by_id().get(tier_id)
    return bool(tp.moment_of_truth and tier is not None and tier.human_touch_at_mot)


def channel_for(project: Project, tp: Touchpoint, human: bool) -> str:
    """The channel a new action at `tp` uses: the touchpoint's own first (a human one of
    its own when a person is needed), else the project's — for a person, the human channel
    with the most room per day (no limit first)."""
    by_id = project.channel_by_id()
    own = [by_id[c] for c in tp.channels if c in by_id]
    if human:
        own_human = [c for c in own if c.kind == "human"]
        if own_human:
            return own_human[0].id
        people = [c for c in project.channels if c.kind == "human"]
        if people:
            return max(people, key=_room).id
    if own:
        return own[0].id
    return project.channels[0].id if project.channels else ""


def _room(channel: Channel) -> float:
    return float("inf") if channel.capacity_per_day is None else float(channel.capacity_per_day)


def new_care_action(project: Project, tp: Touchpoint, tiers: list[str], channel: str,
                    name: str) -> CareAction:
    """A valid action: triggered when the customer reaches `tp`, cost following the channel."""
    return CareAction(id=new_id("act"), touchpoint=tp.id, tiers=list(tiers), channel=channel,
                      name=name, trigger=Trigger("event", event=tp.name or name), cost=None)


def care_for_gap(project: Project, kind: str, tier_id: str, tp_id: str,
                 name_for: Callable[[Touchpoint], str]) -> list[CareAction]:
    """The actions that close a gap of `kind` for `tier_id` at `tp_id`; [] if none can.

    `name_for(tp)` names each action. A care_silence gap gets actions along its run
    until no stretch of silence from there is longer than the project's limit."""
    located = project.touchpoint_index().get(tp_id)
    if located is None or not closes_with_care(kind) or tier_id not in project.tier_by_id():
        return []
    journey, tp = located
    stops = [tp]
    if kind == "care_silence":
        stops = silence_stops(project, journey, tier_id, tp)
    actions = []
    for stop in stops:
        human = kind == "missing_human_touch" or needs_person(project, tier_id, stop)
        channel = channel_for(project, stop, human)
        if not channel:
            return []
        actions.append(new_care_action(project, stop, [tier_id], channel, name_for(stop)))
    return actions


def plan_care(project: Project, kind: str, tier_id: str, tp_id: str,
              name_for: Callable[[Touchpoint], str], gaps_of: GapsOf) -> Choice | None:
    """The gentlest care that closes the gap without opening another (issue 14), judged
    by `gaps_of` (the analysis) on a copy of the project; None if care cannot close it.

    Tried in order: the care as `care_for_gap` plans it; on another channel of the same
    kind (at the touchpoint first: a full channel is overloaded by one more contact);
    instead of the tier's contact there that does not count (a marketing action at a pain
    point, an automated one at a moment of truth); the same care 1, 2 ... days later, up
    to the fatigue window (a contact out of a busy week). When every variant opens a gap,
    the choice says which (`opens`): the fix is offered with that note."""
    base = care_for_gap(project, kind, tier_id, tp_id, name_for)
    if not base:
        return None
    edits = [Edit(add=tuple(base))]
    edits += [Edit(add=(dataclasses.replace(base[0], channel=c),))
              for c in _same_kind(project, base) if len(base) == 1]
    swap = _instead(project, kind, tier_id, tp_id, base)
    if swap is not None:
        edits.append(swap)
    window = max(1, math.ceil(float(project.settings.fatigue_window_days or 1)))
    edits += [Edit(add=tuple(_later(a, days) for a in base)) for days in range(1, window + 1)]
    target: tuple[str | None, ...]
    if kind == "care_silence":
        journey = project.touchpoint_index()[tp_id][0]
        target = (kind, tier_id, journey.id)
    else:
        target = (kind, tier_id, tp_id, None, project.touchpoint_index()[tp_id][0].id, None)
    return choose(project, edits, target, gaps_of, budget=len(edits))


def _same_kind(project: Project, base: list[CareAction], most: int = 3) -> list[str]:
    """Other channels of the kind of the planned one: the touchpoint's first."""
    by_id = project.channel_by_id()
    planned = by_id.get(base[0].channel)
    located = project.touchpoint_index().get(base[0].touchpoint)
    if planned is None or located is None:
        return []
    own = [c for c in located[1].channels if c in by_id]
    others = own + [c.id for c in project.channels]
    found = [c for c in dict.fromkeys(others)
             if c != planned.id and by_id[c].kind == planned.kind]
    return found[:most]


def _instead(project: Project, kind: str, tier_id: str, tp_id: str,
             base: list[CareAction]) -> Edit | None:
    """The tier's action at the touchpoint that does not count for the gap gives way to
    the new one: the tier gets no more contacts than before."""
    by_id = project.channel_by_id()
    if kind == "missing_human_touch":
        def lacking(a: CareAction) -> bool:
            channel = by_id.get(a.channel)
            return channel is None or channel.kind != "human"
    elif kind == "uncovered_pain_point":
        def lacking(a: CareAction) -> bool:
            return a.purpose != "service"
    else:
        return None
    mine = [a for a in project.actions
            if a.touchpoint == tp_id and tier_id in a.tiers and lacking(a)]
    if not mine:
        return None
    old = mine[0]
    if old.tiers == [tier_id] and kind == "missing_human_touch":
        return Edit(change=(("actions", old.id, {"channel": base[0].channel}),))
    rest = [t for t in old.tiers if t != tier_id]
    if not rest:
        return Edit(add=tuple(base), remove=(old.id,))
    return Edit(add=tuple(base), change=(("actions", old.id, {"tiers": rest}),))


def _later(action: CareAction, days: int) -> CareAction:
    return dataclasses.replace(action, id=new_id("act"), trigger=Trigger("offset", days=days))


def silence_stops(project: Project, journey: Journey, tier_id: str,
                  start: Touchpoint) -> list[Touchpoint]:
    """Touchpoints to give care so that no run without care for the tier that `start`
    is part of is longer than `care_silence_limit`: `start`, then greedily the first
    touchpoint (breadth first from it) where a run still grows too long."""
    limit = max(1, project.settings.care_silence_limit)
    covered = {a.touchpoint for a in project.actions if tier_id in a.tiers}
    covered.add(start.id)
    chosen = [start]
    by_id = {tp.id: tp for tp in journey.touchpoints}
    nexts, before = defaultdict(list), defaultdict(list)
    for tr in journey.transitions:
        if tr.source in by_id and tr.target in by_id:
            nexts[tr.source].append(tr.target)
            before[tr.target].append(tr.source)
    reach = _reachable(journey.entries, nexts)
    order = [t for t in _bfs([start.id], nexts) if t != start.id]
    for _ in range(len(order)):
        runs = _runs(reach, covered, before, limit)
        too_long = next((t for t in order if runs.get(t, 0) > limit), None)
        if too_long is None:
            break
        covered.add(too_long)
        chosen.append(by_id[too_long])
    return chosen


def _bfs(starts: list[str], nexts: dict[str, list[str]]) -> list[str]:
    seen, queue, order = set(starts), deque(starts), []
    while queue:
        node = queue.popleft()
        order.append(node)
        for nxt in nexts[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order


def _reachable(entries: list[str], nexts: dict[str, list[str]]) -> set[str]:
    return set(_bfs(list(dict.fromkeys(entries)), nexts))


def _runs(reach: set[str], covered: set[str], before: dict[str, list[str]],
          limit: int) -> dict[str, int]:
    """Longest run without care ending at each reachable touchpoint, counted up to
    limit + 1 (so that loops settle)."""
    silent = [t for t in reach if t not in covered]
    runs = dict.fromkeys(silent, 1)
    changed = True
    while changed:
        changed = False
        for node in silent:
            best = max((runs[p] + 1 for p in before[node] if p in runs), default=1)
            best = min(best, limit + 1)
            if best > runs[node]:
                runs[node], changed = best, True
    return runs
