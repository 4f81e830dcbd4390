"""Numbers the charts need that the analysis result does not carry per journey or stage.

They follow the analysis' rules (journey_designer.analysis.facts): an action counts at a
touchpoint when its touchpoint and channel exist, once for each tier it lists.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from journey_designer.analysis import Analysis
from journey_designer.domain import Journey, Project, Touchpoint


def find_journey(project: Project, journey_id: str | None) -> Journey | None:
    """The journey with `journey_id` (None: the first); None when the project has none.

    Raises ValueError for an id the project does not have.
    """
    if journey_id is None:
        return project.journeys[0] if project.journeys else None
    for journey in project.journeys:
        if journey.id == journey_id:
            return journey
    known = ", ".join(j.id for j in project.journeys) or "none"
    raise ValueError(f"no journey {journey_id!r} in the project (journeys: {known})")


def ordered_touchpoints(journey: Journey) -> list[Touchpoint]:
    """Touchpoints as a journey map reads: stage by stage, top to bottom in each stage.

    Touchpoints of an unknown stage come last; a card without position keeps its place
    after the placed ones; a repeated id counts once (its first occurrence).
    """
    stage_pos = {s.id: i for i, s in reversed(list(enumerate(journey.stages)))}
    seen: set[str] = set()
    unique = []
    for tp in journey.touchpoints:
        if tp.id not in seen:
            seen.add(tp.id)
            unique.append(tp)

    def key(item: tuple[int, Touchpoint]) -> tuple[int, int, float, int]:
        i, tp = item
        y = tp.y if isinstance(tp.y, int | float) and tp.y == tp.y else None
        return (stage_pos.get(tp.stage, len(stage_pos)), y is None, y or 0.0, i)

    return [tp for _, tp in sorted(enumerate(unique), key=key)]


def tier_columns(project: Project, result: Analysis) -> list[tuple[str, str]]:
    """(tier id, display name) of the tiers in the analysis that the project still has."""
    ids = {t.id for t in project.tiers}
    return [(tid, name) for tid, name in zip(result.tier_ids, result.tiers, strict=False) if tid in ids]


def action_counts(project: Project) -> Counter[tuple[str, str]]:
    """Number of usable care actions per (touchpoint id, tier id)."""
    tps = {tp.id for j in project.journeys for tp in j.touchpoints}
    channels = {c.id for c in project.channels}
    counts: Counter[tuple[str, str]] = Counter()
    for action in project.actions:
        if action.touchpoint in tps and action.channel in channels:
            for tier in dict.fromkeys(action.tiers):
                counts[(action.touchpoint, tier)] += 1
    return counts


@dataclass(frozen=True, slots=True)
class StageCell:
    """Coverage of one tier in one stage: of moments of truth, or of touchpoints."""

    covered: int
    total: int
    basis: str  # "mot", "touchpoints" or "empty" (a stage without touchpoints)

    @property
    def share(self) -> float | None:
        return self.covered / self.total if self.total else None


def stage_coverage(journey: Journey, tier_ids: list[str],
                   counts: Counter[tuple[str, str]]) -> list[list[StageCell]]:
    """cells[tier][stage] for the journey's stages, in order."""
    tps = ordered_touchpoints(journey)
    cells: list[list[StageCell]] = []
    for tier in tier_ids:
        row = []
        for stage in journey.stages:
            mine = [tp for tp in tps if tp.stage == stage.id]
            mots = [tp for tp in mine if tp.moment_of_truth]
            basis = "mot" if mots else ("touchpoints" if mine else "empty")
            base = mots or mine
            covered = sum(1 for tp in base if counts[(tp.id, tier)] > 0)
            row.append(StageCell(covered=covered, total=len(base), basis=basis))
        cells.append(row)
    return cells
