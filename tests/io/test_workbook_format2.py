"""Format 2 in the workbook: a channel's context group and staffing (hours, handling minutes,
agents, service level), the project's monthly budget and the fatigue and silence settings are
editable cells the import reads back (three-way: exactly the teammate's edit is applied); the
required agents (Erlang C) and the budget use are computed cells from the analysis."""

from __future__ import annotations

import copy
from collections.abc import Callable

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet
from workbook_helpers import SAMPLE_NAMES, edit, export, sample, sheet_of

from journey_designer.analysis import analyze
from journey_designer.domain import Project
from journey_designer.io.project_file.json_io import project_to_dict
from journey_designer.io.workbook.importing import apply, plan_import


def _col(sheet: Worksheet, header: str, header_row: int = 1) -> int:
    return next(c.column for c in sheet[header_row] if c.value == header)


def _channel(book: openpyxl.Workbook, channel_id: str, header: str) -> openpyxl.cell.Cell:
    sheet = sheet_of(book, "Channels")
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == channel_id)
    return sheet.cell(row, _col(sheet, header))


def _setting(book: openpyxl.Workbook, label: str) -> openpyxl.cell.Cell:
    """The value cell (column B) of a line of the Overview's settings block."""
    sheet = sheet_of(book, "Overview")
    row = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value == label)
    return sheet.cell(row, 2)


def _imported(project: Project, tmp_path, change: Callable[[openpyxl.Workbook], None]) -> Project:
    plan = plan_import(project, edit(export(project, tmp_path), change))
    assert plan.ok and not plan.conflicts, plan.preview()
    return apply(project, plan)


def _channel_at(project: Project, channel_id: str) -> int:
    return next(i for i, c in enumerate(project.channels) if c.id == channel_id)


def _expect(project: Project, change: Callable[[dict], None]) -> dict:
    expected = copy.deepcopy(project_to_dict(project))
    change(expected)
    return expected


# ---------------------------------------------------------------- each new field comes back

PHONE = "ch-phone"
CHANNEL_EDITS = {
    "context group": ("Context group", "Phone CRM", "context_group", "Phone CRM"),
    "hours per day": ("Hours per day", 10, "hours_per_day", 10),
    "handling minutes": ("Handling minutes", 4.5, "handling_minutes", 4.5),
    "agents": ("Agents on duty", 11, "agents", 11),
    "service level share": ("Service level", "90%", "service_level", {"share": 0.9, "within_seconds": 20}),
    "service level seconds": ("Answered within (seconds)", 30, "service_level",
                              {"share": 0.8, "within_seconds": 30}),
}


@pytest.mark.parametrize("what", list(CHANNEL_EDITS))
def test_a_channel_staffing_edit_comes_back_alone(tmp_path, what: str) -> None:
    project = sample()
    header, typed, name, value = CHANNEL_EDITS[what]
    after = _imported(project, tmp_path, lambda b: setattr(_channel(b, PHONE, header), "value", typed))
    i = _channel_at(project, PHONE)
    assert project_to_dict(after) == _expect(project, lambda d: d["channels"][i].__setitem__(name, value))


def test_a_service_level_typed_for_an_unstaffed_channel_gets_the_default_other_half(tmp_path) -> None:
    project = sample()
    after = _imported(project, tmp_path, lambda b: setattr(_channel(b, "ch-branch", "Service level"),
                                                           "value", 0.7))
    branch = after.channel_by_id()["ch-branch"]
    assert branch.service_level is not None and branch.service_level.share == 0.7
    assert branch.service_level.within_seconds == 20


def test_clearing_the_agents_clears_them(tmp_path) -> None:
    project = sample()
    after = _imported(project, tmp_path,
                      lambda b: setattr(_channel(b, PHONE, "Agents on duty"), "value", None))
    assert after.channel_by_id()[PHONE].agents is None


def test_the_monthly_budget_and_the_settings_come_back(tmp_path) -> None:
    project = sample()

    def change(book: openpyxl.Workbook) -> None:
        _setting(book, "Monthly budget").value = 99000
        _setting(book, "Fatigue tolerance").value = "10%"
        _setting(book, "Care silence (days)").value = 21

    after = _imported(project, tmp_path, change)

    def expected(d: dict) -> None:
        d["budget_per_month"] = 99000
        d["settings"]["fatigue_tolerance"] = 0.1
        d["settings"]["care_silence_days"] = 21

    assert project_to_dict(after) == _expect(project, expected)


def test_a_budget_changed_in_both_places_is_a_conflict(tmp_path) -> None:
    project = sample()
    path = edit(export(project, tmp_path), lambda b: setattr(_setting(b, "Monthly budget"), "value", 1000))
    project.budget_per_month = 2000
    plan = plan_import(project, path)
    assert [c.key for c in plan.conflicts] == [("project", "project", "budget_per_month")], plan.preview()


