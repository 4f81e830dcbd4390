"""Import an edited execution-plan workbook: preview every change, then apply it to a copy.

    from journey_designer.io.workbook.importing import apply, plan_import
    plan = plan_import(project, "plan-edited.xlsx")   # raises WorkbookError for a bad file
    print("\\n".join(plan.preview()))                # every change: action, field, old → new
    if plan.ok:
        project = apply(project, plan, accept_deletions=False)

Reads the Action Plan (columns found by their headers, in any order; extra columns are
ignored with a note) and the Journey Map's touchpoint rows. Sheets, headers and labels
are found in English or Chinese whatever the project's locale, and problems name a sheet
as the file names it; the other sheets come back through base.SHEET_READERS.

Three-way (base): the cells are compared with the project *as exported* (its base,
merge.reference_project), so only what the teammate changed is listed, then with the
project now: a field both changed, differently, is a conflict (`plan.conflicts`, decided by
`plan.resolve`). Without a base the comparison is two-way, with a warning. A row without
an ID is a new action (its id follows from the export and the row's content); an action
of the base whose row is gone is a deletion, applied only when accepted. Every unreadable
cell is a problem naming sheet, cell and reason; with any problem `apply` refuses. Files
are checked before they are parsed (safety). No Qt.
"""

from __future__ import annotations

import dataclasses
import gc
from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import Any

from journey_designer import messages
from journey_designer.domain import Project
from journey_designer.io.sheet_safety.safety import WorkbookError, inspect_workbook
from journey_designer.io.workbook.base import (
    BASE_SHEET,
    SHEET_READERS,
    BaseError,
    ReadContext,
)
from journey_designer.io.workbook.base_read import WorkbookBase, read_base
from journey_designer.io.workbook.labels import ProjectLabels
from journey_designer.io.workbook.layout import (
    ACTION_COLUMNS,
    ACTION_PLAN,
    JOURNEY_MAP,
    header_keys,
    normalise,
)
from journey_designer.io.workbook.merge import merge_into_plan, merge_values, new_action_id, reference_project
from journey_designer.io.workbook.plan import (
    AddedAction,
    CellProblem,
    FieldChange,
    FieldConflict,
    ImportConflicts,
    ImportPlan,
    ImportRefused,
    apply,
    clone,
)
from journey_designer.io.workbook.read_cells import parse_text, read_grid
from journey_designer.io.workbook.read_map import read_journey_map
from journey_designer.io.workbook.read_rows import RowReader
from journey_designer.io.workbook.words import HEADERS as LOCAL_HEADERS
from journey_designer.io.workbook.words import Words, sheet_names, workbook_words
from journey_designer.io.workbook.xml_rows import column_letter

__all__ = ["AddedAction", "BaseError", "CellProblem", "FieldChange", "FieldConflict", "ImportConflicts",
           "ImportPlan", "ImportRefused", "WorkbookError", "apply", "plan_import"]

HEADER_SEARCH_ROWS = 20
MAX_PROBLEMS = 500
HEADERS = {c.key: c.header for c in ACTION_COLUMNS}
# modules that register readers of the other sheets in base.SHEET_READERS
READER_MODULES = ("journey_designer.io.workbook.read_lists",)


def _t(text: str) -> str:
    return messages.translate("Workbook", text)


def plan_import(project: Project, path: str | Path) -> ImportPlan:
    """What the workbook at `path` would change in `project` (which is not touched).

    With a base (every export since format 2 has one) the comparison is three-way: only
    what the teammate changed since the export is listed, and a field the project changed
    too, differently, is a conflict. Raises WorkbookError when the file is not a readable
    workbook of this program (not a zip, encrypted, a bomb, missing the Action Plan...), and
    BaseError (a WorkbookError) for a tampered base or another project's workbook; invalid
    cells are `plan.problems`.
    """
    collecting = gc.isenabled()
    gc.disable()  # a big plan builds millions of objects and no cycles: no collection passes over them
    try:
        return _plan_import(project, Path(path))
    finally:
        if collecting:
            gc.enable()


