"""Checks a project against the model's rules and reports every problem at once.

Each problem names where it is in words a care manager recognises, e.g.
``journey "Onboarding", touchpoint "Refund form": shares leaving it sum to 1.3``,
in the language of journey_designer.messages (context "Validation").
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import date
from typing import Any

from journey_designer import messages
from journey_designer.domain.errors import Problem
from journey_designer.domain.model import (
    CARE_LEVELS,
    CHANNEL_KINDS,
    DIRECTIONS,
    EMOTION_RANGE,
    LOCALES,
    PURPOSES,
    STATUSES,
    TRIGGER_TYPES,
    CareAction,
    Channel,
    Journey,
    Project,
    Touchpoint,
)

SHARE_TOLERANCE = 1e-6
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH_DAY = re.compile(r"^\d{2}-\d{2}$")
MAX_PEAK_DAYS = 366


def _t(text: str) -> str:
    return messages.translate("Validation", text)


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
    return _t('journey "{name}"').format(name=journey.name)


def _where_tier(name: str) -> str:
    return _t('tier "{name}"').format(name=name)


def _where_channel(name: str) -> str:
    return _t('channel "{name}"').format(name=name)


def _where_stage(journey: Journey, name: str) -> str:
    return _t('{journey}, stage "{name}"').format(journey=_where_journey(journey), name=name)


def _where_touchpoint(journey: Journey, name: str) -> str:
    return _t('{journey}, touchpoint "{name}"').format(journey=_where_journey(journey), name=name)


def _where_action(name: str) -> str:
    return _t('action "{name}"').format(name=name)


def _one_of(text: str, value: object, choices: tuple[str, ...]) -> str:
    """`text` ("... {value} is not one of {choices}") filled the way the English reads."""
    return text.format(value=repr(value), choices=str(choices))


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _check_date(where: str, label: str | Callable[[], str], value: str | None) -> list[Problem]:
    """`label` is the translated name of the date ("start", "end", "trigger date"), or what
    gives it when there is a problem."""
    if value is None:
        return []
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        return [Problem(where, _t("{label} {value} is not a date of the form YYYY-MM-DD").format(
            label=label() if callable(label) else label, value=repr(value)))]
    try:
        date.fromisoformat(value)
    except ValueError:
        return [Problem(where, _t("{label} {value} is not a real calendar date").format(
            label=label() if callable(label) else label, value=repr(value)))]
    return []


def _check_project(project: Project) -> list[Problem]:
    problems: list[Problem] = []
    if not project.name.strip():
        problems.append(Problem(_t("project"), _t("the name is empty")))
    if project.locale not in LOCALES:
        problems.append(Problem(_t("project"), _one_of(_t("locale {value} is not one of {choices}"),
                                                       project.locale, LOCALES)))
    settings = project.settings
    if settings.care_silence_limit < 1:
        problems.append(Problem(_t("settings"), _t("care_silence_limit must be at least 1")))
    if settings.fatigue_window_days < 1:
        problems.append(Problem(_t("settings"), _t("fatigue_window_days must be at least 1")))
    problems += _check_format2_settings(project)
    for tier in project.tiers:
        where = _where_tier(tier.name)
        if not _is_number(tier.share) or not 0 <= tier.share <= 1:
            problems.append(Problem(where, _t("share {value} is not between 0 and 1").format(
                value=tier.share)))
        if not _is_number(tier.value_per_customer) or tier.value_per_customer < 0:
            problems.append(Problem(where, _t("value per customer must be a number ≥ 0")))
        if tier.care_level not in CARE_LEVELS:
            problems.append(Problem(where, _one_of(_t("care level {value} is not one of {choices}"),
                                                   tier.care_level, CARE_LEVELS)))
        if tier.max_contacts_per_window < 0:
            problems.append(Problem(where, _t("max contacts per window must be ≥ 0")))
    total_share = sum(t.share for t in project.tiers if _is_number(t.share))
    if total_share > 1 + SHARE_TOLERANCE:
        problems.append(Problem(_t("tiers"), _t("tier shares sum to {total}, more than 1").format(
            total=f"{total_share:.3g}")))
    for channel in project.channels:
        where = _where_channel(channel.name)
        if channel.kind not in CHANNEL_KINDS:
            problems.append(Problem(where, _one_of(_t("kind {value} is not one of {choices}"),
                                                   channel.kind, CHANNEL_KINDS)))
        if channel.capacity_per_day is not None and channel.capacity_per_day < 0:
            problems.append(Problem(where, _t("capacity per day must be ≥ 0")))
        if not _is_number(channel.cost_per_contact) or channel.cost_per_contact < 0:
            problems.append(Problem(where, _t("cost per contact must be a number ≥ 0")))
        problems += _check_staffing(where, channel)
    return problems


def _is_whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_format2_settings(project: Project) -> list[Problem]:
    """budget_per_month, fatigue_tolerance and care_silence_days (format 2)."""
    problems: list[Problem] = []
    budget = project.budget_per_month
    if budget is not None and (not _is_number(budget) or budget < 0):
        problems.append(Problem(_t("project"), _t("the monthly budget must be a number ≥ 0")))
    settings = project.settings
    tolerance = settings.fatigue_tolerance
    if not _is_number(tolerance) or not 0 <= tolerance < 1:
        problems.append(Problem(_t("settings"), _t(
            "fatigue_tolerance {value} is not a share from 0 up to (not including) 1").format(
            value=tolerance)))
    days = settings.care_silence_days
    if days is not None and (not _is_whole(days) or days < 1):
        problems.append(Problem(_t("settings"), _t(
            "care_silence_days must be a whole number of at least 1 (or unset)")))
    return problems


def _check_staffing(where: str, channel: Channel) -> list[Problem]:
    """A channel's context group, opening hours, handling time, agents and target."""
    problems: list[Problem] = []
    if channel.context_group is not None and not str(channel.context_group).strip():
        problems.append(Problem(where, _t("the context group is empty (leave it unset instead)")))
    hours = channel.hours_per_day
    if hours is not None and (not _is_number(hours) or not 0 < hours <= 24):
        problems.append(Problem(where, _t("hours per day {value} is not more than 0 and at most 24")
                                .format(value=hours)))
    minutes = channel.handling_minutes
    if minutes is not None and (not _is_number(minutes) or minutes <= 0):
        problems.append(Problem(where, _t("handling minutes must be a number > 0")))
    if channel.agents is not None and (not _is_whole(channel.agents) or channel.agents < 0):
        problems.append(Problem(where, _t("agents must be a whole number ≥ 0")))
    level = channel.service_level
    if level is not None:
        if not _is_number(level.share) or not 0 < level.share < 1:
            problems.append(Problem(where, _t(
                "service level share {value} is not between 0 and 1 (exclusive)").format(
                value=level.share)))
        if not _is_number(level.within_seconds) or level.within_seconds < 0:
            problems.append(Problem(where, _t("service level seconds must be a number ≥ 0")))
    return problems


