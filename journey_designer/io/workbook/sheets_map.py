"""The Journey Map (the classic grid, one block per journey) and the Care Matrix."""

from __future__ import annotations

import math
from collections import defaultdict

from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.worksheet.pagebreak import Break

from journey_designer.domain import Journey, Touchpoint
from journey_designer.io.workbook.context import ExportContext, print_setup
from journey_designer.io.workbook.layout import JOURNEY_MAP, MAP_ROWS, lines_text
from journey_designer.io.workbook.printing import Pages, fixed_scale, page_columns, print_pages
from journey_designer.io.workbook.xml_rows import MAX_COLUMNS, column_letter, row_height

LABEL_WIDTH, TP_WIDTH = 18, 18  # seven touchpoints to a printed page at 75 %
MATRIX_TIER_WIDTH = 30
NAMES_PER_CELL = 8
_MAP_STYLES = {"stage": "stage", "name": "tp", "channels": "cell", "emotion": "grid_number",
               "pain_points": "cell", "delight_points": "cell", "moment_of_truth": "mot_yes",
               "backstage": "cell"}


def map_order(journey: Journey) -> list[Touchpoint]:
    """Touchpoints stage by stage (list order inside a stage); those of no known stage last."""
    rank = {s.id: i for i, s in enumerate(journey.stages)}
    return sorted(journey.touchpoints, key=lambda tp: rank.get(tp.stage, len(rank)))


def write_journey_map(ctx: ExportContext) -> None:
    """Stages across as merged headers, one column per touchpoint, a row per aspect."""
    sheet = ctx.sheets[JOURNEY_MAP]
    widest = max((len(j.touchpoints) for j in ctx.project.journeys), default=0)
    shown = min(widest, MAX_COLUMNS - 1)
    if widest > shown:
        ctx.notes.append(ctx.words.text("map_cut", count=f"{shown:,}"))
    widths = [LABEL_WIDTH] + [TP_WIDTH] * max(1, shown)
    sheet.widths(widths)
    sheet.freeze_panes = "B1"
    sheet.sheet_properties.tabColor = "5B9BD5"
    fixed_scale(sheet)
    orders = [map_order(journey)[:shown] for journey in ctx.project.journeys]
    pages = page_columns(widths, 1, cuts=_stage_cuts(orders, len(widths)).__getitem__)
    if not ctx.project.journeys:
        sheet.row([ctx.words.text("no_journey")], ctx.styles["subtitle"])
    for journey, tps in zip(ctx.project.journeys, orders, strict=True):
        if sheet.rows_written:  # each journey starts a page
            sheet.row_breaks.append(Break(id=sheet.rows_written))
        _journey_block(ctx, journey, tps, pages)
        ctx.tick(len(journey.touchpoints))
    print_setup(sheet, title_rows="1:3" if len(orders) == 1 else None, title_cols="A:A")
    print_pages(sheet, widths, 1, pages)  # a journey's pages one after the other
    ctx.name_range("JourneyMap", JOURNEY_MAP, 1, sheet.rows_written, shown + 1)


def _stage_cuts(orders: list[list[Touchpoint]], columns: int) -> list[int]:
    """For each column, how many journeys' stage headers a page break after it would cut."""
    cuts = [0] * (columns + 1)
    for tps in orders:
        for i in range(1, len(tps)):
            if tps[i].stage == tps[i - 1].stage:
                cuts[i + 1] += 1  # tps[i - 1] is in column i + 1
    return cuts


def _journey_block(ctx: ExportContext, journey: Journey, tps: list[Touchpoint], pages: Pages) -> None:
    """The journey's rows; what is merged across columns ends at the page breaks."""
    sheet, styles, labels, words = ctx.sheets[JOURNEY_MAP], ctx.styles, ctx.labels, ctx.words
    on_first_page = min(len(tps), pages[0][1] - 1) if pages else len(tps)
    last = column_letter(max(2, on_first_page + 1))
    top = sheet.rows_written + 1
    title = f"{journey.name}" if not journey.monthly_entries else \
        words.text("per_month", journey=journey.name, count=f"{journey.monthly_entries:,.0f}")
    sheet.row([words.map_label(*MAP_ROWS[0][:2]), title], [styles["label"], styles["title"]], height=26)
    if on_first_page > 1:  # a merge of one cell makes Excel repair the file
        sheet.merged_cells.add(f"B{top}:{last}{top}")
    columns = [labels.map_cells(journey, tp) for tp in tps]
    for key, label, _ in MAP_ROWS[1:-1]:
        style = styles[_MAP_STYLES[key]]
        values = [col[key] if col[key] != "" else None for col in columns]
        if key == "stage" and not tps:
            values = [", ".join(s.name for s in journey.stages) or None]
        height = row_height((v, TP_WIDTH) for v in values if isinstance(v, str))
        row = sheet.row([words.map_label(key, label), *values], [styles["label"]] + [style] * len(values),
                        height=max(height or 0, 30) if key == "stage" else height)
        if key == "stage":
            _merge_stages(sheet, row, values, pages)
        if key == "emotion" and tps:
            sheet.conditional_formatting.add(f"B{row}:{column_letter(len(tps) + 1)}{row}", ColorScaleRule(
                start_type="num", start_value=-3, start_color="F8696B", mid_type="num", mid_value=0,
                mid_color="FFEB84", end_type="num", end_value=3, end_color="63BE7B"))
    text = lines_text(journey.opportunities)
    height = row_height([(text, TP_WIDTH * max(1, on_first_page))])
    row = sheet.row([words.map_label(*MAP_ROWS[-1][:2]), text or None] + [None] * max(0, len(tps) - 1),
                    [styles["label"]] + [styles["cell"]] * max(1, len(tps)), height=height)
    if on_first_page > 1:
        sheet.merged_cells.add(f"B{row}:{last}{row}")
    sheet.row([words.ids_label + journey.id, *[tp.id for tp in tps]], styles["grid_id"])
    sheet.row([])


