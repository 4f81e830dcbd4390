"""The peaks table on Phases & Risks: each journey's yearly busy periods (journey, name,
start MM-DD, days, factor), editable and read back as kind "peak" (one value per journey:
the list of its peaks, so a row added, edited or deleted is one change of that journey).

Written by `write_peaks` (after the risks), read by `read_peaks`: the table is found by its
header row in either language and ends at the first empty row; a journey is named by its
name (or id). No Qt.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from journey_designer import messages
from journey_designer.domain import Project
from journey_designer.domain.model import Peak
from journey_designer.io.workbook.base import (
    APPLIERS,
    PROJECT_VALUES,
    FieldKey,
    ReadContext,
    SheetValues,
    encode,
)
from journey_designer.io.workbook.layout import Names, normalise, number_value
from journey_designer.io.workbook.plan import CellProblem
from journey_designer.io.workbook.read_cells import CellError, is_empty, parse_number, parse_text, parse_whole
from journey_designer.io.workbook.words import TEXT
from journey_designer.io.workbook.xml_rows import StreamSheet, column_letter, row_height

KIND, FIELD = "peak", "peaks"
_MONTH_DAY = re.compile(r"^\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")
_DAYS_IN = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _t(text: str) -> str:
    return messages.translate("Workbook", text)


def peaks_value(peaks: list[Peak]) -> list[dict[str, Any]]:
    return [encode(p) for p in peaks]


# ---------------------------------------------------------------- writing


def write_peaks(ctx: Any, sheet: StreamSheet) -> None:
    """After an empty row: the title, the header (blue: read back) and one row per peak."""
    styles, words, project = ctx.styles, ctx.words, ctx.project
    sheet.row([])
    sheet.row([words.text("peaks")], styles["section"], height=22)
    sheet.row(words.row("peak_headers"), styles["header"], height=22)
    cell, number = styles["cell"], styles["grid_number"]
    for journey in project.journeys:
        label = ctx.labels.journeys.label(journey.id)  # the name, or the id when names look alike
        for peak in journey.peaks:
            values = [label, peak.name, peak.start, number_value(peak.days), number_value(peak.factor)]
            sheet.row(values, [cell, cell, cell, number, number], height=row_height([(label, 32)]))
    if not any(j.peaks for j in project.journeys):
        sheet.row([words.text("no_peaks")], styles["subtitle"])
    recorder = getattr(ctx, "base", None)
    if recorder is not None:
        for journey in project.journeys:
            recorder.record(KIND, journey.id, FIELD, peaks_value(journey.peaks))


# ---------------------------------------------------------------- reading


def _texts(key: str) -> set[str]:
    return {normalise(texts[key]) for texts in TEXT.values() if key in texts}


def _header(row: list) -> bool:
    cells = [normalise(v) if isinstance(v, str) else "" for v in row[:2]]
    headers = {tuple(normalise(p) for p in texts["peak_headers"].split("|")[:2])
               for texts in TEXT.values() if "peak_headers" in texts}
    return len(cells) == 2 and tuple(cells) in headers


def parse_month_day(value: Any) -> str:
    """"MM-DD" from "11-01", "11/1", "11月1日" or a date cell (Excel turns 12-24 into a date)."""
    if isinstance(value, datetime | date):
        return f"{value.month:02d}-{value.day:02d}"
    text = parse_text(value)
    found = _MONTH_DAY.match(text)
    if found:
        month, day = int(found.group(1)), int(found.group(2))
        if 1 <= month <= 12 and 1 <= day <= _DAYS_IN[month - 1]:
            return f"{month:02d}-{day:02d}"
    raise CellError(_t("“{value}” is not a start day of the year such as 11-01 (month-day)").format(
        value=text))


def _days(value: Any) -> int:
    days = parse_whole(value, _t("a whole number of days ≥ 1"))
    if days is None or days < 1:
        raise CellError(_t("a peak lasts a whole number of days ≥ 1, not {value}").format(
            value=parse_text(value)))
    return int(days)


def _factor(value: Any) -> float:
    factor = parse_number(value, _t("a factor such as 2 (twice the daily entries)"))
    if factor is None or factor <= 0:
        raise CellError(_t("a peak's factor must be more than 0, not {value}").format(
            value=parse_text(value)))
    return factor


def _plain(peaks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**p, "name": parse_text(p.get("name"))} for p in peaks if isinstance(p, dict)]


def _journey(journeys: Names, loose: dict[str, list[str]], text: str) -> str | None:
    """The journey a cell names: its label (the unique name, or the id) as written, else a name
    typed loosely when only one journey fits."""
    found = journeys.resolve(text)
    if found is None and len(fits := loose.get(normalise(text), [])) == 1:
        found = fits[0]
    return found


def read_peaks(ctx: ReadContext, out: SheetValues, grid: list[list], sheet: str, accounted: set[str]) -> None:
    """The peaks table: every journey's list of peaks (when the table is there)."""
    start = next((r for r, row in enumerate(grid) if _header(row)), None)
    if start is None:
        return
    project = ctx.project
    base = ctx.base.values if ctx.base is not None else {}
    journeys = ctx.labels.journeys
    loose: dict[str, list[str]] = {}  # a name typed without its punctuation, case or spaces
    for j in project.journeys:
        for text in {normalise(j.id), normalise(j.name)}:
            loose.setdefault(text, []).append(j.id)
    found: dict[str, list[dict[str, Any]]] = {j.id: [] for j in project.journeys}
    bad: set[str] = set()
    skip = _texts("no_peaks")
    accounted.update(f"{column_letter(c + 1)}{start + 1}" for c in range(len(grid[start])))
    for r in range(start + 1, len(grid)):
        row = list(grid[r]) + [None] * 5
        if all(is_empty(v) for v in row):
            break
        if isinstance(row[0], str) and normalise(row[0]) in skip and all(is_empty(v) for v in row[1:]):
            accounted.add(f"A{r + 1}")
            continue
        accounted.update(f"{column_letter(c + 1)}{r + 1}" for c in range(max(5, len(grid[r]))))

        def problem(c: int, reason: str, r: int = r) -> None:
            out.problems.append(CellProblem(sheet, f"{column_letter(c + 1)}{r + 1}", reason))

        journey_id = _journey(journeys, loose, parse_text(row[0]))
        if journey_id is None:
            problem(0, journeys.problem(parse_text(row[0])))
            continue
        peak: dict[str, Any] = {}
        name = parse_text(row[1])
        if not name:
            problem(1, _t("the peak needs a name"))
        for c, field, parse in ((2, "start", parse_month_day), (3, "days", _days), (4, "factor", _factor)):
            try:
                peak[field] = parse(row[c])
            except CellError as exc:
                problem(c, str(exc))
        if not name or len(peak) < 3:
            bad.add(journey_id)
            continue
        found[journey_id].append({"name": name, **peak})
        out.places.setdefault((KIND, journey_id, FIELD), f"{sheet}!A{r + 1}")
    for journey in project.journeys:
        if journey.id in bad:
            continue
        key: FieldKey = (KIND, journey.id, FIELD)
        reference = base.get(key, peaks_value(journey.peaks))
        # a name the cell cannot hold exactly (spaces, a carriage return) is still the written one
        same_peaks = isinstance(reference, list) and _plain(reference) == _plain(found[journey.id])
        out.values[key] = reference if same_peaks else found[journey.id]
        out.places.setdefault(key, f"{sheet}!A{start + 1}")
        out.names[(KIND, journey.id)] = journey.name


# ---------------------------------------------------------------- registries


def _project_values(project: Project) -> dict[FieldKey, Any]:
    return {(KIND, j.id, FIELD): peaks_value(j.peaks) for j in project.journeys}


def _apply(project: Project, items: list[tuple[str, str, Any]]) -> None:
    journeys = {j.id: j for j in project.journeys}
    for journey_id, _name, value in items:
        if journey_id in journeys:
            journeys[journey_id].peaks = [Peak(**p) for p in value]


PROJECT_VALUES.setdefault(KIND, _project_values)
APPLIERS.setdefault(KIND, _apply)
