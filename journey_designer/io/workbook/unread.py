"""Edits in cells the import does not read are named, never dropped silently.

At export, `watch_unread(ctx)` keeps a short fingerprint of every cell written to the
sheets below (three characters a cell, a row a string) in the workbook's base (base
meta rows `cells:<sheet>:<n>`). At import, `unread_edits` compares each cell of such a
sheet with its fingerprint; a cell that differs and that no reader read is named in a note
("Overview!C12 was changed but is not read back: …"). Numbers are compared to 12
significant digits and dates as dates, so a re-save by LibreOffice Calc or Gnumeric is no
edit. The Action Plan and the Journey Map are left out: their readers account for every
cell. No Qt.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from typing import Any

from journey_designer import messages
from journey_designer.io.sheet_safety.safety import find_sheet
from journey_designer.io.workbook.base import SHEET_READERS, ReadContext, SheetValues
from journey_designer.io.workbook.read_cells import read_grid
from journey_designer.io.workbook.words import join_names, sheet_names
from journey_designer.io.workbook.xml_rows import clean_text, column_letter

WATCHED = ("Overview", "Care Matrix", "Timeline", "Gaps", "Tiers", "Channels", "Phases & Risks")
ONLY_SHOWN = ("Care Matrix", "Timeline", "Gaps")  # sheets no reader reads at all
META = "cells:{sheet}:{part}"
PART_CHARACTERS = 20_000  # fingerprints per meta row (a cell holds 32,767 characters)
MAX_ROW_CELLS = 5_000
SHOWN_CELLS = 5  # cells named per sheet; the rest are counted
_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def _t(text: str) -> str:
    return messages.translate("Workbook", text)


def _advice(sheet: str) -> str:
    return {
        "Overview": _t("the Overview is computed from the plan — change KPIs in their table, everything else "
                       "in Journey Designer"),
        "Care Matrix": _t("the Care Matrix is computed — change care actions in the Action Plan"),
        "Timeline": _t("the Timeline is computed — change dates in the Action Plan or on Phases & Risks"),
        "Gaps": _t("gaps are found by the analysis — change the plan instead"),
        "Tiers": _t("change it in Journey Designer"),
        "Channels": _t("load, utilisation and action counts are computed — change capacity or cost instead"),
        "Phases & Risks": _t("add or rename phases and risks in Journey Designer"),
    }.get(sheet, _t("change it in Journey Designer"))


def cell_text(value: Any) -> str:
    """A cell's value as compared: the same for what was written and what a spreadsheet
    program saved back (numbers to 12 significant digits, dates as ISO dates, text without
    outer spaces)."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        return format(float(value), ".12g")
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return clean_text(str(value)).replace("\r\n", "\n").strip()  # Gnumeric drops a lone space


def _code(value: Any) -> str:
    number = zlib.crc32(cell_text(value).encode("utf-8", "surrogatepass")) & 0x3FFFF
    return _ALPHABET[number >> 12] + _ALPHABET[(number >> 6) & 63] + _ALPHABET[number & 63]


_EMPTY = _code(None)


def row_code(values: Sequence[Any]) -> str:
    """The fingerprints of one row's cells (trailing empty cells left out)."""
    last = min(len(values), MAX_ROW_CELLS)
    while last and (values[last - 1] is None or values[last - 1] == "" or values[last - 1] == " "):
        last -= 1  # a timeline row is four values and a hundred empty weeks
    codes = [_code(v) for v in values[:last]]
    while codes and codes[-1] == _EMPTY:
        codes.pop()
    return "".join(codes)


# ---------------------------------------------------------------- export


