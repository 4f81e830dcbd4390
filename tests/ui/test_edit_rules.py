"""The app never keeps what `journey-designer validate` rejects (issue 14): the rules live
in the document API, every editor goes through them, an invalid field turns red and says
why, and the project stays valid."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from ui_helpers import small_project, snapshot

from journey_designer.domain import CareAction, Transition, Trigger
from journey_designer.domain.validation import validate
from journey_designer.ui.main_window import MainWindow

RED = "d23c3c"


def _channel(window, name: str) -> str:
    return next(c.id for c in window.document.project.channels if c.name == name)


def _open_action(window, action: CareAction):
    window.document.add_item("actions", action)
    window.document.undo_stack.clear()
    window.session.show_action(action.id)
    form = window.care.actions_panel.form
    assert window.care.actions_panel.pages.currentWidget() is form
    return form


def test_an_invalid_action_from_a_file_shows_red_and_says_why(qtbot) -> None:
    project = small_project()
    project.actions.append(CareAction("act-1", "c", [project.tiers[0].id],
                                      project.channels[0].id, "Welcome call",
                                      trigger=Trigger("event")))
    win = MainWindow(project)
    qtbot.addWidget(win)
    win.session.show_action("act-1")
    form = win.care.actions_panel.form
    assert RED in form.trigger.event_name.styleSheet()
    assert form.trigger.event_name.toolTip() == "an event trigger needs the event's name"
    assert "an event trigger needs the event's name" in form.problem.text()
    form.trigger.event_name.setText("card received")  # mending it clears the red
    form.trigger.event_name.editingFinished.emit()
    assert win.document.project.actions[0].trigger == Trigger("event", event="card received")
    assert form.trigger.event_name.styleSheet() == ""
    assert form.problem.text() == ""
    assert validate(win.document.project) == []
    win.document.undo_stack.setClean()


def test_emptying_a_trigger_turns_it_red_and_keeps_the_valid_action(qtbot, window) -> None:
    form = _open_action(window, CareAction("act-1", "c", [], _channel(window, "SMS"), "Receipt",
                                           trigger=Trigger("event", event="paid")))
    before = snapshot(window)
    form.trigger.event_name.clear()
    form.trigger.event_name.editingFinished.emit()
    assert window.document.project == before
    assert RED in form.trigger.event_name.styleSheet()
    assert form.problem.text() != ""
    name = form.name
    name.selectAll()
    QTest.keyClick(name, Qt.Key.Key_Backspace)
    assert window.document.project.actions[0].name == "Receipt"
    assert RED in name.styleSheet() and name.toolTip() == "the action has no name"
    assert validate(window.document.project) == []


def test_the_document_refuses_what_validate_rejects(qtbot, window) -> None:
    doc = window.document
    doc.add_item("actions", doc.new_action("c", [], _channel(window, "SMS"), "Receipt"))
    action_id = doc.project.actions[0].id
    before = snapshot(window)
    refused: list[str] = []
    doc.edit_refused.connect(refused.append)
    assert doc.update_item("actions", action_id, {"trigger": Trigger("offset", event="x")}) == [
        "an offset trigger needs a number of days"]
    assert doc.update_item("actions", action_id, {"start": "2026-02-30"}) != []
    assert doc.update_item("tiers", doc.project.tiers[0].id, {"share": 0.5}) != []  # sum > 1
    assert doc.set_touchpoint_fields("j1", "a", {"name": " "}) == ["the touchpoint has no name"]
    assert doc.set_journey_fields("j1", {"monthly_entries": -5}) != []
    assert doc.set_project_fields({"name": ""}) != []
    assert doc.project == before and len(refused) == 6
    assert validate(doc.project) == []


def test_a_share_too_big_in_the_plan_dock_tier_table_says_why(qtbot, window) -> None:
    window.actions["actionShowPlan"].trigger()
    plan = window.care.plan
    before = snapshot(window)
    assert plan.edit_cell("tiers", 0, 1, "50") is False  # 50 + 30 + 60 > 100 %
    assert "more than 1" in plan.editors["tiers"].model.last_problem
    assert window.document.project == before


# ------------------------------------------------------------ shares leaving a card


def test_the_in_place_share_editor_cannot_share_out_more_than_all(qtbot, window) -> None:
    doc = window.document
    doc.connect("j1", "a", "d")  # takes the 40 % left
    assert doc.editor.transition("j1", "a", "d").share == 0.4
    scene = window.scene
    scene.commit_edit("share", "a->c", "85")  # what the in-place editor does on Enter
    assert doc.editor.transition("j1", "a", "c").share == 0.6
    assert "Only 60 % of the customers here are left" in window.statusBar().currentMessage()
    scene.commit_edit("share", "a->c", "50")
    assert doc.editor.transition("j1", "a", "c").share == 0.5
    assert validate(doc.project) == []


def test_properties_and_in_place_editor_say_the_same(qtbot, window) -> None:
    doc = window.document
    doc.connect("j1", "a", "d")
    window.scene.arrows[("a", "c")].setSelected(True)
    form = window.properties.transition
    share = form.findChild(QLineEdit, "transitionShare")
    share.selectAll()
    QTest.keyClicks(share, "85")
    assert form.message.text() == doc.share_problem("j1", "a", "c", 0.85)


def test_a_card_whose_shares_no_longer_add_up_shows_a_warning(qtbot) -> None:
    project = small_project()
    project.journeys[0].transitions.append(Transition("c", "b", 0.55))  # 70 % + 55 %
    win = MainWindow(project)
    qtbot.addWidget(win)
    card = win.scene.cards["c"]
    assert "125 %" in card.data.warning
    assert "125 %" in card.toolTip()
    assert win.scene.cards["a"].data.warning == ""
    win.document.set_share("j1", "c", "b", 0.3)  # the fix is allowed: it lowers the total
    assert win.scene.cards["c"].data.warning == ""
    win.document.delete_items("j1", ["d"], [])  # "c" now leads nowhere and is no exit
    assert win.scene.cards["c"].data.warning == ""  # 30 % still go on to "b"
    win.document.delete_items("j1", [], [("c", "b")])
    assert "nowhere" in win.scene.cards["c"].data.warning
    win.document.undo_stack.undo()
    assert win.scene.cards["c"].data.warning == ""
    win.document.undo_stack.setClean()
