"""Zoom and pan, keyboard-only editing, several journeys, menus and settings."""

from __future__ import annotations

import sys

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QAction, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QInputDialog, QLineEdit, QUndoView
from ui_helpers import small_project, snapshot

from journey_designer.ui.main_window import MainWindow
from journey_designer.ui.settings import AppSettings


def _wheel(window, delta: int, modifiers) -> None:
    viewport = window.view.viewport()
    pos = QPointF(viewport.width() / 2, viewport.height() / 2)
    event = QWheelEvent(pos, viewport.mapToGlobal(pos), QPoint(), QPoint(0, delta),
                        Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, event)


def test_ctrl_wheel_and_keys_zoom(qtbot, window) -> None:
    window.view.zoom_reset()
    _wheel(window, 120, Qt.KeyboardModifier.ControlModifier)
    assert abs(window.view.zoom() - 1.2) < 1e-9
    window.actions["actionZoomOut"].trigger()
    assert abs(window.view.zoom() - 1.0) < 1e-9
    window.actions["actionZoomIn"].trigger()
    window.actions["actionZoomReset"].trigger()
    assert window.view.zoom() == 1.0
    assert window.zoom_label.text() == "100 %"
    _wheel(window, 120, Qt.KeyboardModifier.NoModifier)  # plain wheel scrolls, no zoom
    assert window.view.zoom() == 1.0


def test_fit_to_window_shows_the_whole_map(qtbot, window) -> None:
    window.view.set_zoom(3.0)
    window.actions["actionZoomFit"].trigger()
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    shown = QRectF()
    for item in window.scene.items():
        if item.isVisible():
            shown = shown.united(item.sceneBoundingRect())
    assert visible.contains(shown)


def test_far_zoom_draws_one_overview_instead_of_every_card(qtbot, window) -> None:
    window.view.set_zoom(0.1)
    assert window.scene.overview.isVisible()
    assert not any(card.isVisible() for card in window.scene.cards.values())
    assert not window.view.viewport().grab().isNull()  # the overview paints
    window.view.set_zoom(0.5)
    assert not window.scene.overview.isVisible()
    assert all(card.isVisible() for card in window.scene.cards.values())


def test_middle_drag_pans(qtbot, window) -> None:
    window.view.set_zoom(2.0)
    bar = window.view.horizontalScrollBar()
    bar.setValue(bar.maximum() // 2)
    before = bar.value()
    viewport = window.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.MiddleButton, pos=QPoint(400, 300))
    QTest.mouseMove(viewport, QPoint(300, 300))
    QTest.mouseRelease(viewport, Qt.MouseButton.MiddleButton, pos=QPoint(300, 300))
    assert bar.value() == before + 100


def test_arrow_keys_walk_the_cards_and_alt_arrows_nudge_as_one_step(qtbot, window) -> None:
    view = window.view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert [c.tp_id for c in window.scene.selected_cards()] == ["a"]
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert [c.tp_id for c in window.scene.selected_cards()] == ["b"]
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert [c.tp_id for c in window.scene.selected_cards()] == ["c"]
    before = snapshot(window)
    for _ in range(3):
        QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.document.editor.touchpoint("j1", "c").y == 90
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert window.document.project == before


def test_f2_renames_the_selected_card_from_the_keyboard(qtbot, window) -> None:
    window.scene.select_cards(["d"])
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_F2)
    editor = window.view.findChild(QLineEdit, "inlineEditor")
    assert editor.text() == "Renewal notice"
    QTest.keyClicks(editor, "Renewal letter")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert window.document.editor.touchpoint("j1", "d").name == "Renewal letter"


def test_escape_cancels_an_in_place_edit(qtbot, window) -> None:
    window.scene.select_cards(["d"])
    window.actions["actionRename"].trigger()
    editor = window.view.findChild(QLineEdit, "inlineEditor")
    QTest.keyClicks(editor, "Oops")
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert window.document.editor.touchpoint("j1", "d").name == "Renewal notice"
    assert window.document.undo_stack.count() == 0


def test_tab_moves_focus_from_canvas_to_the_docks(qtbot, window) -> None:
    window.scene.select_cards(["a"])
    window.view.setFocus()
    assert window.view.hasFocus()
    window.focusNextChild()
    assert not window.view.hasFocus()
    assert window.focusWidget() is not None


