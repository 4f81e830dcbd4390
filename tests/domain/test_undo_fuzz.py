"""Random sequences of edits on a rich plan or a random valid project, each undone with the record its
mutator returned, in reverse order: every undo gives back the project exactly as it was
before that edit, down to the order of every list. Qt-free."""

from __future__ import annotations

import copy
import itertools
from collections.abc import Callable

from editing_plans import plan
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import projects

from journey_designer.domain.editing import ProjectEditor
from journey_designer.domain.events import Event
from journey_designer.domain.model import (
    CareAction,
    Channel,
    Journey,
    Kpi,
    Phase,
    Project,
    Risk,
    Stage,
    Tier,
    Touchpoint,
    Transition,
)

Undo = Callable[[], None]
_fresh = itertools.count()


def _new(list_name: str, project: Project) -> object:
    n = next(_fresh)
    tps = [tp.id for j in project.journeys for tp in j.touchpoints]
    return {"tiers": lambda: Tier(f"tier-n{n}", f"T{n}"),
            "channels": lambda: Channel(f"ch-n{n}", f"C{n}"),
            "actions": lambda: CareAction(f"act-n{n}", tps[0] if tps else "nowhere"),
            "kpis": lambda: Kpi(f"K{n}"), "phases": lambda: Phase(f"P{n}"),
            "risks": lambda: Risk(f"R{n}")}[list_name]()


def journey_edit(ed: ProjectEditor, draw: st.DrawFn) -> Undo | None:
    """One edit of a journey's cards, arrows, marks or stages (None: not applicable)."""
    if not ed.project.journeys:
        return None
    j = draw(st.sampled_from(ed.project.journeys))
    tps, trs, stages = j.touchpoints, j.transitions, j.stages
    what = draw(st.sampled_from(["del_tp", "add_tp", "tp_fields", "marks", "del_tr", "add_tr",
                                 "share", "del_stage", "add_stage", "rename", "move_stage"]))
    if what == "del_tp" and tps:
        removal = ed.delete_touchpoint(j.id, draw(st.sampled_from(tps)).id)
        return lambda: ed.restore_touchpoint(removal)
    if what == "add_tp" and stages:
        tp = Touchpoint(f"tp-n{next(_fresh)}", draw(st.sampled_from(stages)).id, "New")
        ed.insert_touchpoint(j.id, tp, draw(st.integers(0, len(tps))))
        return lambda: ed.delete_touchpoint(j.id, tp.id) and None
    if what == "tp_fields" and tps:
        changes = draw(st.fixed_dictionaries({}, optional={
            "name": st.text(max_size=5), "x": st.floats(-1e3, 1e3), "emotion": st.integers(-3, 3),
            "channels": st.lists(st.sampled_from(["ch-0", "ch-1"]), max_size=2)}))
        tp_id = draw(st.sampled_from(tps)).id
        old = ed.set_touchpoint_fields(j.id, tp_id, changes)
        return lambda: ed.set_touchpoint_fields(j.id, tp_id, old) and None
    if what == "marks" and tps:
        tp_id = draw(st.sampled_from(tps)).id
        flags = st.sampled_from([None, True, False])
        old_marks = ed.set_entry_exit(j.id, tp_id, entry=draw(flags), exit=draw(flags))
        return lambda: ed.restore_entry_exit(j.id, tp_id, old_marks)
    if what == "del_tr" and trs:
        tr = draw(st.sampled_from(trs))
        index, taken = ed.delete_transition(j.id, tr.source, tr.target)
        return lambda: ed.insert_transition(j.id, taken, index)
    if what == "add_tr" and tps:
        s, t = draw(st.sampled_from(tps)).id, draw(st.sampled_from(tps)).id
        if any(x.source == s and x.target == t for x in trs):
            return None
        ed.insert_transition(j.id, Transition(s, t, 0.1), draw(st.integers(0, len(trs))))
        return lambda: ed.delete_transition(j.id, s, t) and None
    if what == "share" and trs:
        tr = draw(st.sampled_from(trs))
        old_share = ed.set_transition_share(j.id, tr.source, tr.target, draw(st.floats(0, 1)))
        return lambda: ed.set_transition_share(j.id, tr.source, tr.target, old_share) and None
    if what == "del_stage" and stages:
        stage_removal = ed.delete_stage(j.id, draw(st.sampled_from(stages)).id)
        return lambda: ed.restore_stage(stage_removal)
    if what == "add_stage":
        stage = Stage(f"st-n{next(_fresh)}", "New")
        ed.insert_stage(j.id, stage, draw(st.integers(0, len(stages))))
        return lambda: ed.delete_stage(j.id, stage.id) and None
    if what == "rename" and stages:
        stage_id = draw(st.sampled_from(stages)).id
        old_name = ed.rename_stage(j.id, stage_id, draw(st.text(max_size=5)))
        return lambda: ed.rename_stage(j.id, stage_id, old_name) and None
    if what == "move_stage" and len(stages) > 1:
        a, b = draw(st.permutations(range(len(stages))))[:2]
        ed.move_stage(j.id, a, b)
        return lambda: ed.move_stage(j.id, b, a)
    return None


