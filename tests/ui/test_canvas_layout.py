"""The map on the canvas is drawn from the layout engine, as the pictures are: measured on
the canvas items of every sample and of a dense 2,000-card map, no arrow passes through a
card that is not its end, no share label lies on another or on a card, no badge covers a
title; the routes and label boxes are the engine's own."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QMenu

from journey_designer.io.project_file.sqlite_store import load_project
from journey_designer.layout import palette
from journey_designer.layout.engine import layout_journey
from journey_designer.layout.geometry import Box
from journey_designer.layout.quality import (
    badge_title_overlaps,
    card_crossings,
    labels_on_cards,
    overlapping_pairs,
)
from journey_designer.ui.canvas.scene import JourneyScene
from journey_designer.ui.canvas.view import JourneyView
from journey_designer.ui.document import Document

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "journey_designer" / "samples").glob("*.journey"))
sys.path.insert(0, str(ROOT / "benchmarks"))
from synthetic import big_project  # noqa: E402


def _maps() -> list[tuple[str, object, str]]:
    out = []
    for path in SAMPLES:
        project = load_project(path)
        out += [(f"{path.stem}:{j.name}", project, j.id) for j in project.journeys]
    return out


MAPS = _maps()


def _shown(qtbot, project, journey_id: str) -> tuple[JourneyScene, JourneyView]:
    scene = JourneyScene(Document(project))
    scene.view.set_journey_id(journey_id)
    view = JourneyView(scene)
    view.resize(1600, 1000)
    view.show()
    qtbot.waitExposed(view)
    view.zoom_reset()  # share labels are shown from 50 %
    qtbot.waitUntil(lambda: scene.share_labels.placed, timeout=10000)
    return scene, view


def _card_boxes(scene: JourneyScene) -> dict[str, Box]:
    boxes = {}
    for tp_id, card in scene.cards.items():
        r = card.mapRectToScene(card.card_rect())
        boxes[tp_id] = Box(r.x(), r.y(), r.width(), r.height())
    return boxes


def _drawn_polylines(scene: JourneyScene) -> list[tuple[tuple[str, str], list[tuple[float, float]]]]:
    """Each arrow's painted path, flattened, in scene coordinates."""
    out = []
    for key, arrow in scene.arrows.items():
        for polygon in arrow.path().toSubpathPolygons():
            mapped = arrow.mapToScene(polygon)
            out.append((key, [(p.x(), p.y()) for p in mapped]))
    return out


def _label_boxes(scene: JourneyScene) -> list[Box]:
    rects = [scene.share_labels.mapRectToScene(r) for r in scene.share_labels.rects().values()]
    return [Box(r.x(), r.y(), r.width(), r.height()) for r in rects]


def _measure(scene: JourneyScene) -> None:
    boxes = _card_boxes(scene)
    crossed = card_crossings(_drawn_polylines(scene), boxes)
    assert crossed == [], f"{len(crossed)} arrows through cards, first {crossed[:3]}"
    labels = _label_boxes(scene)
    assert labels, "share labels are shown"
    assert overlapping_pairs(labels) == 0
    assert labels_on_cards(labels, boxes.values()) == 0
    layouts = [card.content() for card in scene.cards.values()]
    assert badge_title_overlaps(layouts) == 0


@pytest.mark.parametrize(("name", "project", "journey_id"), MAPS, ids=[m[0] for m in MAPS])
def test_a_sample_map_on_the_canvas_is_the_engines_layout(qtbot, name, project,
                                                         journey_id) -> None:
    scene, view = _shown(qtbot, project, journey_id)
    journey = next(j for j in project.journeys if j.id == journey_id)
    engine = layout_journey(journey)
    assert {k: a.route() for k, a in scene.arrows.items()} == {
        k: r.points for k, r in engine.routes.items()}
    assert scene.share_labels.boxes() == {k: b for k, b in engine.labels.items() if b}
    assert _card_boxes(scene) == engine.boxes
    _measure(scene)
    view.close()


def test_a_dense_map_on_the_canvas_has_no_arrow_through_a_card_nor_label_overlaps(qtbot) -> None:
    project = big_project(touchpoints=2000, transitions=5000, tiers=5, actions=2000, stages=12)
    scene, view = _shown(qtbot, project, project.journeys[0].id)
    engine = layout_journey(project.journeys[0])
    assert len(scene.arrows) == 5000
    assert {k: a.route() for k, a in scene.arrows.items()} == {
        k: r.points for k, r in engine.routes.items()}
    assert scene.share_labels.boxes() == {k: b for k, b in engine.labels.items() if b}
    _measure(scene)
    view.close()


