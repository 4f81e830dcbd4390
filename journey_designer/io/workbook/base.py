"""The base of an exported workbook, and the three-way merge of an import.

Every export writes, into a hidden sheet (`BASE_SHEET`), the value of every editable field it
wrote, the project it came from and when. Import then compares three values per field —
base (at the export), workbook (now, as the teammate left it), project (now) — and applies
only what the teammate changed; a field changed on both sides to different values is a
conflict. No Qt. Reading a base back (checked against tampering, matched to the project)
is in base_read.py.

The shared interface (other sheet writers and readers use it; keep it stable):

    FieldKey = (kind, id, field)      kinds: KINDS; values JSON-typed (str, int, float, bool,
                                       None, list[str], dict for a trigger)
    recorder = BaseRecorder(project)  # during export
    recorder.record("tier", tier.id, "share", 0.2)
    recorder.write(book)              # the hidden sheet (export calls it)
    base = read_base(path_or_grid)    # base_read: WorkbookBase | None (None: no base sheet)
    merge = three_way(base.values, workbook_values, project_values, places)
    merge.changes / merge.conflicts / merge.unchanged / merge.gone
    merge = merge.resolved("workbook" | "project")
    apply_changes(project_copy, [(key, new), ...])   # dispatches to APPLIERS[kind]

Registries a sheet module fills for its kinds (importing calls them):
    APPLIERS[kind](project, [(id, field, value), ...])   turn applied changes into edits
    PROJECT_VALUES[kind](project) -> dict[FieldKey, Any]  the project's values now
    SHEET_READERS[name](ReadContext) -> SheetValues       the workbook's values + places

Sheet layout (generic rows; the sheet is "hidden", not "very hidden", which some clients
drop): row 1 headers `kind | id | field | value | check`; then `meta` rows (export id,
format, project name, fingerprint, exported at, columns...); then one row per field, or one
row per object with field `*` and a JSON object of its fields — or the array of their values
when the kind's fields are declared in the `columns` meta row (so 50,000 actions stay 50,000
short rows, below the import's row limit); a value longer than a cell continues on rows of
kind `+`; the last row is the digest. `check` is a short hash of the row (with the export
id), and the digest covers all rows: an edited, added or removed row is a tampered base,
named by sheet and cell.

Why a fingerprint and no project id: the project has no id, and adding one (a uuid in the
settings) would change the file contract. The fingerprint is a hash of the project name
and the ids of its tiers, channels, journeys and touchpoints (random uuid-based ids, so two
projects never share them); a base whose fingerprint differs still belongs to the project
when most of the objects it recorded are still there (the project was edited since).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal

from journey_designer import messages
from journey_designer.domain import JourneyError, Project
from journey_designer.io.sheet_safety.safety import Package, WorkbookError
from journey_designer.io.workbook.xml_rows import StreamSheet

if TYPE_CHECKING:
    from journey_designer.io.workbook.base_read import WorkbookBase

FieldKey = tuple[str, str, str]
KINDS = ("journey", "touchpoint", "action", "tier", "channel", "kpi", "phase", "risk", "project", "peak")
BASE_SHEET = "JD Base"
BASE_FORMAT = "journey-designer-base/1"
HEADERS = ("kind", "id", "field", "value", "check")
PACKED = "*"
CONTINUED = "+"
CHUNK_TEXT = 30_000  # JSON text per cell (a cell holds 32,767 characters)
BELONGS_SHARE = 0.5
Side = Literal["workbook", "project"]


def _t(text: str) -> str:
    return messages.translate("Workbook", text)


class BaseError(WorkbookError):
    """A base sheet that cannot be trusted (tampered) or does not belong to the project."""


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()  # a value a side does not have (no column, object not there)


_SCALARS = frozenset({str, int, float, bool, type(None)})


def encode(value: Any) -> Any:
    """`value` as a JSON-typed value: tuples become lists, a dataclass (a Trigger) a dict."""
    if value.__class__ in _SCALARS:
        return value
    if isinstance(value, tuple | list):
        return [encode(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):  # None fields left out (a Trigger's unused parts)
        return {name: encode(item) for name in value.__dataclass_fields__
                if (item := getattr(value, name)) is not None}
    return value


def same(a: Any, b: Any) -> bool:
    """Equal as field values: "", None and [] are all empty; 1 equals 1.0."""
    if a is MISSING or b is MISSING:
        return a is b
    return a == b or (a in (None, "") or a == []) and (b in (None, "") or b == [])


# ---------------------------------------------------------------- fingerprint


def fingerprint(project: Project) -> str:
    """A hash of the project's name and the ids of its tiers, channels, journeys, touchpoints."""
    ids = sorted([f"t:{t.id}" for t in project.tiers] + [f"c:{c.id}" for c in project.channels]
                 + [f"j:{j.id}" for j in project.journeys]
                 + [f"p:{tp.id}" for j in project.journeys for tp in j.touchpoints])
    return hashlib.sha256("\x1f".join([project.name, *ids]).encode()).hexdigest()[:16]


