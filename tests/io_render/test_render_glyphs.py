"""Pictures of names no installed font can fully draw (issue 12, "Pictures"): emoji,
Thai, Hindi, Arabic, Hebrew, zero-width characters, Chinese without a CJK font. The
picture is written (exit 0), what the fonts can draw is drawn, the rest stands in as
"�", and the command says so in one line naming the scripts and the font to install."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from journey_designer.domain import Channel, Journey, Project, Stage, Tier, Touchpoint, Transition
from journey_designer.io.picture import glyphs as render_glyphs
from journey_designer.io.picture.glyphs import REPLACEMENT, Coverage, missing_message
from journey_designer.io.picture.render import map_figure, render_map
from journey_designer.io.picture.style import FontSet, font_set
from journey_designer.io.picture.text import Fonts
from journey_designer.io.project_file.json_io import save_json

SAMPLES = Path(__file__).resolve().parents[2] / "journey_designer" / "samples"
ZH_SAMPLE = SAMPLES / "ecommerce_aftersales_zh.journey"
NAMES = ["Happy 😀 path 👍🏽", "ทดสอบ Thai", "नमस्ते Hindi", "مرحبا Arabic", "שלום Hebrew",
         "zero\u200bwidth\u200djoin\ufeff", "中文 退款", "👨\u200d👩\u200d👧 family"]
# a character of each script that may lack a font, and the name the warning gives it
PROBES = {"Thai": "ท", "Devanagari (Hindi)": "न", "emoji": "👍"}


def glyph_project() -> Project:
    tps = [Touchpoint(id=f"t{i}", stage="s" if i < 4 else "s2", name=name, x=30,
                      y=60 + 120 * (i % 4)) for i, name in enumerate(NAMES)]
    journey = Journey(id="j", name="Glyphs 😀 ทดสอบ", touchpoints=tps,
                      stages=[Stage(id="s", name="Stage नमस्ते"), Stage(id="s2", name="שלום 中文")],
                      transitions=[Transition("t0", "t1", 0.5)], entries=["t0"], exits=["t7"])
    return Project(name="Glyph test 🎉 مرحبا", tiers=[Tier(id="g", name="Gold 🥇")],
                   channels=[Channel(id="c", name="SMS\u200b 📱")], journeys=[journey])


def font_exists_for(char: str) -> bool:
    """Whether any font on this machine has `char` (fontconfig's view, independent of
    the program's own search)."""
    if shutil.which("fc-list") is None:
        pytest.skip("fc-list (fontconfig) is needed to know which fonts are installed")
    listed = subprocess.run(["fc-list", f":charset={ord(char):x}", "file"], capture_output=True,
                            text=True, check=True).stdout
    return bool(listed.strip())


def cli(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "journey_designer", *argv], capture_output=True,
                          text=True, timeout=180, env=env)


@pytest.fixture(scope="module")
def glyph_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("glyphs") / "glyphs.json"
    save_json(glyph_project(), path)
    return path


@pytest.mark.parametrize("kind", ["png", "svg", "pdf"])
def test_cli_draws_every_script_and_warns_once(glyph_file, kind, tmp_path) -> None:
    out = tmp_path / f"map.{kind}"
    done = cli("render", str(glyph_file), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"wrote {out}")
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr  # one warning, not one per character
    warning = lines[0]
    assert warning.startswith(f"journey-designer: note: {out}: no installed font can draw")
    assert "Glyph" not in warning and "Traceback" not in done.stderr
    for script, char in PROBES.items():
        assert (script in warning) == (not font_exists_for(char)), warning
    if not font_exists_for("ท"):
        assert "fonts-thai-tlwg" in warning
    if not font_exists_for("न"):
        assert "fonts-noto-core" in warning
    # Hebrew, Arabic and Chinese have fonts here (DejaVu, the CJK font): not named
    assert "Hebrew" not in warning and "Arabic" not in warning
    assert ("Chinese" in warning) == (not font_exists_for("中"))
    assert out.stat().st_size > 0
    if kind == "png":
        with Image.open(out) as image:
            image.load()
            assert image.width > 600 and image.height > 300
    elif kind == "svg":
        texts = "\n".join("".join(e.itertext()) for e in
                          ET.parse(out).getroot().iter("{http://www.w3.org/2000/svg}text"))
        assert "Happy 😀 path" in texts and "שלום Hebrew" in texts and "مرحبا Arabic" in texts
        assert "zerowidthjoin" in texts  # the zero-width characters are gone, the rest stays
        assert "\u200b" not in texts and "\ufeff" not in texts and "\u200d" not in texts
        if not font_exists_for("ท"):
            assert f"{REPLACEMENT} Thai" in texts
    else:
        if shutil.which("pdftoppm") is None:
            pytest.skip("pdftoppm (poppler-utils) is needed to open the PDF")
        page = subprocess.run(["pdftoppm", "-png", "-r", "30", "-singlefile", str(out),
                               str(tmp_path / "page")], capture_output=True, text=True)
        assert page.returncode == 0, page.stderr
        with Image.open(tmp_path / "page.png") as image:
            assert image.width > 100


