"""The hook that puts chart pictures on the Overview sheet.

`export_workbook(..., charts=...)` takes any `ChartSource`: a function from a project
and its analysis to PNG pictures. The default draws the emotion curve and the coverage
heat map of the first journeys with `journey_designer.charts` (matplotlib, Agg), imported
only when called, so the rest of the export never needs matplotlib. Pass `charts=None`
for a workbook without pictures.

Like the rest of the workbook, the pictures speak the project's language, whatever the
interface's: their text goes through the "Charts" catalogue for this thread only
(`charts._common.translated`), so an export in a worker thread changes nothing else.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from journey_designer import messages
from journey_designer.analysis import Analysis
from journey_designer.domain import Project
from journey_designer.io.workbook.words import ZH, workbook_words

MAX_JOURNEYS = 3
MAX_CURVE_TOUCHPOINTS = 300  # the emotion curve of 2,000 touchpoints takes ~11 s to draw
DPI = 100


@dataclass(frozen=True)
class ChartImage:
    """One picture for the Overview: its caption and PNG bytes."""

    caption: str
    png: bytes
    sheet: str = "Overview"  # the sheet it is shown on (the staffing chart: "Channels")


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
    text = workbook_words(project.locale).text
    try:
        from journey_designer.charts import coverage_heatmap, emotion_curve
        from journey_designer.charts._common import translated
        from journey_designer.charts.fonts import collect_missing
        from journey_designer.io.picture.glyphs import missing_message
    except ImportError as exc:  # the charts package is optional for the workbook
        result.notes.append(text("no_charts", error=exc))
        return result
    missing: set[str] = set()
    for journey in project.journeys[:MAX_JOURNEYS]:
        builders = [(text("coverage_chart"), coverage_heatmap)]
        if len(journey.touchpoints) <= MAX_CURVE_TOUCHPOINTS:
            builders.insert(0, (text("emotion_curve"), emotion_curve))
        else:
            result.notes.append(text("curve_left_out", journey=journey.name, limit=MAX_CURVE_TOUCHPOINTS,
                                     count=f"{len(journey.touchpoints):,}"))
        for caption, build in builders:
            try:
                buffer = io.BytesIO()
                with translated(_chart_translator(project.locale)), collect_missing() as lacking:
                    build(project, analysis, journey.id).savefig(buffer, format="png", dpi=DPI)
                missing |= lacking
            except Exception as exc:  # a chart must never stop the export  # noqa: BLE001
                result.notes.append(text("chart_failed", chart=caption, journey=journey.name, error=exc))
                continue
            result.images.append(ChartImage(text("caption", chart=caption, journey=journey.name),
                                            buffer.getvalue()))
    _plan_charts(project, analysis, result, missing)
    if missing:  # characters no installed font draws: said once, with the font to install
        result.notes.append(missing_message(missing))
    if len(project.journeys) > MAX_JOURNEYS:
        result.notes.append(text("charts_first", shown=MAX_JOURNEYS, count=len(project.journeys)))
    result.seconds = time.perf_counter() - started
    return result


def _plan_charts(project: Project, analysis: Analysis, result: Charts, missing: set[str]) -> None:
    """The fatigue chart (Overview) and, when a channel is staffed, the staffing chart (Channels)."""
    from journey_designer.charts import fatigue_share, staffing_chart
    from journey_designer.charts._common import translated
    from journey_designer.charts.fonts import collect_missing

    text = workbook_words(project.locale).text
    builders = [(text("fatigue_chart"), fatigue_share, "Overview")]
    if analysis.staffing:
        builders.append((text("staffing_chart"), staffing_chart, "Channels"))
    for caption, build, sheet in builders:
        try:
            buffer = io.BytesIO()
            with translated(_chart_translator(project.locale)), collect_missing() as lacking:
                build(project, analysis).savefig(buffer, format="png", dpi=DPI)
            missing |= lacking
        except Exception as exc:  # a chart must never stop the export  # noqa: BLE001
            result.notes.append(text("chart_failed", chart=caption, journey=project.name, error=exc))
            continue
        result.images.append(ChartImage(caption, buffer.getvalue(), sheet))


def _chart_translator(locale: str) -> Callable[[str], str]:
    """Chart text in the project's language (English: as the charts write it)."""
    if locale == ZH:
        return lambda text: messages.translate("Charts", text, ZH)
    return lambda text: text
