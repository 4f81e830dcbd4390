"""Reading cells back: the sheet as a grid (python-calamine), and typed values from cells.

A cell is compared with what the export would write (`same`) before it is parsed, so
only edited cells go through the parsers below. They accept what people type in Excel
or LibreOffice: dates as text (2026-03-01, 2026/3/1, 2026年3月1日, 01.03.2026 when the day
is unambiguous), numbers as text (1,200 / 12,5 / ￥12), full-width digits, Chinese words
for choices. Each parser raises CellError with a reason a planner understands, in the
interface's language (messages.py, context "Workbook").
"""

from __future__ import annotations

import math
import re
import unicodedata
import zipfile
from datetime import date, datetime, timedelta
from typing import Any

from journey_designer import messages
from journey_designer.io.sheet_safety import isolated_read
from journey_designer.io.sheet_safety.safety import Package, ReaderStopped, WorkbookError
from journey_designer.io.sheet_safety.sheet_read import CellFault, Refused
from journey_designer.io.workbook.layout import CHOICES, SPLIT, Names, kind_word, number_text
from journey_designer.io.workbook.words import join_names, workbook_words
from journey_designer.io.workbook.xml_rows import clean_text

Cell = Any
_YMD = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
                  r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_THOUSANDS = re.compile(r"^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$")
_DECIMAL_COMMA = re.compile(r"^[-+]?\d+,\d+$")
_TRUE = {"yes", "y", "true", "1", "x", "✓", "✔", "是", "对"}
_FALSE = {"", "no", "n", "false", "0", "-", "否", "不是"}


def _t(text: str) -> str:
    return messages.translate("Workbook", text)


class CellError(ValueError):
    """A cell that cannot be read as what its column holds; the message is the reason."""


def _not(value: Cell, what: str) -> CellError:
    return CellError(_t("{value} is not {what}").format(value=_show(value), what=what))


MAX_NUMBER = 1e15  # beyond it a number is no count, amount or value a plan holds (and 2**53 is exact)
PREFETCH_BYTES = 4 * 2**20  # sheets this small are read with the first one asked for


def read_grid(package: Package, sheet: str) -> list[list[Cell]]:
    """The sheet's cells from A1, rows of equal length, faulty cells as CellFault.

    Read in a child process with a memory limit (isolated_read): first quickly (each sheet
    looked at, read, then held to the limits: sheet_read.read_sheets); if that child dies — a
    bomb met unmeasured — again, measuring each sheet before reading it (safety.
    measure_sheets), which refuses the bomb saying why. The first call also reads the sheets
    asked for at inspection and every small sheet, in the same child, for the calls that follow."""
    if sheet not in package.grids:
        names = [sheet, *(s for s in _prefetch(package) if s != sheet and s not in package.grids)]
        target = "journey_designer.io.sheet_safety.sheet_read:read_sheets"
        try:
            grids = isolated_read.run_isolated(target, package, names, False, path=package.path, spawn=True)
        except ReaderStopped:
            grids = isolated_read.run_isolated(target, package, names, True, path=package.path)
        package.grids.update(grids)
    found = package.grids.pop(sheet)
    if isinstance(found, Refused):
        raise WorkbookError(package.path, found.problem)
    return found  # type: ignore[return-value]


def _prefetch(package: Package) -> list[str]:
    small = []
    try:
        with zipfile.ZipFile(package.path) as archive:
            sizes = {info.filename.replace("\\", "/").lstrip("/"): info.file_size
                     for info in archive.infolist()}
        small = [name for name, part in package.sheets.items()
                 if sizes.get(part, PREFETCH_BYTES) < PREFETCH_BYTES]
    except (OSError, zipfile.BadZipFile):
        pass
    return list(dict.fromkeys([*package.found.values(), *small]))


def is_empty(value: Cell) -> bool:
    return value is None or (isinstance(value, str) and value == "")


def same(expected: Cell, got: Cell) -> bool:
    """Does the cell still hold what the export wrote for `expected`?"""
    if is_empty(expected):
        return is_empty(got)
    if isinstance(expected, str):
        return isinstance(got, str) and got == clean_text(expected)
    if isinstance(expected, int | float) and not isinstance(expected, bool):
        return isinstance(got, int | float) and not isinstance(got, bool) and float(got) == float(expected)
    if isinstance(expected, date):
        if isinstance(got, datetime):
            got = got.date() if got.time() == datetime.min.time() else got
        return isinstance(got, date) and not isinstance(got, datetime) and got == expected
    return bool(expected == got)


def _plain(value: str) -> str:
    return unicodedata.normalize("NFKC", value).replace("\u00a0", " ").strip()


def check_fault(value: Cell) -> Cell:
    """`value`, unless the reader emptied the cell (an error value, a formula without a saved
    value): then CellError naming why. The typed parsers call it; a text field calls it before
    parse_text, which itself takes such a cell as the text it shows."""
    if isinstance(value, CellFault):
        raise CellError(value.reason)
    return value


_fault = check_fault


