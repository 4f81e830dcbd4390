"""Consecutive small edits merge into one undo step (Qt's id()/mergeWith): nudges of the
same cards, typing in one field, edits of one arrow's share, typing in one field of a
plan item. Edits of other targets, other fields or another kind never merge. After a
merge, one undo goes back to before the first edit and one redo to the last value."""

from __future__ import annotations

import copy
import gc

import pytest
from PySide6.QtGui import QUndoStack

from journey_designer.commands.journey_commands import SetShare, SetTouchpointFields
from journey_designer.commands.merge_ids import MergeId
from journey_designer.commands.plan_commands import SetItemFields
from journey_designer.domain.editing import ProjectEditor


def nudge(ed: ProjectEditor, changes: dict[str, dict[str, object]],
          merge_id: MergeId = MergeId.NUDGE) -> SetTouchpointFields:
    return SetTouchpointFields(ed, "j1", changes, merge_id=merge_id)


def test_merge_ids_are_distinct_and_none_is_qts_never_merge() -> None:
    assert len({int(m) for m in MergeId}) == len(MergeId)
    assert MergeId.NONE == -1  # QUndoCommand.id() of -1: never merged


def test_three_nudges_of_the_same_cards_are_one_undo_step(editor: ProjectEditor,
                                                          stack: QUndoStack) -> None:
    before = copy.deepcopy(editor.project)
    for step in (1, 2, 3):
        stack.push(nudge(editor, {"a": {"x": 10.0 + step}, "b": {"x": 10.0 + step}}))
    assert stack.count() == 1
    assert editor.touchpoint("j1", "a").x == 13.0
    stack.undo()
    assert editor.project == before
    stack.redo()
    assert (editor.touchpoint("j1", "a").x, editor.touchpoint("j1", "b").x) == (13.0, 13.0)


@pytest.mark.parametrize("second, why", [
    ({"c": {"x": 12.0}}, "another card"),
    ({"a": {"x": 12.0}, "b": {"x": 12.0}}, "more cards"),
    ({"a": {"x": 12.0, "stage": "s2"}}, "the nudge crossed into another lane"),
])
def test_nudges_of_other_cards_or_fields_are_separate_steps(
        editor: ProjectEditor, stack: QUndoStack, second: dict[str, dict[str, object]],
        why: str) -> None:
    stack.push(nudge(editor, {"a": {"x": 11.0}}))
    middle = copy.deepcopy(editor.project)
    stack.push(nudge(editor, second))
    assert stack.count() == 2, why
    stack.undo()
    assert editor.project == middle


def test_a_nudge_then_typing_on_the_same_card_are_two_steps(editor: ProjectEditor,
                                                           stack: QUndoStack) -> None:
    stack.push(nudge(editor, {"a": {"name": "F"}}))
    stack.push(nudge(editor, {"a": {"name": "Fo"}}, MergeId.TYPING))
    assert stack.count() == 2


def test_moves_without_a_merge_id_never_merge(editor: ProjectEditor, stack: QUndoStack) -> None:
    stack.push(nudge(editor, {"a": {"x": 11.0}}, MergeId.NONE))
    stack.push(nudge(editor, {"a": {"x": 12.0}}, MergeId.NONE))
    assert stack.count() == 2


def test_typing_a_card_name_is_one_step_back_to_the_old_name(editor: ProjectEditor,
                                                             stack: QUndoStack) -> None:
    for text in ("R", "Re", "Rea", "Read"):
        stack.push(nudge(editor, {"d": {"name": text}}, MergeId.TYPING))
    stack.push(nudge(editor, {"d": {"owner": "Ops"}}, MergeId.TYPING))  # another field
    assert stack.count() == 2
    stack.undo()
    assert editor.touchpoint("j1", "d").name == "Read"
    stack.undo()
    assert editor.touchpoint("j1", "d").name == "PIN"
    stack.redo()
    assert editor.touchpoint("j1", "d").name == "Read"


def test_share_edits_of_one_arrow_merge_and_of_another_arrow_do_not(
        editor: ProjectEditor, stack: QUndoStack) -> None:
    for share in (0.5, 0.55, 0.65):
        stack.push(SetShare(editor, "j1", "a", "b", share))
    stack.push(SetShare(editor, "j1", "a", "c", 0.35))
    assert stack.count() == 2
    stack.undo()
    assert editor.transition("j1", "a", "b").share == 0.65
    stack.undo()
    assert editor.transition("j1", "a", "b").share == 0.6
    stack.redo()
    assert editor.transition("j1", "a", "b").share == 0.65


def test_typing_in_one_field_of_a_plan_item_merges(editor: ProjectEditor,
                                                   stack: QUndoStack) -> None:
    for text in ("W", "We", "Wel"):
        stack.push(SetItemFields(editor, "actions", "act1", {"message": text}, merge=True))
    assert stack.count() == 1
    stack.push(SetItemFields(editor, "actions", "act3", {"message": "x"}, merge=True))
    stack.push(SetItemFields(editor, "actions", "act3", {"owner": "x"}, merge=True))
    stack.push(SetItemFields(editor, "actions", "act3", {"owner": "xy"}))  # not typing
    assert stack.count() == 4
    for _ in range(3):
        stack.undo()
    assert editor.item("actions", "act1").message == "Wel"
    stack.undo()
    assert editor.item("actions", "act1").message == ""


def test_plan_item_typing_does_not_merge_into_a_step_that_was_not_typing(
        editor: ProjectEditor, stack: QUndoStack) -> None:
    stack.push(SetItemFields(editor, "kpis", 0, {"unit": "pct"}))
    stack.push(SetItemFields(editor, "kpis", 0, {"unit": "pct."}, merge=True))
    assert stack.count() == 2


def test_edits_around_a_save_do_not_merge(editor: ProjectEditor, stack: QUndoStack) -> None:
    # Qt keeps the saved (clean) state reachable: undo after saving returns to it
    stack.push(SetShare(editor, "j1", "a", "b", 0.5))
    stack.setClean()
    stack.push(SetShare(editor, "j1", "a", "b", 0.4))
    stack.undo()
    assert stack.isClean() and editor.transition("j1", "a", "b").share == 0.5


def test_a_merged_step_keeps_its_values_after_qt_frees_the_merged_command(
        editor: ProjectEditor, stack: QUndoStack) -> None:
    stack.push(nudge(editor, {"a": {"x": 11.0, "y": 20.0}}))
    second = nudge(editor, {"a": {"x": 12.0, "y": 21.0}})
    stack.push(second)
    with pytest.raises(RuntimeError):  # Qt deleted it: nothing may point into it
        second.text()
    del second
    gc.collect()
    stack.undo()
    stack.redo()
    assert (editor.touchpoint("j1", "a").x, editor.touchpoint("j1", "a").y) == (12.0, 21.0)
