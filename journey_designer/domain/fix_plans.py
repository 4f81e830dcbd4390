"""Quick fixes judged by the analysis of the plan with the fix (issue 14).

A fix is an `Edit` (actions to add, fields to change, actions to drop). Before one is
offered it is tried on a copy of the project: `gaps_of` (the analysis, passed in — the
domain does not import it) tells whether the gap it is for is gone and which gaps the
plan would have that it had not. Of several variants the first that closes its gap and
opens none wins; if none does, the one that opens the fewest, with what it opens (the
note a user sees), rather than a silent new gap.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from journey_designer.domain.model import CareAction, Project
from journey_designer.domain.snapshot import snapshot

# Gaps about a whole journey of a tier: their touchpoint is only where the worst of it is
# (a window of contacts, a stretch of silence) and moves as the plan changes.
JOURNEY_WIDE = ("contact_fatigue", "care_silence")
SEVERE = ("critical", "high")


class GapLike(Protocol):
    kind: str
    severity: str
    message: str
    tier_id: str | None
    touchpoint_id: str | None
    channel_id: str | None
    journey_id: str | None
    action_id: str | None


GapsOf = Callable[[Project], Sequence[GapLike]]


def about(gap: GapLike) -> tuple[str | None, ...]:
    """What a gap is about, the same before and after an edit that does not close it."""
    if gap.kind in JOURNEY_WIDE:
        return (gap.kind, gap.tier_id, gap.journey_id)
    return (gap.kind, gap.tier_id, gap.touchpoint_id, gap.channel_id, gap.journey_id,
            gap.action_id)


@dataclass(frozen=True)
class Edit:
    """Changes to the plan, made as one undo step: `change` holds (list name, item id,
    field changes) for tiers, channels or actions; `remove` ids of actions."""

    add: tuple[CareAction, ...] = ()
    change: tuple[tuple[str, str, dict[str, Any]], ...] = ()
    remove: tuple[str, ...] = ()


@dataclass(frozen=True)
class Choice:
    """A variant and what the analysis says of it."""

    edit: Edit
    closes: bool  # the gap it is for is gone
    opens: tuple[str, ...]  # messages of the gaps the plan gets that it had not
    severe: int = 0  # how many of those are critical or high


def applied(project: Project, edit: Edit) -> Project:
    """A copy of `project` with `edit` made (the project itself is not changed)."""
    copy = snapshot(project)
    lists: dict[str, list[Any]] = {"actions": copy.actions, "tiers": copy.tiers,
                                   "channels": copy.channels}
    for list_name, key, changes in edit.change:
        items = lists[list_name]
        for i, item in enumerate(items):
            if item.id == key:
                items[i] = dataclasses.replace(item, **changes)
    gone = set(edit.remove)
    copy.actions = [a for a in copy.actions if a.id not in gone]
    copy.actions += [dataclasses.replace(a, tiers=list(a.tiers)) for a in edit.add]
    return copy


def judge(project: Project, edit: Edit, target: tuple[str | None, ...], gaps_of: GapsOf,
          before: Iterable[GapLike]) -> Choice:
    known = {about(g) for g in before}
    after = gaps_of(applied(project, edit))
    found = {about(g) for g in after}
    new = [g for g in after if about(g) not in known]
    return Choice(edit, target not in found, tuple(dict.fromkeys(g.message for g in new)),
                  sum(1 for g in new if g.severity in SEVERE))


def choose(project: Project, edits: Iterable[Edit], target: tuple[str | None, ...],
           gaps_of: GapsOf, budget: int = 16) -> Choice | None:
    """The gentlest of `edits` (in the order given) that closes `target` and opens no gap;
    else the one that opens the fewest severe gaps. At most `budget` are tried."""
    before = list(gaps_of(project))
    best: Choice | None = None
    for count, edit in enumerate(edits):
        if count >= budget:
            break
        choice = judge(project, edit, target, gaps_of, before)
        if choice.closes and not choice.opens:
            return choice
        if best is None or _rank(choice) < _rank(best):
            best = choice
    return best


def _rank(choice: Choice) -> tuple[bool, int, int]:
    return (not choice.closes, choice.severe, len(choice.opens))
