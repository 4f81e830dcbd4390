"""The charts use the map's tier colours: a tier is the same colour in the Charts tab,
in the workbook's images and on the map (tier 1 gold, tier 2 silver, tier 3 bronze)."""

from __future__ import annotations

from pathlib import Path

from matplotlib.colors import to_hex
from matplotlib.patches import Rectangle

from journey_designer.analysis import analyze
from journey_designer.charts.journey_charts import emotion_curve
from journey_designer.io.project_file.sqlite_store import load_project
from journey_designer.layout.palette import tier_colour

SAMPLE = Path(__file__).resolve().parents[2] / "journey_designer" / "samples" / "credit_card_care.journey"


def test_care_bars_of_each_tier_have_the_map_colour_of_that_tier() -> None:
    project = load_project(SAMPLE)
    figure = emotion_curve(project, analyze(project))
    colours: dict[str, str] = {}
    for ax in figure.axes:
        for patch in ax.patches:
            if isinstance(patch, Rectangle) and patch.get_label() and not patch.get_label().startswith("_"):
                colours[patch.get_label()] = to_hex(patch.get_facecolor(), keep_alpha=False)
        for container in ax.containers:
            label = container.get_label()
            if container.patches:
                colours[label] = to_hex(container.patches[0].get_facecolor(), keep_alpha=False)
    tiers = [t.name for t in project.tiers]
    assert tiers[0] == "Gold"
    for index, name in enumerate(tiers):
        found = [colour for label, colour in colours.items() if name in label]
        assert found, f"no care bars for tier {name}: {sorted(colours)}"
        assert found[0] == tier_colour(index), f"{name}: chart {found[0]}, map {tier_colour(index)}"
    assert tier_colour(0) == "#d4a017"  # gold
