"""Importing an edited workbook: round trips, a user's edits, invalid cells (nothing applied)."""

from __future__ import annotations

import copy
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import projects
from workbook_helpers import SAMPLE_NAMES, edit, export, headers, row_of, sample, set_cell, sheet_of

from journey_designer.domain import CareAction, Trigger
from journey_designer.domain.validation import validate
from journey_designer.io.workbook.importing import ImportRefused, WorkbookError, apply, plan_import

PLAN = "Action Plan"


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_a_workbook_nobody_edited_changes_nothing(tmp_path, name: str) -> None:
    project = sample(name)
    plan = plan_import(project, export(project, tmp_path))
    assert plan.ok, plan.problems
    assert not plan.has_changes, plan.preview()
    assert apply(project, plan) == project


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(project=projects())
def test_any_project_round_trips_without_changes(tmp_path_factory, project) -> None:
    path = export(project, tmp_path_factory.mktemp("roundtrip"))
    plan = plan_import(project, path)
    assert plan.ok, [str(p) for p in plan.problems]
    assert not plan.has_changes, plan.preview()


def _reorder(book, first: list[str]) -> None:
    """Move the named columns to the front, the way a user drags columns around."""
    sheet = book[PLAN]
    columns = [[cell.value for cell in column] for column in sheet.iter_cols()]
    by_header = {column[0]: column for column in columns}
    order = [by_header[h] for h in first] + [c for c in columns if c[0] not in first]
    for c, column in enumerate(order, 1):
        for r, value in enumerate(column, 1):
            sheet.cell(row=r, column=c).value = value


def test_a_users_edits_are_listed_exactly_and_applied(tmp_path) -> None:
    project = sample()
    refs: dict[str, str] = {}

    def user(book) -> None:
        sheet = book[PLAN]
        refs["owner"] = set_cell(sheet, "act-apply-chat", "Owner", "VIP desk")
        refs["start"] = set_cell(sheet, "act-gold-apply-rm", "Start", datetime(2026, 4, 1))
        refs["end"] = set_cell(sheet, "act-gold-apply-rm", "End", "2026/12/31")  # typed as text
        sheet.delete_rows(row_of(sheet, "act-branch-booking"))
        new = sheet.max_row + 1
        for header, value in (("Action", "Birthday call"), ("Touchpoint", "Branch application"),
                              ("Tiers", "Gold，Silver"), ("Channel", "SMS"), ("Purpose", "营销"),
                              ("Start", "2026年5月1日"), ("SLA (minutes)", "1,200")):
            sheet.cell(row=new, column=headers(sheet)[header]).value = value
        _reorder(book, ["Owner", "Message", "ID"])

    edited = edit(export(project, tmp_path), user, tmp_path / "edited.xlsx")
    plan = plan_import(project, edited)
    assert plan.ok, plan.problems
    changes = {(c.object_id, c.field): (c.old, c.new) for c in plan.changes}
    assert changes == {("act-apply-chat", "owner"): ("Digital Sales", "VIP desk"),
                       ("act-gold-apply-rm", "start"): ("2026-03-02", "2026-04-01"),
                       ("act-gold-apply-rm", "end"): (None, "2026-12-31")}
    assert [a.id for a in plan.deleted] == ["act-branch-booking"]
    (added,) = plan.added
    assert (added.action.name, added.action.touchpoint, added.action.tiers, added.action.channel,
            added.action.purpose, added.action.start, added.action.sla_minutes) == (
        "Birthday call", "tp-branch-apply", ["tier-gold", "tier-silver"], "ch-sms", "marketing",
        "2026-05-01", 1200)
    assert added.action.trigger == Trigger(type="offset", days=0)
    preview = "\n".join(plan.preview())
    assert '~ action "Proactive chat when the form stalls" (act-apply-chat) owner: "Digital Sales" → ' \
           '"VIP desk"' in preview
    assert '- delete action "Branch appointment with document checklist"' in preview

    kept = apply(project, plan)
    assert project == sample(), "apply must not touch the project it is given"
    expected = copy.deepcopy(project)
    by_id = {a.id: a for a in expected.actions}
    by_id["act-apply-chat"].owner = "VIP desk"
    by_id["act-gold-apply-rm"].start, by_id["act-gold-apply-rm"].end = "2026-04-01", "2026-12-31"
    expected.actions.append(added.action)
    assert kept == expected
    assert not validate(kept)
    removed = apply(project, plan, accept_deletions=True)
    assert "act-branch-booking" not in {a.id for a in removed.actions}
    assert len(removed.actions) == len(project.actions)


