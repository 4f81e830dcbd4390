"""ProjectEditor's journey mutators, Qt-free: each change, undone with the record it
returns, gives back the exact project (same objects' values, every list in the same
order), and the observer hears one event per thing that changed."""

from __future__ import annotations

import copy
import itertools

import pytest

from journey_designer.domain.editing import ProjectEditor
from journey_designer.domain.events import Event
from journey_designer.domain.model import Journey, Stage, Touchpoint, Transition


def tp_ids(editor: ProjectEditor, journey: str = "j1") -> list[str]:
    return [tp.id for tp in editor.journey(journey).touchpoints]


def arrows(editor: ProjectEditor, journey: str = "j1") -> list[str]:
    return [f"{t.source}->{t.target}" for t in editor.journey(journey).transitions]


def action_ids(editor: ProjectEditor) -> list[str]:
    return [a.id for a in editor.project.actions]


# ------------------------------------------------------------ touchpoints


def test_deleting_a_card_takes_its_arrows_marks_and_care_and_undo_puts_each_back_in_place(
        editor: ProjectEditor, events: list[Event]) -> None:
    before = copy.deepcopy(editor.project)
    removal = editor.delete_touchpoint("j1", "c")

    assert tp_ids(editor) == ["a", "b", "d", "e"]
    assert arrows(editor) == ["a->b", "d->e", "e->a"]
    assert editor.journey("j1").entries == ["a"]
    assert action_ids(editor) == ["act2", "act4", "act5", "act6"]
    assert [(e.kind, e.change, e.key) for e in events] == [
        ("transition", "removed", "a->c"), ("transition", "removed", "b->c"),
        ("transition", "removed", "c->d"), ("transition", "removed", "c->e"),
        ("action", "removed", "c"), ("touchpoint", "removed", "c")]

    events.clear()
    editor.restore_touchpoint(removal)
    assert editor.project == before
    assert tp_ids(editor) == ["a", "b", "c", "d", "e"]
    assert editor.journey("j1").entries == ["c", "a"]  # first again, not appended
    assert action_ids(editor) == ["act1", "act2", "act3", "act4", "act5", "act6"]
    assert [(e.kind, e.change, e.key) for e in events] == [
        ("touchpoint", "added", "c"), ("transition", "added", "a->c"),
        ("transition", "added", "b->c"), ("transition", "added", "c->d"),
        ("transition", "added", "c->e"), ("action", "added", "c")]


def test_the_care_events_of_a_card_deletion_name_the_card_as_the_actions_parent(
        editor: ProjectEditor, events: list[Event]) -> None:
    # events.py: `parent` is the touchpoint of a care action; the map refreshes that card
    # (without it a card restored by undo after another edit showed no care dots)
    editor.restore_touchpoint(editor.delete_touchpoint("j1", "c"))
    care = [e for e in events if e.kind == "action"]
    assert [(e.change, e.journey, e.parent) for e in care] == [
        ("removed", "j1", "c"), ("added", "j1", "c")]


def test_a_card_without_arrows_or_care_is_deleted_and_restored_with_one_event_each(
        editor: ProjectEditor, events: list[Event]) -> None:
    editor.insert_touchpoint("j1", Touchpoint("lone", "s3", "Survey"), 2)
    before = copy.deepcopy(editor.project)
    events.clear()
    removal = editor.delete_touchpoint("j1", "lone")
    editor.restore_touchpoint(removal)
    assert editor.project == before
    assert tp_ids(editor)[2] == "lone"
    assert [(e.kind, e.change) for e in events] == [("touchpoint", "removed"),
                                                   ("touchpoint", "added")]


@pytest.mark.parametrize("index, expected", [(0, ["n", "a", "b", "c", "d", "e"]),
                                             (3, ["a", "b", "c", "n", "d", "e"]),
                                             (None, ["a", "b", "c", "d", "e", "n"])])
def test_a_new_card_goes_where_asked_and_deleting_it_gives_back_the_project(
        editor: ProjectEditor, events: list[Event], index: int | None,
        expected: list[str]) -> None:
    before = copy.deepcopy(editor.project)
    editor.insert_touchpoint("j1", Touchpoint("n", "s2", "New"), index)
    assert tp_ids(editor) == expected
    assert events == [Event("touchpoint", "added", "j1", "n")]
    editor.delete_touchpoint("j1", "n")
    assert editor.project == before


