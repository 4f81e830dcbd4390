"""How care shows in the UI: tier colours and readable action summaries
("3 days before Payment due · SMS · Gold, Silver")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from journey_designer.domain.model import CareAction, Project, Trigger
from journey_designer.domain.queries import trigger_parts
from journey_designer.layout.palette import TIER_COLOURS as _TIER_COLOURS  # the one palette


def _tr(text: str) -> str:
    return QCoreApplication.translate("CareText", text)


def tier_color(index: int) -> QColor:
    """Gold, silver and bronze for the first three tiers, then distinct colours."""
    return QColor(_TIER_COLOURS[index % len(_TIER_COLOURS)])


def trigger_summary(trigger: Trigger, touchpoint_name: str) -> str:
    kind, number, subject = trigger_parts(trigger)
    subject = subject or touchpoint_name
    days = f"{number:g}" if number is not None else ""
    if kind in ("before", "after") and number == 1:  # English has a singular; Chinese not
        text = _tr("1 day before %2") if kind == "before" else _tr("1 day after %2")
        return text.replace("%2", subject)
    if kind == "before":
        return _tr("%1 days before %2").replace("%1", days).replace("%2", subject)
    if kind == "after":
        return _tr("%1 days after %2").replace("%1", days).replace("%2", subject)
    if kind == "on":
        return _tr("on %1").replace("%1", subject)
    if kind == "date":
        return _tr("on the date: %1").replace("%1", subject)
    if kind == "threshold":
        if trigger.direction == "at_most":  # format 2: a rating of 2 or less
            return _tr("when %1 ≤ %2").replace("%1", subject).replace("%2", days)
        return _tr("when %1 ≥ %2").replace("%1", subject).replace("%2", days)
    return _tr("when: %1").replace("%1", subject)


def action_summary(project: Project, action: CareAction, touchpoint_name: str) -> str:
    channels = project.channel_by_id()
    tiers = project.tier_by_id()
    channel = channels[action.channel].name if action.channel in channels else "?"
    tier_names = ", ".join(tiers[t].name for t in action.tiers if t in tiers) or _tr("no tier")
    return " · ".join((trigger_summary(action.trigger, touchpoint_name), channel, tier_names))
