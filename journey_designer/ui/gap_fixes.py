"""Quick fixes of gaps other than missing care, offered in the Gaps dock's context menu.

understaffed_channel: set the channel's agents to what Erlang C requires at its peak;
care_level_order: swap the care levels of the inverted pair of tiers; context_lost: put
a channel in the context group of the other side of the transition (issue 16);
contact_fatigue: drop a marketing action for the tier, move an action to a later day or
raise the tier's contact cap — only those the analysis of the plan with the fix shows to
remove the gap without opening another (issue 14, domain/fatigue_fixes.py). Each fix is
one undo step through the document's checked edit API (refused edits are not made).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from journey_designer.analysis import Analysis, Gap
from journey_designer.domain.fatigue_fixes import FatigueFix, fatigue_fixes
from journey_designer.domain.fix_plans import Edit
from journey_designer.domain.model import CARE_LEVELS, Channel, Project, Tier
from journey_designer.ui.document import Document

Fix = tuple[str, Callable[[], object]]  # (menu text, apply)
Analyse = Callable[[Project], Analysis]


def _tr(text: str) -> str:
    return QCoreApplication.translate("GapFixes", text)


def quick_fixes(document: Document, gap: Gap, result: Analysis | None,
                analyse: Analyse | None = None) -> list[Fix]:
    """The fixes that make sense for `gap` ([] for other kinds, or none that would work).
    `analyse` judges fixes that need the analysis of the plan with them (a new Analyzer's
    if not given)."""
    if gap.kind == "understaffed_channel":
        return _agents_fix(document, gap, result)
    if gap.kind == "care_level_order":
        return _swap_fix(document, gap)
    if gap.kind == "context_lost":
        return _context_fix(document, gap)
    if gap.kind == "contact_fatigue":
        return _fatigue_fixes(document, gap, analyse or _fresh_analyser())
    return []


def _fresh_analyser() -> Analyse:
    from journey_designer.analysis import Analyzer

    return Analyzer().analyze


def apply_edit(document: Document, edit: Edit, text: str) -> list[str]:
    """Make `edit` as one undo step named `text`; the ids of the actions it adds or
    changes (added first)."""
    stack = document.undo_stack
    stack.beginMacro(text)
    try:
        for action_id in edit.remove:
            document.delete_item("actions", action_id)
        for list_name, key, changes in edit.change:
            document.update_item(list_name, key, changes)
        added = [document.add_item("actions", action) for action in edit.add]
    finally:
        stack.endMacro()
    return [*added, *(key for name, key, _ in edit.change if name == "actions")]


def _fatigue_fixes(document: Document, gap: Gap, analyse: Analyse) -> list[Fix]:
    project = document.project
    if not (gap.tier_id and gap.journey_id):
        return []
    now = analyse(project)
    tier = next((t for t in now.fatigue if t.tier_id == gap.tier_id), None)
    report = next((j for j in tier.journeys if j.journey_id == gap.journey_id), None) \
        if tier is not None else None
    if report is None:
        return []
    found = fatigue_fixes(project, gap.tier_id, gap.journey_id, report.worst_path_ids,
                          report.worst_window_start_day, report.worst_contacts,
                          lambda p: analyse(p).gaps, before=now.gaps)
    name = tier.tier
    fixes = []
    for fix in found:
        text = _fatigue_text(fix, name)
        fixes.append((text, lambda edit=fix.edit, text=text: apply_edit(document, edit, text)))
    return fixes


def _fatigue_text(fix: FatigueFix, tier: str) -> str:
    if fix.how == "cap":
        return _tr("Raise %1's contact cap to %2").replace("%1", tier).replace(
            "%2", str(fix.cap))
    action = fix.action.name if fix.action is not None else ""
    if fix.how == "later":
        return _tr("Move “%1” to a later day (day %2)").replace("%1", action).replace(
            "%2", f"{fix.day or 0:g}")
    if fix.action is not None and fix.action.purpose == "marketing":
        return _tr("Drop the marketing action “%1” for %2").replace("%1", action).replace(
            "%2", tier)
    return _tr("Drop the courtesy contact “%1” for %2").replace("%1", action).replace(
        "%2", tier)


def _agents_fix(document: Document, gap: Gap, result: Analysis | None) -> list[Fix]:
    staffing = next((s for s in (result.staffing if result else ())
                     if s.channel_id == gap.channel_id), None)
    channel = document.project.channel_by_id().get(gap.channel_id or "")
    if staffing is None or channel is None:
        return []
    need = max(staffing.required_agents, staffing.required_agents_peak)
    text = _tr("Set agents to %1").replace("%1", str(need))
    return [(text, lambda: document.update_item("channels", channel.id, {"agents": need}))]


def inverted_partner(project: Project, tier_id: str) -> Tier | None:
    """The tier worth less per customer but cared for more (as analysis picks it)."""
    tiers = project.tiers
    me = next((t for t in tiers if t.id == tier_id), None)
    if me is None or me.care_level not in CARE_LEVELS:
        return None
    level = CARE_LEVELS.index
    above = [t for t in tiers if t.care_level in CARE_LEVELS
             and t.value_per_customer < me.value_per_customer
             and level(t.care_level) > level(me.care_level)]
    return max(above, key=lambda t: (level(t.care_level), t.value_per_customer), default=None)


def _swap_fix(document: Document, gap: Gap) -> list[Fix]:
    project = document.project
    me = project.tier_by_id().get(gap.tier_id or "")
    other = inverted_partner(project, gap.tier_id or "")
    if me is None or other is None:
        return []

    def apply() -> None:
        stack = document.undo_stack
        stack.beginMacro(_tr("Swap care levels of %1 and %2").replace("%1", me.name)
                         .replace("%2", other.name))
        mine, theirs = me.care_level, other.care_level
        document.update_item("tiers", me.id, {"care_level": theirs})
        document.update_item("tiers", other.id, {"care_level": mine})
        stack.endMacro()

    return [(_tr("Swap care levels of %1 and %2").replace("%1", me.name)
             .replace("%2", other.name), apply)]


def _group(channel: Channel) -> str | None:
    group = channel.context_group
    return group.strip() if isinstance(group, str) and group.strip() else None


def _context_fix(document: Document, gap: Gap) -> list[Fix]:
    """Only moves an ungrouped channel into a group: that adds shared history and never
    takes it away from another transition."""
    project = document.project
    channels = project.channel_by_id()
    located = project.touchpoint_index().get(gap.touchpoint_id or "")
    served = channels.get(gap.channel_id or "")
    if located is None or served is None:
        return []
    journey, target = located
    target_groups = {_group(channels[c]) for c in target.channels if c in channels} - {None}
    tps = {tp.id: tp for tp in journey.touchpoints}
    for transition in journey.transitions:
        source = tps.get(transition.source)
        if transition.target != target.id or source is None:
            continue
        own = [channels[c] for c in source.channels if c in channels]
        groups = {_group(c) for c in own} - {None}
        if groups & target_groups:
            continue
        if _group(served) is None and groups:
            return [_put(document, served, sorted(groups)[0])]
        loose = [c for c in own if _group(c) is None]
        if target_groups and loose:
            return [_put(document, loose[0], sorted(target_groups)[0])]
    return []


def _put(document: Document, channel: Channel, group: str) -> Fix:
    text = _tr("Put channel %1 in context group %2").replace("%1", channel.name).replace(
        "%2", group)
    return (text, lambda: document.update_item("channels", channel.id, {"context_group": group}))