def _plan_import(project: Project, path: Path) -> ImportPlan:
    package = inspect_workbook(path, required=(sheet_names(ACTION_PLAN),),
                               optional=(sheet_names(JOURNEY_MAP), BASE_SHEET))
    base = read_base(package)
    plan = ImportPlan(path, three_way=base is not None)
    if base is None:
        plan.notes.append(_t("the workbook does not record what was exported (an earlier version, or rebuilt "
                             "by hand): it is compared with the project as it is now, so newer edits made in "
                             "the project since the export may be reverted"))
    else:
        reason = base.belongs_to(project)
        if reason:
            raise BaseError(path, reason)
    sheet = package.found[ACTION_PLAN]
    grid = read_grid(package, sheet)
    for key in (ACTION_PLAN, JOURNEY_MAP):
        both = [name for name in sheet_names(key) if name in package.sheets]
        if len(both) > 1:
            plan.notes.append(_t("the workbook has sheets “{first}” and “{second}”: only “{read}” is read")
                              .format(first=both[0], second=both[1], read=package.found[key]))
    reference = reference_project(project, base)
    labels = ProjectLabels(reference)
    now_labels = _lazy(lambda: ProjectLabels(project) if reference is not project else labels)
    names: list[FieldChange] = []  # new names given in this workbook (known to every sheet)
    for reader_name in READER_MODULES:
        import_module(reader_name)
    for read in SHEET_READERS.values():
        values = read(ReadContext(package, project, labels, base))
        merge_values(plan, values, base, project)
        names += [FieldChange(k[0], k[1], "", k[2], None, v, "") for k, v in values.values.items()
                  if k[0] in ("tier", "channel") and k[2] == "name"]
    found: list[FieldChange] = []  # what the workbook changed since the export
    map_sheet = package.name(JOURNEY_MAP)
    if map_sheet is not None:
        changes, problems, notes = read_journey_map(labels, read_grid(package, map_sheet), map_sheet)
        found += changes
        plan.problems += problems
        plan.notes += notes
    header_row, columns = _find_header(path, sheet, grid, plan)
    reader = RowReader(labels, columns, package.date1904, sheet)
    reader.renamed = _renamed(reference, names + [c for c in found if c.kind == "touchpoint"])
    seed = base.export_id if base is not None else project.name
    _read_rows(project, reference, base, grid, header_row, reader, plan, found, seed)
    plan.problems += reader.problems
    plan.notes += reader.notes
    merge_into_plan(plan, found, project, now_labels)
    if len(plan.problems) > MAX_PROBLEMS:
        plan.notes.append(_t("{count} more problems are not listed").format(
            count=f"{len(plan.problems) - MAX_PROBLEMS:,}"))
        del plan.problems[MAX_PROBLEMS:]
    return plan


def _lazy(make: Callable[[], ProjectLabels]) -> Callable[[], ProjectLabels]:
    made: list[ProjectLabels] = []

    def get() -> ProjectLabels:
        if not made:
            made.append(make())
        return made[0]

    return get


def _renamed(reference: Project, changes: list[FieldChange]) -> ProjectLabels | None:
    """Labels knowing the names this workbook gives touchpoints, tiers and channels (None: none)."""

    def index(project: Project) -> dict[tuple[str, str], Any]:
        objects: dict[tuple[str, str], Any] = {("tier", t.id): t for t in project.tiers}
        objects |= {("channel", c.id): c for c in project.channels}
        return objects | {("touchpoint", tp.id): tp for j in project.journeys for tp in j.touchpoints}

    before = index(reference)
    renames = [c for c in changes if c.field == "name" and isinstance(c.new, str) and c.new
               and (c.kind, c.object_id) in before and before[(c.kind, c.object_id)].name != c.new]
    if not renames:
        return None
    copy = dataclasses.replace(reference, tiers=clone(reference.tiers), channels=clone(reference.channels),
                               journeys=clone(reference.journeys), actions=[])
    objects = index(copy)
    for change in renames:
        target = objects.get((change.kind, change.object_id))
        if target is not None:
            target.name = change.new
    return ProjectLabels(copy)


def _find_header(path: Path, sheet: str, grid: list[list], plan: ImportPlan) -> tuple[int, dict[str, int]]:
    """The header row (the first with an ID column and two more known headers) and its columns."""
    keys = header_keys()
    for r, row in enumerate(grid[:HEADER_SEARCH_ROWS]):
        found = [(c, keys.get(normalise(v))) for c, v in enumerate(row) if isinstance(v, str) and v.strip()]
        known = [k for _, k in found if k]
        if "id" in known and len(set(known)) >= 3:
            return r, _columns(sheet, r, row, found, plan)
    raise WorkbookError(path, _t("the sheet “{sheet}” has no header row with an “ID” column (looked in the "
                                 "first {rows} rows): import a workbook exported by Journey Designer")
                        .format(sheet=sheet, rows=HEADER_SEARCH_ROWS))


