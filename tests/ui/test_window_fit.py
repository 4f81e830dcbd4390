"""The window fits a small laptop screen, docks stand where a user can watch them, the
toolbar holds still and a blank map says how to start (issue 14)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QToolBar, QTreeWidgetItemIterator

from journey_designer.domain.templates import blank_project
from journey_designer.ui.main_window import MainWindow
from journey_designer.ui.panels.gaps import GapRole
from journey_designer.ui.settings import STATE_VERSION


def test_the_minimum_window_fits_a_1366x768_laptop(window, qtbot):
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 700, hint
    window.care.actions_dock.show()
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.size().width() == 1024 and window.size().height() == 700,
                    timeout=2000)


def test_opening_history_does_not_make_the_window_taller(window, qtbot):
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.height() == 700, timeout=2000)
    window.actions["actionHistory"].trigger()
    qtbot.waitUntil(window.history_dock.isVisible, timeout=2000)
    qtbot.wait(50)
    assert window.height() == 700
    assert window.minimumSizeHint().height() <= 700


def test_gaps_stand_on_their_own_beside_properties(window):
    assert window.gaps.dock.isVisible()
    assert window.properties_dock.isVisible()  # both at once: watch gaps while editing
    assert window.gaps.dock not in window.tabifiedDockWidgets(window.properties_dock)
    assert STATE_VERSION >= 2  # layouts saved with the tabbed docks are not restored


def test_a_layout_saved_by_the_old_version_is_not_restored(qtbot):
    first = MainWindow(blank_project())
    qtbot.addWidget(first)
    first.tabifyDockWidget(first.properties_dock, first.gaps.dock)
    first.settings.set("window/state", first.saveState(1))
    second = MainWindow(blank_project())
    qtbot.addWidget(second)
    assert second.gaps.dock not in second.tabifiedDockWidgets(second.properties_dock)


def test_gap_sentences_wrap_and_are_shown_whole(window, qtbot):
    panel = window.gaps.panel
    window.gaps.dock.setFloating(True)
    window.gaps.dock.resize(260, 600)
    qtbot.waitUntil(lambda: panel.result is not None, timeout=5000)
    for i in range(panel.tree.topLevelItemCount()):
        panel.tree.topLevelItem(i).setExpanded(True)
    qtbot.wait(50)
    metrics = QFontMetrics(panel.tree.font())
    checked = 0
    it = QTreeWidgetItemIterator(panel.tree)
    while it.value():
        item = it.value()
        it += 1
        if item.data(0, GapRole) is None:
            continue
        rect = panel.tree.visualItemRect(item)
        needed = metrics.boundingRect(QRect(0, 0, rect.width() - 8, 10_000),
                                      int(Qt.TextFlag.TextWordWrap), item.text(0))
        assert rect.height() >= needed.height(), (item.text(0), rect, needed)
        checked += 1
    assert checked >= 1


def test_the_toolbar_holds_still_while_undo_text_changes(window, qtbot):
    toolbar = window.findChild(QToolBar, "mainToolBar")
    add_stage = window.actions["actionAddStage"]
    before = toolbar.widgetForAction(add_stage).mapTo(window, QPoint(0, 0))
    window.document.set_project_fields({"name": "A much longer project name for the undo text"})
    qtbot.wait(20)
    after = toolbar.widgetForAction(add_stage).mapTo(window, QPoint(0, 0))
    assert after == before
    undo_button = toolbar.widgetForAction(window.toolbar_undo)
    assert "longer project name" in undo_button.toolTip() or \
        window.document.undo_stack.undoText() in undo_button.toolTip()


def test_a_blank_map_says_how_to_add_a_card(qtbot):
    window = MainWindow(blank_project())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    hint = window.map_hint
    assert hint.isVisible() and "Double-click" in hint.text()
    window.editing.add_touchpoint()
    qtbot.waitUntil(lambda: not hint.isVisible(), timeout=2000)


def test_a_new_window_fits_before_it_is_shown(qtbot):
    window = MainWindow(blank_project())
    qtbot.addWidget(window)
    assert window.minimumSize().height() <= 700 and window.minimumSize().width() <= 1024
    screen = window.screen().availableGeometry()
    assert window.height() <= screen.height() and window.width() <= screen.width()