# ---------------------------------------------------------------- unedited: no change


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_an_unedited_export_of_each_sample_changes_nothing(tmp_path, name: str) -> None:
    project = sample(name)
    plan = plan_import(project, edit(export(project, tmp_path), lambda book: None))
    assert plan.ok and not plan.changes and not plan.conflicts, plan.preview()
    assert not [n for n in plan.notes if "not read back" in n or "不会读回" in n], plan.notes


# ---------------------------------------------------------------- computed cells


@pytest.mark.parametrize("name", ["credit_card_care", "ecommerce_aftersales_zh"])
def test_the_required_agents_are_the_analysis_result(tmp_path, name: str) -> None:
    project = sample(name)
    staffing = analyze(project).staffing
    assert staffing
    book = openpyxl.load_workbook(export(project, tmp_path))
    sheet = sheet_of(book, "Channels")
    header = [c.value for c in sheet[1]]
    normal = header.index("Required agents" if project.locale == "en" else "所需坐席") + 1
    peak = header.index("Required agents at peak" if project.locale == "en" else "高峰所需坐席") + 1
    rows = {sheet.cell(r, 1).value: r for r in range(2, len(project.channels) + 2)}
    for s in staffing:
        assert sheet.cell(rows[s.channel_id], normal).value == s.required_agents
        assert sheet.cell(rows[s.channel_id], peak).value == s.required_agents_peak
    assert sheet.cell(rows["ch-sms"], normal).value is None


def test_the_budget_use_is_the_analysis_total(tmp_path) -> None:
    project = sample()
    budget = analyze(project).budget
    assert budget is not None
    book = openpyxl.load_workbook(export(project, tmp_path))
    assert _setting(book, "Monthly care cost").value == pytest.approx(budget.total, abs=0.01)
    assert _setting(book, "Budget used").value == pytest.approx(budget.total / budget.limit, abs=1e-4)


# ---------------------------------------------------------------- bad values


BAD = {
    "negative agents": (lambda b: _channel(b, PHONE, "Agents on duty"), -3, "Channels"),
    "share 150 %": (lambda b: _channel(b, PHONE, "Service level"), "150%", "Channels"),
    "25 hours a day": (lambda b: _channel(b, PHONE, "Hours per day"), 25, "Channels"),
    "negative budget": (lambda b: _setting(b, "Monthly budget"), -5, "Overview"),
    "tolerance 2": (lambda b: _setting(b, "Fatigue tolerance"), 2, "Overview"),
}


@pytest.mark.parametrize("what", list(BAD))
def test_a_bad_value_is_a_problem_naming_its_cell(tmp_path, what: str) -> None:
    project = sample()
    target, value, sheet = BAD[what]
    found: dict[str, str] = {}

    def change(book: openpyxl.Workbook) -> None:
        found["cell"] = target(book).coordinate
        target(book).value = value

    plan = plan_import(project, edit(export(project, tmp_path), change))
    assert not plan.ok
    assert [(p.sheet, p.cell) for p in plan.problems] == [(sheet, found["cell"])], plan.preview()


# ---------------------------------------------------------------- Chinese


def test_the_chinese_channels_sheet_has_chinese_headers_and_reads_them(tmp_path) -> None:
    project = sample("ecommerce_aftersales_zh")

    def change(book: openpyxl.Workbook) -> None:
        _channel(book, "ch-phone", "在岗坐席").value = 7

    after = _imported(project, tmp_path, change)
    assert after.channel_by_id()["ch-phone"].agents == 7


# ---------------------------------------------------------------- the Action Plan


def _action_cell(book: openpyxl.Workbook, action_id: str, header: str) -> openpyxl.cell.Cell:
    sheet = sheet_of(book, "Action Plan")
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == action_id)
    return sheet.cell(row, _col(sheet, header))


def _threshold(project: Project) -> str:
    return next(a.id for a in project.actions if a.trigger.type == "threshold")


def test_a_threshold_trigger_direction_comes_back(tmp_path) -> None:
    project = sample()
    action_id = _threshold(project)
    book = openpyxl.load_workbook(export(project, tmp_path))
    assert _action_cell(book, action_id, "Trigger direction").value == "at least"
    lists = [dv.formula1 for dv in sheet_of(book, "Action Plan").data_validations.dataValidation]
    assert '"at least,at most"' in lists
    after = _imported(project, tmp_path,
                      lambda b: setattr(_action_cell(b, action_id, "Trigger direction"), "value", "at most"))
    i = next(i for i, a in enumerate(project.actions) if a.id == action_id)
    assert project_to_dict(after) == _expect(
        project, lambda d: d["actions"][i]["trigger"].__setitem__("direction", "at_most"))


