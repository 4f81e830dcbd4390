"""The small tables a team edits besides the Action Plan and the Journey Map: tiers, channels,
KPIs (on the Overview), phases and risks (on Phases & Risks).

Shared by their writers (sheets_tiers, sheets_report) and their reader
(read_lists): which field each column holds, how a field's value is written into
a cell (`CELLS`), the keys of objects without an id (KPIs, phases and risks are known by
their names), the header styles that tell a user which columns come back on import.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from openpyxl.worksheet.datavalidation import DataValidation

from journey_designer import messages
from journey_designer.domain import JourneyError, Project
from journey_designer.domain.model import ServiceLevel
from journey_designer.io.workbook.base import attribute_applier
from journey_designer.io.workbook.layout import date_value, lines_text, normalise, number_value
from journey_designer.io.workbook.words import TABLE_COLUMNS, TEXT, Words
from journey_designer.io.workbook.xml_rows import Styles

FIXED_GREY = "7F7F7F"  # the header of a column the import does not read back
_DIGITS = re.compile(r"\d+")

# kind -> the words' key of its header row (TABLE_COLUMNS, TEXT)
TABLE_OF = {"tier": "tier_headers", "channel": "channel_headers", "kpi": "kpi_headers",
            "phase": "phase_headers", "risk": "risk_headers"}
# Fields the import reads per kind (the order of the preview)
FIELDS: dict[str, tuple[str, ...]] = {
    "tier": ("name", "share", "value_per_customer", "care_level", "max_contacts_per_window",
             "human_touch_at_mot"),
    "channel": ("name", "kind", "capacity_per_day", "cost_per_contact", "context_group", "hours_per_day",
                "handling_minutes", "agents", "service_level_share", "service_level_seconds"),
    "kpi": ("baseline", "target", "unit"),
    "phase": ("start", "end", "owner", "tasks"),
    "risk": ("kind", "owner", "mitigation"),
}
NAMED_BY_KEY = ("kpi", "phase", "risk")  # objects without an id: found by name
# A channel's service level is two cells (share, seconds): fields of their own in the base
SERVICE_LEVEL_FIELDS = {"service_level_share": "share", "service_level_seconds": "within_seconds"}


def field_value(obj: Any, name: str) -> Any:
    """The model value of a field the tables show (a service level's half: None when not set)."""
    part = SERVICE_LEVEL_FIELDS.get(name)
    if part is not None:
        level = getattr(obj, "service_level", None)
        return None if level is None else getattr(level, part)
    return getattr(obj, name)


def _t(text: str) -> str:
    return messages.translate("Workbook", text)


def _text(value: Any) -> str | None:
    return value if value else None


def _number(value: Any) -> Any:
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, float) and value in (float("inf"), float("-inf")):
        return "∞" if value > 0 else "-∞"
    return number_value(value)


def _yes_no(words: Words) -> Callable[[Any], str]:
    return lambda value: words.yes if value else words.text("no")


def cell_renderers(words: Words) -> dict[str, dict[str, Callable[[Any], Any]]]:
    """kind -> field -> the cell the export writes for a model value (the import compares a
    cell with the rendering of the base's value before it parses it)."""
    return {
        "tier": {"name": _text, "share": _number, "value_per_customer": _number,
                 "care_level": lambda v: words.choice("care_level", v), "max_contacts_per_window": _number,
                 "human_touch_at_mot": _yes_no(words)},
        "channel": {"name": _text, "kind": words.channel_kind, "capacity_per_day": _number,
                    "cost_per_contact": _number, "context_group": _text, "hours_per_day": _number,
                    "handling_minutes": _number, "agents": _number, "service_level_share": _number,
                    "service_level_seconds": _number},
        "kpi": {"name": _text, "baseline": _number, "target": _number, "unit": _text},
        "phase": {"name": _text, "start": date_value, "end": date_value, "owner": _text,
                  "tasks": lambda v: _text(lines_text(v or []))},
        "risk": {"name": _text, "kind": _text, "owner": _text, "mitigation": _text},
    }


def plan_keys(names: Iterable[str]) -> list[str]:
    """Keys of objects known by name (KPIs, phases, risks): the name, and "name #2", "name #3"
    for later objects of the same name."""
    seen: Counter[str] = Counter()
    keys = []
    for name in names:
        seen[name] += 1
        keys.append(name if seen[name] == 1 else f"{name} #{seen[name]}")
    return keys


