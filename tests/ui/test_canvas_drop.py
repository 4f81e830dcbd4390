"""Dropping a card on a big map re-routes only the arrows near it (issue 15): the other
arrows keep their routes, and still no arrow passes through a card that is not its end."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QPointF

from journey_designer.layout.geometry import Box
from journey_designer.layout.quality import card_crossings
from journey_designer.ui.canvas.scene import JourneyScene
from journey_designer.ui.canvas.view import JourneyView
from journey_designer.ui.document import Document

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
from synthetic import big_project  # noqa: E402

NEAR = 30.0


def _near(points: list[tuple[float, float]], boxes: list[Box]) -> bool:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    route = Box(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
    return any(route.overlaps(box, NEAR) for box in boxes)


def _box(scene: JourneyScene, tp_id: str) -> Box:
    card = scene.cards[tp_id]
    r = card.mapRectToScene(card.card_rect())
    return Box(r.x(), r.y(), r.width(), r.height())


def test_a_drop_on_a_2000_card_map_keeps_the_far_arrows_routes(qtbot) -> None:
    project = big_project(touchpoints=2000, transitions=5000, tiers=3, actions=100, stages=12)
    scene = JourneyScene(Document(project))
    scene.view.set_journey_id(project.journeys[0].id)
    view = JourneyView(scene)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not scene.layout_pending, timeout=10000)
    tp_id = "tp-100"
    card = scene.cards[tp_id]
    view.centerOn(card)
    old = _box(scene, tp_id)
    before = {k: a.route() for k, a in scene.arrows.items()}
    start = QPointF(card.pos())
    card.setPos(start + QPointF(10, 10))  # dragged a little, within its lane
    scene.follow_moving_cards([tp_id], still_picture=False)
    spent: list[float] = []
    relayout = scene.map_layout.relayout

    def timed_relayout() -> None:  # (its CPU time: benchmarks/bench_canvas.py)
        began = time.process_time()
        relayout()
        spent.append(time.process_time() - began)

    scene.map_layout._timer.timeout.disconnect()
    scene.map_layout._timer.timeout.connect(timed_relayout)
    scene.commit_drag({tp_id: start})
    qtbot.waitUntil(lambda: bool(spent) and not scene.layout_pending, timeout=10000)
    new = _box(scene, tp_id)
    assert new != old
    ends = {c for k in scene.arrows if tp_id in k for c in k}
    far = [k for k, points in before.items()
           if not _near(points, [old, new]) and not set(k) & ends]
    assert len(far) > 0.9 * len(before)
    moved = [k for k in far if scene.arrows[k].route() != before[k]]
    assert moved == [], f"{len(moved)} far arrows re-routed, first {moved[:3]}"
    own = [k for k in scene.arrows if tp_id in k]
    assert all(scene.arrows[k].route() != before[k] for k in own)
    boxes = {t: _box(scene, t) for t in scene.cards}
    crossed = card_crossings(((k, a.route()) for k, a in scene.arrows.items()), boxes)
    assert crossed == [], f"{len(crossed)} arrows through cards, first {crossed[:3]}"
    view.close()
