"""File ▸ Export/Import Workbook in the app: progress, preview, one undo step."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtWidgets import QDialog
from ui_helpers import snapshot

from journey_designer.domain import CareAction
from journey_designer.ui.dialogs import import_preview


def _export(qtbot, window, path) -> None:
    window.workbook.export_to(path)
    qtbot.waitUntil(lambda: window.workbook.last_outcome is not None, timeout=60_000)
    assert not isinstance(window.workbook.last_outcome, Exception), window.workbook.last_outcome


READERS = pytest.mark.parametrize("in_child", [False, True], ids=["thread", "child process"])


@READERS
def test_export_then_import_an_edit_as_one_undo_step(qtbot, window, tmp_path, monkeypatch, in_child) -> None:
    """Read on a worker thread, or (big workbooks) in a child process: the same result."""
    window.workbook.child_import_bytes = 0 if in_child else 10**9
    window.document.add_item("actions", CareAction(
        "act-1", "c", [window.document.project.tiers[0].id],
        window.document.project.channels[0].id, "Welcome text", owner="CRM"))
    window.document.undo_stack.clear()
    before = snapshot(window)
    path = tmp_path / "plan.xlsx"
    _export(qtbot, window, path)
    book = openpyxl.load_workbook(path)
    sheet = book["Action Plan"]
    headers = [cell.value for cell in sheet[1]]
    owner_column = headers.index(next(h for h in headers if str(h).lower().startswith("owner"))) + 1
    sheet.cell(row=2, column=owner_column, value="Care team East")
    book.save(path)
    shown = {}

    def fake_exec(dialog) -> int:
        shown["lines"] = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(import_preview.ImportPreviewDialog, "exec", fake_exec)
    assert window.workbook.import_from(path)
    assert any("Care team East" in line for line in shown["lines"])
    assert window.document.project.actions[0].owner == "Care team East"
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert window.document.project == before
    assert set(window.scene.cards) == {"a", "b", "c", "d"}


@READERS
def test_a_hostile_file_is_refused_with_a_message(qtbot, window, tmp_path, unexpected_dialogs, in_child):
    window.workbook.child_import_bytes = 0 if in_child else 10**9
    before = snapshot(window)
    bogus = tmp_path / "plan.xlsx"
    bogus.write_text("not a workbook")
    assert not window.workbook.import_from(bogus)
    assert unexpected_dialogs and unexpected_dialogs[0].startswith("critical: ")
    assert "plan.xlsx" in unexpected_dialogs[0]
    assert window.document.project == before


def test_export_a_picture_of_the_map_through_the_lens(qtbot, window, tmp_path) -> None:
    window.care.set_lens(window.document.project.tiers[0].id)
    target = tmp_path / "map.png"
    window.workbook.picture_to(target)
    qtbot.waitUntil(lambda: window.workbook.last_outcome is not None, timeout=60_000)
    assert target.read_bytes().startswith(b"\x89PNG")
