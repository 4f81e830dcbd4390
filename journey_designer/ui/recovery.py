"""Autosave copies of unsaved work, so a crash loses little.

They live in the application data folder (`QStandardPaths.AppDataLocation/recovery`;
on Linux `~/.local/share/JourneyDesigner/Journey Designer/recovery`), not beside the
settings, which on Windows are the registry. Each window session writes
`<session>.json` (which file it belongs to, when, which process) and then
`<session>.journey`. A clean close removes both; files left by a process that is no
longer running are listed for restoring at the next start.

The folder is shared by every session and the info files are read back as untrusted
input: a damaged info file lists its autosave as "unknown", never stops the start.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QStandardPaths

from journey_designer.domain import JourneyError, Project
from journey_designer.io.project_file.atomic import atomic_write_text
from journey_designer.io.project_file.sqlite_store import Rows, load_project, write_rows

MAX_INFO_BYTES = 64 * 1024
MAX_PID = 2**31 - 1  # os.kill takes a C int


def recovery_dir() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) / "recovery"


def old_recovery_dir() -> Path:
    """Where versions before 0.9 kept autosaves: beside the settings file."""
    return Path(QSettings().fileName()).resolve().parent / "recovery"


@dataclass(frozen=True)
class RecoveryFile:
    """One leftover autosave. `damaged`: its info file was unreadable, so what it belongs
    to is unknown (the autosave itself may still be fine)."""

    project_file: Path
    info_file: Path
    original: Path | None
    saved_at: str
    size: int = 0
    name: str = ""
    damaged: bool = False


class Recovery:
    """The autosave slot of one window."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or recovery_dir()
        self.session = uuid.uuid4().hex[:12]

    @property
    def project_file(self) -> Path:
        return self.folder / f"{self.session}.journey"

    @property
    def info_file(self) -> Path:
        return self.folder / f"{self.session}.json"

    def write(self, rows: Rows, original: Path | None) -> None:
        """Write the autosave copy (rows from `project_rows`; safe off the UI thread).

        The info goes first: an autosave is never seen without its owner's pid, so a
        running session's work is never offered (or discarded) by another start.
        """
        self.folder.mkdir(parents=True, exist_ok=True)
        name = rows["project"][0][1] if rows.get("project") else ""
        info = {"original": str(original) if original else None, "pid": os.getpid(),
                "saved_at": datetime.now().isoformat(timespec="seconds"), "name": name}
        atomic_write_text(self.info_file, json.dumps(info))
        write_rows(rows, self.project_file)

    def discard(self) -> None:
        for path in (self.project_file, self.info_file):
            path.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    if pid <= 0 or pid > MAX_PID:
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except (OverflowError, ValueError, OSError):
        return False
    return True


def _read_info(info_file: Path) -> dict[str, Any] | None:
    try:
        if info_file.is_symlink() or info_file.stat().st_size > MAX_INFO_BYTES:
            return None
        data = json.loads(info_file.read_bytes().decode("utf-8"))
    except (OSError, ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def _valid_pid(data: dict[str, Any]) -> int | None:
    pid = data.get("pid")
    if isinstance(pid, int) and not isinstance(pid, bool) and 0 < pid <= MAX_PID:
        return pid
    return None


def _text(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    return value if isinstance(value, str) and "\x00" not in value else None


def _leftover(project_file: Path) -> RecoveryFile | None:
    """The autosave as a leftover, or None when its session is still running."""
    info_file = project_file.with_suffix(".json")
    try:
        stat = project_file.stat()
    except OSError:
        return None
    data = _read_info(info_file)
    pid = _valid_pid(data) if data is not None else None
    if data is None or pid is None:  # damaged: cannot tell whose it is
        saved_at = datetime.fromtimestamp(stat.st_mtime).isoformat(timespec="seconds")
        return RecoveryFile(project_file, info_file, None, saved_at, stat.st_size, "", True)
    if _alive(pid):
        return None
    original = _text(data, "original")
    return RecoveryFile(project_file, info_file, Path(original) if original else None,
                        _text(data, "saved_at") or "", stat.st_size, _text(data, "name") or "")


def migrate_old_folder(folder: Path | None = None, old: Path | None = None) -> None:
    """Move autosaves from the old folder beside the settings into the new one (once:
    the old folder is removed when it is empty)."""
    folder = folder or recovery_dir()
    old = old or old_recovery_dir()
    if not old.is_dir() or old.resolve() == folder.resolve():
        return
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
        for path in sorted(old.iterdir()):
            if path.is_file() and path.suffix in (".journey", ".json") \
                    and not (folder / path.name).exists():
                shutil.move(str(path), folder / path.name)
        old.rmdir()


def leftover_recoveries(folder: Path | None = None) -> list[RecoveryFile]:
    """Autosaves whose program is gone (it crashed or was killed), newest first."""
    if folder is None:
        migrate_old_folder()
    folder = folder or recovery_dir()
    try:
        candidates = sorted(folder.glob("*.journey"))
    except OSError:
        return []
    found = [r for r in map(_leftover, candidates) if r is not None]
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


def restore(recovery: RecoveryFile) -> Project:
    """Load a leftover autosave; raises JourneyError if it is unreadable."""
    return load_project(recovery.project_file)


def forget(recovery: RecoveryFile) -> None:
    for path in (recovery.project_file, recovery.info_file):
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


__all__ = ["JourneyError", "Recovery", "RecoveryFile", "forget", "leftover_recoveries",
           "migrate_old_folder", "restore"]
