"""The base of the Action Plan and the Journey Map: what the export records, the project "as
exported" the import reads against, and how applied changes become edits (base's
registries for actions, touchpoints and journeys). No Qt.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import replace
from operator import attrgetter
from typing import Any

from journey_designer import messages
from journey_designer.domain import Project, Trigger
from journey_designer.io.workbook.base import (
    APPLIERS,
    MISSING,
    PROJECT_VALUES,
    BaseRecorder,
    FieldKey,
    SheetValues,
    attribute_applier,
    encode,
    same,
    three_way,
)
from journey_designer.io.workbook.base_read import WorkbookBase
from journey_designer.io.workbook.plan import FieldChange, FieldConflict, ImportPlan, clone, kind_label, show

ACTION_FIELDS = ("touchpoint", "name", "tiers", "channel", "trigger", "purpose", "owner", "start", "end",
                 "sla_minutes", "cost", "kpi", "status", "message")
TOUCHPOINT_FIELDS = ("name", "channels", "emotion", "pain_points", "delight_points", "moment_of_truth",
                     "backstage")
JOURNEY_FIELDS = ("name", "opportunities")  # the name is not edited on the map; it names rows
LABEL_KINDS = ("tier", "channel")  # names a base may hold that the Action Plan's cells use


def _t(text: str) -> str:
    return messages.translate("Workbook", text)


def as_trigger(value: Any) -> Trigger:
    """A trigger from its base value (a dict) or a Trigger."""
    if isinstance(value, Trigger):
        return clone(value)
    return Trigger(**{k: v for k, v in dict(value).items() if k in Trigger.__dataclass_fields__})


def _model(name: str, value: Any) -> Any:
    if name == "trigger":
        return as_trigger(value)
    return list(value) if isinstance(value, list) else value


# ---------------------------------------------------------------- export


def record_plan(recorder: BaseRecorder, project: Project) -> None:
    """Every action's, touchpoint's and journey's editable fields, as the export writes them."""
    recorder.declare("action", ACTION_FIELDS)
    recorder.declare("touchpoint", TOUCHPOINT_FIELDS)
    record = recorder.record_object
    action_fields = attrgetter(*ACTION_FIELDS)
    for action in project.actions:
        record("action", action.id, dict(zip(ACTION_FIELDS, action_fields(action), strict=True)))
    for journey in project.journeys:
        record("journey", journey.id, {name: getattr(journey, name) for name in JOURNEY_FIELDS})
        for tp in journey.touchpoints:
            record("touchpoint", tp.id, {name: getattr(tp, name) for name in TOUCHPOINT_FIELDS})


# ---------------------------------------------------------------- import


def reference_project(project: Project, base: WorkbookBase | None) -> Project:
    """The project as the workbook was exported from it: a copy of the project with the base's
    values of its actions, touchpoints, journeys and the names of its tiers and channels (what
    the workbook's cells are compared with and read against). Objects added to the project
    since stay as they are; objects deleted since stay deleted.

    Without a base the reference is the project itself (a two-way import).
    """
    if base is None:
        return project
    actions = []
    for action in project.actions:
        fields = base.fields("action", action.id)
        if fields and _differs(action, fields):
            action = clone(action)  # changed in the project since the export
            _overlay(action, fields, ACTION_FIELDS)
        actions.append(action)  # else shared: the reference is only read
    reference = replace(project, actions=actions, journeys=clone(project.journeys),
                        tiers=clone(project.tiers), channels=clone(project.channels))
    for journey in reference.journeys:
        _overlay(journey, base.fields("journey", journey.id), JOURNEY_FIELDS)
        for tp in journey.touchpoints:
            _overlay(tp, base.fields("touchpoint", tp.id), TOUCHPOINT_FIELDS)
    for kind, objects in (("tier", reference.tiers), ("channel", reference.channels)):
        for obj in objects:
            _overlay(obj, base.fields(kind, obj.id), ("name",))
    return reference


def _differs(action: Any, fields: dict[str, Any]) -> bool:
    """Has the action a value other than the base's (fast: most actions have not)?"""
    for name, value in fields.items():
        current = getattr(action, name, MISSING)
        if name == "trigger" and isinstance(value, dict):
            if encode(current) != value:
                return True
        elif current != value and not same(current, value):
            return True
    return False


def _overlay(target: Any, values: dict[str, Any] | None, names: Iterable[str]) -> None:
    if not values:
        return
    for name in names:
        if name in values:
            setattr(target, name, _model(name, values[name]))


def current_value(objects: dict[tuple[str, str], Any], key: FieldKey) -> Any:
    """The project's value of one field now (base.MISSING when the object is gone)."""
    target = objects.get(key[:2])
    return MISSING if target is None else getattr(target, key[2], MISSING)


def object_index(project: Project) -> dict[tuple[str, str], Any]:
    """(kind, id) -> the action, touchpoint or journey."""
    objects: dict[tuple[str, str], Any] = {("action", a.id): a for a in project.actions}
    for journey in project.journeys:
        objects[("journey", journey.id)] = journey
        objects.update({("touchpoint", tp.id): tp for tp in journey.touchpoints})
    return objects