def _check_duplicate_ids(project: Project) -> list[Problem]:
    ids = [t.id for t in project.tiers] + [c.id for c in project.channels] + [a.id for a in project.actions]
    for j in project.journeys:
        ids += [j.id, *(s.id for s in j.stages), *(tp.id for tp in j.touchpoints)]
    if all(ids) and len(set(ids)) == len(ids):
        return []  # the usual case, without naming the places of 100,000 objects
    owners: list[tuple[str, str]] = []
    owners += [(t.id, _where_tier(t.name)) for t in project.tiers]
    owners += [(c.id, _where_channel(c.name)) for c in project.channels]
    for j in project.journeys:
        owners.append((j.id, _where_journey(j)))
        owners += [(s.id, _where_stage(j, s.name)) for s in j.stages]
        owners += [(tp.id, _where_touchpoint(j, tp.name)) for tp in j.touchpoints]
    owners += [(a.id, _where_action(a.name)) for a in project.actions]
    counts = Counter(object_id for object_id, _ in owners)
    problems = []
    for object_id, where in owners:
        if not object_id:
            problems.append(Problem(where, _t("the id is empty")))
        elif counts[object_id] > 1:
            problems.append(Problem(where, _t("id {id} is used by {count} objects").format(
                id=repr(object_id), count=counts[object_id])))
    return problems


def _check_journey(project: Project, journey: Journey) -> list[Problem]:
    jw = _where_journey(journey)
    problems: list[Problem] = []
    if not journey.name.strip():
        problems.append(Problem(jw, _t("the journey has no name")))
    if not _is_number(journey.monthly_entries) or journey.monthly_entries < 0:
        problems.append(Problem(jw, _t("monthly entries must be a number ≥ 0")))
    stage_ids = {s.id for s in journey.stages}
    channel_ids = {c.id for c in project.channels}
    names = {tp.id: tp.name for tp in journey.touchpoints}
    for tp in journey.touchpoints:
        if not _touchpoint_problems(tp, "", stage_ids, channel_ids):
            continue  # the usual case: its place is not named
        problems += _touchpoint_problems(tp, _where_touchpoint(journey, tp.name), stage_ids, channel_ids)
    problems += _check_transitions(journey, names)
    problems += _check_peaks(journey)
    not_here = {"entry": _t("entry {id} is not a touchpoint of this journey"),
                "exit": _t("exit {id} is not a touchpoint of this journey")}
    for label, ids in (("entry", journey.entries), ("exit", journey.exits)):
        for tp_id in ids:
            if tp_id not in names:
                problems.append(Problem(jw, not_here[label].format(id=repr(tp_id))))
    return problems


