"""Analysis of a care plan (design.md "Analysis"): reach, coverage, gaps, load, fatigue,
priorities, what-if and version comparison. networkx and numpy on a Project; no Qt.

The same engine serves the command line and the desktop app:

    from journey_designer.analysis import Analyzer, analyze
    result = analyze(project)              # one-off
    analyzer = Analyzer()                  # per open document: reuses unchanged work
    result = analyzer.analyze(project, tier="Gold")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from journey_designer.analysis.results import (
    GAP_KINDS,
    GAP_SEVERITY,
    SEVERITIES,
    Analysis,
    Budget,
    ChannelLoad,
    Gap,
    JourneyFatigue,
    Note,
    Priority,
    Staffing,
    TierCoverage,
    TierFatigue,
    TierValue,
    TouchpointFlow,
)

if TYPE_CHECKING:
    from journey_designer.analysis.engine import Analyzer, UnknownTierError, analyze

# The engine pulls in networkx and numpy (~0.8 s): imported when first used, so that the
# app can paint its map before (issue 15); the result types above are light.
_ENGINE_NAMES = {"Analyzer", "UnknownTierError", "analyze"}


def __getattr__(name: str) -> Any:
    if name in _ENGINE_NAMES:
        from journey_designer.analysis import engine

        return getattr(engine, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "GAP_KINDS",
    "GAP_SEVERITY",
    "SEVERITIES",
    "Analysis",
    "Analyzer",
    "Budget",
    "ChannelLoad",
    "Gap",
    "JourneyFatigue",
    "Note",
    "Priority",
    "Staffing",
    "TierCoverage",
    "TierFatigue",
    "TierValue",
    "TouchpointFlow",
    "UnknownTierError",
    "analyze",
]
