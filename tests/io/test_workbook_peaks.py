"""The peaks table of Phases & Risks names its journey so that the import finds that journey again,
even when journeys' names differ only in punctuation, symbols or outer spaces."""

from __future__ import annotations

import copy

import openpyxl
import pytest
from workbook_helpers import edit, export, sample, sheet_of

from journey_designer.domain import Journey, Peak, Project
from journey_designer.io.workbook.importing import apply, plan_import

# found by hypothesis (test_any_project_round_trips_without_changes): journey "0" with two peaks
# and another journey whose name differs from it only in punctuation
ODD_PEAK = "n\U000b96ee±7Í^\x16í\U000bba6f\t"


def _two_journeys(first: str, second: str) -> Project:
    project = sample()
    project.journeys[0].name = first
    project.journeys[0].peaks = [Peak(name=ODD_PEAK, start="03-01", days=3, factor=2.0), Peak(name="x")]
    project.journeys.append(Journey(id="j-other", name=second))
    return project


@pytest.mark.parametrize(("first", "second"), [("0", "0."), ("😀", "🎉"), ("Card", "card!"),
                                               ("Card ", "Card")])
def test_an_unedited_workbook_changes_no_peaks_when_journey_names_look_alike(tmp_path, first: str,
                                                                             second: str) -> None:
    project = _two_journeys(first, second)
    plan = plan_import(project, export(project, tmp_path))
    assert plan.ok, [str(p) for p in plan.problems]
    assert not plan.has_changes, plan.preview()


def _peak_header(sheet) -> int:  # type: ignore[no-untyped-def]
    return next(r for r in range(1, sheet.max_row + 1)
                if sheet.cell(r, 1).value == "Journey" and sheet.cell(r, 2).value == "Peak")


def test_a_peak_typed_for_the_look_alike_journey_goes_to_that_journey(tmp_path) -> None:
    project = _two_journeys("0", "0.")

    def add(book: openpyxl.Workbook) -> None:
        sheet = sheet_of(book, "Phases & Risks")
        row = _peak_header(sheet) + 1
        sheet.insert_rows(row)
        for c, value in enumerate(["0.", "Christmas", "12-20", 10, 1.5], 1):
            sheet.cell(row, c).value = value

    plan = plan_import(project, edit(export(project, tmp_path), add))
    assert plan.ok, [str(p) for p in plan.problems]
    after = apply(copy.deepcopy(project), plan)
    assert [p.name for p in after.journeys[-1].peaks] == ["Christmas"]
    assert after.journeys[0].peaks == project.journeys[0].peaks


def test_a_journey_typed_loosely_is_still_found_when_only_one_journey_fits(tmp_path) -> None:
    project = sample()
    journey = project.journeys[0]

    def add(book: openpyxl.Workbook) -> None:
        sheet = sheet_of(book, "Phases & Risks")
        row = _peak_header(sheet) + 1
        sheet.insert_rows(row)
        for c, value in enumerate([journey.name.upper() + " !", "Christmas", "12-20", 10, 1.5], 1):
            sheet.cell(row, c).value = value

    plan = plan_import(project, edit(export(project, tmp_path), add))
    assert plan.ok, [str(p) for p in plan.problems]
    after = apply(copy.deepcopy(project), plan)
    assert "Christmas" in [p.name for p in after.journeys[0].peaks]
