"""Overview (summary and charts), Gaps, Channels (load vs capacity), Phases & Risks."""

from __future__ import annotations

import io
import math
from collections import Counter
from collections.abc import Iterator
from datetime import date

from openpyxl.drawing.image import Image
from openpyxl.worksheet.pagebreak import Break

from journey_designer import __version__
from journey_designer.analysis.results import SEVERITIES
from journey_designer.domain.model import CHANNEL_KINDS
from journey_designer.io.workbook.charts import Charts
from journey_designer.io.workbook.context import SEVERITY_FILLS, ExportContext, print_setup
from journey_designer.io.workbook.layout import date_value, lines_text
from journey_designer.io.workbook.peaks import write_peaks
from journey_designer.io.workbook.settings import write_settings
from journey_designer.io.workbook.tables import (
    cell_renderers,
    drop_down,
    field_value,
    header_styles,
    input_message,
    plan_keys,
    record_values,
)
from journey_designer.io.workbook.words import join_clauses, join_names
from journey_designer.io.workbook.xml_rows import (
    StreamSheet,
    column_letter,
    lines_height,
    row_height,
    text_lines,
)

OVERVIEW_WIDTHS = (30, 14, 14, 14, 14, 14, 44)
CHART_WIDTH_PX, CHART_HEIGHT_PX = 1000, 600
CHART_ROWS = 31  # rows of 20 px a picture covers
CHANNEL_WIDTHS = (14, 28, 11, 12, 17, 12, 12, 10,  # id, channel, kind, capacity, load, use, cost, actions
                  16, 10, 11, 10, 10, 12, 11, 11)  # context group, hours, handling, agents, service level
# (share, seconds), required agents normal and at peak
PLAN_WIDTHS = (32, 12, 12, 18, 70)
STAFFING_FIELDS = ("context_group", "hours_per_day", "handling_minutes", "agents", "service_level_share",
                   "service_level_seconds")
GAP_WIDTHS = (10, 20, 12, 16, 14, 18, 12, 46)  # severity, kind, tier, journey, stage, touchpoint,
# channel, what is wrong: 148 characters, one A4 landscape page at 8 pt and more


def _finite(value: float | None) -> float | str | None:
    if value is None:
        return None
    return value if math.isfinite(value) else "∞"


def _section(sheet: StreamSheet, ctx: ExportContext, title: str, header: str,
             styles: list[int] | None = None) -> None:
    """A section title, then its header row (`header`: the words' key of a row)."""
    sheet.row([])
    sheet.row([ctx.words.text(title)], ctx.styles["section"], height=22)
    sheet.row(ctx.words.row(header), styles or ctx.styles["header"], height=30)


def write_overview(ctx: ExportContext, charts: Charts) -> None:
    """Project, date, KPIs, coverage per tier, gaps by severity, priorities, notes, charts."""
    sheet, styles, project, result = ctx.sheets["Overview"], ctx.styles, ctx.project, ctx.analysis
    words = ctx.words
    sheet.widths(OVERVIEW_WIDTHS)
    sheet.sheet_properties.tabColor = "1F4E79"
    sheet.row([project.name], styles["title"], height=28)
    sheet.merged_cells.add("A1:G1")
    touchpoints = sum(len(j.touchpoints) for j in project.journeys)
    sheet.row([words.text("exported", date=f"{date.today():%Y-%m-%d}", version=__version__,
                          journeys=len(project.journeys), touchpoints=f"{touchpoints:,}",
                          actions=f"{len(project.actions):,}", tiers=len(project.tiers))], styles["subtitle"])
    cell, number = styles["cell"], styles["grid_number"]
    _section(sheet, ctx, "kpis", "kpi_headers", header_styles(styles, "kpi_headers"))
    for key, kpi in zip(plan_keys(k.name for k in project.kpis), project.kpis, strict=True):
        record_values(ctx, "kpi", key, kpi)
        change = kpi.target - kpi.baseline if kpi.target is not None and kpi.baseline is not None else None
        sheet.row([kpi.name, _finite(kpi.baseline), _finite(kpi.target), kpi.unit or None, _finite(change)],
                  [cell, number, number, cell, number])
    if not project.kpis:
        sheet.row([words.text("no_kpis")], styles["subtitle"])
    else:
        text = words.text("kpis_read_back")
        row = sheet.row([text], styles["muted"], height=row_height([(text, sum(OVERVIEW_WIDTHS))]))
        sheet.merged_cells.add(f"A{row}:G{row}")
    write_settings(ctx, sheet)
    _coverage_table(ctx, sheet)
    _section(sheet, ctx, "by_severity", "by_severity_headers")
    counts = result.counts_by_severity()
    for severity in SEVERITIES:
        sheet.row([words.severity(severity), counts[severity]], [styles[f"sev_{severity}"], number])
    sheet.row([words.text("total"), len(result.gaps)], [styles["label"], number])
    _priorities(ctx, sheet)
    _notes(ctx, sheet, charts)
    _charts(ctx, sheet, charts)
    print_setup(sheet)


