"""Reading the Journey Map's touchpoint rows back: names, channels, emotion, pain and delight
points, moment of truth, backstage, and each journey's opportunities.

Each journey block ends with its IDs row (`IDs · <journey id>` or `编号 · <journey id>`,
then one touchpoint id per column), so columns are matched by id, never by position. Row
labels are recognised in English and Chinese. The stage row is not read
(a touchpoint moves to another stage in the app); a column without an id is ignored with
a note: touchpoints are added in the app.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from journey_designer import messages
from journey_designer.domain import Journey
from journey_designer.io.workbook.labels import ProjectLabels
from journey_designer.io.workbook.layout import JOURNEY_MAP, MAP_ROWS, lines_text, normalise
from journey_designer.io.workbook.plan import CellProblem, FieldChange, show
from journey_designer.io.workbook.read_cells import (
    CellError,
    is_empty,
    parse_bool,
    parse_lines,
    parse_names,
    parse_text,
    parse_whole,
    same,
)
from journey_designer.io.workbook.words import IDS_LABELS, MAP_LABELS
from journey_designer.io.workbook.xml_rows import column_letter

_ROW_KEYS = {normalise(alias): key for key, label, aliases in MAP_ROWS
             for alias in (label, key, *aliases, *(local[key] for local in MAP_LABELS.values()))}
_IDS_LABELS = tuple(label.strip() for label in IDS_LABELS.values())
_READ = ("name", "channels", "emotion", "pain_points", "delight_points", "moment_of_truth", "backstage")

Result = tuple[list[FieldChange], list[CellProblem], list[str]]


def _t(text: str) -> str:
    return messages.translate("Workbook", text)


def _blocks(grid: list[list]) -> list[tuple[str, dict[str, int], int]]:
    """(journey id, row key -> row index, IDs row index) for every journey block."""
    blocks: list[tuple[str, dict[str, int], int]] = []
    rows: dict[str, int] = {}
    for r, row in enumerate(grid):
        label = row[0] if row else ""
        if not isinstance(label, str) or not label.strip():
            continue
        text = label.strip()
        ids_label = next((ids for ids in _IDS_LABELS if text.startswith(ids)), None)
        if ids_label is not None:
            blocks.append((text[len(ids_label):].strip(), rows, r))
            rows = {}
            continue
        key = _ROW_KEYS.get(normalise(text))
        if key == "journey":
            rows = {}
        if key:
            rows[key] = r
    return blocks


def read_journey_map(labels: ProjectLabels, grid: list[list], sheet: str = JOURNEY_MAP) -> Result:
    """Changes to touchpoints and opportunities, with problems and notes (`sheet`: its name
    in the file)."""
    changes: list[FieldChange] = []
    problems: list[CellProblem] = []
    notes: list[str] = []
    journeys = {j.id: j for j in labels.project.journeys}
    for journey_id, rows, ids_row in _blocks(grid):
        journey = journeys.get(journey_id)
        if journey is None:
            notes.append(_t("{cell}: journey “{id}” is no longer in the project: its block is not read")
                         .format(cell=f"{sheet}!A{ids_row + 1}", id=journey_id))
            continue
        block = _Block(labels, journey, grid, rows, changes, problems, notes, sheet)
        block.read_columns(ids_row)
        block.read_opportunities()
    return changes, problems, notes


class _Block:
    """One journey's block of rows on the Journey Map."""

    def __init__(self, labels: ProjectLabels, journey: Journey, grid: list[list], rows: dict[str, int],
                 changes: list[FieldChange], problems: list[CellProblem], notes: list[str],
                 sheet: str) -> None:
        self.labels, self.journey, self.grid, self.rows, self.sheet = labels, journey, grid, rows, sheet
        self.changes, self.problems, self.notes = changes, problems, notes
        self.parsers: dict[str, Callable[[Any], Any]] = {
            "name": parse_text, "channels": lambda v: parse_names(v, labels.channels),
            "emotion": _emotion, "pain_points": parse_lines, "delight_points": parse_lines,
            "moment_of_truth": lambda v: parse_bool(v, _t("moment of truth")), "backstage": parse_lines}

    def cell(self, r: int, c: int) -> Any:
        row = self.grid[r]
        return row[c] if c < len(row) else None

    def read_columns(self, ids_row: int) -> None:
        touchpoints = {tp.id: tp for tp in self.journey.touchpoints}
        width = len(self.grid[ids_row])
        for c in range(1, width):
            tp_id = parse_text(self.cell(ids_row, c))
            if not tp_id:
                name_row = self.rows.get("name")
                if name_row is not None and not is_empty(self.cell(name_row, c)):
                    where = f"{column_letter(c + 1)}{name_row + 1}"
                    self.notes.append(_t("{cell}: a column without a touchpoint ID is not read — add "
                                         "touchpoints in the app").format(cell=f"{self.sheet}!{where}"))
                continue
            tp = touchpoints.get(tp_id)
            if tp is None:
                where = f"{column_letter(c + 1)}{ids_row + 1}"
                self.notes.append(_t("{cell}: touchpoint “{id}” is not in journey “{journey}”: its column is "
                                     "not read").format(cell=f"{self.sheet}!{where}", id=tp_id,
                                                        journey=self.journey.name))
                continue
            self._read_touchpoint(tp, c)

    def _read_touchpoint(self, tp, c: int) -> None:  # type: ignore[no-untyped-def]
        expected = self.labels.map_cells(self.journey, tp)
        for key in _READ:
            r = self.rows.get(key)
            if r is None or same(expected[key], self.cell(r, c)):
                continue
            where = f"{column_letter(c + 1)}{r + 1}"
            try:
                new = self.parsers[key](self.cell(r, c))
            except CellError as exc:
                self.problems.append(CellProblem(self.sheet, where, str(exc)))
                continue
            if key == "name" and not new:
                self.problems.append(CellProblem(self.sheet, where, _t("the touchpoint needs a name")))
            elif new != getattr(tp, key):
                old_text = new_text = ""
                if key == "channels":
                    old_text, new_text = (show(self.labels.channels.labels(v)) for v in (tp.channels, new))
                self.changes.append(FieldChange("touchpoint", tp.id, tp.name, key, getattr(tp, key), new,
                                                f"{self.sheet}!{where}", old_text, new_text))

    def read_opportunities(self) -> None:
        r = self.rows.get("opportunities")
        if r is None or same(lines_text(self.journey.opportunities), self.cell(r, 1)):
            return
        new = parse_lines(self.cell(r, 1))
        if new != self.journey.opportunities:
            self.changes.append(FieldChange("journey", self.journey.id, self.journey.name, "opportunities",
                                            self.journey.opportunities, new, f"{self.sheet}!B{r + 1}"))


def _emotion(value: Any) -> int:
    emotion = parse_whole(value, _t("a whole number from -3 to 3"))
    if emotion is None or not -3 <= emotion <= 3:
        raise CellError(_t("emotion must be a whole number from -3 to 3, not {value}").format(
            value=show(parse_text(value))))
    return emotion
