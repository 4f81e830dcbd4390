"""A name longer than its field shows its beginning when the form is filled (a user reads
"Horizon Bank - Credit…", not "…n Bank - Credit Card Care Plan 2026")."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit


def test_a_long_project_name_shows_its_start(qtbot, window) -> None:
    long_name = "Horizon Bank - Credit Card Care Plan 2026 for every customer tier"
    window.scene.clearSelection()
    window.document.set_project_fields({"name": long_name})  # as an undo/redo or a load does
    field = window.findChild(QLineEdit, "projectName")
    qtbot.waitUntil(lambda: field.text() == long_name)
    assert field.cursorPosition() == 0
