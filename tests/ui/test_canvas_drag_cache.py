"""Dragging cards over the still picture of the map (ui/canvas/drag_cache.py): the map
looks the same during and after the drag, and nothing that changes it keeps a stale picture."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QGraphicsItem
from ui_helpers import send_mouse, view_point

from journey_designer.domain import Journey, Stage, Touchpoint
from journey_designer.layout.lanes import CARD_HEIGHT, CARD_WIDTH


def _press_and_move(win, tp_id: str, by: QPoint | None = None) -> QPoint:
    """Press on a card and move it with the button held; returns where the mouse is."""
    by = QPoint(60, 40) if by is None else by
    card = win.scene.cards[tp_id]
    start = view_point(win, card.pos().x() + 60, card.pos().y() + 40)
    send_mouse(win, QMouseEvent.Type.MouseButtonPress, start)
    end = start
    for i in range(1, 4):
        end = start + by * (i / 3)
        send_mouse(win, QMouseEvent.Type.MouseMove, end, button=Qt.MouseButton.NoButton)
    return end


def _release(win, at: QPoint) -> None:
    send_mouse(win, QMouseEvent.Type.MouseButtonRelease, at, buttons=Qt.MouseButton.NoButton)


def _viewport(win, qtbot) -> QImage:
    qtbot.wait(20)  # the deferred lane refresh and repaints
    return win.view.viewport().grab().toImage()


def _card_area(win, tp_id: str) -> QRect:
    return win.view.mapFromScene(win.scene.cards[tp_id].sceneBoundingRect()).boundingRect()


def _still_items_shown(win) -> bool:
    scene = win.scene
    tops = [i for i in scene.items() if i.parentItem() is None]
    ignoring = QGraphicsItem.GraphicsItemFlag.ItemIgnoresParentOpacity
    return (all(i.opacity() == 1.0 for i in tops)
            and not any(i.flags() & ignoring for i in scene.layer.childItems()))


def test_the_still_map_looks_the_same_during_a_drag(qtbot, window) -> None:
    window.scene.select_cards(["a"])
    before = _viewport(window, qtbot)
    at = _press_and_move(window, "a")
    assert window.scene.drag_cache.active  # only the card and its arrow are painted now
    during = _viewport(window, qtbot)
    still = _card_area(window, "d")
    assert during.copy(still) == before.copy(still)
    moved = _card_area(window, "a")
    assert during.copy(moved) != before.copy(moved)  # the dragged card is drawn where it is
    _release(window, at)
    assert not window.scene.drag_cache.active
    assert _still_items_shown(window)


def test_after_a_drag_and_its_undo_the_map_is_drawn_exactly_as_before(qtbot, window) -> None:
    window.scene.select_cards(["a"])
    before = _viewport(window, qtbot)
    _release(window, _press_and_move(window, "a"))
    tp = window.document.editor.touchpoint("j1", "a")
    assert (tp.x, tp.y) != (30, 60)  # moved in the domain by the drag
    assert _viewport(window, qtbot) != before
    window.document.undo_stack.undo()
    tp = window.document.editor.touchpoint("j1", "a")
    for tp_id, card in window.scene.cards.items():  # the scene shows the model
        model = window.document.editor.touchpoint("j1", tp_id)
        assert (card.pos().x(), card.pos().y()) == (model.x, model.y)
    assert _viewport(window, qtbot) == before


def test_an_arrow_of_a_dragged_card_follows_it(qtbot, window) -> None:
    arrow = window.scene.arrows[("a", "c")]
    card = window.scene.cards["a"]

    def leaves_the_card() -> bool:  # the arrow starts at the middle of the card's right side
        side = card.mapToScene(QPointF(CARD_WIDTH, CARD_HEIGHT / 2))
        return arrow.shape().contains(arrow.mapFromScene(side))

    at = _press_and_move(window, "a")
    assert window.scene.drag_cache.active
    assert card.pos() == QPointF(90, 100)
    assert leaves_the_card()
    _release(window, at)
    assert leaves_the_card()
    window.document.undo_stack.undo()
    assert (card.pos().x(), card.pos().y()) == (30, 60)
    assert leaves_the_card()


def test_a_still_card_renamed_during_a_drag_is_redrawn(qtbot, window) -> None:
    before = _viewport(window, qtbot)
    at = _press_and_move(window, "a")
    assert window.scene.drag_cache.active
    window.document.set_touchpoint_fields("j1", "d", {"name": "Renewal letter with a new fee"})
    assert not window.scene.drag_cache.active  # the picture would show the old name
    assert _still_items_shown(window)
    still = _card_area(window, "d")
    assert _viewport(window, qtbot).copy(still) != before.copy(still)
    _release(window, at)
    assert window.scene.cards["d"].data.name == "Renewal letter with a new fee"


def test_a_still_card_renamed_after_a_drag_is_redrawn(qtbot, window) -> None:
    _release(window, _press_and_move(window, "a"))
    before = _viewport(window, qtbot)
    window.document.set_touchpoint_fields("j1", "d", {"name": "Renewal letter"})
    still = _card_area(window, "d")
    assert _viewport(window, qtbot).copy(still) != before.copy(still)


def test_the_picture_does_not_survive_zoom_scroll_or_a_selection_change(qtbot, window) -> None:
    bar = window.view.horizontalScrollBar()
    cache = window.scene.drag_cache

    def scroll() -> None:
        assert bar.maximum() > 0
        bar.setValue(0 if bar.value() else bar.maximum())

    for change in (window.view.zoom_in, scroll,
                   lambda: window.scene.cards["d"].setSelected(True)):
        at = _press_and_move(window, "a")
        old = cache.picture_for(window.view)
        assert old is not None
        change()
        new = cache.picture_for(window.view)
        if new is None:  # the rest of the drag paints every item
            assert not cache.active and _still_items_shown(window)
        else:  # Qt replays the mouse move after a scroll: the drag takes a new picture
            assert new.cacheKey() != old.cacheKey()
        _release(window, at)
        assert not cache.active and _still_items_shown(window)
        window.document.undo_stack.undo()


def test_the_picture_does_not_survive_a_journey_switch(qtbot, window) -> None:
    window.document.project.journeys.append(Journey(
        id="j2", name="Second journey", stages=[Stage("t1", "Only")],
        touchpoints=[Touchpoint("z", "t1", "Alone", x=30, y=60)]))
    at = _press_and_move(window, "a")
    assert window.scene.drag_cache.active
    window.scene.show_journey("j2")
    assert not window.scene.drag_cache.active
    assert _still_items_shown(window)
    assert set(window.scene.cards) == {"z"}
    _release(window, at)
    assert window.scene.cards["z"].isVisible() and window.scene.cards["z"].opacity() == 1.0


def test_a_rubber_band_beside_a_selection_takes_no_picture(qtbot, window) -> None:
    window.scene.select_cards(["a"])
    ctrl = Qt.KeyboardModifier.ControlModifier
    start = view_point(window, 10, 300)
    send_mouse(window, QMouseEvent.Type.MouseButtonPress, start, modifiers=ctrl)
    for i in range(1, 4):
        send_mouse(window, QMouseEvent.Type.MouseMove, start + QPoint(80, 60) * (i / 3),
                   button=Qt.MouseButton.NoButton, modifiers=ctrl)
        assert not window.scene.drag_cache.active  # no card moves: everything is painted
    send_mouse(window, QMouseEvent.Type.MouseButtonRelease, start + QPoint(80, 60),
               buttons=Qt.MouseButton.NoButton, modifiers=ctrl)
    assert window.scene.cards["a"].pos() == QPointF(30, 60)


def test_the_arrows_of_dragged_cards_are_drawn_together_along_their_new_routes(qtbot,
                                                                            window) -> None:
    """One DraggedArrows item draws every moving arrow (items/arrow_batch.py): no Python
    paint per arrow at each mouse move, and each is drawn where its new route goes."""
    import sys

    from journey_designer.ui.canvas import style
    from journey_designer.ui.canvas.items.arrow import TransitionArrow

    calls = [0]
    code = TransitionArrow.paint.__code__

    def count(frame, event, _arg) -> None:
        if event == "call" and frame.f_code is code:
            calls[0] += 1

    at = _press_and_move(window, "c", QPoint(0, 90))  # c has three arrows
    assert window.scene.drag_cache.active
    sys.setprofile(count)
    try:
        during = _viewport(window, qtbot)
    finally:
        sys.setprofile(None)
    assert calls[0] == 0
    for key in (("a", "c"), ("b", "c"), ("c", "d")):
        route = window.scene.arrows[key].route()
        (x1, y1), (x2, y2) = route[-2], route[-1]  # the last line, into or out of c
        spot = window.view.mapFromScene(QPointF((x1 + x2) / 2, (y1 + y2) / 2))
        colour = during.pixelColor(spot)
        assert abs(colour.lightness() - style.ARROW.lightness()) < 40, key
    _release(window, at)
    assert not window.scene.drag_cache.active
    assert all(a.batched for a in window.scene.arrows.values())  # back in their tiles
