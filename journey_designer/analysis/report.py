"""The text reports of `analyze` and `diff`: what a care manager reads in a terminal.

Headings and labels are in the language of journey_designer.messages (context "Report", set
by the command line from the environment); the sentences about the plan (gap messages,
reasons) are in the project's language (wording.py).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING

from journey_designer import messages
from journey_designer.analysis.results import SEVERITIES, Analysis, Gap
from journey_designer.analysis.wording import amount, percent

if TYPE_CHECKING:  # types only: importing them loads the engine (networkx, numpy), which
    # the app does not need for its gap labels before its first paint (issue 15)
    from journey_designer.analysis.diff import ProjectDiff
    from journey_designer.analysis.whatif import AnalysisChange

INDENT = "  "


def _t(text: str) -> str:
    return messages.translate("Report", text)


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
    return _t("{part} of {whole}").format(part=part, whole=whole) + share


def _coverage(result: Analysis) -> list[str]:
    rows = [[c.tier, _of(c.covered, c.touchpoints), _of(c.mot_covered, c.moments_of_truth)]
            for c in result.coverage]
    if not rows:
        return [_t("Coverage: the project has no tiers")]
    return [_t("Coverage"), *table(rows, [_t("tier"), _t("touchpoints covered"),
                                          _t("moments of truth covered")])]


def gap_kind_label(kind: str) -> str:
    """A gap kind in words ("uncovered moment of truth")."""
    labels = {
        "uncovered_moment_of_truth": _t("uncovered moment of truth"),
        "uncovered_pain_point": _t("uncovered pain point"),
        "care_silence": _t("care silence"),
        "contact_fatigue": _t("contact fatigue"),
        "marketing_in_service_recovery": _t("marketing in service recovery"),
        "channel_overload": _t("channel overload"),
        "value_mismatch": _t("value mismatch"),
        "missing_human_touch": _t("missing human touch"),
        "unreachable_touchpoint": _t("unreachable touchpoint"),
        "dead_end": _t("dead end"),
        "orphan_action": _t("orphan action"),
        "understaffed_channel": _t("understaffed channel"),
        "context_lost": _t("context lost"),
        "care_level_order": _t("care level order"),
        "over_budget": _t("over budget"),
    }
    return labels.get(kind) or kind.replace("_", " ")


def _severity(severity: str) -> str:
    names = {"critical": _t("critical"), "high": _t("high"), "medium": _t("medium"), "low": _t("low")}
    return names.get(severity, severity)


def _severity_heading(severity: str) -> str:
    names = {"critical": _t("CRITICAL"), "high": _t("HIGH"), "medium": _t("MEDIUM"), "low": _t("LOW")}
    return names.get(severity, severity.upper())


def _gaps(gaps: Sequence[Gap]) -> list[str]:
    if not gaps:
        return [_t("Gaps: none")]
    counts = [_t("{count} {severity}").format(count=sum(1 for g in gaps if g.severity == s),
                                              severity=_severity(s))
              for s in SEVERITIES if any(g.severity == s for g in gaps)]
    lines = [_t("Gaps: {counts}").format(counts=_t(", ").join(counts))]
    for severity in SEVERITIES:
        mine = [g for g in gaps if g.severity == severity]
        if mine:
            lines.append(f"{INDENT}{_severity_heading(severity)}")
            lines += [f"{INDENT * 2}[{gap_kind_label(g.kind)}] {g.message}" for g in mine]
    return lines


def _priorities(result: Analysis) -> list[str]:
    if not result.priorities:
        return [_t("Fix first: nothing stands out")]
    lines = [_t("Fix first")]
    for p in result.priorities:
        where = _t(", ").join(x for x in (_t("stage '{name}'").format(name=p.stage) if p.stage else "",
                                          _t("journey '{name}'").format(name=p.journey)) if x)
        lines.append(INDENT + _t("{rank}. {touchpoint} ({where}) — score {score}").format(
            rank=f"{p.rank:>2}", touchpoint=p.touchpoint, where=where, score=f"{p.score:.3g}"))
        lines.append(f"{INDENT}    {_t('; ').join(p.reasons)}")
    return lines


def _channel_kind(kind: str) -> str:
    return {"human": _t("human"), "automated": _t("automated")}.get(kind, kind)


def _channels(result: Analysis) -> list[str]:
    rows = []
    for c in result.channels:
        capacity = "—" if c.capacity_per_day is None else f"{c.capacity_per_day:,}"
        use = c.utilisation
        flag = _t("OVERLOADED") if c.kind == "human" and use is not None and use > 1 else ""
        rows.append([c.channel, _channel_kind(c.kind), amount(c.expected_daily_load), capacity,
                     "" if use is None else percent(use), flag])
    if not rows:
        return []
    return [_t("Channels (expected contacts a day)"),
            *table(rows, [_t("channel"), _t("kind"), _t("load"), _t("capacity"), _t("used"), ""])]


def _fatigue(result: Analysis) -> list[str]:
    rows = []
    for tier in result.fatigue:
        worst = max(tier.journeys, key=lambda j: (j.over_share, j.worst_contacts), default=None)
        if worst is None:
            continue
        how = {"exact": _t("exact"), "simulation": _t("simulated ±{margin}").format(
            margin=percent(worst.margin))}.get(worst.method, "")
        flag = _t("TOO MANY") if worst.over_share > tier.tolerance + 1e-12 else ""
        rows.append([tier.tier, percent(worst.over_share), str(tier.limit),
                     str(worst.worst_contacts), worst.journey, how, flag])
    if not rows:
        return []
    window = result.fatigue[0].window_days
    return [_t("Contact fatigue (customers over their limit in some {days}-day window)").format(
                days=window),
            *table(rows, [_t("tier"), _t("over"), _t("limit"), _t("most"), _t("journey"),
                          _t("method"), ""])]


def _staffing(result: Analysis) -> list[str]:
    rows = []
    for s in result.staffing:
        agents = "—" if s.agents is None else str(s.agents)
        short = s.agents is not None and s.agents < max(s.required_agents, s.required_agents_peak)
        rows.append([s.channel, amount(s.load), amount(s.erlangs), str(s.required_agents),
                     str(s.required_agents_peak), agents, _t("SHORT") if short else ""])
    if not rows:
        return []
    return [_t("Staffing (Erlang C; peak: the busiest day of the year)"),
            *table(rows, [_t("channel"), _t("contacts a day"), _t("Erlangs"), _t("needed"),
                          _t("needed at peak"), _t("on duty"), ""])]


def _budget(result: Analysis) -> list[str]:
    money = result.budget
    if money is None or not money.total and money.limit is None:
        return []
    limit = _t("no budget set") if money.limit is None else _t("budget {limit}").format(
        limit=amount(money.limit))
    rows = [[name, amount(cost)] for name, cost in money.per_channel if cost > 0]
    return [_t("Monthly cost {total} ({limit})").format(total=amount(money.total), limit=limit),
            *table(rows, [_t("channel"), _t("a month")])]


def _value(result: Analysis) -> list[str]:
    rows = [[v.tier, amount(v.care_cost_per_customer), amount(v.value_per_customer)]
            for v in result.value]
    if not rows:
        return []
    return [_t("Care cost per customer"), *table(rows, [_t("tier"), _t("care cost"), _t("value")])]


def _notes(result: Analysis) -> list[str]:
    if not result.notes:
        return []
    return [_t("Notes"), *[f"{INDENT}- {n.message}" for n in result.notes]]


def analysis_text(result: Analysis, *, touchpoints: int, journeys: int, actions: int) -> str:
    """The `analyze` report: coverage, gaps by severity, priorities, then the sums."""
    head = [_t("Analysis of '{project}'").format(project=result.project),
            _t("{journeys} journey(s), {touchpoints} touchpoints, {actions} care actions; tiers: {tiers}")
            .format(journeys=journeys, touchpoints=touchpoints, actions=actions,
                    tiers=_t(", ").join(result.tiers) or _t("none"))]
    sections = [head, _coverage(result), _gaps(result.gaps), _priorities(result),
                _channels(result), _staffing(result), _fatigue(result), _value(result),
                _budget(result), _notes(result)]
    return "\n\n".join("\n".join(s) for s in sections if s) + "\n"


# ---------------------------------------------------------------- diff

_SIGNS = {"added": "+", "removed": "-", "changed": "~"}
_SECTIONS = ("settings", "tier", "channel", "journey", "stage", "touchpoint", "transition", "action")


def _section_title(what: str) -> str:
    titles = {"settings": _t("Project and settings"), "tier": _t("Tiers"), "channel": _t("Channels"),
              "journey": _t("Journeys"), "stage": _t("Stages"), "touchpoint": _t("Touchpoints"),
              "transition": _t("Transitions"), "action": _t("Care actions")}
    return titles[what]


def _change_word(change: str) -> str:
    return {"added": _t("added"), "removed": _t("removed"), "changed": _t("changed")}.get(change, change)


def _delta(before: int, after: int) -> str:
    return f"{before} → {after} ({after - before:+d})" if before != after else str(after)


def change_text(change: AnalysisChange) -> list[str]:
    """Coverage and gap changes, as lines."""
    lines = [_t("Coverage")]
    for c in change.coverage:
        old_c, new_c = c.before, c.after
        covered = _delta(old_c.covered if old_c else 0, new_c.covered if new_c else 0)
        mot = _delta(old_c.mot_covered if old_c else 0, new_c.mot_covered if new_c else 0)
        lines.append(INDENT + _t("{tier}: touchpoints covered {covered}, moments of truth covered {mot}")
                     .format(tier=c.tier, covered=covered, mot=mot))
    lines.append(_t("Gaps: {counts}").format(counts=_delta(change.gaps_before, change.gaps_after)))
    for label, gaps in ((_t("resolved"), change.gaps_resolved), (_t("new"), change.gaps_added)):
        lines += [f"{INDENT}{label}: [{_severity(g.severity)}, {gap_kind_label(g.kind)}] {g.message}"
                  for g in gaps]
    return lines


def diff_text(diff: ProjectDiff) -> str:
    lines = [_t("Changes from '{old}' to '{new}'").format(old=diff.old, new=diff.new)]
    if not diff.changes:
        lines.append(INDENT + _t("no changes to the plan"))
    for what in _SECTIONS:
        mine = diff.of(what)
        if not mine:
            continue
        lines.append(_section_title(what))
        for c in mine:
            where = (_t(" (in '{journey}')").format(journey=c.journey)
                     if c.journey and what != "journey" else "")
            details = f": {'; '.join(c.details)}" if c.details else ""
            lines.append(f"{INDENT}{_SIGNS[c.change]} {_change_word(c.change)} "
                         + _t("'{name}'").format(name=c.name) + f"{where}{details}")
    return "\n".join([*lines, "", *change_text(diff.analysis)]) + "\n"
