"""The parts of a picture of the map: lanes, cards, arrows, the emotion curve and the
backstage lane, drawn into a matplotlib Axes in scene units (y pointing down).

Everything that repeats is one collection: a shape drawn many times is one template
path placed at many offsets (cards, strips, dots, badges, label boxes), so a map of
thousands of cards is a few dozen artists. Sizes and offsets follow the app's canvas
items (journey_designer/ui/canvas/items), so the picture looks like the map on screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, cast

import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection, PathCollection
from matplotlib.patches import FancyBboxPatch, PathPatch
from matplotlib.path import Path
from matplotlib.transforms import Affine2D, Affine2DBase, AffineDeltaTransform

from journey_designer.domain.model import CareAction, Journey, Project, Tier
from journey_designer.domain.queries import tier_coverage
from journey_designer.io.picture import style as st
from journey_designer.io.picture.text import Fonts, TextLayer, unit_points
from journey_designer.layout.cards import (
    BADGE_H,
    BADGE_W,
    BADGE_X,
    BOTTOM_Y,
    CHANNEL_Y,
    DOT_R,
    FACE_R,
    FACE_X,
    TITLE_X,
    CardLayout,
    card_layout,
)
from journey_designer.layout.lanes import (
    CARD_HEIGHT,
    CARD_WIDTH,
    HEADER_HEIGHT,
    LANE_WIDTH,
    MapGeometry,
)

# depths, bottom to top
Z_LANES, Z_LANE_TEXT, Z_CURVE, Z_CURVE_TEXT = 0.0, 0.5, 1.0, 1.5
Z_ARROWS, Z_LABELS, Z_LABEL_TEXT = 2.0, 2.5, 2.6
Z_CARDS, Z_CARD_MARKS, Z_CARD_TEXT = 3.0, 3.5, 4.0
Z_LEGEND, Z_LEGEND_TEXT = 5.0, 5.5

_BACKSTAGE_LINE = 15.0
Coords = Sequence[float] | np.ndarray



def lw(units: float) -> float:
    """A line width in scene units as matplotlib points."""
    return units * unit_points()


def rect(width: float, height: float, x: float = 0.0, y: float = 0.0) -> Path:
    return Path([(x, y), (x + width, y), (x + width, y + height), (x, y + height), (x, y)],
                closed=True)


def rounded(width: float, height: float, radius: float, x: float = 0.0, y: float = 0.0) -> Path:
    """A rounded rectangle (the path of a FancyBboxPatch), top-left at (x, y)."""
    return FancyBboxPatch((x, y), width, height,
                          boxstyle=f"round,pad=0,rounding_size={radius}").get_path()


class _Group(Artist):
    """Artists drawn as one SVG group <g id="...">: a named part of the picture."""

    def __init__(self, gid: str, z: float) -> None:
        super().__init__()
        self.set_gid(gid)
        self.set_zorder(z)
        self.children: list[Artist] = []

    def draw(self, renderer: Any) -> None:
        renderer.open_group("part", gid=self.get_gid())
        for child in sorted(self.children, key=lambda a: a.get_zorder()):
            child.draw(renderer)
        renderer.close_group("part")


@dataclass
class Painter:
    """Adds the map's artists to one Axes; text goes through TextLayers per depth."""

    ax: Axes
    fonts: Fonts
    text_as_paths: bool
    window: tuple[float, float] | None = None  # the y range shown; None: everything
    layers: dict[float, TextLayer] = field(default_factory=dict)
    parts: bool = False  # vector output: each card, arrow and label is a named group
    clip: bool = False  # text clipped to the Axes: a page showing part of the map
    xwindow: tuple[float, float] | None = None  # the x range of such a page
    groups: dict[str, _Group] = field(default_factory=dict)

    def group(self, gid: str | None, z: float) -> list | None:
        """The artists of part `gid` (None unless drawing named parts)."""
        if not self.parts or gid is None:
            return None
        found = self.groups.get(gid)
        if found is None:
            found = self.groups[gid] = _Group(gid, z)
            self.ax.add_artist(found)
        return found.children

    def text(self, z: float) -> TextLayer:
        layer = self.layers.get(z)
        if layer is None:
            layer = self.layers[z] = TextLayer(self.fonts, self.text_as_paths, z, self.window)
            layer.clip = self.clip
            layer.xwindow = self.xwindow
        return layer

    def showing(self, tops: np.ndarray, bottoms: np.ndarray) -> np.ndarray:
        """Which of the things spanning tops..bottoms (y) are in the window."""
        if self.window is None:
            return np.ones(len(tops), bool)
        return (bottoms >= self.window[0]) & (tops <= self.window[1])

    def shapes(self, template: Path | Sequence[Path], xs: Coords, ys: Coords, *,
               z: float, face: Any = "none", edge: Any = "none", width: float = 0.0,
               gid: str | None = None, grouped: bool = False,
               owners: Sequence[str] | None = None, **kwargs: Any) -> PathCollection | None:
        """One template path (or one path per item) placed at every (x, y).

        `grouped` makes one collection per distinct (path, fill, edge): Agg then draws
        each as a stamp, rendered once and copied to every place (much faster than
        drawing each item), at the price of rounding places to whole pixels."""
        if len(xs) == 0:
            return None
        if self.parts and owners is not None:
            self._owned(template, xs, ys, owners, z=z, face=face, edge=edge, width=width,
                        **kwargs)
            return None
        if grouped:
            return self._grouped(template, xs, ys, z=z, face=face, edge=edge, width=width,
                                 gid=gid, **kwargs)
        paths = [template] if isinstance(template, Path) else list(template)
        collection = PathCollection(
            paths, offsets=np.column_stack([xs, ys]), offset_transform=self.ax.transData,
            transform=AffineDeltaTransform(cast(Affine2DBase, self.ax.transData)), facecolors=face,
            edgecolors=edge, linewidths=lw(width), zorder=z, **kwargs)
        return self._add(collection, gid)

    def _grouped(self, template: Path | Sequence[Path], xs: Coords, ys: Coords, *, face: Any,
                 edge: Any, gid: str | None, **kwargs: Any) -> PathCollection | None:
        n = len(xs)

        def each(value: object) -> list:  # a list: one value per item
            return list(value) if isinstance(value, list) else [value] * n

        paths = [template] * n if isinstance(template, Path) else list(template)
        groups: dict[tuple, list[int]] = {}
        for i, key in enumerate(zip(map(id, paths), each(face), each(edge), strict=True)):
            groups.setdefault(key, []).append(i)
        x, y = np.asarray(xs), np.asarray(ys)
        first = None
        for k, ((_, fill, line), members) in enumerate(groups.items()):
            added = self.shapes(paths[members[0]], x[members], y[members], face=fill,
                                edge=line, gid=f"{gid}-{k}" if gid and k else gid, **kwargs)
            first = first or added
        return first

    def _owned(self, template: Path | Sequence[Path], xs: Coords, ys: Coords,
               owners: Sequence[str], *, z: float, face: Any, edge: Any, width: float,
               **kwargs: Any) -> None:
        """Each item its own artist, in its owner's group."""
        n = len(xs)

        def each(value: object) -> list:
            return list(value) if isinstance(value, list) else [value] * n

        paths = [template] * n if isinstance(template, Path) else list(template)
        for i, path, fill, line in zip(range(n), paths, each(face), each(edge), strict=True):
            children = self.group(owners[i], z)
            patch = PathPatch(path.transformed(Affine2D().translate(xs[i], ys[i])),
                              facecolor=fill, edgecolor=line, linewidth=lw(width), zorder=z,
                              transform=self.ax.transData,
                              capstyle=kwargs.get("capstyle", "butt"))
            patch.set_figure(self.ax.figure)
            patch.axes = self.ax
            if children is not None:
                children.append(patch)

    def paths(self, paths: list[Path], *, z: float, face: Any = "none", edge: Any = "none",
              width: float = 0.0, gid: str | None = None, **kwargs: Any) -> PathCollection | None:
        """Paths already in scene units."""
        if not paths:
            return None
        collection = PathCollection(paths, facecolors=face, edgecolors=edge,
                                    linewidths=lw(width), zorder=z, **kwargs)
        collection.set_transform(self.ax.transData)
        return self._add(collection, gid)

    def _add(self, collection: PathCollection, gid: str | None) -> PathCollection:
        if gid:
            collection.set_gid(gid)
        self.ax.add_collection(collection, autolim=False)
        return collection

    def finish(self) -> None:
        for layer in self.layers.values():
            layer.draw(self.ax)