def project_objects(project: Project) -> set[tuple[str, str]]:
    """(kind, id) of the project's identified objects (what a base may record)."""
    found = {("tier", t.id) for t in project.tiers} | {("channel", c.id) for c in project.channels}
    for journey in project.journeys:
        found.add(("journey", journey.id))
        found.update(("touchpoint", tp.id) for tp in journey.touchpoints)
    found.update(("action", a.id) for a in project.actions)
    return found


# ---------------------------------------------------------------- writing


class BaseRecorder:
    """Collects, during an export, what every editable cell was written from."""

    def __init__(self, project: Project, exported_at: str | None = None,
                 export_id: str | None = None) -> None:
        self.project_name = project.name
        self.fingerprint = fingerprint(project)
        self.exported_at = exported_at or datetime.now(UTC).isoformat(timespec="seconds")
        self.export_id = export_id or uuid.uuid4().hex[:12]
        self.values: dict[tuple[str, str], dict[str, Any]] = {}
        self.meta: dict[str, Any] = {}
        self.columns: dict[str, list[str]] = {}  # kind -> its fields, for rows of values only

    def declare(self, kind: str, fields: Iterable[str]) -> None:
        """The fields every object of `kind` records, in order: their rows then hold a JSON array
        of values instead of an object (a big plan's base is half the size)."""
        self.columns[kind] = list(fields)

    def record(self, kind: str, object_id: str, field_name: str, value: Any) -> None:
        """The value (a model value, JSON-typed) written for one editable field."""
        if kind not in KINDS:
            raise ValueError(f"unknown base kind {kind!r}")
        self.values.setdefault((kind, object_id), {})[field_name] = encode(value)

    def record_object(self, kind: str, object_id: str, values: dict[str, Any]) -> None:
        """Several fields of one object at once."""
        if kind not in KINDS:
            raise ValueError(f"unknown base kind {kind!r}")
        target = self.values.setdefault((kind, object_id), {})
        scalars = _SCALARS
        for name, value in values.items():
            target[name] = value if value.__class__ in scalars else encode(value)

    def rows(self) -> list[tuple[str, str, str, str]]:
        """(kind, id, field, JSON text) of every row after the header, meta rows first."""
        meta = {"export_id": self.export_id, "format": BASE_FORMAT, "project": self.project_name,
                "fingerprint": self.fingerprint, "exported_at": self.exported_at, **self.meta}
        if self.columns:
            meta["columns"] = self.columns
        rows = [("meta", "", name, _dumps(value)) for name, value in meta.items()]
        for (kind, object_id), fields in self.values.items():
            columns = self.columns.get(kind)
            packed = _dumps(list(fields.values()) if columns == list(fields) else fields)
            if len(packed) <= CHUNK_TEXT:
                rows.append((kind, object_id, PACKED, packed))
                continue
            for name, value in fields.items():
                text = _dumps(value)
                rows.append((kind, object_id, name, text[:CHUNK_TEXT]))
                rows += [(CONTINUED, object_id, name, text[i:i + CHUNK_TEXT])
                         for i in range(CHUNK_TEXT, len(text), CHUNK_TEXT)]
        return rows

    def write(self, book: Any, styles: Any = None) -> StreamSheet:
        """Add the hidden base sheet to a write-only workbook made by xml_rows.new_book."""
        sheet = StreamSheet(book, BASE_SHEET)
        book._add_sheet(sheet)
        sheet.styles = styles if styles is not None else next(
            s.styles for s in book.worksheets if isinstance(s, StreamSheet) and s is not sheet)
        sheet.sheet_state = "hidden"
        sheet.sheet_properties.pageSetUpPr.fitToPage = True  # printed like every sheet, if ever
        sheet.widths([12, 16, 12, 80, 12])
        checks: list[str] = []
        sheet.row(HEADERS)
        sheet.rows(self._checked_rows(checks))  # streamed; the digest covers them all
        digest = rows_digest(self.export_id, checks)
        sheet.row(("meta", None, "digest", _dumps(digest), row_check(self.export_id, "meta", "", "digest",
                                                                   _dumps(digest))))
        return sheet

    def _checked_rows(self, checks: list[str]) -> Iterator[tuple[tuple, int, None]]:
        for kind, object_id, name, text in self.rows():
            check = row_check(self.export_id, kind, object_id, name, text)
            checks.append(check)
            yield (kind, object_id or None, name, text, check), 0, None  # no empty text cells


_ENCODER = json.JSONEncoder(ensure_ascii=True, separators=(",", ":"), sort_keys=False)


def _dumps(value: Any) -> str:
    return _ENCODER.encode(value)  # json.dumps with these options builds an encoder per call


def row_check(export_id: str, kind: str, object_id: str, field_name: str, text: str) -> str:
    data = "\x1f".join((export_id, kind, object_id, field_name, text)).encode()
    return hashlib.blake2b(data, digest_size=6).hexdigest()


def rows_digest(export_id: str, checks: list[str]) -> str:
    return hashlib.sha256("\n".join([export_id, str(len(checks)), *checks]).encode()).hexdigest()[:24]


# ---------------------------------------------------------------- the merge


