"""The child side of reading a workbook's sheets (see read_cells.read_grid): read each sheet
with python-calamine, measured first (safety.measure_sheets) or only looked at, and put
a CellFault where the reader emptied an error value or a formula without a saved value.

Two ways, for speed: measuring parses every element in Python (2 s for the 50,000-row Action
Plan); a look (sheet_scan.look: well-formed, no DTD, any error value or formula?) runs at C
speed while the reader reads, and the grid is held to the same limits — rows, columns and
cells as the reader placed them, so nothing is guessed. A bomb that the reader meets unmeasured
can only kill this child (its memory is limited): the caller then reads measured, which
refuses the sheet saying why. A sheet that may hold an error value or a formula, that the
reader refuses, or that shows too much text, is measured anyway.

Kept light on imports (no openpyxl, no project store): it is imported in a fresh child
process for every workbook read, where start-up time is the user's waiting time. No Qt.
"""

from __future__ import annotations

import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from itertools import repeat
from typing import Any

from journey_designer import messages
from journey_designer.io.sheet_safety.safety import Package, WorkbookError, look_at_sheets, measure_sheets
from journey_designer.io.sheet_safety.sheet_scan import IMPORT, SheetRefused, SheetScan, check

Cell = Any


def _t(text: str) -> str:
    return messages.translate("Workbook", text)


class CellFault(str):
    """A cell the reader would have emptied: an error value or a formula without a saved
    value. As text it is what the cell shows ("#DIV/0!", or the formula), so code that only
    looks at text sees it, never an empty cell; the typed parsers and the Action Plan's fields
    raise CellError with `reason` for it (read_cells.check_fault)."""

    reason: str

    def __new__(cls, shown: str, reason: str) -> CellFault:
        fault = super().__new__(cls, shown)
        fault.reason = reason
        return fault

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        return CellFault, (str(self), self.reason)


@dataclass(frozen=True)
class Refused:
    """A sheet that could not be read, as the child sends it back (exceptions do not pickle)."""

    problem: str


def read_sheets(package: Package, names: list[str], measure: bool = True
                ) -> dict[str, list[list[Cell]] | Refused]:
    """Each sheet of `names` read (python-calamine) — measured first, or with `measure` False
    looked at while the reader reads (the reader lets go of the interpreter lock: on two cores
    both run at once) and held to the limits after —; a sheet that cannot be read maps to its
    Refused. Meant for the isolated child: see read_grid."""
    refused: dict[str, str] = {}
    strings = False
    if measure:
        scans = measure_sheets(package, names, refused=refused)
        grids = _read_all(package, [n for n in names if n not in refused])
    else:
        with ThreadPoolExecutor(max_workers=1) as pool:
            reading = pool.submit(_read_all, package, names)
            suspects = look_at_sheets(package, names, refused)
            grids = reading.result()
        scans = measure_sheets(package, [n for n in names if n in suspects and n not in refused],
                               refused=refused)
        strings = _has_shared_strings(package)
    read: dict[str, list[list[Cell]] | Refused] = {}
    for name in names:
        if name in refused:
            read[name] = Refused(refused[name])
        elif name in scans:
            read[name] = _with_faults(grids[name], scans[name])
        else:
            read[name] = grids[name] if measure else _held(package, name, grids[name], strings)
    return read


def _read_all(package: Package, names: list[str]) -> dict[str, list[list[Cell]] | Refused]:
    import python_calamine as pc

    try:
        with pc.CalamineWorkbook.from_path(str(package.path)) as book:
            return {name: _read_sheet(book, name) for name in names}
    except pc.PasswordError:
        raise WorkbookError(package.path, _t("a password-protected (encrypted) workbook")) from None
    except (pc.CalamineError, ValueError, OverflowError) as exc:
        raise WorkbookError(package.path, _t("the workbook could not be read: {error}").format(
            error=exc)) from None


def _has_shared_strings(package: Package) -> bool:
    try:
        with zipfile.ZipFile(package.path) as archive:
            return any(n == package.shared_strings or n.casefold().endswith("sharedstrings.xml")
                       for n in archive.namelist())
    except (OSError, zipfile.BadZipFile):
        return True


def _held(package: Package, name: str, grid: list[list[Cell]] | Refused,
          strings: bool) -> list[list[Cell]] | Refused:
    """A sheet read unmeasured, held to the import's limits as the reader placed its cells; a
    refusal by the reader, or more text than the limit (shared strings the cells show, counted
    exactly by measuring: the grid cannot tell them from inline text), is measured."""
    if isinstance(grid, Refused):
        return _measured_refusal(package, name) or grid
    rows, columns = len(grid), len(grid[0]) if grid else 0
    scan = SheetScan(cells=rows * columns - sum(map(list.count, grid, repeat(""))), last_row=rows,
                     last_column=columns)
    try:
        check(scan, name, IMPORT)
    except SheetRefused as exc:
        return Refused(str(exc))
    if strings and scan.cells > 0:
        scan.text = sum(len(value) for row in grid for value in row if isinstance(value, str))
        if scan.text > IMPORT.text:
            return _measured_refusal(package, name) or grid
    return grid


def _measured_refusal(package: Package, name: str) -> Refused | None:
    refused: dict[str, str] = {}
    measure_sheets(package, [name], refused=refused)
    return Refused(refused[name]) if name in refused else None


def _read_sheet(book: Any, sheet: str) -> list[list[Cell]] | Refused:
    import python_calamine as pc

    try:
        return book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)  # type: ignore[no-any-return]
    except (pc.CalamineError, ValueError, OverflowError) as exc:
        return Refused(_t("the sheet “{sheet}” could not be read: {error}").format(sheet=sheet, error=exc))
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # noqa: BLE001 - a Rust panic in the reader (a BaseException)
        # e.g. a date-formatted cell holding a number far outside the calendar
        return Refused(_t("the sheet “{sheet}” holds a cell the reader cannot handle ({error})").format(
            sheet=sheet, error=str(exc)[:80]))


def _with_faults(grid: list[list[Cell]] | Refused, scan: SheetScan) -> list[list[Cell]] | Refused:
    """The grid with a CellFault where the measure found an error value or a formula without a
    saved value (the reader emptied them)."""
    if isinstance(grid, Refused):
        return grid
    for (row, column), (shown, reason) in scan.faults.items():
        if row <= len(grid) and grid and column <= len(grid[0]):
            grid[row - 1][column - 1] = CellFault(shown, reason)
    return grid
