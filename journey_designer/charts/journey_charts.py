"""Charts of one journey: the emotion curve with care per tier, and coverage by stage."""

from __future__ import annotations

from collections import Counter

import numpy as np
from matplotlib import colormaps
from matplotlib.axes import Axes
from matplotlib.colors import Colormap, Normalize
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import MaxNLocator, PercentFormatter

from journey_designer.analysis import Analysis
from journey_designer.charts._common import (
    LABEL_SIZE,
    TIER_COLOURS,
    TITLE_SIZE,
    _t,
    add_note,
    message_figure,
    new_figure,
    shorten,
    wrap,
)
from journey_designer.charts._data import (
    StageCell,
    action_counts,
    find_journey,
    ordered_touchpoints,
    stage_coverage,
    tier_columns,
)
from journey_designer.domain import Journey, Project, Touchpoint

EMOTION_NORM = Normalize(vmin=-3, vmax=3)
EMOTION_TOP = 4.5  # room above +3 for the stage names
MAX_TICK_LABELS = 60


def emotion_curve(project: Project, result: Analysis, journey_id: str | None = None) -> Figure:
    """The journey's touchpoints in map order: emotion line, care actions per tier, MoTs.

    `journey_id` None draws the first journey; an unknown id raises ValueError.
    """
    journey = find_journey(project, journey_id)
    if journey is None:
        return message_figure(_t("Emotion curve"), _t("Nothing to show: the project has no journey."))
    title = _t("Emotion and care along “{journey}”").format(journey=shorten(journey.name, 60))
    tps = ordered_touchpoints(journey)
    if not tps:
        return message_figure(title, _t("Nothing to show: this journey has no touchpoints yet."))
    fig = new_figure()
    ax = fig.add_subplot()
    x = np.arange(len(tps))
    tiers = tier_columns(project, result)
    back = ax
    if tiers:
        back = ax.twinx()
        ax.set_zorder(back.get_zorder() + 1)  # the emotion line in front of the bars
        ax.patch.set_visible(False)
        _draw_care_bars(back, x, tps, tiers, action_counts(project))
    _draw_stages(ax, back, journey, tps)
    _draw_emotion(ax, x, tps)
    _label_touchpoints(ax, x, tps)
    ax.set_title(title, fontsize=TITLE_SIZE)
    handles = ax.get_legend_handles_labels()[0]
    if back is not ax:
        handles += back.get_legend_handles_labels()[0]
    fig.fitted_legend(min(6, 2 + len(tiers)), handles=handles, loc="outside lower center",
                      fontsize=LABEL_SIZE, frameon=False)
    return fig


def _draw_emotion(ax: Axes, x: np.ndarray, tps: list[Touchpoint]) -> None:
    emotion = np.array([min(3, max(-3, int(tp.emotion or 0))) for tp in tps])
    mot = np.array([bool(tp.moment_of_truth) for tp in tps])
    cmap = colormaps["RdYlGn"]
    ax.axhline(0, color="#999999", linewidth=0.8, zorder=1)
    ax.plot(x, emotion, color="#555555", linewidth=1.6, zorder=2, label=_t("Emotion"))
    ax.scatter(x[~mot], emotion[~mot], c=emotion[~mot], cmap=cmap, norm=EMOTION_NORM, s=46,
               edgecolors="#333333", linewidths=0.8, zorder=3)
    if mot.any():
        ax.scatter(x[mot], emotion[mot], c=emotion[mot], cmap=cmap, norm=EMOTION_NORM, s=230,
                   marker="*", edgecolors="#111111", linewidths=0.9, zorder=4)
        ax.add_line(Line2D([], [], marker="*", markersize=15, linestyle="None", color="white",
                           markeredgecolor="#111111", label=_t("Moment of truth")))
    ax.set_ylim(-3.6, EMOTION_TOP)
    ax.set_yticks(range(-3, 4), ["−3", "−2", "−1", "0", "+1", "+2", "+3"])
    ax.set_ylabel(_t("Emotion (−3 … +3)"), fontsize=LABEL_SIZE)
    ax.set_xlim(-0.6, len(tps) - 0.4)


def _draw_care_bars(ax: Axes, x: np.ndarray, tps: list[Touchpoint], tiers: list[tuple[str, str]],
                    counts: Counter[tuple[str, str]]) -> None:
    width = 0.72 / len(tiers)
    most = 0
    for k, (tier_id, name) in enumerate(tiers):
        heights = np.array([counts[(tp.id, tier_id)] for tp in tps])
        most = max(most, int(heights.max(initial=0)))
        ax.bar(x - 0.36 + width * (k + 0.5), heights, width=width * 0.9, alpha=0.5, zorder=2,
               color=TIER_COLOURS[k % len(TIER_COLOURS)],
               label=_t("Actions for {tier}").format(tier=shorten(name, 18)))
    ax.set_ylim(0, max(1, most) * 2.4)  # bars keep to the lower part, under the curve
    ax.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=4))
    ax.set_ylabel(_t("Care actions at the touchpoint"), fontsize=LABEL_SIZE)


