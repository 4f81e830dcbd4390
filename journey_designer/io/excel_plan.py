"""What an import would change (`ImportPlan`), and applying it to a copy of the project.

The preview speaks the interface's language (messages.py, context "Workbook"), not the
project's: it is the program talking to its user.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from journey_designer import messages
from journey_designer.domain import CareAction, JourneyError, Project, Trigger
from journey_designer.io.excel_layout import number_text, trigger_text
from journey_designer.io.excel_words import workbook_words

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
        "opportunities": _t("opportunities")}
    return labels.get(field, field)


def kind_label(kind: str) -> str:
    """"action", "touchpoint" or "journey" in the interface's language."""
    return {"action": _t("action"), "touchpoint": _t("touchpoint"), "journey": _t("journey")}.get(kind, kind)


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
        return "; ".join(show(v) for v in value)
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
class AddedAction:
    """A row without an ID: a new care action (its id is given here, before applying)."""

    action: CareAction
    cell: str
    where: str = ""  # "at 'Refund form' for Gold via SMS"

    def __str__(self) -> str:
        return _t('+ new action "{name}" ({id}) {where}  [{cell}]').format(
            name=self.action.name, id=self.action.id, where=self.where, cell=self.cell)


@dataclass
class ImportPlan:
    """Everything an edited workbook would change, before anything is changed."""

    source: Path
    changes: list[FieldChange] = field(default_factory=list)
    added: list[AddedAction] = field(default_factory=list)
    deleted: list[CareAction] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

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
        if self.problems:
            parts.append(_t("{count} problem(s)").format(count=len(self.problems)))
        return _t(", ").join(parts)

    def preview_lines(self) -> list[tuple[str, str]]:
        """(kind, line) of every change, addition and deletion, then notes and problems;
        kind is "change", "added", "deleted", "note" or "problem" (for colouring a list)."""
        lines = [("change", str(change)) for change in self.changes]
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


def apply(project: Project, plan: ImportPlan, accept_deletions: bool = False) -> Project:
    """A changed copy of `project`; `project` itself is left as it is.

    Deletions are applied only with `accept_deletions`. Raises ImportRefused when the plan
    has problems, and JourneyError when the project no longer has an object the plan
    changes (it was edited after the preview).
    """
    if plan.problems:
        raise ImportRefused(plan)
    result = clone(project)
    objects: dict[tuple[str, str], Any] = {("action", a.id): a for a in result.actions}
    for journey in result.journeys:
        objects[("journey", journey.id)] = journey
        objects.update({("touchpoint", tp.id): tp for tp in journey.touchpoints})
    for change in plan.changes:
        target = objects.get((change.kind, change.object_id))
        if target is None:
            raise JourneyError(_t("the project changed since the preview: {kind} “{id}” no longer exists; "
                                  "preview the import again").format(kind=kind_label(change.kind),
                                                                     id=change.object_id))
        setattr(target, change.field, clone(change.new))
    result.actions.extend(clone(added.action) for added in plan.added)
    if accept_deletions and plan.deleted:
        gone = {a.id for a in plan.deleted}
        result.actions = [a for a in result.actions if a.id not in gone]
    return result
