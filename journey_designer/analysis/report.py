"""The text reports of `analyze` and `diff`: what a care manager reads in a terminal."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from journey_designer.analysis.diff import ProjectDiff
from journey_designer.analysis.results import SEVERITIES, Analysis, Gap
from journey_designer.analysis.whatif import AnalysisChange
from journey_designer.analysis.wording import amount, percent, quoted

INDENT = "  "


def _width(text: str) -> int:
    """Columns `text` takes in a terminal (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def table(rows: Sequence[Sequence[str]], header: Sequence[str] | None = None) -> list[str]:
    """Left-aligned columns two spaces apart, indented."""
    every = [list(header)] + [list(r) for r in rows] if header else [list(r) for r in rows]
    if not every:
        return []
    widths = [max(_width(r[i]) for r in every) for i in range(len(every[0]))]
    return [INDENT + "  ".join(_pad(cell, w) for cell, w in zip(r, widths, strict=True)).rstrip()
            for r in every]


def _of(part: int, whole: int) -> str:
    share = f" ({percent(part / whole)})" if whole else ""
    return f"{part} of {whole}{share}"


def _coverage(result: Analysis) -> list[str]:
    rows = [[c.tier, _of(c.covered, c.touchpoints), _of(c.mot_covered, c.moments_of_truth)]
            for c in result.coverage]
    if not rows:
        return ["Coverage: the project has no tiers"]
    return ["Coverage", *table(rows, ["tier", "touchpoints covered", "moments of truth covered"])]


def _label(kind: str) -> str:
    return kind.replace("_", " ")


def _gaps(gaps: Sequence[Gap]) -> list[str]:
    if not gaps:
        return ["Gaps: none"]
    counts = [f"{sum(1 for g in gaps if g.severity == s)} {s}" for s in SEVERITIES
              if any(g.severity == s for g in gaps)]
    lines = [f"Gaps: {', '.join(counts)}"]
    for severity in SEVERITIES:
        mine = [g for g in gaps if g.severity == severity]
        if mine:
            lines.append(f"{INDENT}{severity.upper()}")
            lines += [f"{INDENT * 2}[{_label(g.kind)}] {g.message}" for g in mine]
    return lines


def _priorities(result: Analysis) -> list[str]:
    if not result.priorities:
        return ["Fix first: nothing stands out"]
    lines = ["Fix first"]
    for p in result.priorities:
        where = ", ".join(x for x in (f"stage {quoted(p.stage)}" if p.stage else "",
                                      f"journey {quoted(p.journey)}") if x)
        lines.append(f"{INDENT}{p.rank:>2}. {p.touchpoint} ({where}) — score {p.score:.3g}")
        lines.append(f"{INDENT}    {'; '.join(p.reasons)}")
    return lines


def _channels(result: Analysis) -> list[str]:
    rows = []
    for c in result.channels:
        capacity = "—" if c.capacity_per_day is None else f"{c.capacity_per_day:,}"
        use = c.utilisation
        flag = "OVERLOADED" if c.kind == "human" and use is not None and use > 1 else ""
        rows.append([c.channel, c.kind, amount(c.expected_daily_load), capacity,
                     "" if use is None else percent(use), flag])
    if not rows:
        return []
    return ["Channels (expected contacts a day)",
            *table(rows, ["channel", "kind", "load", "capacity", "used", ""])]


def _fatigue(result: Analysis) -> list[str]:
    rows = []
    for tier in result.fatigue:
        worst = max(tier.journeys, key=lambda j: j.max_in_window, default=None)
        if worst is None:
            continue
        start = worst.window_start_day
        where = worst.journey if start is None else f"{worst.journey}, from day {start:g}"
        flag = "TOO MANY" if tier.max_in_window > tier.limit + 1e-9 else ""
        rows.append([tier.tier, f"{tier.max_in_window:.2f}", str(tier.limit), where, flag])
    if not rows:
        return []
    window = result.fatigue[0].window_days
    return [f"Contact fatigue (busiest {window}-day window, contacts per customer)",
            *table(rows, ["tier", "contacts", "limit", "where", ""])]


def _value(result: Analysis) -> list[str]:
    rows = [[v.tier, amount(v.care_cost_per_customer), amount(v.value_per_customer)]
            for v in result.value]
    if not rows:
        return []
    return ["Care cost per customer", *table(rows, ["tier", "care cost", "value"])]


def _notes(result: Analysis) -> list[str]:
    if not result.notes:
        return []
    return ["Notes", *[f"{INDENT}- {n.message}" for n in result.notes]]


def analysis_text(result: Analysis, *, touchpoints: int, journeys: int, actions: int) -> str:
    """The `analyze` report: coverage, gaps by severity, priorities, then the sums."""
    head = [f"Analysis of {quoted(result.project)}",
            f"{journeys} journey(s), {touchpoints} touchpoints, {actions} care actions; "
            f"tiers: {', '.join(result.tiers) or 'none'}"]
    sections = [head, _coverage(result), _gaps(result.gaps), _priorities(result),
                _channels(result), _fatigue(result), _value(result), _notes(result)]
    return "\n\n".join("\n".join(s) for s in sections if s) + "\n"


# ---------------------------------------------------------------- diff

_SIGNS = {"added": "+", "removed": "-", "changed": "~"}
_SECTIONS = (("settings", "Project and settings"), ("tier", "Tiers"), ("channel", "Channels"),
             ("journey", "Journeys"), ("stage", "Stages"), ("touchpoint", "Touchpoints"),
             ("transition", "Transitions"), ("action", "Care actions"))


def _delta(before: int, after: int) -> str:
    return f"{before} → {after} ({after - before:+d})" if before != after else str(after)


def change_text(change: AnalysisChange) -> list[str]:
    """Coverage and gap changes, as lines."""
    lines = ["Coverage"]
    for c in change.coverage:
        old_c, new_c = c.before, c.after
        covered = _delta(old_c.covered if old_c else 0, new_c.covered if new_c else 0)
        mot = _delta(old_c.mot_covered if old_c else 0, new_c.mot_covered if new_c else 0)
        lines.append(f"{INDENT}{c.tier}: touchpoints covered {covered}, "
                     f"moments of truth covered {mot}")
    lines.append(f"Gaps: {_delta(change.gaps_before, change.gaps_after)}")
    for label, gaps in (("resolved", change.gaps_resolved), ("new", change.gaps_added)):
        lines += [f"{INDENT}{label}: [{g.severity}, {_label(g.kind)}] {g.message}" for g in gaps]
    return lines


def diff_text(diff: ProjectDiff) -> str:
    lines = [f"Changes from {quoted(diff.old)} to {quoted(diff.new)}"]
    if not diff.changes:
        lines.append(f"{INDENT}no changes to the plan")
    for what, title in _SECTIONS:
        mine = diff.of(what)
        if not mine:
            continue
        lines.append(title)
        for c in mine:
            where = f" (in {quoted(c.journey)})" if c.journey and what != "journey" else ""
            details = f": {'; '.join(c.details)}" if c.details else ""
            lines.append(f"{INDENT}{_SIGNS[c.change]} {c.change} {quoted(c.name)}{where}{details}")
    return "\n".join([*lines, "", *change_text(diff.analysis)]) + "\n"
