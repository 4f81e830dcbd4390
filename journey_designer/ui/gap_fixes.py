"""Quick fixes of the format-2 gaps (issue 16), offered in the Gaps dock's context menu.

understaffed_channel: set the channel's agents to what Erlang C requires at its peak;
care_level_order: swap the care levels of the inverted pair of tiers; context_lost: put
a channel in the context group of the other side of the transition. Each fix is one
undo step through the document's checked edit API (refused edits are not made).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from journey_designer.analysis import Analysis, Gap
from journey_designer.domain.model import CARE_LEVELS, Channel, Project, Tier
from journey_designer.ui.document import Document

Fix = tuple[str, Callable[[], object]]  # (menu text, apply)


def _tr(text: str) -> str:
    return QCoreApplication.translate("GapFixes", text)


def quick_fixes(document: Document, gap: Gap, result: Analysis | None) -> list[Fix]:
    """The fixes that make sense for `gap` ([] for other kinds, or none that would work)."""
    if gap.kind == "understaffed_channel":
        return _agents_fix(document, gap, result)
    if gap.kind == "care_level_order":
        return _swap_fix(document, gap)
    if gap.kind == "context_lost":
        return _context_fix(document, gap)
    return []


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
