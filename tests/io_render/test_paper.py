"""`render --paper A4|A3|letter [--landscape]`: the map fitted to standard paper; a PDF
gets several pages when one would be too small to read, each page holding whole stages
(the breaks fall between stages) with the title and legend on every page."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from journey_designer.io.project_file.sqlite_store import load_project

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "journey_designer" / "samples" / "credit_card_care.journey"
A4 = (595.3, 841.9)  # points
A3_PX_200DPI = (round(16.54 * 200), round(11.69 * 200))
needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils")


def render(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "journey_designer", "render", str(SAMPLE), *args],
                          capture_output=True, text=True, timeout=300)


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(pdf)], capture_output=True,
                         text=True, check=True).stdout
    sizes = []
    for line in out.splitlines():
        if line.startswith("Page") and "size:" in line:
            parts = line.split("size:")[1].split()
            sizes.append((float(parts[0]), float(parts[2])))
    return sizes


def page_text(pdf: Path, page: int) -> str:
    return subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout


@needs_poppler
def test_a4_landscape_pdf_breaks_between_stages_with_a_legend_on_every_page(tmp_path: Path) -> None:
    out = tmp_path / "map.pdf"
    done = render("--out", str(out), "--paper", "A4", "--landscape")
    assert done.returncode == 0, done.stderr
    sizes = page_sizes(out)
    assert len(sizes) >= 2, "seven stages do not fit one A4 page readably"
    for width, height in sizes:
        assert abs(width - A4[1]) < 2 and abs(height - A4[0]) < 2, (width, height)
    stages = [s.name for s in load_project(SAMPLE).journeys[0].stages]
    seen: list[int] = []
    for page in range(1, len(sizes) + 1):
        text = page_text(out, page)
        assert "Moment of truth" in text and "Entry" in text, f"page {page} has no legend"
        whole = [k for k, name in enumerate(stages) if f"{k + 1}. {name}" in text]
        assert whole, f"page {page} holds no whole stage"
        assert whole == list(range(whole[0], whole[-1] + 1)), "a page holds consecutive stages"
        seen += whole
    assert seen == list(range(len(stages))), "every stage whole on exactly one page, in order"


def test_a3_png_is_the_size_of_the_sheet(tmp_path: Path) -> None:
    out = tmp_path / "map.png"
    done = render("--out", str(out), "--paper", "a3", "--landscape")
    assert done.returncode == 0, done.stderr
    with Image.open(out) as image:
        assert image.size == A3_PX_200DPI


def test_an_unknown_paper_is_refused_with_the_choices(tmp_path: Path) -> None:
    out = tmp_path / "map.pdf"
    done = render("--out", str(out), "--paper", "B5")
    assert done.returncode == 2
    assert "A4" in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()
