"""A lock file beside an open project, so a second window or program that opens the
same file is warned instead of silently overwriting the first one's work.

`.~lock.NAME#` (the LibreOffice convention) holds the owner's host, pid and time. A
lock whose process is gone (a crash) is stale and taken over.
"""

from __future__ import annotations

import json
import os
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from journey_designer import messages


def _t(text: str) -> str:
    return messages.translate("ProjectLock", text)


@dataclass(frozen=True)
class LockOwner:
    host: str
    pid: int
    since: str

    def describe(self) -> str:
        """Who holds the lock, in the current message language (e.g. for "already open in …")."""
        return _t("process {pid} on {host} (since {since})").format(
            pid=self.pid, host=self.host, since=self.since)


def lock_path(project: Path) -> Path:
    return project.with_name(f".~lock.{project.name}#")


def _alive(owner: LockOwner) -> bool:
    if owner.host != socket.gethostname():
        return True  # cannot tell for another machine: assume it is still working
    try:
        os.kill(owner.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def current_owner(project: Path) -> LockOwner | None:
    """Who else holds the project open, or None (no lock, our own, or a stale one)."""
    try:
        data = json.loads(lock_path(project).read_text(encoding="utf-8"))
        owner = LockOwner(str(data["host"]), int(data["pid"]), str(data.get("since", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if owner.pid == os.getpid() and owner.host == socket.gethostname():
        return None
    return owner if _alive(owner) else None


def acquire(project: Path) -> bool:
    """Write our lock (replacing a stale one). False when the folder is read-only."""
    data = {"host": socket.gethostname(), "pid": os.getpid(),
            "since": datetime.now().isoformat(timespec="seconds")}
    try:
        lock_path(project).write_text(json.dumps(data), encoding="utf-8")
    except OSError:
        return False
    return True


def release(project: Path) -> None:
    """Remove our lock (never someone else's)."""
    path = lock_path(project)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    if data.get("pid") == os.getpid() and data.get("host") == socket.gethostname():
        path.unlink(missing_ok=True)