# ---------------------------------------------------------------- lanes


def draw_lanes(p: Painter, journey: Journey, geometry: MapGeometry) -> None:
    n = len(journey.stages)
    xs = [i * LANE_WIDTH for i in range(n)]
    p.shapes(rect(LANE_WIDTH, geometry.lanes_height), xs, [0.0] * n, z=Z_LANES,
             face=[st.LANE_FILLS[i % 2] for i in range(n)], gid="lanes")
    p.ax.add_collection(LineCollection(
        [((x + LANE_WIDTH, 0), (x + LANE_WIDTH, geometry.lanes_height)) for x in xs],
        colors=st.LANE_BORDER, linewidths=lw(1), zorder=Z_LANES), autolim=False)
    p.shapes(rounded(LANE_WIDTH - 4, HEADER_HEIGHT - 4, 6), [x + 2 for x in xs], [2.0] * n,
             z=Z_LANES, face=st.HEADER_FILL, gid="headers")
    text = p.text(Z_LANE_TEXT)
    for i, stage in enumerate(journey.stages):
        label = p.fonts.elide(f"{i + 1}. {stage.name}", LANE_WIDTH - 24, st.HEADER_SIZE, True)
        text.add(xs[i] + 12, HEADER_HEIGHT / 2, label, st.HEADER_SIZE, st.HEADER_TEXT, bold=True)


