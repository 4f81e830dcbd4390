"""A workbook bomb opened in the app (issue 12): a "cannot import" box, and the app lives on
with its unsaved work — small files too, which are read from the app's own worker thread."""

from __future__ import annotations

import zipfile

import pytest
from ui_helpers import snapshot

READERS = pytest.mark.parametrize("in_child", [False, True], ids=["thread", "child process"])


@READERS
def test_a_far_away_cell_does_not_take_the_app_down(qtbot, window, tmp_path, unexpected_dialogs, in_child):
    window.workbook.child_import_bytes = 0 if in_child else 10**9
    good = tmp_path / "plan.xlsx"
    window.workbook.export_to(good)
    qtbot.waitUntil(lambda: window.workbook.last_outcome is not None, timeout=60_000)
    before = snapshot(window)
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(good) as old, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info.filename)
            if info.filename == "xl/worksheets/sheet4.xml":  # the Action Plan
                data = data.replace(b"</sheetData>",
                                    b"<row r='1048576'><c r='XFD1048576'><v>1</v></c></row></sheetData>")
            new.writestr(info.filename, data)
    assert bomb.stat().st_size < 1_000_000
    assert not window.workbook.import_from(bomb)
    assert unexpected_dialogs and unexpected_dialogs[0].startswith("critical: ")
    assert "bomb.xlsx" in unexpected_dialogs[0] and "Action Plan" in unexpected_dialogs[0]
    assert window.document.project == before
