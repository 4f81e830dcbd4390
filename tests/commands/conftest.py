"""Command tests: every QUndoCommand against a bare QUndoStack (QtGui only: no widgets,
no QApplication — Qt 6's undo framework needs none)."""

from __future__ import annotations

import pytest
from editing_plans import plan
from PySide6.QtGui import QUndoStack

from journey_designer.domain.editing import ProjectEditor
from journey_designer.domain.events import Event


@pytest.fixture
def editor() -> ProjectEditor:
    return ProjectEditor(plan())


@pytest.fixture
def heard(editor: ProjectEditor) -> list[Event]:
    seen: list[Event] = []
    editor.subscribe(seen.append)
    return seen


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()
