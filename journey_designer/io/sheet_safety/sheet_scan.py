"""Measure a sheet's XML with a streaming parser before a reader builds it in memory.

A byte search for `<row r="` is fooled by single quotes, a tab or newline after the tag
name, or a prefix; python-calamine then allocates the whole rectangle up to the farthest
cell (a 365 KB file asked it for 550 GB and aborted the process), or copies one long
shared string into every cell that shows it (1,000,000 characters × 20,000 cells). So the
sheet is parsed here (expat: no DTD, no entities, no network; prefixes ignored as the
reader ignores them), streaming in bounded memory, and measured as the reader sees it:

- the cells that hold something (a child: a value, a formula or inline text). A `<c/>`
  with only a style is nothing, nor is an empty `<row r="1048576"/>` (LibreOffice Calc
  writes one after a row deletion): calamine keeps neither, so neither counts;
- the last row and column holding such a cell (the reader's rectangle starts at A1);
- the characters of shared strings the cells show (each reference counts the string's
  whole length: that is the amplification);
- cells whose value the reader would silently empty: an error value (#DIV/0!, #N/A...)
  or a formula without a saved value. They become `faults` ((row, column) -> reason).

The declared `<dimension>` is recorded but neither trusted nor refused: calamine does not
allocate from it (a declared A1:XFD1048576 reads in microseconds), and Excel declares
whole formatted columns. Expat with a small handler: lxml with a Python step per cell
took 4.8 s on a 50,000-row Action Plan, XPath over batches of rows longer still. No Qt.
"""

from __future__ import annotations

import pyexpat
import re
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO, NoReturn

from journey_designer import messages

MAX_FAULTS = 100_000
CHUNK = 1 << 20
_DIGITS = "0123456789"
_REFS = re.compile(r"[A-Za-z]{1,7}[0-9]{1,20}(?: [A-Za-z]{1,7}[0-9]{1,20})*")
_ROWS = re.compile(r"[0-9]+")
_COLS = re.compile(r"[A-Za-z]+")
_CONTENT = frozenset(("v", "f", "is"))
_PLAIN = frozenset(("str", "inlineStr", "n", "b"))


def _t(text: str) -> str:
    return messages.translate("Workbook", text)


@dataclass(frozen=True)
class Limits:
    """The most a sheet may hold for one kind of reading."""

    rows: int
    cells: int  # cells holding something, and the rectangle from A1 to the last one
    text: int  # characters of shared strings shown by the cells


IMPORT = Limits(rows=100_000, cells=6_000_000, text=100_000_000)
CUSTOMER_DATA = Limits(rows=1_048_576, cells=8_000_000, text=200_000_000)


class SheetRefused(ValueError):
    """The sheet is too large, or not XML this program reads; the message names it."""


@dataclass
class SheetScan:
    cells: int = 0
    last_row: int = 0
    last_column: int = 0
    text: int = 0
    dimension: str = ""
    faults: dict[tuple[int, int], tuple[str, str]] = field(default_factory=dict)  # (row, col): (shown, why)


_COLUMNS: dict[str, int] = {}


def column_index(letters: str) -> int:
    """1 for 'A', 27 for 'AA' (0 for no letters; anything but letters counts as far away)."""
    found = _COLUMNS.get(letters)
    if found is None:
        found = 0
        for ch in letters.upper():
            found = found * 26 + (ord(ch) - 64 if "A" <= ch <= "Z" else 10**6)
        if len(_COLUMNS) < 20_000:
            _COLUMNS[letters] = found
    return found


def column_name(index: int) -> str:
    """'A' for 1, 'AA' for 27."""
    letters = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters or "A"


def _parser(what: str) -> pyexpat.XMLParserType:
    """An expat parser that refuses any DTD (entities are how XML bombs grow)."""
    parser = pyexpat.ParserCreate()
    parser.buffer_text = True
    parser.ordered_attributes = False
    parser.SetParamEntityParsing(pyexpat.XML_PARAM_ENTITY_PARSING_NEVER)

    def refuse(*_: object) -> NoReturn:
        raise SheetRefused(_t(
                "an XML bomb: “{part}” declares entities (a DTD)").format(part=what))
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    return parser


def _feed(parser: pyexpat.XMLParserType, stream: IO[bytes], what: str,
          each: Callable[[bytes], object] | None = None) -> None:
    try:
        while chunk := stream.read(CHUNK):
            parser.Parse(chunk, False)
            if each is not None:
                each(chunk)
        parser.Parse(b"", True)
    except pyexpat.ExpatError as exc:
        raise SheetRefused(_t(
                "a damaged workbook: “{part}” is not well-formed XML ({error})").format(
            part=what, error=exc)) from None