@dataclass(frozen=True)
class Change:
    """A field the workbook changes: the project's value now -> the workbook's."""

    key: FieldKey
    old: Any
    new: Any


@dataclass(frozen=True)
class Conflict:
    """A field changed in the project and in the workbook since the export, differently."""

    key: FieldKey
    base: Any
    project: Any
    workbook: Any
    place: str  # "Action Plan!H12" (empty when the reader gave no place)


@dataclass
class Merge:
    """What a three-way comparison found."""

    changes: list[Change] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    unchanged: list[FieldKey] = field(default_factory=list)
    gone: list[FieldKey] = field(default_factory=list)  # edited in the workbook, object gone from project

    def resolved(self, side: Side | None, decisions: dict[FieldKey, Side] | None = None) -> Merge:
        """A merge without conflicts: each decided by `decisions[key]`, else by `side`; those
        left undecided stay conflicts."""
        decisions = decisions or {}
        result = Merge(list(self.changes), [], list(self.unchanged), list(self.gone))
        for conflict in self.conflicts:
            choice = decisions.get(conflict.key, side)
            if choice == "workbook":
                result.changes.append(Change(conflict.key, conflict.project, conflict.workbook))
            elif choice == "project":
                result.unchanged.append(conflict.key)
            else:
                result.conflicts.append(conflict)
        return result


def three_way(base: Mapping[FieldKey, Any], workbook: Mapping[FieldKey, Any],
              project_now: Mapping[FieldKey, Any],
              places: dict[FieldKey, str] | None = None) -> Merge:
    """Compare base, workbook and project per field; only the workbook's keys are looked at
    (a field the workbook does not hold is left as the project has it)."""
    places = places or {}
    merge = Merge()
    for key, theirs in workbook.items():
        mine = project_now.get(key, MISSING)
        original = base.get(key, MISSING)
        if mine is MISSING:
            if original is not MISSING and not same(theirs, original):
                merge.gone.append(key)
            continue
        if same(theirs, mine) or (original is not MISSING and same(theirs, original)):
            merge.unchanged.append(key)
        elif original is MISSING or same(mine, original):
            merge.changes.append(Change(key, mine, theirs))
        else:
            merge.conflicts.append(Conflict(key, original, mine, theirs, places.get(key, "")))
    return merge


# ---------------------------------------------------------------- registries

Applier = Callable[[Project, list[tuple[str, str, Any]]], None]
APPLIERS: dict[str, Applier] = {}
PROJECT_VALUES: dict[str, Callable[[Project], dict[FieldKey, Any]]] = {}


@dataclass
class SheetValues:
    """What a sheet reader found: the workbook's values, their cells, problems and notes."""

    values: dict[FieldKey, Any] = field(default_factory=dict)
    places: dict[FieldKey, str] = field(default_factory=dict)
    problems: list[Any] = field(default_factory=list)  # plan.CellProblem
    notes: list[str] = field(default_factory=list)
    names: dict[tuple[str, str], str] = field(default_factory=dict)  # (kind, id) -> name shown in the preview


@dataclass
class ReadContext:
    """What a sheet reader gets: the checked file, the project, its labels, the base."""

    package: Package
    project: Project
    labels: Any  # labels.ProjectLabels
    base: WorkbookBase | None
    renamed: dict[FieldKey, Any] = field(default_factory=dict)  # names changed by sheets read before


SHEET_READERS: dict[str, Callable[[ReadContext], SheetValues]] = {}


def apply_changes(project: Project, changes: Iterable[tuple[FieldKey, Any]]) -> None:
    """Apply (key, new value) pairs to `project` (a copy being built), kind by kind in KINDS
    order, through APPLIERS. Raises JourneyError for a kind nobody applies."""
    by_kind: defaultdict[str, list[tuple[str, str, Any]]] = defaultdict(list)
    for (kind, object_id, name), value in changes:
        by_kind[kind].append((object_id, name, value))
    for kind in sorted(by_kind, key=lambda k: KINDS.index(k) if k in KINDS else len(KINDS)):
        applier = APPLIERS.get(kind)
        if applier is None:
            raise JourneyError(f"no applier for {kind!r} changes")
        applier(project, by_kind[kind])


def apply_field(project: Project, key: FieldKey, value: Any) -> None:
    """Apply one change (slow for many: use apply_changes)."""
    apply_changes(project, [(key, value)])


def attribute_applier(objects: Callable[[Project], Iterable[Any]], kind: str,
                      convert: dict[str, Callable[[Any], Any]] | None = None) -> Applier:
    """An applier that sets attributes on the objects `objects(project)` yields, found by `.id`;
    `convert[field]` turns a JSON value into the model's (e.g. a dict into a Trigger)."""
    convert = convert or {}

    def apply(project: Project, items: list[tuple[str, str, Any]]) -> None:
        index = {obj.id: obj for obj in objects(project)}
        for object_id, name, value in items:
            target = index.get(object_id)
            if target is None:
                raise JourneyError(_t("the project changed since the preview: {kind} “{id}” no longer "
                                      "exists; preview the import again").format(kind=kind, id=object_id))
            setattr(target, name, convert[name](value) if name in convert else _copy(value))

    return apply


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value
