"""What an import would change (`ImportPlan`), and applying it to a copy of the project.

The preview speaks the interface's language (messages.py, context "Workbook"), not the
project's: it is the program talking to its user.
"""

from __future__ import annotations

import dataclasses
import gc
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from journey_designer import messages
from journey_designer.domain import CareAction, JourneyError, Project, Trigger
from journey_designer.io.workbook.layout import number_text, trigger_text
from journey_designer.io.workbook.words import join_clauses, join_names, workbook_words

SHOWN_TEXT = 70


def _t(text: str) -> str:
    return messages.translate("Workbook", text)


def field_label(field: str) -> str:
    """A model field as the preview names it ("SLA (minutes)", "pain points")."""
    labels = {
        "name": _t("name"), "tiers": _t("tiers"), "channel": _t("channel"), "purpose": _t("purpose"),
        "owner": _t("owner"), "start": _t("start"), "end": _t("end"), "sla_minutes": _t("SLA (minutes)"),
        "cost": _t("cost"), "kpi": _t("KPI"), "status": _t("status"), "message": _t("message"),
        "touchpoint": _t("touchpoint"), "trigger": _t("trigger"), "channels": _t("channels"),
        "emotion": _t("emotion"), "pain_points": _t("pain points"), "delight_points": _t("delight points"),
        "moment_of_truth": _t("moment of truth"), "backstage": _t("backstage"),
        "opportunities": _t("opportunities"), "share": _t("share"),
        "value_per_customer": _t("value per customer"), "care_level": _t("care level"),
        "max_contacts_per_window": _t("contact cap"),
        "human_touch_at_mot": _t("human touch at moments of truth"), "kind": _t("kind"),
        "capacity_per_day": _t("capacity per day"), "cost_per_contact": _t("cost per contact"),
        "baseline": _t("baseline"), "target": _t("target"), "unit": _t("unit"), "tasks": _t("tasks"),
        "mitigation": _t("mitigation"), "context_group": _t("context group"),
        "hours_per_day": _t("hours per day"), "handling_minutes": _t("handling minutes"),
        "agents": _t("agents on duty"), "service_level_share": _t("service level"),
        "service_level_seconds": _t("seconds to answer"), "budget_per_month": _t("monthly budget"),
        "fatigue_tolerance": _t("fatigue tolerance"), "care_silence_days": _t("care silence days"),
        "peaks": _t("peaks")}
    return labels.get(field, field)


def kind_label(kind: str) -> str:
    """"action", "touchpoint" or "journey" in the interface's language."""
    return {"action": _t("action"), "touchpoint": _t("touchpoint"), "journey": _t("journey"),
            "tier": _t("tier"), "channel": _t("channel"), "kpi": _t("KPI"), "phase": _t("phase"),
            "risk": _t("risk"), "project": _t("project"), "peak": _t("peaks")}.get(kind, kind)


def show(value: Any) -> str:
    """A value as the preview shows it: "text", 2026-03-01, 12.5, yes, (empty)."""
    if value is None or value == "" or value == []:
        return _t("(empty)")
    if isinstance(value, bool):
        return _t("yes") if value else _t("no")
    if isinstance(value, int | float):
        return number_text(value)
    if isinstance(value, Trigger):
        return show(trigger_text(value, workbook_words(messages.language())))
    if isinstance(value, list):
        return join_clauses(show(v) for v in value)
    text = " ".join(str(value).split())
    return f'"{text[:SHOWN_TEXT - 1]}…"' if len(text) > SHOWN_TEXT else f'"{text}"'


@dataclass(frozen=True)
class CellProblem:
    """An invalid cell: `Action Plan!F12: unknown tier "Platnum" — known: Gold, Silver, Bronze`."""

    sheet: str
    cell: str
    reason: str

    def __str__(self) -> str:
        return f"{self.sheet}!{self.cell}: {self.reason}"


