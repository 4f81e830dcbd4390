"""Pictures of a journey map: the whole map of one journey as a PNG, SVG or PDF.

Drawn with matplotlib only (no Qt: this runs without a display) in scene units, 1 unit
= 1 px at scale 1, with the geometry of journey_designer.layout.lanes, so the picture
matches the app's map: stage lanes with headers, touchpoint cards, arrows with their
shares, the emotion curve, optionally the backstage lane, a title and a legend.

    from journey_designer.io.picture.render import render_map
    render_map(project, "map.png", journey="Credit card lifecycle", tier="Gold", scale=2)

`render_map` picks the format from the file name. A PNG is ~(map width × scale) pixels
wide; its text is drawn as glyph outlines for speed (see text.py). SVG and PDF are
vector pages sized to the map with the text kept as text. Under a tier (`tier=`) the
cards are coloured by that tier's coverage: green covered, orange not covered, red a
moment of truth not covered.

A name may hold characters no installed font draws (an emoji, Thai without a Thai font,
Chinese without a CJK font): they stand in as "�" (see glyphs.py) and one
MissingGlyphsWarning (a RenderWarning: `render` prints it as a note) names the scripts
and the font package to install.
"""

from __future__ import annotations

import contextlib
import logging
import math
import warnings
from collections.abc import Iterator
from pathlib import Path

import matplotlib
from matplotlib.figure import Figure

from journey_designer import __version__
from journey_designer.domain import JourneyError
from journey_designer.domain.model import Journey, Project, Tier
from journey_designer.domain.queries import actions_by_touchpoint
from journey_designer.io.picture import style as st
from journey_designer.io.picture.arrows import arrows_length, draw_arrows
from journey_designer.io.picture.bands import deflated_picture
from journey_designer.io.picture.curve import backstage_height, draw_backstage, draw_curve
from journey_designer.io.picture.glyphs import missing_message
from journey_designer.io.picture.legend import Header, words
from journey_designer.io.picture.paper import PAPERS, PageFrame, write_paper
from journey_designer.io.picture.parts import (
    Painter,
    card_info,
    card_layouts,
    draw_cards,
    draw_lanes,
)
from journey_designer.io.picture.png import write_png
from journey_designer.io.picture.text import Fonts, page_units
from journey_designer.io.project_file.atomic import atomic_replace
from journey_designer.layout.engine import layout_journey
from journey_designer.layout.lanes import (
    CARD_HEIGHT,
    EMOTION_LANE_HEIGHT,
    LANE_GAP,
    backstage_by_lane,
)

FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}
UNITS_PER_INCH = 100.0  # figure inches are map units / 100; PNG dpi = 100 × scale
MARGIN = 24.0
MIN_WIDTH = 600.0  # the title and legend need some room even for a one-stage journey
DETAIL_MIN_PX = 20.0  # cards shorter than this in the picture are drawn without text
MAX_SIDE_PX = 65_000  # Agg cannot draw images of 2**16 px or more a side
MAX_PIXELS = 300_000_000  # ~1.2 GB of RGBA: bigger pictures get a smaller scale
SMOOTH_ARROWS_MAX_PX = 5_000_000  # longer arrows, together, are drawn without anti-aliasing
_HAIR = 1e-3  # px


class RenderError(JourneyError):
    """A picture could not be made as asked (unknown journey, tier, picture type...)."""


class UnknownJourneyError(RenderError):
    def __init__(self, name: str, known: list[str]) -> None:
        listed = ", ".join(known) if known else "(the project has no journeys)"
        super().__init__(f"unknown journey {name!r} — known: {listed}")


class UnknownTierError(RenderError):
    def __init__(self, name: str, known: list[str]) -> None:
        listed = ", ".join(known) if known else "(the project has no tiers)"
        super().__init__(f"unknown tier {name!r} — known: {listed}")


class RenderWarning(UserWarning):
    """The picture was made, but not quite as asked (a scale too big was reduced)."""


class MissingGlyphsWarning(RenderWarning):
    """Some characters of the names have no installed font: they stand in as "�"."""


