"""Cell values that once ended in exit 3 or a silently emptied field (issue 12): a date
serial beyond the calendar (both epochs), numbers beyond what a field can hold, formulas
without a saved value and error values. Each is a problem naming the sheet and the cell."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from workbook_helpers import edit, export, headers, row_of, sample, sheet_of

from journey_designer.cli import main
from journey_designer.io.project_file.sqlite_store import save_project
from journey_designer.io.workbook.importing import plan_import


@pytest.fixture
def setup(tmp_path: Path):  # type: ignore[no-untyped-def]
    project = sample()
    action = next(a for a in project.actions if a.start and a.sla_minutes is not None and a.cost is not None)
    return project, action, export(project, tmp_path)


def _problem_at(plan, cell: str) -> str:  # type: ignore[no-untyped-def]
    found = [p for p in plan.problems if p.cell == cell]
    assert found, (cell, [str(p) for p in plan.problems], plan.preview()[:5])
    assert found[0].sheet == "Action Plan"
    return found[0].reason


def _put(path: Path, action_id: str, header: str, value: object, data_type: str | None = None,
         number_format: str | None = None, epoch1904: bool = False) -> str:
    """Write `value` into one cell of the action's row (as a user's tool would); returns the cell."""
    where: list[str] = []

    def change(book: openpyxl.Workbook) -> None:
        if epoch1904:
            book.epoch = CALENDAR_MAC_1904
        sheet = sheet_of(book)
        cell = sheet.cell(row=row_of(sheet, action_id), column=headers(sheet)[header])
        cell.value = value
        if data_type:
            cell.data_type = data_type
        if number_format:
            cell.number_format = number_format
        where.append(cell.coordinate)
    edit(path, change)
    return where[0]


@pytest.mark.parametrize("serial", [2_958_466, 1e7, 1e20, 1e308])
@pytest.mark.parametrize("epoch1904", [False, True], ids=["1900", "1904"])
def test_a_date_serial_beyond_the_calendar_is_a_cell_problem(setup, serial, epoch1904) -> None:
    project, action, path = setup
    cell = _put(path, action.id, "Start", serial, number_format="yyyy-mm-dd", epoch1904=epoch1904)
    assert "not a date" in _problem_at(plan_import(project, path), cell)


def test_the_last_day_of_the_1904_calendar_is_a_cell_problem(setup) -> None:
    """2,958,465 is 9999-12-31 in the 1900 system but beyond the calendar in the 1904 one."""
    project, action, path = setup
    cell = _put(path, action.id, "End", 2_958_465, number_format="yyyy-mm-dd", epoch1904=True)
    assert "not a date" in _problem_at(plan_import(project, path), cell)


@pytest.mark.parametrize(("header", "value", "says"), [
    ("SLA (minutes)", 1e20, "minutes"), ("SLA (minutes)", 2**63, "minutes"), ("Cost", 1e308, "amount"),
    ("Cost", 1e16, "amount"), ("Trigger days", 1e20, "days"), ("Trigger value", 1e300, "number")])
def test_numbers_beyond_what_a_field_holds_are_cell_problems(setup, tmp_path, header, value, says) -> None:
    project, action, path = setup
    cell = _put(path, action.id, header, value)
    assert says in _problem_at(plan_import(project, path), cell)
    journey = tmp_path / "plan.journey"
    save_project(project, journey)
    assert main(["import", str(journey), "--xlsx", str(path)]) == 2


@pytest.mark.parametrize("error", ["#DIV/0!", "#N/A", "#VALUE!", "#REF!"])
def test_an_error_value_is_a_cell_problem_not_an_empty_field(setup, error) -> None:
    project, action, path = setup
    cell = _put(path, action.id, "SLA (minutes)", error, data_type="e")
    reason = _problem_at(plan_import(project, path), cell)
    assert error in reason


def test_a_formula_without_a_saved_value_is_a_cell_problem(setup) -> None:
    """openpyxl (and scripts) write formulas without computing them: calamine reads ''."""
    project, action, path = setup
    cell = _put(path, action.id, "Owner", "=1/0")
    reason = _problem_at(plan_import(project, path), cell)
    assert "formula" in reason and "=1/0" in reason


def test_a_formula_with_a_saved_value_is_read(setup) -> None:
    project, action, path = setup
    sheet = sheet_of(openpyxl.load_workbook(path))
    at = sheet.cell(row=row_of(sheet, action.id), column=headers(sheet)["SLA (minutes)"])
    xml_cell = f'<c r="{at.coordinate}"><f>30+15</f><v>45</v></c>'
    import re
    import zipfile
    with zipfile.ZipFile(path) as archive:
        parts = {i.filename: archive.read(i.filename) for i in archive.infolist()}
    name = next(n for n in parts if n.startswith("xl/worksheets/") and b">ID<" in parts[n][:20000])
    pattern = rf'<c r="{at.coordinate}"[^>]*?(/>|>.*?</c>)'.encode()
    parts[name] = re.sub(pattern, xml_cell.encode(), parts[name], count=1)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for n, data in parts.items():
            archive.writestr(n, data)
    plan = plan_import(project, path)
    assert not plan.problems and [(c.field, c.new) for c in plan.changes] == [("sla_minutes", 45)]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_an_error_computed_by_libreoffice_is_a_cell_problem(setup, tmp_path) -> None:
    """LibreOffice saves =1/0 with its error value: the import names the cell."""
    project, action, path = setup
    cell = _put(path, action.id, "SLA (minutes)", "=1/0")
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
    try:
        out = tmp_path / "calc"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--calc",
                        "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(path)],
                       capture_output=True, timeout=180, check=False,
                       env={**os.environ, "HOME": str(profile)})
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    saved = out / path.name
    assert saved.exists()
    reason = _problem_at(plan_import(project, saved), cell)
    assert "#DIV/0!" in reason
