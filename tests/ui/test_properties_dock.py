"""The Properties dock edits every field of the selection; both directions stay in step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QSpinBox
from ui_helpers import snapshot


def _select(window, tp_id: str):
    window.scene.select_cards([tp_id])
    return window.properties.touchpoint


def test_typing_a_name_is_one_undo_step_and_shows_on_the_card(qtbot, window) -> None:
    before = snapshot(window)
    form = _select(window, "a")
    assert window.properties.stack.currentWidget() is form
    name = form.findChild(QLineEdit, "tpName")
    name.selectAll()
    QTest.keyClicks(name, "Apply in app")
    assert window.document.editor.touchpoint("j1", "a").name == "Apply in app"
    assert window.scene.cards["a"].data.name == "Apply in app"
    assert window.document.undo_stack.count() == 1  # 12 keystrokes merged
    window.document.undo_stack.undo()
    assert window.document.project == before


def test_an_empty_name_turns_red_and_is_not_applied(qtbot, window) -> None:
    form = _select(window, "a")
    name = form.findChild(QLineEdit, "tpName")
    name.selectAll()
    QTest.keyClick(name, Qt.Key.Key_Backspace)
    assert window.document.editor.touchpoint("j1", "a").name == "Apply online"
    assert "d23c3c" in name.styleSheet()
    assert form.message.text() == "A touchpoint needs a name."


def test_every_touchpoint_field_edits_the_domain(qtbot, window) -> None:
    form = _select(window, "b")
    editor = window.document.editor
    form.findChild(QSpinBox, "tpEmotion").setValue(-3)
    form.findChild(QCheckBox, "tpMoment").setChecked(True)
    form.findChild(QCheckBox, "tpRecovery").setChecked(True)
    form.findChild(QCheckBox, "tpExit").setChecked(True)
    owner = form.findChild(QLineEdit, "tpOwner")
    QTest.keyClicks(owner, "Branch team")
    form.findChild(QPlainTextEdit, "tpPains").setPlainText("long queue\n\nno parking")
    form.findChild(QPlainTextEdit, "tpBackstage").setPlainText("Queue system")
    channels = form.channels
    channels.item(0).setCheckState(Qt.CheckState.Checked)
    form.stage.setCurrentIndex(2)
    form.stage.activated.emit(2)
    tp = editor.touchpoint("j1", "b")
    assert tp.emotion == -3 and tp.moment_of_truth and tp.recovery
    assert tp.owner == "Branch team"
    assert tp.pain_points == ["long queue", "no parking"]
    assert tp.backstage == ["Queue system"]
    assert tp.channels == [window.document.project.channels[0].id]
    assert tp.stage == "s3"
    assert "b" in window.document.project.journeys[0].exits
    card = window.scene.cards["b"].data
    assert (card.emotion, card.moment_of_truth, card.pain_count, card.exit) == (-3, True, 2, True)


def test_the_dock_follows_undo(qtbot, window) -> None:
    form = _select(window, "c")
    emotion = form.findChild(QSpinBox, "tpEmotion")
    emotion.setValue(-2)
    window.document.undo_stack.undo()
    qtbot.wait(5)
    assert emotion.value() == 2


def test_share_above_what_is_left_turns_red_and_says_why(qtbot, window) -> None:
    window.scene.arrows[("a", "c")].setSelected(True)
    form = window.properties.transition
    assert window.properties.stack.currentWidget() is form
    share = form.findChild(QLineEdit, "transitionShare")
    assert share.text() == "60"
    share.selectAll()
    QTest.keyClicks(share, "120")
    assert "d23c3c" in share.styleSheet()
    assert "between 0 % and 100 %" in form.message.text()
    window.document.connect("j1", "a", "d", 0.3)
    window.scene.clearSelection()
    window.scene.arrows[("a", "c")].setSelected(True)
    share.selectAll()
    QTest.keyClicks(share, "80")
    assert "Only 70 % of the customers here are left" in form.message.text()
    assert window.document.editor.transition("j1", "a", "c").share == 0.6
    QTest.keyClick(share, Qt.Key.Key_Return)  # refused: the model keeps its valid value
    assert window.document.editor.transition("j1", "a", "c").share == 0.6
    share.selectAll()
    QTest.keyClicks(share, "65")
    assert share.styleSheet() == ""
    QTest.keyClick(share, Qt.Key.Key_Return)
    assert window.document.editor.transition("j1", "a", "c").share == 0.65
    assert window.scene.arrows[("a", "c")].label() == "65 %"


def test_stage_header_click_shows_the_stage_form(qtbot, window) -> None:
    window.scene.stage_clicked.emit("s2")
    form = window.properties.stage
    assert window.properties.stack.currentWidget() is form
    assert form.count.text() == "1"
    form.name.setText("Everyday use")
    form.name.editingFinished.emit()
    assert window.document.editor.stage("j1", "s2").name == "Everyday use"


def test_journey_form_when_nothing_is_selected(qtbot, window) -> None:
    window.scene.select_cards(["a"])
    window.scene.clearSelection()
    form = window.properties.journey
    assert window.properties.stack.currentWidget() is form
    form.opportunities.setPlainText("Pre-fill forms from the app")
    assert window.document.project.journeys[0].opportunities == ["Pre-fill forms from the app"]