def picture_format(path: str | Path) -> str:
    """"png", "svg" or "pdf" from a file name; RenderError for anything else."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        kind = f"{suffix!r}" if suffix else "no extension"
        raise RenderError(f"{path}: unknown picture type ({kind}) — use .png, .svg or .pdf")
    return FORMATS[suffix]


def find_journey(project: Project, name_or_id: str | None = None) -> Journey:
    """The journey with that id or name (the first journey when None)."""
    if name_or_id is None:
        if not project.journeys:
            raise RenderError(f"project {project.name!r} has no journey to draw")
        return project.journeys[0]
    for by in ("id", "name"):
        for journey in project.journeys:
            if getattr(journey, by) == name_or_id:
                return journey
    raise UnknownJourneyError(name_or_id, [j.name for j in project.journeys])


def find_tier(project: Project, name_or_id: str) -> Tier:
    """The tier with that name or id."""
    for by in ("name", "id"):
        for tier in project.tiers:
            if getattr(tier, by) == name_or_id:
                return tier
    raise UnknownTierError(name_or_id, [t.name for t in project.tiers])


def map_figure(project: Project, journey_id: str, tier_id: str | None = None, *,
               scale: float | None = None, backstage: bool = False,
               text_as_paths: bool = False, parts: bool = False) -> Figure:
    """The map of one journey (by id or name) as a Figure, through `tier_id`'s lens if given.

    1 map unit is 1/100 inch. `scale` is the raster scale the figure is meant for (its dpi
    is 100 × scale; when cards would be under ~20 px tall they lose their text and marks);
    None means vector output: every detail. `text_as_paths` draws text as glyph outlines,
    much faster for large raster pictures; otherwise text is matplotlib Text. `parts`
    draws each card, arrow and share label as its own named group (as in an SVG).
    """
    tier = find_tier(project, tier_id) if tier_id is not None else None
    return _MapLayout(project, find_journey(project, journey_id), tier, backstage).figure(
        scale, text_as_paths, parts)


class _MapLayout:
    """Where everything of one journey's picture goes, before anything is drawn."""

    def __init__(self, project: Project, journey: Journey, tier: Tier | None,
                 backstage: bool) -> None:
        self.project, self.journey, self.tier, self.backstage = project, journey, tier, backstage
        self.fonts = _fonts()
        self.layout = layout_journey(journey)
        self.positions = {i: (b.x, b.y) for i, b in self.layout.boxes.items()}
        self.geometry = self.layout.geometry
        self.care = actions_by_touchpoint(project)
        self.info = card_info(project, journey, self.positions, self.care, tier)
        self.cards = card_layouts(project, journey, self.fonts)
        self.arrows_length = arrows_length(self.layout)
        self.arrows: dict = {}  # the arrows' paths, made once for all bands (arrows.py)
        lens = self.info.lens
        lens_counts = None
        self.contacts: dict[str, int] | None = None
        if tier is not None:
            lens_counts = (lens.count("covered"), len(lens), lens.count("uncovered_mot"))
            self.contacts = {tp_id: sum(1 for a in self.care.get(tp_id, []) if tier.id in a.tiers)
                             for tp_id in self.info.ids}
        content_width = max(self.geometry.width, MIN_WIDTH)
        self.lens_counts = lens_counts
        self.header = Header(self.fonts, project, journey, tier, lens_counts, content_width)
        bottom = self.geometry.emotion_top + EMOTION_LANE_HEIGHT
        self.entries: list[tuple[float, list[str]]] = []
        if backstage:
            self.entries = backstage_by_lane(journey, self.positions, len(journey.stages))
            bottom += LANE_GAP + backstage_height(self.entries)
        self.left, self.right = -MARGIN, content_width + MARGIN
        self.top, self.bottom = -self.header.height - MARGIN, bottom + MARGIN
        self.missing = self.fonts.missing_in(self._texts(words(project)))

    def _texts(self, w: dict[str, str]) -> Iterator[str]:
        """Every name and word the picture may show (before it is drawn, perhaps in two
        processes: the warning about missing characters is given once, here)."""
        project, journey = self.project, self.journey
        yield project.name
        yield journey.name
        yield from w.values()
        yield from (t.name for t in project.tiers)
        yield from (s.name for s in journey.stages)
        channels = {c.id: c.name for c in project.channels}
        for tp in journey.touchpoints:
            yield tp.name
            yield from (channels.get(c, c) for c in tp.channels)
        for _, items in self.entries:
            yield from items

    @property
    def size(self) -> tuple[float, float]:
        """Width and height in map units."""
        return self.right - self.left, self.bottom - self.top

    def figure(self, scale: float | None, text_as_paths: bool, parts: bool = False) -> Figure:
        """The whole map: 1 unit = 1/100 inch."""
        width, height = self.size
        return self._figure(scale, text_as_paths, (width, height), (self.left, self.right),
                            (self.top, self.bottom), None, parts)

    def page_header(self, width: float) -> Header:
        """The title and legend laid out for a page `width` map units wide."""
        return Header(self.fonts, self.project, self.journey, self.tier, self.lens_counts,
                      max(width, MIN_WIDTH / 2))

    def page_figure(self, frame: PageFrame) -> Figure:
        """One page of the map on paper (see paper.py)."""
        with page_units(frame.scale):
            return self._figure(None, False, (0, 0), frame.xlim, frame.ylim, None, False, frame)

    def raster_size(self, scale: float) -> tuple[int, int]:
        """The PNG's width and height in pixels at `scale`."""
        width, height = self.size
        return max(1, round(width * scale)), max(1, round(height * scale))

    def band_figure(self, scale: float, width_px: int, row0: int, row1: int) -> Figure:
        """Pixel rows row0..row1 of the PNG at `scale` (text as outlines), holding only
        what shows in them. Sizes get a hair over whole pixels: Agg truncates them."""
        width, height = (width_px + _HAIR) / scale, (row1 - row0 + _HAIR) / scale
        top = self.top + row0 / scale
        return self._figure(scale, True, (width, height), (self.left, self.left + width),
                            (top, top + height), (top, top + height))

    def _figure(self, scale: float | None, text_as_paths: bool, size: tuple[float, float],
                xlim: tuple[float, float], ylim: tuple[float, float],
                window: tuple[float, float] | None, parts: bool = False,
                page: PageFrame | None = None) -> Figure:
        """The map within xlim × ylim; with `page`, on a sheet of paper (inches) at the
        frame's place, with that page's header."""
        figsize = page.paper if page else (size[0] / UNITS_PER_INCH, size[1] / UNITS_PER_INCH)
        fig = Figure(figsize=figsize, dpi=page.dpi if page else UNITS_PER_INCH * (scale or 1.0),
                     facecolor=st.PAGE)
        ax = fig.add_axes(page.rect if page else (0, 0, 1, 1))
        ax.set_xlim(*xlim)
        ax.set_ylim(ylim[1], ylim[0])  # y points down, as on the canvas
        ax.set_aspect("equal")
        ax.set_axis_off()
        detail = scale is None or CARD_HEIGHT * scale >= DETAIL_MIN_PX
        journey, geometry, w = self.journey, self.geometry, words(self.project)
        painter = Painter(ax, self.fonts, text_as_paths, window, parts=parts,
                          clip=page is not None, xwindow=page.xlim if page else None)
        draw_lanes(painter, journey, geometry)
        draw_curve(painter, self.layout.curve, w["emotion_curve"], self.contacts, detail)
        if self.backstage:
            draw_backstage(painter, geometry.backstage_top, geometry.width, w["backstage"],
                           self.entries)
        crisp = scale is not None and self.arrows_length * scale > SMOOTH_ARROWS_MAX_PX
        draw_arrows(painter, self.layout, labels=detail, crisp=crisp, made=self.arrows)
        draw_cards(painter, self.project, journey, self.info, detail, self.cards)
        header = page.header if page else self.header
        header.draw(painter, -header.height, page.left if page else 0.0)
        painter.finish()
        return fig