def project_edit(ed: ProjectEditor, draw: st.DrawFn) -> Undo | None:
    """One edit of the journeys list, the plan lists or the project's own fields."""
    what = draw(st.sampled_from(["del_j", "add_j", "j_fields", "ins", "rem", "item_fields",
                                 "move", "project"]))
    journeys = ed.project.journeys
    list_name = draw(st.sampled_from(["tiers", "channels", "actions", "kpis", "phases", "risks"]))
    items = getattr(ed.project, list_name)
    if what == "del_j" and journeys:
        removal = ed.delete_journey(draw(st.sampled_from(journeys)).id)
        return lambda: ed.restore_journey(removal)
    if what == "add_j":
        journey = Journey(f"j-n{next(_fresh)}", "New")
        ed.insert_journey(journey, draw(st.integers(0, len(journeys))))
        return lambda: ed.delete_journey(journey.id) and None
    if what == "j_fields" and journeys:
        j_id = draw(st.sampled_from(journeys)).id
        old = ed.set_journey_fields(j_id, {"name": "x", "monthly_entries": 5.0})
        return lambda: ed.set_journey_fields(j_id, old) and None
    if what == "ins":
        item = _new(list_name, ed.project)
        at = ed.insert_item(list_name, item, draw(st.integers(0, len(items))))
        return lambda: ed.remove_item(list_name, getattr(item, "id", at)) and None
    if what == "rem" and items:
        index, taken = ed.remove_item(list_name, draw(st.integers(0, len(items) - 1)))
        return lambda: ed.insert_item(list_name, taken, index) and None
    if what == "item_fields" and items:
        key = draw(st.integers(0, len(items) - 1))
        old = ed.set_item_fields(list_name, key, {"name": draw(st.text(max_size=5))})
        return lambda: ed.set_item_fields(list_name, key, old) and None
    if what == "move" and len(items) > 1:
        a, b = draw(st.permutations(range(len(items))))[:2]
        ed.move_item(list_name, a, b)
        return lambda: ed.move_item(list_name, b, a)
    if what == "project":
        old = ed.set_project_fields({"name": "P", "budget_per_month": 1.0})
        return lambda: ed.set_project_fields(old) and None
    return None


@settings(max_examples=70, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.builds(plan) | projects(), st.data())
def test_any_edits_undone_in_reverse_give_back_each_earlier_project(project: Project,
                                                                   data: st.DataObject) -> None:
    editor = ProjectEditor(project)
    heard: list[Event] = []
    editor.subscribe(heard.append)
    history: list[tuple[Project, Undo]] = []
    for _ in range(data.draw(st.integers(1, 12), label="edits")):
        before = copy.deepcopy(editor.project)
        edit = data.draw(st.sampled_from([journey_edit, project_edit]))
        heard.clear()
        undo = edit(editor, data.draw)
        if undo is None:
            assert editor.project == before
            continue
        assert heard, "an edit must tell the views"
        history.append((before, undo))
    for before, undo in reversed(history):
        heard.clear()
        undo()
        assert heard, "an undo must tell the views"
        assert editor.project == before
