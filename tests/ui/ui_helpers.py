"""Helpers for GUI tests: a small known project, real mouse events on the canvas."""

from __future__ import annotations

import copy

import numpy as np
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication

from journey_designer.domain import Journey, Project, Stage, Touchpoint, Transition
from journey_designer.domain.templates import blank_project
from journey_designer.ui.main_window import MainWindow


def small_project() -> Project:
    project = blank_project(name="Small plan")
    journey = Journey(
        id="j1", name="Card journey", monthly_entries=3000,
        stages=[Stage("s1", "Apply"), Stage("s2", "Use"), Stage("s3", "Renew")],
        touchpoints=[
            Touchpoint("a", "s1", "Apply online", emotion=1, x=30, y=60),
            Touchpoint("b", "s1", "Branch visit", emotion=-1, x=30, y=180),
            Touchpoint("c", "s2", "First purchase", emotion=2, moment_of_truth=True, x=290, y=60),
            Touchpoint("d", "s3", "Renewal notice", emotion=0, x=550, y=60,
                       pain_points=["fee surprise"]),
        ],
        transitions=[Transition("a", "c", 0.6), Transition("b", "c", 0.5),
                     Transition("c", "d", 0.7)],
        entries=["a", "b"], exits=["d"],
    )
    project.journeys = [journey]
    return project




def snapshot(win: MainWindow) -> Project:
    return copy.deepcopy(win.document.project)


def view_point(win: MainWindow, scene_x: float, scene_y: float) -> QPoint:
    return win.view.mapFromScene(QPointF(scene_x, scene_y))


def send_mouse(win: MainWindow, kind, point: QPoint, button=Qt.MouseButton.LeftButton,
               buttons=Qt.MouseButton.LeftButton, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A real mouse event on the canvas viewport (with the buttons held during moves)."""
    viewport = win.view.viewport()
    local = QPointF(point)
    event = QMouseEvent(kind, local, viewport.mapToGlobal(local), button, buttons, modifiers)
    QApplication.sendEvent(viewport, event)


def drag(win: MainWindow, start: QPoint, end: QPoint, steps: int = 5) -> None:
    send_mouse(win, QMouseEvent.Type.MouseButtonPress, start)
    for i in range(1, steps + 1):
        p = start + (end - start) * (i / steps)
        send_mouse(win, QMouseEvent.Type.MouseMove, p, button=Qt.MouseButton.NoButton)
    send_mouse(win, QMouseEvent.Type.MouseButtonRelease, end, buttons=Qt.MouseButton.NoButton)


def image_pixels(image: QImage) -> np.ndarray:
    """An image as a (height, width, 3) array of ints (RGB)."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(),
                                                               image.bytesPerLine())
    return rows[:, : image.width() * 3].reshape(image.height(), image.width(), 3).astype(int)
