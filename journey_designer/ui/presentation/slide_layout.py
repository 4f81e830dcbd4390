"""Where each slide looks on the map, for a screen (or page) of a given size: the one
layout both the screen and the slides PDF use.

A slide is a scene rectangle with the screen's proportions (`source`), shown at
`scale` screen pixels per scene unit. Stage slides are zoomed so that their text is
readable on a projector: card titles at least TITLE_PX and every other text at least
TEXT_PX on the screen. A stage taller than the screen at that zoom is shown in parts
(the next key goes down the stage before going on), broken between cards, never
through one; a stage that would need more than MAX_PARTS parts is fitted on one slide.
The overview fits the whole map below a band kept for its title.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSizeF

from journey_designer.layout.lanes import CARD_HEIGHT, HEADER_HEIGHT, LANE_WIDTH

if TYPE_CHECKING:
    from journey_designer.ui.canvas.scene import JourneyScene

OVERVIEW, STAGE, SUMMARY = "overview", "stage", "summary"
TITLE_PX, TEXT_PX = 24.0, 18.0  # smallest text on a stage slide, in screen pixels
# The map's smallest fonts, in points (card titles; badges, share labels and tier
# counts): ui/canvas/items draw with these. tests/ui/test_presentation_slides.py
# measures what is really drawn, so a smaller font there shows up as a failure.
MAP_TITLE_PT, MAP_SMALLEST_PT = 9.5, 7.0
MAX_SCALE = 4.0
MAX_PARTS = 4
MARGIN = 14.0  # scene units kept around a stage's content
SIDE = LANE_WIDTH * 0.2  # at least this much of each neighbouring lane stays in view
EDGE = 4.0  # scene units of page kept beside the first and last lane (the frame shows whole)


@dataclass(frozen=True)
class Slide:
    kind: str  # OVERVIEW, STAGE or SUMMARY
    stage: int  # -1 overview, 0..n-1 a stage, n the summary
    source: QRectF = field(default_factory=QRectF)  # scene rect shown, screen-shaped
    part: int = 0  # a tall stage's parts: 0..parts-1, top to bottom
    parts: int = 1

    def scale(self, size: QSizeF) -> float:
        return size.width() / self.source.width() if self.source.width() else 1.0


def readable_scale(dpi: float) -> float:
    """The zoom at which the map's card titles and smallest texts reach TITLE_PX/TEXT_PX."""
    return max(TITLE_PX / (MAP_TITLE_PT * dpi / 72), TEXT_PX / (MAP_SMALLEST_PT * dpi / 72)) * 1.01


def plan(scene: JourneyScene, size: QSizeF, dpi: float, band: float) -> list[Slide]:
    """Every slide of the scene's journey: the overview (its map below a `band` of
    screen pixels for the title), each stage in one or more parts, the summary."""
    journey = scene.journey
    count = len(journey.stages) if journey is not None else 0
    slides = [Slide(OVERVIEW, -1, overview_source(scene.sceneRect(), size, band))]
    tops = card_tops(scene)
    for index in range(count):
        slides += stage_slides(scene, index, size, dpi, tops.get(index, []))
    slides.append(Slide(SUMMARY, count, fit(scene.sceneRect(), size)))
    return slides


def fit(rect: QRectF, size: QSizeF, top: float = 0.0, margin: float = 12.0) -> QRectF:
    """The screen-shaped scene rect that shows `rect` whole and centred in the screen
    below `top` pixels (`margin` pixels kept clear around it)."""
    width, height = size.width() - 2 * margin, size.height() - top - 2 * margin
    if rect.isEmpty() or width <= 0 or height <= 0:
        return QRectF(rect.topLeft(), size)
    scale = min(width / rect.width(), height / rect.height())
    left = (size.width() - rect.width() * scale) / 2
    upper = top + (size.height() - top - rect.height() * scale) / 2
    return QRectF(rect.left() - left / scale, rect.top() - upper / scale,
                  size.width() / scale, size.height() / scale)


def overview_source(scene_rect: QRectF, size: QSizeF, band: float) -> QRectF:
    return fit(scene_rect, size, top=band)