def test_setting_card_fields_returns_the_old_values_which_undo_the_change(
        editor: ProjectEditor, events: list[Event]) -> None:
    before = copy.deepcopy(editor.project)
    old = editor.set_touchpoint_fields("j1", "d", {"name": "PIN set", "x": 320.0,
                                                   "channels": ["sms"]})
    assert old == {"name": "PIN", "x": 300, "channels": []}
    assert editor.touchpoint("j1", "d").name == "PIN set"
    assert events == [Event("touchpoint", "changed", "j1", "d", ("name", "x", "channels"))]
    editor.set_touchpoint_fields("j1", "d", old)
    assert editor.project == before


@pytest.mark.parametrize("tp, entry, exit_, entries, exits", [
    ("d", True, None, ["c", "a", "d"], ["e", "d"]),
    ("c", False, True, ["a"], ["e", "d", "c"]),
    ("e", None, False, ["c", "a"], ["d"]),
    ("a", True, None, ["c", "a"], ["e", "d"]),  # already an entry: nothing doubles
])
def test_entry_and_exit_marks_change_and_undo_restores_their_order(
        editor: ProjectEditor, events: list[Event], tp: str, entry: bool | None,
        exit_: bool | None, entries: list[str], exits: list[str]) -> None:
    before = copy.deepcopy(editor.project)
    old = editor.set_entry_exit("j1", tp, entry=entry, exit=exit_)
    journey = editor.journey("j1")
    assert (journey.entries, journey.exits) == (entries, exits)
    editor.restore_entry_exit("j1", tp, old)
    assert editor.project == before
    assert events == [Event("touchpoint", "changed", "j1", tp, ("entries", "exits"))] * 2


# ------------------------------------------------------------ transitions


def test_an_arrow_deleted_from_the_middle_comes_back_at_its_index(
        editor: ProjectEditor, events: list[Event]) -> None:
    before = copy.deepcopy(editor.project)
    index, tr = editor.delete_transition("j1", "b", "c")
    assert (index, tr) == (2, Transition("b", "c", 1.0))
    assert "b->c" not in arrows(editor)
    editor.insert_transition("j1", tr, index)
    assert editor.project == before
    assert events == [Event("transition", "removed", "j1", "b->c"),
                      Event("transition", "added", "j1", "b->c")]


def test_a_share_change_returns_the_old_share(editor: ProjectEditor,
                                              events: list[Event]) -> None:
    before = copy.deepcopy(editor.project)
    old = editor.set_transition_share("j1", "a", "b", 0.25)
    assert (old, editor.transition("j1", "a", "b").share) == (0.6, 0.25)
    editor.set_transition_share("j1", "a", "b", old)
    assert editor.project == before
    assert events == [Event("transition", "changed", "j1", "a->b", ("share",))] * 2


# ------------------------------------------------------------ stages


def test_deleting_a_stage_takes_its_cards_with_everything_they_had_and_undo_restores_all(
        editor: ProjectEditor, events: list[Event]) -> None:
    before = copy.deepcopy(editor.project)
    removal = editor.delete_stage("j1", "s2")  # cards c and d: arrows between them too
    assert [s.id for s in editor.journey("j1").stages] == ["s1", "s3"]
    assert tp_ids(editor) == ["a", "b", "e"]
    assert arrows(editor) == ["a->b", "e->a"]
    assert (editor.journey("j1").entries, editor.journey("j1").exits) == (["a"], ["e"])
    assert action_ids(editor) == ["act2", "act4", "act5", "act6"]
    assert events[-1] == Event("stage", "removed", "j1", "s2")
    assert {e.key for e in events if e.kind == "touchpoint"} == {"c", "d"}

    events.clear()
    editor.restore_stage(removal)
    assert editor.project == before
    assert events[0] == Event("stage", "added", "j1", "s2")
    assert sorted(e.key or "" for e in events if e.kind == "transition") == sorted(
        ["a->c", "b->c", "c->d", "c->e", "d->e"])


def test_an_empty_new_stage_is_inserted_where_asked_and_deleting_it_undoes_it(
        editor: ProjectEditor, events: list[Event]) -> None:
    before = copy.deepcopy(editor.project)
    editor.insert_stage("j1", Stage("s9", "Support"), 1)
    assert [s.id for s in editor.journey("j1").stages] == ["s1", "s9", "s2", "s3"]
    editor.delete_stage("j1", "s9")
    assert editor.project == before
    assert events == [Event("stage", "added", "j1", "s9"), Event("stage", "removed", "j1", "s9")]


def test_renaming_a_stage_returns_the_old_name(editor: ProjectEditor,
                                               events: list[Event]) -> None:
    before = copy.deepcopy(editor.project)
    assert editor.rename_stage("j1", "s3", "使用") == "Use"
    assert editor.stage("j1", "s3").name == "使用"
    editor.rename_stage("j1", "s3", "Use")
    assert editor.project == before
    assert events == [Event("stage", "changed", "j1", "s3", ("name",))] * 2


