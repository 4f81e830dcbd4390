"""The exported workbook printed by LibreOffice (A4 landscape PDF) can be read on paper.

Each sample is exported once and the three workbooks are converted in one LibreOffice run;
the tests then read the pages as a person would: which sheet a page belongs to (its
footer), the font sizes drawn on it (the PDF's own `Tf` sizes), and its words and lines
(`pdftotext -bbox`).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
import zlib
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from workbook_helpers import SAMPLE_NAMES, sample, sheet_of

from journey_designer.io.workbook.export import export_workbook

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                                reason="LibreOffice (soffice) and poppler's pdftotext are needed to print")

READABLE_PT = 8.0
_XHTML = "{http://www.w3.org/1999/xhtml}"
_OBJECT = re.compile(rb"(?m)^(\d+) 0 obj\b")


@dataclass
class Page:
    """One printed page: the sheet it shows (from its footer), its text lines and font sizes."""

    sheet: str
    lines: list[str]
    sizes: list[float] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def _pdf_font_sizes(pdf: Path) -> list[list[float]]:
    """The font sizes (`Tf` operands) each page draws text with, in page order."""
    data = pdf.read_bytes()
    starts = [(int(m.group(1)), m.end()) for m in _OBJECT.finditer(data)]
    ends = [start for _, start in starts[1:]] + [len(data)]
    objects = {number: data[start:end] for (number, start), end in zip(starts, ends, strict=True)}

    def content(number: int) -> bytes:
        body = objects[number]
        found = re.search(rb"stream\r?\n", body)
        assert found, f"object {number} of {pdf.name} has no stream"
        if b"FlateDecode" in body[:found.start()]:  # decompresses up to the stream's end
            return zlib.decompressobj().decompress(body[found.end():])
        return body[found.end():body.find(b"endstream", found.end())]

    def leaves(number: int) -> list[int]:
        body = objects[number]
        if re.search(rb"/Type\s*/Pages\b", body):
            kids = re.search(rb"/Kids\s*\[(.*?)\]", body, re.S)
            assert kids, f"a page tree node of {pdf.name} without kids"
            return [leaf for kid in re.findall(rb"(\d+) 0 R", kids.group(1)) for leaf in leaves(int(kid))]
        return [number]

    root = re.search(rb"/Root\s+(\d+) 0 R", data)
    assert root, f"{pdf.name} has no catalogue"
    tree = re.search(rb"/Pages\s+(\d+) 0 R", objects[int(root.group(1))])
    assert tree, f"{pdf.name} has no page tree"
    sizes = []
    for page in leaves(int(tree.group(1))):
        contents = re.search(rb"/Contents\s*(\[[^\]]*\]|\d+ 0 R)", objects[page])
        streams = re.findall(rb"(\d+) 0 R", contents.group(1)) if contents else []
        text = b"".join(content(int(n)) for n in streams)
        sizes.append([float(s) for s in re.findall(rb"/F\w+\s+([\d.]+)\s+Tf", text)])
    return sizes


def _pages(pdf: Path) -> list[Page]:
    """The pages of `pdf`: footer words ('<sheet> — page 3 of 9') name the sheet."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True,
                          check=True, timeout=120).stdout
    pages = []
    for element in ET.fromstring(html).iter(_XHTML + "page"):
        words = [(round(float(w.get("yMin", 0))), float(w.get("xMin", 0)), w.text or "")
                 for w in element.iter(_XHTML + "word")]
        rows: dict[int, list[tuple[float, str]]] = {}
        for y, x, text in words:
            row = next((r for r in rows if abs(r - y) <= 1), y)
            rows.setdefault(row, []).append((x, text))
        lines = [" ".join(t for _, t in sorted(rows[y])) for y in sorted(rows)]
        footer = next((line for line in reversed(lines) if re.search(r" — (page|第) ", line)), "")
        sheet = re.split(r" — (?:page|第) ", footer)[0]
        pages.append(Page(sheet, [line for line in lines if line != footer]))
    for page, sizes in zip(pages, _pdf_font_sizes(pdf), strict=True):
        page.sizes = sizes
    return pages


