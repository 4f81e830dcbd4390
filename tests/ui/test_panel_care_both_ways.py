"""The care panels both ways (napari's widget tests): the Care actions form, the Plan
dock's tables and Peaks tab, and the care matrix. A change in the model — through the
document API and through undo — shows in the widget, and a value typed in the widget
reaches the model as one undoable command that undo takes back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QTableView

from journey_designer.domain.model import Peak
from journey_designer.ui.models.care_matrix import FIXED_COLUMNS


def _action_in_the_form(qtbot, window):
    document = window.document
    action = document.new_action("d", [t.id for t in document.project.tiers],
                                 document.project.channels[0].id, "Sorry call")
    document.add_item("actions", action)
    window.session.show_action(action.id)
    form = window.care.actions_panel.form
    qtbot.waitUntil(lambda: form.action_id == action.id, timeout=2000)
    qtbot.wait(20)  # the dock's refresh after the add has run
    return form, action.id


def _type_in_cell(qtbot, table: QTableView, row: int, column: int, text: str) -> None:
    """Make the cell current (the table opens its editor), type over it, press Return."""
    index = table.model().index(row, column)
    table.setCurrentIndex(index)

    def open_editors() -> list[QLineEdit]:
        return [e for e in table.findChildren(QLineEdit) if e.isVisible()]
    if not open_editors():  # a table that opens editors on a double click or a key only
        table.edit(index)
    editor = open_editors()[-1]
    editor.selectAll()
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(10)  # the delegate commits through the event loop


def _told(table: QTableView) -> list[str]:
    """Which signals the table's model sent its view (what makes the view repaint)."""
    model, seen = table.model(), []
    for name in ("dataChanged", "modelReset", "rowsInserted", "rowsRemoved", "layoutChanged"):
        getattr(model, name).connect(lambda *_args, n=name: seen.append(n))
    return seen


def test_action_form_shows_a_change_made_through_the_document(qtbot, window) -> None:
    form, action_id = _action_in_the_form(qtbot, window)
    panel = window.care.actions_panel
    window.document.update_item("actions", action_id, {"owner": "Care desk",
                                                       "name": "Apology call"})
    qtbot.waitUntil(lambda: form.owner.text() == "Care desk", timeout=2000)
    assert form.name.text() == "Apology call"
    assert panel.list.item(0).text().startswith("Apology call")
    window.document.undo_stack.undo()
    qtbot.waitUntil(lambda: form.owner.text() == "", timeout=2000)
    assert form.name.text() == "Sorry call"


def test_typing_an_action_name_is_one_undo_step(qtbot, window) -> None:
    form, action_id = _action_in_the_form(qtbot, window)
    stack = window.document.undo_stack
    steps = stack.count()
    form.name.setFocus()
    form.name.selectAll()
    QTest.keyClicks(form.name, "Apology call")
    form.message.setFocus()
    QTest.keyClicks(form.message, "We are sorry")
    action = window.document.editor.item("actions", action_id)
    assert (action.name, action.message) == ("Apology call", "We are sorry")
    assert stack.count() == steps + 2  # one step for each field, not one for each key
    stack.undo()
    stack.undo()
    action = window.document.editor.item("actions", action_id)
    assert (action.name, action.message) == ("Sorry call", "")
    qtbot.waitUntil(lambda: form.name.text() == "Sorry call", timeout=2000)
    assert form.message.toPlainText() == ""


def test_plan_table_both_ways(qtbot, window) -> None:
    window.actions["actionShowPlan"].trigger()
    qtbot.waitExposed(window.care.plan)
    document, stack = window.document, window.document.undo_stack
    tiers = window.care.plan.editors["tiers"]
    table, model = tiers.table, tiers.model
    gold = document.project.tiers[0].id
    _type_in_cell(qtbot, table, 0, 0, "Diamond")
    assert document.project.tiers[0].name == "Diamond"
    assert stack.count() == 1
    stack.undo()
    assert document.project.tiers[0].name == "Gold"
    assert model.index(0, 0).data() == "Gold"
    told = _told(table)
    document.update_item("tiers", gold, {"name": "Platinum", "max_contacts_per_window": 6})
    assert told  # the table repaints …
    assert model.index(0, 0).data() == "Platinum"  # … with the new values
    assert model.index(0, 4).data() == "6"
    told.clear()
    stack.undo()
    assert told and model.index(0, 0).data() == "Gold"
    told.clear()
    stack.redo()
    assert told and model.index(0, 0).data() == "Platinum"


def test_peaks_tab_both_ways(qtbot, window) -> None:
    window.actions["actionShowPlan"].trigger()
    plan = window.care.plan
    peaks = plan.peaks
    plan.setCurrentWidget(peaks)
    qtbot.waitExposed(peaks)
    document, stack = window.document, window.document.undo_stack
    rows = peaks.table.verticalHeader()
    document.set_journey_fields("j1", {"peaks": [Peak("Double 11", "11-11", 3, 4.5)]})
    assert rows.count() == 1  # the tab shows what the document did, at once
    assert peaks.model.index(0, 0).data() == "Double 11"
    steps = stack.count()
    _type_in_cell(qtbot, peaks.table, 0, 3, "2.5")
    assert document.project.journeys[0].peaks[0].factor == 2.5
    assert stack.count() == steps + 1
    told = _told(peaks.table)
    stack.undo()
    assert document.project.journeys[0].peaks[0].factor == 4.5
    assert told and peaks.model.index(0, 3).data() == "4.5"
    stack.undo()
    assert rows.count() == 0


def test_care_matrix_both_ways(qtbot, window) -> None:
    matrix = window.care.matrix
    window.views.setCurrentWidget(matrix)
    document, stack = window.document, window.document.undo_stack
    model = matrix.model
    row = [r.touchpoint.id for r in model.rows].index("a")
    document.set_touchpoint_fields("j1", "a", {"name": "Apply in the app"})
    qtbot.waitUntil(lambda: model.index(row, 1).data() == "Apply in the app", timeout=2000)
    stack.undo()
    qtbot.waitUntil(lambda: model.index(row, 1).data() == "Apply online", timeout=2000)
    silver = FIXED_COLUMNS + 1
    proxy_row = matrix.proxy.mapFromSource(model.index(row, silver)).row()
    _type_in_cell(qtbot, matrix.table, proxy_row, silver, "Application tips")
    assert [a.name for a in document.project.actions] == ["Application tips"]
    assert stack.count() == 1
    assert model.index(row, silver).data() != ""
    stack.undo()
    assert document.project.actions == []
    qtbot.waitUntil(lambda: not model.index(row, silver).data(), timeout=2000)
