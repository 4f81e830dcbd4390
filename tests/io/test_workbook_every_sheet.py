"""Every sheet a team edits comes back: tiers (the Tiers sheet), channels, KPIs (Overview),
phases and risks (Phases & Risks) and opportunities (Journey Map); an edit in a cell the
import does not read is named in a note; a bad value is a problem naming its cell."""

from __future__ import annotations

import copy
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet
from workbook_helpers import edit, export, sample, set_cell, sheet_of

from journey_designer.cli import main
from journey_designer.domain import Project
from journey_designer.io.project_file.json_io import project_to_dict
from journey_designer.io.project_file.samples import sample_paths
from journey_designer.io.project_file.sqlite_store import load_project
from journey_designer.io.workbook.importing import apply, plan_import

ZH = "ecommerce_aftersales_zh"


def _col(sheet: Worksheet, header: str, header_row: int = 1) -> int:
    return next(c.column for c in sheet[header_row] if c.value == header)


def _table_cell(sheet: Worksheet, header_row: int, key: object, header: str) -> openpyxl.cell.Cell:
    """The cell of column `header` in the row (below `header_row`) whose first cell is `key`."""
    row = next(r for r in range(header_row + 1, sheet.max_row + 1) if sheet.cell(r, 1).value == key)
    return sheet.cell(row, _col(sheet, header, header_row))


def _header_row(sheet: Worksheet, first_header: str, second: str) -> int:
    return next(r for r in range(1, sheet.max_row + 1)
                if sheet.cell(r, 1).value == first_header and sheet.cell(r, 2).value == second)


def _only_change(before: Project, after: Project, path: Callable[[dict], None]) -> None:
    """`after` is `before` with exactly the change `path` makes to its JSON form."""
    expected = copy.deepcopy(project_to_dict(before))
    path(expected)
    assert project_to_dict(after) == expected


def _kpi(book: openpyxl.Workbook, name: str, header: str) -> openpyxl.cell.Cell:
    sheet = sheet_of(book, "Overview")
    return _table_cell(sheet, _header_row(sheet, "KPI", "Baseline"), name, header)


def _phase(book: openpyxl.Workbook, name: str, header: str) -> openpyxl.cell.Cell:
    sheet = sheet_of(book, "Phases & Risks")
    return _table_cell(sheet, _header_row(sheet, "Phase", "Start"), name, header)


def _risk(book: openpyxl.Workbook, name: str, header: str) -> openpyxl.cell.Cell:
    sheet = sheet_of(book, "Phases & Risks")
    return _table_cell(sheet, _header_row(sheet, "Risk", "Kind"), name, header)


def _tier(book: openpyxl.Workbook, tier_id: str, header: str) -> openpyxl.cell.Cell:
    return _table_cell(book["Tiers"], 1, tier_id, header)


def _channel(book: openpyxl.Workbook, channel_id: str, header: str) -> openpyxl.cell.Cell:
    return _table_cell(book["Channels"], 1, channel_id, header)


def _set(cell: Callable[[openpyxl.Workbook], openpyxl.cell.Cell], value: object) -> Callable:
    return lambda book: setattr(cell(book), "value", value)


# ---------------------------------------------------------------- the Tiers sheet


def test_the_tiers_sheet_lists_every_tier_between_gaps_and_channels(tmp_path) -> None:
    project = sample()
    book = openpyxl.load_workbook(export(project, tmp_path))
    names = book.sheetnames
    assert names.index("Tiers") == names.index("Gaps") + 1 == names.index("Channels") - 1
    assert names[:4] == ["Overview", "Journey Map", "Care Matrix", "Action Plan"]
    sheet = book["Tiers"]
    assert sheet.sheet_state == "visible"
    days = project.settings.fatigue_window_days
    assert [c.value for c in sheet[1]] == ["ID", "Tier", "Share of customers", "Value per customer",
                                          "Care level", f"Max contacts per {days} days",
                                          "Human touch at moments of truth"]
    for r, tier in enumerate(project.tiers, 2):
        assert [c.value for c in sheet[r]] == [tier.id, tier.name, tier.share, tier.value_per_customer,
                                              tier.care_level, tier.max_contacts_per_window,
                                              "yes" if tier.human_touch_at_mot else "no"]
    lists = {str(dv.sqref)[0]: dv.formula1 for dv in sheet.data_validations.dataValidation if dv.formula1}
    assert lists == {"E": '"basic,deep,exclusive"', "G": '"yes,no"'}
    assert sheet["C2"].number_format.endswith("%")


