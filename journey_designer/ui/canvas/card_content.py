"""What a touchpoint card shows (CardData), computed from the domain.

The lookups every card needs (channel names, tier colours, care actions by touchpoint)
are made once per `card_maker` call: building 10,000 cards calls the maker 10,000 times.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication

from journey_designer.domain.model import CareAction, Journey, Project, Touchpoint
from journey_designer.domain.queries import tier_coverage
from journey_designer.domain.validation import SHARE_TOLERANCE
from journey_designer.ui.canvas.items.card import CardData
from journey_designer.ui.care_text import tier_color

Decorator = Callable[[Touchpoint, CardData], None]


def card_maker(project: Project, journey: Journey | None,
               care: Mapping[str, list[CareAction]], lens_tier: str | None = None,
               decorate: Decorator | None = None) -> Callable[[Touchpoint], CardData]:
    """A function from a touchpoint of `journey` to what its card shows."""
    channels = {c.id: c.name for c in project.channels}
    tiers = [(t.id, tier_color(i)) for i, t in enumerate(project.tiers)]
    entries = set(journey.entries) if journey is not None else set()
    exits = set(journey.exits) if journey is not None else set()
    warning_of = share_warnings(journey)

    def make(tp: Touchpoint) -> CardData:
        data = CardData(
            name=tp.name,
            channels=[channels.get(c, c) for c in tp.channels],
            emotion=tp.emotion,
            pain_count=len(tp.pain_points),
            moment_of_truth=tp.moment_of_truth,
            recovery=tp.recovery,
            entry=tp.id in entries,
            exit=tp.id in exits,
            warning=warning_of(tp.id),
        )
        actions = care.get(tp.id, [])
        if actions:
            counts: Counter[str] = Counter()
            for action in actions:
                counts.update(set(action.tiers))  # (an action counts once for a tier)
            data.tier_counts = [(colour, counts[tier_id]) for tier_id, colour in tiers]
        else:
            data.tier_counts = [(colour, 0) for _, colour in tiers]
        if lens_tier is not None:
            data.lens = tier_coverage(tp, actions, lens_tier)
        if decorate is not None:
            decorate(tp, data)
        return data

    return make


def share_warnings(journey: Journey | None) -> Callable[[str], str]:
    """What a card says when the shares leaving it do not add up: more than 100 % (after
    an edit elsewhere, or a file), or none at all though customers arrive and it is no exit
    (after a delete)."""
    leaving: defaultdict[str, float] = defaultdict(float)
    arriving: set[str] = set()
    exits: set[str] = set()
    if journey is not None:
        exits = set(journey.exits)
        for tr in journey.transitions:
            leaving[tr.source] += tr.share
            if tr.share > 0:
                arriving.add(tr.target)

    def warning(tp_id: str) -> str:
        total = leaving.get(tp_id, 0.0)
        if total > 1 + SHARE_TOLERANCE:
            return QCoreApplication.translate("CardContent", (
                "The shares leaving this card add up to %1 %, more than all its customers. "
                "Lower one of its arrows.")).replace("%1", f"{total * 100:.3g}")
        if total <= 0 and tp_id in arriving and tp_id not in exits:
            return QCoreApplication.translate("CardContent", (
                "Customers arrive here but go nowhere: no arrow leaves this card and it is "
                "not an exit."))
        return ""

    return warning
