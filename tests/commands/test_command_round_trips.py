"""Every undo command pushed on a bare QUndoStack: redo makes the change, undo gives back
the exact project (every list in order), redo again gives exactly the changed project —
twice over, as a user pressing Ctrl+Z / Ctrl+Shift+Z would. Each step tells the views."""

from __future__ import annotations

import copy
import subprocess
import sys
import textwrap
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtGui import QUndoCommand, QUndoStack

from journey_designer.commands import journey_commands as jc
from journey_designer.commands import plan_commands as pc
from journey_designer.domain.editing import ProjectEditor
from journey_designer.domain.events import Event
from journey_designer.domain.model import (
    CareAction,
    Journey,
    Kpi,
    Project,
    Stage,
    Tier,
    Touchpoint,
    Transition,
)

Ed = ProjectEditor


def cards(ed: Ed, journey: str = "j1") -> list[str]:
    return [tp.id for tp in ed.journey(journey).touchpoints]


def arrows(ed: Ed, journey: str = "j1") -> list[str]:
    return [f"{t.source}->{t.target}" for t in ed.journey(journey).transitions]


def ids(items: list[Any]) -> list[Any]:
    return [getattr(i, "id", None) or i.name for i in items]


# (command factory, what a user sees after it)
CASES: dict[str, tuple[Callable[[Ed], QUndoCommand], Callable[[Ed], bool]]] = {
    "add cards with an arrow": (
        lambda ed: jc.AddTouchpoints(ed, "j1", [Touchpoint("n1", "s1", "N1"),
                                                Touchpoint("n2", "s2", "N2")],
                                     [Transition("n1", "n2", 1.0)]),
        lambda ed: cards(ed)[-2:] == ["n1", "n2"] and arrows(ed)[-1] == "n1->n2"),
    "delete cards and an arrow": (
        lambda ed: jc.DeleteItems(ed, "j1", ["c", "a"], [("d", "e"), ("a", "b")]),
        lambda ed: cards(ed) == ["b", "d", "e"] and arrows(ed) == []
        and ed.journey("j1").entries == [] and ids(ed.project.actions) == ["act2", "act5", "act6"]),
    "move two cards": (
        lambda ed: jc.SetTouchpointFields(ed, "j1", {"a": {"x": 40.0, "y": 50.0},
                                                     "e": {"stage": "s2", "x": 320.0}}),
        lambda ed: (ed.touchpoint("j1", "a").x, ed.touchpoint("j1", "e").stage) == (40.0, "s2")),
    "mark an exit": (
        lambda ed: jc.SetEntryExit(ed, "j1", "c", entry=False, exit=True),
        lambda ed: (ed.journey("j1").entries, ed.journey("j1").exits) == (["a"], ["e", "d", "c"])),
    "connect": (
        lambda ed: jc.AddTransition(ed, "j1", Transition("b", "e", 0.0)),
        lambda ed: arrows(ed)[-1] == "b->e"),
    "change a share": (
        lambda ed: jc.SetShare(ed, "j1", "c", "d", 0.7),
        lambda ed: ed.transition("j1", "c", "d").share == 0.7),
    "add a stage": (
        lambda ed: jc.AddStage(ed, "j1", Stage("s9", "Support"), 1),
        lambda ed: ids(ed.journey("j1").stages) == ["s1", "s9", "s2", "s3"]),
    "delete a stage with cards": (
        lambda ed: jc.DeleteStage(ed, "j1", "s2"),
        lambda ed: cards(ed) == ["a", "b", "e"] and arrows(ed) == ["a->b", "e->a"]),
    "rename a stage": (
        lambda ed: jc.RenameStage(ed, "j1", "s1", "申请"),
        lambda ed: ed.stage("j1", "s1").name == "申请"),
    "move a stage with its cards": (
        lambda ed: jc.MoveStage(ed, "j1", 0, 2, {"a": 580.0, "b": 580.0, "c": -290.0}),
        lambda ed: ids(ed.journey("j1").stages) == ["s2", "s3", "s1"]
        and (ed.touchpoint("j1", "a").x, ed.touchpoint("j1", "c").x) == (590.0, 10.0)),
    "add a journey": (
        lambda ed: jc.AddJourney(ed, Journey("j3", "Complaints")),
        lambda ed: ids(ed.project.journeys) == ["j1", "j2", "j3"]),
    "delete a journey with care": (
        lambda ed: jc.DeleteJourney(ed, "j1"),
        lambda ed: ids(ed.project.journeys) == ["j2"] and ids(ed.project.actions) == ["act2", "act5"]),
    "rename a journey": (
        lambda ed: jc.SetJourneyFields(ed, "j2", {"name": "Renew", "monthly_entries": 300.0}),
        lambda ed: ed.journey("j2").monthly_entries == 300.0),
    "apply an import": (
        lambda ed: jc.ReplaceProject(ed, Project("Imported", tiers=[Tier("t", "T")])),
        lambda ed: ed.project.name == "Imported"),
    "add a tier in the middle": (
        lambda ed: pc.InsertItem(ed, "tiers", Tier("vip", "VIP"), 1),
        lambda ed: ids(ed.project.tiers) == ["gold", "vip", "silver", "bronze"]),
    "add a KPI at the end": (
        lambda ed: pc.InsertItem(ed, "kpis", Kpi("CSAT")),
        lambda ed: ids(ed.project.kpis) == ["Activation", "NPS", "CSAT"]),
    "add a care action": (
        lambda ed: pc.InsertItem(ed, "actions", CareAction("act9", "d", ["gold"], "sms"), 0),
        lambda ed: ids(ed.project.actions)[0] == "act9"),
    "delete a care action": (
        lambda ed: pc.RemoveItem(ed, "actions", "act3"),
        lambda ed: "act3" not in ids(ed.project.actions)),
    "delete a risk by index": (
        lambda ed: pc.RemoveItem(ed, "risks", 0),
        lambda ed: ids(ed.project.risks) == ["SMS blocked"]),
    "edit a channel": (
        lambda ed: pc.SetItemFields(ed, "channels", "sms", {"cost_per_contact": 0.08}),
        lambda ed: ed.item("channels", "sms").cost_per_contact == 0.08),
    "reorder tiers": (
        lambda ed: pc.MoveItem(ed, "tiers", 0, 2),
        lambda ed: ids(ed.project.tiers) == ["silver", "bronze", "gold"]),
    "name the project": (
        lambda ed: pc.SetProjectFields(ed, {"name": "宽带故障", "budget_per_month": 900.0}),
        lambda ed: ed.project.name == "宽带故障"),
}