def parse_text(value: Cell) -> str:
    """Text as typed (outer spaces dropped); numbers and dates typed in a text column as text."""
    if is_empty(value):
        return ""
    if isinstance(value, str):
        return value.replace("\r\n", "\n").strip()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return number_text(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def parse_lines(value: Cell) -> list[str]:
    """One item per line; blank lines dropped."""
    return [line.strip() for line in parse_text(value).split("\n") if line.strip()]


def parse_number(value: Cell, what: str | None = None) -> float | None:
    """A finite number, from a number cell or text like '1,200', '12,5', '￥12'; `what` names
    what is expected in the message ("a number" when None)."""
    what = what or _t("a number")
    _fault(value)
    if is_empty(value):
        return None
    if isinstance(value, bool) or isinstance(value, date):
        raise _not(value, what)
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = _plain(str(value)).replace(" ", "").replace("'", "").lstrip("¥$€£").rstrip("%")
        if _THOUSANDS.match(text):
            text = text.replace(",", "")
        elif _DECIMAL_COMMA.match(text):
            text = text.replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            raise _not(value, what) from None
    if not math.isfinite(number) or abs(number) > MAX_NUMBER:
        raise _not(value, what)
    return number


def parse_whole(value: Cell, what: str | None = None) -> int | None:
    what = what or _t("a whole number")
    number = parse_number(value, what)
    if number is None:
        return None
    if not number.is_integer():
        raise _not(value, what)
    return int(number)


def as_model_number(number: float | None) -> float | int | None:
    """3.0 -> 3 (JSON shows 'days: 3'), 2.5 stays."""
    return int(number) if number is not None and number.is_integer() and abs(number) < 2**53 else number


def parse_date(value: Cell, date1904: bool = False) -> str | None:
    """An ISO date from a date cell, a date serial number or a date typed as text."""
    _fault(value)
    if is_empty(value):
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _serial(value, date1904)
    if not isinstance(value, str):
        raise CellError(_t("{value} is not a date").format(value=_show(value)))
    return _date_text(_plain(value))


def _serial(value: float, date1904: bool) -> str:
    epoch = date(1904, 1, 1) if date1904 else date(1899, 12, 30)
    last = (date.max - epoch).days  # 9999-12-31: 2,958,465 (1900 system), 2,957,003 (1904 system)
    if not (math.isfinite(value) and 1 <= value < last + 1):
        raise CellError(_t("{value} is not a date — write it as YYYY-MM-DD").format(value=_show(value)))
    return (epoch + timedelta(days=int(value))).isoformat()


def _date_text(text: str) -> str:
    found = _YMD.match(text) or _COMPACT.match(text)
    if found:
        year, month, day = (int(g) for g in found.groups()[:3])
    elif found := _DMY.match(text):
        first, second, year = (int(g) for g in found.groups())
        if first > 12 >= second or first == second:
            day, month = first, second
        elif second > 12 >= first:
            month, day = first, second
        else:
            raise CellError(_t('"{text}" is ambiguous (day/month or month/day?) — write it as YYYY-MM-DD')
                            .format(text=text))
    else:
        raise CellError(_t('"{text}" is not a date — write it as YYYY-MM-DD').format(text=text))
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        raise CellError(_t('"{text}" is not a real calendar date').format(text=text)) from None


def parse_choice(value: Cell, key: str, label: str) -> str | None:
    """One of a fixed set of words (English or Chinese), ignoring case; None when empty.
    `label` names the field in the message; the known words are listed in the interface's
    language."""
    _fault(value)
    text = parse_text(value)
    if not text:
        return None
    found = CHOICES[key].get(_plain(text).casefold())
    if found is None:
        words = workbook_words(messages.language())
        known = join_names(words.choice(key, v) for v in dict.fromkeys(CHOICES[key].values()))
        raise CellError(_t('unknown {field} "{text}" — known: {known}').format(field=label, text=text,
                                                                                known=known))
    return found


def parse_bool(value: Cell, label: str) -> bool:
    _fault(value)
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    text = _plain(parse_text(value)).casefold()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise CellError(_t('{field}: "{text}" is not yes or no').format(field=label, text=parse_text(value)))


def parse_names(value: Cell, names: Names) -> list[str]:
    """Ids of the objects named in one cell, separated by commas (or 、；; and line breaks)."""
    _fault(value)
    ids: list[str] = []
    for token in SPLIT.split(parse_text(value)):
        token = token.strip()
        if not token:
            continue
        found = names.resolve(token)
        if found is None:
            raise CellError(names.problem(token))
        if found not in ids:
            ids.append(found)
    return ids


def parse_name(value: Cell, names: Names) -> str:
    _fault(value)
    text = parse_text(value)
    if not text:
        raise CellError(_t("no {kind} is given — known: {known}").format(kind=kind_word(names.kind),
                                                                          known=names.known()))
    found = names.resolve(text)
    if found is None:
        raise CellError(names.problem(text))
    return found


def _show(value: Cell) -> str:
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, float):
        return number_text(value)
    return str(value)