@pytest.mark.parametrize("old, new", list(itertools.permutations(range(3), 2)))
def test_moving_a_stage_and_moving_it_back_restores_the_order(
        editor: ProjectEditor, events: list[Event], old: int, new: int) -> None:
    before = copy.deepcopy(editor.project)
    moved = editor.journey("j1").stages[old].id
    editor.move_stage("j1", old, new)
    assert editor.journey("j1").stages[new].id == moved
    editor.move_stage("j1", new, old)
    assert editor.project == before
    assert events == [Event("stage", "reordered", "j1")] * 2


# ------------------------------------------------------------ journeys


def test_deleting_a_journey_takes_its_care_actions_and_undo_puts_them_back_between_the_others(
        editor: ProjectEditor, events: list[Event]) -> None:
    before = copy.deepcopy(editor.project)
    removal = editor.delete_journey("j2")
    assert [j.id for j in editor.project.journeys] == ["j1"]
    assert action_ids(editor) == ["act1", "act3", "act4", "act6"]
    editor.restore_journey(removal)
    assert editor.project == before
    assert action_ids(editor) == ["act1", "act2", "act3", "act4", "act5", "act6"]


def test_deleting_a_journey_tells_the_views_its_care_actions_went_and_came_back(
        editor: ProjectEditor, events: list[Event]) -> None:
    # the map keeps an index of actions by card and forgets it on "action" events only
    # (undoing a journey deletion after another edit left its cards without care dots)
    editor.restore_journey(editor.delete_journey("j2"))
    assert [(e.kind, e.change, e.parent) for e in events] == [
        ("action", "removed", "x"), ("action", "removed", "y"), ("journey", "removed", None),
        ("action", "added", "x"), ("action", "added", "y"), ("journey", "added", None)]


def test_a_journey_without_care_is_deleted_and_restored_at_its_index(
        editor: ProjectEditor, events: list[Event]) -> None:
    editor.insert_journey(Journey("j0", "Complaints"), 0)
    assert [j.id for j in editor.project.journeys] == ["j0", "j1", "j2"]
    before = copy.deepcopy(editor.project)
    events.clear()
    editor.restore_journey(editor.delete_journey("j0"))
    assert editor.project == before
    assert events == [Event("journey", "removed", "j0", "j0"), Event("journey", "added", "j0", "j0")]


def test_journey_fields_return_their_old_values(editor: ProjectEditor,
                                                events: list[Event]) -> None:
    before = copy.deepcopy(editor.project)
    old = editor.set_journey_fields("j2", {"name": "续约", "monthly_entries": 250.0})
    assert old == {"name": "Renewal", "monthly_entries": 200}
    editor.set_journey_fields("j2", old)
    assert editor.project == before
    assert events[0] == Event("journey", "changed", "j2", "j2", ("name", "monthly_entries"))


def test_replacing_the_project_is_one_reset_event(editor: ProjectEditor,
                                                  events: list[Event]) -> None:
    original = editor.project
    other = copy.deepcopy(original)
    other.name = "Other"
    editor.replace_project(other)
    assert editor.project is other
    editor.replace_project(original)
    assert editor.project is original
    assert events == [Event("project", "reset")] * 2


# ------------------------------------------------------------ look-ups and the observer


@pytest.mark.parametrize("look_up", [
    lambda ed: ed.journey("nope"), lambda ed: ed.touchpoint("j1", "x"),
    lambda ed: ed.stage("j2", "s1"), lambda ed: ed.transition("j1", "b", "a")])
def test_look_ups_of_what_is_not_there_raise_key_error(editor: ProjectEditor, look_up) -> None:
    with pytest.raises(KeyError):
        look_up(editor)


def test_an_unsubscribed_listener_hears_nothing_more(editor: ProjectEditor) -> None:
    heard: list[Event] = []
    unsubscribe = editor.subscribe(heard.append)
    editor.rename_stage("j1", "s1", "A")
    unsubscribe()
    unsubscribe()  # twice is harmless
    editor.rename_stage("j1", "s1", "B")
    assert len(heard) == 1


def test_a_listener_may_unsubscribe_while_being_called(editor: ProjectEditor) -> None:
    heard: list[str] = []
    unsubscribe = editor.subscribe(lambda e: (heard.append("first"), unsubscribe()))
    editor.subscribe(lambda e: heard.append("second"))
    editor.rename_stage("j1", "s1", "A")
    editor.rename_stage("j1", "s1", "B")
    assert heard == ["first", "second", "second"]
