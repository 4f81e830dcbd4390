"""Issue 14 in the Gaps dock: right-click a contact_fatigue gap ▸ a quick fix removes it
(one undo step each); "Add care action here" never tires a tier without saying so."""

from __future__ import annotations

import pytest
from fatigue_plans import outage, tier_id, tired_project

from journey_designer.ui.main_window import MainWindow
from journey_designer.ui.panels.gaps import GapRole

SHOW = ("Show on the map", "Show in the Plan")


def _window(qtbot, project):
    win = MainWindow(project)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def open_window(qtbot):
    opened = []

    def make(project):
        opened.append(_window(qtbot, project))
        return opened[-1]

    yield make
    for win in opened:
        win.document.undo_stack.setClean()
        win.close()
        win.deleteLater()


def _gaps(win):
    result = win.gaps.runner.refresh_now()
    win.gaps.panel.show_result(result)
    return result.gaps


def _menu_of(win, kind: str, tier: str):
    """The Gaps dock's context menu of the gap, as a right-click there builds it."""
    _gaps(win)
    panel = win.gaps.panel
    tree = panel.tree
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        group.setExpanded(True)
        for j in range(group.childCount()):
            gap = group.child(j).data(0, GapRole)
            if gap.kind == kind and gap.tier == tier:
                tree.scrollToItem(group.child(j))
                return panel.menu_at(tree.visualItemRect(group.child(j)).center())
    raise AssertionError(f"no {kind} gap for {tier} in the Gaps dock")


def _fatigued(win, tier: str) -> bool:
    return any(g.kind == "contact_fatigue" and g.tier == tier for g in _gaps(win))


def test_each_fatigue_quick_fix_removes_the_gap_in_one_undo_step(qtbot, open_window) -> None:
    win = open_window(tired_project())
    assert _fatigued(win, "Bronze")
    menu = _menu_of(win, "contact_fatigue", "Bronze")
    texts = [a.text() for a in menu.actions() if a.text() not in SHOW]
    menu.deleteLater()
    assert texts[0] == "Drop the marketing action “Upgrade offer” for Bronze", texts
    assert texts[1].startswith("Move “") and texts[1].endswith("to a later day (day 7)"), texts
    assert texts[2] == "Raise Bronze's contact cap to 4", texts
    stack = win.document.undo_stack
    for text in texts:
        menu = _menu_of(win, "contact_fatigue", "Bronze")
        fix = next(a for a in menu.actions() if a.text() == text)
        fix.trigger()
        menu.deleteLater()
        assert stack.count() == 1, f"{text}: {stack.count()} undo steps"
        assert not _fatigued(win, "Bronze"), f"{text} left the gap"
        stack.undo()
        assert _fatigued(win, "Bronze")
        stack.clear()
    bronze = tier_id(win.document.project, "Bronze")
    assert next(t for t in win.document.project.tiers
                if t.id == bronze).max_contacts_per_window == 3


def test_add_care_here_picks_a_day_that_does_not_tire_the_tier(qtbot, open_window) -> None:
    win = open_window(outage())
    assert not _fatigued(win, "Bronze")
    menu = _menu_of(win, "uncovered_pain_point", "Bronze")
    add = next(a for a in menu.actions() if a.text() == "Add care action here for Bronze")
    add.trigger()
    menu.deleteLater()
    gaps = _gaps(win)
    assert not any(g.kind == "uncovered_pain_point" and g.tier == "Bronze" for g in gaps)
    assert not _fatigued(win, "Bronze")
    added = win.document.project.actions[-1]
    assert added.touchpoint == "b" and added.trigger.type == "offset"
    assert win.document.undo_stack.count() == 1


def test_add_care_here_that_must_tire_the_tier_says_so(qtbot, open_window) -> None:
    win = open_window(outage(days=(0, 3, 7), bronze_cap=1))
    messages: list[str] = []
    win.session.message.connect(lambda text, _ms: messages.append(text))
    menu = _menu_of(win, "uncovered_pain_point", "Bronze")
    next(a for a in menu.actions() if a.text() == "Add care action here for Bronze").trigger()
    menu.deleteLater()
    assert _fatigued(win, "Bronze")
    assert any("Bronze customers get more than 1 contacts within 7 days" in m for m in messages), messages
