"""The open project as the UI sees it, and the only API through which the UI edits it.

Every edit becomes one QUndoCommand on `undo_stack`; the commands change the domain
through ProjectEditor, whose events are re-emitted here as the `changed` signal so
the canvas, docks and panels all follow the same model.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from journey_designer.commands.journey_commands import (
    AddJourney,
    AddStage,
    AddTouchpoints,
    AddTransition,
    DeleteItems,
    DeleteJourney,
    DeleteStage,
    MoveStage,
    RenameStage,
    ReplaceProject,
    SetEntryExit,
    SetJourneyFields,
    SetShare,
    SetTouchpointFields,
)
from journey_designer.commands.merge_ids import MergeId
from journey_designer.domain.edit_checks import (
    changed,
    journey_problems,
    new_problems,
    share_problem,
    touchpoint_problems,
)
from journey_designer.domain.editing import ProjectEditor
from journey_designer.domain.events import Event
from journey_designer.domain.ids import new_id
from journey_designer.domain.model import Journey, Project, Stage, Touchpoint, Transition
from journey_designer.domain.templates import CLASSIC_STAGES
from journey_designer.layout.lanes import (
    CARD_WIDTH,
    LANE_WIDTH,
    arranged_positions,
    stage_index_at,
    x_in_lane,
)
from journey_designer.ui.document_plan import PlanEditingApi

CLIPBOARD_FORMAT = "journey-designer/cards"


class Document(QObject, PlanEditingApi):
    """One open project: its model, file path, undo stack and modification state."""

    changed = Signal(object)  # a domain Event
    project_replaced = Signal()
    path_changed = Signal()
    edit_refused = Signal(str)  # an edit the rules refused, and why (nothing changed)

    def __init__(self, project: Project, path: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = ProjectEditor(project)
        self.editor.subscribe(self.changed.emit)
        self.undo_stack = QUndoStack(self)
        self.path = path

    # ------------------------------------------------------------ project & file

    @property
    def project(self) -> Project:
        return self.editor.project

    def replace(self, project: Project, path: Path | None) -> None:
        """Show another project: a fresh history, unmodified."""
        self.undo_stack.clear()
        self.path = path
        self.editor.replace_project(project)
        self.undo_stack.setClean()
        self.project_replaced.emit()
        self.path_changed.emit()

    def replace_contents(self, project: Project, text: str) -> None:
        """Swap in a changed copy of the whole project (an import) as one undo step."""
        self._push(ReplaceProject(self.editor, project, text=text))

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def mark_saved(self, path: Path) -> None:
        self.path = path
        self.undo_stack.setClean()
        self.path_changed.emit()

    def snapshot(self) -> Project:
        """A deep copy of the project (for saving off the UI thread, or comparing)."""
        return copy.deepcopy(self.project)

    def _push(self, command: Any) -> None:
        self.undo_stack.push(command)

    # ------------------------------------------------------------ touchpoints

    def add_touchpoint(self, journey_id: str, stage_id: str, x: float, y: float,
                       name: str) -> str:
        tp = Touchpoint(id=new_id("tp"), stage=stage_id, name=name, x=x, y=y)
        self._push(AddTouchpoints(self.editor, journey_id, [tp], text=self.tr("Add touchpoint")))
        return tp.id

    def delete_items(self, journey_id: str, touchpoint_ids: list[str],
                     transitions: list[tuple[str, str]]) -> None:
        if not touchpoint_ids and not transitions:
            return
        self._push(DeleteItems(self.editor, journey_id, touchpoint_ids, transitions,
                               text=self.tr("Delete")))

    def move_touchpoints(self, journey_id: str, positions: dict[str, tuple[float, float]],
                         *, nudge: bool = False) -> None:
        """Move cards to new top-left positions; a card dropped in another lane changes stage."""
        journey = self.editor.journey(journey_id)
        stage_ids = [s.id for s in journey.stages]
        changes: dict[str, dict[str, Any]] = {}
        for tp_id, (x, y) in positions.items():
            tp = self.editor.touchpoint(journey_id, tp_id)
            fields: dict[str, Any] = {"x": x, "y": y}
            if stage_ids:
                index = stage_index_at(x + CARD_WIDTH / 2, len(stage_ids))
                fields["x"] = x_in_lane(x, index)  # what is stored is what is drawn
                if stage_ids[index] != tp.stage:
                    fields["stage"] = stage_ids[index]
            if any(getattr(tp, k) != v for k, v in fields.items()):
                changes[tp_id] = fields
        if changes:
            self._push(SetTouchpointFields(
                self.editor, journey_id, changes, text=self.tr("Move %n card(s)", "", len(changes)),
                merge_id=MergeId.NUDGE if nudge else MergeId.NONE))

    def set_touchpoint_fields(self, journey_id: str, tp_id: str, changes: dict[str, Any],
                              *, typing: bool = False) -> list[str]:
        """Change a card's fields; [] when done, else why the rules refuse (nothing changed)."""
        tp = self.editor.touchpoint(journey_id, tp_id)
        if all(getattr(tp, k) == v for k, v in changes.items()):
            return []
        journey = self.editor.journey(journey_id)
        refused = new_problems(touchpoint_problems(self.project, journey, tp),
                               touchpoint_problems(self.project, journey, changed(tp, changes)))
        if refused:
            return self._refuse(refused)
        self._push(SetTouchpointFields(
            self.editor, journey_id, {tp_id: dict(changes)},
            text=self._named_edit(self.tr("Edit card “%1”: %2"), tp.name, changes),
            merge_id=MergeId.TYPING if typing else MergeId.NONE))
        return []

    def _refuse(self, problems: list[str]) -> list[str]:
        self.edit_refused.emit(problems[0])
        return problems

    def set_entry_exit(self, journey_id: str, tp_id: str, *, entry: bool | None = None,
                       exit: bool | None = None) -> None:
        self._push(SetEntryExit(self.editor, journey_id, tp_id, entry=entry, exit=exit,
                                text=self.tr("Mark entry/exit")))

    # ------------------------------------------------------------ transitions

    def remaining_share(self, journey_id: str, source: str) -> float:
        used = sum(t.share for t in self.editor.journey(journey_id).transitions if t.source == source)
        return max(0.0, round(1.0 - used, 6))

    def connect(self, journey_id: str, source: str, target: str,
                share: float | None = None) -> bool:
        """Add an arrow; by default it takes the share still unassigned. False if it exists
        or the share is more than is left (see share_problem)."""
        journey = self.editor.journey(journey_id)
        if any(t.source == source and t.target == target for t in journey.transitions):
            return False
        if share is None:
            share = self.remaining_share(journey_id, source)
        problem = share_problem(journey, source, target, share)
        if problem:
            self._refuse([problem])
            return False
        self._push(AddTransition(self.editor, journey_id, Transition(source, target, share),
                                 text=self.tr("Connect “%1” → “%2”").replace(
                                     "%1", self._card_name(journey_id, source)).replace(
                                     "%2", self._card_name(journey_id, target))))
        return True

    def share_problem(self, journey_id: str, source: str, target: str, share: float) -> str:
        """Why the arrow cannot take `share` (0..1): the shares leaving a card add up to at
        most 1 — one rule for every editor (Properties, the in-place editor, import)."""
        return share_problem(self.editor.journey(journey_id), source, target, share)

    def set_share(self, journey_id: str, source: str, target: str, share: float) -> list[str]:
        """Change an arrow's share; [] when done (or unchanged), else why it is refused."""
        if self.editor.transition(journey_id, source, target).share == share:
            return []
        problem = self.share_problem(journey_id, source, target, share)
        if problem:
            return self._refuse([problem])
        self._push(SetShare(self.editor, journey_id, source, target, share,
                            text=self.tr("Change share “%1” → “%2”").replace(
                                "%1", self._card_name(journey_id, source)).replace(
                                "%2", self._card_name(journey_id, target))))
        return []

    def _card_name(self, journey_id: str, tp_id: str) -> str:
        try:
            return self.editor.touchpoint(journey_id, tp_id).name
        except KeyError:
            return tp_id

    # ------------------------------------------------------------ stages

    def add_stage(self, journey_id: str, name: str, index: int | None = None) -> str:
        journey = self.editor.journey(journey_id)
        stage = Stage(id=new_id("st"), name=name)
        at = len(journey.stages) if index is None else index
        self._push(AddStage(self.editor, journey_id, stage, at, text=self.tr("Add stage")))
        return stage.id

    def rename_stage(self, journey_id: str, stage_id: str, name: str) -> None:
        if not name.strip() or self.editor.stage(journey_id, stage_id).name == name:
            return
        self._push(RenameStage(self.editor, journey_id, stage_id, name,
                               text=self.tr("Rename stage “%1”").replace(
                                   "%1", self.editor.stage(journey_id, stage_id).name)))

    def delete_stage(self, journey_id: str, stage_id: str) -> None:
        self._push(DeleteStage(self.editor, journey_id, stage_id, text=self.tr("Delete stage")))

    def move_stage(self, journey_id: str, old_index: int, new_index: int) -> None:
        journey = self.editor.journey(journey_id)
        if old_index == new_index or not 0 <= new_index < len(journey.stages):
            return
        order = list(range(len(journey.stages)))
        order.insert(new_index, order.pop(old_index))
        new_lane = {journey.stages[old].id: new for new, old in enumerate(order)}
        old_lane = {s.id: i for i, s in enumerate(journey.stages)}
        shifts = {tp.id: (new_lane[tp.stage] - old_lane[tp.stage]) * LANE_WIDTH
                  for tp in journey.touchpoints
                  if tp.stage in old_lane and new_lane[tp.stage] != old_lane[tp.stage]}
        self._push(MoveStage(self.editor, journey_id, old_index, new_index, shifts,
                             text=self.tr("Move stage")))

    def arrange_stage(self, journey_id: str, stage_id: str) -> None:
        """Stack a stage's cards in one tidy column, in their current top-to-bottom order."""
        journey = self.editor.journey(journey_id)
        index = next(i for i, s in enumerate(journey.stages) if s.id == stage_id)
        cards = sorted((tp for tp in journey.touchpoints if tp.stage == stage_id),
                       key=lambda tp: (tp.y if tp.y is not None else 0.0))
        targets = arranged_positions([tp.id for tp in cards], index)
        self.move_touchpoints(journey_id, {tp.id: pos for tp, pos in zip(cards, targets, strict=True)})

    def align(self, journey_id: str, tp_ids: list[str], how: str,
              positions: dict[str, tuple[float, float]]) -> None:
        """Align cards' left edges ("left") or top edges ("top") to the first of them."""
        if len(tp_ids) < 2:
            return
        first = positions[tp_ids[0]]
        moved = {tp_id: ((first[0], positions[tp_id][1]) if how == "left"
                         else (positions[tp_id][0], first[1])) for tp_id in tp_ids}
        self.move_touchpoints(journey_id, moved)

    # ------------------------------------------------------------ journeys

    def add_journey(self, name: str) -> str:
        lang = self.project.locale if self.project.locale in CLASSIC_STAGES else "en"
        journey = Journey(id=new_id("j"), name=name, monthly_entries=1000,
                          stages=[Stage(id=new_id("st"), name=n) for n in CLASSIC_STAGES[lang]])
        self._push(AddJourney(self.editor, journey, text=self.tr("Add journey")))
        return journey.id

    def rename_journey(self, journey_id: str, name: str) -> None:
        journey = self.editor.journey(journey_id)
        if name.strip() and journey.name != name:
            self._push(SetJourneyFields(self.editor, journey_id, {"name": name},
                                        text=self.tr("Rename journey “%1”").replace(
                                            "%1", journey.name)))

    def set_journey_fields(self, journey_id: str, changes: dict[str, Any]) -> list[str]:
        """[] when done (or unchanged), else why the rules refuse it (nothing changed)."""
        journey = self.editor.journey(journey_id)
        if all(getattr(journey, k) == v for k, v in changes.items()):
            return []
        refused = new_problems(journey_problems(self.project, journey),
                               journey_problems(self.project, changed(journey, changes)))
        if refused:
            return self._refuse(refused)
        self._push(SetJourneyFields(self.editor, journey_id, changes,
                                    text=self._named_edit(self.tr("Edit journey “%1”: %2"),
                                                          journey.name, changes)))
        return []

    def delete_journey(self, journey_id: str) -> None:
        self._push(DeleteJourney(self.editor, journey_id, text=self.tr("Delete journey")))

    # ------------------------------------------------------------ clipboard

    def copy_payload(self, journey_id: str, tp_ids: list[str]) -> dict[str, Any]:
        """The selected cards and the arrows between them, as a JSON-able dict."""
        from journey_designer.io.project_file.json_io import to_json_value

        chosen = set(tp_ids)
        journey = self.editor.journey(journey_id)
        return {
            "format": CLIPBOARD_FORMAT,
            "touchpoints": to_json_value([tp for tp in journey.touchpoints if tp.id in chosen]),
            "transitions": to_json_value([t for t in journey.transitions
                                          if t.source in chosen and t.target in chosen]),
        }

    def paste(self, journey_id: str, payload: dict[str, Any], offset: tuple[float, float],
              text: str | None = None) -> list[str]:
        """Add copies of the payload's cards with new ids; arrows between them come along."""
        from journey_designer.io.project_file.json_io import from_json_value

        journey = self.editor.journey(journey_id)
        stage_ids = {s.id for s in journey.stages}
        fallback = journey.stages[0].id if journey.stages else ""
        renamed: dict[str, str] = {}
        cards: list[Touchpoint] = []
        for data in payload.get("touchpoints", []):
            tp = from_json_value(Touchpoint, data)
            renamed[tp.id] = tp.id = new_id("tp")
            tp.x = (tp.x or 0.0) + offset[0]
            tp.y = (tp.y or 0.0) + offset[1]
            if tp.stage not in stage_ids:  # pasted from another journey
                tp.stage = fallback
            tp.channels = [c for c in tp.channels if c in self.project.channel_by_id()]
            cards.append(tp)
        arrows = [Transition(renamed[t.source], renamed[t.target], t.share)
                  for t in (from_json_value(Transition, d) for d in payload.get("transitions", []))
                  if t.source in renamed and t.target in renamed]
        if cards:
            self._push(AddTouchpoints(self.editor, journey_id, cards, arrows,
                                      text=text or self.tr("Paste")))
        return [tp.id for tp in cards]

    def duplicate(self, journey_id: str, tp_ids: list[str]) -> list[str]:
        return self.paste(journey_id, self.copy_payload(journey_id, tp_ids), (20.0, 20.0),
                          text=self.tr("Duplicate"))

    def event_is_for(self, event: Event, journey_id: str | None) -> bool:
        return event.change == "reset" or event.journey == journey_id