def test_a_picture_without_odd_characters_gives_no_warning(tmp_path) -> None:
    done = cli("render", str(SAMPLES / "credit_card_care.journey"), "--out",
               str(tmp_path / "m.png"), "--scale", "1")
    assert done.returncode == 0 and done.stderr == "", done.stderr


def test_render_map_warns_once_with_the_scripts(tmp_path) -> None:
    project = glyph_project()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for kind in ("png", "svg", "pdf"):
            render_map(project, tmp_path / f"m.{kind}", scale=1)
    messages = [str(w.message) for w in caught]
    assert len(messages) == 3, messages  # one per picture, none from matplotlib
    if not font_exists_for("ท"):
        assert all("Thai" in m for m in messages)


# ---------------------------------------------------------------- what stands in

def test_clean_drops_invisible_characters_and_collapses_what_cannot_be_drawn() -> None:
    coverage = Coverage(font_set().regular)
    assert coverage.clean("zero\u200bwidth\u200djoin\ufeff\u2060")[0] == "zerowidthjoin"
    assert coverage.clean("snow\u2603\ufe0f man")[0] == "snow\u2603 man"  # variation selector
    assert coverage.clean("e\u0301")[0] == "e\u0301"  # an accent DejaVu has stays
    if not font_exists_for("ท"):
        text, missing = coverage.clean("ทดสอบ Thai ทด")
        assert text == f"{REPLACEMENT} Thai {REPLACEMENT}"  # a word: one stand-in, not five
        assert missing == set("ทดสอบ")
        assert coverage.clean("a\u0e48b")[0] == "ab"  # a Thai tone mark on a Latin letter
    if not font_exists_for("👍"):
        assert coverage.clean("ok 👍🏽!")[0] == f"ok {REPLACEMENT}!"  # emoji + skin tone


def test_without_a_cjk_font_chinese_stands_in_and_is_named(monkeypatch) -> None:
    """In process: the fonts are DejaVu only and the search of installed fonts finds
    nothing more (as on a machine without a CJK font)."""
    dejavu = font_set().regular[:1]
    monkeypatch.setattr(render_glyphs, "installed_font_for", lambda code: None)
    coverage = Coverage(dejavu)
    text, missing = coverage.clean("退款 refund")
    assert text == f"{REPLACEMENT} refund" and missing == {"退", "款"}
    message = missing_message(missing)
    assert "Chinese (Han)" in message and "apt-get install fonts-wqy-microhei" in message


def test_a_font_installed_for_the_missing_script_is_found() -> None:
    """DejaVu alone lacks Chinese; the search of installed fonts finds the CJK font."""
    if not font_exists_for("退"):
        pytest.skip("no CJK font installed (apt-get install fonts-wqy-microhei)")
    render_glyphs.forget_installed_fonts()
    coverage = Coverage(font_set().regular[:1])
    assert coverage.clean("退款 refund") == ("退款 refund", frozenset())
    assert coverage.extras, "the CJK font was not added to the fallback list"
    base = font_set()
    fonts = Fonts(FontSet(base.families[:1], base.regular[:1], base.bold[:1]))
    assert fonts.clean("退款") == "退款"
    assert fonts.glyph("退", True).index != 0 and len(fonts.families) == 2


def test_picture_text_is_the_cleaned_text() -> None:
    """The card names in a vector figure are what the fonts can draw."""
    fig = map_figure(glyph_project(), "j")
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert "Happy 😀 path" in " ".join(texts)
    assert not any(ch in t for t in texts for ch in "\u200b\u200d\ufeff")
    fonts = Fonts(font_set())
    for text in texts:
        assert fonts.clean(text) == text


# ---------------------------------------------------------------- no CJK font at all

CJK_FOLDERS = ("/usr/share/fonts/truetype/wqy", "/usr/share/fonts/opentype/noto",
               "/usr/share/fonts/truetype/droid", "/usr/share/fonts/truetype/arphic")


def cjk_font_folders() -> list[str]:
    """The usual CJK font folders and those of every font fontconfig lists for Chinese
    (fonts-droid-fallback, pulled in by LibreOffice, is one)."""
    listed = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True)
    found = {str(Path(line.split(":")[0]).parent) for line in listed.stdout.splitlines()
             if line.strip()}
    return sorted(found | {f for f in CJK_FOLDERS if Path(f).is_dir()})


