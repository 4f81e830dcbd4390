"""Seen from far (the map fitted into a laptop-sized window, zoom 20–45 %), a card still
shows its title — larger, so that it reads — instead of an empty box."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage

from journey_designer.ui.canvas import style


def _text_pixels(win, scene_rect: QRectF, close: int) -> int:
    """Pixels of `scene_rect`, as the view shows it, within `close` of the card text colour."""
    box = win.view.mapFromScene(scene_rect).boundingRect()
    image = win.view.viewport().grab(box).toImage().convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    pixels = rows[:, : image.width() * 3].reshape(image.height(), image.width(), 3).astype(int)
    text = style.CARD_TEXT
    target = np.array([text.red(), text.green(), text.blue()])
    return int((np.abs(pixels - target).max(axis=2) <= close).sum())


def _dark_pixels(win, card, qtbot) -> int:
    """Pixels of the card dark enough to be text (not its fill, border or emotion strip)."""
    qtbot.wait(20)
    return _text_pixels(win, card.mapRectToScene(QRectF(16, 4, 176, 84)), 60)


def test_card_titles_stay_visible_when_zoomed_out(qtbot, window) -> None:
    card = next(iter(window.scene.cards.values()))
    for zoom in (0.4, 0.3, 0.22):
        window.view.set_zoom(zoom)
        window.view.centerOn(card)
        assert _dark_pixels(window, card, qtbot) >= 15, f"no title on the card at {zoom:.0%}"


def test_far_titles_keep_inside_their_card(qtbot, window) -> None:
    """A long title wraps and is cut with an ellipsis: nothing drawn outside the card."""
    card = next(iter(window.scene.cards.values()))
    card.set_data(replace(card.data, name="Very long title " * 8))
    window.view.set_zoom(0.3)
    window.view.centerOn(card)
    qtbot.wait(20)
    below = card.mapRectToScene(QRectF(0, card.card_rect().height() + 2, card.card_rect().width(), 20))
    assert _text_pixels(window, below, 40) < 5


def test_a_chinese_title_wraps_by_characters(qtbot, window) -> None:
    """Chinese has no spaces between words: the far title breaks between characters and
    uses more than one line, rather than one cut line."""
    from journey_designer.ui.canvas.items.card import _far_title

    _font, lines, _spacing, _ascent = _far_title("信用卡账单分期还款提醒与逾期关怀", 22)
    assert len(lines) >= 2, lines
    assert "".join(lines).replace("…", "").startswith("信用卡账单分期")
