"""Analysis of a care plan (design.md "Analysis"): reach, coverage, gaps, load, fatigue,
priorities, what-if and version comparison. networkx and numpy on a Project; no Qt.

The same engine serves the command line and the desktop app:

    from journey_designer.analysis import Analyzer, analyze
    result = analyze(project)              # one-off
    analyzer = Analyzer()                  # per open document: reuses unchanged work
    result = analyzer.analyze(project, tier="Gold")
"""

from journey_designer.analysis.engine import Analyzer, UnknownTierError, analyze
from journey_designer.analysis.results import (
    GAP_KINDS,
    GAP_SEVERITY,
    SEVERITIES,
    Analysis,
    ChannelLoad,
    Gap,
    JourneyFatigue,
    Note,
    Priority,
    TierCoverage,
    TierFatigue,
    TierValue,
    TouchpointFlow,
)

__all__ = [
    "GAP_KINDS",
    "GAP_SEVERITY",
    "SEVERITIES",
    "Analysis",
    "Analyzer",
    "ChannelLoad",
    "Gap",
    "JourneyFatigue",
    "Note",
    "Priority",
    "TierCoverage",
    "TierFatigue",
    "TierValue",
    "TouchpointFlow",
    "UnknownTierError",
    "analyze",
]
