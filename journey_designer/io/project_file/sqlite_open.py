"""Opening a `.journey` file for reading without ever changing anything on disk.

SQLite keeps a database's latest content partly in files beside it: `NAME-wal` (the
write-ahead log of a WAL-mode database) and `NAME-journal` (the rollback journal of a
write that was interrupted, a "hot journal"). Opened normally, even read-only, SQLite
would apply them, create `-shm`/`-wal` files, or fail with "attempt to write a readonly
database". So:

- no live sidecar beside the file: it is opened `immutable` (SQLite reads the main
  file only, takes no locks, creates nothing);
- a `-wal` beside a WAL-mode file, or a hot `-journal` beside a rollback-mode file:
  the file and that sidecar are copied into a private folder and opened there, where
  SQLite applies the log or rolls the interrupted write back; the originals stay as
  they are. A `-wal` beside a rollback-mode file (or a `-journal` beside a WAL-mode
  one) cannot belong to it — it is left over from a file that was replaced — and is
  ignored.

The saver removes all three sidecars before its rename (atomic.remove_sidecars).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import stat
import tempfile
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from journey_designer import messages
from journey_designer.domain import ProjectFileError
from journey_designer.io.project_file.sqlite_checks import limit_connection

SQLITE_MAGIC = b"SQLite format 3\x00"
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
SIDECARS = ("-wal", "-shm", "-journal")
MAX_FILE_BYTES = 256 * 1024 * 1024  # a 100,000-touchpoint project takes ~115 MB
_WAL_MODE = 2  # header byte 18, the "write version": 1 rollback journal, 2 WAL


def _t(text: str) -> str:
    return messages.translate("ProjectFile", text)


@dataclass(frozen=True)
class FileHeader:
    size: int
    wal_mode: bool


def check_project_file(path: Path) -> FileHeader:
    """Refuse missing, special, oversized, non-SQLite and truncated files before SQLite sees them.

    Opened with O_NONBLOCK and checked with fstat, so a pipe never blocks the reader.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        raise ProjectFileError(path, _t("no such file")) from None
    except IsADirectoryError:
        raise ProjectFileError(path, _t("is a folder, not a project file")) from None
    except OSError as exc:
        raise ProjectFileError(path, _t("cannot be read ({reason})").format(
            reason=exc.strerror or exc)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise ProjectFileError(path, _t("is a folder, not a project file"))
        if not stat.S_ISREG(info.st_mode):
            raise ProjectFileError(path, _t(
                "is not a regular file (a pipe or a device): projects are read from files"))
        header = os.pread(fd, 100, 0)
    except OSError as exc:
        raise ProjectFileError(path, _t("cannot be read ({reason})").format(
            reason=exc.strerror or exc)) from None
    finally:
        os.close(fd)
    size = info.st_size
    if size == 0:
        raise ProjectFileError(path, _t("is empty, not a Journey Designer project"))
    if not header.startswith(SQLITE_MAGIC):
        raise ProjectFileError(
            path, _t("is not a Journey Designer project (it is not an SQLite database)"))
    if len(header) < 100:
        raise ProjectFileError(path, _t("is truncated (shorter than an SQLite header)"))
    if size > MAX_FILE_BYTES:
        raise ProjectFileError(path, _t(
            "is {size} MB; Journey Designer opens project files of up to {limit} MB").format(
            size=f"{size / 2**20:,.0f}", limit=f"{MAX_FILE_BYTES // 2**20:,}"))
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    if page_count and size < page_size * page_count:
        raise ProjectFileError(path, _t("is truncated: {size} bytes of the {expected} it should have").format(
            size=f"{size:,}", expected=f"{page_size * page_count:,}"))
    return FileHeader(size=size, wal_mode=header[18] == _WAL_MODE)


def live_sidecar(path: Path, header: FileHeader) -> Path | None:
    """The `-wal` or hot `-journal` whose content belongs to the file, if there is one."""
    if header.wal_mode:
        wal = Path(f"{path}-wal")
        return wal if _size(wal) > 0 else None
    journal = Path(f"{path}-journal")
    if _size(journal) < len(JOURNAL_MAGIC):
        return None
    with contextlib.suppress(OSError), open(journal, "rb") as handle:
        if handle.read(len(JOURNAL_MAGIC)) == JOURNAL_MAGIC:
            return journal
    return None


def _size(path: Path) -> int:
    try:
        info = path.stat()
    except OSError:
        return 0
    return info.st_size if stat.S_ISREG(info.st_mode) else 0


@contextlib.contextmanager
def open_for_reading(path: Path) -> Iterator[tuple[sqlite3.Connection, FileHeader, Path | None]]:
    """A connection that reads `path` and changes nothing beside it; the live sidecar
    (a `-wal` or hot `-journal`) applied in a private copy, if there was one."""
    header = check_project_file(path)
    real = Path(os.path.realpath(path))  # SQLite names sidecars after the real file
    sidecar = live_sidecar(real, header)
    if sidecar is None:
        uri = f"file:{urllib.parse.quote(os.fsencode(real))}?mode=ro&immutable=1"
        conn = _connect(path, uri, uri=True)
        try:
            yield conn, header, None
        finally:
            conn.close()
        return
    with tempfile.TemporaryDirectory(prefix="journey-designer-read-") as folder:
        copy = Path(folder) / "project.journey"
        try:
            shutil.copyfile(real, copy)
            shutil.copyfile(sidecar, f"{copy}{sidecar.name[len(real.name):]}")
        except OSError as exc:
            raise ProjectFileError(path, _t(
                "cannot be read: {sidecar} beside it holds changes by another program that "
                "could not be applied in a copy ({reason})").format(
                sidecar=sidecar.name, reason=exc.strerror or exc)) from None
        conn = _connect(path, str(copy))
        try:
            conn.execute("PRAGMA query_only = ON")
            yield conn, header, sidecar
        finally:
            conn.close()


def _connect(path: Path, database: str, *, uri: bool = False) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(database, uri=uri)
    except sqlite3.Error as exc:
        raise ProjectFileError(path, _t("cannot be opened ({reason})").format(reason=exc)) from None
    limit_connection(conn)
    return conn
