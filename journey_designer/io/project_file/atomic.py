"""Replace a file atomically: write a temporary file beside it, then rename over it.

A crash or an exception at any point leaves either the old file or the new one,
never a mixture, and never a stray temporary file after an exception.

What is behind the name is respected:

- a symlink: its target is replaced (in the target's folder); the link stays;
- a pipe, a terminal or a device (`/dev/stdout`, a FIFO, anything under /dev or /proc):
  the bytes are written into it, it is never replaced by a regular file;
- a read-only file or a folder: refused, nothing changes;
- files that belong to the old file (SQLite's `-wal`, `-shm`, `-journal`, named by
  `sidecars`): removed just before the rename, so they can never be applied to the
  new file.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from journey_designer import messages
from journey_designer.domain import ProjectFileError


def _t(text: str) -> str:
    return messages.translate("ProjectFile", text)


_DEVICE_FOLDERS = ("/dev/", "/proc/")


def atomic_replace(path: Path, write: Callable[[Path], object], *,
                   sidecars: Sequence[str] = ()) -> None:
    """Call `write(temp_path)` to build the new file, then move it over `path`.

    OS errors (no such folder, disk full, no permission) become ProjectFileError.
    `sidecars` are suffixes ("-wal") of files beside the target that describe the old
    file's content and must not outlive it.
    """
    path = Path(path)
    try:
        target, direct = output_target(path)
        if direct:
            _write_into(target, write)
        else:
            _replace(target, write, sidecars)
    except OSError as exc:
        raise ProjectFileError(path, _t("could not be written ({reason})").format(
            reason=exc.strerror or exc)) from None


def output_target(path: Path) -> tuple[Path, bool]:
    """The file to write for `path` and whether to write into it directly (not replace it).

    Raises ProjectFileError for a folder or a read-only file; OSError for a symlink loop.
    """
    if str(path.absolute()).startswith(_DEVICE_FOLDERS):
        return path, True
    try:
        info = os.stat(path)
    except FileNotFoundError:  # a new file (or a dangling link: create its target)
        return Path(os.path.realpath(path)), False
    if stat.S_ISDIR(info.st_mode):
        raise ProjectFileError(path, _t("is a folder, not a file: nothing was written"))
    if not stat.S_ISREG(info.st_mode):
        return path, True  # a pipe, socket or device: write into it
    if not info.st_mode & 0o222 or not os.access(path, os.W_OK):
        raise ProjectFileError(path, _t(
            "is read-only, so it was not replaced: save under another name, or make the "
            "file writable first"))
    return Path(os.path.realpath(path)), False


def _replace(path: Path, write: Callable[[Path], object], sidecars: Sequence[str]) -> None:
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
        remove_sidecars(path, sidecars)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_folder(folder)


def remove_sidecars(path: Path, sidecars: Sequence[str]) -> None:
    """Remove `path`+suffix files (links too, never what they point to); refuse a folder."""
    for suffix in sidecars:
        sidecar = Path(f"{path}{suffix}")
        try:
            info = sidecar.lstat()
        except FileNotFoundError:
            continue
        if stat.S_ISDIR(info.st_mode):
            raise ProjectFileError(path, _t(
                "cannot be saved: a folder named {name} is beside it").format(name=sidecar.name))
        sidecar.unlink()


def _write_into(target: Path, write: Callable[[Path], object]) -> None:
    """Build the file in a private folder, then copy its bytes into `target`."""
    with tempfile.TemporaryDirectory(prefix="journey-designer-") as folder:
        temp = Path(folder) / target.name
        write(temp)
        with open(temp, "rb") as source, open(target, "wb") as out:
            shutil.copyfileobj(source, out)


def atomic_write_text(path: Path, text: str) -> None:
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ProjectFileError(path, _t(
            "could not be written: it holds a lone surrogate U+{code:04X}, which no file can "
            "store").format(code=ord(text[exc.start]))) from None
    atomic_replace(path, lambda temp: temp.write_bytes(data))


def atomic_copy(source: Path, path: Path) -> None:
    """Copy `source` to `path` whole or not at all."""
    atomic_replace(path, lambda temp: shutil.copyfile(source, temp))


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