def test_long_titles_wrap_to_two_lines_beside_the_badges_with_the_full_name_as_tooltip(
        qtbot) -> None:
    project = load_project(SAMPLES[0])
    journey = project.journeys[0]
    tp = journey.touchpoints[0]
    tp.name = "Pre-approved offer for deposit customers with a very long explanation"
    tp.moment_of_truth = tp.recovery = True
    scene, view = _shown(qtbot, project, journey.id)
    card = scene.cards[tp.id]
    content = card.content()
    assert 1 <= len(content.title) <= 2
    assert content.elided and content.title[-1].endswith("…")
    assert card.toolTip() == tp.name
    assert badge_title_overlaps([content]) == 0
    for line in content.title_boxes:  # each measured line ends before the badges start
        assert line.right <= min(b.x for _, b in content.badges)
    view.close()


def test_the_curve_has_a_scale_and_a_point_under_each_card(qtbot) -> None:
    project = load_project(SAMPLES[0])
    journey = project.journeys[0]
    scene, view = _shown(qtbot, project, journey.id)
    curve = scene.curve
    assert [level for level, _ in curve.layout.scale] == [-3, -2, -1, 0, 1, 2, 3]
    points = {p.tp_id: p for p in curve.layout.points}
    assert set(points) == set(scene.cards)
    emotions = {tp.id: tp.emotion for tp in journey.touchpoints}
    for tp_id, card in scene.cards.items():
        rect = card.mapRectToScene(card.card_rect())
        x = points[tp_id].x
        assert rect.left() < x < rect.right()  # under its own card
        twins = [t for t, c in scene.cards.items() if t != tp_id
                 and abs(c.pos().x() - card.pos().x()) < 1 and emotions[t] == emotions[tp_id]]
        if not twins:
            assert x == pytest.approx(rect.center().x())
        y = curve.mapToScene(QPointF(0, points[tp_id].y - curve.layout.top)).y()
        level = {lv: ly for lv, ly in curve.layout.scale}[emotions[tp_id]]
        assert y == pytest.approx(curve.mapToScene(QPointF(0, level - curve.layout.top)).y())
    view.close()


def test_hovering_a_card_highlights_its_point_and_hovering_a_point_its_card(qtbot) -> None:
    project = load_project(SAMPLES[0])
    journey = project.journeys[0]
    scene, view = _shown(qtbot, project, journey.id)
    tp_id = journey.touchpoints[2].id
    card = scene.cards[tp_id]
    view.centerOn(card)
    qtbot.mouseMove(view.viewport(), view.mapFromScene(card.mapToScene(QPointF(60, 40))))
    qtbot.waitUntil(lambda: scene.curve.highlighted == tp_id, timeout=2000)
    point = next(p for p in scene.curve.layout.points if p.tp_id == tp_id)
    at = scene.curve.mapToScene(QPointF(point.x, point.y - scene.curve.layout.top))
    view.centerOn(at)
    qtbot.mouseMove(view.viewport(), view.mapFromScene(at))
    qtbot.waitUntil(lambda: card.highlighted, timeout=2000)
    assert scene.curve.highlighted == tp_id
    assert sum(1 for c in scene.cards.values() if c.highlighted) == 1
    view.close()


def test_under_a_lens_the_contact_bars_have_a_legend_and_never_hide_a_point(qtbot) -> None:
    project = load_project(SAMPLES[0])
    journey = project.journeys[0]
    scene, view = _shown(qtbot, project, journey.id)
    assert scene.curve.contact_legend() == ""
    scene.view.set_lens_tier(project.tiers[0].id)
    assert project.tiers[0].name in scene.curve.contact_legend()
    assert any(count for _, count in scene.curve.contacts)
    image = scene.curve.picture()
    for p in scene.curve.layout.points:
        pixel = image.pixelColor(round(p.x), round(p.y - scene.curve.layout.top))
        assert pixel.name() == palette.emotion_colour(p.emotion), p.tp_id
    view.close()