def shared_string_lengths(stream: IO[bytes], part: str = "xl/sharedStrings.xml") -> array:
    """The length in characters of each shared string (the text of all its runs), in order."""
    lengths = array("q")
    total = 0

    def text(data: str) -> None:
        nonlocal total
        total += len(data)

    starts = 0

    def count(name: str, attrs: dict[str, str]) -> None:
        nonlocal starts, total
        if name == "si" or name.endswith(":si"):
            if starts:
                lengths.append(total)
            starts += 1
            total = 0
    parser = _parser(part)
    parser.StartElementHandler = count
    parser.CharacterDataHandler = text
    _feed(parser, stream, part)
    if starts:
        lengths.append(total)
    return lengths


_FORMULA = re.compile(rb"<f[\s/>]")  # searched for by their first two bytes: as fast as bytes.find
_PREFIXED_FORMULA = re.compile(rb":f[\s/>]")


def look(stream: IO[bytes], part: str) -> bool:
    """A quick look at a sheet that the reader is to read before it is measured (see
    sheet_read.read_sheets): its XML must be well-formed and without a DTD (expat, without a
    Python step per element: SheetRefused otherwise). True when the sheet may hold an error
    value or a formula — an element named f, with or without a prefix, or an attribute value
    "e" in either quotes (bytes that text can also hold: then the sheet is only measured for
    nothing) —, which the reader would empty silently: such a sheet is measured first, which
    finds them. A kind written as a character reference (t="&#101;") needs no look: the
    reader refuses the sheet."""
    parser = _parser(part)
    suspect = False
    tail = b""

    def search(chunk: bytes) -> None:
        nonlocal suspect, tail
        if not suspect:
            for window in (tail + chunk[:2], chunk):  # the three bytes across the seam, then the chunk
                suspect = suspect or (b'"e"' in window or b"'e'" in window or _FORMULA.search(window)
                                      is not None or _PREFIXED_FORMULA.search(window) is not None)
            tail = (tail + chunk)[-2:] if len(chunk) < 2 else chunk[-2:]
    _feed(parser, stream, part, search)
    return suspect


def scan_sheet(stream: IO[bytes], name: str, limits: Limits, strings: array | None = None,
               part: str = "") -> SheetScan:
    """Measure the sheet `name` (zip entry `part`) read from `stream`; raise SheetRefused past
    `limits` or for XML that is not well-formed."""
    scan = SheetScan()
    scanner = _Scanner(scan, name, limits, strings if strings is not None else array("q"))
    parser = _parser(part or name)
    parser.StartElementHandler = scanner.start
    scanner.parser = parser
    _feed(parser, stream, part or name)
    scanner.finish()
    scanner.check()
    return scan


