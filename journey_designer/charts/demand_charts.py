"""Charts of what the plan asks of people: agents each human channel needs (Erlang C,
at normal load and at its busiest peak) against agents on duty, and the share of each
tier's customers contacted more often than their cap.

Bars, markers and the tolerance line carry ids (gid: `required-<channel id>`,
`peak-<channel id>`, `on-duty-<channel id>`, `over-cap-<tier id>`, `tolerance`), kept in
an SVG, so a picture can be inspected and restyled. Red marks exactly what the analysis
reports as a gap (understaffed_channel, contact_fatigue).
"""

from __future__ import annotations

import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator, PercentFormatter

from journey_designer.analysis import Analysis, TierFatigue
from journey_designer.analysis.results import Staffing
from journey_designer.analysis.wording import percent
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
)
from journey_designer.domain import Project

PEAK_ALPHA = 0.55  # the peak bar: the same colour, lighter and hatched
HATCH = "///"
SHARE_TOLERANCE = 1e-12  # as the analysis compares a share with the tolerance


def staffing_chart(project: Project, result: Analysis) -> Figure:
    """Per staffed human channel: agents required at normal load and at the peak, and
    the agents on duty; a requirement the agents on duty fall short of is red."""
    title = _t("Human channels: agents required (Erlang C) against agents on duty")
    rows = list(result.staffing)
    if not rows:
        return message_figure(title, _t("Nothing to show: no human channel has opening hours "
                                        "and a handling time."))
    fig = new_figure()
    ax = fig.add_subplot()
    y = np.arange(len(rows))
    height = 0.36
    most = 1.0
    for k, s in enumerate(rows):
        short_normal = s.agents is not None and s.agents < s.required_agents
        short_peak = s.agents is not None and s.agents < s.required_agents_peak
        ax.barh(y[k] - height / 2, s.required_agents, height=height * 0.92,
                color=OVER_COLOUR if short_normal else OK_COLOUR, gid=f"required-{s.channel_id}")
        ax.barh(y[k] + height / 2, s.required_agents_peak, height=height * 0.92,
                color=OVER_COLOUR if short_peak else OK_COLOUR, alpha=PEAK_ALPHA, hatch=HATCH,
                edgecolor="white", linewidth=0, gid=f"peak-{s.channel_id}")
        top = max(s.required_agents, s.required_agents_peak, s.agents or 0)
        most = max(most, top)
        if s.agents is not None:
            ax.plot([s.agents] * 2, [y[k] - 0.42, y[k] + 0.42], color=LIMIT_COLOUR, linewidth=2.5,
                    gid=f"on-duty-{s.channel_id}")
        _staffing_labels(ax, s, y[k], height, short_normal, short_peak)
    ax.set_xlim(0, most * 1.55)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_yticks(y, [shorten(s.channel, 26) for s in rows], fontsize=LABEL_SIZE)
    ax.invert_yaxis()
    ax.set_xlabel(_t("Agents"), fontsize=LABEL_SIZE)
    ax.set_title(title, fontsize=TITLE_SIZE)
    handles = [Patch(color=OK_COLOUR, label=_t("Required, normal load")),
               Patch(facecolor=OK_COLOUR, alpha=PEAK_ALPHA, hatch=HATCH, edgecolor="white",
                     label=_t("Required at the peak")),
               Line2D([], [], color=LIMIT_COLOUR, marker="|", linestyle="None", markersize=14,
                      markeredgewidth=2.5, label=_t("Agents on duty"))]
    if any(s.agents is not None and s.agents < max(s.required_agents, s.required_agents_peak)
           for s in rows):
        handles.insert(2, Patch(color=OVER_COLOUR, label=_t("Short of agents")))
    ax.legend(handles=handles, fontsize=LABEL_SIZE, loc="lower right", framealpha=0.9)
    add_note(fig, _staffing_notes(rows))
    return fig


def _staffing_labels(ax: Axes, s: Staffing, y: float, height: float, short_normal: bool,
                     short_peak: bool) -> None:
    on_duty = s.agents or 0
    normal = _t("{agents} needed for {load} contacts a day").format(
        agents=s.required_agents, load=f"{finite(s.load):,.0f}")
    if s.agents is not None:
        normal += _t(", {answered} answered in time with {agents} on duty").format(
            answered=percent(finite(s.answered_in_time)), agents=s.agents)
    ax.text(max(s.required_agents, on_duty), y - height / 2, "  " + normal, va="center",
            fontsize=LABEL_SIZE - 1, color=OVER_COLOUR if short_normal else "#222222")
    if s.peak:
        peak = _t("{agents} at “{peak}” ({load} a day)").format(
            agents=s.required_agents_peak, peak=shorten(s.peak, 24), load=f"{finite(s.peak_load):,.0f}")
    else:
        peak = _t("{agents} at the peak (no peak adds load)").format(agents=s.required_agents_peak)
    ax.text(max(s.required_agents_peak, on_duty), y + height / 2, "  " + peak, va="center",
            fontsize=LABEL_SIZE - 1, color=OVER_COLOUR if short_peak else "#222222")