def _columns(sheet: str, r: int, row: list, found: list[tuple[int, str | None]],
             plan: ImportPlan) -> dict[str, int]:
    columns: dict[str, int] = {}
    for c, key in found:
        cell = f"{column_letter(c + 1)}{r + 1}"
        if key is None:
            plan.notes.append(_t("{cell}: column “{header}” is not part of the action plan: ignored").format(
                cell=f"{sheet}!{cell}", header=row[c]))
        elif key in columns:
            reason = _t("column “{header}” appears twice (also in column {column})").format(
                header=row[c], column=column_letter(columns[key] + 1))
            plan.problems.append(CellProblem(sheet, cell, reason))
        else:
            columns[key] = c
    words = _header_language(row)
    for key, header in HEADERS.items():
        if key not in columns:
            plan.notes.append(_t("{sheet}: no “{header}” column — that field is left as it is").format(
                sheet=sheet, header=words.header(key, header)))
    return columns


def _header_language(row: list) -> Words:
    """The language of a header row (to name a missing column as the sheet would)."""
    texts = {normalise(v) for v in row if isinstance(v, str)}
    for locale, headers in LOCAL_HEADERS.items():
        if texts & {normalise(h) for h in headers.values()}:
            return workbook_words(locale)
    return workbook_words("en")


def _read_rows(project: Project, reference: Project, base: WorkbookBase | None, grid: list[list],
               header_row: int, reader: RowReader, plan: ImportPlan, found: list[FieldChange],
               seed: str) -> None:
    actions = {a.id: a for a in reference.actions}
    exported = base.objects("action") if base is not None else None
    current = {a.id for a in project.actions}
    seen: dict[str, int] = {}
    added: dict[tuple, int] = {}
    read = [c for k, c in reader.columns.items() if k != "trigger"]
    for r in range(header_row + 1, len(grid)):
        row = grid[r]
        if not any(row[c] != "" and row[c] is not None for c in read):
            continue
        action_id = parse_text(row[reader.columns["id"]]) if reader.columns["id"] < len(row) else ""
        if not action_id:
            _new_row(reader, r, row, read, added, seed, current, plan)
            continue
        if action_id in seen:
            reader.problems.append(CellProblem(reader.sheet, reader.cell(r, "id"), _t(
                "ID “{id}” appears twice (rows {first} and {second}): clear the ID of the copy to add it as "
                "a new action").format(id=action_id, first=seen[action_id] + 1, second=r + 1)))
            continue
        seen[action_id] = r
        if action_id not in actions:
            if exported is not None and action_id in exported:
                plan.notes.append(_t("{cell}: action “{id}” was deleted in the project since the export: its "
                                     "row is not read").format(cell=f"{reader.sheet}!{reader.cell(r, 'id')}",
                                                               id=action_id))
                continue
            reader.problems.append(CellProblem(reader.sheet, reader.cell(r, "id"), _t(
                "unknown action ID “{id}”: no such action in this project — clear the ID to add the row as "
                "a new action").format(id=action_id)))
            continue
        found += reader.changes(r, row, actions[action_id])
    plan.deleted = [a for a in project.actions if a.id not in seen and (exported is None or a.id in exported)]


def _new_row(reader: RowReader, r: int, row: list, read: list[int], added: dict[tuple, int], seed: str,
             current: set[str], plan: ImportPlan) -> None:
    """A row without an ID: a new action whose id follows from the export and the row's content,
    so that importing the same workbook again recognises it."""
    content = tuple(row[c] if c < len(row) else None for c in sorted(read))
    added[content] = occurrence = added.get(content, 0) + 1
    action_id = new_action_id(seed, content, occurrence)
    if action_id in current:
        plan.notes.append(_t("{cell}: this new row was added by an earlier import of this workbook (as "
                             "{id}): not added again").format(cell=f"{reader.sheet}!A{r + 1}", id=action_id))
        return
    new = reader.new_action(r, row, action_id)
    if new is not None:
        plan.added.append(new)