def _merge_stages(sheet, row: int, stages: list, pages: Pages) -> None:  # type: ignore[no-untyped-def]
    """Merge each stage's header cells; a stage wider than a page is merged page by page."""
    page_starts = {first for first, _ in pages}
    start = 0
    for i in range(1, len(stages) + 1):
        if i == len(stages) or stages[i] != stages[start] or i + 2 in page_starts:
            if i - start > 1:
                sheet.merged_cells.add(f"{column_letter(start + 2)}{row}:{column_letter(i + 1)}{row}")
            start = i


# ---------------------------------------------------------------- care matrix


def _care_by_cell(ctx: ExportContext) -> dict[tuple[str, str], list[str]]:
    """(touchpoint id, tier id) -> 'action (channel)' for every action there for that tier."""
    cells: defaultdict[tuple[str, str], list[str]] = defaultdict(list)
    channel, via = ctx.labels.channels.label, ctx.words.text
    for action in ctx.project.actions:
        text = via("action_via", action=action.name, channel=channel(action.channel)) if action.channel \
            else action.name
        for tier_id in action.tiers:
            cells[(action.touchpoint, tier_id)].append(text)
    return cells


def _cell_text(ctx: ExportContext, names: list[str]) -> str | None:
    if not names:
        return None
    shown = names[:NAMES_PER_CELL]
    more = len(names) - len(shown)
    return "\n".join(shown) + ("\n" + ctx.words.text("and_more", count=more) if more else "")


def write_care_matrix(ctx: ExportContext) -> None:
    """Touchpoints down (grouped by stage), tiers across; cells list the actions, filled by coverage."""
    sheet, styles, project = ctx.sheets["Care Matrix"], ctx.styles, ctx.project
    tiers = project.tiers
    width = 3 + len(tiers)
    sheet.widths([28, 7, 8] + [MATRIX_TIER_WIDTH] * len(tiers))
    sheet.freeze_panes = "B4"
    words = ctx.words
    sheet.row([words.text("matrix_title")], styles["title"], height=24)
    colours, covered, *others = words.row("matrix_legend")
    sheet.row([colours, covered, None, *others][:max(2, width)],
              [styles["subtitle"], styles["covered"], 0, styles["uncovered"], styles["pain"],
               styles["mot"]][:max(2, width)])
    header = [*words.row("matrix_headers"), *[ctx.labels.tiers.label(t.id) for t in tiers]]
    sheet.row(header, styles["header"], height=30)
    reach = {f.touchpoint_id: f.expected_visits for f in ctx.analysis.flow}
    cells = _care_by_cell(ctx)
    for journey in project.journeys:
        _matrix_journey(ctx, journey, tiers, reach, cells, width)
        ctx.tick(len(journey.touchpoints))
    print_setup(sheet, title_rows="3:3", title_cols="A:A", pages_wide=max(1, math.ceil(len(tiers) / 6)))
    ctx.name_range("CareMatrix", "Care Matrix", 3, sheet.rows_written, width)


def _matrix_journey(ctx: ExportContext, journey: Journey, tiers: list, reach: dict[str, float],
                    cells: dict[tuple[str, str], list[str]], width: int) -> None:
    sheet, styles = ctx.sheets["Care Matrix"], ctx.styles
    stage_names = {s.id: s.name for s in journey.stages}
    current: object = object()
    rows: list[tuple[list, list[int], float | None]] = []
    for tp in map_order(journey):
        if tp.stage != current:
            current = tp.stage
            _flush(sheet, rows)
            row = sheet.row([f"{journey.name} › {stage_names.get(tp.stage, tp.stage)}"]
                            + [None] * (width - 1), styles["stage"])
            sheet.merged_cells.add(f"A{row}:{column_letter(width)}{row}")
        texts = [_cell_text(ctx, cells.get((tp.id, t.id), [])) for t in tiers]
        visits = reach.get(tp.id)
        values = [tp.name, ctx.words.yes if tp.moment_of_truth else None,
                  visits if visits is not None and math.isfinite(visits) else ("∞" if visits else None),
                  *texts]
        fills = [styles[_fill(tp, text)] for text in texts]
        height = row_height([(tp.name, 28)] + [(t, MATRIX_TIER_WIDTH) for t in texts if t], limit=9)
        rows.append((values, [styles["tp"], styles["mot_yes"], styles["reach"], *fills], height))
    _flush(sheet, rows)


def _flush(sheet, rows: list) -> None:  # type: ignore[no-untyped-def]
    if rows:
        sheet.rows(rows)
        rows.clear()


def _fill(tp: Touchpoint, text: str | None) -> str:
    if text:
        return "covered"
    if tp.moment_of_truth:
        return "mot"
    return "pain" if tp.pain_points or tp.emotion <= -2 else "uncovered"
