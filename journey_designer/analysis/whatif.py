"""What-if: how coverage and gaps change between two analyses, or under an edit.

    change = what_if(project, lambda p: p.actions.append(new_action))
    change.gaps_resolved, change.gaps_added, change.coverage

The project itself is never changed: the edit is applied to a deep copy.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass

from journey_designer.analysis.engine import Analyzer
from journey_designer.analysis.results import Analysis, Gap, TierCoverage
from journey_designer.domain import Project


@dataclass(frozen=True, slots=True)
class CoverageChange:
    """A tier's coverage before and after (None: the tier is absent on that side)."""

    tier_id: str
    tier: str
    before: TierCoverage | None
    after: TierCoverage | None

    @property
    def covered_delta(self) -> int:
        return _covered(self.after) - _covered(self.before)

    @property
    def mot_covered_delta(self) -> int:
        return _mot(self.after) - _mot(self.before)


def _covered(c: TierCoverage | None) -> int:
    return c.covered if c else 0


def _mot(c: TierCoverage | None) -> int:
    return c.mot_covered if c else 0


@dataclass(frozen=True, slots=True)
class AnalysisChange:
    """The difference between two analyses of (versions of) a project."""

    coverage: tuple[CoverageChange, ...]
    gaps_added: tuple[Gap, ...]
    gaps_resolved: tuple[Gap, ...]
    gaps_before: int
    gaps_after: int
    before: Analysis
    after: Analysis

    @property
    def unchanged(self) -> bool:
        return not self.gaps_added and not self.gaps_resolved and all(
            c.before == c.after for c in self.coverage)


def compare(before: Analysis, after: Analysis) -> AnalysisChange:
    """Coverage per tier (matched by id) and gaps (matched by what they are about)."""
    old = {c.tier_id: c for c in before.coverage}
    new = {c.tier_id: c for c in after.coverage}
    tiers = list(dict.fromkeys([*old, *new]))
    coverage = tuple(
        CoverageChange(tier_id=t, tier=(new.get(t) or old[t]).tier, before=old.get(t),
                       after=new.get(t))
        for t in tiers
    )
    before_keys = {g.key for g in before.gaps}
    after_keys = {g.key for g in after.gaps}
    return AnalysisChange(
        coverage=coverage,
        gaps_added=tuple(g for g in after.gaps if g.key not in before_keys),
        gaps_resolved=tuple(g for g in before.gaps if g.key not in after_keys),
        gaps_before=len(before.gaps), gaps_after=len(after.gaps),
        before=before, after=after,
    )


def what_if(project: Project, edit: Callable[[Project], object], *, tier: str | None = None,
            analyzer: Analyzer | None = None) -> AnalysisChange:
    """Analyse `project` and a copy changed by `edit`; `project` stays as it is."""
    analyzer = analyzer or Analyzer()
    before = analyzer.analyze(project, tier)
    changed = copy.deepcopy(project)
    edit(changed)
    return compare(before, analyzer.analyze(changed, tier))
