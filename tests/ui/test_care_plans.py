"""Care plans through the real widgets: tiers, channels, care actions, the care matrix,
the tier lens, bulk edits; every edit undoable, every view in step with the domain."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox
from ui_helpers import snapshot

from journey_designer.domain import CareAction, Trigger
from journey_designer.io.project_file.sqlite_store import load_project
from journey_designer.ui.main_window import MainWindow
from journey_designer.ui.models.care_matrix import CoverageRole

Buttons = QMessageBox.StandardButton


def _tiers(window):
    return {t.name: t.id for t in window.document.project.tiers}


def _channels(window):
    return {c.name: c.id for c in window.document.project.channels}


def _with_actions(window) -> None:
    tiers, channels = _tiers(window), _channels(window)
    doc = window.document
    doc.add_item("actions", CareAction("act-1", "c", [tiers["Gold"], tiers["Silver"]],
                                       channels["SMS"], "Welcome text"))
    doc.add_item("actions", CareAction("act-2", "d", [tiers["Gold"]], channels["Phone"],
                                       "Renewal call", trigger=Trigger("offset", event="renewal",
                                                                       days=-30)))
    doc.undo_stack.clear()


def test_edit_a_tier_in_its_table_and_undo(qtbot, window) -> None:
    before = snapshot(window)
    window.actions["actionShowPlan"].trigger()
    qtbot.waitExposed(window.care.plan)
    editor = window.care.plan.editors["tiers"]
    table = editor.table
    index = editor.model.index(0, 0)
    table.setCurrentIndex(index)  # opens the cell's editor, as a click would
    line = table.findChild(QLineEdit)
    line.selectAll()
    QTest.keyClicks(line, "Platinum")
    QTest.keyClick(line, Qt.Key.Key_Return)
    qtbot.wait(10)  # the delegate commits through the event loop
    assert window.document.project.tiers[0].name == "Platinum"
    assert window.care.lens.itemText(1) == "Platinum"
    assert window.care.plan.edit_cell("tiers", 0, 1, "7.5")  # tier shares stay ≤ 100 %
    assert window.document.project.tiers[0].share == 0.075
    assert not window.care.plan.edit_cell("tiers", 0, 1, "140")
    assert editor.model.last_problem == "A share is from 0 to 100 %."
    assert window.care.plan.edit_cell("tiers", 1, 3, "Exclusive")
    assert window.document.project.tiers[1].care_level == "exclusive"
    model = editor.model
    model.setData(model.index(1, 5), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert window.document.project.tiers[1].human_touch_at_mot
    for _ in range(window.document.undo_stack.count()):
        window.document.undo_stack.undo()
    assert window.document.project == before


def test_add_reorder_and_delete_plan_rows(qtbot, window) -> None:
    before = snapshot(window)
    kpis = window.care.plan.editors["kpis"]
    kpis.add()
    assert window.document.project.kpis[-1].name == "New KPI"
    assert window.care.plan.edit_cell("kpis", 0, 0, "NPS")
    assert window.care.plan.edit_cell("kpis", 0, 1, "42")
    assert window.care.plan.edit_cell("kpis", 0, 2, "58")
    assert (window.document.project.kpis[0].baseline, window.document.project.kpis[0].target) == (42, 58)
    phases = window.care.plan.editors["phases"]
    phases.add()
    assert window.care.plan.edit_cell("phases", 0, 1, "2026-01-05")
    assert not window.care.plan.edit_cell("phases", 0, 2, "5 Jan")
    assert window.care.plan.edit_cell("phases", 0, 4, "train agents; write scripts")
    assert window.document.project.phases[0].tasks == ["train agents", "write scripts"]
    window.care.plan.editors["risks"].add()
    tiers = window.care.plan.editors["tiers"]
    tiers.table.setCurrentIndex(tiers.model.index(2, 0))
    tiers.move(-1)
    assert [t.name for t in window.document.project.tiers] == ["Gold", "Bronze", "Silver"]
    kpis.table.setCurrentIndex(kpis.model.index(0, 0))
    kpis.delete()
    assert window.document.project.kpis == []
    for _ in range(window.document.undo_stack.count()):
        window.document.undo_stack.undo()
    assert window.document.project == before


def test_deleting_a_tier_that_actions_use_asks_and_never_leaves_a_dangling_tier(
        qtbot, window, monkeypatch, unexpected_dialogs) -> None:
    _with_actions(window)
    before = snapshot(window)
    editor = window.care.plan.editors["tiers"]
    editor.table.setCurrentIndex(editor.model.index(0, 0))  # Gold
    editor.delete()  # the patched question answers No
    assert "2 care action(s) are planned for “Gold”" in unexpected_dialogs[0]
    assert window.document.project == before
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: Buttons.Yes)
    editor.delete()
    project = window.document.project
    assert [t.name for t in project.tiers] == ["Silver", "Bronze"]
    assert [a.tiers for a in project.actions] == [[_tiers_of(before)["Silver"]], []]
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert window.document.project == before


def _tiers_of(project):
    return {t.name: t.id for t in project.tiers}


def test_deleting_a_channel_moves_or_deletes_its_actions(qtbot, window, monkeypatch) -> None:
    _with_actions(window)
    window.document.set_touchpoint_fields("j1", "c", {"channels": [_channels(window)["SMS"]]})
    before = snapshot(window)
    editor = window.care.plan.editors["channels"]
    editor.table.setCurrentIndex(editor.model.index(0, 0))  # SMS
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("", False))
    editor.delete()
    assert window.document.project == before
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))  # to Email
    editor.delete()
    project = window.document.project
    assert "SMS" not in _channels(window)
    assert project.actions[0].channel == _channels(window)["Email"]
    assert window.document.editor.touchpoint("j1", "c").channels == []
    window.document.undo_stack.undo()
    assert window.document.project == before
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][-1], True))  # delete them
    editor.table.setCurrentIndex(editor.model.index(0, 0))
    editor.delete()
    assert [a.id for a in window.document.project.actions] == ["act-2"]
    window.document.undo_stack.undo()
    assert window.document.project == before


def test_care_actions_panel_adds_and_edits_an_action(qtbot, window) -> None:
    before = snapshot(window)
    panel = window.care.actions_panel
    window.scene.select_cards(["d"])
    assert panel.list.count() == 0
    panel.add_button.click()
    action = window.document.project.actions[-1]
    assert action.touchpoint == "d" and len(action.tiers) == 3
    assert panel.list.count() == 1
    form = panel.form
    form.name.selectAll()
    QTest.keyClicks(form.name, "Payment reminder")
    tiers = _tiers(window)
    form.tiers.item(2).setCheckState(Qt.CheckState.Unchecked)  # not for Bronze
    form.channel.setCurrentIndex(form.channel.findText("SMS"))
    form.channel.activated.emit(form.channel.currentIndex())
    trigger = form.trigger
    trigger.kind.setCurrentIndex(trigger.kind.findData("offset"))
    trigger.kind.activated.emit(trigger.kind.currentIndex())
    trigger.event_name.setText("payment due")
    trigger.event_name.editingFinished.emit()
    trigger.days.setValue(3)
    trigger.direction.setCurrentIndex(0)
    trigger.direction.activated.emit(0)
    action = window.document.editor.item("actions", action.id)
    assert action.name == "Payment reminder"
    assert action.tiers == [tiers["Gold"], tiers["Silver"]]
    assert action.channel == _channels(window)["SMS"]
    assert action.trigger == Trigger("offset", event="payment due", days=-3)
    qtbot.wait(5)
    assert panel.list.item(0).text().endswith("3 days before payment due · SMS · Gold, Silver")
    form.start.setText("2026-02-01")
    form.start.editingFinished.emit()
    form.end.setText("2026-01-01")
    form.end.editingFinished.emit()
    assert form.problem.text() == "ends (2026-01-01) before it starts (2026-02-01)"
    assert "d23c3c" in form.end.styleSheet()
    assert action.end is None
    assert window.scene.cards["d"].data.tier_counts[0][1] == 1  # the card shows it
    for _ in range(window.document.undo_stack.count()):
        window.document.undo_stack.undo()
    assert window.document.project == before


def test_duplicate_and_delete_actions(qtbot, window) -> None:
    _with_actions(window)
    before = snapshot(window)
    panel = window.care.actions_panel
    window.scene.select_cards(["d"])
    panel.list.item(0).setSelected(True)
    panel.duplicate_button.click()
    assert [a.name for a in window.document.project.actions] == [
        "Welcome text", "Renewal call", "Renewal call (copy)"]
    panel.list.selectAll()
    panel.delete_button.click()
    assert [a.name for a in window.document.project.actions] == ["Welcome text"]
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert window.document.project == before


def test_bulk_add_to_several_touchpoints_and_bulk_owner(qtbot, window, monkeypatch) -> None:
    before = snapshot(window)
    window.scene.select_cards(["a", "b", "c"])
    window.actions["actionAddCareAction"].trigger()
    assert sorted(a.touchpoint for a in window.document.project.actions) == ["a", "b", "c"]
    assert window.document.undo_stack.count() == 1
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Care team East", True))
    window.care.actions_panel.list.selectAll()
    window.care.actions_panel.owner_button.click()
    assert {a.owner for a in window.document.project.actions} == {"Care team East"}
    assert window.document.undo_stack.count() == 2
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert window.document.project == before


def test_care_matrix_shows_and_follows_the_domain(qtbot, window) -> None:
    _with_actions(window)
    matrix = window.care.matrix
    model = matrix.model
    assert [row.touchpoint.id for row in model.rows] == ["a", "b", "c", "d"]  # by stage
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Gold"
    row_c = [r.touchpoint.id for r in model.rows].index("c")
    assert model.index(row_c, 4).data() == "SMS"
    assert model.index(row_c, 4).data(CoverageRole) == "covered"
    assert model.index(row_c, 6).data(CoverageRole) == "uncovered_mot"  # MoT, no Bronze action
    assert model.index(0, 4).data(CoverageRole) == "uncovered"
    window.document.add_item("actions", window.document.new_action(
        "c", [_tiers(window)["Bronze"]], _channels(window)["Email"], "Receipt"))
    assert model.index(row_c, 6).data() == "Email"
    assert model.index(row_c, 6).data(CoverageRole) == "covered"
    window.document.undo_stack.undo()
    assert model.index(row_c, 6).data(CoverageRole) == "uncovered_mot"


def test_typing_in_a_matrix_cell_adds_an_action_for_that_tier(qtbot, window) -> None:
    matrix = window.care.matrix
    window.views.setCurrentWidget(matrix)
    proxy_index = matrix.proxy.mapFromSource(matrix.model.index(0, 5))  # "Apply online", Silver
    matrix.table.setCurrentIndex(proxy_index)
    matrix.table.setFocus()
    matrix.table.edit(proxy_index)
    editor = matrix.table.findChild(QLineEdit)
    QTest.keyClicks(editor, "Application tips")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(10)
    action = window.document.project.actions[-1]
    assert (action.name, action.touchpoint, action.tiers) == (
        "Application tips", "a", [_tiers(window)["Silver"]])
    assert window.document.undo_stack.count() == 1


def test_clicking_a_matrix_cell_selects_the_touchpoint(qtbot, window) -> None:
    matrix = window.care.matrix
    window.views.setCurrentWidget(matrix)
    index = matrix.proxy.mapFromSource(matrix.model.index(3, 1))
    rect = matrix.table.visualRect(index)
    QTest.mouseClick(matrix.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [c.tp_id for c in window.scene.selected_cards()] == ["d"]
    assert window.care.actions_panel.touchpoints == ["d"]


def test_matrix_filters_and_sorting(qtbot, window) -> None:
    matrix = window.care.matrix
    matrix.mot_filter.setChecked(True)
    assert matrix.proxy.rowCount() == 1
    matrix.mot_filter.setChecked(False)
    matrix.stage_filter.setCurrentIndex(matrix.stage_filter.findData("s1"))
    matrix.stage_filter.activated.emit(matrix.stage_filter.currentIndex())
    assert matrix.proxy.rowCount() == 2
    matrix.stage_filter.setCurrentIndex(0)
    matrix.stage_filter.activated.emit(0)
    window.document.set_touchpoint_fields("j1", "b", {"owner": "Branch team"})
    matrix.owner_filter.setText("branch")
    assert matrix.proxy.rowCount() == 1
    matrix.owner_filter.setText("")
    matrix.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    names = [matrix.proxy.index(r, 1).data() for r in range(matrix.proxy.rowCount())]
    assert names == sorted(names, key=str.lower)


def test_tier_lens_colours_follow_coverage(qtbot, window) -> None:
    _with_actions(window)
    tiers = _tiers(window)
    window.care.set_lens(tiers["Silver"])
    lens = {tp_id: card.data.lens for tp_id, card in window.scene.cards.items()}
    assert lens == {"a": "uncovered", "b": "uncovered", "c": "covered", "d": "uncovered"}
    window.care.set_lens(tiers["Bronze"])
    assert window.scene.cards["c"].data.lens == "uncovered_mot"
    assert [n for _, n in window.scene.curve.contacts] == [0, 0, 0, 0]
    window.document.add_item("actions", window.document.new_action(
        "c", [tiers["Bronze"]], _channels(window)["SMS"], "Thanks"))
    assert window.scene.cards["c"].data.lens == "covered"
    window.scene.refresh_lanes()
    assert sorted(n for _, n in window.scene.curve.contacts) == [0, 0, 0, 1]
    window.care.set_lens(None)
    assert all(card.data.lens == "" for card in window.scene.cards.values())


def test_samples_open_with_their_care_on_cards_and_in_the_matrix(qtbot) -> None:
    path = Path("journey_designer/samples/ecommerce_aftersales_zh.journey")
    window = MainWindow(load_project(path), path)
    qtbot.addWidget(window)
    cards = window.scene.cards.values()
    assert sum(n for card in cards for _, n in card.data.tier_counts) > 40
    model = window.care.matrix.model
    filled = [model.index(r, c).data() for r in range(model.rowCount())
              for c in range(4, model.columnCount())]
    assert sum(1 for text in filled if text) > 30
    assert model.headerData(4, Qt.Orientation.Horizontal) == window.document.project.tiers[0].name