# ---------------------------------------------------------------- cards


def part_id(kind: str, *ids: str) -> str:
    """An XML id for a named part: "card-<id>", "arrow-<from>--<to>". Letters, digits,
    "." and single "-" are kept; anything else (and a "-" at an end or beside another,
    which would blur the "--" between two ids) is written _xHHHH_."""
    return "--".join([kind + "-" + _escape(ids[0]), *(_escape(i) for i in ids[1:])]) if ids \
        else kind


def _escape(text: str) -> str:
    out = []
    for k, char in enumerate(text):
        dash_ok = char == "-" and 0 < k < len(text) - 1 and text[k - 1] != "-" and \
            text[k + 1] != "-"
        if (char.isascii() and (char.isalnum() or char == ".")) or dash_ok:
            out.append(char)
        else:
            out.append(f"_x{ord(char):04X}_")
    return "".join(out)


@dataclass
class CardInfo:
    """What each card of the journey shows, in the journey's touchpoint order."""

    ids: list[str]
    xs: np.ndarray
    ys: np.ndarray
    lens: list[str]  # "", "covered", "uncovered", "uncovered_mot"
    tier_counts: list[list[int]]  # per card, actions per tier (project tier order)


def card_info(project: Project, journey: Journey, positions: dict[str, tuple[float, float]],
              care: dict[str, list[CareAction]], tier: Tier | None) -> CardInfo:
    tps = [tp for tp in journey.touchpoints if tp.id in positions]
    tier_ids = [t.id for t in project.tiers]
    counts = []
    lens = []
    for tp in tps:
        actions = care.get(tp.id, [])
        counts.append([sum(1 for a in actions if t in a.tiers) for t in tier_ids])
        lens.append(tier_coverage(tp, actions, tier.id) if tier is not None else "")
    return CardInfo([tp.id for tp in tps], np.array([positions[tp.id][0] for tp in tps]),
                    np.array([positions[tp.id][1] for tp in tps]), lens, counts)


def card_layouts(project: Project, journey: Journey, fonts: Fonts) -> dict[str, CardLayout]:
    """Each card's inside, laid out by the engine with the picture's fonts."""
    channels = {c.id: c.name for c in project.channels}
    line = (fonts.ascent + fonts.descent) * st.NAME_SIZE
    return {tp.id: card_layout(fonts.clean(tp.name), [fonts.clean(channels.get(c, c))
                                                      for c in tp.channels],
                               tp.moment_of_truth, tp.recovery, len(tp.pain_points),
                               len(project.tiers), fonts, title_size=st.NAME_SIZE,
                               small_size=st.SMALL_SIZE, badge_size=st.BADGE_SIZE,
                               line_height=line)
            for tp in journey.touchpoints}


