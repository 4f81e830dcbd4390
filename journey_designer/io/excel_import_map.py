"""Reading the Journey Map's touchpoint rows back: names, channels, emotion, pain and delight
points, moment of truth, backstage, and each journey's opportunities.

Each journey block ends with its IDs row (`IDs · <journey id>`, then one touchpoint id per
column), so columns are matched by id, never by position. The stage row is not read
(a touchpoint moves to another stage in the app); a column without an id is ignored with
a note: touchpoints are added in the app.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from journey_designer.domain import Journey
from journey_designer.io.excel_labels import ProjectLabels
from journey_designer.io.excel_layout import IDS_LABEL, JOURNEY_MAP, MAP_ROWS, lines_text, normalise
from journey_designer.io.excel_plan import CellProblem, FieldChange, show
from journey_designer.io.excel_read import (
    CellError,
    is_empty,
    parse_bool,
    parse_lines,
    parse_names,
    parse_text,
    parse_whole,
    same,
)
from journey_designer.io.excel_xml import column_letter

_ROW_KEYS = {normalise(alias): key for key, label, aliases in MAP_ROWS
             for alias in (label, key, *aliases)}
_READ = ("name", "channels", "emotion", "pain_points", "delight_points", "moment_of_truth", "backstage")

Result = tuple[list[FieldChange], list[CellProblem], list[str]]


def _blocks(grid: list[list]) -> list[tuple[str, dict[str, int], int]]:
    """(journey id, row key -> row index, IDs row index) for every journey block."""
    blocks: list[tuple[str, dict[str, int], int]] = []
    rows: dict[str, int] = {}
    for r, row in enumerate(grid):
        label = row[0] if row else ""
        if not isinstance(label, str) or not label.strip():
            continue
        text = label.strip()
        if text.startswith(IDS_LABEL.strip()):
            blocks.append((text[len(IDS_LABEL.strip()):].strip(), rows, r))
            rows = {}
            continue
        key = _ROW_KEYS.get(normalise(text))
        if key == "journey":
            rows = {}
        if key:
            rows[key] = r
    return blocks


def read_journey_map(labels: ProjectLabels, grid: list[list]) -> Result:
    """Changes to touchpoints and opportunities, with problems and notes."""
    changes: list[FieldChange] = []
    problems: list[CellProblem] = []
    notes: list[str] = []
    journeys = {j.id: j for j in labels.project.journeys}
    for journey_id, rows, ids_row in _blocks(grid):
        journey = journeys.get(journey_id)
        if journey is None:
            notes.append(f"{JOURNEY_MAP}!A{ids_row + 1}: journey “{journey_id}” is no longer in the project: "
                         "its block is not read")
            continue
        block = _Block(labels, journey, grid, rows, changes, problems, notes)
        block.read_columns(ids_row)
        block.read_opportunities()
    return changes, problems, notes


class _Block:
    """One journey's block of rows on the Journey Map."""

    def __init__(self, labels: ProjectLabels, journey: Journey, grid: list[list], rows: dict[str, int],
                 changes: list[FieldChange], problems: list[CellProblem], notes: list[str]) -> None:
        self.labels, self.journey, self.grid, self.rows = labels, journey, grid, rows
        self.changes, self.problems, self.notes = changes, problems, notes
        self.parsers: dict[str, Callable[[Any], Any]] = {
            "name": parse_text, "channels": lambda v: parse_names(v, labels.channels),
            "emotion": _emotion, "pain_points": parse_lines, "delight_points": parse_lines,
            "moment_of_truth": lambda v: parse_bool(v, "moment of truth"), "backstage": parse_lines}

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
                    self.notes.append(f"{JOURNEY_MAP}!{where}: a column without a touchpoint ID is not "
                                      "read — add touchpoints in the app")
                continue
            tp = touchpoints.get(tp_id)
            if tp is None:
                where = f"{column_letter(c + 1)}{ids_row + 1}"
                self.notes.append(f"{JOURNEY_MAP}!{where}: touchpoint “{tp_id}” is not in journey "
                                  f"“{self.journey.name}”: its column is not read")
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
                self.problems.append(CellProblem(JOURNEY_MAP, where, str(exc)))
                continue
            if key == "name" and not new:
                self.problems.append(CellProblem(JOURNEY_MAP, where, "the touchpoint needs a name"))
            elif new != getattr(tp, key):
                old_text = new_text = ""
                if key == "channels":
                    old_text, new_text = (show(self.labels.channels.labels(v)) for v in (tp.channels, new))
                self.changes.append(FieldChange("touchpoint", tp.id, tp.name, key, getattr(tp, key), new,
                                                f"{JOURNEY_MAP}!{where}", old_text, new_text))

    def read_opportunities(self) -> None:
        r = self.rows.get("opportunities")
        if r is None or same(lines_text(self.journey.opportunities), self.cell(r, 1)):
            return
        new = parse_lines(self.cell(r, 1))
        if new != self.journey.opportunities:
            self.changes.append(FieldChange("journey", self.journey.id, self.journey.name, "opportunities",
                                            self.journey.opportunities, new, f"{JOURNEY_MAP}!B{r + 1}"))


def _emotion(value: Any) -> int:
    emotion = parse_whole(value, "a whole number from -3 to 3")
    if emotion is None or not -3 <= emotion <= 3:
        raise CellError(f"emotion must be a whole number from -3 to 3, not {show(parse_text(value))}")
    return emotion
