"""The project lock file is created exclusively and never written or removed through a
symlink; garbage, stale or hostile lock files are handled without a traceback."""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journey_designer.io.project_file import lock


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "plan.journey"
    path.write_bytes(b"project")
    return path


def _write_lock(project: Path, data: object) -> None:
    lock.lock_path(project).write_text(json.dumps(data), encoding="utf-8")


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_symlink_at_the_lock_path_is_not_followed(project: Path, tmp_path: Path) -> None:
    victim = tmp_path / "precious.txt"
    victim.write_text("keep me", encoding="utf-8")
    os.symlink(victim, lock.lock_path(project))
    assert lock.current_owner(project) is None  # a link is no lock anyone holds
    assert lock.acquire(project)
    assert victim.read_text(encoding="utf-8") == "keep me"
    held = lock.lock_path(project)
    assert not held.is_symlink()
    assert json.loads(held.read_text(encoding="utf-8"))["pid"] == os.getpid()
    lock.release(project)
    assert not held.exists() and victim.read_text(encoding="utf-8") == "keep me"


def test_release_never_removes_or_follows_a_symlink(project: Path, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.json"
    target.write_text(json.dumps({"host": socket.gethostname(), "pid": os.getpid(),
                                  "since": "x"}), encoding="utf-8")
    os.symlink(target, lock.lock_path(project))
    lock.release(project)
    assert lock.lock_path(project).is_symlink() and target.exists()


def test_a_lock_is_created_with_the_usual_mode(project: Path) -> None:
    old = os.umask(0o022)
    try:
        assert lock.acquire(project)
    finally:
        os.umask(old)
    assert stat.S_IMODE(lock.lock_path(project).stat().st_mode) == 0o644


def test_a_dead_process_lock_is_taken_over(project: Path) -> None:
    _write_lock(project, {"host": socket.gethostname(), "pid": _dead_pid(), "since": "then"})
    assert lock.current_owner(project) is None
    assert lock.acquire(project)
    assert json.loads(lock.lock_path(project).read_text())["pid"] == os.getpid()


def test_a_live_lock_names_its_owner(project: Path) -> None:
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        _write_lock(project, {"host": socket.gethostname(), "pid": other.pid, "since": "9:00"})
        owner = lock.current_owner(project)
        assert owner is not None and owner.pid == other.pid
        assert f"process {other.pid}" in owner.describe()
        lock.release(project)  # not ours: stays
        assert lock.lock_path(project).exists()
    finally:
        other.kill()
        other.wait()


@pytest.mark.parametrize("pid", [2**70, 2**63, 2**31, -1, -os.getpid(), 0, "12", 1.5, None,
                                 True, [1]])
def test_a_garbage_pid_is_no_owner_and_is_taken_over(project: Path, pid: object) -> None:
    _write_lock(project, {"host": socket.gethostname(), "pid": pid, "since": "then"})
    assert lock.current_owner(project) is None
    assert lock.acquire(project)
    assert json.loads(lock.lock_path(project).read_text())["pid"] == os.getpid()


@pytest.mark.parametrize("content", [b"", b"not json", b"\xff\xfe\x00", b"[1, 2]", b"null",
                                     b'{"pid": 1}', b"{" * 100_000, b" " * 5_000_000])
def test_a_garbage_or_huge_lock_file_is_ignored(project: Path, content: bytes) -> None:
    lock.lock_path(project).write_bytes(content)
    assert lock.current_owner(project) is None
    assert lock.acquire(project)


def test_a_folder_at_the_lock_path_is_not_a_crash(project: Path) -> None:
    lock.lock_path(project).mkdir()
    assert lock.current_owner(project) is None
    assert lock.acquire(project) is False
    lock.release(project)
    assert lock.lock_path(project).is_dir()


def test_another_holders_token_is_not_released(project: Path) -> None:
    assert lock.acquire(project, token="window-a")
    assert lock.acquire(project, token="window-b")  # a second window took it over
    lock.release(project, token="window-a")
    assert lock.lock_path(project).exists()
    lock.release(project, token="window-b")
    assert not lock.lock_path(project).exists()


def test_a_read_only_folder_is_no_lock_and_no_crash(project: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    project.parent.chmod(0o555)
    try:
        assert lock.acquire(project) is False
        lock.release(project)
    finally:
        project.parent.chmod(0o755)


@settings(max_examples=100, deadline=None)
@given(st.one_of(st.binary(max_size=200),
                 st.fixed_dictionaries(
                     {"host": st.sampled_from([socket.gethostname(), "elsewhere", 7, None])},
                     optional={key: st.one_of(st.integers(), st.text(max_size=20), st.none(),
                                              st.floats(), st.booleans())
                               for key in ("pid", "since", "token")})
                 .map(lambda d: json.dumps(d).encode())))
def test_any_lock_content_never_raises(tmp_path_factory, content: bytes) -> None:
    project = tmp_path_factory.mktemp("fuzz") / "p.journey"
    lock.lock_path(project).write_bytes(content)
    owner = lock.current_owner(project)
    if owner is not None:
        assert isinstance(owner.describe(), str)
    lock.release(project)
    lock.acquire(project)
    lock.release(project)