def test_a_drag_reroutes_only_the_moved_cards_arrows_and_the_drop_settles(qtbot) -> None:
    project = load_project(SAMPLES[0])
    journey = project.journeys[0]
    scene, view = _shown(qtbot, project, journey.id)
    before = {k: a.route() for k, a in scene.arrows.items()}
    tp_id = journey.touchpoints[3].id
    card = scene.cards[tp_id]
    start = QPointF(card.pos())
    lowest = max(c.pos().y() for c in scene.cards.values())
    card.setPos(start.x() + 10, lowest + 140)  # below every card: on no other card
    scene.follow_moving_cards([tp_id], still_picture=False)
    own = {k for k in scene.arrows if tp_id in k}
    assert own and all(scene.arrows[k].route() != before[k] for k in own)
    assert all(scene.arrows[k].route() == before[k] for k in scene.arrows if k not in own)
    assert all(k not in scene.share_labels.boxes() for k in own)  # hidden while dragged
    scene.commit_drag({tp_id: start})
    qtbot.waitUntil(lambda: scene.share_labels.placed and not scene.layout_pending, timeout=5000)
    engine = layout_journey(journey)
    assert {k: a.route() for k, a in scene.arrows.items()} == {
        k: r.points for k, r in engine.routes.items()}
    assert scene.share_labels.boxes() == {k: b for k, b in engine.labels.items() if b}
    _measure(scene)
    view.close()


def test_a_new_arrow_and_a_removed_card_are_laid_out_again(qtbot) -> None:
    project = load_project(SAMPLES[0])
    journey = project.journeys[0]
    scene, view = _shown(qtbot, project, journey.id)
    doc = scene.document
    first, last = journey.touchpoints[0].id, journey.touchpoints[-1].id
    doc.connect(journey.id, first, last)
    doc.delete_items(journey.id, [journey.touchpoints[4].id], [])
    qtbot.waitUntil(lambda: not scene.layout_pending and scene.share_labels.placed, timeout=5000)
    engine = layout_journey(journey)
    assert {k: a.route() for k, a in scene.arrows.items()} == {
        k: r.points for k, r in engine.routes.items()}
    _measure(scene)
    view.close()


def test_the_canvas_uses_the_one_palette(qtbot) -> None:
    from journey_designer.ui.canvas import style
    from journey_designer.ui.care_text import tier_color

    assert [tier_color(i).name() for i in range(len(palette.TIER_COLOURS))] == list(
        palette.TIER_COLOURS)
    assert style.CARD_BORDER.name() == palette.CARD_BORDER
    assert style.ARROW.name() == palette.ARROW
    assert [style.emotion_color(e).name() for e in range(-3, 4)] == [
        palette.emotion_colour(e) for e in range(-3, 4)]
    assert style.lens_colours("uncovered_mot")[0].name() == palette.LENS["uncovered_mot"][0]


def test_view_legend_toggles_the_legend_over_the_map(qtbot, window) -> None:
    action = window.actions["actionShowLegend"]
    menu = window.menuBar().findChild(QMenu, "menuView")
    assert action in menu.actions()
    legend = window.view.legend
    action.setChecked(True)
    qtbot.waitUntil(legend.isVisible, timeout=1000)
    kinds = legend.entries()
    for kind in ("mot", "rec", "pain", "entry", "exit", "emotion"):
        assert kind in kinds
    assert [name for name, _ in legend.tier_entries()] == [t.name for t in
                                                            window.document.project.tiers]
    assert not legend.lens_entries()
    window.session.view.set_lens_tier(window.document.project.tiers[0].id)
    assert [k for k, _ in legend.lens_entries()] == ["covered", "uncovered", "uncovered_mot"]
    geometry = legend.geometry()
    assert window.view.viewport().geometry().contains(geometry)
    action.setChecked(False)
    assert not legend.isVisible()
    assert not window.session.view.show_legend


def test_after_a_drop_on_a_dense_map_no_label_overlaps_and_no_arrow_crosses(qtbot) -> None:
    """A big map places again only the labels of changed routes and those a card now
    covers: the result is as clean as a fresh layout."""
    project = big_project(touchpoints=2000, transitions=5000, tiers=5, actions=2000, stages=12)
    scene, view = _shown(qtbot, project, project.journeys[0].id)
    ids = [f"tp-{i}" for i in range(500, 540)]
    starts = {t: QPointF(scene.cards[t].pos()) for t in ids}
    for t in ids:  # 40 cards dropped half a card lower, over their neighbours' labels
        scene.cards[t].setPos(scene.cards[t].pos() + QPointF(0, 50))
    scene.follow_moving_cards(ids, still_picture=False)
    scene.commit_drag(starts)
    qtbot.waitUntil(lambda: scene.share_labels.placed and not scene.layout_pending,
                    timeout=20000)
    assert any(scene.cards[t].pos() != starts[t] for t in ids)
    _measure(scene)
    view.close()
