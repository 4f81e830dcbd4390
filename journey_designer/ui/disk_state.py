"""What a project file on disk looked like when the window last read or wrote it, so a
save can tell that another program changed, replaced or removed it meanwhile.

Qt-free. The identity is the file (device and inode: a program that writes a new file
and renames it over ours makes a new inode), its size and a blake2b hash of its bytes;
`mtime_ns` is recorded too, but a file that was only touched (same file, same bytes)
has nothing in it to lose and does not count as changed.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

CHUNK = 1024 * 1024


@dataclass(frozen=True)
class DiskState:
    device: int
    inode: int
    size: int
    mtime_ns: int
    digest: str

    @classmethod
    def of(cls, path: Path | None) -> DiskState | None:
        """The file's state now; None when there is no readable file at `path`."""
        if path is None:
            return None
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            return None
        try:
            info = os.fstat(fd)
            digest = hashlib.blake2b(digest_size=20)
            if stat.S_ISREG(info.st_mode):  # a FIFO or device has no content to compare
                while chunk := os.read(fd, CHUNK):
                    digest.update(chunk)
        except OSError:
            return None
        finally:
            os.close(fd)
        return cls(info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, digest.hexdigest())

    def same_file_as(self, other: DiskState | None) -> bool:
        """Whether `other` (the state now) is still the file this state describes."""
        return (other is not None and (self.device, self.inode) == (other.device, other.inode)
                and self.size == other.size and self.digest == other.digest)