def test_the_chinese_at_most_is_written_and_read(tmp_path) -> None:
    project = sample("ecommerce_aftersales_zh")
    at_most = next(a for a in project.actions if a.trigger.direction == "at_most")
    book = openpyxl.load_workbook(export(project, tmp_path))
    assert _action_cell(book, at_most.id, "触发方向").value == "至多"
    assert "≤" in _action_cell(book, at_most.id, "触发条件").value or "降至" in _action_cell(
        book, at_most.id, "触发条件").value
    after = _imported(project, tmp_path,
                      lambda b: setattr(_action_cell(b, at_most.id, "触发方向"), "value", "至少"))
    assert next(a for a in after.actions if a.id == at_most.id).trigger.direction == "at_least"


def test_purpose_care_can_be_chosen(tmp_path) -> None:
    project = sample()
    action = next(a for a in project.actions if a.purpose == "service")
    after = _imported(project, tmp_path,
                      lambda b: setattr(_action_cell(b, action.id, "Purpose"), "value", "care"))
    assert next(a for a in after.actions if a.id == action.id).purpose == "care"


# ---------------------------------------------------------------- journey peaks


def _peak_rows(book: openpyxl.Workbook) -> tuple[Worksheet, int]:
    """The Phases & Risks sheet and the row of its peaks table's header."""
    sheet = sheet_of(book, "Phases & Risks")
    firsts = ("Journey", "旅程")
    row = next(r for r in range(1, sheet.max_row + 1)
               if sheet.cell(r, 1).value in firsts and sheet.cell(r, 2).value in ("Peak", "高峰"))
    return sheet, row


def test_the_peaks_table_lists_each_journeys_peaks(tmp_path) -> None:
    project = sample("ecommerce_aftersales_zh")
    sheet, header = _peak_rows(openpyxl.load_workbook(export(project, tmp_path)))
    rows = [[c.value for c in sheet[r]][:5] for r in range(header + 1, header + 3)]
    journey = next(j for j in project.journeys if j.peaks)
    assert rows == [[journey.name, p.name, p.start, p.days, p.factor] for p in journey.peaks]


def test_a_peak_edit_comes_back(tmp_path) -> None:
    project = sample("ecommerce_aftersales_zh")
    j = next(i for i, j in enumerate(project.journeys) if j.peaks)

    def change(book: openpyxl.Workbook) -> None:
        sheet, header = _peak_rows(book)
        sheet.cell(header + 1, 5).value = 4

    after = _imported(project, tmp_path, change)
    assert project_to_dict(after) == _expect(
        project, lambda d: d["journeys"][j]["peaks"][0].__setitem__("factor", 4))


def test_a_peak_added_as_a_row_comes_back(tmp_path) -> None:
    project = sample()
    journey = project.journeys[0]

    def change(book: openpyxl.Workbook) -> None:
        sheet, header = _peak_rows(book)
        for c, value in enumerate([journey.name, "Christmas", "12-20", 10, 1.5], 1):
            sheet.cell(header + 1, c).value = value

    after = _imported(project, tmp_path, change)
    assert project_to_dict(after) == _expect(project, lambda d: d["journeys"][0]["peaks"].append(
        {"name": "Christmas", "start": "12-20", "days": 10, "factor": 1.5}))


@pytest.mark.parametrize(("column", "value"), [(3, "13-45"), (4, -2), (5, "busy")])
def test_a_bad_peak_is_a_problem_naming_its_cell(tmp_path, column: int, value: object) -> None:
    project = sample("ecommerce_aftersales_zh")
    found: dict[str, str] = {}

    def change(book: openpyxl.Workbook) -> None:
        sheet, header = _peak_rows(book)
        cell = sheet.cell(header + 1, column)
        cell.value, found["cell"] = value, cell.coordinate

    plan = plan_import(project, edit(export(project, tmp_path), change))
    assert not plan.ok
    assert [(p.sheet, p.cell) for p in plan.problems] == [("阶段与风险", found["cell"])], plan.preview()


# ---------------------------------------------------------------- charts


def test_the_channels_sheet_shows_the_staffing_chart_and_the_overview_the_fatigue_chart(tmp_path) -> None:
    from journey_designer.io.workbook.export import export_workbook

    project = sample()
    path = tmp_path / "charts.xlsx"
    export_workbook(project, path)
    book = openpyxl.load_workbook(path)
    channels, overview = sheet_of(book, "Channels"), sheet_of(book, "Overview")
    assert len(channels._images) == 1
    captions = [c.value for c in overview["A"] if isinstance(c.value, str)]
    assert any("contact cap" in c for c in captions), captions
    assert any("Staffing" in c.value for c in channels["A"] if isinstance(c.value, str))


def test_a_workbook_with_charts_imports_without_change(tmp_path) -> None:
    from journey_designer.io.workbook.export import export_workbook

    project = sample()
    path = tmp_path / "charts.xlsx"
    export_workbook(project, path)
    plan = plan_import(project, edit(path, lambda book: None))
    assert plan.ok and not plan.changes, plan.preview()