def _problems_after(tmp_path, change) -> tuple[list[str], object]:
    project = sample()
    plan = plan_import(project, edit(export(project, tmp_path), change))
    return [str(p) for p in plan.problems], plan


def test_an_unknown_tier_names_sheet_cell_and_the_known_tiers(tmp_path) -> None:
    refs = {}
    problems, plan = _problems_after(tmp_path, lambda book: refs.setdefault(
        "cell", set_cell(book[PLAN], "act-kyc-status", "Tiers", "Gold, Platnum")))
    assert problems == [f'Action Plan!{refs["cell"]}: unknown tier "Platnum" — known: Gold, Silver, Bronze']
    assert refs["cell"].startswith("F")
    with pytest.raises(ImportRefused, match="nothing was changed"):
        apply(sample(), plan)


@pytest.mark.parametrize(("header", "value", "reason"), [
    ("Start", "next week", '"next week" is not a date — write it as YYYY-MM-DD'),
    ("Start", "31/31/2026", '"31/31/2026" is not a real calendar date'),
    ("Start", "03/04/2026", "ambiguous"),
    ("End", "2026-02-30", "not a real calendar date"),
    ("SLA (minutes)", "soon", '"soon" is not a whole number of minutes'),
    ("SLA (minutes)", -5, "the SLA must be 0 minutes or more"),
    ("Cost", "free", '"free" is not an amount'),
    ("Channel", "Pigeon", 'unknown channel "Pigeon" — known: SMS, Email'),
    ("Purpose", "sales", 'unknown purpose "sales" — known: service, marketing'),
    ("Status", "", None),  # an empty status is the default, "planned"
    ("Touchpoint", "Nowhere", 'unknown touchpoint "Nowhere"'),
    ("Action", "", "the action needs a name"),
    ("Trigger type", "offset", "an offset trigger needs a number of days"),
    ("ID", "act-nobody", 'unknown action ID “act-nobody”'),
])
def test_invalid_cells_are_reported_and_nothing_applies(tmp_path, header, value, reason) -> None:
    refs = {}
    problems, plan = _problems_after(tmp_path, lambda book: refs.setdefault(
        "cell", set_cell(book[PLAN], "act-kyc-status", header, value)))
    if reason is None:
        assert not problems
        return
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"Action Plan!{refs['cell']}: ")
    assert reason in problems[0]
    with pytest.raises(ImportRefused):
        apply(sample(), plan)


def test_end_before_start_and_a_copied_row_are_problems(tmp_path) -> None:
    def user(book) -> None:
        sheet = book[PLAN]
        set_cell(sheet, "act-kyc-status", "End", datetime(2020, 1, 1))
        source = row_of(sheet, "act-decline-letter")
        for cell in sheet[source]:
            sheet.cell(row=sheet.max_row + 1 if cell.column == 1 else sheet.max_row, column=cell.column,
                       value=cell.value)

    problems, _ = _problems_after(tmp_path, user)
    assert any("ends (2020-01-01) before it starts" in p for p in problems)
    assert any("appears twice" in p and "clear the ID of the copy" in p for p in problems)


def test_extra_columns_are_ignored_with_a_note_and_the_summary_column_is_not_read(tmp_path) -> None:
    def user(book) -> None:
        sheet = book[PLAN]
        sheet.cell(row=1, column=sheet.max_column + 1, value="My notes")
        sheet.cell(row=2, column=sheet.max_column, value="call back")
        set_cell(sheet, "act-kyc-status", "Trigger", "whenever")

    problems, plan = _problems_after(tmp_path, user)
    assert not problems and not plan.has_changes
    assert any("“My notes” is not part of the action plan: ignored" in n for n in plan.notes)
    assert any("the Trigger column is a summary" in n for n in plan.notes)


