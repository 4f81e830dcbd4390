"""Editing the map from menus, shortcuts and the context menu: the Edit and Insert
commands, Journey ▸ Entry/Exit, Connect To… (Ctrl+L), and what the Properties dock
shows for the selection. Every edit is one call of the document API (one undo step).

It receives the session, the map's scene and view, the action catalogue and the
Properties panel; `parent` is only the parent of its dialogs and menus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu, QMessageBox, QWidget

from journey_designer.domain.events import Event
from journey_designer.domain.validation import validate
from journey_designer.layout.lanes import CARD_HEIGHT, FIRST_CARD_Y, ROW_PITCH, lane_left
from journey_designer.ui.actions import Actions
from journey_designer.ui.canvas.items.card import TouchpointCard
from journey_designer.ui.canvas.items.lanes import StageLane
from journey_designer.ui.clipboard import payload_from_mime, payload_to_mime
from journey_designer.ui.dialogs.connect_to import ConnectToDialog
from journey_designer.ui.view_state import Selection

if TYPE_CHECKING:
    from journey_designer.ui.canvas.scene import JourneyScene
    from journey_designer.ui.canvas.view import JourneyView
    from journey_designer.ui.panels.properties import PropertiesPanel
    from journey_designer.ui.session import Session


class MapEditing(QObject):
    def __init__(self, session: Session, scene: JourneyScene, view: JourneyView,
                 actions: Actions, properties: PropertiesPanel, parent: QWidget) -> None:
        super().__init__(parent)
        self.session, self.document = session, session.document
        self.scene, self.view, self.actions = scene, view, actions
        self.properties = properties
        self.parent_widget = parent
        session.view.selection_changed.connect(self._selection_changed)
        session.view.journey_id_changed.connect(lambda _j: self._selection_changed())
        self.document.changed.connect(self._on_event)
        self.document.project_replaced.connect(self._selection_changed)
        self._selection_changed()

    @property
    def journey_id(self) -> str | None:
        return self.scene.journey_id

    # ------------------------------------------------------------ the selection

    def _selection_changed(self, *_args: object) -> None:
        selection = self.session.view.selection
        journey = self.scene.journey
        if journey is None:
            self.properties.show_target(())
        elif len(selection.cards) == 1 and not selection.arrows:
            self.properties.show_target(("touchpoint", journey.id, selection.cards[0]))
        elif len(selection.arrows) == 1 and not selection.cards:
            self.properties.show_target(("transition", journey.id, *selection.arrows[0]))
        elif selection.stage is not None:
            self.properties.show_target(("stage", journey.id, selection.stage))
        else:
            self.properties.show_target(("journey", journey.id))
        self._show_marks()

    def _on_event(self, event: Event) -> None:
        if event.change == "reset" or event.kind in ("journey", "touchpoint"):
            self._show_marks()

    def _show_marks(self) -> None:
        """Journey ▸ Entry/Exit checked as the model has them, for one selected card."""
        cards = self.session.view.selection.cards
        journey = self.scene.journey
        one = len(cards) == 1 and journey is not None
        entry, exit_ = self.actions["actionToggleEntry"], self.actions["actionToggleExit"]
        for action, marked in ((entry, one and cards[0] in journey.entries),  # type: ignore[union-attr]
                               (exit_, one and cards[0] in journey.exits)):  # type: ignore[union-attr]
            action.setEnabled(one)
            action.setChecked(bool(marked))
        self.actions["actionConnectTo"].setEnabled(one)

    def mark_selected(self, **marks: bool) -> None:
        cards = self.session.view.selection.cards
        if self.journey_id and len(cards) == 1:
            self.document.set_entry_exit(self.journey_id, cards[0], **marks)
        self._show_marks()  # also when nothing changed: the check follows the model

    # ------------------------------------------------------------ edit

    def delete_selection(self) -> None:
        if self.journey_id is None:
            return
        cards = [c.tp_id for c in self.scene.selected_cards()]
        arrows = [a.key for a in self.scene.selected_arrows()]
        self.document.delete_items(self.journey_id, cards, arrows)

    def select_all(self) -> None:
        self.scene.select_cards(list(self.scene.cards))

    def rename_selected(self) -> None:
        cards = self.scene.selected_cards()
        if len(cards) == 1:
            self.scene.request_card_rename(cards[0])

    def copy(self) -> None:
        cards = [c.tp_id for c in self.scene.selected_cards()]
        if self.journey_id and cards:
            payload = self.document.copy_payload(self.journey_id, cards)
            QApplication.clipboard().setMimeData(payload_to_mime(payload))

    def cut(self) -> None:
        self.copy()
        self.delete_selection()

    def paste(self) -> None:
        payload = payload_from_mime(QApplication.clipboard().mimeData())
        if payload is None or self.journey_id is None:
            return
        new_ids = self.document.paste(self.journey_id, payload, (20.0, 20.0))
        self.scene.select_cards(new_ids)

    def duplicate(self) -> None:
        cards = [c.tp_id for c in self.scene.selected_cards()]
        if self.journey_id and cards:
            self.scene.select_cards(self.document.duplicate(self.journey_id, cards))

    def align(self, how: str) -> None:
        cards = self.scene.selected_cards()
        if self.journey_id and len(cards) > 1:
            positions = {c.tp_id: (c.pos().x(), c.pos().y()) for c in cards}
            self.document.align(self.journey_id, [c.tp_id for c in cards], how, positions)

    def arrange_stage(self) -> None:
        journey = self.scene.journey
        if journey is not None and journey.stages:
            self.document.arrange_stage(journey.id, self._current_stage_id())

    def _current_stage_id(self) -> str:
        journey = self.scene.journey
        assert journey is not None
        cards = self.scene.selected_cards()
        if cards:
            return self.document.editor.touchpoint(journey.id, cards[0].tp_id).stage
        return journey.stages[0].id

    def connect_to(self) -> ConnectToDialog | None:
        """Connect the selected card to one picked from a list (keyboard only)."""
        cards = self.session.view.selection.cards
        journey = self.scene.journey
        if journey is None or len(cards) != 1:
            return None
        source = cards[0]
        dialog = ConnectToDialog(journey, source, self.parent_widget)
        dialog.chosen.connect(lambda target: self.document.connect(journey.id, source, target))
        dialog.finished.connect(lambda _r: (dialog.deleteLater(), self.view.setFocus()))
        dialog.open()
        return dialog

    # ------------------------------------------------------------ insert

    def add_touchpoint(self) -> None:
        journey = self.scene.journey
        if journey is None or not journey.stages:
            return
        stage_id = self._current_stage_id()
        index = next(i for i, s in enumerate(journey.stages) if s.id == stage_id)
        bottoms = [c.pos().y() + CARD_HEIGHT for c in self.scene.cards.values()
                   if self.document.editor.touchpoint(journey.id, c.tp_id).stage == stage_id]
        y = max(bottoms, default=FIRST_CARD_Y - ROW_PITCH + CARD_HEIGHT) + ROW_PITCH - CARD_HEIGHT
        tp_id = self.document.add_touchpoint(journey.id, stage_id, lane_left(index) + 30, y,
                                             self.tr("New touchpoint"))
        self.scene.select_cards([tp_id])
        self.view.ensureVisible(self.scene.cards[tp_id].sceneBoundingRect())
        self.scene.request_card_rename(self.scene.cards[tp_id])

    def add_stage(self) -> None:
        if self.journey_id:
            stage_id = self.document.add_stage(self.journey_id, self.tr("New stage"))
            lane = self.scene.lanes[stage_id]
            self.view.ensureVisible(lane.sceneBoundingRect())
            self._edit_stage_name(lane)

    def _edit_stage_name(self, lane: StageLane) -> None:
        self.scene.edit_requested.emit("stage", lane.stage_id, lane.header_rect().translated(
            lane.pos()).adjusted(4, 4, -4, -4), lane.name)

    def delete_stage(self, stage_id: str) -> None:
        journey = self.scene.journey
        if journey is None:
            return
        stage = self.document.editor.stage(journey.id, stage_id)
        count = sum(1 for tp in journey.touchpoints if tp.stage == stage_id)
        if count:
            answer = QMessageBox.question(
                self.parent_widget, self.tr("Delete stage"),
                self.tr("Delete the stage “%1” and its %2 touchpoint(s)? "
                        "You can undo this.").replace("%1", stage.name).replace("%2", str(count)))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.document.delete_stage(journey.id, stage_id)

    def add_journey(self) -> None:
        name, ok = QInputDialog.getText(self.parent_widget, self.tr("New journey"),
                                        self.tr("Journey name:"), text=self.tr("New journey"))
        if ok and name.strip():
            self.document.add_journey(name.strip())

    def rename_journey(self) -> None:
        journey = self.scene.journey
        if journey is None:
            return
        name, ok = QInputDialog.getText(self.parent_widget, self.tr("Rename journey"),
                                        self.tr("Journey name:"), text=journey.name)
        if ok and name.strip():
            self.document.rename_journey(journey.id, name.strip())

    def delete_journey(self) -> None:
        journey = self.scene.journey
        if journey is None:
            return
        if len(self.document.project.journeys) == 1:
            QMessageBox.information(self.parent_widget, self.tr("Delete journey"),
                                    self.tr("A project keeps at least one journey."))
            return
        answer = QMessageBox.question(
            self.parent_widget, self.tr("Delete journey"),
            self.tr("Delete the journey “%1” with its %2 touchpoint(s)? You can undo this.")
            .replace("%1", journey.name).replace("%2", str(len(journey.touchpoints))))
        if answer == QMessageBox.StandardButton.Yes:
            self.document.delete_journey(journey.id)

    def show_problems(self) -> None:
        problems = validate(self.document.project)
        if not problems:
            QMessageBox.information(self.parent_widget, self.tr("Check project"),
                                    self.tr("No problems found."))
            return
        text = "\n".join(f"• {p}" for p in problems[:40])
        more = len(problems) - 40
        if more > 0:
            text += "\n" + self.tr("… and %1 more").replace("%1", str(more))
        QMessageBox.warning(self.parent_widget, self.tr("Check project"), text)

    # ------------------------------------------------------------ context menu

    def canvas_menu(self, pos: QPoint) -> None:
        scene_pos = self.view.mapToScene(pos)
        menu = QMenu(self.parent_widget)
        card = self.scene.card_at(scene_pos)
        lane = self.scene.lane_at(scene_pos)
        if isinstance(card, TouchpointCard):
            if not card.isSelected():
                self.session.view.set_selection(Selection(cards=(card.tp_id,)))
            for name in ("actionRename", "actionDuplicate", "actionCopy", "actionCut",
                         "actionDelete", "actionConnectTo", "actionToggleEntry",
                         "actionToggleExit"):
                menu.addAction(self.actions[name])
        elif isinstance(lane, StageLane):
            menu.addAction(self.tr("Rename stage"), lambda: self.scene.edit_requested.emit(
                "stage", lane.stage_id, lane.header_rect().translated(lane.pos()), lane.name))
            menu.addAction(self.tr("Delete stage…"), lambda: self.delete_stage(lane.stage_id))
            menu.addAction(self.actions["actionAddStage"])
            menu.addAction(self.actions["actionPaste"])
        menu.exec(self.view.mapToGlobal(pos))
