"""Reading back the tables a team edits besides the Action Plan and the Journey Map: the
Tiers sheet, the Channels sheet, the KPIs on the Overview, the phases and risks on
Phases & Risks.

Each reader (base.SHEET_READERS) gives the workbook's value of every field it reads,
keyed (kind, id, field), with its cell; base's three-way merge decides what changes.
A cell that still shows what the export wrote is the exported value whatever its text; an
edited cell is parsed and checked by the domain's rules (shares 0..1 summing to at most 1,
known care levels and channel kinds, no negative capacity or cost, a phase not ending
before it starts); a bad value is a problem naming the sheet and cell. Tables are found by
their header rows (English or Chinese), columns by their headers; tiers and channels by the
ID column, KPIs, phases and risks (which have no id) by their names. A tier or channel
renamed here is known by its new name to the sheets read after (the Action Plan). No Qt.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import partial
from typing import Any

from journey_designer import messages
from journey_designer.domain import JourneyError, Project
from journey_designer.io.sheet_safety.safety import find_sheet
from journey_designer.io.workbook.base import (
    APPLIERS,
    MISSING,
    PROJECT_VALUES,
    SHEET_READERS,
    FieldKey,
    ReadContext,
    SheetValues,
    attribute_applier,
)
from journey_designer.io.workbook.layout import normalise
from journey_designer.io.workbook.peaks import read_peaks
from journey_designer.io.workbook.plan import CellProblem
from journey_designer.io.workbook.read_cells import (
    CellError,
    is_empty,
    parse_bool,
    parse_choice,
    parse_date,
    parse_lines,
    parse_number,
    parse_text,
    parse_whole,
    read_grid,
    same,
)
from journey_designer.io.workbook.settings import read_settings
from journey_designer.io.workbook.tables import (
    FIELDS,
    NAMED_BY_KEY,
    TABLE_OF,
    apply_channels,
    cell_renderers,
    match_header,
    objects_of,
    project_values,
)
from journey_designer.io.workbook.unread import unread_edits
from journey_designer.io.workbook.words import TEXT, sheet_names, workbook_words
from journey_designer.io.workbook.xml_rows import column_letter

SHARE_TOLERANCE = 1e-6
# Lines the writers put in a sheet that are not rows of a table (legends, "(no KPIs yet)")
_FIXED_LINES = {normalise(texts[key]) for texts in TEXT.values() for key in (
    "read_back", "tiers_read_back", "kpis_read_back", "plan_read_back", "no_tiers", "no_channels", "no_kpis",
    "no_phases", "no_risks", "staffing_chart") if key in texts}
_SECTION_TITLES = {normalise(texts[key]) for texts in TEXT.values() for key in ("risks", "phases")
                   if key in texts}


def _t(text: str) -> str:
    return messages.translate("Workbook", text)


def _kind_name(kind: str) -> str:
    return {"tier": _t("tier"), "channel": _t("channel"), "kpi": _t("KPI"), "phase": _t("phase"),
            "risk": _t("risk")}[kind]


def _kinds_name(kind: str) -> str:
    return {"tier": _t("tiers"), "channel": _t("channels"), "kpi": _t("KPIs"), "phase": _t("phases"),
            "risk": _t("risks")}[kind]


# ---------------------------------------------------------------- parsers (each raises CellError)


def _required(value: Any, what: str) -> None:
    if is_empty(value) or (isinstance(value, str) and not value.strip()):
        raise CellError(_t("{what} is needed here").format(what=what))


def _share(value: Any) -> float:
    _required(value, _t("a share"))
    text = parse_text(value)
    percent = isinstance(value, str) and text.rstrip().endswith(("%", "％"))
    number = parse_number(value, _t("a share such as 25%"))
    assert number is not None
    share = number / 100 if percent else number
    if not 0 <= share <= 1:
        hint = _t(" — type {value}% for a percentage").format(value=text) if 1 < share <= 100 else ""
        raise CellError(_t("share {value} is not between 0 and 1 (0% and 100%)").format(value=text) + hint)
    return share


def _at_least_zero(value: Any, label: str, whole: bool = False, optional: bool = False) -> float | int | None:
    """A number ≥ 0 (`whole`: a whole one); `label` names the field ("capacity per day")."""
    if optional and is_empty(value):
        return None
    _required(value, label)
    what = _t("a whole number ≥ 0") if whole else _t("a number ≥ 0")
    number = parse_whole(value, what) if whole else parse_number(value, what)
    assert number is not None
    if number < 0:
        raise CellError(_t("{field} must be {what}, not {value}").format(field=label, what=what,
                                                                         value=parse_text(value)))
    return number


def _optional_share(value: Any) -> float | None:
    return None if is_empty(value) else _share(value)


def _hours(value: Any) -> float | None:
    hours = _at_least_zero(value, _t("hours per day"), optional=True)
    if hours is not None and not 0 < hours <= 24:
        raise CellError(_t("hours per day must be more than 0 and at most 24, not {value}").format(
            value=parse_text(value)))
    return hours


def _choice(key: str, label: str) -> Callable[[Any], str]:
    def parse(value: Any) -> str:
        _required(value, label)
        found = parse_choice(value, key, label)
        assert found is not None
        return found
    return parse


def _name(kind: str) -> Callable[[Any], str]:
    def parse(value: Any) -> str:
        text = parse_text(value)
        if not text:
            raise CellError(_t("the {kind} needs a name").format(kind=_kind_name(kind)))
        return text
    return parse


def _optional_number(value: Any) -> float | None:
    return parse_number(value)


def _parsers(date1904: bool) -> dict[str, dict[str, Callable[[Any], Any]]]:
    return {
        "tier": {"name": _name("tier"), "share": _share,
                 "value_per_customer": lambda v: _at_least_zero(v, _t("value per customer")),
                 "care_level": _choice("care_level", _t("care level")),
                 "max_contacts_per_window": lambda v: _at_least_zero(v, _t("the contact cap"), whole=True),
                 "human_touch_at_mot": lambda v: parse_bool(v, _t("human touch at moments of truth"))},
        "channel": {"name": _name("channel"), "kind": _choice("channel_kind", _t("channel kind")),
                    "capacity_per_day": lambda v: _at_least_zero(v, _t("capacity per day"), whole=True,
                                                                 optional=True),
                    "cost_per_contact": lambda v: _at_least_zero(v, _t("cost per contact")),
                    "context_group": lambda v: parse_text(v) or None, "hours_per_day": _hours,
                    "handling_minutes": lambda v: _at_least_zero(v, _t("handling minutes"), optional=True),
                    "agents": lambda v: _at_least_zero(v, _t("agents on duty"), whole=True, optional=True),
                    "service_level_share": _optional_share,
                    "service_level_seconds": lambda v: _at_least_zero(v, _t("seconds to answer"),
                                                                      optional=True)},
        "kpi": {"baseline": _optional_number, "target": _optional_number, "unit": parse_text},
        "phase": {"start": lambda v: parse_date(v, date1904), "end": lambda v: parse_date(v, date1904),
                  "owner": parse_text, "tasks": parse_lines},
        "risk": {"kind": parse_text, "owner": parse_text, "mitigation": parse_text},
    }


# ---------------------------------------------------------------- one table


class _Table:
    """One table of one sheet: its header row, its columns, and the rows it reads."""

    def __init__(self, ctx: ReadContext, out: SheetValues, grid: list[list], sheet: str, kind: str) -> None:
        self.ctx, self.out, self.grid, self.sheet, self.kind = ctx, out, grid, sheet, kind
        words = workbook_words(ctx.project.locale)
        self.render = cell_renderers(words)[kind]
        self.parse = _parsers(ctx.package.date1904)[kind]
        self.project_now = project_values(ctx.project, kind)
        self.base = ctx.base.values if ctx.base is not None else {}
        self.names = {key: obj.name for key, obj in objects_of(ctx.project, kind)}
        known = set(self.names)
        if ctx.base is not None:
            known |= ctx.base.objects(kind)
        self.known = known
        self.seen: dict[str, int] = {}  # key -> row (0-based)
        self.accounted: set[str] = set()  # cells read, or named in a note or problem ("C4")

    def cell(self, r: int, c: int) -> Any:
        row = self.grid[r]
        return row[c] if c < len(row) else None

    def where(self, r: int, c: int) -> str:
        return f"{column_letter(c + 1)}{r + 1}"

    def problem(self, r: int, c: int, reason: str) -> None:
        self.out.problems.append(CellProblem(self.sheet, self.where(r, c), reason))
        self.accounted.add(self.where(r, c))

    def account_row(self, r: int) -> None:
        """Every cell of row `r` is accounted for (a note or problem names the row)."""
        self.accounted.update(self.where(r, c) for c in range(len(self.grid[r])))

    def note(self, r: int, c: int, text: str) -> None:
        self.out.notes.append(text)
        self.accounted.add(self.where(r, c))

    def find(self, start: int = 0) -> tuple[int, dict[str, int]] | None:
        """The header row at or after `start`, and field -> column."""
        for r in range(start, len(self.grid)):
            columns = match_header(self.grid[r], TABLE_OF[self.kind])
            if columns is not None:
                return r, columns
        return None

    def reference(self, key: FieldKey) -> Any:
        """What the export wrote for `key`: the base's value, else the project's (two-way)."""
        value = self.base.get(key, MISSING)
        return self.project_now.get(key, MISSING) if value is MISSING else value

    def read_row(self, r: int, key: str, columns: dict[str, int]) -> None:
        """The values of one object's row."""
        self.out.names[(self.kind, key)] = self.names.get(key, key)  # the name the preview shows
        for name in FIELDS[self.kind]:
            c = columns.get(name)
            if c is None:
                continue
            field_key = (self.kind, key, name)
            got = self.cell(r, c)
            reference = self.reference(field_key)
            if reference is not MISSING and same(self.render[name](reference), got):
                value = reference
            else:
                try:
                    value = self.parse[name](got)
                except CellError as exc:
                    self.problem(r, c, str(exc))
                    continue
            self.out.values[field_key] = value
            self.out.places[field_key] = f"{self.sheet}!{self.where(r, c)}"
            self.accounted.add(self.where(r, c))

    def missing_rows(self) -> None:
        """A note for every object of the project the table no longer lists (it is kept)."""
        names = dict(objects_of(self.ctx.project, self.kind))
        exported = self.ctx.base.objects(self.kind) if self.ctx.base is not None else set(names)
        for key, obj in names.items():
            if key not in self.seen and key in exported:  # not one added in the project since
                self.out.notes.append(_t("{sheet}: {kind} “{name}” is no longer listed: it is kept — delete "
                                         "it in Journey Designer").format(sheet=self.sheet,
                                                                           kind=_kind_name(self.kind),
                                                                           name=obj.name))


