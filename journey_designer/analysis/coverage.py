"""Coverage per tier, the flow table and the notes of an analysis.

Coverage counts every touchpoint of every journey (reachable or not): a tier is covered
at a touchpoint when some usable action there lists it.
"""

from __future__ import annotations

from collections.abc import Sequence

from journey_designer.analysis import wording
from journey_designer.analysis.facts import Facts
from journey_designer.analysis.results import Note, TierCoverage, TouchpointFlow


def coverage(f: Facts, tiers: Sequence[int]) -> tuple[TierCoverage, ...]:
    n_mot = int(f.mot.sum())
    return tuple(
        TierCoverage(
            tier_id=f.project.tiers[t].id, tier=f.tier_names[t], touchpoints=len(f.tps),
            covered=int(f.covered[t].sum()), moments_of_truth=n_mot,
            mot_covered=int((f.covered[t] & f.mot).sum()),
        )
        for t in tiers
    )


def flow_table(f: Facts) -> tuple[TouchpointFlow, ...]:
    visits, reachable, to_exit = f.visits.tolist(), f.reachable.tolist(), f.reaches_exit.tolist()
    journeys = f.journeys
    return tuple(
        TouchpointFlow(
            touchpoint_id=tp.id, touchpoint=tp.name,
            journey_id=journeys[j].id, journey=journeys[j].name, stage=f.stage_names[g],
            expected_visits=visits[g], reachable=reachable[g], reaches_exit=to_exit[g],
        )
        for g, (tp, j) in enumerate(zip(f.tps, f.tp_journey.tolist(), strict=True))
    )


def notes(f: Facts) -> tuple[Note, ...]:
    """Never-ending loops, approximate reach, actions that list no tier."""
    found: list[Note] = []
    offset = 0
    for journey, flow in zip(f.journeys, f.flows, strict=True):
        for loop in flow.never_ending:
            found.append(_loop_note(f, journey.id, journey.name, [offset + i for i in loop]))
        if flow.approximate:
            found.append(Note(
                kind="approximate_reach", journey_id=journey.id, journey=journey.name,
                message=wording.approximate_reach(f.project.locale, journey.name)))
        offset += flow.graph.size
    for k in f.actions.tierless:
        action = f.project.actions[k]
        found.append(Note(kind="action_without_tier",
                          message=wording.action_without_tier(f.project.locale, action.name)))
    return tuple(found)


def _loop_note(f: Facts, journey_id: str, journey: str, members: list[int]) -> Note:
    message = wording.never_ending_loop(f.project.locale, [f.tps[g].name for g in members],
                                        journey)
    return Note(kind="never_ending_loop", message=message, journey_id=journey_id,
                journey=journey, touchpoint_ids=tuple(f.tps[g].id for g in members))
