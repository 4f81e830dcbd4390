"""A whole big map on one screen or one slide (issue 15: a 10,000-card project never
blocks the window more than 0.2 s): what is drawn there stays what it was, drawn with a
handful of calls instead of one per card, grid line or point; a map that replaces
another is shown without working out its lanes again or freeing the old one at once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem
from ui_helpers import image_pixels

from journey_designer.layout.curve import CurveLayout, CurvePoint, level_y
from journey_designer.layout.lanes import CARD_HEIGHT, CARD_WIDTH
from journey_designer.ui.canvas import style
from journey_designer.ui.canvas.items.lanes import EmotionCurve, MapOverview
from journey_designer.ui.canvas.map_lanes import lane_content
from journey_designer.ui.canvas.scene import GRID_MIN_PIXELS, JourneyScene
from journey_designer.ui.document import Document

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from synthetic import big_project  # noqa: E402


def _paint(paint, size: tuple[int, int], scale: float) -> np.ndarray:
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.scale(scale, scale)
    paint(painter)
    painter.end()
    return image_pixels(image)


def _colour(colour: QColor) -> np.ndarray:
    return np.array([colour.red(), colour.green(), colour.blue()])


def _tinted(pixels: np.ndarray, colour: QColor) -> bool:
    """The most inked pixel of `pixels` is ink of `colour` (blended with the white paper
    where a point is smaller than a pixel)."""
    ink = 255 - pixels.reshape(-1, 3)
    darkest = ink[ink.sum(axis=1).argmax()]
    want = 255 - _colour(colour)
    cosine = darkest @ want / (np.linalg.norm(darkest) * np.linalg.norm(want) + 1e-9)
    return bool(darkest.sum() > 30 and cosine > 0.97)


def _near(pixels: np.ndarray, colour: QColor, levels: int = 40) -> np.ndarray:
    return np.abs(pixels - _colour(colour)).max(axis=2) <= levels


@pytest.fixture
def scene(qtbot):
    project = big_project(touchpoints=120, transitions=300, tiers=3, actions=200, stages=6)
    scene = JourneyScene(Document(project))
    scene.show_journey(project.journeys[0].id)
    return scene


def test_grid_paper_zoomed_far_out_keeps_its_lines_apart(scene) -> None:
    assert scene.snap_to_grid  # the grid paper is on by default
    for scale in (1.0, 0.3, 0.05, 0.004):
        width = 600
        pixels = _paint(lambda p: scene.drawBackground(p, QRectF(0, 0, width / scale, 50 / scale)),
                        (width, 50), scale)
        row = _near(pixels, style.GRID, levels=8)[25]
        columns = np.flatnonzero(row)
        assert len(columns) >= 2, scale  # still a grid, not blank paper
        assert np.diff(columns).min() >= GRID_MIN_PIXELS - 1, scale  # not a grey wash


def _curve(points: list[tuple[float, int]]) -> EmotionCurve:
    curve = EmotionCurve("Emotion")
    layout = CurveLayout(0.0, 2000.0, [CurvePoint(f"tp{i}", x, level_y(0.0, e), e)
                                       for i, (x, e) in enumerate(points)],
                         [(level, level_y(0.0, level)) for level in range(-3, 4)], [])
    curve.set_layout(layout, {f"tp{i}": f"Card {i}" for i in range(len(points))})
    return curve


@pytest.mark.parametrize("scale", [1.0, 0.05])
def test_each_point_of_the_curve_shows_in_its_emotion_colour_at_any_zoom(qtbot, scale) -> None:
    points = [(300.0, 3), (900.0, -3), (1500.0, 0)]
    curve = _curve(points)
    pixels = _paint(lambda p: curve.paint(p, QStyleOptionGraphicsItem(), None),
                    (int(2000 * scale) + 1, int(curve.boundingRect().height() * scale) + 1), scale)
    for x, emotion in points:
        col, row = round(x * scale), round(level_y(0.0, emotion) * scale)
        around = pixels[max(0, row - 1):row + 2, max(0, col - 1):col + 2]
        assert _tinted(around, style.emotion_color(emotion)), (scale, x, emotion)
    colour_free = pixels[:, round(600 * scale):round(800 * scale)]
    for emotion in (3, -3):
        assert not _near(colour_free, style.emotion_color(emotion), levels=20).any()


def test_the_overview_paints_every_card_in_its_colour(qtbot) -> None:
    red, green = QColor("#d04040"), QColor("#40a040")
    overview = MapOverview()
    cards = [(0.0, 0.0, red), (400.0, 0.0, green), (800.0, 200.0, red)]
    overview.set_content(cards, [])
    pixels = _paint(lambda p: overview.paint(p, QStyleOptionGraphicsItem(), None),
                    (120, 40), 0.1)
    for x, y, colour in cards:
        centre = pixels[round((y + CARD_HEIGHT / 2) * 0.1), round((x + CARD_WIDTH / 2) * 0.1)]
        assert (np.abs(centre - _colour(colour)) <= 10).all(), (x, y)
    assert (pixels[35, 60] == 255).all()  # between the cards: paper


def test_a_built_map_shows_the_lanes_its_cards_make(scene) -> None:
    """The builder works the curve and lanes out beside the scene; they are what the
    cards' places give when asked again."""
    shown = scene.curve.layout
    positions = {t: (c.pos().x(), c.pos().y()) for t, c in scene.cards.items()}
    again = lane_content(scene.journey, positions)
    assert shown == again.curve and len(shown.points) == len(scene.cards) == 120
    rect = scene.sceneRect()
    scene.refresh_lanes()
    assert scene.curve.layout == shown and scene.sceneRect() == rect


def test_the_window_gets_the_interpreter_back_quickly_beside_a_busy_worker() -> None:
    """Qt calls let go of the interpreter lock; beside a worker running Python (the
    analysis of a big map) each one then waited up to Python's 5 ms switch interval for
    it to come back (freeing a replaced map stalled the window 0.2-0.3 s). The app
    switches every half millisecond."""
    code = "import sys, journey_designer.ui; print(sys.getswitchinterval())"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert float(done.stdout) <= 0.0005 + 1e-9