def new_action_id(seed: str, cells: Iterable[Any], occurrence: int) -> str:
    """The id of a row added in the workbook: the same for the same export, row content and
    occurrence (so a dry run shows the id that is saved, and a second import of the same
    workbook recognises the row as added already)."""
    text = "\x1f".join([seed, str(occurrence), *("" if c is None else repr(c) for c in cells)])
    return "act-" + hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=6).hexdigest()


# ---------------------------------------------------------------- registries


def _values(kind: str, items: Iterable[Any], names: tuple[str, ...]) -> dict[FieldKey, Any]:
    return {(kind, obj.id, name): encode(getattr(obj, name)) for obj in items for name in names}


def _touchpoints(project: Project) -> list[Any]:
    return [tp for journey in project.journeys for tp in journey.touchpoints]


APPLIERS.setdefault("action", attribute_applier(lambda p: p.actions, "action", {"trigger": as_trigger}))
APPLIERS.setdefault("touchpoint", attribute_applier(_touchpoints, "touchpoint"))
APPLIERS.setdefault("journey", attribute_applier(lambda p: p.journeys, "journey"))
PROJECT_VALUES.setdefault("action", lambda p: _values("action", p.actions, ACTION_FIELDS))
PROJECT_VALUES.setdefault("touchpoint", lambda p: _values("touchpoint", _touchpoints(p), TOUCHPOINT_FIELDS))
PROJECT_VALUES.setdefault("journey", lambda p: _values("journey", p.journeys, JOURNEY_FIELDS))


# ---------------------------------------------------------------- three-way, into the plan


def shown_value(labels: Any, name: str, value: Any) -> str:
    """How the preview shows a value that is an id (tiers, channels, touchpoint); "" for the others."""
    if value is MISSING or value is None:
        return ""
    if name == "tiers":
        return show(labels.tiers.labels(value))
    if name == "channels":
        return show(labels.channels.labels(value))
    if name == "channel":
        return show(labels.channels.label(value))
    if name == "touchpoint":
        return show(labels.touchpoint_label(value))
    return ""


def merge_into_plan(plan: ImportPlan, found: list[FieldChange], project: Project,
                    now_labels: Callable[[], Any]) -> None:
    """Compare the workbook's changes (`found`: old = the value as exported, new = the
    workbook's) with the project now; add to `plan` the changes to apply and the conflicts."""
    objects = object_index(project)
    by_key: dict[FieldKey, FieldChange] = {}
    base: dict[FieldKey, Any] = {}
    workbook: dict[FieldKey, Any] = {}
    now: dict[FieldKey, Any] = {}
    for change in found:
        key = (change.kind, change.object_id, change.field)
        by_key[key] = change
        base[key], workbook[key] = change.old, change.new
        value = current_value(objects, key)
        if value is not MISSING:
            now[key] = value
    merge = three_way(base, workbook, now, {key: c.cell for key, c in by_key.items()})
    for item in merge.changes:
        change = by_key[item.key]
        if plan.three_way and not same(item.old, change.old):  # shown as the project has it now
            change = replace(change, old=item.old, old_text=shown_value(now_labels(), item.key[2], item.old))
        plan.changes.append(change)
    for conflict in merge.conflicts:
        change = by_key[conflict.key]
        plan.conflicts.append(FieldConflict(
            change.kind, change.object_id, change.name, change.field, conflict.base, conflict.project,
            conflict.workbook, change.cell,
            (change.old_text, shown_value(now_labels(), change.field, conflict.project), change.new_text)))
    _gone_notes(plan, [by_key[key] for key in merge.gone])


def merge_values(plan: ImportPlan, values: SheetValues, base: WorkbookBase | None, project: Project) -> None:
    """Three-way merge of what a registered sheet reader found (base.SHEET_READERS)."""
    plan.problems += values.problems
    plan.notes += values.notes
    now: dict[FieldKey, Any] = {}
    for kind in sorted({key[0] for key in values.values}):
        if kind in PROJECT_VALUES:
            now.update(PROJECT_VALUES[kind](project))
    merge = three_way(base.values if base else {}, values.values, now, values.places)

    def name(key: FieldKey) -> str:
        return values.names.get(key[:2], key[1])

    plan.changes += [FieldChange(c.key[0], c.key[1], name(c.key), c.key[2], c.old, c.new,
                                 values.places.get(c.key, "")) for c in merge.changes]
    plan.conflicts += [FieldConflict(c.key[0], c.key[1], name(c.key), c.key[2], c.base, c.project, c.workbook,
                                     c.place) for c in merge.conflicts]
    _gone_notes(plan, [FieldChange(key[0], key[1], name(key), key[2], None, values.values[key],
                                   values.places.get(key, "")) for key in merge.gone])


def _gone_notes(plan: ImportPlan, changes: list[FieldChange]) -> None:
    seen: set[tuple[str, str]] = set()
    for change in changes:
        if (change.kind, change.object_id) in seen:
            continue
        seen.add((change.kind, change.object_id))
        plan.notes.append(_t("{cell}: {kind} “{name}” ({id}) was deleted in the project since the export: "
                             "the workbook's edits of it are not applied").format(
            cell=change.cell, kind=kind_label(change.kind), name=change.name, id=change.object_id))
