"""Import an edited execution-plan workbook: preview every change, then apply it to a copy.

    from journey_designer.io.excel_import import apply, plan_import
    plan = plan_import(project, "plan-edited.xlsx")   # raises WorkbookError for a bad file
    print("\\n".join(plan.preview()))                # every change: action, field, old → new
    if plan.ok:
        project = apply(project, plan, accept_deletions=False)

Reads the Action Plan (columns found by their headers, in any order; extra columns are
ignored with a note) and the Journey Map's touchpoint rows. Sheets, headers and labels
are found in English or Chinese whatever the project's locale, and problems name a sheet
as the file names it. A row without an ID is a new
action; an action whose ID is no longer in the sheet is a deletion, applied only when
accepted. Every unreadable cell is a problem naming sheet, cell and reason; with any
problem `apply` refuses. Files are checked before they are parsed (excel_safety). No Qt.
"""

from __future__ import annotations

from pathlib import Path

from journey_designer import messages
from journey_designer.domain import Project
from journey_designer.io.excel_import_map import read_journey_map
from journey_designer.io.excel_import_rows import RowReader
from journey_designer.io.excel_labels import ProjectLabels
from journey_designer.io.excel_layout import ACTION_COLUMNS, ACTION_PLAN, JOURNEY_MAP, header_keys, normalise
from journey_designer.io.excel_plan import (
    AddedAction,
    CellProblem,
    FieldChange,
    ImportPlan,
    ImportRefused,
    apply,
)
from journey_designer.io.excel_read import parse_text, read_grid
from journey_designer.io.excel_safety import WorkbookError, inspect_workbook
from journey_designer.io.excel_words import HEADERS as LOCAL_HEADERS
from journey_designer.io.excel_words import Words, sheet_names, workbook_words
from journey_designer.io.excel_xml import column_letter

__all__ = ["AddedAction", "CellProblem", "FieldChange", "ImportPlan", "ImportRefused", "WorkbookError",
           "apply", "plan_import"]

HEADER_SEARCH_ROWS = 20
MAX_PROBLEMS = 500
HEADERS = {c.key: c.header for c in ACTION_COLUMNS}


def _t(text: str) -> str:
    return messages.translate("Workbook", text)


def plan_import(project: Project, path: str | Path) -> ImportPlan:
    """What the workbook at `path` would change in `project` (which is not touched).

    Raises WorkbookError when the file is not a readable workbook of this program (not a
    zip, encrypted, a bomb, missing the Action Plan...); invalid cells are `plan.problems`.
    """
    path = Path(path)
    package = inspect_workbook(path, required=(sheet_names(ACTION_PLAN),),
                               optional=(sheet_names(JOURNEY_MAP),))
    sheet = package.found[ACTION_PLAN]
    grid = read_grid(package, sheet)
    plan = ImportPlan(path)
    for key in (ACTION_PLAN, JOURNEY_MAP):
        both = [name for name in sheet_names(key) if name in package.sheets]
        if len(both) > 1:
            plan.notes.append(_t("the workbook has sheets “{first}” and “{second}”: only “{read}” is read")
                              .format(first=both[0], second=both[1], read=package.found[key]))
    labels = ProjectLabels(project)
    header_row, columns = _find_header(path, sheet, grid, plan)
    reader = RowReader(labels, columns, package.date1904, sheet)
    _read_rows(project, grid, header_row, reader, plan)
    plan.problems += reader.problems
    plan.notes += reader.notes
    map_sheet = package.name(JOURNEY_MAP)
    if map_sheet is not None:
        changes, problems, notes = read_journey_map(labels, read_grid(package, map_sheet), map_sheet)
        plan.changes += changes
        plan.problems += problems
        plan.notes += notes
    if len(plan.problems) > MAX_PROBLEMS:
        plan.notes.append(_t("{count} more problems are not listed").format(
            count=f"{len(plan.problems) - MAX_PROBLEMS:,}"))
        del plan.problems[MAX_PROBLEMS:]
    return plan


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


def _read_rows(project: Project, grid: list[list], header_row: int, reader: RowReader,
               plan: ImportPlan) -> None:
    actions = {a.id: a for a in project.actions}
    seen: dict[str, int] = {}
    read = [c for k, c in reader.columns.items() if k != "trigger"]
    for r in range(header_row + 1, len(grid)):
        row = grid[r]
        if not any(row[c] != "" and row[c] is not None for c in read):
            continue
        action_id = parse_text(row[reader.columns["id"]]) if reader.columns["id"] < len(row) else ""
        if not action_id:
            added = reader.new_action(r, row)
            if added is not None:
                plan.added.append(added)
            continue
        if action_id in seen:
            reader.problems.append(CellProblem(reader.sheet, reader.cell(r, "id"), _t(
                "ID “{id}” appears twice (rows {first} and {second}): clear the ID of the copy to add it as "
                "a new action").format(id=action_id, first=seen[action_id] + 1, second=r + 1)))
            continue
        seen[action_id] = r
        if action_id not in actions:
            reader.problems.append(CellProblem(reader.sheet, reader.cell(r, "id"), _t(
                "unknown action ID “{id}”: no such action in this project — clear the ID to add the row as "
                "a new action").format(id=action_id)))
            continue
        plan.changes += reader.changes(r, row, actions[action_id])
    plan.deleted = [a for a in project.actions if a.id not in seen]
