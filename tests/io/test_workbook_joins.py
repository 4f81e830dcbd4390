"""Lists in the import's messages read naturally in the interface's language: names and cells
joined with "、" and clauses with "；" in Chinese, ", " and "; " in English."""

from __future__ import annotations

import pytest
from workbook_helpers import edit, export, sample, set_cell, sheet_of

from journey_designer import messages
from journey_designer.domain import Peak
from journey_designer.io.workbook.importing import plan_import
from journey_designer.io.workbook.words import join_clauses, join_names


@pytest.fixture(params=["en", "zh_CN"])
def language(request):
    """The interface in English, then in Chinese; English again afterwards."""
    messages.set_language(request.param)
    yield request.param
    messages.set_language("en")


NAMES, CLAUSES = {"en": ", ", "zh_CN": "、"}, {"en": "; ", "zh_CN": "；"}


def test_the_joins_follow_the_interface_language(language: str) -> None:
    assert join_names(["Gold", "Silver", "Bronze"]) == NAMES[language].join(["Gold", "Silver", "Bronze"])
    assert join_clauses(["a", "b"]) == CLAUSES[language].join(["a", "b"])
    assert join_names([]) == "" and join_names(["only"]) == "only"


def test_a_language_given_wins_over_the_interface() -> None:
    assert join_names(["金卡", "银卡"], "zh_CN") == "金卡、银卡"
    assert join_names(["Gold", "Silver"], "en") == "Gold, Silver"
    assert join_clauses(["早", "晚"], "zh_CN") == "早；晚"


def test_an_unknown_name_lists_the_known_ones_in_the_interfaces_way(tmp_path, language: str) -> None:
    project = sample()

    def user(book) -> None:
        set_cell(book["Action Plan"], "act-kyc-status", "Tiers", "Platnum")
        set_cell(book["Action Plan"], "act-kyc-status", "Status", "soon")

    plan = plan_import(project, edit(export(project, tmp_path), user))
    problems = sorted(str(p) for p in plan.problems)
    tiers = NAMES[language].join(t.name for t in project.tiers)
    assert tiers in problems[0], problems[0]
    statuses = {"en": "planned, active, done", "zh_CN": "计划中、执行中、已完成"}[language]
    assert statuses in problems[1], problems[1]


def test_a_changed_list_is_shown_as_clauses_in_the_preview(tmp_path, language: str) -> None:
    project = sample()
    journey = project.journeys[0]
    journey.peaks = [Peak("Spring sale", "03-01", 7, 2.0), Peak("Christmas", "12-20", 10, 1.5)]

    def user(book) -> None:
        sheet = sheet_of(book, "Phases & Risks")
        header = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 2).value == "Peak")
        sheet.cell(header + 1, 5).value = 3  # the spring sale's factor

    plan = plan_import(project, edit(export(project, tmp_path), user))
    change = next(line for kind, line in plan.preview_lines() if kind == "change")
    assert f'"{CLAUSES[language]}"{{' in change, change
    assert f'"{CLAUSES["en" if language == "zh_CN" else "zh_CN"]}"{{' not in change, change


def test_cells_changed_but_not_read_are_listed_in_the_interfaces_way(tmp_path, language: str) -> None:
    project = sample()

    def user(book) -> None:
        sheet = sheet_of(book, "Gaps")
        sheet["H2"].value, sheet["H3"].value = "edited", "edited too"

    plan = plan_import(project, edit(export(project, tmp_path), user))
    note = next(n for n in plan.notes if "H2" in n)
    assert f"Gaps!H2{NAMES[language]}Gaps!H3" in note.replace("缺口", "Gaps"), note