@dataclass(frozen=True)
class FieldChange:
    """One field of one object that the workbook changes (old -> new, model values)."""

    kind: str  # "action", "touchpoint" or "journey"
    object_id: str
    name: str
    field: str  # the model attribute: "owner", "start", "trigger", "pain_points"...
    old: Any
    new: Any
    cell: str  # "Action Plan!P12"
    old_text: str = ""
    new_text: str = ""

    @property
    def label(self) -> str:
        return field_label(self.field)

    def __str__(self) -> str:
        old = self.old_text or show(self.old)
        new = self.new_text or show(self.new)
        return _t('~ {kind} "{name}" ({id}) {field}: {old} → {new}  [{cell}]').format(
            kind=kind_label(self.kind), name=self.name, id=self.object_id, field=self.label, old=old, new=new,
            cell=self.cell)


@dataclass(frozen=True)
class FieldConflict:
    """A field changed both in the project and in the workbook since the export, differently."""

    kind: str
    object_id: str
    name: str
    field: str
    base: Any
    project: Any
    workbook: Any
    cell: str
    texts: tuple[str, str, str] = ("", "", "")  # base, project, workbook as shown (names for ids)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.kind, self.object_id, self.field)

    @property
    def label(self) -> str:
        return field_label(self.field)

    def shown(self) -> tuple[str, str, str]:
        """Base, project and workbook value as the preview shows them."""
        base, project, workbook = (text or show(value) for text, value in zip(
            self.texts, (self.base, self.project, self.workbook), strict=True))
        return base, project, workbook

    def change(self, side: str) -> FieldChange | None:
        """The change taking `side`'s value ("workbook"), or None ("project": nothing to do)."""
        if side != "workbook":
            return None
        return FieldChange(self.kind, self.object_id, self.name, self.field, self.project, self.workbook,
                           self.cell, self.texts[1], self.texts[2])

    def __str__(self) -> str:
        base, project, workbook = self.shown()
        return _t('! conflict: {kind} "{name}" ({id}) {field}: exported {base}, project now {project}, '
                  'workbook {workbook}  [{cell}]').format(
            kind=kind_label(self.kind), name=self.name, id=self.object_id, field=self.label, base=base,
            project=project, workbook=workbook, cell=self.cell)


@dataclass(frozen=True)
class AddedAction:
    """A row without an ID: a new care action (its id is given here, before applying)."""

    action: CareAction
    cell: str
    where: str = ""  # "at 'Refund form' for Gold via SMS"
    defaults: tuple[str, ...] = ()  # what it gets because its cells are empty ("status planned")

    def __str__(self) -> str:
        line = _t('+ new action "{name}" ({id}) {where}  [{cell}]').format(
            name=self.action.name, id=self.action.id, where=self.where, cell=self.cell)
        if self.defaults:
            line += _t(" — empty cells get: {defaults}").format(defaults=join_names(self.defaults))
        return line


@dataclass
class ImportPlan:
    """Everything an edited workbook would change, before anything is changed."""

    source: Path
    changes: list[FieldChange] = field(default_factory=list)
    added: list[AddedAction] = field(default_factory=list)
    deleted: list[CareAction] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    conflicts: list[FieldConflict] = field(default_factory=list)
    three_way: bool = False  # the workbook had a base: only the teammate's edits are listed

    def resolve(self, side: str | None,
                decisions: dict[tuple[str, str, str], str] | None = None) -> ImportPlan:
        """A copy of the plan with conflicts decided: each by `decisions[conflict.key]`, else by
        `side` ("workbook" or "project"); undecided ones stay conflicts."""
        decisions = decisions or {}
        changes, left = list(self.changes), []
        for conflict in self.conflicts:
            choice = decisions.get(conflict.key, side)
            if choice is None:
                left.append(conflict)
                continue
            change = conflict.change(choice)
            if change is not None:
                changes.append(change)
        return dataclasses.replace(self, changes=changes, conflicts=left)

    @property
    def ok(self) -> bool:
        """True when every cell could be read: the plan may be applied."""
        return not self.problems

    @property
    def has_changes(self) -> bool:
        return bool(self.changes or self.added or self.deleted)

    def summary(self) -> str:
        objects = len({(c.kind, c.object_id) for c in self.changes})
        changed = _t("{changes} change(s) to {objects} object(s)").format(changes=len(self.changes),
                                                                         objects=objects)
        parts = [changed if self.changes else _t("no field changes"),
                 _t("{count} new action(s)").format(count=len(self.added)),
                 _t("{count} deletion(s)").format(count=len(self.deleted))]
        if self.conflicts:
            parts.append(_t("{count} conflict(s)").format(count=len(self.conflicts)))
        if self.problems:
            parts.append(_t("{count} problem(s)").format(count=len(self.problems)))
        return _t(", ").join(parts)

    def preview_lines(self) -> list[tuple[str, str]]:
        """(kind, line) of every change, addition and deletion, then notes and problems;
        kind is "conflict", "change", "added", "deleted", "note" or "problem" (for colouring a list)."""
        lines = [("conflict", str(conflict)) for conflict in self.conflicts]
        lines += [("change", str(change)) for change in self.changes]
        lines += [("added", str(added)) for added in self.added]
        lines += [("deleted", _t('- delete action "{name}" ({id}): its row is gone from the Action Plan')
                   .format(name=a.name, id=a.id)) for a in self.deleted]
        lines += [("note", _t("note: {note}").format(note=note)) for note in self.notes]
        lines += [("problem", _t("problem: {problem}").format(problem=problem)) for problem in self.problems]
        return lines

    def preview(self) -> list[str]:
        """Every change, addition and deletion, one per line, then notes and problems."""
        return [line for _, line in self.preview_lines()]


