"""Double clicks on the map and the in-place edits they open (the view shows the editor,
the scene asks for it through `edit_requested`; the edit goes through the document)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF

from journey_designer.layout.lanes import CARD_HEIGHT, CARD_WIDTH, HEADER_HEIGHT, snap
from journey_designer.ui.canvas.items.arrow import TransitionArrow
from journey_designer.ui.canvas.items.card import TouchpointCard

if TYPE_CHECKING:
    from journey_designer.ui.canvas.scene import JourneyScene


def double_click(scene: JourneyScene, pos: QPointF) -> None:
    """Rename a card, edit an arrow's share or a stage's name, or add a card there."""
    for item in scene.items(pos):
        if isinstance(item, TouchpointCard) and scene.cards.get(item.tp_id) is item:
            request_card_rename(scene, item)
            return
        if isinstance(item, TransitionArrow) and scene.arrows.get(item.key) is item:
            scene.edit_requested.emit("share", f"{item.key[0]}->{item.key[1]}",
                                      item.label_rect(), f"{item.share * 100:g}")
            return
    lane = scene.lane_at(pos)
    if lane is None or scene.journey_id is None:
        return
    if pos.y() < HEADER_HEIGHT:
        scene.edit_requested.emit("stage", lane.stage_id, lane.sceneBoundingRect().adjusted(
            4, 4, -4, -(lane.height - HEADER_HEIGHT) - 4), lane.name)
        return
    x, y = pos.x() - CARD_WIDTH / 2, pos.y() - CARD_HEIGHT / 2
    if scene.snap_to_grid:
        x, y = snap(x), snap(y)
    tp_id = scene.document.add_touchpoint(scene.journey_id, lane.stage_id, x,
                                          max(y, HEADER_HEIGHT + 4),
                                          QCoreApplication.translate("JourneyScene", "New touchpoint"))
    scene.select_cards([tp_id])
    request_card_rename(scene, scene.cards[tp_id])


def request_card_rename(scene: JourneyScene, card: TouchpointCard) -> None:
    rect = card.sceneBoundingRect()
    scene.edit_requested.emit("card", card.tp_id,
                              QRectF(rect.x() + 14, rect.y() + 10, CARD_WIDTH - 24, 26),
                              card.data.name)


def commit_edit(scene: JourneyScene, kind: str, key: str, text: str) -> None:
    """Apply an in-place edit; nothing if its object went away meanwhile (undo)."""
    journey_id = scene.journey_id
    if journey_id is None:
        return
    text = text.strip()
    document = scene.document
    try:
        if kind == "card" and text:
            document.set_touchpoint_fields(journey_id, key, {"name": text})
        elif kind == "stage" and text:
            document.rename_stage(journey_id, key, text)
        elif kind == "share":
            source, target = key.split("->", 1)
            try:
                value = float(text.rstrip("% ").replace(",", "."))
            except ValueError:
                return
            document.set_share(journey_id, source, target, value / 100.0)  # the document's rules
    except KeyError:
        pass  # the object went away while its editor was open (undo, another view)