def objects_of(project: Project, kind: str) -> list[tuple[str, Any]]:
    """(key, object) of every object of `kind` in the project, in list order."""
    if kind == "tier":
        return [(t.id, t) for t in project.tiers]
    if kind == "channel":
        return [(c.id, c) for c in project.channels]
    lists: dict[str, list[Any]] = {"kpi": project.kpis, "phase": project.phases,
                                   "risk": project.risks}
    items = lists[kind]
    return list(zip(plan_keys(i.name for i in items), items, strict=True))


def project_values(project: Project, kind: str) -> dict[tuple[str, str, str], Any]:
    """The project's values now of the fields the import reads, by FieldKey."""
    values: dict[tuple[str, str, str], Any] = {}
    for key, obj in objects_of(project, kind):
        for name in FIELDS[kind]:
            value = field_value(obj, name)
            values[(kind, key, name)] = list(value) if isinstance(value, list) else value
    return values


def record_values(ctx: Any, kind: str, key: str, obj: Any) -> None:
    """Record in the export's base (when it has one) the fields of `obj` the sheet wrote."""
    recorder = getattr(ctx, "base", None)
    if recorder is None:
        return
    recorder.record_object(kind, key, {name: field_value(obj, name) for name in FIELDS[kind]})


def header_columns(table: str) -> dict[str, str | None]:
    """Normalised header (any language; digits ignored) -> field (None: a column not read)."""
    found: dict[str, str | None] = {}
    fields = TABLE_COLUMNS[table]
    for texts in TEXT.values():
        if table not in texts:
            continue
        for header, name in zip(texts[table].split("|"), fields, strict=True):
            if header:
                found[_header_key(header)] = name
    return found


def _header_key(text: str) -> str:
    return _DIGITS.sub("", normalise(text.replace("{days}", "")))


def match_header(row: list, table: str) -> dict[str, int] | None:
    """Field -> column (0-based) when `row` is the header row of `table`; the row must name the
    table's first column and two of its read columns."""
    known = header_columns(table)
    columns: dict[str, int] = {}
    for c, value in enumerate(row):
        if isinstance(value, str) and value.strip():
            name = known.get(_header_key(value), "")
            if name and name not in columns:
                columns[name] = c
    first = TABLE_COLUMNS[table][0]
    read = [f for f in TABLE_COLUMNS[table] if f]
    if first in columns and len(columns) >= min(3, len(read)):
        return columns
    return None


def header_styles(styles: Styles, table: str) -> list[int]:
    """One header style per column: blue where the import reads the column back, grey where not."""
    try:
        fixed = styles["header_fixed"]
    except KeyError:
        fixed = styles.define("header_fixed", bold=True, colour="FFFFFF", fill=FIXED_GREY, wrap=True,
                              border=True, valign="center")
    read_back = set(FIELDS.get(_kind_of(table), ()))  # an id is read, but never to be edited
    return [styles["header"] if name in read_back else fixed for name in TABLE_COLUMNS[table]]


def _kind_of(table: str) -> str:
    return next(kind for kind, name in TABLE_OF.items() if name == table)


def drop_down(values: list[str], prompt: str, cells: str, strict: bool = True,
              error: tuple[str, str] | None = None) -> DataValidation:
    """A drop-down of `values` (an inline list, so no Lists column) with an input message."""
    check = DataValidation(type="list", formula1='"' + ",".join(v.replace('"', "") for v in values) + '"',
                           allow_blank=True, showErrorMessage=strict, errorStyle="warning")
    if error:
        check.errorTitle, check.error = error
    check.prompt, check.showInputMessage = prompt, True
    check.add(cells)
    return check


def input_message(prompt: str, cells: str) -> DataValidation:
    """Only a message shown when one of `cells` is selected (no check of the value)."""
    check = DataValidation(type=None, allow_blank=True, showErrorMessage=False)
    check.prompt, check.showInputMessage = prompt, True
    check.add(cells)
    return check


def apply_channels(project: Project, items: list[tuple[str, str, Any]]) -> None:
    """Channel changes; a service level's two cells make one ServiceLevel (a cleared cell
    clears it; one typed for a channel without one takes the default other half)."""
    plain = [item for item in items if item[1] not in SERVICE_LEVEL_FIELDS]
    attribute_applier(lambda p: p.channels, "channel")(project, plain)
    index = {c.id: c for c in project.channels}
    for object_id, name, value in items:
        if name not in SERVICE_LEVEL_FIELDS:
            continue
        channel = index.get(object_id)
        if channel is None:
            raise JourneyError(_t("the project changed since the preview: {kind} “{id}” no longer "
                                  "exists; preview the import again").format(kind=_t("channel"),
                                                                              id=object_id))
        if value is None:
            channel.service_level = None
            continue
        level = channel.service_level or ServiceLevel()
        channel.service_level = replace(level, **{SERVICE_LEVEL_FIELDS[name]: value})
