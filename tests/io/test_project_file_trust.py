"""The `.journey` file on disk is what was saved, whatever lies beside it or behind its
name: SQLite sidecar files, symlinks, pipes, devices, read-only files (issue 12)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from journey_designer.cli import main
from journey_designer.domain import ProjectFileError
from journey_designer.domain.templates import blank_project
from journey_designer.io.project_file.json_io import save_json
from journey_designer.io.project_file.sqlite_store import load_project, save_project

SQLITE3 = shutil.which("sqlite3")
SIDECARS = ("-wal", "-shm", "-journal")
CLI = [sys.executable, "-m", "journey_designer"]


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def sqlite3_tool(path: Path, sql: str) -> str:
    """What the sqlite3 command-line tool prints for `sql` on `path`."""
    if SQLITE3 is None:
        pytest.skip("the sqlite3 command-line tool is not installed (apt-get install sqlite3)")
    done = subprocess.run([SQLITE3, str(path), sql], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def leave_wal_behind(source: Path, folder: Path, rows: int = 50) -> tuple[Path, Path]:
    """A WAL-mode database whose writer died: its -wal and -shm hold committed pages."""
    script = f"""
import os, sqlite3
conn = sqlite3.connect({str(source)!r})
conn.execute("PRAGMA journal_mode=WAL")
conn.execute("CREATE TABLE IF NOT EXISTS other (x)")
conn.executemany("INSERT INTO other VALUES (?)", [("w" * 500,)] * {rows})
conn.commit()
os._exit(0)  # killed: no checkpoint, the -wal and -shm stay
"""
    subprocess.run([sys.executable, "-c", script], check=True, cwd=folder, timeout=60)
    return Path(f"{source}-wal"), Path(f"{source}-shm")


def leave_hot_journal(path: Path) -> None:
    """Another program writing `path` in place is killed mid-transaction: a hot journal."""
    script = f"""
import os, sqlite3
conn = sqlite3.connect({str(path)!r})
conn.execute("PRAGMA cache_size = 1")  # spill changed pages into the file before commit
conn.execute("BEGIN")
conn.execute("UPDATE project SET name = 'half-written by another program'")
conn.execute("CREATE TABLE filler (x)")
conn.executemany("INSERT INTO filler VALUES (?)", [("f" * 3000,)] * 300)
os._exit(0)
"""
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)
    journal = Path(f"{path}-journal")
    assert journal.exists() and journal.stat().st_size > 0


# ---------------------------------------------------------------- sidecar files


def test_a_stale_wal_beside_the_file_never_undoes_a_save(tmp_path: Path) -> None:
    path = tmp_path / "plan.journey"
    save_project(blank_project(name="Before"), path)
    other = tmp_path / "other.journey"
    wal, shm = leave_wal_behind(other, tmp_path)
    shutil.copyfile(wal, f"{path}-wal")  # left by a crashed SQLite tool
    shutil.copyfile(shm, f"{path}-shm")

    save_project(blank_project(name="Saved now"), path)

    assert load_project(path).name == "Saved now"
    assert not any(Path(f"{path}{s}").exists() for s in SIDECARS)
    assert sqlite3_tool(path, "PRAGMA integrity_check") == "ok"
    assert sqlite3_tool(path, "SELECT name FROM project") == "Saved now"


def test_a_hot_journal_beside_the_file_never_undoes_a_save(tmp_path: Path) -> None:
    path = tmp_path / "plan.journey"
    project = blank_project(name="Before")
    project.journeys[0].opportunities = ["o" * 1000] * 50
    save_project(project, path)
    leave_hot_journal(path)

    save_project(blank_project(name="Saved now"), path)

    assert load_project(path).name == "Saved now"
    assert not Path(f"{path}-journal").exists()
    assert sqlite3_tool(path, "SELECT name FROM project") == "Saved now"
    assert sqlite3_tool(path, "PRAGMA integrity_check") == "ok"


def test_a_hot_journal_from_a_killed_writer_is_recovered_when_reading(tmp_path: Path) -> None:
    path = tmp_path / "plan.journey"
    project = blank_project(name="Before")
    project.journeys[0].opportunities = ["o" * 1000] * 50
    save_project(project, path)
    leave_hot_journal(path)
    before = {name: (tmp_path / name).read_bytes() for name in names(tmp_path)}

    assert load_project(path) == project  # the write that never finished is rolled back
    assert main(["validate", str(path)]) == 0
    # ... in a copy: reading changes nothing on disk, adds nothing beside the file
    assert {name: (tmp_path / name).read_bytes() for name in names(tmp_path)} == before


def test_reading_a_wal_mode_file_sees_its_wal_and_leaves_nothing_behind(tmp_path: Path) -> None:
    path = tmp_path / "plan.journey"
    save_project(blank_project(name="Before"), path)
    script = f"""
