"""Charts: every builder on every sample and on empty projects, headless, without tofu."""

from __future__ import annotations

import logging
import warnings
from collections.abc import Callable
from functools import cache
from pathlib import Path

import matplotlib
import pytest
from matplotlib.figure import Figure
from PIL import Image

from journey_designer.analysis import Analysis, analyze
from journey_designer.charts import (
    channel_load,
    contacts_per_window,
    cost_vs_value,
    coverage_heatmap,
    emotion_curve,
    has_cjk_font,
    save_figure,
    set_translator,
    setup_fonts,
)
from journey_designer.charts._data import action_counts, ordered_touchpoints, stage_coverage
from journey_designer.domain import CareAction, Channel, Journey, Project, Stage, Tier, Touchpoint
from journey_designer.domain.templates import blank_project
from journey_designer.io.project_file.sqlite_store import load_project

pytestmark = pytest.mark.filterwarnings("error")  # a missing glyph warns: make it fail

SAMPLES = Path(__file__).resolve().parents[2] / "journey_designer" / "samples"
SAMPLE_FILES = sorted(SAMPLES.glob("*.journey"))
CHINESE_SAMPLE = SAMPLES / "ecommerce_aftersales_zh.journey"
PNG_SIZE = (1500, 900)  # 10 x 6 inches at 150 dpi

Builder = Callable[[Project, Analysis], list[Figure]]


def _per_journey(chart: Callable[..., Figure]) -> Builder:
    def build(project: Project, result: Analysis) -> list[Figure]:
        if not project.journeys:
            return [chart(project, result)]
        return [chart(project, result, j.id) for j in project.journeys]
    return build


def _whole(chart: Callable[[Project, Analysis], Figure]) -> Builder:
    return lambda project, result: [chart(project, result)]


BUILDERS: dict[str, Builder] = {
    "emotion_curve": _per_journey(emotion_curve),
    "coverage_heatmap": _per_journey(coverage_heatmap),
    "channel_load": _whole(channel_load),
    "contacts_per_window": _whole(contacts_per_window),
    "cost_vs_value": _whole(cost_vs_value),
}


@cache
def _sample(path: Path) -> tuple[Project, Analysis]:
    project = load_project(path)
    return project, analyze(project)


def _check_and_save(figures: list[Figure], folder: Path, stem: str) -> None:
    assert figures
    for k, fig in enumerate(figures):
        assert isinstance(fig, Figure)
        assert fig.axes
        png = save_figure(fig, folder / f"{stem}_{k}.png")
        svg = save_figure(fig, folder / f"{stem}_{k}.svg")
        assert png.stat().st_size > 0 and svg.stat().st_size > 0
        with Image.open(png) as image:
            assert image.size == PNG_SIZE
        assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")


def _texts(fig: Figure) -> str:
    return "\n".join(t.get_text() for t in fig.findobj(matplotlib.text.Text))


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.stem)
@pytest.mark.parametrize("name", list(BUILDERS))
def test_every_builder_on_every_sample(path: Path, name: str, tmp_path: Path) -> None:
    project, result = _sample(path)
    _check_and_save(BUILDERS[name](project, result), tmp_path, name)


