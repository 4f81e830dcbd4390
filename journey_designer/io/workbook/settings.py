"""The Overview's "Budget and settings" block: the project's monthly budget, the fatigue
tolerance and the care-silence days (editable, read back as kind "project"), then the
monthly care cost against the budget per tier, journey and channel (computed).

Written by `write_settings` (sheets_report calls it), read by `read_settings`
(read_lists' Overview reader calls it): each setting is a line "label | value", found
by its label in either language, so moved or re-ordered lines are still read. No Qt.
"""

from __future__ import annotations

from typing import Any

from journey_designer import messages
from journey_designer.domain import Project
from journey_designer.io.workbook.base import (
    APPLIERS,
    MISSING,
    PROJECT_VALUES,
    FieldKey,
    ReadContext,
    SheetValues,
)
from journey_designer.io.workbook.layout import normalise, number_value
from journey_designer.io.workbook.plan import CellProblem
from journey_designer.io.workbook.read_cells import (
    CellError,
    is_empty,
    parse_number,
    parse_text,
    parse_whole,
    same,
)
from journey_designer.io.workbook.words import TEXT
from journey_designer.io.workbook.xml_rows import StreamSheet, column_letter

KIND, KEY = "project", "project"
SETTINGS = ("budget_per_month", "fatigue_tolerance", "care_silence_days")


def _t(text: str) -> str:
    return messages.translate("Workbook", text)


def setting_value(project: Project, name: str) -> Any:
    return project.budget_per_month if name == "budget_per_month" else getattr(project.settings, name)


def _labels() -> dict[str, str]:
    """Normalised label (any language) -> setting."""
    found: dict[str, str] = {}
    for texts in TEXT.values():
        if "setting_labels" in texts:
            for label, name in zip(texts["setting_labels"].split("|"), SETTINGS, strict=True):
                found[normalise(label)] = name
    return found


# ---------------------------------------------------------------- writing


def write_settings(ctx: Any, sheet: StreamSheet) -> None:
    """The settings lines (blue: read back), then the budget use (grey: computed)."""
    styles, words, project = ctx.styles, ctx.words, ctx.project
    sheet.row([])
    sheet.row([words.text("settings")], styles["section"], height=22)
    number, percent = styles["grid_number"], styles["percent"]
    formats = {"budget_per_month": styles["grid_money"], "fatigue_tolerance": percent,
               "care_silence_days": number}
    for label, name in zip(words.text("setting_labels").split("|"), SETTINGS, strict=True):
        sheet.row([label, number_value(setting_value(project, name))], [styles["header"], formats[name]])
    recorder = getattr(ctx, "base", None)
    if recorder is not None:
        recorder.record_object(KIND, KEY, {name: setting_value(project, name) for name in SETTINGS})
    budget = ctx.analysis.budget
    if budget is None:
        return
    try:
        fixed = styles["header_fixed"]
    except KeyError:
        fixed = styles.define("header_fixed", bold=True, colour="FFFFFF", fill="7F7F7F", wrap=True,
                              border=True, valign="center")
    cost_label, use_label = words.text("budget_use_labels").split("|")
    sheet.row([cost_label, round(budget.total, 2)], [fixed, styles["grid_money"]])
    if budget.limit:
        try:
            over = styles["over_percent"] if budget.total > budget.limit else percent
        except KeyError:
            over = percent
        sheet.row([use_label, round(budget.total / budget.limit, 4)], [fixed, over])
    else:
        sheet.row([use_label, words.text("no_budget")], [fixed, styles["cell"]])
    sheet.row(words.row("budget_headers"), fixed, height=22)
    kinds = words.text("budget_kinds").split("|")
    for kind, items in zip(kinds, (budget.per_tier, budget.per_journey, budget.per_channel), strict=True):
        for name, cost in items:
            share = round(cost / budget.limit, 4) if budget.limit else None
            sheet.row([kind, name, round(cost, 2), share],
                      [styles["cell"], styles["cell"], styles["grid_money"], percent])


# ---------------------------------------------------------------- reading


def _parse(name: str, value: Any) -> Any:
    if name == "fatigue_tolerance":
        if is_empty(value):
            raise CellError(_t("{what} is needed here").format(what=_t("a share")))
        text = parse_text(value)
        number = parse_number(value, _t("a share such as 5%"))
        assert number is not None
        share = number / 100 if isinstance(value, str) and text.rstrip().endswith(("%", "％")) else number
        if not 0 <= share <= 1:
            raise CellError(_t("share {value} is not between 0 and 1 (0% and 100%)").format(value=text))
        return share
    if is_empty(value):
        return None
    what = _t("a whole number ≥ 0") if name == "care_silence_days" else _t("a number ≥ 0")
    number = parse_whole(value, what) if name == "care_silence_days" else parse_number(value, what)
    if number is None or number < 0:
        raise CellError(_t("{field} must be {what}, not {value}").format(
            field=_t("monthly budget") if name == "budget_per_month" else _t("care silence days"), what=what,
            value=parse_text(value)))
    return number


def read_settings(ctx: ReadContext, out: SheetValues, grid: list[list], sheet: str,
                  accounted: set[str]) -> None:
    """The settings lines of the Overview, found by their labels (column A, value in B)."""
    labels = _labels()
    base = ctx.base.values if ctx.base is not None else {}
    for r, row in enumerate(grid):
        if not row or not isinstance(row[0], str):
            continue
        name = labels.get(normalise(row[0]))
        if name is None:
            continue
        key: FieldKey = (KIND, KEY, name)
        if key in out.values:
            continue
        got = row[1] if len(row) > 1 else None
        where = f"B{r + 1}"
        reference = base.get(key, MISSING)
        if reference is MISSING:
            reference = setting_value(ctx.project, name)
        if same(number_value(reference), got):
            value = reference
        else:
            try:
                value = _parse(name, got)
            except CellError as exc:
                out.problems.append(CellProblem(sheet, where, str(exc)))
                accounted.update({f"A{r + 1}", where})
                continue
        out.values[key] = value
        out.places[key] = f"{sheet}!{where}"
        out.names[(KIND, KEY)] = ctx.project.name
        accounted.update({f"A{r + 1}", where, *(f"{column_letter(c + 1)}{r + 1}" for c in range(2, len(row))
                                               if is_empty(row[c]))})


# ---------------------------------------------------------------- registries


def _project_values(project: Project) -> dict[FieldKey, Any]:
    return {(KIND, KEY, name): setting_value(project, name) for name in SETTINGS}


def _apply(project: Project, items: list[tuple[str, str, Any]]) -> None:
    for _key, name, value in items:
        if name == "budget_per_month":
            project.budget_per_month = value
        elif name in SETTINGS:
            setattr(project.settings, name, value)


PROJECT_VALUES.setdefault(KIND, _project_values)
APPLIERS.setdefault(KIND, _apply)
