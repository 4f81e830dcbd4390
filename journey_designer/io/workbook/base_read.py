"""Reading a workbook's base back (see base.py for the layout): every row checked against
its hash and the digest, so a tampered base is refused naming its sheet and cell, and
`WorkbookBase.belongs_to` tells a base exported from another project. No Qt."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from journey_designer import messages
from journey_designer.domain import Project
from journey_designer.io.sheet_safety.safety import Package
from journey_designer.io.workbook.base import (
    BASE_FORMAT,
    BASE_SHEET,
    BELONGS_SHARE,
    CONTINUED,
    HEADERS,
    KINDS,
    PACKED,
    BaseError,
    FieldKey,
    fingerprint,
    project_objects,
    row_check,
    rows_digest,
)


def _t(text: str) -> str:
    return messages.translate("Workbook", text)


class FieldValues(Mapping[FieldKey, Any]):
    """(kind, id, field) -> value, a read-only view of the base's objects (no flat copy of
    750,000 fields for a big plan)."""

    def __init__(self, objects: dict[tuple[str, str], dict[str, Any]]) -> None:
        self._objects = objects

    def __getitem__(self, key: FieldKey) -> Any:
        return self._objects[key[:2]][key[2]]

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, tuple) or len(key) != 3:
            return False
        fields = self._objects.get(key[:2])
        return fields is not None and key[2] in fields

    def __iter__(self) -> Iterator[FieldKey]:
        for (kind, object_id), fields in self._objects.items():
            for name in fields:
                yield kind, object_id, name

    def __len__(self) -> int:
        return sum(len(fields) for fields in self._objects.values())


@dataclass
class WorkbookBase:
    """What an export wrote: the project it came from, when, and every field's value
    (`values`, keyed (kind, id, field); `fields(kind, id)` gives one object's)."""

    project_name: str
    project_fingerprint: str
    exported_at: str
    export_id: str
    by_object: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)
    cells: dict[str, str] = field(default_factory=dict)  # "fingerprint" -> "JD Base!D4"
    _kinds: dict[str, set[str]] = field(default_factory=dict, repr=False)

    @property
    def values(self) -> FieldValues:
        return FieldValues(self.by_object)

    def fields(self, kind: str, object_id: str) -> dict[str, Any] | None:
        """The recorded fields of one object (None: not recorded)."""
        return self.by_object.get((kind, object_id))

    def objects(self, kind: str) -> set[str]:
        """Ids of the recorded objects of one kind."""
        if not self._kinds:
            for k, object_id in self.by_object:
                self._kinds.setdefault(k, set()).add(object_id)
        return self._kinds.get(kind, set())

    def belongs_to(self, project: Project) -> str | None:
        """None when the base was exported from `project` (maybe edited since); else why not."""
        if self.project_fingerprint == fingerprint(project):
            return None
        recorded = {(k, i) for k, i in self.by_object if k in ("journey", "touchpoint", "tier", "channel")}
        present = project_objects(project)
        kept = len(recorded & present)
        if recorded and kept / len(recorded) >= BELONGS_SHARE:
            return None
        if kept and self.project_name == project.name:
            return None
        return _t("{cell}: this workbook was exported from another project (“{name}”, {when}): "
                  "none of its journeys and touchpoints is in “{project}”").format(
            cell=self.cells.get("fingerprint", BASE_SHEET), name=self.project_name, when=self.exported_at,
            project=project.name) if not kept else _t(
            "{cell}: this workbook was exported from another project (“{name}”, {when}): only {kept} of its "
            "{count} journeys and touchpoints are in “{project}”").format(
            cell=self.cells.get("fingerprint", BASE_SHEET), name=self.project_name, when=self.exported_at,
            kept=kept, count=len(recorded), project=project.name)


def read_base(source: str | Path | Package | list[list[Any]]) -> WorkbookBase | None:
    """The base of a workbook (a path, a checked Package or the base sheet's grid); None when
    it has no base sheet. Raises BaseError naming the sheet and cell of a tampered base."""
    where: Path | str = BASE_SHEET
    if isinstance(source, str | Path | Package):
        from journey_designer.io.sheet_safety.safety import find_sheet, inspect_workbook
        from journey_designer.io.workbook.read_cells import read_grid

        package = source if isinstance(source, Package) else inspect_workbook(source, required=())
        where = package.path
        name = find_sheet(package.sheets, BASE_SHEET)
        if name is None:
            return None
        grid = read_grid(package, name)
    else:
        grid = source
    return _parse(grid, where)


