"""A project open elsewhere warns before opening; an older file gets a backup copy."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys

from PySide6.QtWidgets import QMessageBox

from journey_designer.io.project_file import lock
from journey_designer.io.project_file.samples import sample_paths
from journey_designer.io.project_file.sqlite_store import load_project, save_project
from journey_designer.ui.main_window import MainWindow


def test_opening_a_project_locks_it_and_closing_unlocks(qtbot, window, tmp_path) -> None:
    path = tmp_path / "plan.journey"
    save_project(load_project(sample_paths()["credit_card_care"]), path)
    assert window.files.open_path(path)
    assert lock.lock_path(path).exists()
    window.files.shutdown()
    assert not lock.lock_path(path).exists()


def test_a_second_program_with_the_file_open_is_warned(qtbot, window, tmp_path,
                                                      unexpected_dialogs) -> None:
    path = tmp_path / "shared.journey"
    save_project(load_project(sample_paths()["credit_card_care"]), path)
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        lock.lock_path(path).write_text(json.dumps(
            {"host": socket.gethostname(), "pid": other.pid, "since": "2026-11-23T08:00:00"}))
        assert not window.files.open_path(path)  # the patched warning answers Cancel/No
        assert unexpected_dialogs and "is already open in process" in unexpected_dialogs[-1]
        assert window.document.path != path
    finally:
        other.kill()
        other.wait()
    assert window.files.open_path(path)  # the other program is gone: its lock is stale
    assert json.loads(lock.lock_path(path).read_text())["pid"] == os.getpid()


def test_opening_an_older_file_keeps_a_backup(qtbot, window, tmp_path, monkeypatch) -> None:
    from test_migration import make_schema_1_file

    old = tmp_path / "old.journey"
    make_schema_1_file(old)
    original = old.read_bytes()
    assert window.files.open_path(old)
    backup = tmp_path / "old.journey.schema1.bak"
    assert backup.read_bytes() == original
    window.files.save_to(old)
    assert backup.read_bytes() == original  # still there after the upgrade
    fresh = MainWindow()
    qtbot.addWidget(fresh)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert fresh.files.open_path(old)
