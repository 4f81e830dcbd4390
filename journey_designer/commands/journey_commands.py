"""One QUndoCommand per user edit of a journey map. Commands only call the
ProjectEditor's mutators; views follow the events those emit.

A command's redo() never pushes further commands. Removals remember what they took
(with indexes) so undo restores the exact previous project.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from journey_designer.commands.merge_ids import MergeId
from journey_designer.domain.editing import (
    JourneyRemoval,
    ProjectEditor,
    StageRemoval,
    TouchpointRemoval,
)
from journey_designer.domain.model import Journey, Project, Stage, Touchpoint, Transition


class EditorCommand(QUndoCommand):
    def __init__(self, editor: ProjectEditor, text: str) -> None:
        super().__init__(text)
        self.editor = editor


class AddTouchpoints(EditorCommand):
    """Add cards (and arrows between them, for paste and duplicate)."""

    def __init__(self, editor: ProjectEditor, journey_id: str, touchpoints: list[Touchpoint],
                 transitions: list[Transition] | None = None, text: str = "") -> None:
        super().__init__(editor, text)
        self.journey_id = journey_id
        self.touchpoints = touchpoints
        self.transitions = transitions or []

    def redo(self) -> None:
        for tp in self.touchpoints:
            self.editor.insert_touchpoint(self.journey_id, tp)
        for tr in self.transitions:
            self.editor.insert_transition(self.journey_id, tr)

    def undo(self) -> None:
        for tr in reversed(self.transitions):
            self.editor.delete_transition(self.journey_id, tr.source, tr.target)
        for tp in reversed(self.touchpoints):
            self.editor.delete_touchpoint(self.journey_id, tp.id)


class DeleteItems(EditorCommand):
    """Delete cards (with their arrows, entry/exit marks and care actions) and arrows."""

    def __init__(self, editor: ProjectEditor, journey_id: str, touchpoint_ids: list[str],
                 transitions: list[tuple[str, str]], text: str = "") -> None:
        super().__init__(editor, text)
        self.journey_id = journey_id
        self.touchpoint_ids = touchpoint_ids
        self.transition_keys = transitions
        self._removed_transitions: list[tuple[int, Transition]] = []
        self._removed_touchpoints: list[TouchpointRemoval] = []

    def redo(self) -> None:
        ids = set(self.touchpoint_ids)
        # Arrows of deleted cards go with the cards; delete only the other arrows here.
        self._removed_transitions = [
            self.editor.delete_transition(self.journey_id, s, t)
            for s, t in self.transition_keys if s not in ids and t not in ids
        ]
        self._removed_touchpoints = [
            self.editor.delete_touchpoint(self.journey_id, tp_id) for tp_id in self.touchpoint_ids
        ]

    def undo(self) -> None:
        for removal in reversed(self._removed_touchpoints):
            self.editor.restore_touchpoint(removal)
        for index, tr in reversed(self._removed_transitions):
            self.editor.insert_transition(self.journey_id, tr, index)


class SetTouchpointFields(EditorCommand):
    """Change fields of one or more cards (a move, a rename, a property edit).

    `changes` maps touchpoint id -> {field: new value}. Consecutive edits with the
    same merge id and the same cards and fields merge into one undo step (typing in
    a field, nudging with Alt+arrows).
    """

    def __init__(self, editor: ProjectEditor, journey_id: str,
                 changes: dict[str, dict[str, Any]], text: str = "",
                 merge_id: MergeId = MergeId.NONE) -> None:
        super().__init__(editor, text)
        self.journey_id = journey_id
        self.new = changes
        self.old: dict[str, dict[str, Any]] = {
            tp_id: {name: getattr(editor.touchpoint(journey_id, tp_id), name) for name in fields}
            for tp_id, fields in changes.items()
        }
        self._merge_id = merge_id

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)

    def _apply(self, values: dict[str, dict[str, Any]]) -> None:
        for tp_id, fields in values.items():
            self.editor.set_touchpoint_fields(self.journey_id, tp_id, fields)

    def id(self) -> int:
        return int(self._merge_id)

    def _shape(self) -> tuple[str, frozenset[tuple[str, frozenset[str]]]]:
        return self.journey_id, frozenset((k, frozenset(v)) for k, v in self.new.items())

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt's name)
        if not isinstance(other, SetTouchpointFields) or other._shape() != self._shape():
            return False
        self.new = {k: dict(v) for k, v in other.new.items()}  # copy: Qt frees `other`
        return True


class SetEntryExit(EditorCommand):
    def __init__(self, editor: ProjectEditor, journey_id: str, tp_id: str, *,
                 entry: bool | None = None, exit: bool | None = None, text: str = "") -> None:
        super().__init__(editor, text)
        self.journey_id, self.tp_id = journey_id, tp_id
        self.entry, self.exit = entry, exit
        self._old: tuple[list[str], list[str]] = ([], [])

    def redo(self) -> None:
        self._old = self.editor.set_entry_exit(self.journey_id, self.tp_id, entry=self.entry,
                                               exit=self.exit)

    def undo(self) -> None:
        self.editor.restore_entry_exit(self.journey_id, self.tp_id, self._old)


class AddTransition(EditorCommand):
    def __init__(self, editor: ProjectEditor, journey_id: str, transition: Transition,
                 text: str = "") -> None:
        super().__init__(editor, text)
        self.journey_id = journey_id
        self.transition = transition

    def redo(self) -> None:
        self.editor.insert_transition(self.journey_id, self.transition)

    def undo(self) -> None:
        self.editor.delete_transition(self.journey_id, self.transition.source,
                                      self.transition.target)


class SetShare(EditorCommand):
    """Change an arrow's share; consecutive edits of the same arrow merge."""

    def __init__(self, editor: ProjectEditor, journey_id: str, source: str, target: str,
                 share: float, text: str = "") -> None:
        super().__init__(editor, text)
        self.journey_id, self.source, self.target = journey_id, source, target
        self.new = share
        self.old = editor.transition(journey_id, source, target).share

    def redo(self) -> None:
        self.editor.set_transition_share(self.journey_id, self.source, self.target, self.new)

    def undo(self) -> None:
        self.editor.set_transition_share(self.journey_id, self.source, self.target, self.old)

    def id(self) -> int:
        return int(MergeId.SHARE)

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, SetShare) or (other.journey_id, other.source, other.target) != (
                self.journey_id, self.source, self.target):
            return False
        self.new = other.new
        return True


