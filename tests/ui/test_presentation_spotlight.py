"""What a stage slide looks like at 1920×1080 (issue 15): the share labels of the
stage's arrows, and any label on the lane's edge, stay readable where the spotlight
dims the neighbouring lanes and frames the stage (neither the dimming nor the frame
line lies over them), and a slide shows
map up to its left and right edges: no band of the empty page beside the first
or the last lane."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from journey_designer.io.project_file.json_io import load_json
from journey_designer.layout.lanes import LANE_WIDTH
from journey_designer.ui.canvas import style
from journey_designer.ui.main_window import MainWindow

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "journey_designer" / "samples")
                 .glob("*.json"))
SCREEN = (1920, 1080)
FRAME = QColor("#ffb300")  # the spotlight's frame


@pytest.fixture(params=[p.stem for p in SAMPLES])
def presenting(request, qtbot):
    """A sample presented at 1920×1080 (the offscreen screen is smaller: the window is
    given that size after entering full screen)."""
    path = next(p for p in SAMPLES if p.stem == request.param)
    win = MainWindow(load_json(path))
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.presentation.enter()
    qtbot.waitUntil(win.isFullScreen)
    qtbot.wait(50)
    win.setWindowState(Qt.WindowState.WindowNoState)
    win.setGeometry(0, 0, *SCREEN)
    qtbot.waitUntil(lambda: win.view.viewport().size().toTuple() == SCREEN)
    qtbot.wait(50)
    yield win
    win.presentation.leave()
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()


def _grab(win) -> QImage:
    win.view.resetCachedContent()
    win.view.viewport().update()
    return win.view.viewport().grab().toImage()


def _near(colour: QColor, other: QColor, tolerance: int = 24) -> bool:
    return (abs(colour.red() - other.red()) + abs(colour.green() - other.green())
            + abs(colour.blue() - other.blue())) <= tolerance


def _stage_of(win, tp_id: str) -> int:
    return int(win.scene.cards[tp_id].pos().x() // LANE_WIDTH)


def test_share_labels_of_the_stage_are_not_dimmed_or_crossed(qtbot, presenting) -> None:
    win = presenting
    p = win.presentation
    fill = QColor(style.CARD_FILL)
    checked = on_edge = 0
    for stage in range(len(win.scene.journey.stages)):
        p.go(stage)
        qtbot.wait(10)
        image = _grab(win)
        focus = p.stage_rect(stage)
        for (source, target), rect in win.scene.share_labels.rects().items():
            crossing = rect.left() < focus.left() < rect.right() or \
                rect.left() < focus.right() < rect.right()
            if stage not in (_stage_of(win, source), _stage_of(win, target)) and not crossing:
                continue
            inner = rect.adjusted(rect.height() / 2, 0, -rect.height() / 2, 0)  # not the ends
            box = win.view.mapFromScene(inner).boundingRect().adjusted(0, 3, 0, -3)
            if not win.view.viewport().rect().contains(box):
                continue
            pixels = [QColor(image.pixel(x, y)) for x in range(box.left(), box.right() + 1)
                      for y in range(box.top(), box.bottom() + 1)]
            light = sum(_near(c, fill) for c in pixels) / len(pixels)
            framed = sum(_near(c, FRAME, 60) for c in pixels)
            label = win.scene._share_text((source, target))
            assert light >= 0.6, (stage, label, f"{light:.0%} of the label's box is its fill")
            assert framed == 0, (stage, label, "the spotlight frame crosses the label")
            checked += 1
            on_edge += crossing
    assert checked and on_edge, "the samples have labels on a lane's edge"


def test_stage_slides_show_the_map_to_their_edges(qtbot, presenting) -> None:
    win = presenting
    p = win.presentation
    page = QColor("#0b1020")
    map_width = len(win.scene.journey.stages) * LANE_WIDTH
    for index, slide in enumerate(p.slides):
        if slide.kind != "stage" or slide.source.width() > map_width:
            continue
        p.show(index)
        qtbot.wait(10)
        image = _grab(win)
        rows = range(SCREEN[1] // 4, SCREEN[1] * 3 // 4, 20)
        for side, columns in (("left", range(40)), ("right", range(SCREEN[0] - 40, SCREEN[0]))):
            band = [x for x in columns
                    if all(_near(QColor(image.pixel(x, y)), page, 12) for y in rows)]
            assert len(band) <= 12, (f"slide {index} (stage {slide.stage + 1}) has a "
                                     f"{len(band)} px band of empty page at its {side} edge")


def test_the_part_label_of_a_tall_stage_never_covers_its_lane(qtbot, presenting) -> None:
    win = presenting
    p = win.presentation
    journey = win.scene.journey
    first = journey.stages[0].id
    # make the first stage tall: its later parts name it, and it sits at the slide's edge
    lowest = max(tp.y for tp in journey.touchpoints if tp.stage == first)
    for n in range(4):
        win.document.add_touchpoint(journey.id, first, 30, lowest + 130 * (n + 1), f"Extra {n}")
    qtbot.wait(50)
    later = [i for i, s in enumerate(p.plan()) if s.kind == "stage" and s.part > 0]
    assert any(p.plan()[i].stage == 0 for i in later)
    for index in later:
        p.show(index)
        qtbot.wait(10)
        lane = win.view.mapFromScene(p.stage_rect(p.slide)).boundingRect()
        label = p.overlays.part.geometry()
        assert p.overlays.part.isVisible()
        assert not label.intersects(lane), (index, label, lane)
