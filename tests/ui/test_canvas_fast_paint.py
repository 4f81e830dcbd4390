"""The map painted fast enough to scroll a big map at 60 fps (issue 15), and looking as
before: arrows cut into tiles, crisp straight lines, cards and share labels copied from
sprites, the warm-up that prepares a shown map, and shapes (not pictures) in a PDF."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPdfWriter
from PySide6.QtWidgets import QStyleOptionGraphicsItem
from ui_helpers import image_pixels

from journey_designer.ui.canvas import style
from journey_designer.ui.canvas.item_caches import ItemCachesOff
from journey_designer.ui.canvas.items import arrow_batch, card
from journey_designer.ui.canvas.items.arrow_batch import TILE
from journey_designer.ui.canvas.scene import JourneyScene
from journey_designer.ui.canvas.view import JourneyView
from journey_designer.ui.document import Document

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from synthetic import big_project  # noqa: E402


def _pixels(image: QImage) -> np.ndarray:
    return image_pixels(image)


def _differing(a: QImage, b: QImage, levels: int = 60) -> int:
    return int((np.abs(_pixels(a) - _pixels(b)).max(axis=2) > levels).sum())


def _grab(view: JourneyView, qtbot) -> QImage:
    qtbot.wait(10)
    return view.viewport().grab().toImage()


@pytest.fixture
def big_view(qtbot):
    """A 300-card map (long arrows across many tiles) in a 1200x800 view at 100 %."""
    project = big_project(touchpoints=300, transitions=750, tiers=3, actions=600, stages=6)
    scene = JourneyScene(Document(project))
    scene.show_journey(project.journeys[0].id)
    view = JourneyView(scene)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    view.zoom_reset()
    yield view
    view.close()
    view.deleteLater()


def _positions() -> list[QPointF]:
    """View centres that put tile borders (multiples of TILE) on screen."""
    return [QPointF(600, 400), QPointF(2 * TILE, 3 * TILE), QPointF(3 * TILE + 40, 6 * TILE)]


def test_arrows_cut_at_tile_borders_look_as_when_each_paints_itself(qtbot, big_view) -> None:
    scene = big_view.journey_scene
    batched = []
    for centre in _positions():
        big_view.centerOn(centre)
        batched.append(_grab(big_view, qtbot))
    for arrow in scene.arrows.values():
        arrow.join(None)  # each arrow paints itself, whole
    for centre, image in zip(_positions(), batched, strict=True):
        big_view.centerOn(centre)
        alone = _grab(big_view, qtbot)
        assert _differing(image, alone) == 0, f"around {centre}"


def test_a_tile_draws_only_the_part_of_a_long_line_inside_it(qtbot, big_view) -> None:
    scene = big_view.journey_scene
    tile = next(t for t in scene.arrow_batches.tiles.values() if t.members())
    lines, _, _ = tile.prepare()
    box = lines.boundingRect()
    assert lines.elementCount() > 0
    assert tile.area.adjusted(-0.01, -0.01, 0.01, 0.01).contains(box)


def _open_point(scene) -> tuple[QPointF, bool]:
    """A point in the middle of a straight arrow line, clear of labels, cards and
    corners; and whether the line is horizontal."""
    labels = list(scene.share_labels.rects().values())
    cards = [c.sceneBoundingRect() for c in scene.cards.values()]
    for arrow in scene.arrows.values():
        route = arrow.route()
        for (x1, y1), (x2, y2) in zip(route, route[1:], strict=False):
            for t in (0.3, 0.5, 0.7):
                point = QPointF(x1 + (x2 - x1) * t, y1 + (y2 - y1) * t)
                clear = QRectF(point.x() - 4, point.y() - 4, 8, 8)
                length = abs(x2 - x1) + abs(y2 - y1)
                if length * min(t, 1 - t) > 12 and not any(
                        r.intersects(clear) for r in labels + cards):
                    return point, y1 == y2
    raise AssertionError("no straight arrow line in the open")


def test_straight_arrow_lines_are_one_crisp_pixel_wide(qtbot, window) -> None:
    point, horizontal = _open_point(window.scene)
    image = _grab(window.view, qtbot)
    at = window.view.mapFromScene(point)
    pixels = _pixels(image)
    colour = np.array([style.ARROW.red(), style.ARROW.green(), style.ARROW.blue()])
    steps = (-2, -1, 0, 1, 2)
    across = [pixels[at.y() + d, at.x()] if horizontal else pixels[at.y(), at.x() + d]
              for d in steps]
    full = [int(np.abs(p - colour).max() <= 8) for p in across]
    blank = [int(p.min() >= 235) for p in across]
    assert sum(full) == 1 and sum(blank) == 4  # one pixel of the arrow's colour, no half-tones


def _card_image(item: card.TouchpointCard, monkeypatch, vector: bool) -> QImage:
    image = QImage(260, 140, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    if vector:
        monkeypatch.setattr(card, "vector_device", lambda painter: True)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.TextAntialiasing)
    painter.translate(20, 20)
    item.paint(painter, QStyleOptionGraphicsItem())
    painter.end()
    monkeypatch.undo()
    return image


def test_a_card_from_sprites_looks_like_a_card_drawn_shape_by_shape(qtbot, window,
                                                                    monkeypatch) -> None:
    for tp_id, item in window.scene.cards.items():
        sprites = _card_image(item, monkeypatch, vector=False)
        shapes = _card_image(item, monkeypatch, vector=True)
        assert _differing(sprites, shapes, levels=20) <= 60, tp_id  # (a face half a pixel off)
        assert _differing(sprites, QImage(sprites.size(), sprites.format())) > 1000


def test_share_labels_from_sprites_look_as_drawn(qtbot, window, monkeypatch) -> None:
    labels = window.scene.share_labels
    assert labels.boxes()
    sprites = _grab(window.view, qtbot)
    from journey_designer.ui.canvas.items import labels as labels_module

    monkeypatch.setattr(labels_module, "vector_device", lambda painter: True)
    labels.update()
    shapes = _grab(window.view, qtbot)
    assert _differing(sprites, shapes, levels=40) <= 20


def test_the_map_in_a_pdf_is_shapes_and_text_not_pictures(qtbot, window, tmp_path) -> None:
    path = tmp_path / "map.pdf"
    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    caches = ItemCachesOff(window.scene.cached_items())  # as the slides export does
    window.scene.render(painter, QRectF(), QRectF(0, 0, 900, 600))
    painter.end()
    caches.restore()
    listed = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True,
                            check=True).stdout.splitlines()
    assert len(listed) == 2  # the header lines only: no image in the page
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert window.scene.cards["a"].data.name.split()[0] in text


def test_warm_up_prepares_every_card_and_tile_so_a_first_scroll_makes_nothing(
        qtbot, big_view, monkeypatch) -> None:
    scene = big_view.journey_scene
    scene.warm_up.finish()
    assert not scene.warm_up.running
    made = {"tiles": 0, "cards": 0}
    real_drawn, real_inside = arrow_batch.drawn, card.inside

    def counting_drawn(*args, **kwargs):
        made["tiles"] += 1
        return real_drawn(*args, **kwargs)

    def counting_inside(*args, **kwargs):
        made["cards"] += 1
        return real_inside(*args, **kwargs)

    monkeypatch.setattr(arrow_batch, "drawn", counting_drawn)
    monkeypatch.setattr(card, "inside", counting_inside)
    bar = big_view.verticalScrollBar()
    shown = 0
    while True:
        _grab(big_view, qtbot)
        shown += 1
        if bar.value() >= bar.maximum():
            break
        bar.setValue(bar.value() + big_view.viewport().height())
    assert shown >= 3
    assert made == {"tiles": 0, "cards": 0}


def test_warm_up_runs_when_idle_after_a_map_is_shown(qtbot, big_view) -> None:
    scene = big_view.journey_scene
    scene.show_journey(scene.journey_id)  # shown again: a new warm-up
    assert scene.warm_up.running
    qtbot.waitUntil(lambda: not scene.warm_up.running, timeout=10_000)
    assert all(tile.prepared for tile in scene.arrow_batches.tiles.values())
    assert all(c.prepared for c in scene.cards.values())


def test_importing_the_app_keeps_no_module_sources_in_memory() -> None:
    """PySide6's import hook read every module's source into linecache (20 MB); ours
    answers its question (does the module mention PySide6?) the same way, keeping none."""
    code = (
        "import inspect, linecache, sys\n"
        "import journey_designer.app\n"
        "from journey_designer.ui import _mentions_pyside\n"
        "feature = sys.modules['shibokensupport.feature']\n"
        "assert feature._mod_uses_pyside is _mentions_pyside\n"
        "names = ['journey_designer.ui.main_window', 'journey_designer.domain.model',\n"
        "         'json', 'journey_designer.ui.canvas.scene']\n"
        "for name in names:\n"
        "    module = sys.modules[name]\n"
        "    assert _mentions_pyside(module) == ('PySide6' in inspect.getsource(module)), name\n"
        "    assert feature.pyside_feature_dict[name] == (0 if 'PySide6' in\n"
        "        inspect.getsource(module) else -1), name\n"
        "print(len(linecache.cache))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.split()[-1]) < 60  # (the four sources just read, and a few)


def test_sprites_keep_within_their_memory(qtbot) -> None:
    from journey_designer.ui.canvas import sprites

    sprites.forget()
    for scale in range(1, 200):
        sprites.sprite(("test",), 200, 100, scale / 10, lambda painter: None)
    held = sum(p.width() * p.height() * 4 for p in sprites._STORE.values())
    assert held <= sprites._MAX_BYTES
    sprites.forget()
