"""The slides PDF as a reader sees it (issue 15): stage headers whole, share labels
inside their ovals, no grid paper, no selection outline. Read with poppler's pdftotext
(word boxes) and pdftoppm (pixels)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QImage

from journey_designer.io.project_file.json_io import load_json
from journey_designer.ui.main_window import MainWindow

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext") or not shutil.which("pdftoppm"),
                                reason="poppler-utils is not installed")
SAMPLE = Path(__file__).resolve().parents[2] / "journey_designer" / "samples" / \
    "credit_card_care.json"


@pytest.fixture
def sample_window(qtbot):
    win = MainWindow(load_json(SAMPLE))
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()


def _words(pdf: Path, page: int) -> list[tuple[str, QRectF]]:
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    found = []
    for x0, y0, x1, y1, word in re.findall(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', out):
        found.append((word.replace("&amp;", "&"),
                      QRectF(float(x0), float(y0), float(x1) - float(x0), float(y1) - float(y0))))
    return found


def _page_image(pdf: Path, page: int, out: Path) -> QImage:
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(out)], check=True)
    return QImage(str(out) + ".png")


def _first_pages(window) -> dict[int, int]:
    """Stage index -> its first page (1-based) in the slides PDF."""
    from journey_designer.ui.presentation import pdf_export, slide_layout

    slides = slide_layout.plan(window.scene, QSizeF(pdf_export.SLIDE), pdf_export.DPI, 0.0)
    pages: dict[int, int] = {}
    for number, slide in enumerate(slides, start=1):
        if slide.kind == slide_layout.STAGE:
            pages.setdefault(slide.stage, number)
    return pages


def test_every_stage_header_is_whole_on_its_slide(sample_window, tmp_path) -> None:
    from journey_designer.ui.presentation import export_slides

    window = sample_window
    pdf = tmp_path / "slides.pdf"
    export_slides(window.presentation, str(pdf))
    stages = window.scene.journey.stages
    for index, page in _first_pages(window).items():
        words = _words(pdf, page)
        header = f"{index + 1}. {stages[index].name}".split()
        # the header's words, in order, on the page
        start = next(i for i in range(len(words)) if [w for w, _ in
                     words[i:i + len(header)]] == header)
        right = max(box.right() for _, box in words[start:start + len(header)])
        if index + 1 < len(stages):  # its last word ends before the next lane's header
            following = f"{index + 2}."
            nxt = next(box for word, box in words if word == following)
            assert right < nxt.left(), (stages[index].name, right, nxt.left())


def test_share_labels_are_inside_their_ovals(sample_window, tmp_path) -> None:
    from journey_designer.ui.presentation import export_slides, pdf_export, slide_layout

    window = sample_window
    pdf = tmp_path / "slides.pdf"
    export_slides(window.presentation, str(pdf))
    slides = slide_layout.plan(window.scene, QSizeF(pdf_export.SLIDE), pdf_export.DPI, 0.0)
    points_per_pixel = 960 / pdf_export.SLIDE.width()  # a 13.333 in page is 960 pt wide
    checked = 0
    for number, slide in enumerate(slides, start=1):
        if slide.kind != slide_layout.STAGE:
            continue
        scale = slide.scale(QSizeF(pdf_export.SLIDE)) * points_per_pixel
        words = _words(pdf, number)
        for arrow in window.scene.arrows.values():
            if getattr(arrow, "label_box", True) is None:
                continue  # no room for a label: the share shows on hover
            rect = arrow.label_rect()
            if not slide.source.contains(rect):
                continue
            oval = QRectF((rect.left() - slide.source.left()) * scale,
                          (rect.top() - slide.source.top()) * scale,
                          rect.width() * scale, rect.height() * scale)
            inside = [box for word, box in words if oval.contains(box.center())
                      and re.fullmatch(r"[\d.,]+|%", word)]
            for box in inside:
                assert oval.adjusted(-1, -1, 1, 1).contains(box), (arrow.key, oval, box)
                checked += 1
    assert checked > 10


def test_slides_have_no_grid_paper_and_no_selection(sample_window, tmp_path) -> None:
    from journey_designer.ui.presentation import export_slides

    window = sample_window
    first = _first_pages(window)[0]
    plain, selected = tmp_path / "plain.pdf", tmp_path / "selected.pdf"
    export_slides(window.presentation, str(plain))
    window.scene.select_cards([tp.id for tp in window.scene.journey.touchpoints[:3]])
    export_slides(window.presentation, str(selected))
    assert len(window.scene.selected_cards()) == 3  # the editor keeps its selection
    a = _page_image(plain, first, tmp_path / "plain")
    b = _page_image(selected, first, tmp_path / "selected")
    assert a == b, "a selected card looks the same on a slide"
    # above the lanes right of the stage there is nothing but (dimmed) background: one
    # colour, no grid lines (the slide shows map up to its left edge: no page there)
    from journey_designer.ui.presentation import pdf_export, slide_layout

    slide = next(s for s in slide_layout.plan(window.scene, QSizeF(pdf_export.SLIDE),
                                              pdf_export.DPI, 0.0) if s.kind == "stage")
    source, lane = slide.source, window.presentation.stage_rect(slide.stage)
    scale = a.width() / source.width()
    colours = {a.pixel(x, y) for x in range(int((lane.right() + 8 - source.left()) * scale),
                                            a.width() - 1)  # the last: page edge
               for y in range(int((-source.top() - 5) * scale))}
    assert colours, "the slide shows page above the lanes"
    assert len(colours) == 1, f"{len(colours)} colours where only the background is"
