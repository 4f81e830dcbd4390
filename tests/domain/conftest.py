"""Domain tests: plain pytest, no Qt (no QApplication). The editor works on `plan()`."""

from __future__ import annotations

import pytest
from editing_plans import plan

from journey_designer.domain.editing import ProjectEditor
from journey_designer.domain.events import Event


@pytest.fixture
def editor() -> ProjectEditor:
    return ProjectEditor(plan())


@pytest.fixture
def events(editor: ProjectEditor) -> list[Event]:
    """Every event the editor emits, in order."""
    seen: list[Event] = []
    editor.subscribe(seen.append)
    return seen