def test_a_chinese_project_has_a_chinese_tiers_sheet(tmp_path) -> None:
    project = sample(ZH)
    book = openpyxl.load_workbook(export(project, tmp_path))
    assert book.sheetnames.index("客户分层") == book.sheetnames.index("缺口") + 1
    sheet = book["客户分层"]
    assert [c.value for c in sheet[1]][:5] == ["编号", "客户分层", "客户占比", "客均价值", "关怀等级"]
    assert [sheet.cell(r, 5).value for r in (2, 3, 4)] == ["专属", "深度", "基础"]
    assert [sheet.cell(r, 7).value for r in (2, 3, 4)] == ["是", "否", "否"]
    lists = {str(dv.sqref)[0]: dv.formula1 for dv in sheet.data_validations.dataValidation if dv.formula1}
    assert lists == {"E": '"基础,深度,专属"', "G": '"是,否"'}


def test_headers_say_which_columns_come_back(tmp_path) -> None:
    book = openpyxl.load_workbook(export(sample(), tmp_path))
    channels = book["Channels"]
    fills = {c.value: c.fill.start_color.rgb[-6:] for c in channels[1]}
    read_back = {fills[h] for h in ("Channel", "Kind", "Capacity per day", "Cost per contact")}
    computed = {fills[h] for h in ("Expected contacts per day", "Utilisation", "Actions")}
    assert len(read_back) == len(computed) == 1 and read_back != computed
    texts = [c.value for c in channels["A"] if isinstance(c.value, str)]
    assert any("read back" in t for t in texts)


# ---------------------------------------------------------------- each kind comes back


def _tier_at(i: int, name: str, value: object) -> Callable[[dict], None]:
    return lambda d: d["tiers"][i].__setitem__(name, value)


def _kind_at(kind: str, i: int, name: str, value: object) -> Callable[[dict], None]:
    return lambda d: d[kind][i].__setitem__(name, value)


EDITS = {
    "tier share": (_set(lambda b: _tier(b, "tier-gold", "Share of customers"), "12%"),
                   _tier_at(0, "share", 0.12)),
    "tier value": (_set(lambda b: _tier(b, "tier-silver", "Value per customer"), 1234.5),
                   _tier_at(1, "value_per_customer", 1234.5)),
    "tier care level": (_set(lambda b: _tier(b, "tier-bronze", "Care level"), "deep"),
                        _tier_at(2, "care_level", "deep")),
    "tier contact cap": (_set(lambda b: _tier(b, "tier-gold", "Max contacts per 7 days"), 9),
                         _tier_at(0, "max_contacts_per_window", 9)),
    "tier human touch": (_set(lambda b: _tier(b, "tier-bronze", "Human touch at moments of truth"), "yes"),
                         _tier_at(2, "human_touch_at_mot", True)),
    "tier name": (_set(lambda b: _tier(b, "tier-silver", "Tier"), "Silver Plus"),
                  _tier_at(1, "name", "Silver Plus")),
    "channel kind": (_set(lambda b: _channel(b, "ch-sms", "Kind"), "human"),
                     _kind_at("channels", 0, "kind", "human")),
    "channel capacity": (_set(lambda b: _channel(b, "ch-sms", "Capacity per day"), 5000),
                         _kind_at("channels", 0, "capacity_per_day", 5000)),
    "channel cost": (_set(lambda b: _channel(b, "ch-sms", "Cost per contact"), 0.07),
                     _kind_at("channels", 0, "cost_per_contact", 0.07)),
    "kpi baseline": (_set(lambda b: _kpi(b, "Card activation rate", "Baseline"), 61),
                     _kind_at("kpis", 1, "baseline", 61)),
    "kpi target": (_set(lambda b: _kpi(b, "Card activation rate", "Target"), 90),
                   _kind_at("kpis", 1, "target", 90)),
    "kpi unit": (_set(lambda b: _kpi(b, "Card activation rate", "Unit"), "pp"),
                 _kind_at("kpis", 1, "unit", "pp")),
    "phase start": (_set(lambda b: _phase(b, "Preparation", "Start"), date(2026, 2, 2)), None),
    "phase end": (_set(lambda b: _phase(b, "Preparation", "End"), "2026-04-15"),
                  _kind_at("phases", 0, "end", "2026-04-15")),
    "phase owner": (_set(lambda b: _phase(b, "Preparation", "Owner"), "Zoe Chan"),
                    _kind_at("phases", 0, "owner", "Zoe Chan")),
    "phase tasks": (_set(lambda b: _phase(b, "Preparation", "Tasks"), "Kick-off\nTrain the team"),
                    _kind_at("phases", 0, "tasks", ["Kick-off", "Train the team"])),
    "risk kind": (_set(lambda b: _risk(b, _first_risk(), "Kind"), "Legal"),
                  _kind_at("risks", 0, "kind", "Legal")),
    "risk owner": (_set(lambda b: _risk(b, _first_risk(), "Owner"), "Compliance desk"),
                   _kind_at("risks", 0, "owner", "Compliance desk")),
    "risk mitigation": (_set(lambda b: _risk(b, _first_risk(), "Mitigation"), "Weekly review"),
                        _kind_at("risks", 0, "mitigation", "Weekly review")),
}