def _fixed_line(row: list) -> bool:
    """A legend or "(no tiers yet)" line, or a section title: not a row of a table."""
    texts = [v for v in row if not is_empty(v)]
    return len(texts) == 1 and isinstance(texts[0], str) and normalise(texts[0]) in _FIXED_LINES


def _section_title(row: list) -> bool:
    """The Risks title under the phases (when the empty row before it was deleted)."""
    texts = [v for v in row if not is_empty(v)]
    return len(texts) == 1 and isinstance(texts[0], str) and normalise(texts[0]) in _SECTION_TITLES


def _read_by_id(table: _Table, header: int, columns: dict[str, int]) -> None:
    """Rows of a table with an ID column (tiers, channels), to the end of the sheet."""
    kind = table.kind
    for r in range(header + 1, len(table.grid)):
        row = table.grid[r]
        if all(is_empty(v) for v in row) or _fixed_line(row):
            continue
        object_id = parse_text(table.cell(r, columns["id"]))
        if not object_id:
            where = f"{table.sheet}!{table.where(r, 0)}"
            table.note(r, columns["id"], _t("{cell}: a row without an ID is not read — add {kinds} in "
                                            "Journey Designer").format(cell=where, kinds=_kinds_name(kind)))
            table.account_row(r)
        elif object_id in table.seen:
            table.problem(r, columns["id"], _t("ID “{id}” appears twice (rows {first} and {second})").format(
                id=object_id, first=table.seen[object_id] + 1, second=r + 1))
        elif object_id not in table.known:
            table.problem(r, columns["id"], _t("unknown {kind} ID “{id}”: there is no such {kind} in this "
                                               "project — add {kinds} in Journey Designer").format(
                kind=_kind_name(kind), kinds=_kinds_name(kind), id=object_id))
            table.account_row(r)
        else:
            table.seen[object_id] = r
            table.accounted.add(table.where(r, columns["id"]))
            table.read_row(r, object_id, columns)