def _draw_stages(front: Axes, back: Axes, journey: Journey, tps: list[Touchpoint]) -> None:
    """Alternate shaded stage bands with the stage name at the top of each."""
    names = {s.id: s.name for s in journey.stages}
    runs: list[tuple[str, int, int]] = []
    for i, tp in enumerate(tps):
        if runs and runs[-1][0] == tp.stage:
            runs[-1] = (tp.stage, runs[-1][1], i)
        else:
            runs.append((tp.stage, i, i))
    columns_per_tp = 88 / max(len(tps), 1)  # label columns a touchpoint's width holds
    for k, (stage, first, last) in enumerate(runs):
        if k % 2 == 0:
            back.axvspan(first - 0.5, last + 0.5, color="#eef1f5", zorder=0, linewidth=0)
        name = names.get(stage, _t("(no stage)"))
        width = max(4, int(columns_per_tp * (last - first + 1)))
        front.text((first + last) / 2, EMOTION_TOP - 0.1, wrap(name, width, 2), ha="center",
                   va="top", fontsize=8, color="#333333", zorder=5)


def _label_touchpoints(ax: Axes, x: np.ndarray, tps: list[Touchpoint]) -> None:
    step = max(1, -(-len(tps) // MAX_TICK_LABELS))
    shown = x[::step]
    few = len(shown) <= 12
    size = 8 if len(shown) <= 24 else 7
    names = [("★ " if tps[i].moment_of_truth else "") + shorten(tps[i].name, 28 if few else 20)
             for i in shown]
    ax.set_xticks(shown, names, rotation=30 if few else 50, ha="right", rotation_mode="anchor",
                  fontsize=size)
    ax.set_xlabel(_t("Touchpoints in journey order (★ moment of truth)"), fontsize=LABEL_SIZE)


def coverage_heatmap(project: Project, result: Analysis, journey_id: str | None = None) -> Figure:
    """Stages × tiers: the share of moments of truth (else touchpoints) with an action.

    `journey_id` None draws the first journey; an unknown id raises ValueError.
    """
    journey = find_journey(project, journey_id)
    if journey is None:
        return message_figure(_t("Coverage by stage"), _t("Nothing to show: the project has no journey."))
    title = _t("Coverage by stage and tier: “{journey}”").format(journey=shorten(journey.name, 60))
    tiers = tier_columns(project, result)
    empty = _coverage_blocker(journey, tiers)
    if empty:
        return message_figure(title, empty)
    cells = stage_coverage(journey, [tid for tid, _ in tiers], action_counts(project))
    grid = np.array([[np.nan if c.share is None else c.share for c in row] for row in cells])
    fig = new_figure()
    ax = fig.add_subplot()
    cmap = colormaps["RdYlGn"].with_extremes(bad="#e3e3e3")
    image = ax.imshow(np.ma.masked_invalid(grid), cmap=cmap, vmin=0, vmax=1, aspect="auto")
    _annotate_cells(ax, cells, cmap)
    ax.set_xticks(range(len(journey.stages)), [wrap(s.name, 14, 2) for s in journey.stages],
                  fontsize=LABEL_SIZE)
    ax.set_yticks(range(len(tiers)), [shorten(name, 18) for _, name in tiers], fontsize=LABEL_SIZE)
    ax.tick_params(length=0)
    ax.set_xticks(np.arange(len(journey.stages) + 1) - 0.5, minor=True)
    ax.set_yticks(np.arange(len(tiers) + 1) - 0.5, minor=True)
    ax.grid(which="minor", color="white", linewidth=2)
    ax.set_xlabel(_t("Stage"), fontsize=LABEL_SIZE)
    ax.set_ylabel(_t("Tier"), fontsize=LABEL_SIZE)
    ax.set_title(title, fontsize=TITLE_SIZE)
    bar = fig.colorbar(image, ax=ax, format=PercentFormatter(1.0), shrink=0.9)
    bar.set_label(_t("Covered"), fontsize=LABEL_SIZE)
    add_note(fig, _coverage_notes(cells))
    return fig


def _coverage_blocker(journey: Journey, tiers: list[tuple[str, str]]) -> str | None:
    """Why there is no heatmap to draw, or None."""
    if not tiers:
        return _t("Nothing to show: the project has no customer tiers.")
    if not journey.stages:
        return _t("Nothing to show: this journey has no stages.")
    stage_ids = {s.id for s in journey.stages}
    if not any(tp.stage in stage_ids for tp in journey.touchpoints):
        return _t("Nothing to show: this journey has no touchpoints yet.")
    return None


def _annotate_cells(ax: Axes, cells: list[list[StageCell]], cmap: Colormap) -> None:
    big = 11 if len(cells[0]) <= 8 else 8
    for row, line in enumerate(cells):
        for col, cell in enumerate(line):
            share = cell.share
            if share is None:
                ax.text(col, row, "–", ha="center", va="center", fontsize=big, color="#777777")
                continue
            r, g, b, _ = cmap(share)
            colour = "white" if 0.299 * r + 0.587 * g + 0.114 * b < 0.5 else "#111111"
            star = "*" if cell.basis == "touchpoints" else ""
            ax.text(col, row, f"{share:.0%}{star}\n({cell.covered}/{cell.total})", ha="center",
                    va="center", fontsize=big, color=colour, linespacing=1.3)


def _coverage_notes(cells: list[list[StageCell]]) -> list[str]:
    bases = {c.basis for row in cells for c in row}
    notes = [_t("Share of the stage's moments of truth that have a care action for the tier "
                "(covered / total).")]
    if "touchpoints" in bases:
        notes.append(_t("* The stage has no moment of truth: share of its touchpoints instead."))
    if "empty" in bases:
        notes.append(_t("– The stage has no touchpoints."))
    return notes
