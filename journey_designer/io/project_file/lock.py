"""A lock file beside an open project, so a second window or program that opens the
same file is warned instead of silently overwriting the first one's work.

`.~lock.NAME#` (the LibreOffice convention) holds the owner's host, pid and time. A
lock whose process is gone (a crash) is stale and taken over.

The lock sits in a folder others may write to, so it is treated as hostile input: it
is created exclusively (`O_CREAT|O_EXCL|O_NOFOLLOW`, so a symlink planted at its path
is never written through), read through `O_NOFOLLOW` with a size limit, and anything
that is not a well-formed lock of a plausible process (garbage, a huge or negative
pid, a symlink) counts as no lock at all. Only our own lock is ever removed.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import stat
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from journey_designer import messages

MAX_LOCK_BYTES = 4096  # a real lock is ~100 bytes; more is not a lock
MAX_PID = 2**31 - 1  # os.kill takes a C int: a larger pid raises OverflowError
_FIELD_CHARS = 200  # host and time are shown in a message: keep them short


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
    except (OverflowError, ValueError, OSError):
        return False
    return True


def _read_lock(path: Path) -> dict[str, Any] | None:
    """The lock's fields, or None when there is no regular, small, JSON-object lock file."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None  # missing, a symlink (ELOOP), unreadable
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None  # a FIFO or device would block or stream forever
        raw = os.read(fd, MAX_LOCK_BYTES + 1)
    except OSError:
        return None
    finally:
        os.close(fd)
    if len(raw) > MAX_LOCK_BYTES:
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def _owner_of(data: dict[str, Any] | None) -> LockOwner | None:
    """A plausible owner from a lock's fields, or None (garbage is no owner)."""
    if data is None:
        return None
    host, pid, since = data.get("host"), data.get("pid"), data.get("since", "")
    if not isinstance(host, str) or not host or not isinstance(since, str):
        return None
    if not isinstance(pid, int) or isinstance(pid, bool) or not 0 < pid <= MAX_PID:
        return None
    return LockOwner(host[:_FIELD_CHARS], pid, since[:_FIELD_CHARS])


def _is_ours(data: dict[str, Any] | None, token: str | None) -> bool:
    owner = _owner_of(data)
    if owner is None or owner.pid != os.getpid() or owner.host != socket.gethostname():
        return False
    return token is None or (data or {}).get("token") == token


def current_owner(project: Path) -> LockOwner | None:
    """Who else holds the project open, or None (no lock, our own, a stale or broken one)."""
    owner = _owner_of(_read_lock(lock_path(project)))
    if owner is None:
        return None
    if owner.pid == os.getpid() and owner.host == socket.gethostname():
        return None
    return owner if _alive(owner) else None


def acquire(project: Path, *, token: str | None = None) -> bool:
    """Create our lock, replacing whatever is at its path (a stale, broken or foreign lock:
    the caller has asked the user before). False when no lock could be made (a read-only
    folder, a folder in the way). `token` tells this holder apart from others in the
    same process (two windows): `release` with the same token removes only this lock.
    """
    path = lock_path(project)
    data: dict[str, Any] = {"host": socket.gethostname(), "pid": os.getpid(),
                            "since": datetime.now().isoformat(timespec="seconds")}
    if token is not None:
        data["token"] = token
    for _attempt in range(2):
        try:
            _create(path, json.dumps(data).encode("utf-8"))
            return True
        except FileExistsError:
            try:
                if path.is_dir() and not path.is_symlink():
                    return False
                path.unlink()  # removes a symlink itself, never its target
            except OSError:
                return False
        except OSError:
            return False
    return False


def _create(path: Path, content: bytes) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags, 0o644)
    try:
        os.write(fd, content)
    except OSError:
        os.close(fd)
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    os.close(fd)


def release(project: Path, *, token: str | None = None) -> None:
    """Remove our lock (never someone else's, never through a symlink)."""
    path = lock_path(project)
    if not _is_ours(_read_lock(path), token):
        return
    with contextlib.suppress(OSError):
        if path.is_symlink():  # swapped in since we read it: leave it
            return
        path.unlink()