class AddStage(EditorCommand):
    def __init__(self, editor: ProjectEditor, journey_id: str, stage: Stage, index: int,
                 text: str = "") -> None:
        super().__init__(editor, text)
        self.journey_id, self.stage, self.index = journey_id, stage, index

    def redo(self) -> None:
        self.editor.insert_stage(self.journey_id, self.stage, self.index)

    def undo(self) -> None:
        self.editor.delete_stage(self.journey_id, self.stage.id)


class DeleteStage(EditorCommand):
    def __init__(self, editor: ProjectEditor, journey_id: str, stage_id: str,
                 text: str = "") -> None:
        super().__init__(editor, text)
        self.journey_id, self.stage_id = journey_id, stage_id
        self._removal: StageRemoval | None = None

    def redo(self) -> None:
        self._removal = self.editor.delete_stage(self.journey_id, self.stage_id)

    def undo(self) -> None:
        assert self._removal is not None
        self.editor.restore_stage(self._removal)


class RenameStage(EditorCommand):
    def __init__(self, editor: ProjectEditor, journey_id: str, stage_id: str, name: str,
                 text: str = "") -> None:
        super().__init__(editor, text)
        self.journey_id, self.stage_id, self.new = journey_id, stage_id, name
        self.old = editor.stage(journey_id, stage_id).name

    def redo(self) -> None:
        self.editor.rename_stage(self.journey_id, self.stage_id, self.new)

    def undo(self) -> None:
        self.editor.rename_stage(self.journey_id, self.stage_id, self.old)


class MoveStage(EditorCommand):
    """Reorder a stage; its cards' stored x move with their lane so the file matches."""

    def __init__(self, editor: ProjectEditor, journey_id: str, old_index: int, new_index: int,
                 x_shifts: dict[str, float], text: str = "") -> None:
        super().__init__(editor, text)
        self.journey_id, self.old_index, self.new_index = journey_id, old_index, new_index
        self.x_shifts = x_shifts  # touchpoint id -> dx
        self._old_x: dict[str, float] = {}  # undo puts back these, not x + dx - dx (rounding)

    def redo(self) -> None:
        self.editor.move_stage(self.journey_id, self.old_index, self.new_index)
        self._old_x = {}
        for tp_id, dx in self.x_shifts.items():
            x = self.editor.touchpoint(self.journey_id, tp_id).x
            if x is not None:
                self._old_x[tp_id] = x
                self.editor.set_touchpoint_fields(self.journey_id, tp_id, {"x": x + dx})

    def undo(self) -> None:
        for tp_id, x in self._old_x.items():
            self.editor.set_touchpoint_fields(self.journey_id, tp_id, {"x": x})
        self.editor.move_stage(self.journey_id, self.new_index, self.old_index)


class AddJourney(EditorCommand):
    def __init__(self, editor: ProjectEditor, journey: Journey, text: str = "") -> None:
        super().__init__(editor, text)
        self.journey = journey

    def redo(self) -> None:
        self.editor.insert_journey(self.journey)

    def undo(self) -> None:
        self.editor.delete_journey(self.journey.id)


class DeleteJourney(EditorCommand):
    def __init__(self, editor: ProjectEditor, journey_id: str, text: str = "") -> None:
        super().__init__(editor, text)
        self.journey_id = journey_id
        self._removal: JourneyRemoval | None = None

    def redo(self) -> None:
        self._removal = self.editor.delete_journey(self.journey_id)

    def undo(self) -> None:
        assert self._removal is not None
        self.editor.restore_journey(self._removal)


class SetJourneyFields(EditorCommand):
    def __init__(self, editor: ProjectEditor, journey_id: str, changes: dict[str, Any],
                 text: str = "") -> None:
        super().__init__(editor, text)
        self.journey_id, self.new = journey_id, changes
        journey = editor.journey(journey_id)
        self.old = {name: getattr(journey, name) for name in changes}

    def redo(self) -> None:
        self.editor.set_journey_fields(self.journey_id, self.new)

    def undo(self) -> None:
        self.editor.set_journey_fields(self.journey_id, self.old)


class ReplaceProject(EditorCommand):
    """Swap the whole project for a changed copy (an applied workbook import)."""

    def __init__(self, editor: ProjectEditor, project: Project, text: str = "") -> None:
        super().__init__(editor, text)
        self.new = project
        self.old = editor.project

    def redo(self) -> None:
        self.editor.replace_project(self.new)

    def undo(self) -> None:
        self.editor.replace_project(self.old)
