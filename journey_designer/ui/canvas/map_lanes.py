"""The lanes around the cards, from the cards as they are: lane heights, the emotion
curve (the layout engine's curve: a point under each card), the backstage lane and the
scene rect."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF

from journey_designer.layout.curve import curve_layout
from journey_designer.layout.geometry import Box
from journey_designer.layout.lanes import (
    CARD_HEIGHT,
    CARD_WIDTH,
    LANE_GAP,
    backstage_by_lane,
    geometry_for,
)

if TYPE_CHECKING:
    from journey_designer.ui.canvas.scene import JourneyScene


def refresh_lanes(scene: JourneyScene) -> None:
    """Lane heights, emotion curve, backstage lane and scene rect from the cards."""
    journey = scene.journey
    if journey is None:
        scene.curve.setVisible(False)
        scene.backstage.setVisible(False)
        scene.setSceneRect(QRectF(0, 0, 800, 600))
        return
    positions = {tp_id: (c.pos().x(), c.pos().y()) for tp_id, c in scene.cards.items()}
    geometry = geometry_for(journey, positions)
    for lane in scene.lanes.values():
        lane.set_height(geometry.lanes_height)
    scene.curve.setVisible(scene.show_curve)
    scene.curve.setPos(0, geometry.emotion_top)
    tps = {tp.id: tp for tp in journey.touchpoints if tp.id in positions}
    boxes = {t: Box(x, y, CARD_WIDTH, CARD_HEIGHT) for t, (x, y) in positions.items() if t in tps}
    curve = curve_layout(boxes, {t: tp.emotion for t, tp in tps.items()},
                         geometry.emotion_top, geometry.width)
    scene.curve.set_layout(curve, {t: tp.name for t, tp in tps.items()})
    scene.curve.set_contacts(*lens_contacts(scene, {p.tp_id: p.x for p in curve.points}))
    scene.backstage.setVisible(scene.show_backstage)
    top = geometry.backstage_top if scene.show_curve else geometry.emotion_top
    scene.backstage.setPos(0, top)
    scene.backstage.set_entries(geometry.width, backstage_by_lane(
        journey, positions, len(journey.stages)))
    bottom = top + (scene.backstage.boundingRect().height() if scene.show_backstage else 0)
    bottom = max(bottom, geometry.emotion_top - LANE_GAP if not scene.show_curve else bottom)
    scene.setSceneRect(QRectF(-40, -20, geometry.width + 80, bottom + 60))


def lens_contacts(scene: JourneyScene, xs: dict[str, float]) -> tuple[list[tuple[float, int]], str]:
    """Under a tier lens: that tier's number of care actions at each card's point, and
    what the bars mean."""
    tier_id = scene.lens_tier
    if tier_id is None:
        return [], ""
    care = scene.care_index()
    tier = next((t for t in scene.document.project.tiers if t.id == tier_id), None)
    legend = QCoreApplication.translate(
        "JourneyScene", "Bars: care actions for %1 at each card").replace(
        "%1", tier.name if tier is not None else "")
    return [(x, sum(1 for a in care.get(tp_id, []) if tier_id in a.tiers))
            for tp_id, x in xs.items()], legend
