"""The execution-plan workbook (design.md "The workbook"), written with openpyxl.

    from journey_designer.io.workbook.export import export_workbook
    report = export_workbook(project, "plan.xlsx")          # analysis and charts included
    report.notes                                             # what the reader should know

Sheets, in order: Overview, Journey Map, Care Matrix, Action Plan, Timeline, Gaps, Tiers,
Channels, Phases & Risks, a hidden Lists sheet feeding the Action Plan's drop-downs and
the hidden base (base: what every editable cell was written from, for a three-way
import).
Names, headers, labels and fixed text follow the project's locale (words: English
or Simplified Chinese, charts included); defined names such as ActionPlan do not.
Every text is written as text (never a formula), the file holds no macros, links or
external references, and it is written atomically: an existing file is replaced whole
or left as it was. No Qt.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from journey_designer import collector, messages
from journey_designer.analysis import Analysis, analyze
from journey_designer.domain import JourneyError, Project
from journey_designer.io.project_file.atomic import atomic_replace
from journey_designer.io.workbook.base import BaseRecorder
from journey_designer.io.workbook.charts import Charts, ChartSource, matplotlib_charts
from journey_designer.io.workbook.context import (
    Cancelled,
    ExportContext,
    Progress,
    define_styles,
    fit_to_page,
    footers,
    print_setup,
)
from journey_designer.io.workbook.labels import ProjectLabels
from journey_designer.io.workbook.layout import SHEETS
from journey_designer.io.workbook.merge import record_plan
from journey_designer.io.workbook.sheets_map import write_care_matrix, write_journey_map
from journey_designer.io.workbook.sheets_plan import write_action_plan, write_lists, write_timeline
from journey_designer.io.workbook.sheets_report import (
    sheet_charts,
    write_channels,
    write_gaps,
    write_overview,
    write_phases_and_risks,
)
from journey_designer.io.workbook.sheets_tiers import write_tiers
from journey_designer.io.workbook.unread import watch_unread
from journey_designer.io.workbook.xml_rows import StreamSheet, new_book

__all__ = ["Cancelled", "ExportReport", "Progress", "export_workbook"]


def _t(text: str) -> str:
    return messages.translate("Workbook", text)


@dataclass
class ExportReport:
    """What was written: the file, the notes shown on the Overview, the time it took."""

    path: Path
    actions: int
    notes: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)


def export_workbook(project: Project, path: str | Path, analysis: Analysis | None = None,
                    progress: Progress | None = None, *,
                    charts: ChartSource | None = matplotlib_charts) -> ExportReport:
    """Write the workbook of `project` to `path` (an .xlsx file), replacing it atomically.

    `analysis` defaults to `analyze(project)`; `progress(rows_done, rows_total)` is called as
    the sheets fill and may return False to stop (raises Cancelled, nothing is written);
    `charts` draws the Overview's pictures (None: none). Raises ProjectFileError when the
    file cannot be written (e.g. it is open in Excel on Windows).
    """
    path = Path(path)
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    if analysis is None:
        analysis = analyze(project)
        seconds["analysis"] = time.perf_counter() - started
    pictures = charts(project, analysis) if charts is not None else Charts()
    seconds["charts"] = pictures.seconds
    labels = ProjectLabels(project)
    book, by_title, styles = new_book([labels.words.sheet(key) for key in SHEETS])
    sheets = dict(zip(SHEETS, by_title.values(), strict=True))
    define_styles(styles)
    fit_to_page(sheets)
    ctx = ExportContext(project, analysis, labels, book, sheets, styles, progress,
                        total_rows=_rows_to_write(project, analysis), notes=labels.notes(),
                        base=BaseRecorder(project))
    # Millions of short-lived strings and no cycles: no collection passes over them.
    with collector.paused():
        try:
            _write(ctx, pictures, path, seconds)
        except BaseException:  # an error or a cancel: no temporary files, no half-closed streams
            for sheet in ctx.book.worksheets:  # the sheets and the base
                if isinstance(sheet, StreamSheet):
                    sheet.discard()
            raise
    seconds["total"] = time.perf_counter() - started
    return ExportReport(path, len(project.actions), ctx.notes + pictures.notes, seconds)


def _write(ctx: ExportContext, pictures: Charts, path: Path, seconds: dict[str, float]) -> None:
    """Fill every sheet (the Overview last: it lists the others' notes), then save."""
    stamp = time.perf_counter()
    watch_unread(ctx)  # fingerprints of the cells import does not read, kept in the base
    for write in (write_journey_map, write_care_matrix, write_action_plan, write_timeline, write_gaps,
                  write_tiers, write_channels, write_phases_and_risks, write_lists):
        write(ctx)
    sheet_charts(ctx, pictures, "Channels")
    write_overview(ctx, pictures)
    footers(ctx.sheets, ctx.words.text("footer"))
    if ctx.base is not None:  # last: the sheets above record into it
        record_plan(ctx.base, ctx.project)
        print_setup(ctx.base.write(ctx.book, ctx.styles), title_rows="1:1")
    seconds["sheets"] = time.perf_counter() - stamp
    stamp = time.perf_counter()
    ctx.book.active = 0
    atomic_replace(path, lambda temp: _save(ctx.book, temp))
    seconds["save"] = time.perf_counter() - stamp


def _rows_to_write(project: Project, analysis: Analysis) -> int:
    touchpoints = sum(len(j.touchpoints) for j in project.journeys)
    return 2 * touchpoints + 2 * len(project.actions) + len(analysis.gaps)


def _save(book, temp: Path) -> None:  # type: ignore[no-untyped-def]
    try:
        book.save(temp)
    except (ValueError, TypeError, KeyError) as exc:  # openpyxl refusing a value is a bug here
        raise JourneyError(_t("{file}: the workbook could not be built ({error})").format(
            file=temp, error=f"{type(exc).__name__}: {exc}")) from exc
