"""Pictures for print: a map fitted to A4, A3 or US letter paper, portrait or landscape.

One page when the whole map fits at a readable size (card titles of 5.5 pt or more);
otherwise, in a PDF, several pages, each holding whole stages (the breaks fall at stage
boundaries) at the size that fits the map's height, each with its own title and legend.
A PNG or an SVG is always one sheet: the whole map, as large as the paper allows.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

from journey_designer.layout.lanes import LANE_WIDTH

PAPERS = {"a4": (8.27, 11.69), "a3": (11.69, 16.54), "letter": (8.5, 11.0)}
PAPER_MARGIN = 0.4  # inches
MIN_SCALE = 0.6  # card titles at 9.1 pt × 0.6 ≈ 5.5 pt: the smallest still read on paper
PNG_DPI = 200
SPLIT_MARGIN = 8.0  # map units beside the stages of a page of several: little of the next


@dataclass(frozen=True)
class PageFrame:
    """Where one page's part of the map goes on its sheet."""

    paper: tuple[float, float]  # inches, as printed
    rect: tuple[float, float, float, float]  # the map's Axes, figure fractions
    dpi: float
    header: Any  # legend.Header of this page
    left: float  # map x where the header starts
    xlim: tuple[float, float]
    ylim: tuple[float, float]
    scale: float  # printed inches per 100 map units


class PaperLayout(Protocol):
    geometry: Any
    right: float
    bottom: float

    def page_header(self, width: float) -> Any: ...

    def page_figure(self, frame: PageFrame) -> Figure: ...


def paper_size(name: str, landscape: bool) -> tuple[float, float]:
    width, height = PAPERS[name.lower()]
    return (height, width) if landscape else (width, height)


def frames(layout: PaperLayout, paper: tuple[float, float], margin: float, several: bool,
           dpi: float) -> list[PageFrame]:
    """The pages of the map: one, or (`several`) as many as readable text needs."""
    usable = ((paper[0] - 2 * PAPER_MARGIN) * 100, (paper[1] - 2 * PAPER_MARGIN) * 100)
    stages = max(layout.geometry.stage_count, 1)
    whole = _frame(layout, paper, usable, 0, stages, margin, dpi, layout.right)
    if whole.scale >= MIN_SCALE or not several or stages == 1:
        return [whole]
    tall = layout.bottom + layout.page_header(LANE_WIDTH * stages).height + 2 * margin
    scale = max(min(1.0, usable[1] / tall), 0.05)
    per_page = max(1, math.floor((usable[0] / scale - 2 * margin) / LANE_WIDTH))
    count = math.ceil(stages / per_page)
    per_page = math.ceil(stages / count)  # the same number of stages on each page
    return [_frame(layout, paper, usable, first, min(first + per_page, stages), SPLIT_MARGIN,
                   dpi, None) for first in range(0, stages, per_page)]


def _frame(layout: PaperLayout, paper: tuple[float, float], usable: tuple[float, float],
           first: int, last: int, margin: float, dpi: float, right: float | None) -> PageFrame:
    x0 = first * LANE_WIDTH
    x1 = right - margin if right is not None else last * LANE_WIDTH
    header = layout.page_header(x1 - x0)
    xlim = (x0 - margin, x1 + margin)
    ylim = (-header.height - margin, layout.bottom)
    width, height = xlim[1] - xlim[0], ylim[1] - ylim[0]
    scale = min(usable[0] / width, usable[1] / height)
    w, h = width * scale / 100 / paper[0], height * scale / 100 / paper[1]
    left, top = PAPER_MARGIN / paper[0], 1 - PAPER_MARGIN / paper[1]
    return PageFrame(paper, (left, top - h, w, h), dpi, header, x0, xlim, ylim, scale)


def write_paper(layout: PaperLayout, temp: Path, kind: str, paper: str, landscape: bool,
                margin: float, metadata: dict[str, str | None],
                context: Callable[[], Any]) -> int:
    """Write the map on paper to `temp` as `kind`; returns the number of pages."""
    sheet = paper_size(paper, landscape)
    pages = frames(layout, sheet, margin, several=kind == "pdf",
                   dpi=PNG_DPI if kind == "png" else 72)
    with context():
        if kind == "pdf":
            with PdfPages(temp, metadata=metadata) as pdf:
                for frame in pages:
                    pdf.savefig(layout.page_figure(frame))
        else:
            layout.page_figure(pages[0]).savefig(
                temp, format=kind, dpi=pages[0].dpi,
                metadata=metadata if kind != "png" else None)
    return len(pages)
