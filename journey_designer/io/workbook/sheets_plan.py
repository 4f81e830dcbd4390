"""The Action Plan (the editable sheet), the hidden Lists behind its drop-downs, the Timeline."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from openpyxl.worksheet.datavalidation import DataValidation

from journey_designer import __version__
from journey_designer.domain import CareAction
from journey_designer.domain.model import DIRECTIONS, PURPOSES, STATUSES, TRIGGER_TYPES
from journey_designer.io.workbook.context import BAR_COLOURS, ExportContext, print_setup
from journey_designer.io.workbook.layout import (
    ACTION_COLUMNS,
    ACTION_PLAN,
    FORMAT,
    LISTS,
    PRINTED_COLUMNS,
    date_value,
)
from journey_designer.io.workbook.printing import fixed_scale, page_columns, print_pages
from journey_designer.io.workbook.tables import drop_down
from journey_designer.io.workbook.xml_rows import (
    column_letter,
    display_width,
    lines_height,
    row_height,
    text_lines,
)

CHUNK = 2_000
SPARE_ROWS = 1_000  # drop-downs reach this far below the last action, for rows users add
TIMELINE_ROWS = 2_000  # more actions than this are shown as one row per owner and dates
TIMELINE_WEEKS = 156
WEEK_WIDTH = 4.6
PLAN_SCALE = 0.8  # the Action Plan's smallest print scale: its 10 pt IDs print at 8 pt
_KIND_STYLE = {"id": "id", "text": "wrap", "ref": "wrap", "names": "wrap", "name": "wrap",
               "derived": "muted", "choice": "plain", "date": "date", "int": "int", "number": "number"}
_WRAPPED = [i for i, c in enumerate(ACTION_COLUMNS) if _KIND_STYLE[c.kind] in ("wrap", "muted")]
LIST_COLUMNS = 8  # tiers, channels, purposes, statuses, trigger types, touchpoints, journeys, about


def write_action_plan(ctx: ExportContext) -> None:
    """One row per care action: frozen header, filters, drop-downs, real dates and numbers."""
    sheet, words = ctx.sheets[ACTION_PLAN], ctx.words
    titles = [words.header(c.key, c.header) for c in ACTION_COLUMNS]
    widths = [max(c.width, _two_lines(title)) for c, title in zip(ACTION_COLUMNS, titles, strict=True)]
    longest_id = max((len(a.id) for a in ctx.project.actions[:2_000]), default=0)
    widths[0] = min(28.0, max(widths[0], longest_id * 0.85 + 1))
    sheet.widths(widths)
    sheet.freeze_panes = "C2"
    sheet.sheet_properties.tabColor = "70AD47"
    fixed_scale(sheet)  # split over pages with ID and Action repeated, not shrunk onto one
    styles = ctx.styles
    sheet.row(titles, styles["header"], height=32)
    column_styles = [styles[_KIND_STYLE[c.kind]] for c in ACTION_COLUMNS]
    actions = ctx.project.actions
    for start in range(0, len(actions), CHUNK):
        batch = actions[start:start + CHUNK]
        sheet.rows(_action_rows(ctx, batch, column_styles))
        ctx.tick(len(batch))
    last = len(actions) + 1
    columns = len(ACTION_COLUMNS)
    sheet.auto_filter.ref = f"A1:{column_letter(columns)}{last}"
    sheet.print_area = f"A1:{column_letter(PRINTED_COLUMNS)}{last}"
    print_setup(sheet, title_rows="1:1", title_cols="A:B")
    printed = widths[:PRINTED_COLUMNS]
    print_pages(sheet, printed, 2, page_columns(printed, 2, PLAN_SCALE))
    ctx.name_range("ActionPlan", ACTION_PLAN, 1, last, columns)
    _add_dropdowns(ctx, last + SPARE_ROWS)


def _two_lines(header: str) -> float:
    """The width a header needs to wrap onto at most two lines (a CJK character is two wide)."""
    return display_width(header) / 2 + 2


def _action_rows(ctx: ExportContext, actions: Sequence[CareAction],
                 styles: list[int]) -> Iterator[tuple[list, list[int], float | None]]:
    row_of = ctx.labels.action_row
    # row_height of the wrapped cells, with each column's lines counted once per distinct text
    wrapped: list[tuple[int, float, dict[str, int]]] = [(i, ACTION_COLUMNS[i].width, {}) for i in _WRAPPED]
    for action in actions:
        values = row_of(action)
        lines = 1
        for i, width, known in wrapped:
            text = values[i]
            if isinstance(text, str) and text:
                found = known.get(text)
                if found is None:
                    found = known[text] = text_lines(text, width)
                if found > lines:
                    lines = found
        yield values, styles, lines_height(lines)


def _add_dropdowns(ctx: ExportContext, last: int) -> None:
    lists, words = _list_values(ctx), ctx.words
    for key, list_index, strict in (("tiers", 0, False), ("channel", 1, True), ("purpose", 2, True),
                                    ("status", 3, True), ("trigger_type", 4, True),
                                    ("touchpoint", 5, True)):
        size = len(lists[list_index])
        if not size:
            continue
        col = column_letter(list_index + 1)
        check = DataValidation(type="list", formula1=ctx.ref(LISTS, f"${col}$2:${col}${size + 1}"),
                               allow_blank=True, showErrorMessage=strict, errorStyle="warning",
                               errorTitle=words.text("not_in_list"), error=words.text("not_in_list_why"))
        if key == "tiers":
            check.prompt, check.showInputMessage = words.text("tiers_prompt"), True
        position = next(i for i, c in enumerate(ACTION_COLUMNS, 1) if c.key == key)
        check.add(f"{column_letter(position)}2:{column_letter(position)}{last}")
        ctx.sheets[ACTION_PLAN].data_validations.append(check)
    position = next(i for i, c in enumerate(ACTION_COLUMNS, 1) if c.key == "trigger_direction")
    directions = drop_down(words.choices("direction", DIRECTIONS), words.text("direction_prompt"),
                           f"{column_letter(position)}2:{column_letter(position)}{last}")
    ctx.sheets[ACTION_PLAN].data_validations.append(directions)


def _list_values(ctx: ExportContext) -> list[list[str]]:
    labels, project, words = ctx.labels, ctx.project, ctx.words
    return [
        [labels.tiers.label(t.id) for t in project.tiers],
        [labels.channels.label(c.id) for c in project.channels],
        words.choices("purpose", PURPOSES), words.choices("status", STATUSES),
        words.choices("trigger_type", TRIGGER_TYPES),
        [labels.touchpoint_label(tp_id) for tp_id in labels.touchpoints],
        [labels.journeys.label(j.id) for j in project.journeys],
        [FORMAT, f"Journey Designer {__version__}", project.name],
    ]


def write_lists(ctx: ExportContext) -> None:
    """The hidden sheet feeding the drop-downs (and saying which program wrote the file)."""
    sheet = ctx.sheets[LISTS]
    sheet.sheet_state = "hidden"
    sheet.widths([18] * LIST_COLUMNS)
    lists = _list_values(ctx)
    sheet.row(ctx.words.row("list_headers"), ctx.styles["header"])
    longest = max(len(values) for values in lists)
    sheet.rows(([values[i] if i < len(values) else None for values in lists], 0, None)
               for i in range(longest))
    names = ("ListTiers", "ListChannels", "ListPurposes", "ListStatuses", "ListTriggerTypes",
             "ListTouchpoints")
    for i, name in enumerate(names):
        if lists[i]:
            col = column_letter(i + 1)
            ctx.define_name(name, ctx.ref(LISTS, f"${col}$2:${col}${len(lists[i]) + 1}"))
    print_setup(sheet, title_rows="1:1")


# ---------------------------------------------------------------- timeline


@dataclass(frozen=True)
class Bar:
    """One row of the timeline."""

    label: str
    owner: str
    start: date
    end: date | None
    phase: bool


def _day(text: str | None) -> date | None:
    value = date_value(text)
    return value if isinstance(value, date) else None


def _timeline_items(ctx: ExportContext) -> tuple[list[Bar], int]:
    """The bars to draw (phases first), and how many actions have no start date."""
    text = ctx.words.text
    items = [Bar(text("phase_bar", name=p.name), p.owner, s, _day(p.end), True) for p in ctx.project.phases
             if (s := _day(p.start))]
    dated = [(a, s, _day(a.end)) for a in ctx.project.actions if (s := _day(a.start))]
    undated = len(ctx.project.actions) - len(dated)
    if len(dated) <= TIMELINE_ROWS:
        dated.sort(key=lambda x: (x[0].owner, x[1], x[2] or date.max))
        return items + [Bar(a.name, a.owner, s, e, False) for a, s, e in dated], undated
    groups: defaultdict[tuple[str, date, date | None], int] = defaultdict(int)
    for action, s, e in dated:
        groups[(action.owner, s, e)] += 1
    ctx.notes.append(text("timeline_grouped", dated=f"{len(dated):,}", rows=f"{len(groups):,}"))
    ordered = sorted(groups.items(), key=lambda g: (g[0][0], g[0][1], g[0][2] or date.max))
    return items + [Bar(text("actions_bar", count=f"{n:,}"), o, s, e, False)
                    for (o, s, e), n in ordered], undated


def _week_labels(first: date, weeks: int) -> list[str]:
    labels = []
    for w in range(weeks):
        day = first + timedelta(weeks=w)
        new_year = w == 0 or day.year != (day - timedelta(weeks=1)).year
        labels.append(f"{day:%Y}\n{day:%m-%d}" if new_year else f"{day:%m-%d}")
    return labels


def write_timeline(ctx: ExportContext) -> None:
    """Phases and actions on a week grid: coloured cells from start to end, one colour per owner.

    An action without an end date runs to the end of the grid.
    """
    sheet, styles, words = ctx.sheets["Timeline"], ctx.styles, ctx.words
    bars, undated = _timeline_items(ctx)
    if not bars:
        sheet.widths([60])
        sheet.row([words.text("no_timeline")], styles["subtitle"])
        print_setup(sheet)
        return
    first, last, weeks = _grid(ctx, bars)
    widths = [*_name_widths(bars), 11.5, 11.5] + [WEEK_WIDTH] * weeks
    sheet.widths(widths)
    sheet.freeze_panes = "E2"
    fixed_scale(sheet)  # split at month starts with the names repeated, not shrunk onto one page
    sheet.row([*words.row("timeline_headers"), *_week_labels(first, weeks)],
              [styles["header"]] * 4 + [styles["week"]] * weeks, height=30)
    cuts = [1.0] * 5 + [_week_cut(first + timedelta(weeks=w + 1)) for w in range(weeks)]
    pages = page_columns(widths, 2, cuts=cuts.__getitem__)
    page_weeks = {first_column - 5 for first_column, _ in pages}
    sheet.rows(_bar_rows(ctx, bars, first, last, weeks, widths[:2], page_weeks))
    ctx.tick(len(ctx.project.actions))
    if undated:
        sheet.row([words.text("undated", count=f"{undated:,}")], styles["subtitle"])
    print_setup(sheet, title_rows="1:1", title_cols="A:B")
    print_pages(sheet, widths, 2, pages)
    ctx.name_range("Timeline", "Timeline", 1, len(bars) + 1, 4 + weeks)


def _week_cut(monday: date) -> float:
    """What a page starting on the week of `monday` cuts: nothing at a quarter, half at a month."""
    if monday.day > 7:
        return 1.0
    return 0.0 if monday.month in (1, 4, 7, 10) else 0.5


def _name_widths(bars: list[Bar]) -> tuple[float, float]:
    """Widths of the name and owner columns (wrapped): their longest text, within limits."""
    names = max((display_width(b.label) for b in bars[:TIMELINE_ROWS]), default=0)
    owners = max((display_width(b.owner) for b in bars[:TIMELINE_ROWS]), default=0)
    return min(40.0, max(30.0, names + 2.0)), min(20.0, max(12.0, owners + 2.0))


def _plan_start(ctx: ExportContext, bars: list[Bar]) -> date:
    """The plan's first day: the earliest start of its phases and of the actions still planned.

    Actions running since before it are drawn from the grid's first week (their Start
    column keeps the date); without phases or planned actions, the earliest bar.
    """
    starts = [b.start for b in bars if b.phase]
    starts += [day for a in ctx.project.actions if a.status == "planned" and (day := _day(a.start))]
    return min(starts or [b.start for b in bars])


def _grid(ctx: ExportContext, bars: list[Bar]) -> tuple[date, date, int]:
    """The Monday the grid starts on (the plan's first week), its last day, its weeks (capped)."""
    first = _plan_start(ctx, bars)
    first -= timedelta(days=first.weekday())
    last = max(max(b.end or b.start, b.start) for b in bars)
    needed = (last - first).days // 7 + 1
    weeks = min(TIMELINE_WEEKS, needed)
    if needed > weeks:
        ctx.notes.append(ctx.words.text("weeks_cut", date=f"{first + timedelta(weeks=weeks):%Y-%m-%d}"))
    return first, last, weeks


def _bar_rows(ctx: ExportContext, bars: list[Bar], first: date, last: date, weeks: int,
              widths: Sequence[float], page_weeks: set[int]) -> list[tuple[list, list[int], float | None]]:
    """The rows of the bars; a bar's first cell on each printed page holds a space (LibreOffice
    leaves out pages whose cells hold nothing, coloured or not)."""
    styles = ctx.styles
    owners: dict[str, int] = {}
    rows: list[tuple[list, list[int], float | None]] = []
    for bar in bars:
        owner = owners.setdefault(bar.owner, len(owners)) % len(BAR_COLOURS)
        fill = styles["bar_phase" if bar.phase else f"bar{owner}"]
        end = bar.end if bar.end and bar.end >= bar.start else (last if not bar.end else bar.start)
        cell_styles = [0] * weeks
        cells: list[str | None] = [None] * weeks
        begin = max(0, (bar.start - first).days // 7)
        for w in range(begin, min(weeks, (end - first).days // 7 + 1)):
            cell_styles[w] = fill
            if w == begin or w in page_weeks:
                cells[w] = " "
        rows.append(([bar.label, bar.owner or None, bar.start, bar.end, *cells],
                     [styles["label" if bar.phase else "wrap"], styles["wrap"], styles["date"],
                      styles["date"], *cell_styles],
                     row_height([(bar.label, widths[0]), (bar.owner, widths[1])])))
    return rows