def test_add_touchpoint_and_stage_from_the_toolbar(qtbot, window) -> None:
    window.scene.select_cards(["c"])
    window.actions["actionAddTouchpoint"].trigger()
    editor = window.view.findChild(QLineEdit, "inlineEditor")
    QTest.keyClicks(editor, "Statement")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    added = window.document.project.journeys[0].touchpoints[-1]
    assert (added.name, added.stage) == ("Statement", "s2")
    assert added.y > window.document.editor.touchpoint("j1", "c").y
    window.actions["actionAddStage"].trigger()
    editor = [e for e in window.view.findChildren(QLineEdit, "inlineEditor") if e.isVisible()][-1]
    QTest.keyClicks(editor, "Advocacy")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert window.document.project.journeys[0].stages[-1].name == "Advocacy"
    assert window.scene.lanes[window.document.project.journeys[0].stages[-1].id].index == 3


def test_journeys_add_switch_rename_delete(qtbot, window, monkeypatch) -> None:
    before = snapshot(window)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Churn rescue", True))
    window.actions["actionAddJourney"].trigger()
    assert window.tabs.count() == 2
    assert window.tabs.tabText(1) == "Churn rescue"
    assert window.tabs.currentIndex() == 1
    second = window.document.project.journeys[1]
    assert window.scene.journey_id == second.id
    assert len(window.scene.lanes) == 6 and not window.scene.cards
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Win-back", True))
    window.actions["actionRenameJourney"].trigger()
    assert window.tabs.tabText(1) == "Win-back"
    window.tabs.setCurrentIndex(0)
    assert set(window.scene.cards) == {"a", "b", "c", "d"}
    window.tabs.setCurrentIndex(1)
    from PySide6.QtWidgets import QMessageBox
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.actions["actionDeleteJourney"].trigger()
    assert window.tabs.count() == 1
    assert window.scene.journey_id == "j1"
    for _ in range(3):
        window.document.undo_stack.undo()
    assert window.document.project == before


def test_history_lists_the_steps(qtbot, window) -> None:
    window.document.rename_stage("j1", "s1", "Discover")
    window.document.set_share("j1", "a", "c", 0.5)
    window.actions["actionHistory"].trigger()
    view = window.history_dock.findChild(QUndoView, "historyView")
    assert window.history_dock.isVisible()
    texts = [view.model().index(i, 0).data() for i in range(view.model().rowCount())]
    assert texts[0] == "<opened>" and len(texts) == 3, texts
    assert texts[1].startswith("Rename stage") and texts[2].startswith("Change share"), texts


def test_every_action_has_an_object_name_and_standard_shortcuts(window) -> None:
    actions = [a for a in window.findChildren(QAction) if a.text() and not a.isSeparator()]
    named = [a for a in actions if a.objectName()]
    assert len(named) >= 35
    by_name = {a.objectName(): a for a in named}
    assert by_name["actionSave"].shortcut().toString() == "Ctrl+S"
    assert by_name["actionUndo"].shortcut().toString() == "Ctrl+Z"
    assert by_name["actionDelete"].shortcut().toString() == "Del"
    shortcuts = [s.toString() for a in named for s in a.shortcuts() if s.toString()]
    assert len(shortcuts) == len(set(shortcuts)), "two actions share a shortcut"


def test_window_layout_and_view_options_are_remembered(qtbot, tmp_path) -> None:
    from PySide6.QtCore import QSettings
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    first = MainWindow(small_project(), settings=settings)
    first.resize(700, 500)  # the offscreen screen is small: stay inside it
    first.show()
    first.actions["actionShowBackstage"].setChecked(True)
    first.history_dock.show()
    first.close()
    second = MainWindow(small_project(), settings=settings)
    qtbot.addWidget(second)
    second.show()
    assert not settings.get("window/geometry").isEmpty()
    assert second.actions["actionShowBackstage"].isChecked()
    assert second.scene.show_backstage
    assert not second.history_dock.isHidden()


class _MovingItem(QGraphicsRectItem):
    def itemChange(self, change, value):  # noqa: N802
        return super().itemChange(change, value)


def test_item_moves_do_not_leak_references_to_none() -> None:
    """PySide6 6.12.0 on Python 3.11 dropped a reference to None on every itemChange call
    of a Python item and crashed after thousands of moves (environment.md, pitfall 0)."""
    from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene
    scene = QGraphicsScene()
    item = _MovingItem(0, 0, 10, 10)
    item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
    scene.addItem(item)
    before = sys.getrefcount(None)
    for i in range(50_000):
        item.setPos(i % 100, i % 37)
    assert sys.getrefcount(None) >= before - 100


def test_the_status_bar_shows_a_far_zoom_as_it_is(qtbot, window) -> None:
    """A whole 10,000-card map fits at well under 1 %: the status bar said "0 %"."""
    from journey_designer.ui.main_window import zoom_text

    window.view.set_zoom(0.35)
    assert window.zoom_label.text() == "35 %"
    assert [zoom_text(z) for z in (0.007, 0.0004, 0.02, 1.0)] == ["0.7 %", "0.04 %", "2 %", "100 %"]
