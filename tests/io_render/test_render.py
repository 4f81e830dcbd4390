"""Pictures of the map (io/picture/render.py, cli_render.py): files that open, text that reads,
the tier lens's colours, the command line's errors, and the two-process PNG path."""

from __future__ import annotations

import argparse
import io
import os
import re
import struct
import subprocess
import sys
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from matplotlib.colors import to_rgba
from PIL import Image

from journey_designer.cli_render import add_render_command, run_render
from journey_designer.domain import (
    CareAction,
    Channel,
    Journey,
    Project,
    Stage,
    Tier,
    Touchpoint,
    Transition,
)
from journey_designer.io.picture import bands as render_bands
from journey_designer.io.picture.png import Deflated, deflate_rows, write_png, write_png_array
from journey_designer.io.picture.render import (
    MARGIN,
    MIN_WIDTH,
    RenderError,
    UnknownJourneyError,
    UnknownTierError,
    map_figure,
    render_map,
)
from journey_designer.io.picture.style import font_set
from journey_designer.io.picture.text import Fonts
from journey_designer.io.project_file.sqlite_store import load_project
from journey_designer.layout.lanes import LANE_WIDTH

SAMPLES = Path(__file__).resolve().parents[2] / "journey_designer" / "samples"
SAMPLE_FILES = sorted(SAMPLES.glob("*.journey"))
ZH_SAMPLE = SAMPLES / "ecommerce_aftersales_zh.journey"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == PNG_SIGNATURE, "not a PNG signature"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR" and length == 13
    return struct.unpack(">II", data[16:24])


def svg_texts(path: Path) -> list[str]:
    root = ET.parse(path).getroot()
    return ["".join(e.itertext()) for e in root.iter("{http://www.w3.org/2000/svg}text")]


def pdf_pages(path: Path) -> int:
    data = path.read_bytes()
    assert data.startswith(b"%PDF-")
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", data))


def map_width(project: Project, journey: Journey) -> float:
    return max(len(journey.stages) * LANE_WIDTH, MIN_WIDTH) + 2 * MARGIN


@pytest.fixture(scope="module")
def samples() -> dict[str, Project]:
    assert SAMPLE_FILES, "no sample projects found"
    return {path.stem: load_project(path) for path in SAMPLE_FILES}


# ---------------------------------------------------------------- every sample, every format


@pytest.mark.parametrize("sample", [p.stem for p in SAMPLE_FILES])
def test_png_of_every_sample_is_a_valid_png_of_the_map_size(samples, sample, tmp_path) -> None:
    project = samples[sample]
    out = render_map(project, tmp_path / "map.png")
    width, height = png_size(out)
    assert abs(width - 2 * map_width(project, project.journeys[0])) <= 1
    assert height > 1000
    with Image.open(out) as image:  # the whole stream decodes (checksums included)
        image.load()
        assert image.size == (width, height)
        pixels = np.asarray(image)
    assert len(np.unique(pixels.reshape(-1, 4)[::97], axis=0)) > 20  # a picture, not a blank


@pytest.mark.parametrize("sample", [p.stem for p in SAMPLE_FILES])
def test_svg_of_every_sample_keeps_every_touchpoint_name_as_text(samples, sample,
                                                                 tmp_path) -> None:
    project = samples[sample]
    out = render_map(project, tmp_path / "map.svg")
    texts = svg_texts(out)
    joined = "".join("".join(t.split()) for t in texts)
    journey = project.journeys[0]
    shortened = 0
    for tp in journey.touchpoints:  # a name too long for two lines ends in an ellipsis
        name = "".join(tp.name.split())
        if name not in joined:
            shown = next((name[:n] for n in range(len(name), 0, -1) if name[:n] + "…" in joined),
                         "")
            assert len(shown) >= len(name) / 2, f"{tp.name!r} is not in the SVG's text"
            shortened += 1
    assert shortened <= 2
    for index, stage in enumerate(journey.stages, start=1):
        assert f"{index}. {stage.name}" in texts
    assert f"{project.name} — {journey.name}" in texts


@pytest.mark.parametrize("sample", [p.stem for p in SAMPLE_FILES])
def test_pdf_of_every_sample_is_one_page(samples, sample, tmp_path) -> None:
    out = render_map(samples[sample], tmp_path / "map.pdf")
    assert pdf_pages(out) == 1
    assert out.read_bytes().rstrip().endswith(b"%%EOF")


def test_every_journey_of_a_sample_renders_by_name_and_by_id(samples, tmp_path) -> None:
    project = samples["credit_card_care"]
    for journey in project.journeys:
        by_name = render_map(project, tmp_path / "a.png", journey=journey.name, scale=1)
        assert abs(png_size(by_name)[0] - map_width(project, journey)) <= 1
        by_id = render_map(project, tmp_path / "b.png", journey=journey.id, scale=1)
        assert by_id.read_bytes() == by_name.read_bytes()