@dataclass
class Printed:
    """A sample's project, its exported workbook (openpyxl) and its printed pages."""

    name: str
    project: object
    book: openpyxl.Workbook
    pages: list[Page]

    def of(self, key: str) -> list[Page]:
        title = sheet_of(self.book, key).title
        found = [p for p in self.pages if p.sheet == title]
        assert found, f"{self.name}: no printed page of {title}"
        return found


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, Printed]:
    folder = tmp_path_factory.mktemp("print")
    paths = []
    for name in SAMPLE_NAMES:
        path = folder / f"{name}.xlsx"
        export_workbook(sample(name), path, charts=None)
        paths.append(path)
    profile = folder / "lo-profile"
    subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to",
                    "pdf", "--outdir", str(folder), *map(str, paths)], check=True, capture_output=True,
                   timeout=600)
    result = {}
    for name, path in zip(SAMPLE_NAMES, paths, strict=True):
        pdf = path.with_suffix(".pdf")
        assert pdf.is_file() and pdf.stat().st_size > 0, f"LibreOffice did not print {path.name}"
        result[name] = Printed(name, sample(name), openpyxl.load_workbook(path), _pages(pdf))
    return result


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_the_action_plan_prints_at_a_readable_size_with_its_id_and_action_on_every_page(printed, name):
    book = printed[name]
    sheet = sheet_of(book.book, "Action Plan")
    id_header, action_header = sheet["A1"].value, sheet["B1"].value
    pages = book.of("Action Plan")
    for number, page in enumerate(pages, 1):
        assert page.sizes, f"{name}: Action Plan page {number} draws no text"
        assert min(page.sizes) >= READABLE_PT, (
            f"{name}: Action Plan page {number} prints text at {min(page.sizes):.1f} pt")
        squeezed = page.text.replace(" ", "")
        assert id_header in squeezed and action_header.replace(" ", "") in squeezed, (
            f"{name}: Action Plan page {number} does not show the {id_header} and {action_header} headers")
    owners = {a.owner for a in book.project.actions if a.owner}
    printed_text = " ".join(" ".join(p.lines) for p in pages)
    for owner in owners:  # whole, maybe wrapped over lines
        assert all(word in printed_text for word in owner.split()), f"{name}: owner {owner!r} is cut"


def _stage_rows(sheet) -> list[int]:
    return [c.row for c in sheet["A"] if c.value in ("Stage", "阶段")]


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_the_journey_map_breaks_pages_between_stages(printed, name):
    book = printed[name]
    sheet = sheet_of(book.book, "Journey Map")
    breaks = sorted(b.id for b in sheet.col_breaks.brk)  # a break after column b: b + 1 starts a page
    assert breaks, f"{name}: the Journey Map has no page breaks of its own"
    rows = _stage_rows(sheet)
    for merged in sheet.merged_cells.ranges:
        if merged.min_row in rows:
            assert not any(merged.min_col <= b < merged.max_col for b in breaks), \
                f"{name}: a page break cuts the stage header {merged.coord} (breaks after {breaks})"
    lines = [line for page in book.of("Journey Map") for line in page.lines]
    label = sheet.cell(rows[0], 1).value
    edges = [1, *breaks, sheet.max_column]
    for row in rows:  # each page across prints its stages whole, on the stage row
        for first, last in zip(edges, edges[1:], strict=False):
            names = [sheet.cell(row, c).value for c in range(first + 1, last + 1)]
            shown = [n for n in names if n is not None]
            if shown:
                expected = " ".join([label, *shown])
                assert expected in lines, f"{name}: no Journey Map page prints the stage row {expected!r}"
    for number, page in enumerate(book.of("Journey Map"), 1):
        assert sum(s >= READABLE_PT for s in page.sizes) > len(page.sizes) / 2, \
            f"{name}: Journey Map page {number} mostly prints below {READABLE_PT} pt"


def _plan_start(project) -> date:
    """The plan's first day: its phases' and still planned actions' earliest start."""
    starts = [p.start for p in project.phases if p.start]
    starts += [a.start for a in project.actions if a.start and a.status == "planned"]
    return date.fromisoformat(min(starts))


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_the_timeline_starts_in_the_plans_first_week(printed, name):
    book = printed[name]
    sheet = sheet_of(book.book, "Timeline")
    start = _plan_start(book.project)
    monday = start - timedelta(days=start.weekday())
    assert sheet["E1"].value == f"{monday:%Y}\n{monday:%m-%d}"
    first_page = book.of("Timeline")[0].text
    assert f"{monday:%Y}" in first_page and f"{monday:%m-%d}" in first_page
    pages = book.of("Timeline")
    for number, page in enumerate(pages, 1):
        assert sum(s >= READABLE_PT for s in page.sizes) > len(page.sizes) / 2, \
            f"{name}: Timeline page {number} mostly prints below {READABLE_PT} pt"