def _tampered(where: Path | str, cell: str, why: str) -> BaseError:
    return BaseError(where, _t("{cell}: the workbook's base (the hidden sheet “{sheet}”) has been changed "
                               "({why}) — it cannot tell what the teammate edited; export the plan again")
                     .format(cell=f"{BASE_SHEET}!{cell}", sheet=BASE_SHEET, why=why))


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _parse(grid: list[list[Any]], where: Path | str) -> WorkbookBase:
    if not grid or [_text(v) for v in grid[0][:len(HEADERS)]] != list(HEADERS):
        raise _tampered(where, "A1", _t("its header row is not “kind | id | field | value | check”"))
    meta: dict[str, Any] = {}
    cells: dict[str, str] = {}
    checks: list[str] = []
    objects: dict[tuple[str, str], dict[str, Any]] = {}
    pending: list[tuple[int, str, str, str, list[str]]] = []  # (row, kind, id, field, texts)
    export_id = next((_loads(where, r, _text(row[3])) for r, row in enumerate(grid[1:20], 1)
                      if len(row) >= 4 and _text(row[0]) == "meta" and _text(row[2]) == "export_id"), "")
    last = len(grid)
    while last > 1 and not any(_text(v) for v in grid[last - 1]):
        last -= 1
    for r in range(1, last):
        row = [v if type(v) is str else _text(v) for v in grid[r][:5]] + [""] * (5 - len(grid[r]))
        kind, object_id, name, text, check = row
        if kind == "meta" and name == "digest":
            if row_check(export_id, kind, object_id, name, text) != check:
                raise _tampered(where, f"E{r + 1}", _t("a row does not match its check"))
            if _loads(where, r, text) != rows_digest(export_id, checks) or r != last - 1:
                raise _tampered(where, f"D{r + 1}", _t("rows were added, removed or moved"))
            break
        if row_check(export_id, kind, object_id, name, text) != check:
            raise _tampered(where, f"D{r + 1}", _t("a row does not match its check"))
        checks.append(check)
        if kind == "meta":
            meta[name] = _loads(where, r, text)
            cells[name] = f"{BASE_SHEET}!D{r + 1}"
        elif kind == CONTINUED and pending and pending[-1][2:4] == (object_id, name):
            pending[-1][4].append(text)
        elif kind in KINDS:
            pending.append((r, kind, object_id, name, [text]))
        else:
            raise _tampered(where, f"A{r + 1}", _t("unknown kind “{kind}”").format(kind=kind))
    else:
        raise _tampered(where, f"A{last + 1}", _t("its last row, the digest, is missing"))
    if meta.get("format") != BASE_FORMAT:
        raise _tampered(where, cells.get("format", "A2"), _t("not a base of this program"))
    columns = meta.get("columns") or {}
    if not isinstance(columns, dict) or not all(isinstance(v, list) for v in columns.values()):
        raise _tampered(where, cells.get("columns", "A2"), _t("its list of columns is not readable"))
    for (r, kind, object_id, name, _), value in zip(pending, _loads_all(where, pending), strict=True):
        if name == PACKED:
            if isinstance(value, list) and len(value) == len(columns.get(kind, ())):
                value = dict(zip(columns[kind], value, strict=True))
            if not isinstance(value, dict):
                raise _tampered(where, f"D{r + 1}", _t("an object's fields are not a JSON object"))
            objects.setdefault((kind, object_id), {}).update(value)
        else:
            objects.setdefault((kind, object_id), {})[name] = value
    return WorkbookBase(str(meta.get("project", "")), str(meta.get("fingerprint", "")),
                        str(meta.get("exported_at", "")), export_id, objects, meta, cells)


def _loads_all(where: Path | str, pending: list[tuple[int, str, str, str, list[str]]]) -> list[Any]:
    """Every pending row's value, decoded in one go (the rows passed their checks)."""
    texts = ["".join(item[4]) for item in pending]
    try:
        values = json.loads("[" + ",".join(texts) + "]")
        if isinstance(values, list) and len(values) == len(texts):
            return values
    except ValueError:
        pass
    return [_loads(where, item[0], text) for item, text in zip(pending, texts, strict=True)]


def _loads(where: Path | str, r: int, text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        raise _tampered(where, f"D{r + 1}", _t("a value is not JSON")) from None
