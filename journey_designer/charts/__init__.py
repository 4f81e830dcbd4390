"""Charts of a care plan: matplotlib figures from a Project and its analysis (no Qt, no pyplot).

Every builder returns a new `matplotlib.figure.Figure` sized for a 1000 × 600 px canvas,
usable headless (Agg), in a FigureCanvasQTAgg or saved with `save_figure`:

    from journey_designer.analysis import analyze
    from journey_designer.charts import emotion_curve, save_figure
    result = analyze(project)
    save_figure(emotion_curve(project, result, journey.id), "emotion.png")

Titles and labels go through `_t`, a hook `set_translator` wires to translations.
"""

from journey_designer.charts._common import _t, save_figure, set_translator
from journey_designer.charts.demand_charts import fatigue_share, staffing_chart
from journey_designer.charts.fonts import has_cjk_font, setup_fonts
from journey_designer.charts.journey_charts import coverage_heatmap, emotion_curve
from journey_designer.charts.plan_charts import channel_load, contacts_per_window, cost_vs_value

setup_fonts()

__all__ = [
    "_t",
    "channel_load",
    "contacts_per_window",
    "cost_vs_value",
    "coverage_heatmap",
    "emotion_curve",
    "fatigue_share",
    "has_cjk_font",
    "save_figure",
    "set_translator",
    "setup_fonts",
    "staffing_chart",
]