def fitted_scale(figure_width: float, figure_height: float, scale: float) -> float:
    """`scale`, reduced if the picture would pass Agg's size limit or MAX_PIXELS."""
    width, height = figure_width * scale, figure_height * scale
    factor = min(1.0, (MAX_SIDE_PX - 1) / max(width, height),
                 math.sqrt(MAX_PIXELS / max(width * height, 1.0)))
    return scale * factor


def render_map(project: Project, path: str | Path, journey: str | None = None,
               tier: str | None = None, scale: float = 2.0, *, backstage: bool = False,
               paper: str | None = None, landscape: bool = False) -> Path:
    """Draw a journey (name or id; the first when None) to `path` (.png, .svg or .pdf).

    `tier` (name or id) colours the cards by that tier's coverage; `scale` multiplies
    the PNG's resolution (scale 1: about one pixel per map unit). The file is written
    atomically. `paper` ("A4", "A3" or "letter", `landscape` or not) fits the map on
    that paper instead: one sheet, or in a PDF several pages breaking between stages when
    one would make the text too small to read. Raises RenderError (a JourneyError) for an
    unknown journey, tier, paper or picture type, ProjectFileError when the file cannot be
    written.
    """
    path = Path(path)
    kind = picture_format(path)
    if not (isinstance(scale, int | float) and math.isfinite(scale) and scale > 0):
        raise RenderError(f"scale must be a positive number, not {scale!r}")
    chosen = find_journey(project, journey)
    tier_found = find_tier(project, tier) if tier is not None else None
    layout = _MapLayout(project, chosen, tier_found, backstage)
    if layout.missing:
        warnings.warn(f"{path}: {missing_message(layout.missing)}", MissingGlyphsWarning,
                      stacklevel=2)
    if paper is not None:
        if paper.lower() not in PAPERS:
            raise RenderError(f"unknown paper {paper!r} — use A4, A3 or letter")
        title = layout.fonts.clean(f"{project.name} — {chosen.name}")
        metadata: dict[str, str | None] = {"Title": title,
                                           "Creator": f"journey-designer {__version__}"}

        def write(temp: Path) -> None:
            with matplotlib.rc_context({"svg.fonttype": "none", "pdf.fonttype": 42,
                                        "svg.hashsalt": "journey-designer"}):
                write_paper(layout, temp, kind, paper, landscape, MARGIN,
                            dict(metadata, Date=None) if kind == "svg" else metadata,
                            _quiet_font_lookup)
    elif kind == "png":
        fitted = fitted_scale(*layout.size, scale)
        if fitted < scale:
            warnings.warn(f"{path}: scale reduced from {scale:g} to {fitted:.3g} to keep the "
                          f"picture within {MAX_SIDE_PX} px a side and {MAX_PIXELS // 10**6} "
                          "million pixels", RenderWarning, stacklevel=2)
        width_px, height_px = layout.raster_size(fitted)
        with _quiet_font_lookup():
            bands = deflated_picture(layout, fitted, width_px, height_px)

        def write(temp: Path) -> None:
            with open(temp, "wb") as handle:
                write_png(handle, width_px, height_px, bands, dpi=fitted * 96,
                          text={"Software": f"journey-designer {__version__}"})
    else:
        fig = layout.figure(None, text_as_paths=False, parts=True)
        title = layout.fonts.clean(f"{project.name} — {chosen.name}")  # no lone surrogate

        def write(temp: Path) -> None:
            metadata: dict[str, str | None] = {"Title": title,
                                               "Creator": f"journey-designer {__version__}"}
            if kind == "svg":
                metadata["Date"] = None  # the same map gives the same file
            with matplotlib.rc_context({"svg.fonttype": "none", "pdf.fonttype": 42,
                                        "svg.hashsalt": "journey-designer"}), _quiet_font_lookup():
                fig.savefig(temp, format=kind, metadata=metadata)
    atomic_replace(path, write)
    return path


@contextlib.contextmanager
def _quiet_font_lookup() -> Iterator[None]:
    """Bold text asks every family of the fallback list for a bold face; the CJK fonts
    have one weight, and matplotlib logs that on stderr each time (the regular face is
    then used, which is what we want). The text was cleaned of characters no font has
    (MissingGlyphsWarning said so once): matplotlib's own per-character warnings would
    only repeat that, hundreds of times."""
    logger = logging.getLogger("matplotlib.font_manager")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", r"Glyph \d+ .*missing from font", UserWarning)
            yield
    finally:
        logger.setLevel(level)


_FONTS: Fonts | None = None


def _fonts() -> Fonts:
    """Glyph caches live as long as the process: the second picture is faster."""
    global _FONTS
    if _FONTS is None:
        _FONTS = Fonts(st.font_set())
    return _FONTS