def _first_risk() -> str:
    return sample().risks[0].name


@pytest.mark.parametrize("what", list(EDITS))
def test_an_edit_on_each_sheet_applies_exactly_that_change(tmp_path, what: str) -> None:
    project = sample()
    change, expected = EDITS[what]
    if expected is None:  # a date cell typed as a real date
        expected = _kind_at("phases", 0, "start", "2026-02-02")
    plan = plan_import(project, edit(export(project, tmp_path), change))
    assert plan.ok, plan.preview()
    assert len(plan.changes) == 1, plan.preview()
    _only_change(project, apply(project, plan), expected)


def test_opportunities_on_the_journey_map_come_back(tmp_path) -> None:
    project = sample()
    journey = project.journeys[0]

    def change(book: openpyxl.Workbook) -> None:
        sheet = sheet_of(book, "Journey Map")
        row = next(c.row for c in sheet["A"] if c.value == "Opportunities")
        sheet.cell(row, 2).value = "Call every new Gold customer\nSend the PIN by app"

    plan = plan_import(project, edit(export(project, tmp_path), change))
    assert plan.ok and len(plan.changes) == 1, plan.preview()
    _only_change(project, apply(project, plan), lambda d: d["journeys"][0].__setitem__(
        "opportunities", ["Call every new Gold customer", "Send the PIN by app"]))
    assert journey.opportunities != ["Call every new Gold customer", "Send the PIN by app"]


def test_the_command_line_saves_edits_from_every_sheet(tmp_path, capsys) -> None:
    project_file = tmp_path / "plan.journey"
    shutil.copyfile(sample_paths()["credit_card_care"], project_file)
    workbook = tmp_path / "plan.xlsx"
    assert main(["export", str(project_file), "--xlsx", str(workbook), "--no-charts"]) == 0

    def change(book: openpyxl.Workbook) -> None:
        _tier(book, "tier-gold", "Share of customers").value = 0.1
        _channel(book, "ch-sms", "Cost per contact").value = 0.06
        _kpi(book, "Card activation rate", "Target").value = 91
        _phase(book, "Preparation", "Owner").value = "Zoe Chan"
        _risk(book, _first_risk(), "Mitigation").value = "Weekly review"

    edit(workbook, change)
    capsys.readouterr()
    assert main(["import", str(project_file), "--xlsx", str(workbook)]) == 0, capsys.readouterr().out
    saved = load_project(project_file)
    assert saved.tiers[0].share == 0.1
    assert saved.channels[0].cost_per_contact == 0.06
    assert saved.kpis[1].target == 91
    assert saved.phases[0].owner == "Zoe Chan"
    assert saved.risks[0].mitigation == "Weekly review"


# ---------------------------------------------------------------- names across sheets