def stage_column(scene: JourneyScene, index: int) -> QRectF:
    """The stage's lane from its header down to the lowest lane the map shows (the
    emotion curve and backstage lane when shown): what the spotlight frames."""
    bottom = max((lane.height for lane in scene.lanes.values()), default=HEADER_HEIGHT)
    for item, shown in ((scene.curve, scene.show_curve), (scene.backstage, scene.show_backstage)):
        if shown:
            bottom = max(bottom, item.pos().y() + item.boundingRect().height())
    return QRectF(index * LANE_WIDTH, 0, LANE_WIDTH, bottom)


def card_tops(scene: JourneyScene) -> dict[int, list[float]]:
    """The top of each card, by the index of the lane its left edge is in (read once:
    a 10,000-card map has 10,000 positions to ask Qt for)."""
    tops: dict[int, list[float]] = {}
    for card in scene.cards.values():
        pos = card.pos()
        tops.setdefault(math.floor(pos.x() / LANE_WIDTH), []).append(pos.y())
    return tops


def stage_blocks(scene: JourneyScene, tops: list[float]) -> list[tuple[float, float]]:
    """Vertical spans (top, bottom) that a slide must not cut: the header with the first
    cards, each card of the stage (`tops`: see card_tops), and the emotion curve and
    backstage lanes when shown."""
    spans = [(0.0, HEADER_HEIGHT)] + [(y, y + CARD_HEIGHT) for y in tops]
    for item, shown in ((scene.curve, scene.show_curve), (scene.backstage, scene.show_backstage)):
        if shown:
            top = item.pos().y()
            spans.append((top, top + item.boundingRect().height()))
    spans.sort()
    merged: list[tuple[float, float]] = []
    for top, bottom in spans:
        if merged and top <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], bottom))
        else:
            merged.append((top, bottom))
    return merged


def stage_slides(scene: JourneyScene, index: int, size: QSizeF, dpi: float,
                 tops: list[float]) -> list[Slide]:
    """One stage: zoomed so that its content fills the screen height (never so far out
    that text falls under the readable size), in parts when it is taller than that."""
    blocks = stage_blocks(scene, tops)
    top, bottom = blocks[0][0] - MARGIN, blocks[-1][1] + MARGIN
    lanes = len(scene.journey.stages) if scene.journey is not None else index + 1
    wide = size.width() / (LANE_WIDTH + 2 * SIDE)
    whole = min(size.height() / (bottom - top), wide, MAX_SCALE)
    readable = min(readable_scale(dpi), wide)

    def centre_x(scale: float) -> float:
        return _centre(index, lanes, size.width() / scale)
    if whole >= readable:
        return [_stage_slide(index, centre_x(whole), top, whole, size)]
    page = size.height() / readable  # scene units a part shows
    spans: list[list[float]] = []  # [top, bottom] of each part's content
    for block_top, block_bottom in blocks:
        if not spans or block_bottom + MARGIN - spans[-1][0] > page:
            spans.append([block_top - MARGIN, block_bottom + MARGIN])
        else:
            spans[-1][1] = block_bottom + MARGIN
    if len(spans) > MAX_PARTS:  # a huge stage: one slide of all of it, text smaller
        scale = min(size.height() / (bottom - top), wide)
        return [_stage_slide(index, centre_x(scale), top, scale, size)]
    # the first part shows the header at the top; later parts sit in the middle
    return [_stage_slide(index, centre_x(readable),
                         start if part == 0 else start - (page - (end - start)) / 2,
                         readable, size, part, len(spans))
            for part, (start, end) in enumerate(spans)]


def _centre(index: int, lanes: int, width: float) -> float:
    """The middle of a stage slide `width` scene units wide: the stage's middle, moved
    so that the slide shows map, not empty page, up to both its edges (the first and
    last stages sit off-centre); a map narrower than the slide is centred instead."""
    left_edge, right_edge = -EDGE, lanes * LANE_WIDTH + EDGE
    if right_edge - left_edge <= width:
        return (left_edge + right_edge) / 2
    centre = index * LANE_WIDTH + LANE_WIDTH / 2
    return min(max(centre, left_edge + width / 2), right_edge - width / 2)


def _stage_slide(index: int, centre_x: float, top: float, scale: float, size: QSizeF,
                 part: int = 0, parts: int = 1) -> Slide:
    width, height = size.width() / scale, size.height() / scale
    return Slide(STAGE, index, QRectF(centre_x - width / 2, top, width, height), part, parts)