def _touchpoint_problems(tp: Touchpoint, where: str, stage_ids: set[str], channel_ids: set[str]
                         ) -> list[Problem]:
    problems: list[Problem] = []
    if not tp.name.strip():
        problems.append(Problem(where, _t("the touchpoint has no name")))
    if tp.stage not in stage_ids:
        problems.append(Problem(where, _t("stage {id} does not exist in this journey").format(
            id=repr(tp.stage))))
    for ch in tp.channels:
        if ch not in channel_ids:
            problems.append(Problem(where, _t("channel {id} does not exist").format(id=repr(ch))))
    if tp.emotion not in EMOTION_RANGE or isinstance(tp.emotion, bool):
        problems.append(Problem(where, _t("emotion {value} is not a whole number from -3 to 3").format(
            value=tp.emotion)))
    if tp.day is not None and (not _is_number(tp.day) or tp.day < 0):
        problems.append(Problem(where, _t("day {value} must be a number ≥ 0").format(value=tp.day)))
    return problems


def _check_transitions(journey: Journey, names: dict[str, str]) -> list[Problem]:
    jw = _where_journey(journey)
    problems: list[Problem] = []
    leaving: defaultdict[str, float] = defaultdict(float)
    seen: set[tuple[str, str]] = set()
    not_here = {"from": _t("from {id} is not a touchpoint of this journey"),
                "to": _t("to {id} is not a touchpoint of this journey")}
    for tr in journey.transitions:
        twice = (tr.source, tr.target) in seen
        seen.add((tr.source, tr.target))
        bad_share = not _is_number(tr.share) or not 0 <= tr.share <= 1
        if twice or bad_share or tr.source not in names or tr.target not in names:
            label = f"{names.get(tr.source, tr.source)} → {names.get(tr.target, tr.target)}"
            where = _t('{journey}, transition "{name}"').format(journey=jw, name=label)
            for end, tp_id in (("from", tr.source), ("to", tr.target)):
                if tp_id not in names:
                    problems.append(Problem(where, not_here[end].format(id=repr(tp_id))))
            if twice:
                problems.append(Problem(where, _t("the same transition appears twice")))
            if bad_share:
                problems.append(Problem(where, _t("share {value} is not between 0 and 1").format(
                    value=tr.share)))
        if not bad_share and tr.source in names:
            leaving[tr.source] += tr.share
    for tp_id, total in leaving.items():
        if total > 1 + SHARE_TOLERANCE:
            where = _where_touchpoint(journey, names[tp_id])
            problems.append(Problem(where, _t("shares leaving it sum to {total}, more than 1").format(
                total=f"{total:.3g}")))
    return problems


def _check_peaks(journey: Journey) -> list[Problem]:
    problems: list[Problem] = []
    for peak in journey.peaks:
        where = _t('{journey}, peak "{name}"').format(journey=_where_journey(journey),
                                                      name=peak.name)
        if not str(peak.name).strip():
            problems.append(Problem(where, _t("the peak has no name")))
        if not _is_month_day(peak.start):
            problems.append(Problem(where, _t(
                "start {value} is not a day of the year of the form MM-DD").format(
                value=repr(peak.start))))
        if not _is_whole(peak.days) or not 1 <= peak.days <= MAX_PEAK_DAYS:
            problems.append(Problem(where, _t("days {value} is not a whole number from 1 to {most}")
                                    .format(value=peak.days, most=MAX_PEAK_DAYS)))
        if not _is_number(peak.factor) or peak.factor <= 0:
            problems.append(Problem(where, _t("factor {value} must be a number > 0").format(
                value=peak.factor)))
    return problems


def _is_month_day(value: object) -> bool:
    """"MM-DD" of a real day in a leap year (02-29 is a day of the year too)."""
    if not isinstance(value, str) or not _MONTH_DAY.match(value):
        return False
    try:
        date.fromisoformat(f"2000-{value}")
    except ValueError:
        return False
    return True


