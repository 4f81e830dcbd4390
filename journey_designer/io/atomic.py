"""Replace a file atomically: write a temporary file beside it, then rename over it.

A crash or an exception at any point leaves either the old file or the new one,
never a mixture, and never a stray temporary file after an exception.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from journey_designer import messages
from journey_designer.domain import ProjectFileError


def _t(text: str) -> str:
    return messages.translate("ProjectFile", text)


def atomic_replace(path: Path, write: Callable[[Path], None]) -> None:
    """Call `write(temp_path)` to build the new file, then move it over `path`.

    OS errors (no such folder, disk full, no permission) become ProjectFileError.
    """
    path = Path(path)
    try:
        _replace(path, write)
    except OSError as exc:
        raise ProjectFileError(path, _t("could not be written ({reason})").format(
            reason=exc.strerror or exc)) from None


def _replace(path: Path, write: Callable[[Path], None]) -> None:
    folder = path.parent
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    os.close(fd)
    temp = Path(temp_name)
    try:
        write(temp)
        _fsync_file(temp)
        with contextlib.suppress(OSError):  # mkstemp makes 0600; keep what users expect
            mode = path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_umask()
            os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_folder(folder)


def atomic_write_text(path: Path, text: str) -> None:
    atomic_replace(path, lambda temp: temp.write_text(text, encoding="utf-8"))


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform can open a folder
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