def _coverage_table(ctx: ExportContext, sheet: StreamSheet) -> None:
    styles = ctx.styles
    _section(sheet, ctx, "coverage", "coverage_headers")
    cell, number, percent = styles["cell"], styles["grid_number"], styles["percent"]
    for c in ctx.analysis.coverage:
        sheet.row([c.tier, c.touchpoints, c.covered, c.ratio, c.moments_of_truth, c.mot_covered,
                   c.mot_ratio], [cell, number, number, percent, number, number, percent])
    if not ctx.analysis.coverage:
        sheet.row([ctx.words.text("no_tiers")], styles["subtitle"])


def _priorities(ctx: ExportContext, sheet: StreamSheet) -> None:
    styles = ctx.styles
    _section(sheet, ctx, "fix_first", "fix_first_headers")
    cell, number = styles["cell"], styles["grid_number"]
    for p in ctx.analysis.priorities:
        reasons = join_clauses(p.reasons, ctx.words.locale)
        tiers = join_names(p.uncovered_tiers, ctx.words.locale)
        sheet.row([p.rank, p.touchpoint, p.journey, p.stage, round(p.score, 2), tiers or None, reasons],
                  [number, cell, cell, cell, number, cell, cell],
                  height=row_height([(reasons, 44), (p.touchpoint, 14), (tiers, 14)]))
    if not ctx.analysis.priorities:
        sheet.row([ctx.words.text("nothing_first")], styles["subtitle"])


def _notes(ctx: ExportContext, sheet: StreamSheet, charts: Charts) -> None:
    notes = ctx.notes + [n.message for n in ctx.analysis.notes] + charts.notes
    if not notes:
        return
    sheet.row([])
    sheet.row([ctx.words.text("notes")], ctx.styles["section"], height=22)
    for note in notes:
        sheet.row([note], ctx.styles["wrap"], height=row_height([(note, sum(OVERVIEW_WIDTHS))]))
        sheet.merged_cells.add(f"A{sheet.rows_written}:G{sheet.rows_written}")


def sheet_charts(ctx: ExportContext, charts: Charts, key: str) -> None:
    """The pictures of sheet `key` other than the Overview (the staffing chart on Channels),
    below what its writer wrote."""
    _charts(ctx, ctx.sheets[key], charts, key)


def _charts(ctx: ExportContext, sheet: StreamSheet, charts: Charts, key: str = "Overview") -> None:
    """Each picture under its caption; empty rows keep the pictures inside the printed area."""
    for chart in charts.images:
        if chart.sheet != key:
            continue
        sheet.row([])
        row = sheet.row([chart.caption], ctx.styles["section"], height=22)
        sheet.row_breaks.append(Break(id=row - 1))  # each picture starts a page
        image = Image(io.BytesIO(chart.png))
        image.width, image.height = CHART_WIDTH_PX, CHART_HEIGHT_PX
        sheet.add_image(image, f"A{row + 1}")
        sheet.rows(([], 0, None) for _ in range(CHART_ROWS))


