"""A value the workbook reader cannot handle is refused with a message, not a crash."""

from __future__ import annotations

import openpyxl
import pytest

from journey_designer.io.project_file.samples import sample_paths
from journey_designer.io.project_file.sqlite_store import load_project
from journey_designer.io.workbook.export import export_workbook
from journey_designer.io.workbook.importing import WorkbookError, plan_import


def test_a_date_cell_far_outside_the_calendar(tmp_path) -> None:
    project = load_project(sample_paths()["credit_card_care"])
    path = tmp_path / "plan.xlsx"
    export_workbook(project, path, charts=None)
    book = openpyxl.load_workbook(path)
    sheet = book["Action Plan"]
    date_cell = next(c for c in sheet[2] if c.is_date)
    date_cell.value = -1e15  # python-calamine panics (a Rust panic) turning this into a date
    book.save(path)
    with pytest.raises(WorkbookError) as info:
        plan_import(project, path)
    assert "holds a cell the reader cannot handle" in str(info.value)
    assert project == load_project(sample_paths()["credit_card_care"])
