"""Autosave copies of unsaved work, beside the settings, so a crash loses little.

Each window session writes `<session>.journey` plus `<session>.json` (which file it
belongs to, when, which process). A clean close removes both; files left by a
process that is no longer running are offered for restoring at the next start.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings

from journey_designer.domain import JourneyError, Project
from journey_designer.io.sqlite_store import Rows, load_project, write_rows


def recovery_dir() -> Path:
    return Path(QSettings().fileName()).resolve().parent / "recovery"


@dataclass(frozen=True)
class RecoveryFile:
    project_file: Path
    info_file: Path
    original: Path | None
    saved_at: str


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
        """Write the autosave copy (rows from `project_rows`; safe off the UI thread)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        write_rows(rows, self.project_file)
        info = {"original": str(original) if original else None, "pid": os.getpid(),
                "saved_at": datetime.now().isoformat(timespec="seconds")}
        self.info_file.write_text(json.dumps(info), encoding="utf-8")

    def discard(self) -> None:
        for path in (self.project_file, self.info_file):
            path.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def leftover_recoveries(folder: Path | None = None) -> list[RecoveryFile]:
    """Autosaves whose program is gone (it crashed or was killed), newest first."""
    folder = folder or recovery_dir()
    found = []
    for info_file in folder.glob("*.json"):
        project_file = info_file.with_suffix(".journey")
        try:
            info = json.loads(info_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not project_file.exists() or _alive(int(info.get("pid", 0))):
            continue
        original = Path(info["original"]) if info.get("original") else None
        found.append(RecoveryFile(project_file, info_file, original, info.get("saved_at", "")))
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


def restore(recovery: RecoveryFile) -> Project:
    """Load a leftover autosave; raises JourneyError if it is unreadable."""
    return load_project(recovery.project_file)


def forget(recovery: RecoveryFile) -> None:
    for path in (recovery.project_file, recovery.info_file):
        path.unlink(missing_ok=True)


__all__ = ["JourneyError", "Recovery", "RecoveryFile", "forget", "leftover_recoveries",
           "restore"]