def draw_cards(p: Painter, project: Project, journey: Journey, info: CardInfo,
               detail: bool, layouts: dict[str, CardLayout] | None = None) -> None:
    shown = p.showing(info.ys - 12, info.ys + CARD_HEIGHT + 12)
    if not shown.all():
        keep = np.flatnonzero(shown)
        info = CardInfo([info.ids[i] for i in keep], info.xs[keep], info.ys[keep],
                        [info.lens[i] for i in keep], [info.tier_counts[i] for i in keep])
    by_id = {tp.id: tp for tp in journey.touchpoints}
    tps = [by_id[i] for i in info.ids]
    xs, ys = info.xs, info.ys
    owners = [part_id("card", i) for i in info.ids]
    emotions = [st.emotion_colour(tp.emotion) for tp in tps]
    fills = [st.LENS[lens][0] if lens else st.CARD_FILL for lens in info.lens]
    borders = [st.LENS[lens][1] if lens else st.CARD_BORDER for lens in info.lens]
    if not detail:  # far out, like the app's overview: a card is its colour
        fills = [st.LENS[lens][0] if lens else colour
                 for lens, colour in zip(info.lens, emotions, strict=True)]
    p.shapes(rounded(CARD_WIDTH, CARD_HEIGHT, 8), xs, ys, z=Z_CARDS, face=fills, edge=borders,
             width=1.2, gid="cards", grouped=True, owners=owners)
    if not detail:
        return
    if layouts is None:
        layouts = card_layouts(project, journey, p.fonts)
    p.shapes(rounded(8, CARD_HEIGHT, 4), xs, ys, z=Z_CARDS + 0.1, face=emotions, gid="strips",
             grouped=True, owners=owners)
    _draw_marks(p, tps, xs, ys, journey, layouts, owners)
    _draw_faces_and_dots(p, project, tps, info, emotions, layouts, owners)
    _draw_card_text(p, tps, xs, ys, layouts, owners)


def _pick(owners: list[str], chosen: list[int]) -> list[str]:
    return [owners[i] for i in chosen]


def _draw_marks(p: Painter, tps: list, xs: np.ndarray, ys: np.ndarray, journey: Journey,
                layouts: dict[str, CardLayout], owners: list[str]) -> None:
    text = p.text(Z_CARD_TEXT)
    badge = rounded(BADGE_W, BADGE_H, 8)
    colours = {"mot": (st.MOT_BADGE, "MoT"), "rec": (st.RECOVERY, "REC")}
    for kind in ("mot", "rec"):
        chosen, tops = [], []
        for i, tp in enumerate(tps):
            for name, box in layouts[tp.id].badges:
                if name == kind:
                    chosen.append(i)
                    tops.append(box)
        p.shapes(badge, xs[chosen] + BADGE_X, ys[chosen] + np.array([b.y for b in tops]),
                 z=Z_CARD_MARKS, face=colours[kind][0], gid=kind, owners=_pick(owners, chosen))
        for i, box in zip(chosen, tops, strict=True):
            text.add(xs[i] + box.cx, ys[i] + box.cy, colours[kind][1], st.BADGE_SIZE, "#ffffff",
                     bold=True, ha="center", group=p.group(owners[i], Z_CARDS))
    for i, tp in enumerate(tps):
        pain_box = layouts[tp.id].pain_box
        if pain_box is not None:
            text.add(xs[i] + pain_box.x, ys[i] + BOTTOM_Y, layouts[tp.id].pain, st.BADGE_SIZE,
                     st.PAIN, bold=True, group=p.group(owners[i], Z_CARDS))
    entries, exits = set(journey.entries), set(journey.exits)
    first = [i for i, tp in enumerate(tps) if tp.id in entries]
    last = [i for i, tp in enumerate(tps) if tp.id in exits]
    p.shapes(ENTRY_MARK, xs[first], ys[first], z=Z_CARD_MARKS, face=st.ENTRY, gid="entries",
             owners=_pick(owners, first))
    p.shapes(EXIT_MARK, xs[last], ys[last], z=Z_CARD_MARKS, face=st.EXIT, gid="exits",
             owners=_pick(owners, last))


