"""The words of the overview title and the summary slide.

The interface's words go through the translator (context "Presentation"); what the
project holds (its name, tiers, KPIs) and the gap sentences the analysis writes in the
project's language are shown as they are, as in the Gaps dock.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from journey_designer.analysis import Analysis
    from journey_designer.domain.model import Journey, Project


def _tr(text: str) -> str:
    return QCoreApplication.translate("Presentation", text)


def overview_html(project: Project, journey: Journey | None) -> str:
    name = escape(journey.name) if journey else ""
    counts = _tr("%1 stages, %2 touchpoints").replace(
        "%1", str(len(journey.stages) if journey else 0)).replace(
        "%2", str(len(journey.touchpoints) if journey else 0))
    return f"<b>{escape(project.name)}</b> — {name} · {escape(counts)}"


def summary_html(project: Project, result: Analysis) -> str:
    summary, tier = _tr("Summary"), _tr("Tier")
    with_care, mot_care = _tr("Touchpoints with care"), _tr("Moments of truth with care")
    top_gaps, kpis_title = _tr("Top gaps"), _tr("KPIs")
    rows = "".join(
        f"<tr><td>{escape(c.tier)}</td><td>{c.covered}/{c.touchpoints}</td>"
        f"<td>{c.mot_covered}/{c.moments_of_truth}</td></tr>" for c in result.coverage)
    gaps = "".join(f"<li>{escape(g.message)}</li>" for g in result.gaps[:4])
    kpis = "".join(f"<li>{escape(k.name)}: {plain_number(k.baseline)} → "
                   f"{plain_number(k.target)} {escape(k.unit)}</li>" for k in project.kpis[:6])
    return (f"<h2>{summary}</h2><table cellpadding='6'><tr><th>{tier}</th><th>"
            f"{with_care}</th><th>{mot_care}</th></tr>{rows}</table>"
            f"<h3>{top_gaps}</h3><ul>{gaps or '<li>–</li>'}</ul>"
            f"<h3>{kpis_title}</h3><ul>{kpis or '<li>–</li>'}</ul>")


def plain_number(value: float | None) -> str:
    """31.0 -> "31", 4.5 -> "4.5", None -> "–" (a KPI's baseline or target)."""
    if value is None:
        return "–"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.6g}"
