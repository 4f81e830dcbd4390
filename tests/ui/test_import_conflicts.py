"""The import preview lists conflicts in their own group, one choice each; nothing is applied
until every conflict is decided."""

from __future__ import annotations

import openpyxl
from PySide6.QtWidgets import QDialog

from journey_designer.domain import CareAction
from journey_designer.ui.dialogs import import_preview
from journey_designer.ui.dialogs.import_preview import ImportPreviewDialog


def _export(qtbot, window, path) -> None:
    window.workbook.export_to(path)
    qtbot.waitUntil(lambda: window.workbook.last_outcome is not None, timeout=60_000)
    assert not isinstance(window.workbook.last_outcome, Exception), window.workbook.last_outcome


def _set(path, action_id: str, header: str, value: object) -> None:
    book = openpyxl.load_workbook(path)
    sheet = book["Action Plan"]
    column = next(c.column for c in sheet[1] if str(c.value).startswith(header))
    row = next(c.row for c in sheet["A"] if c.value == action_id)
    sheet.cell(row=row, column=column, value=value)
    book.save(path)


def test_conflicts_are_decided_one_by_one_before_anything_is_applied(qtbot, window, tmp_path,
                                                                     monkeypatch) -> None:
    document = window.document
    for action_id in ("act-1", "act-2"):
        document.add_item("actions", CareAction(action_id, "c", [document.project.tiers[0].id],
                                                document.project.channels[0].id, f"Text {action_id}",
                                                owner="CRM", kpi="NPS"))
    path = tmp_path / "plan.xlsx"
    _export(qtbot, window, path)
    _set(path, "act-1", "Owner", "Workbook desk")
    _set(path, "act-2", "KPI", "Churn (workbook)")
    _set(path, "act-2", "Owner", "Only in the workbook")
    for action in document.project.actions:  # the project changed the same fields since
        action.owner = "Project desk" if action.id == "act-1" else action.owner
        action.kpi = "Churn (project)" if action.id == "act-2" else action.kpi
    seen = {}

    def decide(dialog: ImportPreviewDialog) -> int:
        seen["conflicts"] = dialog.conflicts.rowCount()
        seen["texts"] = [dialog.conflicts.item(r, 0).text() for r in range(dialog.conflicts.rowCount())]
        seen["in_list"] = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        seen["before"] = dialog.apply_button.isEnabled()
        dialog.choose(0, "workbook")
        seen["half"] = dialog.apply_button.isEnabled()
        dialog.choose(1, "project")
        seen["after"] = dialog.apply_button.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(import_preview.ImportPreviewDialog, "exec", decide)
    assert window.workbook.import_from(path)
    assert seen["conflicts"] == 2
    assert any("act-1" in text and "Workbook desk" in text and "Project desk" in text
               for text in seen["texts"])
    assert not any("conflict" in line for line in seen["in_list"])  # in their own group only
    assert (seen["before"], seen["half"], seen["after"]) == (False, False, True)
    owners = {a.id: (a.owner, a.kpi) for a in window.document.project.actions}
    assert owners["act-1"] == ("Workbook desk", "NPS")
    assert owners["act-2"] == ("Only in the workbook", "Churn (project)")
