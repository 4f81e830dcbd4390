"""Docks whose contents scroll, so that no dock sets the window's minimum size.

A form as tall as the Care actions panel (~760 px) would otherwise make the whole window
taller than a 1366×768 laptop screen (issue 14)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QFrame, QScrollArea

MIN_DOCK_HEIGHT = 90  # a dock smaller than this shows too little to be of use


def scrolling(dock: QDockWidget) -> QScrollArea:
    """Put the dock's widget in a scroll area (once); returns the scroll area."""
    inner = dock.widget()
    if isinstance(inner, QScrollArea):
        return inner
    area = QScrollArea(objectName=f"{dock.objectName()}Scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setMinimumHeight(MIN_DOCK_HEIGHT)
    area.setAccessibleName(inner.accessibleName() or dock.windowTitle())
    area.setWidget(inner)
    dock.setWidget(area)
    return area