class _Watch:
    """Keeps the fingerprints of one sheet's rows in the base's meta rows as they are written."""

    def __init__(self, meta: dict[str, Any], key: str) -> None:
        self.meta, self.key = meta, key
        self.part: list[str] = []
        self.parts = 0
        self.size = 0
        self._new_part()

    def _new_part(self) -> None:
        self.part = []
        self.meta[META.format(sheet=self.key, part=self.parts)] = self.part
        self.parts += 1
        self.size = 0

    def add(self, values: Sequence[Any]) -> None:
        code = row_code(values)
        if self.size + len(code) > PART_CHARACTERS and self.part:
            self._new_part()
        self.part.append(code)
        self.size += len(code) + 3


def _watched(items: Iterable[tuple[Sequence[Any], Any, Any]],
             watch: _Watch) -> Iterator[tuple[Sequence[Any], Any, Any]]:
    for item in items:
        watch.add(item[0])
        yield item


def watch_unread(ctx: Any) -> None:
    """Fingerprint every cell the export writes to the WATCHED sheets (needs ctx.base)."""
    recorder = getattr(ctx, "base", None)
    if recorder is None:
        return
    for key in WATCHED:
        sheet = ctx.sheets.get(key)
        if sheet is None:
            continue
        watch = _Watch(recorder.meta, key)
        write = sheet.rows

        def rows(items: Iterable[tuple[Sequence[Any], Any, Any]], write: Any = write,
                 watch: _Watch = watch) -> None:
            write(_watched(items, watch))  # streamed: a big sheet's rows are never all in memory

        sheet.rows = rows  # the instance's rows(); row() goes through it too


# ---------------------------------------------------------------- import


def _recorded(meta: dict[str, Any], key: str) -> list[str] | None:
    rows: list[str] = []
    part = 0
    while (chunk := meta.get(META.format(sheet=key, part=part))) is not None:
        if not isinstance(chunk, list):
            return None
        rows += [str(code) for code in chunk]
        part += 1
    return rows if part else None


def unread_edits(ctx: ReadContext, key: str, grid: list[list[Any]], sheet: str,
                 read: set[str] = frozenset()) -> list[str]:  # type: ignore[assignment]
    """Notes for the cells of the sheet `key` (named `sheet` in the file) that differ from what
    the export wrote, except the cells in `read` ("C4": a reader read them)."""
    if ctx.base is None:
        return []
    recorded = _recorded(ctx.base.meta, key)
    if recorded is None:
        return []
    edited: list[str] = []
    for r in range(max(len(recorded), len(grid))):
        codes = recorded[r] if r < len(recorded) else ""
        row = grid[r] if r < len(grid) else []
        width = max(len(codes) // 3, len(row))
        for c in range(width):
            want = codes[3 * c:3 * c + 3] or _EMPTY
            if _code(row[c] if c < len(row) else None) != want:
                cell = f"{column_letter(c + 1)}{r + 1}"
                if cell not in read:
                    edited.append(cell)
    if not edited:
        return []
    if len(edited) == 1:
        return [_t("{cell} was changed but is not read back: {advice}").format(
            cell=f"{sheet}!{edited[0]}", advice=_advice(key))]
    shown = join_names(f"{sheet}!{cell}" for cell in edited[:SHOWN_CELLS])
    hidden = len(edited) - SHOWN_CELLS
    more = _t(" and {count} more").format(count=hidden) if hidden > 0 else ""
    return [_t("{cells}{more} were changed but are not read back: {advice}").format(
        cells=shown, more=more, advice=_advice(key))]


def read_shown_sheets(ctx: ReadContext) -> SheetValues:
    """The Care Matrix, Timeline and Gaps: nothing is read, but every edit is named."""
    out = SheetValues()
    if ctx.base is None:
        return out
    for key in ONLY_SHOWN:
        if _recorded(ctx.base.meta, key) is None:
            continue
        name = find_sheet(ctx.package.sheets, sheet_names(key))
        if name is None:
            continue
        out.notes += unread_edits(ctx, key, read_grid(ctx.package, name), name)
    return out


SHEET_READERS.setdefault("Care Matrix, Timeline, Gaps", read_shown_sheets)
