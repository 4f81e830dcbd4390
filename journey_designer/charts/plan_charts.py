"""Charts of the whole plan: channel load, contact fatigue and care cost against value."""

from __future__ import annotations

from typing import TYPE_CHECKING

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import StrMethodFormatter

from journey_designer.analysis import Analysis, ChannelLoad, TierFatigue
from journey_designer.analysis.wording import amount, percent
from journey_designer.charts._common import (
    LABEL_SIZE,
    LIMIT_COLOUR,
    OK_COLOUR,
    OVER_COLOUR,
    TITLE_SIZE,
    _t,
    add_note,
    finite,
    message_figure,
    new_figure,
    shorten,
    value_label_room,
)
from journey_designer.domain import Project

if TYPE_CHECKING:
    from matplotlib.typing import LegendLocType

TOLERANCE = 1e-9  # as the analysis compares loads and limits
VALUE_COLOUR = "#54a24b"


def _limit_handle(label: str, vertical: bool) -> Line2D:
    return Line2D([], [], color=LIMIT_COLOUR, marker="|" if vertical else "_", linestyle="None",
                  markersize=14, markeredgewidth=2.5, label=label)


def _bar_legend(ax: Axes, labels: tuple[str, str, str], vertical_marker: bool, any_over: bool,
                loc: LegendLocType) -> None:
    """Legend of a bar chart with limit markers: labels are (bar, over the limit, limit)."""
    ok_label, over_label, limit_label = labels
    handles = [Patch(color=OK_COLOUR, label=ok_label),
               _limit_handle(limit_label, vertical_marker)]
    if any_over:
        handles.insert(1, Patch(color=OVER_COLOUR, label=over_label))
    ax.legend(handles=handles, fontsize=LABEL_SIZE, loc=loc, framealpha=0.9)


def channel_load(project: Project, result: Analysis) -> Figure:
    """Human channels: expected contacts a day against capacity, overloaded ones in red."""
    title = _t("Human channels: expected daily load against capacity")
    loads = [c for c in result.channels if c.kind == "human"]
    if not loads:
        return message_figure(title, _t("Nothing to show: the project has no human channels."))
    fig = new_figure()
    ax = fig.add_subplot()
    values = [finite(c.expected_daily_load) for c in loads]
    over = [_overloaded(c) for c in loads]
    ax.barh(range(len(loads)), values, height=0.6, color=[OVER_COLOUR if o else OK_COLOUR for o in over])
    tops = list(values)
    for y, load in enumerate(loads):
        if load.capacity_per_day is not None:
            ax.plot([load.capacity_per_day] * 2, [y - 0.4, y + 0.4], color=LIMIT_COLOUR, linewidth=2.5)
            tops[y] = max(tops[y], float(load.capacity_per_day))
        ax.text(tops[y], y, "  " + _load_label(load), va="center", fontsize=LABEL_SIZE,
                color=OVER_COLOUR if over[y] else "#222222")
    value_label_room(ax, max(tops), horizontal=True)
    ax.set_yticks(range(len(loads)), [shorten(c.channel, 26) for c in loads], fontsize=LABEL_SIZE)
    ax.invert_yaxis()
    ax.xaxis.set_major_formatter(StrMethodFormatter("{x:,.0f}"))
    ax.set_xlabel(_t("Contacts per day"), fontsize=LABEL_SIZE)
    ax.set_title(title, fontsize=TITLE_SIZE)
    labels = (_t("Expected daily load"), _t("Over capacity"), _t("Capacity per day"))
    _bar_legend(ax, labels, True, any(over), "lower right")
    notes = [_t("Expected load: monthly entries / 30 × tier share × reach × actions on the channel, "
                "all tiers together.")]
    if any(c.capacity_per_day is None for c in loads):
        notes.append(_t("Channels without a capacity have no marker."))
    add_note(fig, notes)
    return fig


def _overloaded(load: ChannelLoad) -> bool:
    cap = load.capacity_per_day
    return cap is not None and finite(load.expected_daily_load) > cap + TOLERANCE


def _load_label(load: ChannelLoad) -> str:
    value = amount(finite(load.expected_daily_load))
    if load.capacity_per_day is None:
        return _t("{load} a day (no capacity set)").format(load=value)
    share = load.utilisation
    shown = percent(share) if share is not None else ""
    return _t("{load} of {capacity} a day ({share})").format(
        load=value, capacity=f"{load.capacity_per_day:,}", share=shown)


