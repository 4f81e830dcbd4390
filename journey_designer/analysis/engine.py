"""The analysis of a project, as design.md's "Analysis" defines it.

`analyze(project)` for a one-off analysis (the CLI); an `Analyzer` kept per open
document for repeated ones (the UI): it reuses each journey's flow (graph, expected
visits, reachability) while the journey's structure is unchanged, and each tier's care
silence runs while the structure and that tier's coverage are unchanged, and each
journey's customer paths (exact or simulated) while its structure is unchanged (after a
change of shares only the simulated customers whose way it changes walk again), and each
tier's contacts per customer in a journey while its actions there are unchanged (per
simulated path: a path seen before is not counted again).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from journey_designer.analysis.coverage import coverage, flow_table, notes
from journey_designer.analysis.facts import Facts, build_facts
from journey_designer.analysis.fatigue import FatigueSource, per_customer
from journey_designer.analysis.flow import FlowCache
from journey_designer.analysis.gaps import (
    marketing_in_recovery,
    orphan_actions,
    structure_gaps,
    tier_touchpoint_gaps,
)
from journey_designer.analysis.load import (
    channel_loads,
    fatigue,
    overload_gaps,
    tier_values,
    value_gaps,
)
from journey_designer.analysis.plan_checks import (
    budget,
    care_level_order,
    context_lost,
    over_budget,
)
from journey_designer.analysis.priorities import PRIORITY_BY, priorities
from journey_designer.analysis.results import GAP_KINDS, Analysis, Gap, severity_rank
from journey_designer.analysis.silence import SilenceSource, silence_gaps
from journey_designer.analysis.staffing import (
    peak_loads,
    peak_overload_gaps,
    staffing,
    understaffed_gaps,
)
from journey_designer.domain import JourneyError, Project


class UnknownTierError(JourneyError):
    """A tier name that is not in the project; names the known ones."""

    def __init__(self, name: str, known: Sequence[str]) -> None:
        self.name = name
        self.known = list(known)
        listed = ", ".join(self.known) if self.known else "(the project has no tiers)"
        super().__init__(f"unknown tier {name!r} — known: {listed}")


def tier_positions(project: Project, tier: str | None) -> list[int] | None:
    """Positions of the tiers in scope: all (None) or the one named (by name or id)."""
    if tier is None:
        return None
    for by in ("name", "id"):
        found = [i for i, t in enumerate(project.tiers) if getattr(t, by) == tier]
        if found:
            return found[:1]
    raise UnknownTierError(tier, [t.name for t in project.tiers])


class Analyzer:
    """Analyses projects, reusing unchanged per-journey work between calls.

    Not thread-safe: use one Analyzer from one thread at a time (the UI's analysis worker).
    """

    def __init__(self) -> None:
        self.flows = FlowCache()
        self.silence = SilenceSource()
        self.fatigue = FatigueSource()

    def analyze(self, project: Project, tier: str | None = None,
                priority_by: str = "value") -> Analysis:
        """Analyse `project`; with `tier` (a name or id), only that tier's view; Fix-first
        ranked by `priority_by` ("value" or "customers").

        Raises UnknownTierError for a tier the project does not have.
        """
        if priority_by not in PRIORITY_BY:
            raise ValueError(f"priority_by must be one of {PRIORITY_BY}, not {priority_by!r}")
        positions = tier_positions(project, tier)
        with _collector_paused():
            facts = build_facts(project, self.flows.flow)
            return assemble(facts, positions, self.silence, self.fatigue, priority_by)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The analysis makes many small acyclic objects: letting the cyclic garbage collector
    scan a big project over and over while they are made costs more than the analysis."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def analyze(project: Project, tier: str | None = None, priority_by: str = "value") -> Analysis:
    """A one-off analysis of `project` (see Analyzer.analyze)."""
    return Analyzer().analyze(project, tier, priority_by)


def assemble(f: Facts, positions: list[int] | None, silence: SilenceSource,
             customers: FatigueSource | None = None, priority_by: str = "value") -> Analysis:
    scope = list(range(len(f.project.tiers))) if positions is None else positions
    tired, per_customer_gaps = per_customer(f, fatigue(f, scope), scope,
                                            customers or FatigueSource())
    loads = peak_loads(f, channel_loads(f))
    staff = staffing(f, loads)
    money = budget(f)
    gaps: list[Gap] = [
        *tier_touchpoint_gaps(f, scope),
        *silence_gaps(f, scope, silence),
        *per_customer_gaps,
        *marketing_in_recovery(f, positions),
        *overload_gaps(f, loads),
        *peak_overload_gaps(f, loads),
        *understaffed_gaps(f, staff),
        *value_gaps(f, scope),
        *care_level_order(f, scope),
        *context_lost(f),
        *over_budget(f, money),
        *structure_gaps(f),
        *orphan_actions(f, positions),
    ]
    gaps.sort(key=lambda gap: (severity_rank(gap.severity), GAP_KINDS.index(gap.kind)))
    return Analysis(
        project=f.project.name,
        tiers=tuple(f.tier_names[t] for t in scope),
        tier_ids=tuple(f.project.tiers[t].id for t in scope),
        coverage=coverage(f, scope),
        gaps=tuple(gaps),
        flow=flow_table(f),
        priorities=priorities(f, scope, by=priority_by),
        channels=loads,
        fatigue=tired,
        value=tier_values(f, scope),
        notes=notes(f),
        staffing=staff,
        budget=money,
        priority_by=priority_by,
    )