def _read_by_name(table: _Table, header: int, columns: dict[str, int]) -> int:
    """Rows of a table of objects known by name (KPIs, phases, risks), to the first empty row;
    returns the row after the table."""
    occurrences: Counter[str] = Counter()
    c = columns["name"]
    r = header + 1
    while r < len(table.grid):
        row = table.grid[r]
        if _fixed_line(row):
            r += 1
            continue
        raw = table.cell(r, c)
        name = raw.replace("\r\n", "\n") if isinstance(raw, str) else parse_text(raw)  # keys are exact
        if all(is_empty(v) for v in row) or (table.kind == "phase" and _section_title(row)):
            break
        occurrences[name] += 1
        key = name if occurrences[name] == 1 else f"{name} #{occurrences[name]}"
        if key not in table.known:
            table.note(r, c, _t("{cell}: {kind} “{name}” is not in the project, so its row is not "
                                      "read — add or rename {kinds} in Journey Designer").format(
                cell=f"{table.sheet}!{table.where(r, c)}", kind=_kind_name(table.kind),
                kinds=_kinds_name(table.kind), name=name))
            table.account_row(r)
        else:
            table.seen[key] = r
            table.accounted.add(table.where(r, c))
            table.read_row(r, key, columns)
        r += 1
    return r


# ---------------------------------------------------------------- the sheets