_FIELDS: dict[type, tuple[tuple[str, bool], ...]] = {}


def clone(value: Any) -> Any:
    """A deep copy of model objects (dataclasses of lists, strings and numbers), ~5x faster
    than copy.deepcopy; strings, numbers and None are shared, being immutable."""
    if isinstance(value, list):
        return [clone(v) for v in value]
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return value
    kind = type(value)
    names = _FIELDS.get(kind)
    if names is None:
        names = _FIELDS[kind] = tuple(
            (f.name, f.default_factory is not dataclasses.MISSING  # lists, Trigger, Settings
             or not isinstance(getattr(value, f.name), str | int | float | None))
            for f in dataclasses.fields(value))
    new = kind.__new__(kind)
    for name, nested in names:
        item = getattr(value, name)
        object.__setattr__(new, name, clone(item) if nested else item)
    return new


class ImportRefused(JourneyError):
    """The workbook has invalid cells; nothing was applied."""

    def __init__(self, plan: ImportPlan) -> None:
        self.plan = plan
        first = str(plan.problems[0]) if plan.problems else _t("nothing to apply")
        if len(plan.problems) > 1:
            message = _t("{file}: {problem} (and {more} more); nothing was changed")
        else:
            message = _t("{file}: {problem}; nothing was changed")
        super().__init__(message.format(file=plan.source, problem=first, more=len(plan.problems) - 1))


class ImportConflicts(JourneyError):
    """The workbook and the project both changed fields since the export; nothing was applied."""

    def __init__(self, plan: ImportPlan) -> None:
        self.plan = plan
        super().__init__(_t("{file}: {count} conflict(s) — fields changed both in the project and in the "
                            "workbook since the export (first: {first}); nothing was changed — decide with "
                            "--on-conflict workbook|project").format(
            file=plan.source, count=len(plan.conflicts), first=plan.conflicts[0] if plan.conflicts else ""))


def apply(project: Project, plan: ImportPlan, accept_deletions: bool = False) -> Project:
    """A changed copy of `project`; `project` itself is left as it is.

    Deletions are applied only with `accept_deletions`. Raises ImportRefused when the plan
    has problems, ImportConflicts when conflicts are left undecided (`plan.resolve`), and
    JourneyError when the project no longer has an object the plan changes (it was edited
    after the preview).
    """
    from journey_designer.io.workbook import merge  # noqa: F401 - registers the appliers of actions...
    from journey_designer.io.workbook.base import apply_changes

    if plan.problems:
        raise ImportRefused(plan)
    if plan.conflicts:
        raise ImportConflicts(plan)
    collecting = gc.isenabled()
    gc.disable()  # copying a big plan makes many objects and no cycles
    try:
        result = clone(project)
    finally:
        if collecting:
            gc.enable()
    apply_changes(result, [((c.kind, c.object_id, c.field), clone(c.new)) for c in plan.changes])
    known = {a.id for a in result.actions}
    result.actions.extend(clone(added.action) for added in plan.added if added.action.id not in known)
    if accept_deletions and plan.deleted:
        gone = {a.id for a in plan.deleted}
        result.actions = [a for a in result.actions if a.id not in gone]
    return result
