"""Random runs of undo commands, merges included, on a bare QUndoStack: after any run,
every position in the history (as History-list clicks jump to it) shows exactly the
project that was there when that step was made."""

from __future__ import annotations

import copy
import itertools
from collections.abc import Callable

from editing_plans import plan
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QUndoCommand, QUndoStack
from strategies import projects

from journey_designer.commands import journey_commands as jc
from journey_designer.commands import plan_commands as pc
from journey_designer.commands.merge_ids import MergeId
from journey_designer.domain.editing import ProjectEditor
from journey_designer.domain.model import Kpi, Project, Stage, Tier, Touchpoint, Transition

_fresh = itertools.count()


class Again:
    """A small edit that can be made again on the same target (so it merges)."""

    def __init__(self, make: Callable[[], QUndoCommand]) -> None:
        self.make = make


def a_command(ed: ProjectEditor, draw: st.DrawFn) -> QUndoCommand | Again | None:
    """A command a user could cause now (None when its target does not exist)."""
    p = ed.project
    what = draw(st.sampled_from(["add_tp", "delete", "nudge", "typing", "marks", "connect",
                                 "share", "add_stage", "del_stage", "rename", "move_stage",
                                 "item", "item_typing", "del_item", "move_item", "project"]))
    j = draw(st.sampled_from(p.journeys)) if p.journeys else None
    if what == "item":
        if draw(st.booleans()):
            return pc.InsertItem(ed, "kpis", Kpi("K"), draw(st.none() | st.just(0)))
        return pc.InsertItem(ed, "tiers", Tier(f"tier-n{next(_fresh)}", "T"),
                             draw(st.integers(0, len(p.tiers))))
    if what == "project":
        return pc.SetProjectFields(ed, {"name": draw(st.text(max_size=4))})
    items = p.tiers
    if what == "item_typing" and items:
        tier = draw(st.sampled_from(items)).id
        return Again(lambda: pc.SetItemFields(ed, "tiers", tier,
                                              {"name": draw(st.text(max_size=4))}, merge=True))
    if what == "del_item" and items:
        return pc.RemoveItem(ed, "tiers", draw(st.sampled_from(items)).id)
    if what == "move_item" and len(items) > 1:
        a, b = draw(st.permutations(range(len(items))))[:2]
        return pc.MoveItem(ed, "tiers", a, b)
    if j is None:
        return None
    tps, trs, stages = j.touchpoints, j.transitions, j.stages
    tp = draw(st.sampled_from(tps)) if tps else None
    if what == "add_tp" and stages:
        new = Touchpoint(f"tp-n{next(_fresh)}", draw(st.sampled_from(stages)).id, "New")
        return jc.AddTouchpoints(ed, j.id, [new])
    if what == "delete" and tp:
        chosen = draw(st.lists(st.sampled_from(trs), max_size=2, unique_by=lambda t: (
            t.source, t.target))) if trs else []
        return jc.DeleteItems(ed, j.id, [tp.id], [(t.source, t.target) for t in chosen])
    if what == "nudge" and tp:
        return Again(lambda: jc.SetTouchpointFields(
            ed, j.id, {tp.id: {"x": float(draw(st.integers(0, 9)))}}, merge_id=MergeId.NUDGE))
    if what == "typing" and tp:
        return Again(lambda: jc.SetTouchpointFields(
            ed, j.id, {tp.id: {"name": draw(st.text(max_size=4))}}, merge_id=MergeId.TYPING))
    if what == "marks" and tp:
        return jc.SetEntryExit(ed, j.id, tp.id, entry=draw(st.booleans()), exit=draw(st.booleans()))
    if what == "connect" and tp:
        target = draw(st.sampled_from(tps)).id
        if not any(t.source == tp.id and t.target == target for t in trs):
            return jc.AddTransition(ed, j.id, Transition(tp.id, target, 0.2))
    if what == "share" and trs:
        tr = draw(st.sampled_from(trs))
        return Again(lambda: jc.SetShare(ed, j.id, tr.source, tr.target,
                                         draw(st.sampled_from([0.1, 0.2, 0.3]))))
    if what == "add_stage":
        return jc.AddStage(ed, j.id, Stage(f"st-n{next(_fresh)}", "S"),
                           draw(st.integers(0, len(stages))))
    if what == "del_stage" and stages:
        return jc.DeleteStage(ed, j.id, draw(st.sampled_from(stages)).id)
    if what == "rename" and stages:
        return jc.RenameStage(ed, j.id, draw(st.sampled_from(stages)).id, "R")
    if what == "move_stage" and len(stages) > 1:
        a, b = draw(st.permutations(range(len(stages))))[:2]
        return jc.MoveStage(ed, j.id, a, b, {t.id: 290.0 for t in tps})
    return None


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.builds(plan) | projects(), st.data())
def test_every_history_position_shows_the_project_of_that_step(project: Project,
                                                               data: st.DataObject) -> None:
    editor = ProjectEditor(project)
    stack = QUndoStack()
    states = [copy.deepcopy(project)]
    again: Again | None = None
    for _ in range(data.draw(st.integers(1, 15), label="commands")):
        if again is not None and data.draw(st.booleans(), label="same edit again"):
            command: QUndoCommand | None = again.make()
        else:
            made = a_command(editor, data.draw)
            again = made if isinstance(made, Again) else None
            command = made.make() if isinstance(made, Again) else made
        if command is None:
            continue
        count = stack.count()
        stack.push(command)
        if stack.count() == count:  # merged into the previous step
            states[-1] = copy.deepcopy(editor.project)
        else:
            states.append(copy.deepcopy(editor.project))
    assert stack.count() == len(states) - 1
    for index in data.draw(st.lists(st.integers(0, stack.count()), max_size=6)) + [0, stack.count()]:
        stack.setIndex(index)
        assert editor.project == states[index], f"history position {index}"