import os, sqlite3
conn = sqlite3.connect({str(path)!r})
conn.execute("PRAGMA journal_mode=WAL")
conn.execute("UPDATE project SET name = 'Edited in a WAL-mode tool'")
conn.commit()
os._exit(0)
"""
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)
    assert Path(f"{path}-wal").stat().st_size > 0
    before = {name: (tmp_path / name).read_bytes() for name in names(tmp_path)}

    assert load_project(path).name == "Edited in a WAL-mode tool"
    assert {name: (tmp_path / name).read_bytes() for name in names(tmp_path)} == before

    save_project(load_project(path), path)  # and saving it makes a plain file again
    assert names(tmp_path) == ["plan.journey"]
    assert sqlite3_tool(path, "PRAGMA journal_mode") == "delete"
    assert sqlite3_tool(path, "SELECT name FROM project") == "Edited in a WAL-mode tool"


def test_a_wal_mode_file_without_sidecars_opens(tmp_path: Path) -> None:
    path = tmp_path / "plan.journey"
    save_project(blank_project(name="Walled"), path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()  # a clean close checkpoints and removes the -wal; the header stays WAL
    assert names(tmp_path) == ["plan.journey"]

    assert load_project(path).name == "Walled"
    assert main(["validate", str(path)]) == 0
    assert names(tmp_path) == ["plan.journey"]


def test_reading_our_own_file_leaves_no_sidecars(tmp_path: Path) -> None:
    path = tmp_path / "plan.journey"
    save_project(blank_project(), path)
    os.chmod(tmp_path, 0o755)
    load_project(path)
    assert main(["validate", str(path)]) == 0
    assert main(["convert", str(path), "--json", str(tmp_path / "plan.json")]) == 0
    assert names(tmp_path) == ["plan.journey", "plan.json"]
    assert sqlite3_tool(path, "PRAGMA integrity_check") == "ok"
    assert names(tmp_path) == ["plan.journey", "plan.json"]


# ---------------------------------------------------------------- symlinks and special files


def test_saving_through_a_symlink_writes_its_target_and_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "shared" / "plan.journey"
    real.parent.mkdir()
    save_project(blank_project(name="Before"), real)
    link = tmp_path / "plan.journey"
    link.symlink_to(real)

    save_project(blank_project(name="Through the link"), link)

    assert link.is_symlink() and link.resolve() == real.resolve()
    assert load_project(real).name == "Through the link"
    assert names(tmp_path) == ["plan.journey", "shared"]
    assert names(real.parent) == ["plan.journey"]


def test_a_relative_symlink_to_another_folder(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    real = tmp_path / "b" / "real.journey"
    save_project(blank_project(name="Before"), real)
    link = tmp_path / "a" / "plan.journey"
    link.symlink_to(Path("..") / "b" / "real.journey")
    save_project(blank_project(name="After"), link)
    assert link.is_symlink()
    assert load_project(real).name == "After"


def test_saving_to_a_fifo_writes_into_the_pipe(tmp_path: Path) -> None:
    fifo = tmp_path / "out.journey"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()

    save_project(blank_project(name="Down the pipe"), fifo)

    reader.join(30)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)  # still a pipe, not replaced by a file
    copy = tmp_path / "copy.journey"
    copy.write_bytes(received[0])
    assert load_project(copy).name == "Down the pipe"


def test_saving_to_a_link_to_an_open_pipe_writes_into_the_pipe(tmp_path: Path) -> None:
    # /dev/stdout is such a link (to /proc/self/fd/1); a link of our own to a pipe of our
    # own tests the same path without ever touching /dev.
    read_end, write_end = os.pipe()
    link = tmp_path / "stdout.json"
    link.symlink_to(f"/proc/self/fd/{write_end}")
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(os.fdopen(read_end, "rb").read()),
                              daemon=True)
    reader.start()
    try:
        save_json(blank_project(name="Down the pipe"), link)
    finally:
        os.close(write_end)
    reader.join(30)
    assert json.loads(received[0])["name"] == "Down the pipe"
    assert link.is_symlink()


def test_converting_to_standard_output_through_dev_fd(tmp_path: Path) -> None:
    path = tmp_path / "plan.journey"
    save_project(blank_project(name="To stdout"), path)
    done = subprocess.run([*CLI, "convert", str(path), "--json", "/dev/fd/1"],
                          capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    data, _ = json.JSONDecoder().raw_decode(done.stdout)
    assert data["name"] == "To stdout"


def test_a_read_only_project_is_refused_not_replaced(tmp_path: Path) -> None:
    path = tmp_path / "plan.journey"
    save_project(blank_project(name="Kept"), path)
    os.chmod(path, 0o444)
    before = path.read_bytes()

    with pytest.raises(ProjectFileError, match="plan.journey: is read-only"):
        save_project(blank_project(name="Replacement"), path)

    assert path.read_bytes() == before
    assert names(tmp_path) == ["plan.journey"]
    json_path = tmp_path / "plan.json"
    json_path.write_text("{}", encoding="utf-8")
    os.chmod(json_path, 0o444)
    assert main(["convert", str(path), "--json", str(json_path)]) == 2
    assert json_path.read_text(encoding="utf-8") == "{}"


def test_saving_onto_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "plan.journey"
    folder.mkdir()
    with pytest.raises(ProjectFileError, match="plan.journey: is a folder"):
        save_project(blank_project(), folder)
    assert names(tmp_path) == ["plan.journey"]
    assert names(folder) == []


@pytest.mark.parametrize("command", ["validate", "analyze"])
def test_reading_a_fifo_never_blocks(tmp_path: Path, command: str) -> None:
    fifo = tmp_path / "plan.journey"
    os.mkfifo(fifo)
    done = subprocess.run([*CLI, command, str(fifo)], capture_output=True, text=True,
                          timeout=60, stdin=subprocess.DEVNULL)
    assert done.returncode == 2, done.stderr
    assert "plan.journey: is not a regular file" in done.stderr
    assert "Traceback" not in done.stderr


def test_names_with_uri_characters_open(tmp_path: Path) -> None:
    path = tmp_path / "plan #1 ?%20&mode=rw.journey"
    save_project(blank_project(name="Odd name"), path)
    assert load_project(path).name == "Odd name"
    assert names(tmp_path) == [path.name]
