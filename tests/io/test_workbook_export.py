"""The exported workbook: sheets, the editable Action Plan, print setup, safety, charts, progress."""

from __future__ import annotations

import re
import zipfile
from datetime import date

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from strategies import projects
from workbook_helpers import HOSTILE_TEXTS, edit, export, hostile_project, sample, sheet_xml

from journey_designer.domain import CareAction, ProjectFileError
from journey_designer.io.sheet_safety.safety import inspect_workbook
from journey_designer.io.workbook.base import BASE_SHEET
from journey_designer.io.workbook.charts import ChartImage, Charts
from journey_designer.io.workbook.export import Cancelled, export_workbook
from journey_designer.io.workbook.importing import plan_import
from journey_designer.io.workbook.layout import ACTION_COLUMNS, SHEETS
from journey_designer.io.workbook.read_cells import read_grid


def test_sheets_in_design_order_with_a_hidden_lists_sheet_and_the_hidden_base(tmp_path) -> None:
    book = openpyxl.load_workbook(export(sample(), tmp_path))
    assert book.sheetnames == [*SHEETS, BASE_SHEET]
    assert [book[s].sheet_state for s in book.sheetnames] == ["visible"] * 9 + ["hidden"] * 2
    assert {"ActionPlan", "CareMatrix", "JourneyMap", "Gaps", "Channels", "Timeline",
            "ListTiers"} <= set(book.defined_names)


def test_the_action_plan_is_an_editable_table(tmp_path) -> None:
    project = sample()
    path = export(project, tmp_path)
    sheet = openpyxl.load_workbook(path)["Action Plan"]
    assert [c.value for c in sheet[1]] == [c.header for c in ACTION_COLUMNS]
    assert sheet.freeze_panes == "C2"
    assert sheet.auto_filter.ref == f"A1:X{len(project.actions) + 1}"
    lists = {str(dv.sqref)[0]: dv.formula1 for dv in sheet.data_validations.dataValidation}
    assert lists == {"F": "'Lists'!$A$2:$A$4", "G": "'Lists'!$B$2:$B$9", "I": "'Lists'!$C$2:$C$4",
                     "P": "'Lists'!$D$2:$D$4", "R": "'Lists'!$E$2:$E$5", "E": "'Lists'!$F$2:$F$42",
                     "X": '"at least,at most"'}
    grid = read_grid(inspect_workbook(path, ("Action Plan",)), "Action Plan")
    first = dict(zip([c.key for c in ACTION_COLUMNS], grid[1], strict=True))
    assert first["id"] == project.actions[0].id
    assert first["start"] == date(2026, 3, 2)  # a real date, not text
    sla = next(r for r in grid[1:] if r[12] != "")
    assert isinstance(sla[12], float)  # a number, not text


def test_every_sheet_prints_landscape_fitted_to_width(tmp_path) -> None:
    book = openpyxl.load_workbook(export(sample(), tmp_path))
    split = ("Action Plan", "Journey Map", "Timeline")  # over pages at a readable scale (test_workbook_print)
    for sheet in book.worksheets:
        assert sheet.page_setup.orientation == "landscape", sheet.title
        if sheet.title in split:
            assert not sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
            assert int(sheet.page_setup.scale) >= 75 and sheet.col_breaks.brk, sheet.title
        else:
            assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
            assert sheet.page_setup.fitToHeight == 0, sheet.title
    assert book["Action Plan"].print_title_rows == "$1:$1"
    assert book["Action Plan"].print_title_cols == "$A:$B"
    assert book["Care Matrix"].print_title_rows == "$3:$3"
    assert book["Journey Map"].print_title_cols == "$A:$A"


def test_typed_text_never_becomes_a_formula_and_nothing_can_run(tmp_path) -> None:
    path = export(hostile_project(), tmp_path)
    parts = sheet_xml(path)
    for name, xml in parts.items():
        assert not re.search(r"<(\w+:)?f[ >]", xml), name
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
    active = re.compile(r"vba|externalLink|activeX|oleObject|connections|embeddings")
    assert not [n for n in names if active.search(n)]
    assert "macroEnabled" not in parts["[Content_Types].xml"]
    book = openpyxl.load_workbook(path)
    texts = [c for s in book.worksheets for row in s.iter_rows() for c in row
             if isinstance(c.value, str) and c.value[:1] in "=+-@\t"]
    assert len(texts) >= 10
    assert all(c.data_type == "s" and c.quotePrefix for c in texts)
    grid = read_grid(inspect_workbook(path, ("Action Plan",)), "Action Plan")
    assert grid[1][1] == HOSTILE_TEXTS[3] and grid[1][16] == HOSTILE_TEXTS[1]
    assert grid[2][16] == HOSTILE_TEXTS[6] + " " + HOSTILE_TEXTS[7]


