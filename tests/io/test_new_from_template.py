"""`journey-designer new` writes its file whole or not at all, and refuses places it
cannot write with exit 2 and one line (issue 12)."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from journey_designer.cli import main
from journey_designer.io.project_file import sqlite_store
from journey_designer.io.project_file.samples import sample_paths
from journey_designer.io.project_file.sqlite_store import load_project

TEMPLATE = "credit_card_care"


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err and "internal error" not in err
    return lines[0]


def half_then_disk_full(source, target, *args, **kwargs):
    """A copy that writes half the file, then finds the disk full."""
    data = Path(source).read_bytes()
    Path(target).write_bytes(data[: len(data) // 2])
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_full_disk_leaves_no_truncated_template_copy(tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.setattr(shutil, "copyfile", half_then_disk_full)
    target = tmp_path / "plan.journey"
    assert main(["new", "--template", TEMPLATE, str(target)]) == 2
    assert "plan.journey: could not be written (No space left on device)" in one_error_line(
        capsys.readouterr().err)
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_keeps_the_file_that_new_force_would_replace(tmp_path, capsys,
                                                                 monkeypatch) -> None:
    target = tmp_path / "plan.journey"
    assert main(["new", str(target)]) == 0
    before = target.read_bytes()
    monkeypatch.setattr(shutil, "copyfile", half_then_disk_full)
    assert main(["new", "--force", "--template", TEMPLATE, str(target)]) == 2
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.journey"]


def test_a_full_disk_leaves_no_truncated_blank_project(tmp_path, capsys, monkeypatch) -> None:
    def disk_full(rows, temp):
        temp.write_bytes(b"SQLite format 3\x00 partial")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    monkeypatch.setattr(sqlite_store, "_write_database", disk_full)
    assert main(["new", str(tmp_path / "plan.journey")]) == 2
    assert "No space left on device" in one_error_line(capsys.readouterr().err)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("template", [TEMPLATE, "blank"])
def test_into_a_missing_folder(tmp_path, capsys, template: str) -> None:
    target = tmp_path / "no such folder" / "plan.journey"
    assert main(["new", "--template", template, str(target)]) == 2
    assert "plan.journey: " in one_error_line(capsys.readouterr().err)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("template", [TEMPLATE, "blank"])
def test_onto_a_folder(tmp_path, capsys, template: str) -> None:
    folder = tmp_path / "plan.journey"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine", encoding="utf-8")
    assert main(["new", "--force", "--template", template, str(folder)]) == 2
    assert "plan.journey: is a folder" in one_error_line(capsys.readouterr().err)
    assert (folder / "keep.txt").read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize("template", [TEMPLATE, "blank"])
def test_into_a_read_only_folder(template: str) -> None:
    # root may write anywhere: the command runs as an ordinary user (nobody) then
    folder = Path(tempfile.mkdtemp(prefix="jd-read-only-"))
    try:
        folder.chmod(0o555)
        done = subprocess.run(
            [*as_ordinary_user(), sys.executable, "-m", "journey_designer", "new",
             "--template", template, str(folder / "plan.journey")],
            capture_output=True, text=True, timeout=120, cwd="/")
        assert done.returncode == 2, done.stderr
        assert "plan.journey: could not be written (Permission denied)" in one_error_line(
            done.stderr)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


def as_ordinary_user() -> list[str]:
    """The command prefix that runs a program as `nobody` when we are root."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: a read-only folder is writable to root")
    return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]


def test_a_template_copy_is_the_template(tmp_path) -> None:
    target = tmp_path / "plan.journey"
    assert main(["new", "--template", TEMPLATE, str(target)]) == 0
    assert load_project(target) == load_project(sample_paths()[TEMPLATE])
    assert oct(target.stat().st_mode & 0o777) == oct(0o666 & ~_umask())


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def test_a_file_name_that_is_not_utf8_gives_a_project_that_saves(tmp_path) -> None:
    target = tmp_path / "plan\udcff.journey"  # the byte 0xff in the name, as Python sees it
    assert main(["new", str(target)]) == 0
    project = load_project(target)
    assert project.name == "plan\ufffd"
    assert project.name.encode("utf-8")