def _grid(ctx: ReadContext, key: str) -> tuple[str, list[list]] | None:
    name = find_sheet(ctx.package.sheets, sheet_names(key))
    return None if name is None else (name, read_grid(ctx.package, name))


SheetBody = Callable[[SheetValues, str, list[list]], set[str] | None]


def _read_sheet(ctx: ReadContext, key: str, body: SheetBody) -> SheetValues:
    """The sheet `key` (none: nothing read) read by `body`, which returns the cells it accounted
    for; edits elsewhere on the sheet are reported (not when `body` returns None: not read)."""
    out = SheetValues()
    found = _grid(ctx, key)
    if found is not None:
        sheet, grid = found
        accounted = body(out, sheet, grid)
        if accounted is not None:
            out.notes += unread_edits(ctx, key, grid, sheet, accounted)
    return out


def _id_table(ctx: ReadContext, kind: str, no_header: str,
              check: Callable[[_Table, dict[str, int]], None] | None,
              out: SheetValues, sheet: str, grid: list[list]) -> set[str] | None:
    """A sheet of one row per object found by its ID (Tiers, Channels); renames made known."""
    table = _Table(ctx, out, grid, sheet, kind)
    header = table.find()
    if header is None or "id" not in header[1]:
        out.notes.append(no_header.format(sheet=sheet))
        return None
    _read_by_id(table, *header)
    table.missing_rows()
    if check is not None:
        check(table, header[1])
    _renames(ctx, out, kind)
    return table.accounted


def read_tiers(ctx: ReadContext) -> SheetValues:
    """The Tiers sheet: every tier's fields; shares checked together; renames made known."""
    return _read_sheet(ctx, "Tiers", partial(_id_table, ctx, "tier", _t(
        "{sheet}: no header row with an “ID” column: the sheet is not read"), _check_shares))


def _check_shares(table: _Table, columns: dict[str, int]) -> None:
    """Shares of all tiers (the sheet's where it has them) sum to at most 1, when one was edited."""
    column = columns.get("share")
    if column is None:
        return
    project = table.ctx.project
    shares = [table.out.values.get(("tier", t.id, "share"), t.share) for t in project.tiers]
    edited = [t.id for t in project.tiers if ("tier", t.id, "share") in table.out.values
              and table.out.values[("tier", t.id, "share")] != table.reference(("tier", t.id, "share"))]
    total = sum(s for s in shares if isinstance(s, int | float))
    if edited and total > 1 + SHARE_TOLERANCE:
        rows = sorted(table.seen[t] for t in table.seen)
        cells = f"{column_letter(column + 1)}{rows[0] + 1}:{column_letter(column + 1)}{rows[-1] + 1}"
        table.out.problems.append(CellProblem(table.sheet, cells, _t(
            "tier shares sum to {total}, more than 100% — lower the share of a tier").format(
            total=f"{total:.1%}")))