def test_hostile_text_survives_a_save_in_openpyxl_unchanged(tmp_path) -> None:
    project = hostile_project()
    saved = edit(export(project, tmp_path), lambda book: None, tmp_path / "resaved.xlsx")
    plan = plan_import(project, saved)
    assert plan.ok and not plan.has_changes, plan.preview()


def test_chart_pictures_go_on_the_overview(tmp_path) -> None:
    png = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15"
           b"\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")

    def charts(project, analysis) -> Charts:
        return Charts([ChartImage("Emotion curve: test", png)], ["one chart left out"])

    report = export_workbook(sample(), tmp_path / "plan.xlsx", charts=charts)
    assert "one chart left out" in report.notes
    with zipfile.ZipFile(report.path) as archive:
        assert [n for n in archive.namelist() if n.startswith("xl/media/")] == ["xl/media/image1.png"]
        assert "xl/drawings/drawing1.xml" in archive.namelist()


def test_the_default_charts_are_the_emotion_curve_and_the_heat_map(tmp_path) -> None:
    """Two pictures per journey (up to three), the plan's fatigue chart and, when a channel is
    staffed, its staffing chart."""
    pytest.importorskip("matplotlib")
    project = sample("saas_onboarding_renewal")
    report = export_workbook(project, tmp_path / "plan.xlsx")
    with zipfile.ZipFile(report.path) as archive:
        media = [n for n in archive.namelist() if n.startswith("xl/media/")]
    staffed = any(c.kind == "human" and c.agents and c.hours_per_day and c.handling_minutes
                  for c in project.channels)
    assert len(media) == 2 * len(project.journeys[:3]) + 1 + staffed


def test_progress_counts_up_to_the_total_and_can_stop(tmp_path) -> None:
    calls: list[tuple[int, int | None]] = []
    export_workbook(sample(), tmp_path / "plan.xlsx", charts=None,
                    progress=lambda done, total: calls.append((done, total)) is None)
    assert calls == sorted(calls) and calls[-1][0] == calls[-1][1]
    target = tmp_path / "kept.xlsx"
    target.write_bytes(b"the old file")
    with pytest.raises(Cancelled):
        export_workbook(sample(), target, charts=None, progress=lambda done, total: False)
    assert target.read_bytes() == b"the old file"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_folder_that_does_not_exist_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(ProjectFileError, match="could not be written"):
        export_workbook(sample(), tmp_path / "nowhere" / "plan.xlsx", charts=None)


def test_chinese_text_is_written_and_read_back(tmp_path) -> None:
    project = sample("ecommerce_aftersales_zh")
    path = export(project, tmp_path)
    grid = read_grid(inspect_workbook(path, ("行动计划",)), "行动计划")  # the project's language
    assert grid[1][1] == project.actions[0].name and "尺码" in grid[1][1]
    assert grid[1][5] == "金卡会员、银卡会员、铜卡会员（含新客）"


def test_many_actions_are_grouped_on_the_timeline(tmp_path) -> None:
    project = sample()
    template = project.actions[0]
    project.actions += [CareAction(id=f"act-many-{i}", touchpoint=template.touchpoint, tiers=["tier-gold"],
                                   channel="ch-sms", name=f"Reminder {i}", owner=f"Team {i % 3}",
                                   start="2026-01-05", end="2026-02-01") for i in range(2_100)]
    report = export_workbook(project, tmp_path / "plan.xlsx", charts=None)
    assert any(note.startswith("Timeline:") and "one per owner" in note for note in report.notes)
    assert plan_import(project, report.path).has_changes is False


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(project=projects())
def test_merged_cells_never_overlap_and_are_never_single(tmp_path_factory, project) -> None:
    """Excel 'repairs' (and strips) a workbook whose merges overlap or cover one cell."""
    book = openpyxl.load_workbook(export(project, tmp_path_factory.mktemp("merges")))
    for sheet in book.worksheets:
        seen: set[tuple[int, int]] = set()
        for merged in sheet.merged_cells.ranges:
            cells = {(r, c) for r in range(merged.min_row, merged.max_row + 1)
                     for c in range(merged.min_col, merged.max_col + 1)}
            assert len(cells) > 1, (sheet.title, str(merged))
            assert not cells & seen, (sheet.title, str(merged))
            seen |= cells
