"""Quick fixes of a contact_fatigue gap (issue 14), from the analysis's fatigue report.

The report names the path with the most contacts in one window and the day that window
starts. The contacts in it are the tier's actions at the touchpoints of that path whose
day (the touchpoint's day plus the trigger's offset) falls in the window. Fixes, gentlest
for the customer first:

- drop a marketing (or courtesy) action of the window for the tier — the tier only: other
  tiers keep it;
- move an action of the window to a later day (an offset trigger), just out of the window
  or as little further as needed;
- raise the tier's contact cap to the most contacts the worst path gets.

Each is judged by the analysis of the plan with it (fix_plans): only fixes that remove
the gap and open no other are offered (raising the cap always does).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from journey_designer.domain.fix_plans import Edit, GapLike, GapsOf, about, judge
from journey_designer.domain.model import CareAction, Project, Trigger

LIGHT = ("marketing", "care")  # contacts a customer does not need to be served


@dataclass(frozen=True)
class FatigueFix:
    how: str  # "drop" | "later" | "cap"
    edit: Edit
    action: CareAction | None = None
    day: float | None = None  # "later": the day the action moves to
    cap: int | None = None  # "cap": the new max_contacts_per_window
    opens: tuple[str, ...] = ()


def in_window(project: Project, tier_id: str, path: Sequence[str], start: float | None
              ) -> list[tuple[float, CareAction]]:
    """(day, action) of the tier's contacts in the worst window, by day."""
    window = _window(project)
    start = float(start or 0.0)
    days = {tp.id: _number(tp.day) for j in project.journeys for tp in j.touchpoints}
    on_path = set(path)
    found = []
    for action in project.actions:
        if tier_id not in action.tiers or action.touchpoint not in on_path:
            continue
        if action.trigger.type == "date":
            continue
        day = days.get(action.touchpoint, 0.0) + _offset(action.trigger)
        if start <= day < start + window:
            found.append((day, action))
    return sorted(found, key=lambda pair: pair[0])


def fatigue_fixes(project: Project, tier_id: str, journey_id: str, path: Sequence[str],
                  start: float | None, worst_contacts: int, gaps_of: GapsOf,
                  budget: int = 10, before: Sequence[GapLike] | None = None
                  ) -> list[FatigueFix]:
    """The fixes that remove the tier's contact_fatigue gap in the journey, each judged
    (`before`: the project's gaps, if known)."""
    target = ("contact_fatigue", tier_id, journey_id)
    before = list(gaps_of(project) if before is None else before)
    if target not in {about(g) for g in before}:
        return []
    # one action gives the worst path as many contacts as the path visits its touchpoint:
    # dropping or moving it brings that path under the cap only if that is at least the
    # excess. Others may still bring the share over the cap under the tolerance: a few
    # are tried too, but not many (each try is an analysis; the menu waits for them).
    tier = project.tier_by_id().get(tier_id)
    cap_now = int(_number(tier.max_contacts_per_window)) if tier is not None else 0
    excess = worst_contacts - cap_now
    visits = Counter(path)
    contacts = in_window(project, tier_id, path, start)
    contacts.sort(key=lambda pair: visits[pair[1].touchpoint] < excess)  # stable: by day
    if not any(visits[a.touchpoint] >= excess for _day, a in contacts):
        budget = min(budget, 4)
    tries = [budget]
    fixes: list[FatigueFix] = []

    def works(fix: FatigueFix) -> FatigueFix | None:
        if tries[0] <= 0:
            return None
        tries[0] -= 1
        choice = judge(project, fix.edit, target, gaps_of, before)
        if choice.closes and not choice.opens:
            return fix
        return None

    light = [a for _day, a in contacts if a.purpose in LIGHT]
    for action in light[:2]:
        found = works(FatigueFix("drop", _drop(action, tier_id), action))
        if found is not None:
            fixes.append(found)
            break
    viable = {a.id for _day, a in contacts if visits[a.touchpoint] >= excess}
    later = _later(project, contacts, viable, start, works)
    if later is not None:
        fixes.append(later)
    cap = max(worst_contacts, 1)
    raise_cap = FatigueFix("cap", Edit(change=(("tiers", tier_id,
                                                {"max_contacts_per_window": cap}),)), cap=cap)
    choice = judge(project, raise_cap.edit, target, gaps_of, before)
    if choice.closes:
        fixes.append(FatigueFix("cap", raise_cap.edit, cap=cap, opens=choice.opens))
    return fixes


def _drop(action: CareAction, tier_id: str) -> Edit:
    rest = [t for t in action.tiers if t != tier_id]
    if not rest:
        return Edit(remove=(action.id,))
    return Edit(change=(("actions", action.id, {"tiers": rest}),))


def _later(project: Project, contacts: list[tuple[float, CareAction]], viable: set[str],
           start: float | None, works: Callable[[FatigueFix], FatigueFix | None]
           ) -> FatigueFix | None:
    """The action of the window that moves least to leave it (those that can bring the
    worst path under the cap first, then the light ones), just out of the window or a
    window further. An action of several tiers moves for all of them (the judge sees
    every tier)."""
    window = _window(project)
    end = float(start or 0.0) + window
    order = sorted(contacts, key=lambda pair: (pair[1].id not in viable,
                                               pair[1].purpose not in LIGHT, -pair[0]))
    for day, action in order[:3]:
        shift = max(1, math.ceil(end - day))
        for extra in (0, math.ceil(window)):
            moved = _offset(action.trigger) + shift + extra
            fix = FatigueFix("later", Edit(change=(("actions", action.id, {
                "trigger": Trigger("offset", days=moved)}),)), action, day=day + shift + extra)
            if works(fix) is not None:
                return fix
    return None


def _window(project: Project) -> float:
    return max(1.0, _number(project.settings.fatigue_window_days, 7.0))


def _offset(trigger: Trigger) -> float:
    return _number(trigger.days) if trigger.type == "offset" else 0.0


def _number(value: object, default: float = 0.0) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return default
    return float(value) if math.isfinite(value) else default
