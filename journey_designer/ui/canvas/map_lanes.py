"""The lanes around the cards, from the cards as they are: lane heights, the emotion
curve (the layout engine's curve: a point under each card), the backstage lane and the
scene rect."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF

from journey_designer.domain.model import Journey
from journey_designer.layout.curve import CurveLayout, curve_layout
from journey_designer.layout.geometry import Box
from journey_designer.layout.lanes import (
    CARD_HEIGHT,
    CARD_WIDTH,
    LANE_GAP,
    MapGeometry,
    backstage_by_lane,
    geometry_for,
)

if TYPE_CHECKING:
    from journey_designer.ui.canvas.scene import JourneyScene


@dataclass
class LaneContent:
    """What the lanes around the cards show, worked out from the cards' positions:
    made by the MapBuilder beside the scene when a map is built, else on refresh."""

    geometry: MapGeometry
    curve: CurveLayout
    names: dict[str, str]  # card names for the curve's tooltips
    backstage: list[tuple[float, list[str]]]


def lane_content(journey: Journey, positions: dict[str, tuple[float, float]]) -> LaneContent:
    geometry = geometry_for(journey, positions)
    tps = {tp.id: tp for tp in journey.touchpoints if tp.id in positions}
    boxes = {t: Box(x, y, CARD_WIDTH, CARD_HEIGHT) for t, (x, y) in positions.items() if t in tps}
    curve = curve_layout(boxes, {t: tp.emotion for t, tp in tps.items()},
                         geometry.emotion_top, geometry.width)
    return LaneContent(geometry, curve, {t: tp.name for t, tp in tps.items()},
                       backstage_by_lane(journey, positions, len(journey.stages)))


def refresh_lanes(scene: JourneyScene, content: LaneContent | None = None) -> None:
    """Lane heights, emotion curve, backstage lane and scene rect from the cards
    (`content`: already worked out from where they are)."""
    journey = scene.journey
    if journey is None:
        scene.curve.setVisible(False)
        scene.backstage.setVisible(False)
        scene.setSceneRect(QRectF(0, 0, 800, 600))
        return
    if content is None:
        positions = {tp_id: (c.pos().x(), c.pos().y()) for tp_id, c in scene.cards.items()}
        content = lane_content(journey, positions)
    geometry, curve = content.geometry, content.curve
    for lane in scene.lanes.values():
        lane.set_height(geometry.lanes_height)
    scene.curve.setVisible(scene.show_curve)
    scene.curve.setPos(0, geometry.emotion_top)
    scene.curve.set_layout(curve, content.names)
    scene.curve.set_contacts(*lens_contacts(scene, {p.tp_id: p.x for p in curve.points}))
    scene.backstage.setVisible(scene.show_backstage)
    top = geometry.backstage_top if scene.show_curve else geometry.emotion_top
    scene.backstage.setPos(0, top)
    scene.backstage.set_entries(geometry.width, content.backstage)
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
