"""With the interface in Chinese, the refusals and problems that come from the core (file,
lock and validation messages, which have no Qt) are Chinese too."""

from __future__ import annotations

import json
import socket

import pytest

from journey_designer import i18n
from journey_designer.io.project_file.lock import lock_path
from journey_designer.io.project_file.sqlite_store import save_project
from journey_designer.ui.main_window import MainWindow


@pytest.fixture
def chinese(qapp):
    assert i18n.install_translator(qapp, "zh_CN") == "zh_CN"
    yield
    i18n.remove_translators(qapp)


def test_a_corrupt_file_is_refused_in_chinese(window: MainWindow, chinese, tmp_path,
                                              unexpected_dialogs: list[str]) -> None:
    before = window.document.project
    broken = tmp_path / "损坏的方案.journey"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    assert not window.files.open_path(broken)
    assert unexpected_dialogs == [f"critical: {broken}：文件不完整（比 SQLite 文件头还短）"]
    assert window.document.project is before


def test_a_file_open_elsewhere_names_its_owner_in_chinese(window: MainWindow, chinese, tmp_path,
                                                          unexpected_dialogs: list[str]) -> None:
    path = tmp_path / "plan.journey"
    save_project(window.document.project, path)
    lock_path(path).write_text(json.dumps({"host": f"not-{socket.gethostname()}", "pid": 4242,
                                           "since": "2026-03-01T09:30:00"}), encoding="utf-8")
    assert not window.files.open_path(path)  # the patched prompt answers Cancel
    assert len(unexpected_dialogs) == 1
    owner = f"主机 not-{socket.gethostname()} 上的进程 4242（自 2026-03-01T09:30:00 起）"
    assert owner in unexpected_dialogs[0]


def test_check_project_lists_chinese_problems(window: MainWindow, chinese,
                                              unexpected_dialogs: list[str]) -> None:
    tier = window.document.project.tiers[0]
    window.document.project.tiers[0].share = 1.5
    window.editing.show_problems()
    assert len(unexpected_dialogs) == 1
    assert f"• 客户等级“{tier.name}”：占比 1.5 不在 0 到 1 之间" in unexpected_dialogs[0]
