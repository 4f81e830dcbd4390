"""The files a customer-data read takes in, as tables of rows: CSV and whitespace text
(encoding and delimiter guessed), and workbooks read in an isolated child process.

Finding the header and cleaning the rows is the package's business (customer_data)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from os import PathLike
from pathlib import Path
from typing import Any

from journey_designer import messages
from journey_designer.domain.errors import ProjectFileError

HEADER_SEARCH_ROWS = 20  # a header may sit under a few title rows
WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"}
TABLE_SUFFIXES = {".csv", ".txt", ".tsv", *WORKBOOK_SUFFIXES}
_ZIP, _OLE = b"PK\x03\x04", b"\xd0\xcf\x11\xe0"


def _t(text: str) -> str:
    return messages.translate("Transactions", text)


def _unprotect() -> str:
    return _t(": save an unprotected copy from Excel and read that")


@dataclass
class Table:
    path: Path
    rows: list[list]  # non-blank rows, header included
    lines: list[int]  # the 1-based row (line) number in the file of each entry of `rows`
    decimal_comma: bool = False
    sheet: str | None = None

    def at(self, line: int) -> str:
        if self.sheet is not None:
            return _t("sheet {sheet}, row {row}").format(sheet=repr(self.sheet), row=line)
        return _t("row {row}").format(row=line)


def expand(paths: str | PathLike | Sequence[str | PathLike]) -> list[Path]:
    """The files to read; a folder stands for the tables in it (.csv, .txt, .xlsx...)."""
    given = [Path(paths)] if isinstance(paths, str | PathLike) else [Path(p) for p in paths]
    files = []
    for path in given:
        inside = sorted(p for p in path.iterdir() if p.suffix.lower() in TABLE_SUFFIXES) \
            if path.is_dir() else [path]
        if not inside:
            raise ProjectFileError(path, _t("the folder has no .csv, .txt or workbook files"))
        files.extend(inside)
    if not files:
        raise ProjectFileError("", _t("no transaction file given"))
    return files


def load_tables(path: Path, sheet: str | None) -> Iterator[Table]:
    try:
        with path.open("rb") as f:
            magic = f.read(8)
    except OSError as e:
        raise ProjectFileError(path, _t("cannot open the file: {reason}").format(
            reason=e.strerror or e)) from e
    if magic[:4] in (_ZIP, _OLE) or path.suffix.lower() in WORKBOOK_SUFFIXES:
        # by content too: a workbook named .csv. Read in a child process with a memory limit:
        # a hostile workbook can abort the reader (python-calamine) or grow it to gigabytes.
        from journey_designer.io.sheet_safety.isolated_read import run_isolated

        yield from run_isolated("journey_designer.io.customer_data.tables:workbook_tables",
                                path, sheet, magic[:4], path=path)
    else:
        yield text_table(path)


def workbook_tables(path: Path, sheet: str | None, magic: bytes) -> list[Table]:
    """Every sheet (or `sheet`) of the workbook as a table, its .xlsx sheets measured first
    (io.sheet_safety.safety.measure_sheets: far cells, shared-string amplification). For the isolated
    child (see load_tables)."""
    if magic == _ZIP and path.suffix.lower() not in (".ods", ".xlsb"):
        from journey_designer.io.sheet_safety.safety import inspect_workbook, measure_sheets
        from journey_designer.io.sheet_safety.sheet_scan import CUSTOMER_DATA

        package = inspect_workbook(path, required=())
        measure_sheets(package, list(package.sheets) if sheet is None else [sheet], CUSTOMER_DATA)
    return list(_workbook_tables(path, sheet, magic))


def _workbook_tables(path: Path, sheet: str | None, magic: bytes) -> Iterator[Table]:
    import python_calamine as pc

    try:
        if path.suffix.lower() in WORKBOOK_SUFFIXES:
            book = pc.CalamineWorkbook.from_path(str(path))
        else:  # calamine goes by the name; from a file object it looks at the content
            with path.open("rb") as f:
                book = pc.CalamineWorkbook.from_filelike(f)
        with book:
            yield from _sheets(path, book, sheet)
    except pc.PasswordError as e:
        problem = _t("the workbook is password-protected (encrypted)")
        raise ProjectFileError(path, problem + _unprotect()) from e
    except pc.CalamineError as e:
        if magic == _OLE and "detect" in str(e):  # an encrypted .xlsx is an OLE box calamine can't place
            problem = _t("a password-protected (encrypted) or damaged workbook")
            raise ProjectFileError(path, problem + _unprotect()) from e
        raise ProjectFileError(path, _t("not a readable workbook (damaged, empty or not an Excel "
                                        "file): {reason}").format(reason=e)) from e
    except (KeyboardInterrupt, SystemExit, GeneratorExit, ProjectFileError):
        raise
    except BaseException as e:  # noqa: BLE001 - a Rust panic in the reader (a BaseException)
        raise ProjectFileError(path, _t("a cell the workbook reader cannot handle ({reason})").format(
            reason=str(e)[:80])) from None


def _sheets(path: Path, book: Any, sheet: str | None) -> Iterator[Table]:
    if sheet is not None and sheet not in book.sheet_names:
        raise ProjectFileError(path, _t("no sheet {sheet}; the sheets are {sheets}").format(
            sheet=repr(sheet), sheets=book.sheet_names))
    for name in [sheet] if sheet is not None else book.sheet_names:
        data = book.get_sheet_by_name(name)
        values, first = data.to_python(skip_empty_area=True), (data.start or (0, 0))[0] + 1
        lines = [n for n, row in enumerate(values, first) if any(c != "" for c in row)]
        yield Table(path, [values[n - first] for n in lines], lines, sheet=name)


def text_table(path: Path) -> Table:
    raw = path.read_bytes()
    if b"\x00" in raw[:4096]:
        raise ProjectFileError(path, _t("not a text table: the file has binary content"))
    text = next(t for t in (_decode(raw, e) for e in ("utf-8-sig", "gb18030", "latin-1")) if t is not None)
    physical = text.splitlines()
    sample = [line for line in physical[:HEADER_SEARCH_ROWS] if line.strip()]
    counts = {d: sum(line.count(d) for line in sample) for d in ",;\t|"}
    delimiter = max(counts, key=counts.__getitem__)
    if counts[delimiter] == 0:  # whitespace separated, like CDNOW_master.txt
        rows = [line.split() for line in physical]
        lines = [n for n, row in enumerate(rows, 1) if row]
        return Table(path, [r for r in rows if r] if len(lines) < len(rows) else rows, lines)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows, lines = [], []
    try:
        for row in reader:
            if any(row):
                rows.append(row)
                lines.append(reader.line_num)
    except csv.Error as e:
        raise ProjectFileError(path, _t("row {row}: not valid CSV: {reason}").format(
            row=reader.line_num, reason=e)) from e
    return Table(path, rows, lines, decimal_comma=delimiter == ";")


def _decode(raw: bytes, encoding: str) -> str | None:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        return None
