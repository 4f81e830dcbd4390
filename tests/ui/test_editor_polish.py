"""Small places where the editor broke trust (issue 14): cost follows the channel, Enter
finishes renaming a card, the project can be named, History names what changed, plurals,
the Plan dock keeps its place, Ctrl+Shift+P opens it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QUndoView
from ui_helpers import send_mouse, view_point

from journey_designer.domain import CareAction, Trigger
from journey_designer.ui.care_text import trigger_summary


def _channel(window, name: str) -> str:
    return next(c.id for c in window.document.project.channels if c.name == name)


def _gold(window) -> str:
    return window.document.project.tiers[0].id


def test_cost_follows_the_channel_until_the_user_types_one(qtbot, window) -> None:
    doc = window.document
    action = doc.new_action("c", [_gold(window)], _channel(window, "SMS"), "Thank-you")
    assert action.cost is None  # follows the channel
    doc.add_item("actions", action)
    window.session.show_action(action.id)
    form = window.care.actions_panel.form
    assert form.cost.value() == 0.05
    runner = window.gaps.runner
    gold_cost = runner.refresh_now().value[0].care_cost_per_customer
    form.channel.setCurrentIndex(form.channel.findText("Account manager"))
    form.channel.activated.emit(form.channel.currentIndex())
    qtbot.wait(5)
    assert doc.project.actions[-1].cost is None
    assert form.cost.value() == 12.0
    assert runner.refresh_now().value[0].care_cost_per_customer > gold_cost * 100
    form.cost.setValue(9.5)  # typed: the action's own cost from now on
    assert doc.project.actions[-1].cost == 9.5
    form.channel.setCurrentIndex(form.channel.findText("Phone"))
    form.channel.activated.emit(form.channel.currentIndex())
    assert doc.project.actions[-1].cost == 9.5
    form.follow_channel.click()
    assert doc.project.actions[-1].cost is None
    qtbot.wait(5)
    assert form.cost.value() == 3.5


def test_an_older_copied_cost_follows_a_new_channel(qtbot, window) -> None:
    doc = window.document
    doc.add_item("actions", CareAction("act-1", "c", [_gold(window)], _channel(window, "SMS"),
                                       "Receipt", trigger=Trigger("event", event="paid"),
                                       cost=0.05))
    doc.update_item("actions", "act-1", {"channel": _channel(window, "Account manager")})
    assert doc.project.actions[0].cost is None


def test_enter_finishes_renaming_a_card(qtbot, window) -> None:
    card = window.scene.cards["c"]
    window.scene.select_cards(["c"])
    point = view_point(window, card.pos().x() + 60, card.pos().y() + 40)
    send_mouse(window, QMouseEvent.Type.MouseButtonDblClick, point)
    send_mouse(window, QMouseEvent.Type.MouseButtonRelease, point, buttons=Qt.MouseButton.NoButton)
    editor = window.view.findChild(QLineEdit, "inlineEditor")
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    QTest.keyClicks(editor, "First payment")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)
    QApplication.processEvents()
    assert window.document.editor.touchpoint("j1", "c").name == "First payment"
    assert not [e for e in window.view.findChildren(QLineEdit, "inlineEditor") if e.isVisible()]
    assert window.view.editor is None


def test_the_project_is_named_in_the_properties_dock(qtbot, window) -> None:
    window.scene.clearSelection()
    panel = window.properties
    form = panel.project
    assert form.isVisible() or panel.stack.currentWidget() is panel.journey
    name = form.findChild(QLineEdit, "projectName")
    assert name.text() == "Small plan"
    name.selectAll()
    QTest.keyClicks(name, "Broadband outage care")
    QTest.keyClick(name, Qt.Key.Key_Return)
    assert window.document.project.name == "Broadband outage care"
    assert window.document.undo_stack.count() == 1
    budget = form.findChild(QLineEdit, "projectBudget")
    budget.setText("-3")
    budget.editingFinished.emit()
    assert window.document.project.budget_per_month is None
    assert "d23c3c" in budget.styleSheet() and budget.toolTip()
    budget.setText("25000")
    budget.editingFinished.emit()
    assert window.document.project.budget_per_month == 25000
    form.locale.setCurrentIndex(form.locale.findData("zh_CN"))
    form.locale.activated.emit(form.locale.currentIndex())
    assert window.document.project.locale == "zh_CN"
    name.selectAll()
    QTest.keyClick(name, Qt.Key.Key_Backspace)
    QTest.keyClick(name, Qt.Key.Key_Return)
    assert window.document.project.name == "Broadband outage care"  # a name is needed
    assert "d23c3c" in name.styleSheet()
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert window.document.project.name == "Small plan"
    assert name.text() == "Small plan"


def test_history_names_what_changed(qtbot, window) -> None:
    doc = window.document
    doc.add_item("actions", doc.new_action("c", [_gold(window)], _channel(window, "SMS"),
                                           "Welcome call"))
    window.session.show_action(doc.project.actions[0].id)
    form = window.care.actions_panel.form
    QTest.keyClicks(form.owner, "Care team")
    doc.set_touchpoint_fields("j1", "a", {"emotion": 2})
    doc.set_share("j1", "a", "c", 0.5)
    texts = [doc.undo_stack.text(i) for i in range(doc.undo_stack.count())]
    assert texts == ["Add care action “Welcome call”",
                     "Edit care action “Welcome call”: owner",
                     "Edit card “Apply online”: emotion",
                     "Change share “Apply online” → “First purchase”"]
    window.actions["actionHistory"].trigger()
    view = window.findChild(QUndoView, "historyView")
    assert view.model().index(2, 0).data() == "Edit care action “Welcome call”: owner"


def test_one_day_is_singular() -> None:
    assert trigger_summary(Trigger("offset", event="payment due", days=1), "x") == \
        "1 day after payment due"
    assert trigger_summary(Trigger("offset", event="payment due", days=-1), "x") == \
        "1 day before payment due"
    assert trigger_summary(Trigger("offset", event="renewal", days=-30), "x") == \
        "30 days before renewal"


def test_the_plan_dock_keeps_its_row_after_an_edit(qtbot, window) -> None:
    window.actions["actionShowPlan"].trigger()
    editor = window.care.plan.editors["channels"]
    table = editor.table
    qtbot.waitExposed(table)
    index = editor.model.index(5, 3)  # "Online chat", cost per contact
    table.setCurrentIndex(index)
    table.scrollTo(index)
    scrolled = table.verticalScrollBar().value()
    assert window.care.plan.edit_cell("channels", 5, 3, "1.5")
    qtbot.wait(10)
    assert window.document.project.channels[5].cost_per_contact == 1.5
    assert table.currentIndex().row() == 5 and table.currentIndex().column() == 3
    assert table.verticalScrollBar().value() == scrolled


def test_the_plan_dock_shows_more_than_three_rows(qtbot, window) -> None:
    window.actions["actionShowPlan"].trigger()
    table = window.care.plan.editors["channels"].table
    qtbot.waitExposed(table)
    rows = table.viewport().height() // max(1, table.rowHeight(0))
    assert rows >= 5


def test_ctrl_shift_p_opens_the_plan_dock(qtbot, window) -> None:
    dock = window.care.plan_dock
    assert not dock.isVisible()
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.wait(10)
    assert dock.isVisible()
    assert dock.isAncestorOf(QApplication.focusWidget())  # ready for the keyboard


def test_editing_in_the_plan_dock_keeps_the_current_cell_through_the_view(qtbot, window):
    window.actions["actionShowPlan"].trigger()
    editor = window.care.plan.editors["tiers"]
    table = editor.table
    qtbot.waitExposed(table)
    table.setCurrentIndex(editor.model.index(2, 2))  # opens the editor, as a click would
    line = QApplication.focusWidget()
    assert isinstance(line, QLineEdit) and table.isAncestorOf(line)
    line.selectAll()
    QTest.keyClicks(line, "250")
    QTest.keyClick(line, Qt.Key.Key_Tab)
    qtbot.wait(10)
    assert window.document.project.tiers[2].value_per_customer == 250
    assert table.currentIndex().row() == 2