def _renames(ctx: ReadContext, out: SheetValues, kind: str) -> None:
    for (k, object_id, name), value in out.values.items():
        if k == kind and name == "name":
            before = ctx.base.values.get((k, object_id, name), MISSING) if ctx.base is not None else MISSING
            if before is MISSING:
                before = next((o.name for i, o in objects_of(ctx.project, kind) if i == object_id), MISSING)
            if value != before:
                ctx.labels.rename(kind, object_id, value)
                ctx.renamed[(k, object_id, name)] = value


def read_channels(ctx: ReadContext) -> SheetValues:
    """The Channels sheet: name, kind, capacity and cost of every channel; renames made known."""
    return _read_sheet(ctx, "Channels", partial(_id_table, ctx, "channel", _t(
        "{sheet}: no header row with an “ID” column (a workbook of an earlier version?): "
        "channels are not read back"), None))


def read_overview(ctx: ReadContext) -> SheetValues:
    """The KPIs on the Overview: baseline, target and unit."""
    def body(out: SheetValues, sheet: str, grid: list[list]) -> set[str]:
        table = _Table(ctx, out, grid, sheet, "kpi")
        header = table.find()
        if header is not None:
            _read_by_name(table, *header)
            table.missing_rows()
        elif ctx.project.kpis:
            out.notes.append(_t("{sheet}: the KPI table is not there: KPIs are not read back").format(
                sheet=sheet))
        read_settings(ctx, out, grid, sheet, table.accounted)
        return table.accounted
    return _read_sheet(ctx, "Overview", body)


def read_phases_and_risks(ctx: ReadContext) -> SheetValues:
    """Phases (dates, owner, tasks) and risks (kind, owner, mitigation) on Phases & Risks."""
    def body(out: SheetValues, sheet: str, grid: list[list]) -> set[str]:
        after = 0
        accounted: set[str] = set()
        for kind in ("phase", "risk"):
            table = _Table(ctx, out, grid, sheet, kind)
            table.accounted = accounted
            header = table.find(after)
            if header is None:
                if (ctx.project.phases if kind == "phase" else ctx.project.risks):
                    out.notes.append(_t("{sheet}: the {kind} table is not there: it is not read back").format(
                        sheet=sheet, kind=_kind_name(kind)))
                continue
            after = _read_by_name(table, *header)
            table.missing_rows()
            if kind == "phase":
                _check_phase_dates(table, header[1])
        read_peaks(ctx, out, grid, sheet, accounted)
        return accounted
    return _read_sheet(ctx, "Phases & Risks", body)


def _check_phase_dates(table: _Table, columns: dict[str, int]) -> None:
    values = table.out.values
    for key, r in table.seen.items():
        start, end = values.get(("phase", key, "start")), values.get(("phase", key, "end"))
        edited = any(values.get(("phase", key, f), MISSING) != table.reference(("phase", key, f))
                     for f in ("start", "end"))
        if edited and start and end and end < start and "end" in columns:
            table.problem(r, columns["end"], _t("the phase ends ({end}) before it starts ({start})").format(
                end=end, start=start))
            for name in ("start", "end"):
                values.pop(("phase", key, name), None)


# ---------------------------------------------------------------- registries


def _named_applier(kind: str) -> Callable[[Project, list[tuple[str, str, Any]]], None]:
    """Applies changes to KPIs, phases or risks, found by their keys (names)."""
    def apply(project: Project, items: list[tuple[str, str, Any]]) -> None:
        index = dict(objects_of(project, kind))
        for key, name, value in items:
            target = index.get(key)
            if target is None:
                raise JourneyError(_t("the project changed since the preview: {kind} “{id}” no longer "
                                      "exists; preview the import again").format(kind=_kind_name(kind),
                                                                                  id=key))
            setattr(target, name, list(value) if isinstance(value, list) else value)
    return apply


def _register() -> None:
    for kind in FIELDS:
        PROJECT_VALUES.setdefault(kind, partial(project_values, kind=kind))
    APPLIERS.setdefault("tier", attribute_applier(lambda p: p.tiers, "tier"))
    APPLIERS.setdefault("channel", apply_channels)
    for kind in NAMED_BY_KEY:
        APPLIERS.setdefault(kind, _named_applier(kind))
    # Tiers and Channels first: the names they change are used by the sheets read after them
    for key, reader in (("Tiers", read_tiers), ("Channels", read_channels), ("Overview", read_overview),
                        ("Phases & Risks", read_phases_and_risks)):
        SHEET_READERS.setdefault(key, reader)


_register()