ENTRY_MARK = Path([(-6, 36), (2, 46), (-6, 56), (-6, 36)], closed=True)
EXIT_MARK = Path([(CARD_WIDTH - 4, CARD_HEIGHT - 14), (CARD_WIDTH + 4, CARD_HEIGHT - 14),
                  (CARD_WIDTH + 4, CARD_HEIGHT - 6), (CARD_WIDTH - 4, CARD_HEIGHT - 6),
                  (CARD_WIDTH - 4, CARD_HEIGHT - 14)], closed=True)


def face_features(emotion: int) -> Path:
    """Eyes and mouth of the emotion face, around its centre; the mouth bends with emotion."""
    return Path([(-2.2, -1.8), (-2.2, -1.75), (2.2, -1.8), (2.2, -1.75),
                 (-3, 2.2), (0, 2.2 + emotion * 0.9), (3, 2.2)],
                [Path.MOVETO, Path.LINETO, Path.MOVETO, Path.LINETO,
                 Path.MOVETO, Path.CURVE3, Path.CURVE3])


_FEATURES = {e: face_features(e) for e in range(-3, 4)}


def _draw_faces_and_dots(p: Painter, project: Project, tps: list, info: CardInfo,
                         emotions: list[str], layouts: dict[str, CardLayout],
                         owners: list[str]) -> None:
    xs, ys = info.xs, info.ys
    p.shapes(Path.circle((0, 0), FACE_R), xs + FACE_X, ys + BOTTOM_Y, z=Z_CARD_MARKS,
             face=emotions, edge=[st.darker(c, 140) for c in emotions], width=1, gid="faces",
             grouped=True, owners=owners)
    features = [_FEATURES[max(-3, min(3, int(tp.emotion)))] for tp in tps]
    p.shapes(features, xs + FACE_X, ys + BOTTOM_Y, z=Z_CARD_MARKS + 0.1, edge="#ffffff",
             width=1.3, capstyle="round", grouped=True, owners=owners)
    text = p.text(Z_CARD_TEXT)
    for i, tp in enumerate(tps):
        text.add(xs[i] + FACE_X + 10, ys[i] + BOTTOM_Y, f"{tp.emotion:+d}", st.SMALL_SIZE,
                 st.CARD_TEXT, group=p.group(owners[i], Z_CARDS))
    dot = Path.circle((0, 0), DOT_R)
    dots = np.array([layouts[tp.id].dots for tp in tps]) if tps else \
        np.zeros((0, len(project.tiers)))  # a band with no card in it
    for t in range(len(project.tiers)):
        colour = st.tier_colour(t)
        counts = [c[t] for c in info.tier_counts]
        p.shapes(dot, xs + dots[:, t], ys + BOTTOM_Y, z=Z_CARD_MARKS,
                 face=[colour if n else "#ffffff" for n in counts],
                 edge=st.darker(colour, 130), width=1, gid=f"tier-dots-{t}", grouped=True,
                 owners=owners)


def _draw_card_text(p: Painter, tps: list, xs: np.ndarray, ys: np.ndarray,
                    layouts: dict[str, CardLayout], owners: list[str]) -> None:
    text = p.text(Z_CARD_TEXT)
    for i, tp in enumerate(tps):
        card = layouts[tp.id]
        group = p.group(owners[i], Z_CARDS)
        for line, box in zip(card.title, card.title_boxes, strict=True):
            text.add(xs[i] + box.x, ys[i] + box.y, line, st.NAME_SIZE, st.CARD_TEXT, bold=True,
                     va="top", group=group)
        if card.channels:
            text.add(xs[i] + TITLE_X, ys[i] + CHANNEL_Y, card.channels, st.SMALL_SIZE,
                     st.CARD_MUTED, group=group)
        if group is not None and card.elided:  # the whole title, for a tooltip
            group.append(_Title(card.tooltip))


class _Title(Artist):
    """An SVG <title> (the card's whole name) inside its group: viewers show it on hover."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def draw(self, renderer: Any) -> None:
        writer = getattr(renderer, "writer", None)
        if writer is not None and hasattr(writer, "element"):
            writer.element("title", text=self.text)
