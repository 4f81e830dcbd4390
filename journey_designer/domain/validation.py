"""Checks a project against the model's rules and reports every problem at once.

Each problem names where it is in words a care manager recognises, e.g.
``journey "Onboarding", touchpoint "Refund form": shares leaving it sum to 1.3``.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from datetime import date

from journey_designer.domain.errors import Problem
from journey_designer.domain.model import (
    CARE_LEVELS,
    CHANNEL_KINDS,
    EMOTION_RANGE,
    LOCALES,
    PURPOSES,
    STATUSES,
    TRIGGER_TYPES,
    CareAction,
    Journey,
    Project,
)

SHARE_TOLERANCE = 1e-6
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def validate(project: Project) -> list[Problem]:
    """Every problem in `project`, in document order; an empty list means valid."""
    problems: list[Problem] = []
    problems += _check_project(project)
    problems += _check_duplicate_ids(project)
    for journey in project.journeys:
        problems += _check_journey(project, journey)
    problems += _check_actions(project)
    problems += _check_plan(project)
    return problems


def _where_journey(journey: Journey) -> str:
    return f'journey "{journey.name}"'


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _check_date(where: str, label: str, value: str | None) -> list[Problem]:
    if value is None:
        return []
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        return [Problem(where, f"{label} {value!r} is not a date of the form YYYY-MM-DD")]
    try:
        date.fromisoformat(value)
    except ValueError:
        return [Problem(where, f"{label} {value!r} is not a real calendar date")]
    return []


def _check_project(project: Project) -> list[Problem]:
    problems: list[Problem] = []
    if not project.name.strip():
        problems.append(Problem("project", "the name is empty"))
    if project.locale not in LOCALES:
        problems.append(Problem("project", f"locale {project.locale!r} is not one of {LOCALES}"))
    settings = project.settings
    if settings.care_silence_limit < 1:
        problems.append(Problem("settings", "care_silence_limit must be at least 1"))
    if settings.fatigue_window_days < 1:
        problems.append(Problem("settings", "fatigue_window_days must be at least 1"))
    for tier in project.tiers:
        where = f'tier "{tier.name}"'
        if not _is_number(tier.share) or not 0 <= tier.share <= 1:
            problems.append(Problem(where, f"share {tier.share} is not between 0 and 1"))
        if not _is_number(tier.value_per_customer) or tier.value_per_customer < 0:
            problems.append(Problem(where, "value per customer must be a number ≥ 0"))
        if tier.care_level not in CARE_LEVELS:
            problems.append(Problem(where, f"care level {tier.care_level!r} is not one of {CARE_LEVELS}"))
        if tier.max_contacts_per_window < 0:
            problems.append(Problem(where, "max contacts per window must be ≥ 0"))
    total_share = sum(t.share for t in project.tiers if _is_number(t.share))
    if total_share > 1 + SHARE_TOLERANCE:
        problems.append(Problem("tiers", f"tier shares sum to {total_share:.3g}, more than 1"))
    for channel in project.channels:
        where = f'channel "{channel.name}"'
        if channel.kind not in CHANNEL_KINDS:
            problems.append(Problem(where, f"kind {channel.kind!r} is not one of {CHANNEL_KINDS}"))
        if channel.capacity_per_day is not None and channel.capacity_per_day < 0:
            problems.append(Problem(where, "capacity per day must be ≥ 0"))
        if not _is_number(channel.cost_per_contact) or channel.cost_per_contact < 0:
            problems.append(Problem(where, "cost per contact must be a number ≥ 0"))
    return problems


def _check_duplicate_ids(project: Project) -> list[Problem]:
    owners: list[tuple[str, str]] = []
    owners += [(t.id, f'tier "{t.name}"') for t in project.tiers]
    owners += [(c.id, f'channel "{c.name}"') for c in project.channels]
    for j in project.journeys:
        owners.append((j.id, _where_journey(j)))
        owners += [(s.id, f'{_where_journey(j)}, stage "{s.name}"') for s in j.stages]
        owners += [(tp.id, f'{_where_journey(j)}, touchpoint "{tp.name}"') for tp in j.touchpoints]
    owners += [(a.id, f'action "{a.name}"') for a in project.actions]
    counts = Counter(object_id for object_id, _ in owners)
    problems = []
    for object_id, where in owners:
        if not object_id:
            problems.append(Problem(where, "the id is empty"))
        elif counts[object_id] > 1:
            problems.append(Problem(where, f"id {object_id!r} is used by {counts[object_id]} objects"))
    return problems


def _check_journey(project: Project, journey: Journey) -> list[Problem]:
    jw = _where_journey(journey)
    problems: list[Problem] = []
    if not journey.name.strip():
        problems.append(Problem(jw, "the journey has no name"))
    if not _is_number(journey.monthly_entries) or journey.monthly_entries < 0:
        problems.append(Problem(jw, "monthly entries must be a number ≥ 0"))
    stage_ids = {s.id for s in journey.stages}
    channel_ids = {c.id for c in project.channels}
    names = {tp.id: tp.name for tp in journey.touchpoints}
    for tp in journey.touchpoints:
        where = f'{jw}, touchpoint "{tp.name}"'
        if not tp.name.strip():
            problems.append(Problem(where, "the touchpoint has no name"))
        if tp.stage not in stage_ids:
            problems.append(Problem(where, f"stage {tp.stage!r} does not exist in this journey"))
        for ch in tp.channels:
            if ch not in channel_ids:
                problems.append(Problem(where, f"channel {ch!r} does not exist"))
        if tp.emotion not in EMOTION_RANGE or isinstance(tp.emotion, bool):
            problems.append(Problem(where, f"emotion {tp.emotion} is not a whole number from -3 to 3"))
        if tp.day is not None and (not _is_number(tp.day) or tp.day < 0):
            problems.append(Problem(where, f"day {tp.day} must be a number ≥ 0"))
    problems += _check_transitions(journey, names)
    for label, ids in (("entry", journey.entries), ("exit", journey.exits)):
        for tp_id in ids:
            if tp_id not in names:
                problems.append(Problem(jw, f"{label} {tp_id!r} is not a touchpoint of this journey"))
    return problems


def _check_transitions(journey: Journey, names: dict[str, str]) -> list[Problem]:
    jw = _where_journey(journey)
    problems: list[Problem] = []
    leaving: defaultdict[str, float] = defaultdict(float)
    seen: set[tuple[str, str]] = set()
    for tr in journey.transitions:
        label = f"{names.get(tr.source, tr.source)} → {names.get(tr.target, tr.target)}"
        where = f'{jw}, transition "{label}"'
        for end, tp_id in (("from", tr.source), ("to", tr.target)):
            if tp_id not in names:
                problems.append(Problem(where, f"{end} {tp_id!r} is not a touchpoint of this journey"))
        if (tr.source, tr.target) in seen:
            problems.append(Problem(where, "the same transition appears twice"))
        seen.add((tr.source, tr.target))
        if not _is_number(tr.share) or not 0 <= tr.share <= 1:
            problems.append(Problem(where, f"share {tr.share} is not between 0 and 1"))
        elif tr.source in names:
            leaving[tr.source] += tr.share
    for tp_id, total in leaving.items():
        if total > 1 + SHARE_TOLERANCE:
            where = f'{jw}, touchpoint "{names[tp_id]}"'
            problems.append(Problem(where, f"shares leaving it sum to {total:.3g}, more than 1"))
    return problems


def _check_actions(project: Project) -> list[Problem]:
    touchpoints = project.touchpoint_index()
    tiers = project.tier_by_id()
    channels = project.channel_by_id()
    problems: list[Problem] = []
    for action in project.actions:
        where = f'action "{action.name}"'
        if not action.name.strip():
            problems.append(Problem(where, "the action has no name"))
        if action.touchpoint not in touchpoints:
            problems.append(Problem(where, f"touchpoint {action.touchpoint!r} does not exist"))
        for tier_id in action.tiers:
            if tier_id not in tiers:
                problems.append(Problem(where, f"tier {tier_id!r} does not exist"))
        if action.channel not in channels:
            problems.append(Problem(where, f"channel {action.channel!r} does not exist"))
        if action.purpose not in PURPOSES:
            problems.append(Problem(where, f"purpose {action.purpose!r} is not one of {PURPOSES}"))
        if action.status not in STATUSES:
            problems.append(Problem(where, f"status {action.status!r} is not one of {STATUSES}"))
        problems += _check_trigger(where, action)
        problems += _check_action_numbers(where, action)
    return problems


def _check_trigger(where: str, action: CareAction) -> list[Problem]:
    trigger = action.trigger
    if trigger.type not in TRIGGER_TYPES:
        return [Problem(where, f"trigger type {trigger.type!r} is not one of {TRIGGER_TYPES}")]
    problems: list[Problem] = []
    if trigger.type == "event" and not (trigger.event or "").strip():
        problems.append(Problem(where, "an event trigger needs the event's name"))
    if trigger.type == "offset" and not _is_number(trigger.days):
        problems.append(Problem(where, "an offset trigger needs a number of days"))
    if trigger.type == "date" and not (trigger.date or trigger.event):
        problems.append(Problem(where, "a date trigger needs a date or a named day (e.g. birthday)"))
    if trigger.type == "threshold":
        if not (trigger.metric or "").strip():
            problems.append(Problem(where, "a threshold trigger needs a metric"))
        if not _is_number(trigger.value):
            problems.append(Problem(where, "a threshold trigger needs a number to reach"))
    problems += _check_date(where, "trigger date", trigger.date)
    return problems


def _check_action_numbers(where: str, action: CareAction) -> list[Problem]:
    problems: list[Problem] = []
    if action.sla_minutes is not None and action.sla_minutes < 0:
        problems.append(Problem(where, "the SLA must be ≥ 0 minutes"))
    if action.cost is not None and (not _is_number(action.cost) or action.cost < 0):
        problems.append(Problem(where, "the cost must be a number ≥ 0"))
    problems += _check_date(where, "start", action.start)
    problems += _check_date(where, "end", action.end)
    if not problems and action.start and action.end and action.end < action.start:
        problems.append(Problem(where, f"ends ({action.end}) before it starts ({action.start})"))
    return problems


def _check_plan(project: Project) -> list[Problem]:
    problems: list[Problem] = []
    for kpi in project.kpis:
        if not kpi.name.strip():
            problems.append(Problem("KPIs", "a KPI has no name"))
    for phase in project.phases:
        where = f'phase "{phase.name}"'
        before = len(problems)
        problems += _check_date(where, "start", phase.start)
        problems += _check_date(where, "end", phase.end)
        if len(problems) == before and phase.start and phase.end and phase.end < phase.start:
            problems.append(Problem(where, f"ends ({phase.end}) before it starts ({phase.start})"))
    for risk in project.risks:
        if not risk.name.strip():
            problems.append(Problem("risks", "a risk has no name"))
    return problems
