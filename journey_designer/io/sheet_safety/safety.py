"""Look at a workbook file before anything parses it, and refuse what is not safe to read.

Checked cheaply, in this order, each with a message naming what the file is: missing or
empty; an old .xls or an encrypted workbook (OLE boxes); not a zip; a damaged zip; an
OpenDocument or Word/PowerPoint file; a zip that is no workbook; Strict Open XML; a
binary .xlsb; a zip bomb (declared sizes and compression ratio); an XML bomb (any DTD);
missing sheets; two zip entries of one name. The sheets themselves are measured by
`measure_sheets` (sheet_scan: cells, rows, columns, shared-string amplification) or looked
at by `look_at_sheets` (well-formed? error values or formulas?), in the child process that
then reads them (isolated_read, sheet_read), never here in the program's own.

A sheet asked for may have several names (a workbook in English or Chinese): it is found
by the first of them the file has, exactly or ignoring case and outer spaces.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import zip_longest
from pathlib import Path

import defusedxml.ElementTree as SafeTree
from defusedxml import DefusedXmlException

from journey_designer import messages
from journey_designer.domain import ProjectFileError
from journey_designer.io.sheet_safety.sheet_scan import (
    IMPORT,
    Limits,
    SheetRefused,
    SheetScan,
    look,
    scan_sheet,
    shared_string_lengths,
)

MAX_FILE_BYTES = 256 * 2**20
MAX_ENTRIES = 10_000
MAX_TOTAL_BYTES = 512 * 2**20
MAX_PART_BYTES = 200 * 2**20
MAX_RATIO, RATIO_FROM = 200, 2**20  # deflate of real XML stays far below 200:1
MAX_META_BYTES = 16 * 2**20  # workbook.xml, rels, content types
CHUNK = 4 * 2**20
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
TRANSITIONAL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"


def _t(text: str) -> str:
    return messages.translate("Workbook", text)


def _save_as() -> str:
    return _t("open it in Excel or LibreOffice and save it as “Excel Workbook (.xlsx)”")


class WorkbookError(ProjectFileError):
    """A workbook that cannot be imported; the message says what the file is."""


class ReaderStopped(WorkbookError):
    """The reader's child process died (a signal, out of memory, an exit code). It may have met a
    bomb in a sheet it was let at before measuring: measured first, the sheet is refused with a
    message that says why (read_cells.read_grid)."""


Wanted = str | tuple[str, ...]  # a sheet's name, or every name it may have (the first is its key)


@dataclass
class Package:
    """What the checks learnt: each sheet's name -> zip entry, the date system, and the
    name in the file of each sheet asked for (by its key)."""

    path: Path
    sheets: dict[str, str] = field(default_factory=dict)
    date1904: bool = False
    found: dict[str, str] = field(default_factory=dict)
    shared_strings: str = ""  # the shared-strings part, when the workbook names one
    grids: dict[str, object] = field(default_factory=dict, repr=False, compare=False)  # read, not yet taken

    def name(self, key: str) -> str | None:
        """The name in the file of the sheet asked for as `key` (None: not there)."""
        return self.found.get(key)


def _names(wanted: Wanted) -> tuple[str, ...]:
    return (wanted,) if isinstance(wanted, str) else wanted


def find_sheet(sheets: Iterable[str], wanted: Wanted) -> str | None:
    """The sheet among `sheets` that has one of the `wanted` names: exactly, else ignoring case."""
    present = list(sheets)
    names = _names(wanted)
    for name in names:
        if name in present:
            return name
    folded: dict[str, str] = {}
    for sheet in present:
        folded.setdefault(sheet.strip().casefold(), sheet)
    return next((folded[n.strip().casefold()] for n in names if n.strip().casefold() in folded), None)


def inspect_workbook(path: str | Path, required: tuple[Wanted, ...],
                     optional: tuple[Wanted, ...] = ()) -> Package:
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
        raise WorkbookError(path, _t("a damaged zip package, not a readable workbook ({error})").format(
            error=exc)) from None


def _head(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(512)
    except FileNotFoundError:
        raise WorkbookError(path, _t("no such file")) from None
    except OSError as exc:
        raise WorkbookError(path, _t("cannot be read ({error})").format(error=exc.strerror or exc)) from None
    if size == 0:
        raise WorkbookError(path, _t("the file is empty (0 bytes), not a workbook"))
    if size > MAX_FILE_BYTES:
        raise WorkbookError(path, _t("{size} MB is too large for an action plan workbook (limit {limit} MB)")
                            .format(size=f"{size / 2**20:,.0f}", limit=MAX_FILE_BYTES // 2**20))
    return head


def _ole_kind(path: Path) -> str:
    """An OLE compound file: an encrypted .xlsx, or an Excel 97-2003 .xls."""
    with path.open("rb") as handle:
        data = handle.read(min(path.stat().st_size, 8 * 2**20))
    if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
        return _t("a password-protected (encrypted) workbook: remove the password in Excel "
                  "(File ▸ Info ▸ Protect Workbook ▸ Encrypt with Password) and save it again")
    return _t("a legacy Excel 97–2003 workbook (.xls), which is not supported: {fix}").format(fix=_save_as())


def _not_zip_kind(head: bytes) -> str:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<?xml", b"<html", b"<!doctype", b"<table")):
        return _t("an XML or HTML file, not an .xlsx workbook: {fix}").format(fix=_save_as())
    if head.startswith(b"PK"):
        return _t("a damaged zip package (truncated or corrupted), not a readable workbook")
    return _t("not an Excel workbook (.xlsx): the file is neither a zip package nor an old .xls file")


def _inspect_zip(path: Path, archive: zipfile.ZipFile, required: tuple[Wanted, ...],
                 optional: tuple[Wanted, ...]) -> Package:
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        raise WorkbookError(path, _t("a zip with {count} entries — not a workbook this program wrote").format(
            count=f"{len(entries):,}"))
    parts = _parts(path, entries)
    _check_sizes(path, entries)
    _check_kind(path, archive, parts)
    main = _main_part(path, archive, parts)
    package = Package(path)
    sheets = _sheets(path, archive, parts, main, package)
    for wanted in (*required, *optional):
        found = find_sheet(sheets, wanted)
        if found is not None:
            package.found[_names(wanted)[0]] = found
    missing = [_names(wanted) for wanted in required if _names(wanted)[0] not in package.found]
    if missing:
        listed = ", ".join(f"“{s}”" for s in sheets) or _t("none")
        others = (_t(" (or “{name}”)").format(name=other) for other in missing[0][1:])
        name = "".join([f"“{missing[0][0]}”", *others])
        raise WorkbookError(path, _t("missing sheet {name} — the sheets are: {sheets}; import a workbook "
                                     "exported by Journey Designer").format(name=name, sheets=listed))
    for info in entries:
        if info.filename.endswith((".xml", ".rels")):
            _check_prolog(path, archive, info)
    package.sheets = sheets
    return package


def _parts(path: Path, entries: list[zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
    """Entry name -> entry. Two entries of one name (or of names that differ only in case or
    slashes, which Open XML treats as one part) are refused: this check would read one of them
    and the reader perhaps the other."""
    parts: dict[str, zipfile.ZipInfo] = {}
    seen: dict[str, str] = {}
    for info in entries:
        name = info.filename.replace("\\", "/").lstrip("/")
        key = name.casefold()
        if key in seen:
            raise WorkbookError(path, _t("a damaged or tampered workbook: the zip holds “{part}” "
                                         "twice").format(
                part=name if name == seen[key] else f"{seen[key]}” / “{name}"))
        seen[key] = name
        parts[name] = info
    return parts


def _check_sizes(path: Path, entries: list[zipfile.ZipInfo]) -> None:
    total = sum(info.file_size for info in entries)
    if total > MAX_TOTAL_BYTES:
        raise WorkbookError(path, _t("a zip bomb: it would unpack to {size} MB (limit {limit} MB)").format(
            size=f"{total / 2**20:,.0f}", limit=MAX_TOTAL_BYTES // 2**20))
    for info in entries:
        ratio = info.file_size / max(1, info.compress_size)
        if info.file_size > MAX_PART_BYTES or (info.file_size > RATIO_FROM and ratio > MAX_RATIO):
            size = f"{info.file_size / 2**20:,.0f} MB"
            message = _t("a zip bomb: “{part}” unpacks to {size} ({ratio} times its packed size)")
            raise WorkbookError(path, message.format(part=info.filename, size=size, ratio=f"{ratio:,.0f}"))


def _check_kind(path: Path, archive: zipfile.ZipFile, parts: dict[str, zipfile.ZipInfo]) -> None:
    if "mimetype" in parts:
        kind = _read(path, archive, parts["mimetype"], 200)
        if kind.startswith(b"application/vnd.oasis.opendocument.spreadsheet"):
            raise WorkbookError(path, _t("an OpenDocument spreadsheet (.ods), not an .xlsx workbook: {fix}")
                                .format(fix=_save_as()))
        if kind.startswith(b"application/vnd.oasis.opendocument"):
            raise WorkbookError(path, _t("an OpenDocument file, not a workbook"))
    if "[Content_Types].xml" not in parts:
        raise WorkbookError(path, _t("a zip file, but not an Excel workbook (it has no "
                                     "[Content_Types].xml)"))
    types = _read(path, archive, parts["[Content_Types].xml"], MAX_META_BYTES)
    workbook = b"spreadsheetml.sheet.main" in types or b"sheet.macroEnabled.main" in types
    for marker, what in ((b"wordprocessingml", _t("a Word document, not an .xlsx workbook")),
                         (b"presentationml", _t("a PowerPoint presentation, not an .xlsx workbook")),
                         (b"sheet.binary",
                          _t("a binary Excel workbook (.xlsb), not an .xlsx workbook: {fix}"))):
        if marker in types and not workbook:
            raise WorkbookError(path, what.format(fix=_save_as()))


def _main_part(path: Path, archive: zipfile.ZipFile, parts: dict[str, zipfile.ZipInfo]) -> str:
    if "_rels/.rels" not in parts:
        raise WorkbookError(path, _t("a zip file, but not an Excel workbook (no package relationships)"))
    for kind, target, _ in _relationships(path, archive, parts["_rels/.rels"], ""):
        if kind == STRICT:
            raise WorkbookError(path, _t("a Strict Open XML workbook, which is not supported: open it in "
                                         "Excel and save it as “Excel Workbook (.xlsx)”, not “Strict Open "
                                         "XML”"))
        if kind == TRANSITIONAL:
            if target not in parts:
                raise WorkbookError(path, _t("a damaged workbook: its main part “{part}” is missing").format(
                    part=target))
            return target
    raise WorkbookError(path, _t("a zip package, but not an Excel workbook (no workbook part)"))


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
        relationships = _relationships(path, archive, parts[rels_name], folder)
        targets = {rel: target for _, target, rel in relationships}
        package.shared_strings = next(
            (t for kind, t, _ in relationships if kind.endswith("/sharedStrings")), "")
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
        raise WorkbookError(path, _t("“{part}” is {size} MB, far larger than in any workbook").format(
            part=info.filename, size=f"{info.file_size / 2**20:,.0f}"))
    with archive.open(info) as stream:
        return stream.read(limit + 1)[:limit]


def _parse(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo):  # type: ignore[no-untyped-def]
    data = _read(path, archive, info, MAX_META_BYTES)
    try:
        return SafeTree.fromstring(data)
    except DefusedXmlException:
        raise WorkbookError(path, _t("an XML bomb: “{part}” declares entities (a DTD)").format(
            part=info.filename)) from None
    except SafeTree.ParseError as exc:
        raise WorkbookError(path, _t("a damaged workbook: “{part}” is not well-formed XML ({error})").format(
            part=info.filename, error=exc)) from None


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
        raise WorkbookError(path, _t("an XML bomb: “{part}” declares entities (a DTD)").format(
            part=info.filename))
    if root is None and len(head) >= 2**20:
        raise WorkbookError(path, _t("a damaged workbook: “{part}” has no content in its first MB").format(
            part=info.filename))


def measure_sheets(package: Package, names: list[str], limits: Limits = IMPORT,
                   refused: dict[str, str] | None = None) -> dict[str, SheetScan]:
    """Measure each sheet of `names` (sheet_scan); raise WorkbookError naming the first sheet
    that is too large or not well-formed — or, given `refused`, note there why each such
    sheet is refused and go on. Run where a memory limit holds (isolated_read)."""
    path = package.path
    try:
        with zipfile.ZipFile(path) as archive:
            parts = {info.filename.replace("\\", "/").lstrip("/"): info for info in archive.infolist()}
            strings = array("q")
            candidates = (package.shared_strings, "xl/sharedStrings.xml")
            for strings_part in dict.fromkeys(p for p in candidates if p in parts):
                with archive.open(parts[strings_part]) as stream:
                    found = shared_string_lengths(stream, strings_part)
                strings = array("q", map(max, zip_longest(strings, found, fillvalue=0)))
            scans = {}
            for name in names:
                part = package.sheets.get(name)
                if part is None or part not in parts:
                    continue
                try:
                    with archive.open(parts[part]) as stream:
                        scans[name] = scan_sheet(stream, name, limits, strings, part)
                except SheetRefused as exc:
                    if refused is None:
                        raise
                    refused[name] = str(exc)
            return scans
    except SheetRefused as exc:
        raise WorkbookError(path, str(exc)) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, ValueError) as exc:
        raise WorkbookError(path, _t("a damaged zip package, not a readable workbook ({error})").format(
            error=exc)) from None


def look_at_sheets(package: Package, names: list[str], refused: dict[str, str]) -> set[str]:
    """The sheets of `names` that may hold error values or formulas, to be measured before they
    are read (sheet_scan.look); a sheet that is not well-formed XML is noted in `refused`, why."""
    path = package.path
    suspects = set()
    try:
        with zipfile.ZipFile(path) as archive:
            parts = {info.filename.replace("\\", "/").lstrip("/"): info for info in archive.infolist()}
            for name in names:
                part = package.sheets.get(name)
                if part is None or part not in parts:
                    continue
                try:
                    with archive.open(parts[part]) as stream:
                        if look(stream, part):
                            suspects.add(name)
                except SheetRefused as exc:
                    refused[name] = str(exc)
            return suspects
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, ValueError) as exc:
        raise WorkbookError(path, _t("a damaged zip package, not a readable workbook ({error})").format(
            error=exc)) from None
