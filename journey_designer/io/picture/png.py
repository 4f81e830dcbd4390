"""Write RGBA pixels as a PNG quickly, from one buffer or from bands drawn apart.

A whole map at 4K width is some 100 million pixels; Pillow's encoder (one thread,
adaptive filters) takes ~4 s for that here. This writer uses the "none" filter and
zlib level 1, and deflates bands of rows independently, joined the way pigz does it:
each band is a raw deflate stream ended with a full flush (the last one finished), and
the Adler-32 checksums are combined. So bands can be deflated on threads (zlib releases
the GIL) or in other processes that drew them.
"""

from __future__ import annotations

import struct
import zlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np

_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_ADLER_BASE = 65521
_HEADER = struct.Struct(">IQ")


@dataclass(frozen=True)
class Deflated:
    """Some rows of the image, each led by filter byte 0, as a raw deflate stream."""

    data: bytes
    adler: int  # Adler-32 of the uncompressed rows (with their filter bytes)
    length: int  # bytes before compression

    def to_bytes(self) -> bytes:
        return _HEADER.pack(self.adler, self.length) + self.data

    @classmethod
    def from_bytes(cls, raw: bytes) -> Deflated:
        adler, length = _HEADER.unpack_from(raw)
        return cls(raw[_HEADER.size:], adler, length)


def deflate_rows(rgba: np.ndarray, *, last: bool, level: int = 1, threads: int = 1) -> Deflated:
    """Deflate the rows of `rgba` (height × width × 4, uint8); `last` ends the stream."""
    height, width, channels = rgba.shape
    if channels != 4 or rgba.dtype != np.uint8:
        raise ValueError("expected an RGBA uint8 image")
    rgba = np.ascontiguousarray(rgba)
    parts = max(1, min(threads, height // 64))
    bounds = [height * i // parts for i in range(parts + 1)]
    rows = rgba.data.cast("B")
    row_bytes = width * 4

    def deflate(part: int) -> Deflated:
        compressor = zlib.compressobj(level, zlib.DEFLATED, -15, 9)
        out = []
        adler = 1
        for row in range(bounds[part], bounds[part + 1]):
            line = rows[row * row_bytes:(row + 1) * row_bytes]
            out.append(compressor.compress(b"\0"))
            out.append(compressor.compress(line))
            adler = zlib.adler32(line, zlib.adler32(b"\0", adler))
        end = last and part == parts - 1
        out.append(compressor.flush(zlib.Z_FINISH if end else zlib.Z_FULL_FLUSH))
        return Deflated(b"".join(out), adler, (bounds[part + 1] - bounds[part]) * (row_bytes + 1))

    if parts == 1:
        return deflate(0)
    with ThreadPoolExecutor(parts) as pool:
        return join(list(pool.map(deflate, range(parts))))


def join(parts: list[Deflated]) -> Deflated:
    """Consecutive bands as one."""
    adler, length = parts[0].adler, parts[0].length
    for part in parts[1:]:
        adler = _adler32_combine(adler, part.adler, part.length)
        length += part.length
    return Deflated(b"".join(p.data for p in parts), adler, length)


def write_png(handle: BinaryIO, width: int, height: int, bands: list[Deflated], *,
              dpi: float | None = None, text: dict[str, str] | None = None) -> None:
    """Write an RGBA PNG whose rows, top to bottom, are `bands` (the last one finished)."""
    rows = join(bands)
    if rows.length != height * (width * 4 + 1):
        raise ValueError("the bands do not cover the image")
    handle.write(_SIGNATURE)
    _chunk(handle, b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
    if dpi:
        per_metre = round(dpi / 0.0254)
        _chunk(handle, b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1))
    for key, value in (text or {}).items():
        _chunk(handle, b"tEXt", key.encode("latin-1") + b"\0" + value.encode("latin-1", "replace"))
    header = b"\x78\x01"  # deflate, 32 K window, fastest
    _chunk(handle, b"IDAT", header + rows.data + struct.pack(">I", rows.adler))
    _chunk(handle, b"IEND", b"")


def write_png_array(handle: BinaryIO, rgba: np.ndarray, *, threads: int = 2,
                    dpi: float | None = None, text: dict[str, str] | None = None) -> None:
    """Write one RGBA buffer as a PNG."""
    height, width = rgba.shape[:2]
    write_png(handle, width, height, [deflate_rows(rgba, last=True, threads=threads)], dpi=dpi,
              text=text)


def _chunk(handle: BinaryIO, kind: bytes, data: bytes) -> None:
    handle.write(struct.pack(">I", len(data)))
    handle.write(kind)
    handle.write(data)
    handle.write(struct.pack(">I", zlib.crc32(data, zlib.crc32(kind))))


def _adler32_combine(adler1: int, adler2: int, length2: int) -> int:
    """Adler-32 of A + B from those of A and B and the length of B (zlib's algorithm)."""
    remainder = length2 % _ADLER_BASE
    sum1 = adler1 & 0xFFFF
    sum2 = (remainder * sum1) % _ADLER_BASE
    sum1 += (adler2 & 0xFFFF) + _ADLER_BASE - 1
    sum2 += ((adler1 >> 16) & 0xFFFF) + ((adler2 >> 16) & 0xFFFF) + _ADLER_BASE - remainder
    if sum1 >= _ADLER_BASE:
        sum1 -= _ADLER_BASE
    if sum1 >= _ADLER_BASE:
        sum1 -= _ADLER_BASE
    if sum2 >= _ADLER_BASE << 1:
        sum2 -= _ADLER_BASE << 1
    if sum2 >= _ADLER_BASE:
        sum2 -= _ADLER_BASE
    return sum1 | (sum2 << 16)


def png_size(path: str | Path) -> tuple[int, int]:
    """Width and height of a PNG file, from its IHDR chunk."""
    with open(path, "rb") as handle:
        head = handle.read(24)
    if len(head) < 24 or head[:8] != _SIGNATURE or head[12:16] != b"IHDR":
        raise ValueError(f"{path}: not a PNG file")
    width, height = struct.unpack(">II", head[16:24])
    return width, height
