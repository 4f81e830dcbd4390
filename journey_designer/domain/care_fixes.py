"""Quick fixes that add care: the actions that close a coverage gap, made valid.

A quick fix is offered only for gaps that more care closes (a moment of truth, a pain
point or a stretch of silence without care for a tier; a tier that needs a person at a
moment of truth). The actions it makes pass `validate()`: an event trigger named after
the touchpoint, a channel that exists — a human one where the tier needs a person — and
a cost that follows the channel (None).
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Callable

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
