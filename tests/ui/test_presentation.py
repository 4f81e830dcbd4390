"""Presentation mode: entering, stepping, toggles, editing, leaving restores the editor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget, QToolBar
from ui_helpers import snapshot


def _state(window):
    return (window.view.transform(), window.menuBar().isVisible(),
            [d.isVisible() for d in window.findChildren(QDockWidget)],
            [t.isVisible() for t in window.findChildren(QToolBar)],
            window.scene.lens_tier, window.scene.show_curve, window.scene.show_backstage,
            window.isFullScreen(), window.tabs.isVisible())


def test_present_step_through_every_stage_and_leave_restores_everything(qtbot, window) -> None:
    before = _state(window)
    project_before = snapshot(window)
    window.actions["actionPresent"].trigger()
    p = window.presentation
    assert p.active and window.isFullScreen()
    assert not window.menuBar().isVisible()
    assert not any(d.isVisible() for d in window.findChildren(QDockWidget))
    assert p.slide == -1 and p.caption.isVisible()
    view = window.view
    for stage in range(3):
        QTest.keyClick(view, Qt.Key.Key_Right)  # a stage's first slide shows its header
        assert p.slide == stage and p.current.part == 0
        assert p.spotlight.focus == p.stage_rect(stage)
        visible = view.mapToScene(view.viewport().rect()).boundingRect()
        header = window.scene.lanes[window.scene.journey.stages[stage].id].sceneBoundingRect()
        assert visible.contains(header.adjusted(1, 1, -1, 48 - header.height()))
        while p.current.part < p.current.parts - 1:  # its later parts (the emotion curve)
            QTest.keyClick(view, Qt.Key.Key_Right)
            assert p.slide == stage
    QTest.keyClick(view, Qt.Key.Key_PageDown)
    assert p.slide == 3 and "Summary" in p.caption.text() and "Gold" in p.caption.text()
    QTest.keyClick(view, Qt.Key.Key_Left)
    assert p.slide == 2
    QTest.keyClick(view, Qt.Key.Key_2)  # view as the second tier
    assert window.scene.lens_tier == window.document.project.tiers[1].id
    QTest.keyClick(view, Qt.Key.Key_B)
    assert window.scene.show_backstage
    QTest.keyClick(view, Qt.Key.Key_G)
    assert window.gaps.panel.overlay.isChecked()
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert not p.active
    window.gaps.panel.overlay.setChecked(False)
    window.actions["actionShowBackstage"].setChecked(False)
    assert _state(window) == before
    assert window.document.project == project_before


def test_a_note_during_the_talk_is_saved_and_undoable(qtbot, window) -> None:
    before = snapshot(window)
    window.presentation.enter()
    window.presentation.go(1)
    window.presentation.add_note("Offer a first-purchase guide")
    assert window.document.project.journeys[0].opportunities == ["Use: Offer a first-purchase guide"]
    window.document.undo_stack.undo()
    assert window.document.project == before
    window.presentation.leave()


def test_editing_a_card_name_while_presenting(qtbot, window) -> None:
    window.presentation.enter()
    window.presentation.go(0)
    window.scene.request_card_rename(window.scene.cards["a"])
    editor = window.view.editor
    QTest.keyClicks(editor, "Apply in the app")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert window.presentation.active  # Return went to the editor, not to the slides
    assert window.document.editor.touchpoint("j1", "a").name == "Apply in the app"
    window.document.undo_stack.undo()
    assert window.document.editor.touchpoint("j1", "a").name == "Apply online"
    window.presentation.leave()


def test_slides_export_as_a_multi_page_pdf(qtbot, window, tmp_path) -> None:
    from journey_designer.ui.presentation import export_slides

    path = tmp_path / "slides.pdf"
    pages = export_slides(window.presentation, str(path))
    # overview, each of the three stages (its cards, then its stretch of the emotion
    # curve: 1920×1080 at a readable zoom has no room for both), summary
    assert pages == 1 + 3 * 2 + 1
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    import re
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == pages