def test_numbers_and_dates_typed_as_text_and_chinese_text(tmp_path) -> None:
    project = sample("ecommerce_aftersales_zh")
    action = project.actions[0]

    def user(book) -> None:
        sheet = sheet_of(book)  # 行动计划
        set_cell(sheet, action.id, "Owner", "售后服务部")
        set_cell(sheet, action.id, "Cost", "￥1,250.50")
        set_cell(sheet, action.id, "End", "2026.12.31")
        set_cell(sheet, action.id, "Status", "进行中")

    plan = plan_import(project, edit(export(project, tmp_path), user))
    assert plan.ok, plan.problems
    assert {c.field: c.new for c in plan.changes} == {"owner": "售后服务部", "cost": 1250.5,
                                                      "end": "2026-12-31", "status": "active"}


def test_trigger_parts_change_the_trigger(tmp_path) -> None:
    def user(book) -> None:
        sheet = book[PLAN]
        set_cell(sheet, "act-kyc-status", "Trigger type", "offset")
        set_cell(sheet, "act-kyc-status", "Trigger days", "-2")

    problems, plan = _problems_after(tmp_path, user)
    assert not problems
    (change,) = plan.changes
    assert change.field == "trigger"
    assert change.new == Trigger(type="offset", event="documents_received", days=-2)
    assert "2 days before (documents_received)" in str(change)


def test_journey_map_edits_are_read(tmp_path) -> None:
    project = sample()
    journey = project.journeys[0]
    tp = journey.touchpoints[2]

    def user(book) -> None:
        sheet = book["Journey Map"]
        ids = next(row for row in sheet.iter_rows() if str(row[0].value).startswith("IDs · "))
        column = next(cell.column for cell in ids if cell.value == tp.id)
        labels = {str(row[0].value): row[0].row for row in sheet.iter_rows(max_row=ids[0].row)}
        sheet.cell(row=labels["Emotion (−3 … +3)"], column=column).value = -3
        sheet.cell(row=labels["Pain points"], column=column).value = "Form times out\n=cmd|' /C calc'!A0"
        sheet.cell(row=labels["Opportunities"], column=2).value = "One new idea"

    plan = plan_import(project, edit(export(project, tmp_path), user))
    assert plan.ok, plan.problems
    changes = {(c.kind, c.field): c.new for c in plan.changes}
    assert changes == {("touchpoint", "emotion"): -3,
                       ("touchpoint", "pain_points"): ["Form times out", "=cmd|' /C calc'!A0"],
                       ("journey", "opportunities"): ["One new idea"]}
    changed = apply(project, plan)
    assert changed.journeys[0].touchpoints[2].emotion == -3
    assert changed.journeys[0].opportunities == ["One new idea"]


def test_ambiguous_names_fall_back_to_ids_and_say_so(tmp_path) -> None:
    project = sample()
    project.tiers[1].name = "Gold"  # two tiers called Gold
    project.actions.append(CareAction(id="act-x", touchpoint="tp-apply", tiers=["tier-gold", "tier-silver"],
                                      channel="ch-sms", name="Both golds"))
    path = tmp_path / "plan.xlsx"
    from journey_designer.io.workbook.export import export_workbook

    report = export_workbook(project, path, charts=None)
    assert any("tier(s) appear by id" in note for note in report.notes)
    plan = plan_import(project, path)
    assert plan.ok and not plan.has_changes


TYPED = st.text(st.characters(exclude_categories=("Cc", "Cs")), max_size=12)
CELL_VALUES = (TYPED | st.sampled_from(["Gold", "gold, silver", "SMS", "营销", "2026/3/1", "offset",
                                        "threshold", "-1", "1,5", "yes", ""])
               | st.integers(-10, 100_000) | st.floats(allow_nan=False, allow_infinity=False)
               | st.dates() | st.booleans() | st.none())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(st.tuples(st.integers(2, 30), st.integers(1, 24), CELL_VALUES), min_size=1, max_size=6))
def test_whatever_a_user_types_the_import_never_makes_an_invalid_project(tmp_path_factory, edits) -> None:
    project = sample("saas_onboarding_renewal")
    folder = tmp_path_factory.mktemp("typed")

    def user(book) -> None:
        for row, column, value in edits:
            book[PLAN].cell(row=row, column=column).value = value

    try:
        plan = plan_import(project, edit(export(project, folder), user))
    except WorkbookError as exc:  # a number the reader cannot turn into a date, e.g. -1e15
        assert "the sheet “Action Plan”" in str(exc)
        return
    if plan.ok:
        assert not validate(apply(project, plan, accept_deletions=True))
    else:
        assert all(p.sheet == PLAN and p.cell and p.reason for p in plan.problems)
