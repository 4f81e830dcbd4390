"""Undo commands for project-level lists (tiers, channels, care actions, KPIs, phases,
risks) and project fields. They call ProjectEditor's PlanEditing mutators only.

Several edits in one step go through QUndoStack.beginMacro, never a parent command:
PySide6 frees a Python child command nothing else refers to, and the parent's redo
then calls into freed memory (a crash).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from journey_designer.commands.merge_ids import MergeId
from journey_designer.domain.editing import ProjectEditor


class InsertItem(QUndoCommand):
    def __init__(self, editor: ProjectEditor, list_name: str, item: Any,
                 index: int | None = None, text: str = "") -> None:
        super().__init__(text)
        self.editor, self.list_name, self.item, self.index = editor, list_name, item, index
        self._at = 0

    def redo(self) -> None:
        self._at = self.editor.insert_item(self.list_name, self.item, self.index)

    def undo(self) -> None:
        self.editor.remove_item(self.list_name, getattr(self.item, "id", self._at))


class RemoveItem(QUndoCommand):
    def __init__(self, editor: ProjectEditor, list_name: str, key: str | int,
                 text: str = "") -> None:
        super().__init__(text)
        self.editor, self.list_name, self.key = editor, list_name, key
        self._removed: tuple[int, Any] | None = None

    def redo(self) -> None:
        self._removed = self.editor.remove_item(self.list_name, self.key)

    def undo(self) -> None:
        assert self._removed is not None
        index, item = self._removed
        self.editor.insert_item(self.list_name, item, index)


class SetItemFields(QUndoCommand):
    """Change fields of one item; typing in one field of one item merges into one step."""

    def __init__(self, editor: ProjectEditor, list_name: str, key: str | int,
                 changes: dict[str, Any], text: str = "", merge: bool = False) -> None:
        super().__init__(text)
        self.editor, self.list_name, self.key = editor, list_name, key
        self.new = dict(changes)
        item = editor.item(list_name, key)
        self.old = {name: getattr(item, name) for name in changes}
        self._merge = merge

    def redo(self) -> None:
        self.editor.set_item_fields(self.list_name, self.key, self.new)

    def undo(self) -> None:
        self.editor.set_item_fields(self.list_name, self.key, self.old)

    def id(self) -> int:
        return int(MergeId.ITEM_TYPING if self._merge else MergeId.NONE)

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt's name)
        if not isinstance(other, SetItemFields) or (other.list_name, other.key, set(other.new)) != (
                self.list_name, self.key, set(self.new)):
            return False
        self.new = dict(other.new)  # copy: Qt frees `other` after this call
        return True


class MoveItem(QUndoCommand):
    def __init__(self, editor: ProjectEditor, list_name: str, old_index: int, new_index: int,
                 text: str = "") -> None:
        super().__init__(text)
        self.editor, self.list_name = editor, list_name
        self.old_index, self.new_index = old_index, new_index

    def redo(self) -> None:
        self.editor.move_item(self.list_name, self.old_index, self.new_index)

    def undo(self) -> None:
        self.editor.move_item(self.list_name, self.new_index, self.old_index)


class SetProjectFields(QUndoCommand):
    def __init__(self, editor: ProjectEditor, changes: dict[str, Any], text: str = "") -> None:
        super().__init__(text)
        self.editor, self.new = editor, dict(changes)
        self.old = {name: getattr(editor.project, name) for name in changes}

    def redo(self) -> None:
        self.editor.set_project_fields(self.new)

    def undo(self) -> None:
        self.editor.set_project_fields(self.old)
