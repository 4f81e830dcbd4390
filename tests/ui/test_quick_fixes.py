"""Quick fixes make valid plans that close the gap they were made from (issue 14).

Each test right-clicks a gap in the Gaps dock (or types into the care matrix) as a user
would, then re-runs the analysis and the same checks as `journey-designer validate`."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from journey_designer.domain.validation import validate
from journey_designer.ui.panels.gaps import GapRole


def _tier(window, name: str) -> str:
    return next(t.id for t in window.document.project.tiers if t.name == name)


def _gap_item(window, kind: str, tier: str, tp_id: str):
    panel = window.gaps.panel
    panel.show_result(window.gaps.runner.refresh_now())
    tree = panel.tree
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        group.setExpanded(True)
        for j in range(group.childCount()):
            gap = group.child(j).data(0, GapRole)
            if (gap.kind, gap.tier, gap.touchpoint_id) == (kind, tier, tp_id):
                return group.child(j), gap
    raise AssertionError(f"no {kind} gap for {tier} at {tp_id}")


def _right_click_choose(window, monkeypatch, item, text: str) -> list[str]:
    """The gap's context menu (as a right click at the item makes it): choose the
    entry `text`; returns the menu's entries."""
    tree = window.gaps.panel.tree
    tree.scrollToItem(item)
    menu = window.gaps.panel.menu_at(tree.visualItemRect(item).center())
    if menu is None:
        return []
    shown = [a.text() for a in menu.actions()]
    chosen = next((a for a in menu.actions() if a.text() == text), None)
    if chosen is not None:
        chosen.trigger()
    menu.deleteLater()
    return shown


def _gap_keys(window) -> set:
    return {g.key for g in window.gaps.runner.refresh_now().gaps}


@pytest.mark.parametrize(("kind", "tier", "tp_id"), [
    ("uncovered_moment_of_truth", "Silver", "c"),
    ("uncovered_moment_of_truth", "Gold", "c"),
    ("missing_human_touch", "Gold", "c"),
    ("uncovered_pain_point", "Bronze", "d"),
    ("care_silence", "Silver", "a"),
])
def test_a_quick_fix_closes_its_gap_and_leaves_a_valid_plan(
        qtbot, window, monkeypatch, kind, tier, tp_id) -> None:
    window.document.set_project_fields({"settings": _silence_limit(window, 1)})
    assert validate(window.document.project) == []
    item, gap = _gap_item(window, kind, tier, tp_id)
    before = len(window.document.project.actions)
    shown = _right_click_choose(window, monkeypatch, item, f"Add care action here for {tier}")
    assert f"Add care action here for {tier}" in shown
    added = window.document.project.actions[before:]
    assert added, "the quick fix added nothing"
    assert window.document.undo_stack.count() == 2  # the settings edit, then the quick fix
    assert gap.key not in _gap_keys(window)
    assert validate(window.document.project) == []
    first = added[0]
    assert first.touchpoint == tp_id and first.tiers == [_tier(window, tier)]
    # the new action is selected and shown, its trigger filled in (not a placeholder)
    panel = window.care.actions_panel
    assert panel.selected_ids() == [first.id]
    assert panel.pages.currentWidget() is panel.form
    assert window.care.actions_dock.isVisible()
    assert panel.form.trigger.event_name.text() != ""
    assert panel.form.problem.text() == ""


def test_gold_at_a_moment_of_truth_meets_a_person(qtbot, window, monkeypatch) -> None:
    """Gold needs a person at moments of truth: covering "c" for Gold is a human contact."""
    item, _gap = _gap_item(window, "uncovered_moment_of_truth", "Gold", "c")
    _right_click_choose(window, monkeypatch, item, "Add care action here for Gold")
    action = window.document.project.actions[-1]
    channel = window.document.project.channel_by_id()[action.channel]
    assert channel.kind == "human"
    assert not [g for g in window.gaps.runner.refresh_now().gaps
                if g.kind in ("missing_human_touch", "uncovered_moment_of_truth")
                and g.tier == "Gold"]


def test_gaps_that_more_care_cannot_close_offer_no_add_care(qtbot, window, monkeypatch) -> None:
    tiers = [t.id for t in window.document.project.tiers]
    sms = window.document.project.channels[0].id
    document = window.document
    for n in range(6):  # far more contacts at "a" than any tier allows
        document.add_item("actions", document.new_action("a", tiers, sms, f"Reminder {n}"))
    item, _gap = _gap_item(window, "contact_fatigue", "Bronze", "a")
    shown = _right_click_choose(window, monkeypatch, item, "")
    assert not any(text.startswith("Add care action") for text in shown)


def test_typing_a_channel_into_an_empty_matrix_cell_makes_a_valid_action(qtbot, window) -> None:
    matrix = window.care.matrix
    window.views.setCurrentWidget(matrix)
    row_c = [r.touchpoint.id for r in matrix.model.rows].index("c")
    proxy_index = matrix.proxy.mapFromSource(matrix.model.index(row_c, 5))  # Silver at "c"
    matrix.table.setCurrentIndex(proxy_index)
    matrix.table.setFocus()
    matrix.table.edit(proxy_index)
    editor = matrix.table.findChild(QLineEdit)
    QTest.keyClicks(editor, "Phone")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(10)
    action = window.document.project.actions[-1]
    assert window.document.project.channel_by_id()[action.channel].name == "Phone"
    assert action.trigger.event  # an event trigger names its event
    assert validate(window.document.project) == []
    assert not [g for g in window.gaps.runner.refresh_now().gaps
                if g.kind == "uncovered_moment_of_truth" and g.tier == "Silver"]


def _silence_limit(window, limit: int):
    import copy

    settings = copy.copy(window.document.project.settings)
    settings.care_silence_limit = limit
    return settings
