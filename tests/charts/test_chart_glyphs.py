"""Charts (the Charts tab, the workbook's pictures) of names no installed font can fully
draw: emoji, Thai, Hindi, Arabic, Hebrew, zero-width characters; Chinese without a CJK
font. No exception in any format, no flood of matplotlib warnings, "�" in place of
what cannot be drawn, and one warning naming the scripts."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import matplotlib
import pytest
from PIL import Image

from journey_designer.analysis import analyze
from journey_designer.charts import (
    channel_load,
    contacts_per_window,
    cost_vs_value,
    coverage_heatmap,
    emotion_curve,
)
from journey_designer.charts.fonts import ChartGlyphsWarning
from journey_designer.domain import CareAction, Channel, Journey, Project, Stage, Tier, Touchpoint
from journey_designer.io.workbook.charts import matplotlib_charts

SAMPLES = Path(__file__).resolve().parents[2] / "journey_designer" / "samples"
ZH_SAMPLE = SAMPLES / "ecommerce_aftersales_zh.journey"
NAMES = ["Happy 😀 path 👍🏽", "ทดสอบ Thai", "नमस्ते Hindi", "مرحبا Arabic", "שלום Hebrew",
         "zero\u200bwidth\u200djoin\ufeff", "中文 退款", "👨\u200d👩\u200d👧 family"]
INVISIBLE = "\u200b\u200d\ufeff"


def glyph_project() -> Project:
    tps = [Touchpoint(id=f"t{i}", stage="s" if i < 4 else "s2", name=name, emotion=i % 5 - 2,
                      moment_of_truth=i % 3 == 0) for i, name in enumerate(NAMES)]
    journey = Journey(id="j", name="Glyphs \ufeff😀 ทดสอบ", touchpoints=tps,
                      stages=[Stage(id="s", name="Stage नमस्ते\u200d"), Stage(id="s2", name="שלום 中文")])
    tiers = [Tier(id="g", name="Gold 🥇", share=0.2, value_per_customer=900.0),
             Tier(id="b", name="ทอง\u200b tier", share=0.8, value_per_customer=100.0)]
    channels = [Channel(id="c", name="SMS\u200b 📱"), Channel(id="h", name="Hotline नमस्ते",
                                                                kind="human", capacity_per_day=1)]
    actions = [CareAction(id=f"a{i}", touchpoint=f"t{i}", tiers=["g"] if i % 2 else ["g", "b"],
                          channel="h" if i % 2 else "c", cost=5.0) for i in range(len(NAMES))]
    return Project(name="Glyph test 🎉 مرحبا", tiers=tiers, channels=channels,
                   journeys=[journey], actions=actions)


def figures(project: Project):
    result = analyze(project)
    for journey in project.journeys:
        yield "emotion_curve", emotion_curve(project, result, journey.id)
        yield "coverage_heatmap", coverage_heatmap(project, result, journey.id)
    yield "channel_load", channel_load(project, result)
    yield "contacts_per_window", contacts_per_window(project, result)
    yield "cost_vs_value", cost_vs_value(project, result)


def test_every_chart_draws_in_every_format_with_at_most_one_warning() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for name, fig in figures(glyph_project()):
            for kind in ("png", "svg", "pdf"):
                buffer = io.BytesIO()
                fig.savefig(buffer, format=kind)
                assert buffer.getbuffer().nbytes > 0, (name, kind)
            texts = [t.get_text() for t in fig.findobj(matplotlib.text.Text)]
            assert not [t for t in texts if any(ch in t for ch in INVISIBLE)], name
    raw = [str(w.message) for w in caught if w.category is not ChartGlyphsWarning]
    assert raw == []  # matplotlib's "Glyph N missing from font(s)" ones: none
    assert len([w for w in caught if w.category is ChartGlyphsWarning]) <= 1


def test_undrawable_names_stand_in_and_the_rest_is_drawn() -> None:
    fig = dict(figures(glyph_project()))["coverage_heatmap"]
    fig.savefig(io.BytesIO(), format="png")
    labels = "\n".join(t.get_text() for t in fig.findobj(matplotlib.text.Text))
    assert "Gold" in labels and "Hebrew" not in labels  # tiers and stages on the axes
    assert "שלום 中文" in labels  # Hebrew and Chinese have fonts here
    if not subprocess.run(["fc-list", ":charset=e17", "file"], capture_output=True,
                          text=True).stdout.strip():
        assert "\ufffd tier" in labels  # the Thai tier name, with no Thai font


def thai_font_installed() -> bool:
    if shutil.which("fc-list") is None:
        pytest.skip("fc-list (fontconfig) is needed to know which fonts are installed")
    return bool(subprocess.run(["fc-list", ":charset=e17", "file"], capture_output=True,
                               text=True).stdout.strip())


def test_the_workbook_pictures_are_made_and_the_overview_says_what_is_missing() -> None:
    project = glyph_project()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        charts = matplotlib_charts(project, analyze(project))
    # the journey's emotion curve and coverage, and the plan's fatigue chart (no staffed channel)
    assert len(charts.images) == 3
    for image in charts.images:
        with Image.open(io.BytesIO(image.png)) as picture:
            assert picture.width > 300
    assert [str(w.message) for w in caught] == []  # said in the notes, not as warnings
    if not thai_font_installed():
        assert len(charts.notes) == 1, charts.notes
        assert "Thai" in charts.notes[0] and "apt-get install" in charts.notes[0]
        assert "fonts-thai-tlwg" in charts.notes[0]


def test_cli_export_says_it_once_as_a_note(tmp_path) -> None:
    from journey_designer.io.project_file.sqlite_store import save_project

    save_project(glyph_project(), tmp_path / "glyphs.journey")
    done = subprocess.run([sys.executable, "-m", "journey_designer", "export",
                           str(tmp_path / "glyphs.journey"), "--xlsx", str(tmp_path / "g.xlsx")],
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    notes = [line for line in done.stdout.splitlines() if "no installed font" in line]
    assert len(notes) == (0 if thai_font_installed() else 1), done.stdout
    assert (tmp_path / "g.xlsx").stat().st_size > 0


def test_charts_without_any_cjk_font_draw_and_name_chinese(tmp_path) -> None:
    """The Chinese sample's charts in a private mount namespace without CJK fonts."""
    if shutil.which("unshare") is None or shutil.which("fc-list") is None:
        pytest.skip("unshare (util-linux) and fc-list (fontconfig) are needed to hide the CJK fonts")
    listed = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True)
    folders = sorted({str(Path(line.split(":")[0]).parent) for line in listed.stdout.splitlines()
                      if line.strip()} | {"/usr/share/fonts/truetype/wqy"})
    folders = [f for f in folders if Path(f).is_dir()]
    mounts = " && ".join(f"mount -t tmpfs none {f}" for f in folders) or "true"
    probe = subprocess.run(["unshare", "-m", "sh", "-c", f"mount --make-rprivate / && {mounts}"],
                           capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip(f"cannot make a private mount namespace here: {probe.stderr.strip()}")
    script = (
        "import io, sys\n"
        "from journey_designer.io.project_file.sqlite_store import load_project\n"
        "from journey_designer.analysis import analyze\n"
        "from journey_designer import charts\n"
        "from journey_designer.charts import has_cjk_font\n"
        "assert not has_cjk_font(), 'a CJK font is still visible'\n"
        "p = load_project(sys.argv[1]); a = analyze(p)\n"
        "for fig in (charts.emotion_curve(p, a, p.journeys[0].id),\n"
        "            charts.coverage_heatmap(p, a, p.journeys[0].id), charts.channel_load(p, a)):\n"
        "    for kind in ('png', 'svg', 'pdf'):\n"
        "        fig.savefig(io.BytesIO(), format=kind)\n"
        "print('drawn')\n")
    env = {**os.environ, "MPLCONFIGDIR": str(tmp_path / "mpl")}
    done = subprocess.run(["unshare", "-m", "sh", "-c", f"mount --make-rprivate / && {mounts} && "
                           f'exec {sys.executable} -c "$0" {ZH_SAMPLE}', script],
                          capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "drawn"
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 2, done.stderr  # the warning and the source line Python shows
    assert "ChartGlyphsWarning" in lines[0] and "Chinese (Han)" in lines[0]
    assert "fonts-wqy-microhei" in lines[0]


def test_dollar_signs_in_names_are_text_not_mathematics() -> None:
    project = glyph_project()
    project.journeys[0].touchpoints[0].name = "Save $$$ now"
    project.tiers[0].name = "Pay $x^$ tier"
    project.journeys[0].stages[0].name = "$5 or $10"
    for name, fig in figures(project):
        for kind in ("png", "svg", "pdf"):
            fig.savefig(io.BytesIO(), format=kind)
        texts = "\n".join(t.get_text() for t in fig.findobj(matplotlib.text.Text))
        if name == "coverage_heatmap":
            assert "Pay $x^$ tier" in texts and "$5 or $10" in texts
