"""The staffing chart (agents Erlang C requires against agents on duty, normal and at the
peak) and the fatigue chart (share of each tier's customers over the contact cap): they
show the analysis' figures, and mark in red exactly what the Gaps list calls a problem."""

from __future__ import annotations

import warnings
from functools import cache
from pathlib import Path

import matplotlib
import pytest
from matplotlib.colors import same_color
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from journey_designer.analysis import Analysis, analyze
from journey_designer.charts import fatigue_share, has_cjk_font, save_figure, staffing_chart
from journey_designer.charts._common import OVER_COLOUR
from journey_designer.domain import Project
from journey_designer.domain.model import Peak
from journey_designer.domain.templates import blank_project
from journey_designer.io.project_file.sqlite_store import load_project

SAMPLES = Path(__file__).resolve().parents[2] / "journey_designer" / "samples"


def staff(project: Project) -> Project:
    """Human channels with opening hours and handling times, a sale peak; agents on duty
    chosen from a first analysis: short, enough normally but not at the peak, plenty."""
    humans = [c for c in project.channels if c.kind == "human"]
    for k, channel in enumerate(humans):
        channel.hours_per_day, channel.handling_minutes = 10.0, 6.0 + 4 * k
    project.journeys[0].peaks = [Peak("Spring sale", "03-01", 10, 4.0)]
    first = {s.channel_id: s for s in analyze(project).staffing}
    for k, channel in enumerate(humans):
        need = first[channel.id]
        channel.agents = [max(0, need.required_agents - 1), need.required_agents,
                          need.required_agents_peak + 5, None][k % 4]
    return project


@cache
def staffed(name: str) -> tuple[Project, Analysis]:
    project = staff(load_project(SAMPLES / name))
    return project, analyze(project)


def bars(fig: Figure, prefix: str) -> dict[str, Rectangle]:
    return {p.get_gid()[len(prefix):]: p for p in fig.findobj(Rectangle)
            if (p.get_gid() or "").startswith(prefix)}


def texts(fig: Figure) -> str:
    return "\n".join(t.get_text() for t in fig.findobj(matplotlib.text.Text))


def is_red(patch: Rectangle) -> bool:
    return same_color(patch.get_facecolor()[:3], OVER_COLOUR)


def test_staffing_chart_shows_required_and_on_duty_agents(tmp_path: Path) -> None:
    project, result = staffed("credit_card_care.journey")
    assert len(result.staffing) >= 3
    fig = staffing_chart(project, result)
    normal, peak = bars(fig, "required-"), bars(fig, "peak-")
    duty = {line.get_gid()[len("on-duty-"):]: line for line in fig.axes[0].get_lines()
            if (line.get_gid() or "").startswith("on-duty-")}
    short = {g.channel_id for g in result.gaps_of("understaffed_channel")}
    assert short, "the staffed sample has a channel short of agents"
    for s in result.staffing:
        assert normal[s.channel_id].get_width() == s.required_agents, s.channel
        assert peak[s.channel_id].get_width() == s.required_agents_peak, s.channel
        red = is_red(normal[s.channel_id]) or is_red(peak[s.channel_id])
        assert red == (s.channel_id in short), s.channel
        if s.agents is None:
            assert s.channel_id not in duty
        else:
            assert set(duty[s.channel_id].get_xdata()) == {s.agents}
            assert is_red(normal[s.channel_id]) == (s.agents < s.required_agents)
    assert "Spring sale" in texts(fig)
    assert save_figure(fig, tmp_path / "staffing.svg").read_text().count('id="required-') == len(
        result.staffing)


def test_fatigue_chart_shows_the_share_over_the_cap_per_tier() -> None:
    project = load_project(SAMPLES / "saas_onboarding_renewal.journey")
    shares = sorted(t.over_share for t in analyze(project).fatigue)
    project.settings.fatigue_tolerance = (shares[0] + shares[-1]) / 2  # some tiers over, some not
    result = analyze(project)
    fig = fatigue_share(project, result)
    shown = bars(fig, "over-cap-")
    tired = {g.tier_id for g in result.gaps_of("contact_fatigue")}
    assert 0 < len(tired) < len(result.fatigue)
    for tier in result.fatigue:
        bar = shown[tier.tier_id]
        assert bar.get_height() == pytest.approx(tier.over_share)
        assert is_red(bar) == (tier.tier_id in tired), tier.tier
    tolerance = [line for line in fig.axes[0].get_lines() if line.get_gid() == "tolerance"]
    assert set(tolerance[0].get_ydata()) == {result.fatigue[0].tolerance}


def test_fatigue_chart_names_no_tier_red_within_the_tolerance() -> None:
    project = load_project(SAMPLES / "credit_card_care.journey")
    project.settings.fatigue_tolerance = 0.99
    result = analyze(project)
    fig = fatigue_share(project, result)
    assert not result.gaps_of("contact_fatigue")
    assert not any(is_red(b) for b in bars(fig, "over-cap-").values())


@pytest.mark.parametrize("chart", [staffing_chart, fatigue_share])
def test_nothing_to_show_says_why(chart) -> None:
    project = blank_project()
    project.tiers.clear()
    project.channels = [c for c in project.channels if c.kind != "human"]
    fig = chart(project, analyze(project))
    assert "Nothing to show" in texts(fig)


def test_chinese_plan_draws_both_without_missing_glyphs(tmp_path: Path) -> None:
    if not has_cjk_font():
        pytest.skip("no CJK font installed (apt-get install fonts-wqy-microhei)")
    project, result = staffed("ecommerce_aftersales_zh.journey")
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        for chart in (staffing_chart, fatigue_share):
            fig = chart(project, result)
            assert any("\u4e00" <= ch <= "\u9fff" for ch in texts(fig)), chart.__name__
            save_figure(fig, tmp_path / f"{chart.__name__}.png")
    assert not [str(w.message) for w in seen]
