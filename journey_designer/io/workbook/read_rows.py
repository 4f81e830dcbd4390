"""Reading one Action Plan row: the changes to an existing action, or a new action.

Problems and notes speak the interface's language (messages.py, context "Workbook").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from journey_designer import messages
from journey_designer.domain import CareAction, Trigger
from journey_designer.domain.ids import new_id
from journey_designer.io.workbook.labels import ProjectLabels
from journey_designer.io.workbook.layout import ACTION_COLUMNS, ACTION_PLAN, trigger_text
from journey_designer.io.workbook.plan import AddedAction, CellProblem, FieldChange, show
from journey_designer.io.workbook.read_cells import (
    CellError,
    as_model_number,
    check_fault,
    is_empty,
    parse_choice,
    parse_date,
    parse_name,
    parse_names,
    parse_number,
    parse_text,
    parse_whole,
    same,
)
from journey_designer.io.workbook.words import LOCALES, workbook_words
from journey_designer.io.workbook.xml_rows import column_letter

PLACE = ("journey", "stage", "touchpoint")
TRIGGER_PARTS = ("trigger_type", "trigger_event", "trigger_days", "trigger_date", "trigger_metric",
                 "trigger_value", "trigger_direction")
POSITION = {c.key: i for i, c in enumerate(ACTION_COLUMNS)}
SIMPLE = ("name", "tiers", "channel", "purpose", "owner", "start", "end", "sla_minutes", "cost", "kpi",
          "status", "message")


def _t(text: str) -> str:
    return messages.translate("Workbook", text)


class RowReader:
    """Reads Action Plan rows against the project as the export would have written it."""

    def __init__(self, labels: ProjectLabels, columns: dict[str, int], date1904: bool,
                 sheet: str = ACTION_PLAN) -> None:
        self.labels, self.columns, self.date1904 = labels, columns, date1904
        self.sheet = sheet  # the Action Plan's name in the file, for problems and notes
        self.problems: list[CellProblem] = []
        self.notes: list[str] = []
        self.renamed: ProjectLabels | None = None  # the labels with the Journey Map's new names
        self._simple = [(k, POSITION[k], columns[k]) for k in SIMPLE if k in columns]
        self._parsers: dict[str, Callable[[Any], Any]] = {
            "name": _text, "owner": _text, "kpi": _text, "message": _text,
            "tiers": lambda v: parse_names(v, labels.tiers),
            "channel": lambda v: parse_name(v, labels.channels),
            "purpose": lambda v: parse_choice(v, "purpose", _t("purpose")) or "service",
            "status": lambda v: parse_choice(v, "status", _t("status")) or "planned",
            "start": lambda v: parse_date(v, date1904), "end": lambda v: parse_date(v, date1904),
            "sla_minutes": _minutes, "cost": _cost,
        }

    def cell(self, row: int, key: str) -> str:
        return f"{column_letter(self.columns[key] + 1)}{row + 1}"

    def value(self, row: list, key: str) -> Any:
        col = self.columns.get(key)
        return row[col] if col is not None and col < len(row) else None

    def _problem(self, row: int, key: str, reason: str) -> None:
        self.problems.append(CellProblem(self.sheet, self.cell(row, key), reason))

    # ------------------------------------------------------------ existing actions

    def changes(self, r: int, row: list, action: CareAction) -> list[FieldChange]:
        """What the row changes in `action` (problems are collected on the reader)."""
        expected = self.labels.action_row(action)
        found: list[FieldChange] = []
        for key, position, col in self._simple:
            want, got = expected[position], row[col]
            if want == got or (want is None and got == "") or same(want, got):
                continue
            try:
                new = self._parsers[key](got)
            except CellError as exc:
                self._problem(r, key, str(exc))
                continue
            old = getattr(action, key)
            if key == "name" and not new:
                self._problem(r, key, _t("the action needs a name"))
            elif new != old:
                found.append(self._change(action, key, old, new, r))
        found += self._place_change(r, row, action, expected)
        found += self._trigger_change(r, row, action, expected)
        self._check_dates(r, row, action, found)
        return found

    def _change(self, action: CareAction, key: str, old: Any, new: Any, r: int,
                at: str | None = None) -> FieldChange:
        texts = {"tiers": self.labels.tiers.labels, "channel": lambda i: self.labels.channels.label(i),
                 "touchpoint": self.labels.touchpoint_label}
        shown = texts.get(key)
        cell = f"{self.sheet}!{self.cell(r, at or key)}"
        return FieldChange("action", action.id, action.name, key, old, new, cell,
                           show(shown(old)) if shown else "", show(shown(new)) if shown else "")

    def _place_change(self, r: int, row: list, action: CareAction, expected: list) -> list[FieldChange]:
        present = [k for k in PLACE if k in self.columns]
        if all(_unchanged(expected[POSITION[k]], self.value(row, k)) for k in present):
            return []
        tp_id = self._find_touchpoint(r, row, expected)
        if tp_id is None or tp_id == action.touchpoint:
            return []
        at = "touchpoint" if "touchpoint" in self.columns else present[0]
        return [self._change(action, "touchpoint", action.touchpoint, tp_id, r, at)]

    def _find_touchpoint(self, r: int, row: list, expected: list | None) -> str | None:
        cells = [parse_text(self.value(row, k)) if k in self.columns else
                 (expected[POSITION[k]] or "" if expected else "") for k in PLACE]
        tp_id, reason = self.labels.find_touchpoint(*cells)
        if tp_id is None and self.renamed is not None:  # a name given on the Journey Map of this workbook
            tp_id = self.renamed.find_touchpoint(*cells)[0]
        if tp_id is None and cells[1] and "stage" in self.columns:
            reason = self._stage_reason(cells) or reason
        if tp_id is None:
            at = "touchpoint" if "touchpoint" in self.columns else next(k for k in PLACE if k in self.columns)
            if cells[0] and self.labels.journeys.resolve(cells[0]) is None and "journey" in self.columns:
                at = "journey"  # the journey is unknown
            self._problem(r, at, reason)
        return tp_id

    def _stage_reason(self, cells: list[str]) -> str | None:
        """When the touchpoint exists in another stage: why, naming the Stage column."""
        for labels in (self.labels, self.renamed):
            if labels is None:
                continue
            tp_id = labels.find_touchpoint(cells[0], "", cells[2])[0]
            if tp_id is not None:
                stage = labels.place(tp_id)[1]
                return _t('touchpoint "{name}" is in stage "{stage}", not "{given}": change the Stage '
                          'column to "{stage}" too (or empty it)').format(
                    name=cells[2], stage=stage, given=cells[1])
        return None

    def _trigger_change(self, r: int, row: list, action: CareAction, expected: list) -> list[FieldChange]:
        present = [k for k in TRIGGER_PARTS if k in self.columns]
        if all(_unchanged(expected[POSITION[k]], self.value(row, k)) for k in present):
            summary = self.value(row, "trigger")
            if "trigger" in self.columns and not same(expected[POSITION["trigger"]], summary) \
                    and not _same_summary(action.trigger, summary):
                self.notes.append(_t("{cell}: the Trigger column is a summary and is not read — change the "
                                     "Trigger type/event/days/date/metric/value columns").format(
                    cell=f"{self.sheet}!{self.cell(r, 'trigger')}"))
            return []
        trigger = self._read_trigger(r, row, action.trigger)
        if trigger is None or trigger == action.trigger:
            return []
        at = "trigger_type" if "trigger_type" in present else present[0]
        return [self._change(action, "trigger", action.trigger, trigger, r, at)]

    def _read_trigger(self, r: int, row: list, old: Trigger) -> Trigger | None:
        parts: dict[str, Any] = {"type": old.type, "event": old.event, "days": old.days, "date": old.date,
                                 "metric": old.metric, "value": old.value, "direction": old.direction}
        readers: dict[str, Callable[[Any], Any]] = {
            "type": lambda v: parse_choice(v, "trigger_type", _t("trigger type")) or "event",
            "event": lambda v: _text(v) or None, "metric": lambda v: _text(v) or None,
            "days": _days,
            "value": lambda v: as_model_number(parse_number(v)),
            "date": lambda v: parse_date(v, self.date1904),
            "direction": lambda v: parse_choice(v, "direction", _t("trigger direction"))}
        ok = True
        for name, read in readers.items():
            key = f"trigger_{name}"
            if key in self.columns:
                try:
                    parts[name] = read(self.value(row, key))
                except CellError as exc:
                    self._problem(r, key, str(exc))
                    ok = False
        if parts["type"] != "threshold" or (parts["direction"] == "at_least" and old.direction is None):
            parts["direction"] = None  # at least is the default; only thresholds have a direction
        trigger = Trigger(**parts)
        missing = _trigger_problem(trigger)
        if missing:
            self._problem(r, "trigger_type" if "trigger_type" in self.columns else next(
                k for k in TRIGGER_PARTS if k in self.columns), missing)
            return None
        return trigger if ok else None

    def _check_dates(self, r: int, row: list, action: CareAction, found: list[FieldChange]) -> None:
        new = {c.field: c.new for c in found}
        start, end = new.get("start", action.start), new.get("end", action.end)
        if ("start" in new or "end" in new) and start and end and end < start:
            reason = _t("the action ends ({end}) before it starts ({start})").format(end=end, start=start)
            self._problem(r, "end" if "end" in self.columns else "start", reason)

    # ------------------------------------------------------------ new actions

    def new_action(self, r: int, row: list, action_id: str | None = None) -> AddedAction | None:
        """A row without an ID: the action it describes (with `action_id`, else a new id), or None
        (problems recorded)."""
        before = len(self.problems)
        values: dict[str, Any] = {}
        defaults: list[str] = []
        for key in SIMPLE:
            if key in self.columns:
                try:
                    values[key] = self._parsers[key](self.value(row, key))
                except CellError as exc:
                    self._problem(r, key, str(exc))
                    continue
            if key in ("purpose", "status") and (key not in self.columns or is_empty(self.value(row, key))):
                value = values.get(key) or ("service" if key == "purpose" else "planned")
                defaults.append(_t("{field} {value}").format(
                    field=_t("purpose") if key == "purpose" else _t("status"), value=value))
        if not values.get("name"):
            self.problems.append(CellProblem(self.sheet, self.cell(r, "name") if "name" in self.columns
                                             else f"A{r + 1}", _t("a new action needs a name")))
        if "channel" not in self.columns:
            self.problems.append(CellProblem(self.sheet, f"A{r + 1}",
                                             _t("a new action needs a Channel column")))
        tp_id = self._find_touchpoint(r, row, None) if "touchpoint" in self.columns else None
        if "touchpoint" not in self.columns:
            self.problems.append(CellProblem(self.sheet, f"A{r + 1}",
                                             _t("a new action needs a Touchpoint column")))
        blank = all(is_empty(self.value(row, k)) for k in TRIGGER_PARTS)
        trigger = Trigger(type="offset", days=0) if blank else self._read_trigger(r, row, Trigger())
        if blank:
            defaults.append(_t("trigger offset 0 days (on the touchpoint's day)"))
        if len(self.problems) > before or tp_id is None or trigger is None:
            return None
        action = CareAction(id=action_id or new_id("act"), touchpoint=tp_id, trigger=trigger, **values)
        self._check_dates(r, row, action, [])
        where = _t("at {touchpoint} for {tiers} via {channel}").format(
            touchpoint=show(self.labels.touchpoints[tp_id][1].name),
            tiers=self.labels.tiers.labels(action.tiers) or _t("no tier"),
            channel=show(self.labels.channels.label(action.channel)))
        return AddedAction(action, f"{self.sheet}!A{r + 1}", where, tuple(defaults))


def _same_summary(trigger: Trigger, got: Any) -> bool:
    """Is `got` the Trigger summary as exported, in any language (the project's may have
    changed since the export)?"""
    return any(same(trigger_text(trigger, workbook_words(locale)), got) for locale in LOCALES)


def _unchanged(want: Any, got: Any) -> bool:
    return want == got or (want is None and got == "") or same(want, got)


def _text(value: Any) -> str:
    """A text field: an error value or an unsaved formula is a problem, not its text."""
    return parse_text(check_fault(value))


MAX_SLA_MINUTES = 10 * 366 * 24 * 60  # ten years
MAX_COST = 1e12
MAX_DAYS = 100 * 366  # a trigger a century before or after its event


def _minutes(value: Any) -> int | None:
    minutes = parse_whole(value, _t("a whole number of minutes"))
    if minutes is not None and minutes < 0:
        raise CellError(_t("the SLA must be 0 minutes or more"))
    if minutes is not None and minutes > MAX_SLA_MINUTES:
        raise CellError(_t("{value} minutes is beyond what an SLA holds (at most {limit} minutes, ten years)")
                        .format(value=f"{minutes:,}", limit=f"{MAX_SLA_MINUTES:,}"))
    return minutes


def _cost(value: Any) -> float | None:
    cost = parse_number(value, _t("an amount"))
    if cost is not None and cost < 0:
        raise CellError(_t("the cost must be 0 or more"))
    if cost is not None and cost > MAX_COST:
        raise CellError(_t("{value} is beyond what a cost holds (an amount up to {limit})").format(
            value=f"{cost:,.0f}", limit=f"{MAX_COST:,.0f}"))
    return cost


def _days(value: Any) -> float | int | None:
    days = as_model_number(parse_number(value, _t("a number of days")))
    if days is not None and abs(days) > MAX_DAYS:
        raise CellError(_t("{value} days is beyond what a trigger holds (at most {limit} days before or "
                           "after)")
                        .format(value=f"{days:,.0f}", limit=f"{MAX_DAYS:,}"))
    return days


def _trigger_problem(trigger: Trigger) -> str | None:
    """What a trigger of its type lacks (design.md's trigger rules), or None."""
    if trigger.type == "event" and not (trigger.event or "").strip():
        return _t("an event trigger needs the event's name (Trigger event)")
    if trigger.type == "offset" and trigger.days is None:
        return _t("an offset trigger needs a number of days (Trigger days)")
    if trigger.type == "date" and not (trigger.date or trigger.event):
        return _t("a date trigger needs a date (Trigger date) or a named day (Trigger event)")
    if trigger.type == "threshold" and (not (trigger.metric or "").strip() or trigger.value is None):
        return _t("a threshold trigger needs a metric and a value (Trigger metric, Trigger value)")
    return None