def test_cli_without_any_cjk_font_names_chinese_and_the_package(tmp_path) -> None:
    """The real command in a private mount namespace where the CJK font folders are
    empty, with a fresh matplotlib cache: the Chinese sample still renders."""
    if shutil.which("unshare") is None or shutil.which("fc-list") is None:
        pytest.skip("unshare (util-linux) and fc-list (fontconfig) are needed to hide the CJK fonts")
    folders = cjk_font_folders()
    mounts = " && ".join(f"mount -t tmpfs none {f}" for f in folders) or "true"
    probe = subprocess.run(["unshare", "-m", "sh", "-c", f"mount --make-rprivate / && {mounts}"],
                           capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip(f"cannot make a private mount namespace here: {probe.stderr.strip()}")
    out = tmp_path / "zh.png"
    env = {**os.environ, "MPLCONFIGDIR": str(tmp_path / "mpl")}
    script = (f"mount --make-rprivate / && {mounts} && "
              f"fc-list :lang=zh file | grep -q . && echo 'a CJK font is still visible' >&2; "
              f"exec {sys.executable} -m journey_designer render {ZH_SAMPLE} --out {out}")
    done = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True,
                          timeout=300, env=env)
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert "Chinese (Han)" in lines[0] and "apt-get install fonts-wqy-microhei" in lines[0]
    with Image.open(out) as image:
        image.load()
        assert image.width > 1000


def test_dollar_signs_in_names_are_text_not_mathematics(tmp_path) -> None:
    """matplotlib reads text between two "$" as mathematics: "$$$" or "$x^$" in a name
    stopped the SVG and PDF with exit 3, "$5 or $10" came out in math italics."""
    project = glyph_project()
    project.journeys[0].touchpoints[0].name = "Save $$$ now"
    project.journeys[0].touchpoints[1].name = "مرحبا $x^$"  # drawn as Text in a PNG too
    project.tiers[0].name = "Pay $5 or $10"
    path = tmp_path / "dollars.json"
    save_json(project, path)
    done = cli("render", str(path), "--out", str(tmp_path / "m.svg"))
    assert done.returncode == 0, done.stderr
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the scripts the fonts lack: tested above
        for kind in ("png", "pdf"):
            assert render_map(project, tmp_path / f"m.{kind}", scale=1).stat().st_size > 0
    texts = "\n".join("".join(e.itertext()) for e in
                      ET.parse(tmp_path / "m.svg").getroot().iter("{http://www.w3.org/2000/svg}text"))
    assert "Save $$$ now" in texts and "Pay $5 or $10" in texts


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(names=st.lists(st.text(st.characters(blacklist_categories=()), min_size=1, max_size=12),
                      min_size=3, max_size=3))
def test_any_characters_in_names_give_a_picture(names: list[str]) -> None:
    """Any code point at all (lone surrogates, private use, unassigned, controls, marks
    with nothing to sit on) in the project, journey, stage, card, tier and channel names:
    every format is written."""
    project = glyph_project()
    project.name, project.journeys[0].name, project.tiers[0].name = names
    project.journeys[0].stages[0].name = names[1] + names[2]
    project.journeys[0].touchpoints[0].name = names[0]
    project.channels[0].name = names[2]
    project.journeys[0].touchpoints[0].channels = ["c"]
    with tempfile.TemporaryDirectory() as folder, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for kind in ("png", "svg"):  # a PDF embeds the fonts: ~2 s each, see below
            assert render_map(project, Path(folder) / f"m.{kind}", scale=0.5).stat().st_size > 0


ODD_NAMES = ["lone \ud800 surrogate", "private \ue000\U000f0000", "unassigned \u0378 \U000e0fff",
             "nul \x00 bell \x07", "\u202eRTL override\u202c", "tab\tnew\nline", "\ufffd already",
             "\u0301\u0301 marks first", "flag 🇨🇳 keycap 1️⃣", "Cuneiform 𒀀", "aaa" + "\u0e48" * 50]


def test_odd_characters_in_names_give_a_pdf_and_an_svg(tmp_path) -> None:
    """The PDF and SVG carry the title as metadata too: a lone surrogate there stopped
    them with a UnicodeEncodeError (exit 3)."""
    project = glyph_project()
    project.name = ODD_NAMES[0]
    project.journeys[0].name = " ".join(ODD_NAMES[1:4])
    for tp, name in zip(project.journeys[0].touchpoints, ODD_NAMES, strict=False):
        tp.name = name
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for kind in ("svg", "pdf"):
            assert render_map(project, tmp_path / f"m.{kind}").stat().st_size > 0
    assert [str(w.message) for w in caught if "other characters" not in str(w.message)] == []
