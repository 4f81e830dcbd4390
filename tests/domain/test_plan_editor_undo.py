"""The plan-list mutators (tiers, channels, care actions, KPIs, phases, risks, project
fields) and the list helpers under them, Qt-free: each change undone with what it
returns gives back the exact project, and each emits one event naming what changed."""

from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journey_designer.domain.editing import ProjectEditor
from journey_designer.domain.events import Event
from journey_designer.domain.list_ops import insert_at, put_back, take_where
from journey_designer.domain.model import CareAction, Channel, Kpi, Phase, Risk, Tier

NEW_ITEMS = {
    "tiers": Tier("vip", "VIP", 0.01), "channels": Channel("mail", "Letter"),
    "actions": CareAction("act9", "d", ["gold"], "sms", "PIN reminder"),
    "kpis": Kpi("Churn", 0.1, 0.05), "phases": Phase("Review"), "risks": Risk("Budget cut"),
}
# the second item of each list: by id where items have one, else by index
SECOND = {"tiers": "silver", "channels": "phone", "actions": "act2", "kpis": 1, "phases": 1,
          "risks": 1}
KIND = {"tiers": "tier", "channels": "channel", "actions": "action", "kpis": "plan",
        "phases": "plan", "risks": "plan"}


def names(editor: ProjectEditor, list_name: str) -> list[str]:
    return [item.name for item in getattr(editor.project, list_name)]


@pytest.mark.parametrize("list_name", list(NEW_ITEMS))
def test_an_item_inserted_in_the_middle_and_removed_again_leaves_the_project_as_it_was(
        editor: ProjectEditor, events: list[Event], list_name: str) -> None:
    before = copy.deepcopy(editor.project)
    item = copy.deepcopy(NEW_ITEMS[list_name])
    assert editor.insert_item(list_name, item, 1) == 1
    assert names(editor, list_name)[1] == item.name
    key = getattr(item, "id", 1)
    assert editor.remove_item(list_name, key) == (1, item)
    assert editor.project == before
    assert [(e.kind, e.change) for e in events] == [(KIND[list_name], "added"),
                                                   (KIND[list_name], "removed")]


@pytest.mark.parametrize("list_name", list(NEW_ITEMS))
def test_an_item_removed_comes_back_at_its_index(editor: ProjectEditor, list_name: str) -> None:
    before = copy.deepcopy(editor.project)
    index, item = editor.remove_item(list_name, SECOND[list_name])
    assert index == 1
    assert item.name not in names(editor, list_name)
    editor.insert_item(list_name, item, index)
    assert editor.project == before


@pytest.mark.parametrize("list_name, changes", [
    ("tiers", {"name": "金卡", "share": 0.2, "human_touch_at_mot": True}),
    ("channels", {"kind": "human", "capacity_per_day": 50}),
    ("actions", {"tiers": ["bronze"], "cost": 1.5, "status": "active"}),
    ("kpis", {"target": 40.0}), ("phases", {"tasks": ["a", "b"]}), ("risks", {"owner": "Ops"}),
])
def test_item_fields_return_their_old_values_which_undo_the_change(
        editor: ProjectEditor, events: list[Event], list_name: str,
        changes: dict[str, object]) -> None:
    before = copy.deepcopy(editor.project)
    key = SECOND[list_name]
    old = editor.set_item_fields(list_name, key, changes)
    item = editor.item(list_name, key)
    assert {name: getattr(item, name) for name in changes} == changes
    assert events[-1].fields == tuple(changes) and events[-1].change == "changed"
    editor.set_item_fields(list_name, key, old)
    assert editor.project == before


@pytest.mark.parametrize("list_name", ["tiers", "channels", "actions", "kpis"])
def test_moving_an_item_and_moving_it_back_restores_the_order(
        editor: ProjectEditor, events: list[Event], list_name: str) -> None:
    before = copy.deepcopy(editor.project)
    first = names(editor, list_name)[0]
    editor.move_item(list_name, 0, 1)
    assert names(editor, list_name)[1] == first
    editor.move_item(list_name, 1, 0)
    assert editor.project == before
    assert events == [Event(KIND[list_name], "reordered", None, list_name)] * 2  # type: ignore[arg-type]


def test_project_fields_return_their_old_values(editor: ProjectEditor,
                                                events: list[Event]) -> None:
    before = copy.deepcopy(editor.project)
    old = editor.set_project_fields({"name": "卡片关怀", "budget_per_month": 5000.0})
    assert old == {"name": "Card care", "budget_per_month": None}
    editor.set_project_fields(old)
    assert editor.project == before
    assert events[0] == Event("project", "changed", None, None, ("name", "budget_per_month"))


def test_an_action_event_names_its_journey_and_card(editor: ProjectEditor,
                                                    events: list[Event]) -> None:
    # the map refreshes the card in `parent`; the care matrix the row of that card
    editor.set_item_fields("actions", "act2", {"name": "Renewal SMS"})
    editor.remove_item("actions", "act6")
    editor.insert_item("actions", CareAction("act9", "d", ["gold"], "sms"), 0)
    assert [(e.change, e.journey, e.key, e.parent) for e in events] == [
        ("changed", "j2", "act2", "x"), ("removed", "j1", "act6", "e"), ("added", "j1", "act9", "d")]


def test_items_without_ids_are_named_by_their_index_in_events(editor: ProjectEditor,
                                                               events: list[Event]) -> None:
    editor.set_item_fields("risks", 1, {"mitigation": "second provider"})
    editor.insert_item("kpis", Kpi("CSAT"))
    assert [(e.kind, e.key) for e in events] == [("plan", "risks[1]"), ("plan", "kpis[2]")]


@pytest.mark.parametrize("list_name, key", [("journeys", 0), ("tiers", "nope"), ("kpis", 2),
                                            ("risks", -1)])
def test_an_unknown_list_or_item_is_a_key_error_and_changes_nothing(
        editor: ProjectEditor, events: list[Event], list_name: str, key: str | int) -> None:
    before = copy.deepcopy(editor.project)
    with pytest.raises(KeyError):
        editor.remove_item(list_name, key)
    assert editor.project == before and events == []


def test_actions_using_a_tier_or_channel(editor: ProjectEditor) -> None:
    assert editor.actions_using("tiers", "silver") == ["act2", "act3", "act6"]
    assert editor.actions_using("channels", "phone") == ["act1", "act5"]
    assert editor.actions_using("kpis", "NPS") == []


# ------------------------------------------------------------ list_ops


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(0, 9)), st.sets(st.integers(0, 9)))
def test_taking_items_and_putting_them_back_restores_the_list(items: list[int],
                                                                drop: set[int]) -> None:
    original = list(items)
    taken = take_where(items, lambda v: v not in drop)
    assert items == [v for v in original if v not in drop]
    assert [v for _, v in taken] == [v for v in original if v in drop]
    put_back(items, taken)
    assert items == original


@pytest.mark.parametrize("index, expected", [(None, (3, [1, 2, 3, 9])), (0, (0, [9, 1, 2, 3])),
                                             (2, (2, [1, 2, 9, 3]))])
def test_insert_at_returns_where_the_item_went(index: int | None,
                                               expected: tuple[int, list[int]]) -> None:
    items = [1, 2, 3]
    assert (insert_at(items, 9, index), items) == expected