def write_gaps(ctx: ExportContext) -> None:
    """Every gap of the analysis, worst first, with filters."""
    sheet, styles, words = ctx.sheets["Gaps"], ctx.styles, ctx.words
    sheet.widths(GAP_WIDTHS)
    sheet.freeze_panes = "A2"
    sheet.row(words.row("gap_headers"), styles["header"], height=22)
    cell = styles["cell"]
    gaps = ctx.analysis.gaps
    sheet.rows(_gap_rows(ctx, cell))  # streamed, not a list of every gap's row
    ctx.tick(len(gaps))
    if not gaps:
        sheet.row([words.text("no_gaps")], styles["subtitle"])
    sheet.auto_filter.ref = f"A1:H{len(gaps) + 1}"
    print_setup(sheet, title_rows="1:1")
    ctx.name_range("Gaps", "Gaps", 1, len(gaps) + 1, len(GAP_WIDTHS))


def _gap_rows(ctx: ExportContext, cell: int) -> Iterator[tuple[list, list[int], float | None]]:
    styles, words = ctx.styles, ctx.words
    lines: dict[tuple[str, float], int] = {}  # kinds, tiers, journeys... repeat: each counted once
    for gap in ctx.analysis.gaps:
        values = [words.severity(gap.severity), words.gap_kind(gap.kind), gap.tier, gap.journey, gap.stage,
                  gap.touchpoint, gap.channel, gap.message]
        tallest = 1
        for value, width in zip(values, GAP_WIDTHS, strict=True):
            if value:
                found = lines.get((value, width))
                if found is None:
                    found = lines[(value, width)] = text_lines(value, width)
                tallest = max(tallest, found)
        yield values, [styles[f"sev_{gap.severity}"]] + [cell] * 7, lines_height(tallest)


def write_channels(ctx: ExportContext) -> None:
    """Every channel: its id, name, kind, capacity and cost (read back on import), and its
    expected daily load, utilisation and actions (computed)."""
    sheet, styles, words, project = ctx.sheets["Channels"], ctx.styles, ctx.words, ctx.project
    sheet.widths(CHANNEL_WIDTHS)
    sheet.freeze_panes = "C2"
    sheet.row(words.row("channel_headers"), header_styles(styles, "channel_headers"), height=32)
    actions = Counter(a.channel for a in project.actions)
    loads = {load.channel_id: load for load in ctx.analysis.channels}
    staffing = {s.channel_id: s for s in ctx.analysis.staffing}
    cells = cell_renderers(words)["channel"]
    cell, number, money = styles["cell"], styles["grid_number"], styles["grid_money"]
    try:
        over_style = styles["over_percent"]
    except KeyError:  # a utilisation above 100 %: the high-severity fill, still a percentage
        over_style = styles.define("over_percent", fill=SEVERITY_FILLS["high"], border=True, bold=True,
                                   number_format="0%")
    try:
        short_style = styles["short_number"]
    except KeyError:  # fewer agents on duty than a peak needs: the high-severity fill
        short_style = styles.define("short_number", fill=SEVERITY_FILLS["high"], border=True, bold=True)
    for channel in project.channels:
        load = loads.get(channel.id)
        use = load.utilisation if load is not None else None
        over = use is not None and use > 1
        staff = staffing.get(channel.id)
        short = staff is not None and staff.agents is not None and staff.agents < staff.required_agents_peak
        sheet.row([channel.id, cells["name"](channel.name), cells["kind"](channel.kind),
                   cells["capacity_per_day"](channel.capacity_per_day),
                   round(load.expected_daily_load, 2) if load is not None else None, _finite(use),
                   cells["cost_per_contact"](channel.cost_per_contact), actions.get(channel.id, 0),
                   *(cells[name](field_value(channel, name)) for name in STAFFING_FIELDS),
                   staff.required_agents if staff is not None else None,
                   staff.required_agents_peak if staff is not None else None],
                  [styles["grid_id"], cell, cell, number, number, over_style if over else styles["percent"],
                   money, number, cell, number, number, number, styles["percent"], number, number,
                   short_style if short else number],
                  height=row_height([(channel.name, CHANNEL_WIDTHS[1] * 0.8)]))
        record_values(ctx, "channel", channel.id, channel)
    rows = len(project.channels) + 1
    if not project.channels:
        sheet.row([None, words.text("no_channels")], styles["subtitle"])
    else:
        sheet.data_validations.append(drop_down(words.choices("channel_kind", CHANNEL_KINDS),
                                                words.text("kind_prompt"), f"C2:C{rows}"))
        sheet.data_validations.append(input_message(words.text("capacity_prompt"), f"D2:D{rows}"))
        sheet.data_validations.append(input_message(words.text("context_prompt"), f"I2:I{rows}"))
        sheet.data_validations.append(input_message(words.text("staffing_prompt"), f"J2:N{rows}"))
    sheet.auto_filter.ref = f"A1:{column_letter(len(CHANNEL_WIDTHS))}{rows}"
    _read_back(ctx, sheet, ("read_back",), len(CHANNEL_WIDTHS), sum(CHANNEL_WIDTHS))
    print_setup(sheet, title_rows="1:1")
    ctx.name_range("Channels", "Channels", 1, rows, len(CHANNEL_WIDTHS))


