"""Building, editing (as a user would, with openpyxl) and reading back exported workbooks."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

from journey_designer.domain import Project
from journey_designer.io.project_file.sqlite_store import load_project
from journey_designer.io.sheet_safety.safety import find_sheet
from journey_designer.io.workbook.export import export_workbook
from journey_designer.io.workbook.layout import ACTION_COLUMNS, header_keys, normalise
from journey_designer.io.workbook.words import sheet_names

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "journey_designer" / "samples"
SAMPLE_NAMES = sorted(p.stem for p in SAMPLES.glob("*.journey"))


def sample(name: str = "credit_card_care") -> Project:
    return load_project(SAMPLES / f"{name}.journey")


def export(project: Project, folder: Path, name: str = "plan.xlsx") -> Path:
    """Export without charts (fast); the chart hook has tests of its own."""
    path = folder / name
    export_workbook(project, path, charts=None)
    return path


def edit(path: Path, change: Callable[[openpyxl.Workbook], None], out: Path | None = None) -> Path:
    """Open the workbook in openpyxl, let `change` edit it, save it (as Excel would)."""
    book = openpyxl.load_workbook(path)
    change(book)
    target = out or path
    book.save(target)
    return target


ENGLISH_HEADERS = {c.key: c.header for c in ACTION_COLUMNS}


def sheet_of(book: openpyxl.Workbook, key: str = "Action Plan") -> Worksheet:
    """The sheet `key` ('Action Plan', 'Journey Map'...), in whichever language the book has it."""
    found = find_sheet(book.sheetnames, sheet_names(key))
    if found is None:
        raise KeyError(key)
    return book[found]


def headers(sheet: Worksheet) -> dict[str, int]:
    """Header text -> column number (1-based) of the Action Plan; a column in another language
    is also found by its English header ('Owner' finds '负责人')."""
    found: dict[str, int] = {}
    keys = header_keys()
    for cell in sheet[1]:
        if cell.value:
            found[cell.value] = cell.column
            key = keys.get(normalise(cell.value))
            if key:
                found.setdefault(ENGLISH_HEADERS[key], cell.column)
    return found


def row_of(sheet: Worksheet, action_id: str) -> int:
    for row in sheet.iter_rows(min_row=2, max_col=headers(sheet)["ID"]):
        for cell in row:
            if cell.value == action_id:
                return cell.row
    raise KeyError(action_id)


def set_cell(sheet: Worksheet, action_id: str, header: str, value: object) -> str:
    """Set one cell of an action's row; returns its reference ('P12')."""
    cell = sheet.cell(row=row_of(sheet, action_id), column=headers(sheet)[header])
    cell.value = value
    return cell.coordinate


def sheet_xml(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".xml")}


HOSTILE_TEXTS = ['=HYPERLINK("http://evil.example","click")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
                 "=1+1", "\tleading tab", "_x0041_ stays literal", "bell\x07 and\r return"]


def hostile_project():
    project = sample()
    tp = project.journeys[0].touchpoints[0]
    tp.pain_points = HOSTILE_TEXTS[:3]
    tp.name = HOSTILE_TEXTS[4]
    project.journeys[0].opportunities = [HOSTILE_TEXTS[3]]
    action = project.actions[0]
    action.name, action.owner, action.message, action.kpi = HOSTILE_TEXTS[3], HOSTILE_TEXTS[2], \
        HOSTILE_TEXTS[1], HOSTILE_TEXTS[5]
    project.actions[1].message = HOSTILE_TEXTS[6] + " " + HOSTILE_TEXTS[7]
    project.tiers[0].name = "=Gold"
    project.risks[0].mitigation = HOSTILE_TEXTS[0]
    return project
