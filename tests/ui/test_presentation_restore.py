"""Presentation mode leaves the editor exactly as it found it: the window state, the
zoom and scroll, the toggles, the lens and the gap marks; and nothing pressed while
presenting is kept in the settings (issue 15)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget, QMainWindow


def _view_of(window):
    view = window.view
    return {
        "transform": view.transform(),
        "scroll": (view.horizontalScrollBar().value(), view.verticalScrollBar().value()),
        "snapshot": window.session.view.snapshot(),
        "marked": window.session.view.marked,
        "docks": [d.isVisible() for d in window.findChildren(QDockWidget)],
        "menu": window.menuBar().isVisible(),
    }


def _present_and_press_everything(qtbot, window) -> None:
    window.actions["actionPresent"].trigger()
    view = window.view
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_2, Qt.Key.Key_G, Qt.Key.Key_B,
                Qt.Key.Key_E, Qt.Key.Key_Right):
        QTest.keyClick(view, key)
    qtbot.wait(50)


def test_esc_gives_back_a_maximized_window_and_the_exact_view(qtbot, window) -> None:
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    qtbot.wait(50)
    window.view.set_zoom(1.3)
    window.view.horizontalScrollBar().setValue(window.view.horizontalScrollBar().value() + 37)
    window.view.verticalScrollBar().setValue(window.view.verticalScrollBar().value() + 23)
    window.session.view.set_gap_overlay(True)  # the gap marks are on before the talk
    window.session.view.set_lens_tier(window.document.project.tiers[0].id)
    window.scene.select_cards(["b"])
    qtbot.waitUntil(lambda: bool(window.session.view.marked))  # the analysis has marked gaps
    qtbot.wait(50)
    before = _view_of(window)

    _present_and_press_everything(qtbot, window)
    assert window.session.view.gap_overlay is False and window.session.view.show_backstage
    QTest.keyClick(window.view, Qt.Key.Key_Escape)
    qtbot.wait(100)  # the window settles (a real window manager answers later)

    assert not window.presentation.active
    assert window.isMaximized() and not window.isFullScreen()
    assert _view_of(window) == before


def test_esc_after_toggling_gap_marks_on_takes_them_off_again(qtbot, window) -> None:
    before = _view_of(window)
    assert not before["marked"]
    window.actions["actionPresent"].trigger()
    QTest.keyClick(window.view, Qt.Key.Key_G)
    qtbot.waitUntil(lambda: bool(window.session.view.marked))
    QTest.keyClick(window.view, Qt.Key.Key_Escape)
    qtbot.wait(50)
    assert not window.session.view.marked
    assert not any(card.data.flagged for card in window.scene.cards.values())
    assert _view_of(window) == before


def test_a_normal_window_comes_back_at_its_own_geometry(qtbot, window) -> None:
    window.showNormal()
    window.setGeometry(60, 50, 1200, 800)
    qtbot.wait(50)
    geometry = window.geometry()
    before = _view_of(window)
    _present_and_press_everything(qtbot, window)
    QTest.keyClick(window.view, Qt.Key.Key_Escape)
    qtbot.wait(100)
    assert not window.isMaximized() and not window.isFullScreen()
    assert window.geometry() == geometry
    assert _view_of(window) == before


def test_nothing_pressed_while_presenting_reaches_the_settings(qtbot, window) -> None:
    settings = window.settings
    keys = ("view/show_backstage", "view/gap_overlay", "view/show_emotion_curve")
    stored = {key: settings.get(key) for key in keys}
    _present_and_press_everything(qtbot, window)
    assert {key: settings.get(key) for key in keys} == stored
    settings.qsettings.sync()
    QTest.keyClick(window.view, Qt.Key.Key_Escape)
    assert {key: settings.get(key) for key in keys} == stored


def test_closing_the_window_while_presenting_stores_the_editor_layout(qtbot, window) -> None:
    """The stored window is the editor's (docks shown, not full screen), not the slides'."""
    _present_and_press_everything(qtbot, window)
    assert window.isFullScreen()
    window.close()
    geometry = window.settings.get("window/geometry")
    state = window.settings.get("window/state")
    assert geometry and state
    probe = QMainWindow()
    assert probe.restoreGeometry(QByteArray(geometry))
    assert not probe.windowState() & Qt.WindowState.WindowFullScreen
    assert window.settings.get("view/show_backstage") is False
    probe.deleteLater()