def _read_back(ctx: ExportContext, sheet: StreamSheet, keys: tuple[str, ...], columns: int,
               width: float) -> None:
    """After an empty row, what the import reads back from this sheet (a merged, muted line each)."""
    sheet.row([])
    for key in keys:
        text = ctx.words.text(key)
        row = sheet.row([text], ctx.styles["muted"], height=row_height([(text, width)]))
        sheet.merged_cells.add(f"A{row}:{column_letter(columns)}{row}")


def write_phases_and_risks(ctx: ExportContext) -> None:
    """The rollout phases with their tasks, then the risks with their mitigations."""
    sheet, styles, project, words = ctx.sheets["Phases & Risks"], ctx.styles, ctx.project, ctx.words
    sheet.widths(PLAN_WIDTHS)
    cell, day = styles["cell"], styles["grid_date"]
    sheet.row([words.text("phases")], styles["section"], height=22)
    sheet.row(words.row("phase_headers"), header_styles(styles, "phase_headers"), height=22)
    keys = plan_keys(p.name for p in project.phases)
    for key, phase in zip(keys, project.phases, strict=True):
        record_values(ctx, "phase", key, phase)
        tasks = lines_text(phase.tasks)
        sheet.row([phase.name, date_value(phase.start), date_value(phase.end), phase.owner or None,
                   tasks or None], [cell, day, day, cell, cell],
                  height=row_height([(tasks, 70), (phase.name, 32)]))
    if not project.phases:
        sheet.row([words.text("no_phases")], styles["subtitle"])
    sheet.row([])
    sheet.row([words.text("risks")], styles["section"], height=22)
    row = sheet.row(words.row("risk_headers"), header_styles(styles, "risk_headers"), height=22)
    sheet.merged_cells.add(f"B{row}:C{row}")
    for key, risk in zip(plan_keys(r.name for r in project.risks), project.risks, strict=True):
        record_values(ctx, "risk", key, risk)
        row = sheet.row([risk.name, risk.kind or None, None, risk.owner or None, risk.mitigation or None],
                        cell, height=row_height([(risk.mitigation, 70), (risk.name, 32), (risk.kind, 24)]))
        sheet.merged_cells.add(f"B{row}:C{row}")
    if not project.risks:
        sheet.row([words.text("no_risks")], styles["subtitle"])
    write_peaks(ctx, sheet)
    last = sheet.rows_written
    _read_back(ctx, sheet, ("plan_read_back", "read_back"), 5, sum(PLAN_WIDTHS))
    print_setup(sheet, title_rows="2:2")
    ctx.name_range("PhasesAndRisks", "Phases & Risks", 1, last, 5)
