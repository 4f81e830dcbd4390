"""Views that kept an old state after the model changed (issue 14, "Stale state")."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QCheckBox
from ui_helpers import drag, view_point


def test_entry_and_exit_checks_follow_a_change_made_in_properties(qtbot, window) -> None:
    window.scene.select_cards(["a"])
    entry, exit_ = window.actions["actionToggleEntry"], window.actions["actionToggleExit"]
    assert entry.isChecked() and not exit_.isChecked()
    form = window.properties.touchpoint
    form.findChild(QCheckBox, "tpEntry").setChecked(False)  # Properties, not the menu
    form.findChild(QCheckBox, "tpExit").setChecked(True)
    assert not entry.isChecked()
    assert exit_.isChecked()
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert entry.isChecked() and not exit_.isChecked()


def test_care_actions_dock_does_not_ask_for_a_selection_it_has(qtbot, window) -> None:
    panel = window.care.actions_panel
    window.scene.select_cards(["a"])  # a touchpoint with no care actions
    assert panel.pages.currentWidget() is panel.hint
    assert "Select a touchpoint" not in panel.hint.text()
    assert "Apply online" in panel.hint.text()
    panel.add_action()
    window.scene.select_cards(["a"])
    panel.list.clearSelection()  # actions listed, none chosen
    assert "Select a touchpoint" not in panel.hint.text()
    window.scene.clearSelection()
    assert "Select a touchpoint" in panel.hint.text()


def test_a_small_drag_leaves_the_card_where_the_model_has_it(qtbot, window) -> None:
    card = window.scene.cards["d"]
    tp = window.document.editor.touchpoint("j1", "d")
    steps = window.document.undo_stack.count()
    start = view_point(window, card.pos().x() + 50, card.pos().y() + 40)
    drag(window, start, start + (view_point(window, 3, 0) - view_point(window, 0, 0)))
    assert window.document.undo_stack.count() == steps  # snapped back: nothing to undo
    assert (tp.x, tp.y) == (550, 60)
    assert card.pos() == QPointF(550, 60)  # drawn where the model says it is
