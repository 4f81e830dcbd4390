"""The Tiers sheet: one row per customer tier, every column read back on import.

It stands between Gaps and Channels: the two sheets of the plan's reference data (who is
cared for, and through what) sit side by side, after the analysis sheets, and the sheets
before them keep their places (the Action Plan stays the fourth sheet).
"""

from __future__ import annotations

from journey_designer.domain.model import CARE_LEVELS
from journey_designer.io.workbook.context import ExportContext, print_setup
from journey_designer.io.workbook.tables import (
    cell_renderers,
    drop_down,
    header_styles,
    input_message,
    record_values,
)
from journey_designer.io.workbook.xml_rows import row_height

TIERS = "Tiers"
TIER_WIDTHS = (16, 26, 12, 14, 13, 16, 18)  # id, name, share, value, care level, cap, human touch


def write_tiers(ctx: ExportContext) -> None:
    """ID, name, share, value per customer, care level, contact cap, human touch at MoT."""
    sheet, styles, words, project = ctx.sheets[TIERS], ctx.styles, ctx.words, ctx.project
    days = project.settings.fatigue_window_days
    headers = words.text("tier_headers", days=days).split("|")
    sheet.widths(TIER_WIDTHS)
    sheet.freeze_panes = "C2"
    sheet.sheet_properties.tabColor = "ED7D31"
    sheet.row(headers, header_styles(styles, "tier_headers"), height=32)
    try:
        share = styles["share"]
    except KeyError:
        share = styles.define("share", border=True, number_format="0.0%", align="center")
    cells = cell_renderers(words)["tier"]
    row_styles = [styles["grid_id"], styles["cell"], share, styles["grid_money"], styles["grid_number"],
                  styles["grid_number"], styles["grid_number"]]
    for tier in project.tiers:
        values = [tier.id, *(cells[name](getattr(tier, name)) for name in (
            "name", "share", "value_per_customer", "care_level", "max_contacts_per_window",
            "human_touch_at_mot"))]
        sheet.row(values, row_styles, height=row_height([(tier.name, TIER_WIDTHS[1])]))
        record_values(ctx, "tier", tier.id, tier)
    last = len(project.tiers) + 1
    if not project.tiers:
        sheet.row([None, words.text("no_tiers")], styles["subtitle"])
    else:
        checks = sheet.data_validations
        checks.append(drop_down(words.choices("care_level", CARE_LEVELS), words.text("care_level_prompt"),
                                f"E2:E{last}"))
        checks.append(drop_down([words.yes, words.text("no")], words.text("human_touch_prompt"),
                                f"G2:G{last}"))
        checks.append(input_message(words.text("tier_share_prompt"), f"C2:C{last}"))
        checks.append(input_message(words.text("tier_cap_prompt", days=days), f"F2:F{last}"))
    sheet.row([])
    for key in ("tiers_read_back", "read_back"):
        text = words.text(key)
        row = sheet.row([text], styles["muted"], height=row_height([(text, sum(TIER_WIDTHS))]))
        sheet.merged_cells.add(f"A{row}:G{row}")
    print_setup(sheet, title_rows="1:1")
    ctx.name_range("Tiers", TIERS, 1, last, len(TIER_WIDTHS))
