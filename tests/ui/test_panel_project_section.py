"""The Project section (name, language, budget …) is where a user finds it: with nothing
selected on the map it shows in the Properties dock without scrolling (issue 14)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QScrollArea, QWidget
from ui_helpers import small_project

from journey_designer.ui.main_window import MainWindow


def _seen_without_scrolling(widget: QWidget) -> bool:
    scroll = widget.parentWidget()
    while not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    assert scroll.verticalScrollBar().value() == 0
    viewport = scroll.viewport()
    place = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
    return widget.isVisible() and viewport.rect().contains(place)


@pytest.mark.parametrize("size", [(1400, 900), (1280, 720)])
def test_the_project_name_shows_without_scrolling(qtbot, size) -> None:
    window = MainWindow(small_project())
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.scene.clearSelection()
    qtbot.wait(20)
    panel = window.properties
    assert panel.stack.currentWidget() is panel.journey
    for field in (panel.project.name, panel.project.locale, panel.project.budget):
        assert _seen_without_scrolling(field), field.objectName()
    # the journey's own fields stay in view too, below the project's
    assert _seen_without_scrolling(panel.journey.name)
    assert panel.project.name.mapTo(panel, QPoint(0, 0)).y() < \
        panel.journey.name.mapTo(panel, QPoint(0, 0)).y()
    window.document.undo_stack.setClean()


def test_long_opportunities_keep_the_form_in_view(qtbot, window) -> None:
    """Many opportunities scroll inside their box; the box does not push the rest away."""
    window.scene.clearSelection()
    document = window.document
    document.set_journey_fields("j1", {"opportunities": [f"Idea {i}" for i in range(40)]})
    qtbot.wait(20)
    panel = window.properties
    assert panel.journey.opportunities.toPlainText().count("\n") == 39
    assert _seen_without_scrolling(panel.project.name)
    assert _seen_without_scrolling(panel.journey.entries)
