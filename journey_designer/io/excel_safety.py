"""Look at a workbook file before anything parses it, and refuse what is not safe to read.

Checked cheaply, in this order, each with a message naming what the file is: missing or
empty; an old .xls or an encrypted workbook (OLE boxes); not a zip; a damaged zip; an
OpenDocument or Word/PowerPoint file; a zip that is no workbook; Strict Open XML; a
binary .xlsb; a zip bomb (declared sizes and compression ratio); an XML bomb (any DTD);
missing sheets; a sheet too large to read in bounded memory (its rows and columns are
counted from the XML itself, never from the declared dimensions).
"""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import defusedxml.ElementTree as SafeTree
from defusedxml import DefusedXmlException

from journey_designer.domain import ProjectFileError

MAX_FILE_BYTES = 256 * 2**20
MAX_ENTRIES = 10_000
MAX_TOTAL_BYTES = 512 * 2**20
MAX_PART_BYTES = 200 * 2**20
MAX_RATIO, RATIO_FROM = 200, 2**20  # deflate of real XML stays far below 200:1
MAX_ROWS = 100_000
MAX_CELLS = 6_000_000  # rows x columns calamine would hold for one sheet (~0.5 GB at worst)
MAX_META_BYTES = 16 * 2**20  # workbook.xml, rels, content types
CHUNK = 4 * 2**20
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
TRANSITIONAL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"
SAVE_AS = "open it in Excel or LibreOffice and save it as “Excel Workbook (.xlsx)”"


class WorkbookError(ProjectFileError):
    """A workbook that cannot be imported; the message says what the file is."""


@dataclass
class Package:
    """What the checks learnt: each sheet's name -> zip entry, and the date system."""

    path: Path
    sheets: dict[str, str] = field(default_factory=dict)
    date1904: bool = False


def inspect_workbook(path: str | Path, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> Package:
    """Check `path` and return its Package, or raise WorkbookError saying what is wrong."""
    path = Path(path)
    head = _head(path)
    if head.startswith(OLE_MAGIC[:4]):
        raise WorkbookError(path, _ole_kind(path))
    if not zipfile.is_zipfile(path):
        raise WorkbookError(path, _not_zip_kind(head))
    try:
        with zipfile.ZipFile(path) as archive:
            return _inspect_zip(path, archive, required, optional)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, NotImplementedError, OSError,
            RuntimeError, ValueError) as exc:  # what zipfile raises for damaged or odd entries
        raise WorkbookError(path, f"a damaged zip package, not a readable workbook ({exc})") from None


