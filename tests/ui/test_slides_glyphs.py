"""The app's pictures of names no installed font can fully draw (emoji, Thai, Hindi,
Arabic, Hebrew, zero-width characters): the slides PDF (drawn by Qt, which substitutes
glyphs itself) and File ▸ Export picture (the map drawn by matplotlib in a child
process) are written and open."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from PIL import Image
from ui_helpers import small_project

from journey_designer.domain import Channel, Stage, Touchpoint
from journey_designer.ui.main_window import MainWindow

NAMES = ["Happy 😀 path 👍🏽", "ทดสอบ Thai", "नमस्ते Hindi", "مرحبا Arabic", "שלום Hebrew",
         "zero\u200bwidth\u200djoin\ufeff", "中文 退款", "👨\u200d👩\u200d👧 family"]


@pytest.fixture
def glyph_window(qtbot):
    project = small_project()
    project.name = "Glyph test 🎉 مرحبا"
    journey = project.journeys[0]
    journey.name = "Glyphs \ufeff😀 ทดสอบ"
    journey.stages.append(Stage("s4", "שלום नमस्ते 😀\u200b"))
    journey.touchpoints += [Touchpoint(f"g{i}", "s4", name, x=810, y=60 + 120 * i,
                                       channels=["emoji"]) for i, name in enumerate(NAMES)]
    project.channels.append(Channel("emoji", "SMS\u200b 📱 ทด"))
    win = MainWindow(project)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()


def test_slides_pdf_of_every_script_is_written_and_opens(glyph_window, tmp_path) -> None:
    from journey_designer.ui.presentation import export_slides

    path = tmp_path / "slides.pdf"
    pages = export_slides(glyph_window.presentation, str(path))
    from PySide6.QtCore import QSizeF

    from journey_designer.ui.presentation import pdf_export, slide_layout

    slides = slide_layout.plan(glyph_window.scene, QSizeF(pdf_export.SLIDE), pdf_export.DPI, 0.0)
    assert pages == len(slides)  # overview, each of the four stages (tall ones in parts), summary
    assert sorted({s.stage for s in slides}) == [-1, 0, 1, 2, 3, 4]
    assert len(re.findall(rb"/Type\s*/Page\b", path.read_bytes())) == pages
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is needed to open the PDF")
    done = subprocess.run(["pdftoppm", "-png", "-r", "20", str(path), str(tmp_path / "page")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert len(list(tmp_path.glob("page*.png"))) == pages


def test_export_picture_of_every_script_is_written(glyph_window, tmp_path) -> None:
    from journey_designer.ui.child_jobs import draw_in_child

    for kind in ("png", "svg", "pdf"):
        out = draw_in_child(glyph_window.document.project, tmp_path / f"map.{kind}", None, None,
                            lambda: True)
        assert out.stat().st_size > 0
    with Image.open(tmp_path / "map.png") as image:
        assert image.width > 1000
