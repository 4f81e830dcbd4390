"""Small read-only questions views ask of a project (fast enough to ask per refresh)."""

from __future__ import annotations

from collections import defaultdict

from journey_designer.domain.model import CareAction, Project, Touchpoint, Trigger

Coverage = str  # "covered" | "uncovered" | "uncovered_mot"


def actions_by_touchpoint(project: Project) -> dict[str, list[CareAction]]:
    """Each touchpoint's care actions, in project order."""
    index: defaultdict[str, list[CareAction]] = defaultdict(list)
    for action in project.actions:
        index[action.touchpoint].append(action)
    return index


def tier_coverage(tp: Touchpoint, actions: list[CareAction], tier_id: str) -> Coverage:
    """How a touchpoint looks through one tier's lens."""
    if any(tier_id in a.tiers for a in actions):
        return "covered"
    return "uncovered_mot" if tp.moment_of_truth else "uncovered"


def trigger_parts(trigger: Trigger) -> tuple[str, float | None, str]:
    """(kind, days, subject) of a trigger for a readable summary.

    kind is one of: "event", "before", "after", "on", "date", "threshold"."""
    if trigger.type == "offset":
        days = trigger.days or 0
        return ("before" if days < 0 else "after" if days > 0 else "on"), abs(days), \
            trigger.event or ""
    if trigger.type == "date":
        return "date", None, trigger.event or trigger.date or ""
    if trigger.type == "threshold":
        return "threshold", trigger.value, trigger.metric or ""
    return "event", None, trigger.event or ""