def test_png_size_follows_the_scale(samples, tmp_path) -> None:
    project = samples["saas_onboarding_renewal"]
    w1, h1 = png_size(render_map(project, tmp_path / "1.png", scale=1))
    w3, h3 = png_size(render_map(project, tmp_path / "3.png", scale=3))
    w05, h05 = png_size(render_map(project, tmp_path / "05.png", scale=0.5))
    assert abs(w1 - map_width(project, project.journeys[0])) <= 1
    assert abs(w3 - 3 * w1) <= 2 and abs(h3 - 3 * h1) <= 2
    assert abs(w05 - w1 / 2) <= 1 and abs(h05 - h1 / 2) <= 1


def test_chinese_sample_renders_without_missing_glyphs(samples, tmp_path) -> None:
    fonts = font_set()
    if len(fonts.families) < 2:
        pytest.skip("no CJK font installed (apt-get install fonts-wqy-microhei)")
    project = samples["ecommerce_aftersales_zh"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph ... missing from font(s)" would fail here
        for suffix in ("png", "svg", "pdf"):
            render_map(project, tmp_path / f"map.{suffix}", tier=project.tiers[0].name)
    texts = svg_texts(tmp_path / "map.svg")
    assert any("咨询" in t for t in texts)
    checker = Fonts(fonts)
    for tp in project.journeys[0].touchpoints:
        for char in tp.name.replace(" ", ""):
            assert checker.glyph(char, True).index != 0, f"no glyph for {char!r}"


# ---------------------------------------------------------------- the tier lens


def lens_project() -> Project:
    """Gold covers A; B has nothing for Gold; C is an uncovered moment of truth."""
    tps = [Touchpoint(id="a", stage="s", name="Covered card", x=30, y=60),
           Touchpoint(id="b", stage="s", name="Uncovered card", x=30, y=180),
           Touchpoint(id="c", stage="s", name="Uncovered moment", moment_of_truth=True,
                      x=30, y=300)]
    journey = Journey(id="j", name="Lens", stages=[Stage(id="s", name="Only stage")],
                      touchpoints=tps,
                      transitions=[Transition("a", "b", 0.5), Transition("b", "c", 1.0)],
                      entries=["a"], exits=["c"])
    return Project(name="Lens test", tiers=[Tier(id="gold", name="Gold"),
                                            Tier(id="silver", name="Silver")],
                   channels=[Channel(id="sms", name="SMS")], journeys=[journey],
                   actions=[CareAction(id="x", touchpoint="a", tiers=["gold"], channel="sms"),
                            CareAction(id="y", touchpoint="b", tiers=["silver"],
                                       channel="sms")])


def card_colours(fig) -> tuple[list[tuple], list[tuple]]:
    """Fill and border of each card, top to bottom (cards of one colour are drawn as one
    collection, "cards", "cards-1"...: its offsets are the cards' top-left corners)."""
    found = []
    for collection in fig.axes[0].collections:
        if (collection.get_gid() or "").split("-")[0] == "cards":
            fill = tuple(collection.get_facecolors()[0])
            edge = tuple(collection.get_edgecolors()[0])
            found += [(y, fill, edge) for _, y in collection.get_offsets()]
    found.sort()
    return [fill for _, fill, _ in found], [edge for _, _, edge in found]


def test_tier_lens_colours_cards_by_coverage() -> None:
    project = lens_project()
    fills, borders = card_colours(map_figure(project, "j", "gold"))
    assert fills == [to_rgba("#eaf7ee"), to_rgba("#fff4e5"), to_rgba("#fde8e8")]
    assert borders == [to_rgba("#3d9a5b"), to_rgba("#e39a2d"), to_rgba("#d23c3c")]
    fills, _ = card_colours(map_figure(project, "Lens", "Silver"))  # by names too
    assert fills == [to_rgba("#fff4e5"), to_rgba("#eaf7ee"), to_rgba("#fde8e8")]
    fills, borders = card_colours(map_figure(project, "j"))  # no lens: white cards
    assert set(fills) == {to_rgba("#ffffff")} and set(borders) == {to_rgba("#9aa5b8")}


def test_tier_lens_names_the_tier_in_the_title(tmp_path) -> None:
    out = render_map(lens_project(), tmp_path / "lens.svg", tier="gold")
    texts = svg_texts(out)
    assert "Seen by tier Gold: 1 of 3 touchpoints covered, 1 moments of truth not covered" \
        in texts
    assert {"Covered", "Not covered", "Moment of truth not covered"} <= set(texts)


def test_unknown_journey_tier_and_picture_type_are_refused(tmp_path) -> None:
    project = lens_project()
    with pytest.raises(UnknownJourneyError, match="unknown journey 'Nope' — known: Lens"):
        render_map(project, tmp_path / "x.png", journey="Nope")
    with pytest.raises(UnknownTierError, match="unknown tier 'Bronze' — known: Gold, Silver"):
        render_map(project, tmp_path / "x.png", tier="Bronze")
    with pytest.raises(RenderError, match="unknown picture type"):
        render_map(project, tmp_path / "x.jpg")
    with pytest.raises(RenderError, match="scale must be a positive number"):
        render_map(project, tmp_path / "x.png", scale=0)
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------- details


def test_small_pictures_leave_out_card_text_and_big_ones_keep_it() -> None:
    project = lens_project()
    far = {c.get_gid() for c in map_figure(project, "j", scale=0.1).axes[0].collections}
    near = {c.get_gid() for c in map_figure(project, "j", scale=1).axes[0].collections}
    assert "cards" in far and "strips" not in far and "shares" not in far
    assert {"cards", "strips", "shares", "mot", "entries", "exits", "faces"} <= near


def test_backstage_lane_is_drawn_when_asked(samples, tmp_path) -> None:
    project = samples["credit_card_care"]
    without = {c.get_gid() for c in map_figure(project, project.journeys[0].id).axes[0].collections}
    fig = map_figure(project, project.journeys[0].id, backstage=True)
    assert "backstage" not in without
    assert "backstage" in {c.get_gid() for c in fig.axes[0].collections}
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert "Backstage (below the line of visibility)" in texts
    assert "• Risk engine" in texts


def test_an_empty_journey_still_renders(tmp_path) -> None:
    project = Project(name="Empty", journeys=[Journey(id="j", name="Nothing yet")])
    for suffix in ("png", "svg", "pdf"):
        assert render_map(project, tmp_path / f"e.{suffix}").stat().st_size > 0
    with pytest.raises(RenderError, match="has no journey to draw"):
        render_map(Project(name="None"), tmp_path / "n.png")


def test_wrap_and_elide_keep_text_inside_the_card() -> None:
    fonts = Fonts(font_set())
    long = "Pre-approved offer for deposit customers who never opened the app"
    lines = fonts.wrap(long, 150, 12.7, True)
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert all(fonts.width(line, 12.7, True) <= 150 for line in lines)
    assert fonts.wrap("Card delivery", 150, 12.7, True) == ["Card delivery"]
    assert fonts.wrap("Supercalifragilisticexpialidocious", 80, 12.7)[0] != \
        "Supercalifragilisticexpialidocious"
    chinese = fonts.wrap("直播间看播咨询并领取优惠券然后下单再评价", 150, 12.7, True)
    assert len(chinese) == 2 and all(fonts.width(line, 12.7, True) <= 150 for line in chinese)
    assert fonts.elide("App push / in-app message · Branch", 100, 10.7).endswith("…")
    assert fonts.width(fonts.elide("App push / in-app message · Branch", 100, 10.7), 10.7) <= 100


# ---------------------------------------------------------------- PNG writing


def test_png_writer_round_trips_through_pillow() -> None:
    rng = np.random.default_rng(3)
    for height, width in ((1, 1), (70, 3), (300, 257)):
        pixels = rng.integers(0, 256, (height, width, 4), dtype=np.uint8)
        pixels[height // 2:] = (10, 20, 30, 255)
        for threads in (1, 2):
            buffer = io.BytesIO()
            write_png_array(buffer, pixels, threads=threads, dpi=192)
            with Image.open(io.BytesIO(buffer.getvalue())) as image:
                assert image.mode == "RGBA"
                assert np.array_equal(np.asarray(image), pixels)
    # bands deflated apart (as two processes do) join into one valid image
    top = deflate_rows(pixels[:100], last=False)
    bottom = Deflated.from_bytes(deflate_rows(pixels[100:], last=True).to_bytes())
    buffer = io.BytesIO()
    write_png(buffer, width, height, [top, bottom])
    with Image.open(io.BytesIO(buffer.getvalue())) as image:
        assert np.array_equal(np.asarray(image), pixels)


def test_two_processes_draw_the_same_png_as_one(samples, tmp_path, monkeypatch) -> None:
    project = samples["credit_card_care"]
    monkeypatch.setattr(render_bands, "PROCESSES", 1)
    one = render_map(project, tmp_path / "one.png", tier="Gold")
    monkeypatch.setattr(render_bands, "PROCESSES", 2)
    monkeypatch.setattr(render_bands, "FORK_MIN_PIXELS", 0)
    monkeypatch.setattr(render_bands, "_threads_elsewhere", lambda: False)  # Qt is loaded here
    calls = []
    real = render_bands._Child
    monkeypatch.setattr(render_bands, "_Child", lambda work: calls.append(1) or real(work))
    two = render_map(project, tmp_path / "two.png", tier="Gold")
    if render_bands._can_fork(10**9):
        assert calls, "the picture was not drawn in two processes"
    with Image.open(one) as a, Image.open(two) as b:
        first, second = np.asarray(a).astype(int), np.asarray(b).astype(int)
    assert first.shape == second.shape
    # the same picture: where coordinates round the other way at a pixel's edge, the
    # anti-aliasing of a few hundred edge pixels (of millions) differs
    assert (np.abs(first - second).max(axis=2) > 3).mean() < 0.0005

    class FailedChild:  # a child that died (out of memory, killed): this process redoes it
        def __init__(self, work) -> None:
            pass

        def result(self) -> None:
            return None

        def stop(self) -> None:
            pass

    monkeypatch.setattr(render_bands, "_Child", FailedChild)
    redone = render_map(project, tmp_path / "redone.png", tier="Gold")
    assert redone.read_bytes() == two.read_bytes()


# ---------------------------------------------------------------- the command line


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="journey-designer")
    add_render_command(parser.add_subparsers(dest="command"))
    return run_render(parser.parse_args(["render", *argv]))


def test_cli_writes_each_format(tmp_path, capsys) -> None:
    sample = str(SAMPLES / "credit_card_care.journey")
    assert run([sample, "--out", str(tmp_path / "m.png"), "--scale", "1"]) == 0
    out = capsys.readouterr().out
    width, height = png_size(tmp_path / "m.png")
    assert out.strip() == f"wrote {tmp_path / 'm.png'} ({width} × {height} px)"
    assert run([sample, "--out", str(tmp_path / "m.svg"), "--tier", "Bronze",
                "--journey", "Supplementary card for a family member"]) == 0
    assert any("Seen by tier Bronze" in t for t in svg_texts(tmp_path / "m.svg"))
    assert run([sample, "--out", str(tmp_path / "m.pdf"), "--backstage"]) == 0
    assert pdf_pages(tmp_path / "m.pdf") == 1


@pytest.mark.parametrize("argv, problem", [
    (["{sample}", "--out", "{tmp}/m.png", "--journey", "Nope"],
     "{sample}: unknown journey 'Nope' — known: Credit card lifecycle, Supplementary card"),
    (["{sample}", "--out", "{tmp}/m.png", "--tier", "Platinum"],
     "{sample}: unknown tier 'Platinum' — known: Gold, Silver, Bronze"),
    (["{tmp}/missing.journey", "--out", "{tmp}/m.png"], "{tmp}/missing.journey: no such file"),
    (["{tmp}/garbage.journey", "--out", "{tmp}/m.png"], "{tmp}/garbage.journey: "),
    (["{sample}", "--out", "{tmp}/m.gif"], "{tmp}/m.gif: unknown picture type ('.gif')"),
    (["{sample}", "--out", "{tmp}/m"], "{tmp}/m: unknown picture type (no extension)"),
    (["{sample}", "--out", "{tmp}/m.png", "--scale", "0"], "--scale must be a positive number"),
    (["{sample}", "--out", "{tmp}/no/such/folder/m.png"], "{tmp}/no/such/folder/m.png: could not"),
])
def test_cli_bad_input_exits_2_with_one_line(argv, problem, tmp_path, capsys) -> None:
    (tmp_path / "garbage.journey").write_bytes(b"this is not a project")
    sample = str(SAMPLES / "credit_card_care.journey")
    fill = {"sample": sample, "tmp": str(tmp_path)}
    assert run([a.format(**fill) for a in argv]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("journey-designer: error: " + problem.format(**fill))
    assert not (tmp_path / "m.png").exists()


def test_cli_renders_without_a_display_and_without_qt(tmp_path) -> None:
    """In a fresh process with no display and no Qt platform set: the picture is written
    and Qt was never imported (the two-process path runs there when the picture is big)."""
    script = (
        "import argparse, sys\n"
        "from journey_designer.cli_render import add_render_command, run_render\n"
        "parser = argparse.ArgumentParser(prog='journey-designer')\n"
        "add_render_command(parser.add_subparsers(dest='command'))\n"
        "code = run_render(parser.parse_args(sys.argv[1:]))\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "sys.exit(code)\n")
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "MPLBACKEND")}
    out = tmp_path / "zh.png"
    done = subprocess.run([sys.executable, "-c", script, "render", str(ZH_SAMPLE), "--out",
                           str(out), "--scale", "3"], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"wrote {out} (")
    assert png_size(out)[0] > 3000