class _Scanner:
    """Expat's start-element handler, kept small: it runs for every element. Without end
    events (half the calls) a cell's first child marks it as holding something; the
    references of such cells are collected and measured a row at a time (in C: one join,
    one regular expression); errors, formulas and shared strings are looked at when the
    next element starts."""

    def __init__(self, scan: SheetScan, name: str, limits: Limits, strings: array) -> None:
        self.scan, self.name, self.limits, self.strings = scan, name, limits, strings
        self.parser: pyexpat.XMLParserType | None = None
        self.row = 0
        self.refs: list[str] = []  # references of the cells holding something, since the last measure
        self.cell: dict[str, str] | None = None  # the open cell's attributes, until its first child
        self.previous = ""  # the reference of the cell before (for a cell without one)
        self.special: tuple[str, str | None, bool] | None = None  # (reference, t, formula) to look at
        self.value: list[str] = []
        self.formula_text: list[str] = []
        self.capturing = False
        self.busy = False  # capturing or special

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if ":" in tag:
            tag = tag[tag.index(":") + 1:]
        if self.busy:  # capturing text, or a cell being looked at: rare, kept off the common path
            self._busy(tag)
        if tag == "c":
            if self.cell is not None:  # the cell before ended empty; the reader still counts its place
                self.previous = self.cell.get("r") or self._place()
            self.cell = attrs
            return
        cell = self.cell
        if cell is not None:
            self.cell = None
            ref = cell.get("r") or self._place()
            self.previous = ref  # a cell without a reference goes after this one, empty or not
            if tag in _CONTENT:  # the first value, formula or text of a cell: it holds something
                self.refs.append(ref)
                kind = cell.get("t")
                if kind is not None and kind not in _PLAIN or tag == "f":
                    self.special = (ref, kind, tag == "f")
                    self.busy = True
                    self._child(tag)
                return
            # otherwise the cell ended empty, and this element (a row, say) is no content of it
        if tag == "row":
            number = attrs.get("r", "")
            self.row = int(number) if number.isdigit() and len(number) < 12 else self.row + 1
            self.previous = ""
            if self.refs:
                self.measure()
        elif self.special is not None:
            self._child(tag)
        elif tag == "dimension":
            self.scan.dimension = attrs.get("ref", "")[:40]

    def _busy(self, tag: str) -> None:
        if self.capturing:
            self.capturing = False
            self.parser.CharacterDataHandler = None  # type: ignore[union-attr]
        if self.special is not None and tag not in ("v", "f"):
            self._look()
        self.busy = self.special is not None

    def _place(self) -> str:
        """The reference of a cell without one: the one after the cell before it in the row."""
        letters = self.previous.rstrip(_DIGITS)
        return f"{column_name(column_index(letters) + 1)}{self.row}"

    def _child(self, tag: str) -> None:
        """A child of a cell being looked at: capture the text of its value or formula."""
        if tag == "f":
            ref, kind, _ = self.special  # type: ignore[misc]
            self.special = (ref, kind, True)
            into = self.formula_text
        elif tag == "v":
            into = self.value
        else:
            return
        into.clear()
        self.capturing = True
        self.parser.CharacterDataHandler = into.append  # type: ignore[union-attr]

    def _look(self) -> None:
        """The cell looked at is complete: a shared string, an error or a formula."""
        (ref, kind, formula), self.special = self.special, None  # type: ignore[misc]
        value = "".join(self.value).strip()
        self.value.clear()
        if kind == "s":
            if value.isdigit() and int(value) < len(self.strings):
                self.scan.text += self.strings[int(value)]
            return
        letters = ref.rstrip(_DIGITS)
        digits = ref[len(letters):]
        if not letters or not digits or len(digits) > 9:
            return  # a cell the reader cannot place either
        at = (int(digits), column_index(letters))
        if kind == "e":
            self._fault(at, value[:20] or "#VALUE!", _error_reason(value, formula))
        elif formula and not value:
            shown = "=" + "".join(self.formula_text).strip()[:60]
            reason = _t("the formula {formula} has no saved value: open the workbook in Excel or "
                        "LibreOffice and save it again").format(formula=shown)
            self._fault(at, shown, reason)

    def finish(self) -> None:
        if self.special is not None:
            self._look()
        self.measure()

    def measure(self) -> None:
        """Count the collected cells and move the last row and column on."""
        refs, self.refs = self.refs, []
        scan = self.scan
        if refs:
            joined = " ".join(refs)
            if _REFS.fullmatch(joined):
                digits = _ROWS.findall(joined)
                if max(map(len, digits)) > 11:
                    scan.last_row = max(scan.last_row, 10**12)
                else:
                    scan.last_row = max(scan.last_row, *map(int, digits))
                scan.last_column = max(scan.last_column, *map(column_index, set(_COLS.findall(joined))))
            else:  # a reference that is not LETTERS+DIGITS: the reader's guess; count it far away
                scan.last_row = max(scan.last_row, self.row)
                scan.last_column = max(scan.last_column, 16_385)
            scan.cells += len(refs)
        self.check()

    def _fault(self, at: tuple[int, int], shown: str, reason: str) -> None:
        faults = self.scan.faults
        if len(faults) >= MAX_FAULTS:
            raise SheetRefused(_t(
                "the sheet “{sheet}” has more than {count} cells holding errors or formulas "
                "without a saved value").format(sheet=self.name, count=f"{MAX_FAULTS:,}"))
        faults[at] = (shown, reason)

    def check(self) -> None:
        check(self.scan, self.name, self.limits)


def check(scan: SheetScan, name: str, limits: Limits) -> None:
    """Raise SheetRefused naming the sheet `name` when `scan` is past `limits`."""
    if scan.last_row > limits.rows:
        raise SheetRefused(_t(
            "the sheet “{sheet}” has more than {rows} rows (a cell in row {row}): delete "
            "the rows below the table and save again").format(
            sheet=name, rows=f"{limits.rows:,}", row=f"{scan.last_row:,}"))
    if scan.cells > limits.cells:
        raise SheetRefused(_t(
            "the sheet “{sheet}” has more than {cells} cells, too many to import").format(
            sheet=name, cells=f"{limits.cells:,}"))
    if scan.text > limits.text:
        raise SheetRefused(_t(
            "the sheet “{sheet}” would show more than {chars} million characters of text "
            "(a long shared string repeated in many cells), too much to import").format(
            sheet=name, chars=f"{limits.text // 1_000_000:,}"))
    if scan.last_column > 16_384 or scan.last_row * scan.last_column > limits.cells:
        raise SheetRefused(_t(
            "the sheet “{sheet}” spans {columns} columns over {rows} rows, too many cells "
            "to import: delete the unused columns and save again").format(
            sheet=name, columns=f"{scan.last_column:,}", rows=f"{scan.last_row:,}"))


def _error_reason(error: str, formula: bool) -> str:
    error = error[:20] or "#VALUE!"
    if formula:
        return _t("the formula has no value ({error})").format(error=error)
    return _t("the cell holds the error {error}").format(error=error)

