"""The Properties dock both ways, form by form (napari's widget tests): a change in the
model — through the document API and through undo — shows in the form, and a value typed
in the form reaches the model as one undoable command that undo takes back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget


def _type(widget: QWidget, text: str, finish: bool = True) -> None:
    """Select what the field holds and type over it, as a user does; Return finishes."""
    widget.setFocus()
    widget.selectAll()
    QTest.keyClicks(widget, text)
    if finish:
        QTest.keyClick(widget, Qt.Key.Key_Return)


def test_touchpoint_form_shows_a_change_made_through_the_document(qtbot, window) -> None:
    window.scene.select_cards(["c"])
    form = window.properties.touchpoint
    assert form.owner.text() == ""
    window.document.set_touchpoint_fields("j1", "c", {"owner": "Card team", "emotion": -1})
    qtbot.waitUntil(lambda: form.owner.text() == "Card team", timeout=2000)
    assert form.emotion.value() == -1
    window.document.undo_stack.undo()
    qtbot.waitUntil(lambda: form.owner.text() == "", timeout=2000)
    assert form.emotion.value() == 2


def test_stage_form_both_ways(qtbot, window) -> None:
    document, stack = window.document, window.document.undo_stack
    window.scene.stage_clicked.emit("s2")
    form = window.properties.stage
    _type(form.name, "Everyday use")
    assert document.editor.stage("j1", "s2").name == "Everyday use"
    assert stack.count() == 1
    stack.undo()
    assert document.editor.stage("j1", "s2").name == "Use"
    qtbot.waitUntil(lambda: form.name.text() == "Use", timeout=2000)
    document.rename_stage("j1", "s2", "Daily use")
    qtbot.waitUntil(lambda: form.name.text() == "Daily use", timeout=2000)


def test_transition_form_both_ways(qtbot, window) -> None:
    document, stack = window.document, window.document.undo_stack
    window.scene.arrows[("a", "c")].setSelected(True)
    form = window.properties.transition
    _type(form.share, "55")
    assert document.editor.transition("j1", "a", "c").share == 0.55
    assert stack.count() == 1
    stack.undo()
    assert document.editor.transition("j1", "a", "c").share == 0.6
    form.share.clearFocus()
    qtbot.waitUntil(lambda: form.share.text() == "60", timeout=2000)
    document.set_share("j1", "a", "c", 0.4)
    qtbot.waitUntil(lambda: form.share.text() == "40", timeout=2000)
    assert window.scene.arrows[("a", "c")].label() == "40 %"


def test_journey_form_typing_is_one_step_per_field(qtbot, window) -> None:
    document, stack = window.document, window.document.undo_stack
    window.scene.clearSelection()
    form = window.properties.journey
    _type(form.name, "Credit card journey")
    _type(form.entries, "4500")
    assert stack.count() == 2  # not one step per digit
    form.opportunities.setFocus()
    QTest.keyClicks(form.opportunities, "Pre-fill forms")
    QTest.keyClick(form.opportunities, Qt.Key.Key_Return)
    QTest.keyClicks(form.opportunities, "Call back")
    form.name.setFocus()  # leaving the box finishes the edit
    journey = document.project.journeys[0]
    assert (journey.name, journey.monthly_entries) == ("Credit card journey", 4500)
    assert journey.opportunities == ["Pre-fill forms", "Call back"]
    assert stack.count() == 3  # not one step per key
    stack.undo()
    assert document.project.journeys[0].opportunities == []
    qtbot.waitUntil(lambda: form.opportunities.toPlainText() == "", timeout=2000)
    stack.undo()
    qtbot.waitUntil(lambda: form.entries.value() == 3000, timeout=2000)
    stack.undo()
    qtbot.waitUntil(lambda: form.name.text() == "Card journey", timeout=2000)


def test_journey_form_shows_a_change_made_through_the_document(qtbot, window) -> None:
    window.scene.clearSelection()
    form = window.properties.journey
    window.document.set_journey_fields("j1", {"opportunities": ["Call back within a day"],
                                              "monthly_entries": 5000})
    qtbot.waitUntil(lambda: form.opportunities.toPlainText() == "Call back within a day",
                    timeout=2000)
    assert form.entries.value() == 5000
    window.document.rename_journey("j1", "Cards")
    qtbot.waitUntil(lambda: form.name.text() == "Cards", timeout=2000)
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    qtbot.waitUntil(lambda: form.opportunities.toPlainText() == "", timeout=2000)
    assert form.name.text() == "Card journey"


def test_an_unrelated_edit_keeps_what_is_being_typed(qtbot, window) -> None:
    """An edit elsewhere (the document changes, the dock refreshes) while the user is
    typing opportunities does not throw the unfinished text away."""
    window.scene.clearSelection()
    form = window.properties.journey
    _type(form.name, "Cards", finish=False)
    window.document.set_touchpoint_fields("j1", "d", {"owner": "Renewals"})
    qtbot.wait(20)
    assert form.name.text() == "Cards"
    form.opportunities.setFocus()
    QTest.keyClicks(form.opportunities, "Pre-fill")
    window.document.set_touchpoint_fields("j1", "d", {"owner": "Renewal desk"})
    qtbot.wait(20)
    assert form.opportunities.toPlainText() == "Pre-fill"
    form.name.setFocus()
    assert window.document.project.journeys[0].opportunities == ["Pre-fill"]


def test_project_section_shows_a_change_made_through_the_document(qtbot, window) -> None:
    window.scene.clearSelection()
    form = window.properties.project
    window.document.set_project_fields({"name": "Outage care", "budget_per_month": 12000.0})
    qtbot.waitUntil(lambda: form.name.text() == "Outage care", timeout=2000)
    assert form.budget.text() == "12000"
    window.document.undo_stack.undo()
    qtbot.waitUntil(lambda: form.name.text() == "Small plan", timeout=2000)
    assert form.budget.text() == ""