def _staffing_notes(rows: list[Staffing]) -> list[str]:
    levels = sorted({(s.target_share, s.within_seconds) for s in rows})
    targets = ", ".join(_t("{share} within {seconds} s").format(share=percent(share),
                                                               seconds=f"{seconds:g}")
                        for share, seconds in levels)
    notes = [_t("Erlang C: the fewest agents that answer the target share in time ({targets}), "
                "with the day's contacts spread over the opening hours.").format(targets=targets)]
    if any(s.agents is None for s in rows):
        notes.append(_t("Channels without agents on duty have no marker."))
    return notes


def fatigue_share(project: Project, result: Analysis) -> Figure:
    """Per tier, the share of its customers contacted more often than the cap in some
    window (in its worst journey), against the tolerance; a tier over it is red."""
    tiers = list(result.fatigue)
    days = tiers[0].window_days if tiers else project.settings.fatigue_window_days
    title = _t("Customers over their contact cap in some {days}-day window").format(days=days)
    if not tiers:
        return message_figure(title, _t("Nothing to show: the project has no customer tiers."))
    tolerance = tiers[0].tolerance
    fig = new_figure()
    ax = fig.add_subplot()
    shares = [finite(t.over_share) for t in tiers]
    over = [share > t.tolerance + SHARE_TOLERANCE for share, t in zip(shares, tiers, strict=True)]
    margins = [_worst(t)[1] for t in tiers]
    x = np.arange(len(tiers))
    for k, tier in enumerate(tiers):
        ax.bar(x[k], shares[k], width=0.55, color=OVER_COLOUR if over[k] else OK_COLOUR,
               gid=f"over-cap-{tier.tier_id}")
    if any(margins):
        ax.errorbar(x, shares, yerr=margins, fmt="none", ecolor="#333333", capsize=5, linewidth=1.2)
    for k in range(len(tiers)):
        label = percent(shares[k]) + (f" ± {percent(margins[k])}" if margins[k] else "")
        ax.annotate(label, (x[k], shares[k] + margins[k]), xytext=(0, 4), textcoords="offset points",
                    ha="center", va="bottom", fontsize=LABEL_SIZE,
                    color=OVER_COLOUR if over[k] else "#222222")
    ax.axhline(tolerance, color=LIMIT_COLOUR, linewidth=1.6, linestyle="--", gid="tolerance")
    top = max([s + m for s, m in zip(shares, margins, strict=True)] + [tolerance])
    ax.set_ylim(0, min(1.0, top * 1.3) if top > 0 else 0.1)
    ax.yaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
    many = len(project.journeys) > 1
    ax.set_xticks(x, [_tier_label(t, many) for t in tiers], fontsize=LABEL_SIZE)
    ax.set_ylabel(_t("Share of the tier's customers over the cap"), fontsize=LABEL_SIZE)
    ax.set_title(title, fontsize=TITLE_SIZE)
    handles: list[Artist] = [Line2D([], [], color=LIMIT_COLOUR, linestyle="--",
                                    label=_t("Tolerance ({share})").format(share=percent(tolerance)))]
    if any(over):
        handles.insert(0, Patch(color=OVER_COLOUR, label=_t("Over the tolerance")))
    if not all(over):
        handles.insert(0, Patch(color=OK_COLOUR, label=_t("Within the tolerance")))
    ax.legend(handles=handles, fontsize=LABEL_SIZE, loc="upper right", framealpha=0.9)
    notes = [_t("A customer is over the cap when some {days}-day window holds more contacts than "
                "the tier's maximum; each tier's worst journey is shown.").format(days=days)]
    if any(margins):
        notes.append(_t("A simulated share is shown with its 99.99 % margin (the whiskers)."))
    add_note(fig, notes)
    return fig


def _worst(tier: TierFatigue) -> tuple[str | None, float]:
    """The journey with the largest share over the cap, and that share's margin."""
    worst = max(tier.journeys, key=lambda j: j.over_share, default=None)
    if worst is None:
        return None, 0.0
    return worst.journey, finite(worst.margin)


def _tier_label(tier: TierFatigue, name_journey: bool) -> str:
    lines = [shorten(tier.tier, 20), _t("cap {cap} a window").format(cap=tier.limit)]
    journey = _worst(tier)[0]
    if name_journey and journey and tier.over_share > 0:
        lines.append(shorten(journey, 20))
    return "\n".join(lines)
