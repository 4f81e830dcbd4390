"""The CLI's validation rules, asked about one object before an edit is made.

The document API (ui/document.py) asks these before it pushes an edit, so the app never
saves what `journey-designer validate` rejects. Each check validates a small project that
holds only the object and what it refers to (fast at every keystroke, whatever the size of
the plan), with `validation.validate` itself — one set of rules — and keeps the problems
that are about that object. `new_problems` compares before and after, so that an object
that was already wrong (an old file) can still be mended one field at a time.

`field_of` tells a form which field a problem is about (to turn that field red).
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

from journey_designer import messages
from journey_designer.domain.model import Journey, Project, Touchpoint, Transition
from journey_designer.domain.validation import SHARE_TOLERANCE, validate


def _t(text: str) -> str:
    return messages.translate("Validation", text)


def changed(item: Any, changes: dict[str, Any]) -> Any:
    """A copy of a dataclass item with `changes` applied (the item itself is untouched)."""
    return dataclasses.replace(item, **changes)


def new_problems(before: list[str], after: list[str]) -> list[str]:
    """Problems of `after` that `before` did not have."""
    left = list(before)
    fresh = []
    for problem in after:
        if problem in left:
            left.remove(problem)
        else:
            fresh.append(problem)
    return fresh


def _shell(project: Project, **lists: Any) -> Project:
    return Project(name=project.name or "-", locale=project.locale, settings=project.settings,
                   tiers=lists.get("tiers", []), channels=lists.get("channels", []),
                   journeys=lists.get("journeys", []), actions=lists.get("actions", []),
                   kpis=lists.get("kpis", []), phases=lists.get("phases", []),
                   risks=lists.get("risks", []))


def _about(problems: list, where: set[str]) -> list[str]:
    return [p.message for p in problems if p.where in where]


def item_problems(project: Project, list_name: str, item: Any) -> list[str]:
    """The problems `validate` finds with one item of a project-level list."""
    if list_name == "actions":
        located = project.touchpoint_index().get(item.touchpoint)
        journeys = []
        if located is not None:
            journey, tp = located
            journeys = [Journey(journey.id, journey.name or "-", stages=list(journey.stages),
                                touchpoints=[tp])]
        mini = _shell(project, tiers=project.tiers, channels=project.channels,
                      journeys=journeys, actions=[item])
        return _about(validate(mini), {_t('action "{name}"').format(name=item.name)})
    if list_name == "tiers":
        tiers = [item if getattr(t, "id", None) == item.id else t for t in project.tiers]
        if item not in tiers:
            tiers.append(item)
        return _about(validate(_shell(project, tiers=tiers)),
                      {_t('tier "{name}"').format(name=item.name), _t("tiers")})
    if list_name == "channels":
        return _about(validate(_shell(project, channels=[item])),
                      {_t('channel "{name}"').format(name=item.name)})
    if list_name in ("kpis", "risks"):
        return _about(validate(_shell(project, **{list_name: [item]})),
                      {_t("KPIs") if list_name == "kpis" else _t("risks")})
    if list_name == "phases":
        return _about(validate(_shell(project, phases=[item])),
                      {_t('phase "{name}"').format(name=item.name)})
    return []


def touchpoint_problems(project: Project, journey: Journey, tp: Touchpoint) -> list[str]:
    mini = _shell(project, channels=project.channels, journeys=[
        Journey(journey.id, journey.name or "-", stages=list(journey.stages), touchpoints=[tp])])
    where = _t('{journey}, touchpoint "{name}"').format(
        journey=_t('journey "{name}"').format(name=journey.name or "-"), name=tp.name)
    return _about(validate(mini), {where})


def journey_problems(project: Project, journey: Journey) -> list[str]:
    """Problems of the journey's own fields (name, monthly entries, peaks)."""
    mini = _shell(project, journeys=[Journey(journey.id, journey.name, journey.monthly_entries,
                                             peaks=list(journey.peaks))])
    jw = _t('journey "{name}"').format(name=journey.name)
    return [p.message for p in validate(mini) if p.where == jw or p.where.startswith(jw + ",")]


def project_problems(project: Project) -> list[str]:
    """Problems of the project's own fields: name, locale, budget, settings."""
    mini = _shell(project)
    mini.name = project.name
    mini.budget_per_month = project.budget_per_month
    return [str(p) for p in validate(mini)]


def share_problem(journey: Journey, source: str, target: str, share: float) -> str:
    """Why the arrow source → target cannot take `share` (0..1), or ""."""
    if not isinstance(share, int | float) or not 0 <= share <= 1:
        return _t("share {value} is not between 0 and 1").format(value=share)
    others = sum(t.share for t in journey.transitions
                 if t.source == source and t.target != target)
    if others + share > 1 + SHARE_TOLERANCE:
        left = max(0.0, 1.0 - others)
        return messages.translate("EditChecks", "Only {left} % of the customers here are left "
                                  "to share out; lower another arrow leaving this card first.") \
            .format(left=f"{left * 100:g}")
    return ""


def shares_leaving(journey: Journey, source: str) -> float:
    return sum(t.share for t in journey.transitions if t.source == source)


def with_transition(journey: Journey, transition: Transition) -> Journey:
    twin = copy.copy(journey)
    twin.transitions = [*journey.transitions, transition]
    return twin


# ------------------------------------------------------------ which field a problem is about

_FIELDS: dict[str, dict[str, tuple[str, ...]]] = {
    "actions": {
        "name": ("the action has no name",),
        "channel": ("channel {id} does not exist",),
        "tiers": ("tier {id} does not exist",),
        "trigger": ("an event trigger needs the event's name",
                    "an offset trigger needs a number of days",
                    "a date trigger needs a date or a named day (e.g. birthday)",
                    "a threshold trigger needs a metric",
                    "a threshold trigger needs a number to reach",
                    "trigger type {value} is not one of {choices}",
                    "only a threshold trigger has a direction"),
        "sla_minutes": ("the SLA must be ≥ 0 minutes",),
        "cost": ("the cost must be a number ≥ 0",),
        "dates": ("ends ({end}) before it starts ({start})",),
    },
    "touchpoints": {
        "name": ("the touchpoint has no name",),
        "day": ("day {value} must be a number ≥ 0",),
        "emotion": ("emotion {value} is not a whole number from -3 to 3",),
        "channels": ("channel {id} does not exist",),
    },
}
_DATE_LABELS = {"start": "start", "end": "end", "trigger": "trigger date"}
_SENTINEL = "\x00"


def _matches(template: str, message: str, **known: str) -> bool:
    """`message` is `template` (translated) with any values in its placeholders."""
    names = {"value", "id", "choices", "start", "end", "label", "name", "total"}
    filled = messages.translate("Validation", template).format(**{n: known.get(n, _SENTINEL) for n in names})
    if _SENTINEL not in filled:
        return message == filled
    head, *_middle, tail = filled.split(_SENTINEL)
    return message.startswith(head) and message.endswith(tail) and \
        len(message) >= len(head) + len(tail)


def field_of(kind: str, message: str) -> str | None:
    """The field of an action ("actions") or touchpoint ("touchpoints") a problem names."""
    for field, templates in _FIELDS.get(kind, {}).items():
        if any(_matches(t, message) for t in templates):
            return field
    if kind == "actions":
        for field, label in _DATE_LABELS.items():
            for template in ("{label} {value} is not a date of the form YYYY-MM-DD",
                             "{label} {value} is not a real calendar date"):
                if _matches(template, message, label=messages.translate("Validation", label)):
                    return field
    return None
