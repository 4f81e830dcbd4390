"""The hook that puts chart pictures on the Overview sheet.

`export_workbook(..., charts=...)` takes any `ChartSource`: a function from a project
and its analysis to PNG pictures. The default draws the emotion curve and the coverage
heat map of the first journeys with `journey_designer.charts` (matplotlib, Agg), imported
only when called, so the rest of the export never needs matplotlib. Pass `charts=None`
for a workbook without pictures.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from journey_designer.analysis import Analysis
from journey_designer.domain import Project

MAX_JOURNEYS = 3
MAX_CURVE_TOUCHPOINTS = 300  # the emotion curve of 2,000 touchpoints takes ~11 s to draw
DPI = 100


@dataclass(frozen=True)
class ChartImage:
    """One picture for the Overview: its caption and PNG bytes."""

    caption: str
    png: bytes


@dataclass
class Charts:
    """The pictures, and what could not be drawn (said on the Overview)."""

    images: list[ChartImage] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0


ChartSource = Callable[[Project, Analysis], Charts]


def matplotlib_charts(project: Project, analysis: Analysis) -> Charts:
    """Emotion curve and coverage heat map of up to three journeys, as PNGs."""
    started = time.perf_counter()
    result = Charts()
    try:
        from journey_designer.charts import coverage_heatmap, emotion_curve
    except ImportError as exc:  # the charts package is optional for the workbook
        result.notes.append(f"charts are not available here ({exc})")
        return result
    for journey in project.journeys[:MAX_JOURNEYS]:
        builders = [("Coverage by stage", coverage_heatmap)]
        if len(journey.touchpoints) <= MAX_CURVE_TOUCHPOINTS:
            builders.insert(0, ("Emotion curve", emotion_curve))
        else:
            result.notes.append(f"Emotion curve of “{journey.name}” left out: {len(journey.touchpoints):,} "
                                f"touchpoints (more than {MAX_CURVE_TOUCHPOINTS} make no readable curve)")
        for caption, build in builders:
            try:
                figure = build(project, analysis, journey.id)
                buffer = io.BytesIO()
                figure.savefig(buffer, format="png", dpi=DPI)
            except Exception as exc:  # a chart must never stop the export  # noqa: BLE001
                result.notes.append(f"{caption} of “{journey.name}” could not be drawn: {exc}")
                continue
            result.images.append(ChartImage(f"{caption}: {journey.name}", buffer.getvalue()))
    if len(project.journeys) > MAX_JOURNEYS:
        result.notes.append(f"charts show the first {MAX_JOURNEYS} of {len(project.journeys)} journeys")
    result.seconds = time.perf_counter() - started
    return result