def _check_actions(project: Project) -> list[Problem]:
    touchpoints = project.touchpoint_index()
    tiers = project.tier_by_id()
    channels = project.channel_by_id()
    problems: list[Problem] = []
    for action in project.actions:
        if _action_problems(action, "", touchpoints, tiers, channels):
            problems += _action_problems(action, _where_action(action.name), touchpoints, tiers, channels)
    return problems


def _action_problems(action: CareAction, where: str, touchpoints: dict[str, Any], tiers: dict[str, Any],
                     channels: dict[str, Any]) -> list[Problem]:
    """The action's problems at `where` (checked first without naming the place: most have none)."""
    problems: list[Problem] = []
    if not action.name.strip():
        problems.append(Problem(where, _t("the action has no name")))
    if action.touchpoint not in touchpoints:
        problems.append(Problem(where, _t("touchpoint {id} does not exist").format(
            id=repr(action.touchpoint))))
    for tier_id in action.tiers:
        if tier_id not in tiers:
            problems.append(Problem(where, _t("tier {id} does not exist").format(id=repr(tier_id))))
    if action.channel not in channels:
        problems.append(Problem(where, _t("channel {id} does not exist").format(
            id=repr(action.channel))))
    if action.purpose not in PURPOSES:
        problems.append(Problem(where, _one_of(_t("purpose {value} is not one of {choices}"),
                                               action.purpose, PURPOSES)))
    if action.status not in STATUSES:
        problems.append(Problem(where, _one_of(_t("status {value} is not one of {choices}"),
                                               action.status, STATUSES)))
    problems += _check_trigger(where, action)
    problems += _check_action_numbers(where, action)
    return problems


def _check_trigger(where: str, action: CareAction) -> list[Problem]:
    trigger = action.trigger
    if trigger.type not in TRIGGER_TYPES:
        return [Problem(where, _one_of(_t("trigger type {value} is not one of {choices}"),
                                       trigger.type, TRIGGER_TYPES))]
    problems: list[Problem] = []
    if trigger.type == "event" and not (trigger.event or "").strip():
        problems.append(Problem(where, _t("an event trigger needs the event's name")))
    if trigger.type == "offset" and not _is_number(trigger.days):
        problems.append(Problem(where, _t("an offset trigger needs a number of days")))
    if trigger.type == "date" and not (trigger.date or trigger.event):
        problems.append(Problem(where, _t("a date trigger needs a date or a named day (e.g. birthday)")))
    if trigger.type == "threshold":
        if not (trigger.metric or "").strip():
            problems.append(Problem(where, _t("a threshold trigger needs a metric")))
        if not _is_number(trigger.value):
            problems.append(Problem(where, _t("a threshold trigger needs a number to reach")))
    if trigger.direction is not None:
        if trigger.direction not in DIRECTIONS:
            problems.append(Problem(where, _one_of(_t("trigger direction {value} is not one of {choices}"),
                                                   trigger.direction, DIRECTIONS)))
        elif trigger.type != "threshold":
            problems.append(Problem(where, _t("only a threshold trigger has a direction")))
    problems += _check_date(where, lambda: _t("trigger date"), trigger.date)
    return problems


def _ends_before_start(where: str, start: str, end: str) -> Problem:
    return Problem(where, _t("ends ({end}) before it starts ({start})").format(end=end, start=start))


def _check_action_numbers(where: str, action: CareAction) -> list[Problem]:
    problems: list[Problem] = []
    if action.sla_minutes is not None and action.sla_minutes < 0:
        problems.append(Problem(where, _t("the SLA must be ≥ 0 minutes")))
    if action.cost is not None and (not _is_number(action.cost) or action.cost < 0):
        problems.append(Problem(where, _t("the cost must be a number ≥ 0")))
    problems += _check_date(where, lambda: _t("start"), action.start)
    problems += _check_date(where, lambda: _t("end"), action.end)
    if not problems and action.start and action.end and action.end < action.start:
        problems.append(_ends_before_start(where, action.start, action.end))
    return problems


def _check_plan(project: Project) -> list[Problem]:
    problems: list[Problem] = []
    for kpi in project.kpis:
        if not kpi.name.strip():
            problems.append(Problem(_t("KPIs"), _t("a KPI has no name")))
    for phase in project.phases:
        where = _t('phase "{name}"').format(name=phase.name)
        before = len(problems)
        problems += _check_date(where, _t("start"), phase.start)
        problems += _check_date(where, _t("end"), phase.end)
        if len(problems) == before and phase.start and phase.end and phase.end < phase.start:
            problems.append(_ends_before_start(where, phase.start, phase.end))
    for risk in project.risks:
        if not risk.name.strip():
            problems.append(Problem(_t("risks"), _t("a risk has no name")))
    return problems
