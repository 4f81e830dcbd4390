"""Connecting two cards without the mouse, accessible names, and focus on the map."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDockWidget
from ui_helpers import snapshot

from journey_designer.ui.dialogs.connect_to import ConnectToDialog


def _open_chooser(qtbot, window, monkeypatch) -> list[ConnectToDialog]:
    opened: list[ConnectToDialog] = []
    monkeypatch.setattr(ConnectToDialog, "open", lambda self: opened.append(self))
    return opened


def test_connect_the_selected_card_to_one_picked_with_arrow_keys_and_enter(
        qtbot, window, monkeypatch) -> None:
    before = snapshot(window)
    steps = window.document.undo_stack.count()
    opened = _open_chooser(qtbot, window, monkeypatch)
    window.view.setFocus()
    window.scene.select_cards(["a"])
    action = window.actions["actionConnectTo"]
    assert action.shortcut() == QKeySequence("Ctrl+L")
    assert action.isEnabled()
    action.trigger()
    dialog = opened[0]
    names = [dialog.targets.item(i).text() for i in range(dialog.targets.count())]
    assert names == ["Branch visit", "First purchase", "Renewal notice"]  # not itself
    assert dialog.targets.currentRow() == 0
    QTest.keyClick(dialog.targets, Qt.Key.Key_Down)
    QTest.keyClick(dialog.targets, Qt.Key.Key_Down)
    QTest.keyClick(dialog.targets, Qt.Key.Key_Return)
    journey = window.document.project.journeys[0]
    new = journey.transitions[-1]
    assert (new.source, new.target) == ("a", "d")
    assert abs(new.share - 0.4) < 1e-9  # what was left of "Apply online"'s customers
    assert ("a", "d") in window.scene.arrows
    assert window.document.undo_stack.count() == steps + 1
    window.document.undo_stack.undo()
    assert window.document.project == before


def test_typing_narrows_the_list_and_existing_arrows_are_marked(qtbot, window, monkeypatch) -> None:
    opened = _open_chooser(qtbot, window, monkeypatch)
    window.scene.select_cards(["c"])
    window.actions["actionConnectTo"].trigger()
    dialog = opened[0]
    QTest.keyClicks(dialog.filter, "ren")
    shown = [dialog.targets.item(i) for i in range(dialog.targets.count())
             if not dialog.targets.item(i).isHidden()]
    assert [i.text() for i in shown] == ["Renewal notice"]
    assert not shown[0].flags() & Qt.ItemFlag.ItemIsEnabled  # c -> d exists already
    dialog.reject()
    assert window.document.undo_stack.count() == 0


def test_connect_to_needs_exactly_one_selected_card(qtbot, window) -> None:
    action = window.actions["actionConnectTo"]
    window.scene.clearSelection()
    assert not action.isEnabled()
    window.scene.select_cards(["a", "b"])
    assert not action.isEnabled()
    window.scene.select_cards(["b"])
    assert action.isEnabled()


def test_docks_tables_and_the_map_have_accessible_names(qtbot, window) -> None:
    assert window.view.accessibleName() == "Journey map"
    for dock in window.findChildren(QDockWidget):
        assert dock.accessibleName(), dock.objectName()
        assert dock.widget().accessibleName(), dock.objectName()
    for table in window.findChildren(QAbstractItemView):
        if table.isVisibleTo(window) or table.objectName() in ("careMatrix", "gapTree",
                                                               "actionList"):
            assert table.accessibleName(), table.objectName()


def test_focus_starts_on_the_map(qtbot) -> None:
    from ui_helpers import small_project

    from journey_designer.ui.main_window import MainWindow

    win = MainWindow(small_project())
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    assert QApplication.focusWidget() is win.view
    win.document.undo_stack.setClean()
    win.close()
