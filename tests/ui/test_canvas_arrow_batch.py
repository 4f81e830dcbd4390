"""Plain arrows are drawn a tile at a time (ui/canvas/items/arrow_batch.py, issue 15):
a frame no longer calls a Python paint() per arrow, and the map looks as it did."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage
from ui_helpers import image_pixels

from journey_designer.ui.canvas import style
from journey_designer.ui.canvas.items.arrow import TransitionArrow


def _viewport(win, qtbot) -> QImage:
    qtbot.wait(20)  # the deferred relayout and repaints
    return win.view.viewport().grab().toImage()


@contextmanager
def _arrow_paints() -> Iterator[list[int]]:
    """Counts the Python calls of TransitionArrow.paint (however Qt calls it)."""
    code = TransitionArrow.paint.__code__
    calls = [0]

    def profile(frame, event, _arg) -> None:
        if event == "call" and frame.f_code is code:
            calls[0] += 1

    sys.setprofile(profile)
    try:
        yield calls
    finally:
        sys.setprofile(None)


def _pixels(image: QImage) -> np.ndarray:
    return image_pixels(image)


def _coloured(image: QImage, colour: QColor, close: int = 24) -> int:
    """How many pixels are (nearly) `colour`."""
    target = np.array([colour.red(), colour.green(), colour.blue()])
    return int((np.abs(_pixels(image) - target).max(axis=2) <= close).sum())


def _differing(a: QImage, b: QImage, levels: int = 60) -> int:
    """Pixels that differ by more than `levels` in some channel."""
    return int((np.abs(_pixels(a) - _pixels(b)).max(axis=2) > levels).sum())


def test_a_frame_calls_no_python_paint_per_plain_arrow(qtbot, window) -> None:
    scene = window.scene
    area = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    shown = [a for a in scene.arrows.values() if area.intersects(a.sceneBoundingRect())]
    assert len(shown) >= 3  # the sample's arrows are on screen
    with _arrow_paints() as calls:
        image = _viewport(window, qtbot)
    assert calls[0] == 0
    assert _coloured(image, style.ARROW, close=8) > 100  # ... and they are drawn all the same


def test_the_map_looks_as_when_every_arrow_painted_itself(qtbot, window) -> None:
    batched = _viewport(window, qtbot)
    for arrow in window.scene.arrows.values():
        arrow.join(None)  # back to painting itself
    alone = _viewport(window, qtbot)
    assert _differing(batched, alone) == 0


def test_a_selected_arrow_is_drawn_highlighted_and_back_when_deselected(qtbot,
                                                                       window) -> None:
    scene = window.scene
    before = _viewport(window, qtbot)
    blue = _coloured(before, style.ARROW_SELECTED, close=10)
    with _arrow_paints() as selected_calls:
        scene.arrows[("a", "c")].setSelected(True)
        selected = _viewport(window, qtbot)
    assert selected_calls[0] >= 1  # the selected arrow paints itself, above the rest
    assert _coloured(selected, style.ARROW_SELECTED, close=10) > blue + 40
    with _arrow_paints() as calls:
        scene.clearSelection()
        after = _viewport(window, qtbot)
    assert _coloured(after, style.ARROW_SELECTED, close=10) == blue
    assert calls[0] == 0  # the arrow went back to its tile
    assert _differing(before, after) == 0


def test_an_arrow_is_drawn_where_its_moved_card_takes_it(qtbot, window) -> None:
    scene = window.scene
    before = _viewport(window, qtbot)
    card = scene.cards["a"]  # dropped 200 below (one undoable move, as a drop makes)
    start = QPointF(card.pos())
    card.setPos(start + QPointF(0, 200))
    scene.follow_moving_cards(["a"], still_picture=False)
    scene.commit_drag({"a": start})
    moved = _viewport(window, qtbot)
    assert _differing(before, moved) > 0
    route = scene.arrows[("a", "c")].route()
    x, y = route[0]
    spot = window.view.mapFromScene(QPointF(x + 6, y))
    assert moved.pixelColor(spot).lightness() < 200  # the arrow leaves the moved card
    window.document.undo_stack.undo()
    assert _differing(before, _viewport(window, qtbot)) == 0