def contacts_per_window(project: Project, result: Analysis) -> Figure:
    """Per tier, the busiest window's expected contacts per customer against its limit."""
    tiers = result.fatigue
    days = tiers[0].window_days if tiers else project.settings.fatigue_window_days
    title = _t("Busiest {days}-day window: expected contacts per customer").format(days=days)
    if not tiers:
        return message_figure(title, _t("Nothing to show: the project has no customer tiers."))
    fig = new_figure()
    ax = fig.add_subplot()
    values = [finite(t.max_in_window) for t in tiers]
    over = [v > t.limit + TOLERANCE for v, t in zip(values, tiers, strict=True)]
    ax.bar(range(len(tiers)), values, width=0.55, color=[OVER_COLOUR if o else OK_COLOUR for o in over])
    for x, (tier, value) in enumerate(zip(tiers, values, strict=True)):
        ax.plot([x - 0.38, x + 0.38], [tier.limit] * 2, color=LIMIT_COLOUR, linewidth=2.5)
        ax.annotate(_t("{value} (limit {limit})").format(value=f"{value:.1f}", limit=tier.limit),
                    (x, max(value, tier.limit)), xytext=(0, 5), textcoords="offset points",
                    ha="center", va="bottom", fontsize=LABEL_SIZE,
                    color=OVER_COLOUR if over[x] else "#222222")
    ax.set_ylim(0, max(values + [float(t.limit) for t in tiers]) * 1.3 or 1.0)
    many = len(project.journeys) > 1
    ax.set_xticks(range(len(tiers)), [_window_label(t, many) for t in tiers], fontsize=LABEL_SIZE)
    ax.set_ylabel(_t("Expected contacts per customer"), fontsize=LABEL_SIZE)
    ax.set_title(title, fontsize=TITLE_SIZE)
    labels = (_t("Expected contacts"), _t("Over the limit"), _t("Max contacts per window"))
    _bar_legend(ax, labels, False, any(over), "upper right")
    add_note(fig, [_t("Each tier's busiest window in any journey; contacts are weighted by the share "
                      "of customers who reach the touchpoint.")])
    return fig


def _window_label(tier: TierFatigue, name_journey: bool) -> str:
    """Tier name, and where its busiest window lies."""
    lines = [shorten(tier.tier, 20)]
    busiest = max(tier.journeys, key=lambda j: j.max_in_window, default=None)
    if busiest is None or busiest.window_start_day is None:
        lines.append(_t("(no contacts)"))
        return "\n".join(lines)
    start = finite(busiest.window_start_day)
    lines.append(_t("days {start}–{end}").format(start=f"{start:g}", end=f"{start + tier.window_days:g}"))
    if name_journey:
        lines.append(shorten(busiest.journey, 20))
    return "\n".join(lines)


def cost_vs_value(project: Project, result: Analysis) -> Figure:
    """Per tier, expected care cost per customer beside what the customer is worth."""
    title = _t("Care cost and value per customer, by tier")
    tiers = result.value
    if not tiers:
        return message_figure(title, _t("Nothing to show: the project has no customer tiers."))
    fig = new_figure()
    left, right = fig.subplots(1, 2, sharey=True)
    mismatch = {g.tier_id for g in result.gaps_of("value_mismatch")}
    costs = [finite(t.care_cost_per_customer) for t in tiers]
    worth = [finite(t.value_per_customer) for t in tiers]
    rows = range(len(tiers))
    left.barh(rows, costs, height=0.6,
              color=[OVER_COLOUR if t.tier_id in mismatch else OK_COLOUR for t in tiers])
    right.barh(rows, worth, height=0.6, color=VALUE_COLOUR)
    for y, (cost, value) in enumerate(zip(costs, worth, strict=True)):
        share = _t(" ({share} of value)").format(share=percent(cost / value)) if value > 0 else ""
        left.text(cost, y, f"  {amount(cost)}{share}", va="center", fontsize=LABEL_SIZE)
        right.text(value, y, f"  {amount(value)}", va="center", fontsize=LABEL_SIZE)
    value_label_room(left, max(costs) * 1.3)
    value_label_room(right, max(worth))
    left.set_yticks(rows, [shorten(t.tier, 20) for t in tiers], fontsize=LABEL_SIZE)
    left.invert_yaxis()
    left.set_title(_t("Expected care cost per customer"), fontsize=LABEL_SIZE + 1)
    right.set_title(_t("Value per customer"), fontsize=LABEL_SIZE + 1)
    right.xaxis.set_major_formatter(StrMethodFormatter("{x:,.0f}"))
    fig.suptitle(title, fontsize=TITLE_SIZE)
    notes = [_t("Care cost: reach × cost per contact of every action for the tier, over all journeys.")]
    if mismatch:
        notes.append(_t("Red: the tier's care costs more than that of a tier worth more (value mismatch)."))
    add_note(fig, notes)
    return fig