def test_a_tier_renamed_on_the_tiers_sheet_is_known_by_its_new_name_in_the_action_plan(tmp_path) -> None:
    project = sample()
    action = next(a for a in project.actions if a.tiers == ["tier-gold"])

    def change(book: openpyxl.Workbook) -> None:
        _tier(book, "tier-gold", "Tier").value = "Platinum"
        set_cell(book["Action Plan"], action.id, "Tiers", "Platinum, Silver")

    plan = plan_import(project, edit(export(project, tmp_path), change))
    assert plan.ok, plan.preview()
    result = apply(project, plan)
    assert result.tiers[0].name == "Platinum"
    assert next(a for a in result.actions if a.id == action.id).tiers == ["tier-gold", "tier-silver"]


def test_a_channel_renamed_on_the_channels_sheet_is_known_by_its_new_name_in_the_plan(tmp_path) -> None:
    project = sample()
    action = next(a for a in project.actions if a.channel != "ch-sms")

    def change(book: openpyxl.Workbook) -> None:
        _channel(book, "ch-sms", "Channel").value = "Text message"
        set_cell(book["Action Plan"], action.id, "Channel", "Text message")

    plan = plan_import(project, edit(export(project, tmp_path), change))
    assert plan.ok, plan.preview()
    result = apply(project, plan)
    assert result.channels[0].name == "Text message"
    assert next(a for a in result.actions if a.id == action.id).channel == "ch-sms"


# ---------------------------------------------------------------- edits that are not read


@pytest.mark.parametrize(("sheet", "cell"), [("Overview", None), ("Care Matrix", "D5"), ("Gaps", "H2"),
                                             ("Channels", "F8"), ("Timeline", "A2")])
def test_an_edit_in_a_cell_the_import_does_not_read_is_named_in_a_note(tmp_path, sheet: str,
                                                                       cell: str | None) -> None:
    project = sample()
    path = export(project, tmp_path)
    book = openpyxl.load_workbook(path)
    if cell is None:  # a coverage figure on the Overview
        overview = book["Overview"]
        header = _header_row(overview, "Tier", "Touchpoints")
        cell = f"C{header + 1}"
    edit(path, lambda b: setattr(b[sheet][cell], "value", 12345))
    plan = plan_import(project, path)
    assert plan.ok and not plan.changes, plan.preview()
    notes = [n for n in plan.notes if f"{sheet}!{cell}" in n]
    assert len(notes) == 1 and "not read back" in notes[0], plan.notes


def test_an_unedited_workbook_has_no_notes_of_unread_edits(tmp_path) -> None:
    project = sample()
    plan = plan_import(project, edit(export(project, tmp_path), lambda book: None))
    assert not [n for n in plan.notes if "not read back" in n], plan.notes


# ---------------------------------------------------------------- bad values


BAD = {
    "share above 1": (lambda b: _tier(b, "tier-gold", "Share of customers"), 1.5, "Tiers", "C2"),
    "shares above 100 %": (lambda b: _tier(b, "tier-gold", "Share of customers"), "70%", "Tiers", "C2:C4"),
    "unknown care level": (lambda b: _tier(b, "tier-gold", "Care level"), "platinum", "Tiers", "E2"),
    "negative contact cap": (lambda b: _tier(b, "tier-gold", "Max contacts per 7 days"), -1, "Tiers", "F2"),
    "negative capacity": (lambda b: _channel(b, "ch-sms", "Capacity per day"), -10, "Channels", "D2"),
    "cost not a number": (lambda b: _channel(b, "ch-sms", "Cost per contact"), "cheap", "Channels", "G2"),
    "unknown channel kind": (lambda b: _channel(b, "ch-sms", "Kind"), "robot", "Channels", "C2"),
    "target not a number": (lambda b: _kpi(b, "Card activation rate", "Target"), "high", "Overview", None),
    "phase ends before it starts": (lambda b: _phase(b, "Preparation", "End"), "2020-01-01", "Phases & Risks",
                                    None),
}


@pytest.mark.parametrize("what", list(BAD))
def test_a_bad_value_is_a_problem_naming_its_cell(tmp_path, what: str) -> None:
    project = sample()
    target, value, sheet, cell = BAD[what]
    found: dict[str, str] = {}

    def change(book: openpyxl.Workbook) -> None:
        found["cell"] = target(book).coordinate
        target(book).value = value

    plan = plan_import(project, edit(export(project, tmp_path), change))
    assert not plan.ok
    assert [(p.sheet, p.cell) for p in plan.problems] == [(sheet, cell or found["cell"])], plan.preview()