def _head(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(512)
    except FileNotFoundError:
        raise WorkbookError(path, "no such file") from None
    except OSError as exc:
        raise WorkbookError(path, f"cannot be read ({exc.strerror or exc})") from None
    if size == 0:
        raise WorkbookError(path, "the file is empty (0 bytes), not a workbook")
    if size > MAX_FILE_BYTES:
        raise WorkbookError(path, f"{size / 2**20:,.0f} MB is too large for an action plan workbook "
                                  f"(limit {MAX_FILE_BYTES // 2**20} MB)")
    return head


def _ole_kind(path: Path) -> str:
    """An OLE compound file: an encrypted .xlsx, or an Excel 97-2003 .xls."""
    with path.open("rb") as handle:
        data = handle.read(min(path.stat().st_size, 8 * 2**20))
    if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
        return ("a password-protected (encrypted) workbook: remove the password in Excel "
                "(File ▸ Info ▸ Protect Workbook ▸ Encrypt with Password) and save it again")
    return f"a legacy Excel 97–2003 workbook (.xls), which is not supported: {SAVE_AS}"


def _not_zip_kind(head: bytes) -> str:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<?xml", b"<html", b"<!doctype", b"<table")):
        return f"an XML or HTML file, not an .xlsx workbook: {SAVE_AS}"
    if head.startswith(b"PK"):
        return "a damaged zip package (truncated or corrupted), not a readable workbook"
    return "not an Excel workbook (.xlsx): the file is neither a zip package nor an old .xls file"


def _inspect_zip(path: Path, archive: zipfile.ZipFile, required: tuple[str, ...],
                 optional: tuple[str, ...]) -> Package:
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        raise WorkbookError(path, f"a zip with {len(entries):,} entries — not a workbook this program wrote")
    parts = {info.filename.replace("\\", "/").lstrip("/"): info for info in entries}
    _check_sizes(path, entries)
    _check_kind(path, archive, parts)
    main = _main_part(path, archive, parts)
    package = Package(path)
    sheets = _sheets(path, archive, parts, main, package)
    missing = [name for name in required if name not in sheets]
    if missing:
        listed = ", ".join(f"“{s}”" for s in sheets) or "none"
        raise WorkbookError(path, f"missing sheet “{missing[0]}” — the sheets are: {listed}; "
                                  "import a workbook exported by Journey Designer")
    for info in entries:
        if info.filename.endswith((".xml", ".rels")):
            _check_prolog(path, archive, info)
    for name in (*required, *optional):
        if name in sheets:
            _check_sheet(path, archive, parts[sheets[name]], name)
    package.sheets = sheets
    return package


def _check_sizes(path: Path, entries: list[zipfile.ZipInfo]) -> None:
    total = sum(info.file_size for info in entries)
    if total > MAX_TOTAL_BYTES:
        raise WorkbookError(path, f"a zip bomb: it would unpack to {total / 2**20:,.0f} MB "
                                  f"(limit {MAX_TOTAL_BYTES // 2**20} MB)")
    for info in entries:
        ratio = info.file_size / max(1, info.compress_size)
        if info.file_size > MAX_PART_BYTES or (info.file_size > RATIO_FROM and ratio > MAX_RATIO):
            size = f"{info.file_size / 2**20:,.0f} MB"
            raise WorkbookError(path, f"a zip bomb: “{info.filename}” unpacks to {size} "
                                      f"({ratio:,.0f} times its packed size)")


def _check_kind(path: Path, archive: zipfile.ZipFile, parts: dict[str, zipfile.ZipInfo]) -> None:
    if "mimetype" in parts:
        kind = _read(path, archive, parts["mimetype"], 200)
        if kind.startswith(b"application/vnd.oasis.opendocument.spreadsheet"):
            raise WorkbookError(path, f"an OpenDocument spreadsheet (.ods), not an .xlsx workbook: {SAVE_AS}")
        if kind.startswith(b"application/vnd.oasis.opendocument"):
            raise WorkbookError(path, "an OpenDocument file, not a workbook")
    if "[Content_Types].xml" not in parts:
        raise WorkbookError(path, "a zip file, but not an Excel workbook (it has no [Content_Types].xml)")
    types = _read(path, archive, parts["[Content_Types].xml"], MAX_META_BYTES)
    workbook = b"spreadsheetml.sheet.main" in types or b"sheet.macroEnabled.main" in types
    for marker, what in ((b"wordprocessingml", "a Word document"),
                         (b"presentationml", "a PowerPoint presentation"),
                         (b"sheet.binary", "a binary Excel workbook (.xlsb)")):
        if marker in types and not workbook:
            hint = f": {SAVE_AS}" if marker == b"sheet.binary" else ""
            raise WorkbookError(path, f"{what}, not an .xlsx workbook{hint}")


def _main_part(path: Path, archive: zipfile.ZipFile, parts: dict[str, zipfile.ZipInfo]) -> str:
    if "_rels/.rels" not in parts:
        raise WorkbookError(path, "a zip file, but not an Excel workbook (no package relationships)")
    for kind, target, _ in _relationships(path, archive, parts["_rels/.rels"], ""):
        if kind == STRICT:
            raise WorkbookError(path, "a Strict Open XML workbook, which is not supported: open it in "
                                      "Excel and save it as “Excel Workbook (.xlsx)”, not “Strict Open XML”")
        if kind == TRANSITIONAL:
            if target not in parts:
                raise WorkbookError(path, f"a damaged workbook: its main part “{target}” is missing")
            return target
    raise WorkbookError(path, "a zip package, but not an Excel workbook (no workbook part)")


def _relationships(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo,
                   base: str) -> list[tuple[str, str, str]]:
    """(type, target part, id) of every relationship; targets resolved against `base`."""
    found = []
    for element in _parse(path, archive, info).iter():
        if element.tag.rsplit("}", 1)[-1] == "Relationship":
            target = element.get("Target", "").replace("\\", "/")
            if target.startswith("/"):
                target = target.lstrip("/")
            else:
                target = posixpath.normpath(posixpath.join(base, target))
            found.append((element.get("Type", ""), target, element.get("Id", "")))
    return found


def _sheets(path: Path, archive: zipfile.ZipFile, parts: dict[str, zipfile.ZipInfo], main: str,
            package: Package) -> dict[str, str]:
    folder = posixpath.dirname(main)
    rels_name = posixpath.join(folder, "_rels", posixpath.basename(main) + ".rels")
    targets = {}
    if rels_name in parts:
        targets = {rel: target for _, target, rel in _relationships(path, archive, parts[rels_name], folder)}
    sheets: dict[str, str] = {}
    for element in _parse(path, archive, parts[main]).iter():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "workbookPr":
            package.date1904 = element.get("date1904", "").lower() in ("1", "true")
        elif tag == "sheet":
            rel = next((v for k, v in element.attrib.items() if k.endswith("}id")), "")
            if targets.get(rel) in parts:
                sheets[element.get("name", "")] = targets[rel]
    return sheets


def _read(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    if info.file_size > limit:
        raise WorkbookError(path, f"“{info.filename}” is {info.file_size / 2**20:,.0f} MB, far larger "
                                  "than in any workbook")
    with archive.open(info) as stream:
        return stream.read(limit + 1)[:limit]


def _parse(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo):  # type: ignore[no-untyped-def]
    data = _read(path, archive, info, MAX_META_BYTES)
    try:
        return SafeTree.fromstring(data)
    except DefusedXmlException:
        raise WorkbookError(path, f"an XML bomb: “{info.filename}” declares entities (a DTD)") from None
    except SafeTree.ParseError as exc:
        raise WorkbookError(path, f"a damaged workbook: “{info.filename}” is not well-formed XML "
                                  f"({exc})") from None


_ROOT_START = re.compile(rb"<[A-Za-z_]")


def _check_prolog(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Refuse any DTD: in OOXML it can only be there to expand entities (an XML bomb)."""
    with archive.open(info) as stream:
        head = stream.read(2**20)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="replace").encode("utf-8")
    root = _ROOT_START.search(head)
    prolog = head[:root.start()] if root else head
    if b"<!DOCTYPE" in prolog or b"<!ENTITY" in prolog:
        raise WorkbookError(path, f"an XML bomb: “{info.filename}” declares entities (a DTD)")
    if root is None and len(head) >= 2**20:
        raise WorkbookError(path, f"a damaged workbook: “{info.filename}” has no content in its first MB")


_ROW_FAST = re.compile(rb'<row r="(\d+)"')
_ROW_ANY = re.compile(rb"<(?:\w+:)?row[\s>/]")
_ROW_NUM = re.compile(rb'<(?:\w+:)?row\b[^>]*?\sr="(\d+)"')
_WIDE_FAST = re.compile(rb'<c r="([A-Z]{2,})\d')
_CELL_ANY = re.compile(rb"<(?:\w+:)?c[\s>/]")
_CELL_REF = re.compile(rb'<(?:\w+:)?c\b[^>]*?\sr="([A-Z]+)\d+"')
_ROW_END = re.compile(rb"</(?:\w+:)?row>")


def column_index(letters: str) -> int:
    """1 for 'A', 27 for 'AA'."""
    index = 0
    for ch in letters:
        index = index * 26 + ord(ch) - 64
    return index


@dataclass
class _SheetSize:
    rows: int = 0
    last_row: int = 0
    columns: int = 0

    def add(self, data: bytes) -> None:
        """Count rows and find the last row and column in a piece of sheet XML (whole tags)."""
        prefixed = b":row" in data or b":c " in data or b":c>" in data
        rows = len(_ROW_ANY.findall(data)) if prefixed else data.count(b"<row ") + data.count(b"<row>")
        numbered = _ROW_FAST.findall(data)
        if prefixed or len(numbered) != rows:
            numbered = _ROW_NUM.findall(data)
        self.rows += rows
        self.last_row = max(self.last_row, max((int(n) for n in numbered), default=0))
        cells = data.count(b"<c ") + data.count(b"<c>") + data.count(b"<c/>")
        if not prefixed and cells == data.count(b'<c r="'):
            wide = {m.decode() for m in _WIDE_FAST.findall(data)}
            width = max((column_index(w) for w in wide), default=26 if cells else 0)
        else:  # prefixed tags, cells without a reference or with it later: count each row's cells
            width = max((column_index(m.decode()) for m in set(_CELL_REF.findall(data))), default=0)
            width = max([width] + [len(_CELL_ANY.findall(part)) for part in _ROW_END.split(data)])
        self.columns = max(self.columns, width)


def _check_sheet(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> None:
    """Refuse a sheet calamine would have to hold as millions of cells."""
    size = _SheetSize()
    tail = b""
    with archive.open(info) as stream:
        while chunk := stream.read(CHUNK):
            data = tail + chunk
            cut = data.rfind(b">") + 1
            data, tail = data[:cut], data[cut:]
            if len(tail) > 2**20:
                raise WorkbookError(path, f"a damaged workbook: the sheet “{name}” holds a tag over "
                                          "1 MB long")
            size.add(data)
            if max(size.rows, size.last_row) > MAX_ROWS:
                break
    rows = max(size.rows, size.last_row)
    if rows > MAX_ROWS:
        raise WorkbookError(path, f"the sheet “{name}” has more than {MAX_ROWS:,} rows (the most an import "
                                  "reads): probably empty rows formatted down to the end of the sheet — "
                                  "delete the rows below the table and save again")
    if rows * size.columns > MAX_CELLS:
        raise WorkbookError(path, f"the sheet “{name}” spans {size.columns:,} columns over {rows:,} rows, "
                                  "too many cells to import: delete the unused columns and save again")
