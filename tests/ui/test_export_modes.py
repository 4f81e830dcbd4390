"""Files exported from the app get the permissions the command line gives them (the
umask's usual mode, e.g. 0644), not a temporary file's private 0600; a file that is
replaced keeps the mode it had (issue 12)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _export_workbook(qtbot, window, path: Path) -> None:
    window.workbook.last_outcome = None
    window.workbook.export_to(path)
    qtbot.waitUntil(lambda: window.workbook.last_outcome is not None, timeout=60_000)
    assert window.workbook.last_outcome == path


def test_an_exported_workbook_is_readable_by_others_like_the_cli_writes_it(
        qtbot, window, tmp_path, umask_022) -> None:
    path = tmp_path / "plan.xlsx"
    _export_workbook(qtbot, window, path)
    assert _mode(path) == 0o644


def test_a_replaced_export_keeps_its_mode(qtbot, window, tmp_path, umask_022) -> None:
    path = tmp_path / "plan.xlsx"
    path.write_bytes(b"old")
    path.chmod(0o640)
    _export_workbook(qtbot, window, path)
    assert path.read_bytes()[:2] == b"PK" and _mode(path) == 0o640


def test_an_exported_picture_and_slides_get_the_usual_mode(qtbot, window, tmp_path,
                                                           umask_022) -> None:
    picture = tmp_path / "map.png"
    window.workbook.last_outcome = None
    window.workbook.picture_to(picture)
    qtbot.waitUntil(lambda: window.workbook.last_outcome is not None, timeout=60_000)
    assert picture.read_bytes().startswith(b"\x89PNG") and _mode(picture) == 0o644
    slides = tmp_path / "slides.pdf"
    export = window.export_slides_to(slides)
    with qtbot.waitSignal(export.finished, timeout=60_000):
        pass
    assert slides.read_bytes().startswith(b"%PDF") and _mode(slides) == 0o644
