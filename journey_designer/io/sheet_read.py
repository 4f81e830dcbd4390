"""The child side of reading a workbook's sheets (see excel_read.read_grid): measure each
sheet (excel_safety.measure_sheets), read it with python-calamine, and put a CellFault where
the reader emptied an error value or a formula without a saved value.

Kept light on imports (no openpyxl, no project store): it is imported in a fresh child
process for every workbook read, where start-up time is the user's waiting time. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from journey_designer import messages
from journey_designer.io.excel_safety import Package, WorkbookError, measure_sheets
from journey_designer.io.sheet_scan import SheetScan

Cell = Any


def _t(text: str) -> str:
    return messages.translate("Workbook", text)


class CellFault(str):
    """A cell the reader would have emptied: an error value or a formula without a saved
    value. As text it is what the cell shows ("#DIV/0!", or the formula), so code that only
    looks at text sees it, never an empty cell; the typed parsers and the Action Plan's fields
    raise CellError with `reason` for it (excel_read.check_fault)."""

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


def read_sheets(package: Package, names: list[str]) -> dict[str, list[list[Cell]] | Refused]:
    """Each sheet of `names` measured, then read (python-calamine); a sheet that cannot be read
    maps to its Refused. Meant for the isolated child: see read_grid."""
    import python_calamine as pc

    read: dict[str, list[list[Cell]] | Refused] = {}
    refused: dict[str, str] = {}
    scans = measure_sheets(package, names, refused=refused)
    read.update((name, Refused(problem)) for name, problem in refused.items())
    try:
        with pc.CalamineWorkbook.from_path(str(package.path)) as book:
            for name in names:
                if name not in read:
                    read[name] = _read_sheet(package, book, name, scans.get(name))
    except pc.PasswordError:
        raise WorkbookError(package.path, _t("a password-protected (encrypted) workbook")) from None
    except (pc.CalamineError, ValueError, OverflowError) as exc:
        raise WorkbookError(package.path, _t("the workbook could not be read: {error}").format(
            error=exc)) from None
    return read


def _read_sheet(package: Package, book: Any, sheet: str,
                scan: SheetScan | None) -> list[list[Cell]] | Refused:
    import python_calamine as pc

    try:
        grid = book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
    except (pc.CalamineError, ValueError, OverflowError) as exc:
        return Refused(_t("the sheet “{sheet}” could not be read: {error}").format(sheet=sheet, error=exc))
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # noqa: BLE001 - a Rust panic in the reader (a BaseException)
        # e.g. a date-formatted cell holding a number far outside the calendar
        return Refused(_t("the sheet “{sheet}” holds a cell the reader cannot handle ({error})").format(
            sheet=sheet, error=str(exc)[:80]))
    for (row, column), (shown, reason) in (scan.faults.items() if scan else ()):
        if row <= len(grid) and grid and column <= len(grid[0]):
            grid[row - 1][column - 1] = CellFault(shown, reason)
    return grid