# ---------------------------------------------------------------- Chinese


def test_the_chinese_sample_comes_back_unchanged_and_its_chinese_words_are_read(tmp_path) -> None:
    project = sample(ZH)
    path = export(project, tmp_path)
    plan = plan_import(project, edit(path, lambda book: None, tmp_path / "same.xlsx"))
    assert plan.ok and not plan.has_changes, plan.preview()
    assert not [n for n in plan.notes if "读回" in n or "read back" in n], plan.notes

    def change(book: openpyxl.Workbook) -> None:
        tiers = book["客户分层"]
        tiers["E4"] = "深度"
        tiers["G4"] = "是"
        book["渠道"]["C2"] = "人工"

    plan = plan_import(project, edit(path, change, tmp_path / "edited.xlsx"))
    assert plan.ok and len(plan.changes) == 3, plan.preview()
    result = apply(project, plan)
    assert (result.tiers[2].care_level, result.tiers[2].human_touch_at_mot) == ("deep", True)
    assert result.channels[0].kind == "human"


# ---------------------------------------------------------------- three-way, rows, other programs


def test_a_stale_tiers_sheet_does_not_revert_newer_edits_and_a_double_edit_is_a_conflict(tmp_path) -> None:
    project = sample()
    path = edit(export(project, tmp_path), _set(lambda b: _tier(b, "tier-gold", "Share of customers"), 0.1))
    project.tiers[0].value_per_customer = 2000.0  # edited in the project after the export
    plan = plan_import(project, path)
    assert plan.ok and not plan.conflicts and len(plan.changes) == 1, plan.preview()
    result = apply(project, plan)
    assert (result.tiers[0].share, result.tiers[0].value_per_customer) == (0.1, 2000.0)
    assert not plan_import(result, path).has_changes  # the same workbook again changes nothing

    project.tiers[0].share = 0.09  # the same field, changed on both sides
    plan = plan_import(project, path)
    assert [(c.object_id, c.field, c.cell) for c in plan.conflicts] == [("tier-gold", "share", "Tiers!C2")]


def test_rows_added_or_removed_on_the_tiers_sheet_are_named(tmp_path) -> None:
    project = sample()

    def change(book: openpyxl.Workbook) -> None:
        sheet = book["Tiers"]
        sheet["B5"], sheet["C5"] = "Platinum", 0.01  # a new row without an ID
        sheet.delete_rows(3)  # Silver's row

    plan = plan_import(project, edit(export(project, tmp_path), change))
    assert plan.ok and not plan.changes, plan.preview()
    assert any("Tiers!A4" in n and "without an ID" in n for n in plan.notes), plan.notes
    assert any("Silver" in n and "no longer listed" in n for n in plan.notes), plan.notes
    project.tiers.append(copy.deepcopy(project.tiers[0]))
    project.tiers[-1].id, project.tiers[-1].name, project.tiers[-1].share = "tier-new", "New", 0.0
    plan = plan_import(project, edit(export(sample(), tmp_path, "old.xlsx"), lambda book: None))
    assert not any("New" in n for n in plan.notes), plan.notes  # added in the project since the export


def _resave(tool: str, source: Path, folder: Path) -> Path:
    import subprocess

    folder.mkdir()
    if tool == "soffice":
        subprocess.run(["soffice", f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
                        "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(folder), str(source)],
                       check=True, capture_output=True, timeout=180)
    else:
        subprocess.run(["ssconvert", str(source), str(folder / source.name)], check=True, capture_output=True,
                       timeout=180)
    return folder / source.name


@pytest.mark.parametrize("tool", ["soffice", "ssconvert"])
@pytest.mark.parametrize("name", [ZH, "credit_card_care"])
def test_a_resave_by_calc_or_gnumeric_is_no_edit_of_any_sheet(tmp_path, tool: str, name: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed")
    project = sample(name)
    plan = plan_import(project, _resave(tool, export(project, tmp_path), tmp_path / tool))
    assert plan.ok and not plan.has_changes and not plan.conflicts, plan.preview()
    assert not [n for n in plan.notes if "读回" in n or "read back" in n], plan.notes