def test_commands_run_on_a_bare_stack_in_a_process_without_any_qt_application() -> None:
    script = textwrap.dedent("""
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtGui import QUndoStack
        from journey_designer.commands.journey_commands import RenameStage
        from journey_designer.domain.editing import ProjectEditor
        from journey_designer.domain.model import Journey, Project, Stage
        ed = ProjectEditor(Project("p", journeys=[Journey("j", "J", stages=[Stage("s", "S")])]))
        stack = QUndoStack()
        stack.push(RenameStage(ed, "j", "s", "T"))
        stack.undo()
        assert ed.stage("j", "s").name == "S" and stack.canRedo()
        assert QCoreApplication.instance() is None
        print("ok")
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120)
    assert (done.returncode, done.stdout.strip()) == (0, "ok"), done.stderr


@pytest.mark.parametrize("case", list(CASES))
def test_redo_undo_redo_gives_back_the_exact_projects(editor: Ed, heard: list[Event],
                                                      stack: QUndoStack, case: str) -> None:
    make, shows_the_change = CASES[case]
    before = copy.deepcopy(editor.project)
    stack.push(make(editor))
    assert shows_the_change(editor), "redo did not make the change"
    after = copy.deepcopy(editor.project)
    for _ in range(2):
        heard.clear()
        stack.undo()
        assert editor.project == before
        assert heard, "undo must tell the views"
        heard.clear()
        stack.redo()
        assert editor.project == after
        assert heard, "redo must tell the views"
    assert (stack.count(), stack.index()) == (1, 1)


def test_a_run_of_different_commands_undoes_and_redoes_step_by_step(editor: Ed,
                                                                   stack: QUndoStack) -> None:
    states = [copy.deepcopy(editor.project)]
    for case in ("add cards with an arrow", "change a share", "delete a care action",
                 "mark an exit", "move a stage with its cards", "add a tier in the middle",
                 "delete cards and an arrow", "reorder tiers", "delete a stage with cards"):
        stack.push(CASES[case][0](editor))
        states.append(copy.deepcopy(editor.project))
    for index in [0, len(states) - 1, 3, 7, 1, 5]:  # jumps, as clicks in the History list
        stack.setIndex(index)
        assert editor.project == states[index], f"history position {index}"


def test_a_macro_of_plan_commands_is_one_undo_step(editor: Ed, stack: QUndoStack) -> None:
    # the Document deletes a tier this way: take it off each action, then remove it
    before = copy.deepcopy(editor.project)
    stack.beginMacro("Delete tier")
    for action_id in editor.actions_using("tiers", "silver"):
        tiers = [t for t in editor.item("actions", action_id).tiers if t != "silver"]
        stack.push(pc.SetItemFields(editor, "actions", action_id, {"tiers": tiers}))
    stack.push(pc.RemoveItem(editor, "tiers", "silver"))
    stack.endMacro()
    assert stack.count() == 1
    assert all("silver" not in a.tiers for a in editor.project.actions)
    after = copy.deepcopy(editor.project)
    stack.undo()
    assert editor.project == before
    stack.redo()
    assert editor.project == after


def test_undoing_a_stage_move_gives_back_each_cards_exact_position(editor: Ed,
                                                                   stack: QUndoStack) -> None:
    # x + dx - dx is not x in floating point (123.456 + 290 - 290 = 123.45600000000002):
    # the saved file would change after move + undo although the user undid everything
    editor.touchpoint("j1", "a").x = 123.456
    before = copy.deepcopy(editor.project)
    stack.push(jc.MoveStage(editor, "j1", 0, 1, {"a": 290.0, "b": 290.0, "c": -290.0}))
    assert editor.touchpoint("j1", "a").x == 123.456 + 290.0
    stack.undo()
    assert editor.touchpoint("j1", "a").x == 123.456
    assert editor.project == before