def test_chinese_sample_renders_without_missing_glyphs(tmp_path: Path,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    if not has_cjk_font():
        pytest.skip("no CJK font installed (apt-get install fonts-wqy-microhei)")
    project, result = _sample(CHINESE_SAMPLE)
    with warnings.catch_warnings(record=True) as seen, caplog.at_level(logging.WARNING):
        warnings.simplefilter("always")
        for name, build in BUILDERS.items():
            figures = build(project, result)
            assert any("\u4e00" <= ch <= "\u9fff" for ch in _texts(figures[0])), name
            _check_and_save(figures, tmp_path, name)
    assert not [str(w.message) for w in seen]
    assert not [r.getMessage() for r in caplog.records if r.name.startswith("matplotlib")]


def _no_tiers() -> Project:
    project = blank_project()
    project.tiers.clear()
    return project


def _no_human_channels() -> Project:
    project = blank_project("zh_CN")
    project.channels = [c for c in project.channels if c.kind != "human"]
    return project


EMPTY_PROJECTS: dict[str, Callable[[], Project]] = {
    "blank": blank_project,
    "blank_zh": lambda: blank_project("zh_CN"),
    "nothing": lambda: Project(name="Nothing"),
    "no_tiers": _no_tiers,
    "no_human_channels": _no_human_channels,
}


@pytest.mark.parametrize("make", list(EMPTY_PROJECTS.values()), ids=list(EMPTY_PROJECTS))
@pytest.mark.parametrize("name", list(BUILDERS))
def test_empty_projects_give_a_figure(make: Callable[[], Project], name: str, tmp_path: Path) -> None:
    project = make()
    _check_and_save(BUILDERS[name](project, analyze(project)), tmp_path, name)


@pytest.mark.parametrize("name", list(BUILDERS))
def test_nothing_to_show_is_said(name: str) -> None:
    project = Project(name="Nothing")
    (fig,) = BUILDERS[name](project, analyze(project))
    assert "Nothing to show" in _texts(fig)


def test_no_human_channel_is_said() -> None:
    project = _no_human_channels()
    assert "no human channels" in _texts(channel_load(project, analyze(project)))


def test_unknown_journey_is_refused() -> None:
    project = blank_project()
    with pytest.raises(ValueError, match="no journey 'nope'"):
        emotion_curve(project, analyze(project), "nope")


def test_save_figure_refuses_other_formats(tmp_path: Path) -> None:
    project = blank_project()
    with pytest.raises(ValueError, match=r"\.png or \.svg"):
        save_figure(cost_vs_value(project, analyze(project)), tmp_path / "chart.jpg")


def test_texts_go_through_the_translation_hook() -> None:
    project, result = _sample(SAMPLE_FILES[0])
    set_translator(lambda text: "§" + text)
    try:
        fig = contacts_per_window(project, result)
    finally:
        set_translator(None)
    assert fig.axes[0].get_title().startswith("§Busiest")
    assert fig.axes[0].get_ylabel().startswith("§")
    assert contacts_per_window(project, result).axes[0].get_title().startswith("Busiest")


def test_builders_leave_pyplot_alone() -> None:
    import matplotlib.pyplot as plt

    before = plt.get_fignums()
    project, result = _sample(SAMPLE_FILES[0])
    for build in BUILDERS.values():
        build(project, result)
    assert plt.get_fignums() == before


def test_fonts_are_set_again_after_a_reset() -> None:
    with matplotlib.rc_context({"font.family": ["serif"]}):
        project = blank_project()
        cost_vs_value(project, analyze(project))
        assert list(matplotlib.rcParams["font.family"]) == setup_fonts()
    assert setup_fonts()[0] == "DejaVu Sans"


def _tiny_project() -> Project:
    stages = [Stage("s1", "First"), Stage("s2", "Second"), Stage("s3", "Empty")]
    tps = [Touchpoint("b", "s2", "B", y=5), Touchpoint("a2", "s1", "A2", y=50, moment_of_truth=True),
           Touchpoint("a1", "s1", "A1", y=10), Touchpoint("c", "s2", "C", y=1)]
    actions = [CareAction("x1", "a2", ["gold"], "sms"), CareAction("x2", "c", ["gold", "gold"], "sms"),
               CareAction("x3", "a1", ["silver"], "sms"), CareAction("x4", "b", ["silver"], "gone")]
    return Project(name="Tiny", tiers=[Tier("gold", "Gold"), Tier("silver", "Silver")],
                   channels=[Channel("sms", "SMS")],
                   journeys=[Journey("j", "J", stages=stages, touchpoints=tps)], actions=actions)


def test_touchpoints_read_stage_by_stage_top_to_bottom() -> None:
    journey = _tiny_project().journeys[0]
    assert [tp.id for tp in ordered_touchpoints(journey)] == ["a1", "a2", "c", "b"]


def test_stage_coverage_counts_moments_of_truth_else_touchpoints() -> None:
    project = _tiny_project()
    counts = action_counts(project)
    assert counts[("c", "gold")] == 1  # a tier listed twice counts once
    assert counts[("b", "silver")] == 0  # the channel does not exist
    (gold, silver) = stage_coverage(project.journeys[0], ["gold", "silver"], counts)
    assert [(c.covered, c.total, c.basis) for c in gold] == [
        (1, 1, "mot"), (1, 2, "touchpoints"), (0, 0, "empty")]
    assert [(c.covered, c.total) for c in silver] == [(0, 1), (0, 2), (0, 0)]
    fig = coverage_heatmap(project, analyze(project))
    assert "no moment of truth" in _texts(fig) and "50%*" in _texts(fig)


@pytest.mark.parametrize("name", list(BUILDERS))
def test_an_analysis_of_one_tier_charts_that_tier(name: str) -> None:
    project, _ = _sample(SAMPLE_FILES[0])
    result = analyze(project, tier=project.tiers[0].name)
    for fig in BUILDERS[name](project, result):
        assert fig.axes
        if name in ("emotion_curve", "coverage_heatmap", "contacts_per_window", "cost_vs_value"):
            texts = _texts(fig)
            assert project.tiers[0].name in texts and project.tiers[1].name not in texts
