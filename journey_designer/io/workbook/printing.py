"""How wide sheets are printed: their columns split over A4 landscape pages at a readable size.

A sheet too wide for one page is printed at a fixed scale with manual column breaks (the
first columns repeated on every page), instead of being shrunk onto one page width.
Column widths are in characters; LibreOffice prints a character as the digit width of
the font it draws with: 7 pt at 100 % with DejaVu Sans (what it falls back to when
Calibri is missing), 5.25 pt with Calibri. Pages planned at 7 pt fit either way (with
Calibri they come out less full). No Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from openpyxl.worksheet.pagebreak import Break

from journey_designer.io.workbook.xml_rows import StreamSheet

PAGE_WIDTH = 841.89 - 2 * 0.4 * 72  # A4 landscape less the side margins of print_setup (pt)
CHARACTER = 7.0  # pt a character of column width takes at 100 %
READABLE = 0.75  # the smallest scale: 11 pt text prints at 8.25 pt
FILL = 0.97  # of a page's width planned for columns (rounding, grid lines)

Pages = list[tuple[int, int]]  # the first and last column (1-based) printed on each page across


def scale_for(width: float, largest: float = 1.0) -> float:
    """The scale at which `width` characters of columns fill a page (at most `largest`)."""
    return min(largest, PAGE_WIDTH * FILL / (CHARACTER * max(1.0, width)))


def page_columns(widths: Sequence[float], repeated: int, scale: float = READABLE,
                 cuts: Callable[[int], float] | None = None) -> Pages:
    """Split the columns after the first `repeated` (printed on every page) into pages at `scale`.

    `cuts(c)` counts what a page break after column c would cut (merged headers, a month);
    a cut weighs as much as a page left empty, so pages end where nothing is cut when they can.
    """
    room = PAGE_WIDTH * FILL / (CHARACTER * scale) - sum(widths[:repeated])
    pages: Pages = []
    first, count = repeated + 1, len(widths)
    while first <= count:
        used = 0.0
        ends: list[tuple[int, float]] = []  # (last column, width used so far)
        for last in range(first, count + 1):
            if ends and used + widths[last - 1] > room:
                break
            used += widths[last - 1]
            ends.append((last, used))
        if ends[-1][0] == count:
            pages.append((first, count))
            break
        last = min(ends, key=lambda end: ((cuts(end[0]) if cuts else 0) * room + room - end[1],
                                          -end[0]))[0]
        pages.append((first, last))
        first = last + 1
    return pages


def fixed_scale(sheet: StreamSheet) -> None:
    """Print `sheet` at a scale of its own rather than fitted to the page (before its first row)."""
    sheet.sheet_properties.pageSetUpPr.fitToPage = False


def print_pages(sheet: StreamSheet, widths: Sequence[float], repeated: int, pages: Pages,
                largest: float = 1.0, across_first: bool = True) -> float:
    """Break `sheet` between `pages` and print it at the largest scale at which each fits.

    Call after print_setup and fixed_scale; returns the scale. `across_first` numbers the
    pages left to right before going down (a row's columns on consecutive pages).
    """
    repeated_width = sum(widths[:repeated])
    widest = max((sum(widths[first - 1:last]) for first, last in pages), default=0.0)
    scale = scale_for(repeated_width + widest, largest)
    sheet.page_setup.scale = max(10, int(scale * 100))
    for _, last in pages[:-1]:
        sheet.col_breaks.append(Break(id=last))  # a break after column `last`
    if across_first:
        sheet.page_setup.pageOrder = "overThenDown"
    return scale
