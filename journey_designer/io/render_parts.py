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
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection, PathCollection
from matplotlib.patches import FancyBboxPatch
from matplotlib.path import Path
from matplotlib.transforms import Affine2DBase, AffineDeltaTransform

from journey_designer.domain.model import CareAction, Journey, Project, Tier
from journey_designer.domain.queries import tier_coverage
from journey_designer.io import render_style as st
from journey_designer.io.render_text import POINTS_PER_UNIT, Fonts, TextLayer
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
_HEAD = 9.0
Coords = Sequence[float] | np.ndarray

_CODES3 = np.array([Path.MOVETO, Path.CURVE4, Path.CURVE4, Path.CURVE4], np.uint8)
_TRIANGLE = np.array([Path.MOVETO, Path.LINETO, Path.LINETO, Path.CLOSEPOLY], np.uint8)


def lw(units: float) -> float:
    """A line width in scene units as matplotlib points."""
    return units * POINTS_PER_UNIT


def rect(width: float, height: float, x: float = 0.0, y: float = 0.0) -> Path:
    return Path([(x, y), (x + width, y), (x + width, y + height), (x, y + height), (x, y)],
                closed=True)


def rounded(width: float, height: float, radius: float, x: float = 0.0, y: float = 0.0) -> Path:
    """A rounded rectangle (the path of a FancyBboxPatch), top-left at (x, y)."""
    return FancyBboxPatch((x, y), width, height,
                          boxstyle=f"round,pad=0,rounding_size={radius}").get_path()


@dataclass
class Painter:
    """Adds the map's artists to one Axes; text goes through TextLayers per depth."""

    ax: Axes
    fonts: Fonts
    text_as_paths: bool
    window: tuple[float, float] | None = None  # the y range shown; None: everything
    layers: dict[float, TextLayer] = field(default_factory=dict)

    def text(self, z: float) -> TextLayer:
        layer = self.layers.get(z)
        if layer is None:
            layer = self.layers[z] = TextLayer(self.fonts, self.text_as_paths, z, self.window)
        return layer

    def showing(self, tops: np.ndarray, bottoms: np.ndarray) -> np.ndarray:
        """Which of the things spanning tops..bottoms (y) are in the window."""
        if self.window is None:
            return np.ones(len(tops), bool)
        return (bottoms >= self.window[0]) & (tops <= self.window[1])

    def shapes(self, template: Path | Sequence[Path], xs: Coords, ys: Coords, *,
               z: float, face: Any = "none", edge: Any = "none", width: float = 0.0,
               gid: str | None = None, grouped: bool = False,
               **kwargs: Any) -> PathCollection | None:
        """One template path (or one path per item) placed at every (x, y).

        `grouped` makes one collection per distinct (path, fill, edge): Agg then draws
        each as a stamp, rendered once and copied to every place (much faster than
        drawing each item), at the price of rounding places to whole pixels."""
        if len(xs) == 0:
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


def draw_cards(p: Painter, project: Project, journey: Journey, info: CardInfo,
               detail: bool) -> None:
    shown = p.showing(info.ys - 12, info.ys + CARD_HEIGHT + 12)
    if not shown.all():
        keep = np.flatnonzero(shown)
        info = CardInfo([info.ids[i] for i in keep], info.xs[keep], info.ys[keep],
                        [info.lens[i] for i in keep], [info.tier_counts[i] for i in keep])
    by_id = {tp.id: tp for tp in journey.touchpoints}
    tps = [by_id[i] for i in info.ids]
    xs, ys = info.xs, info.ys
    emotions = [st.emotion_colour(tp.emotion) for tp in tps]
    fills = [st.LENS[lens][0] if lens else st.CARD_FILL for lens in info.lens]
    borders = [st.LENS[lens][1] if lens else st.CARD_BORDER for lens in info.lens]
    if not detail:  # far out, like the app's overview: a card is its colour
        fills = [st.LENS[lens][0] if lens else colour
                 for lens, colour in zip(info.lens, emotions, strict=True)]
    p.shapes(rounded(CARD_WIDTH, CARD_HEIGHT, 8), xs, ys, z=Z_CARDS, face=fills, edge=borders,
             width=1.2, gid="cards", grouped=True)
    if not detail:
        return
    p.shapes(rounded(8, CARD_HEIGHT, 4), xs, ys, z=Z_CARDS + 0.1, face=emotions, gid="strips",
             grouped=True)
    _draw_marks(p, tps, xs, ys, journey)
    _draw_faces_and_dots(p, project, tps, info, emotions)
    _draw_card_text(p, project, tps, xs, ys)


def _draw_marks(p: Painter, tps: list, xs: np.ndarray, ys: np.ndarray, journey: Journey) -> None:
    text = p.text(Z_CARD_TEXT)
    badge = rounded(30, 16, 8)
    for flag, top, colour, label, gid in (("moment_of_truth", 6, st.MOT_BADGE, "MoT", "mot"),
                                           ("recovery", 26, st.RECOVERY, "REC", "rec")):
        chosen = [i for i, tp in enumerate(tps) if getattr(tp, flag)]
        p.shapes(badge, xs[chosen] + CARD_WIDTH - 36, ys[chosen] + top, z=Z_CARD_MARKS,
                 face=colour, gid=gid)
        for i in chosen:
            text.add(xs[i] + CARD_WIDTH - 21, ys[i] + top + 8, label, st.BADGE_SIZE, "#ffffff",
                     bold=True, ha="center")
    for i, tp in enumerate(tps):
        if tp.pain_points:
            text.add(xs[i] + CARD_WIDTH - 6, ys[i] + 77, f"▲ {len(tp.pain_points)}",
                     st.BADGE_SIZE, st.PAIN, bold=True, ha="right")
    entries, exits = set(journey.entries), set(journey.exits)
    first = [i for i, tp in enumerate(tps) if tp.id in entries]
    last = [i for i, tp in enumerate(tps) if tp.id in exits]
    p.shapes(ENTRY_MARK, xs[first], ys[first], z=Z_CARD_MARKS, face=st.ENTRY, gid="entries")
    p.shapes(EXIT_MARK, xs[last], ys[last], z=Z_CARD_MARKS, face=st.EXIT, gid="exits")


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
                         emotions: list[str]) -> None:
    xs, ys = info.xs, info.ys
    p.shapes(Path.circle((0, 0), 6.5), xs + 23, ys + 77, z=Z_CARD_MARKS, face=emotions,
             edge=[st.darker(c, 140) for c in emotions], width=1, gid="faces", grouped=True)
    features = [_FEATURES[max(-3, min(3, int(tp.emotion)))] for tp in tps]
    p.shapes(features, xs + 23, ys + 77, z=Z_CARD_MARKS + 0.1, edge="#ffffff", width=1.3,
             capstyle="round", grouped=True)
    text = p.text(Z_CARD_TEXT)
    for i, tp in enumerate(tps):
        text.add(xs[i] + 33, ys[i] + 77, f"{tp.emotion:+d}", st.SMALL_SIZE, st.CARD_TEXT)
    dot = Path.circle((0, 0), 5)
    for t in range(len(project.tiers)):
        colour = st.tier_colour(t)
        counts = [c[t] for c in info.tier_counts]
        p.shapes(dot, xs + 85 + 14 * t, ys + 77, z=Z_CARD_MARKS,
                 face=[colour if n else "#ffffff" for n in counts],
                 edge=st.darker(colour, 130), width=1, gid=f"tier-dots-{t}", grouped=True)


def _draw_card_text(p: Painter, project: Project, tps: list, xs: np.ndarray,
                    ys: np.ndarray) -> None:
    fonts = p.fonts
    text = p.text(Z_CARD_TEXT)
    channels = {c.id: c.name for c in project.channels}
    line = (fonts.ascent + fonts.descent) * st.NAME_SIZE
    for i, tp in enumerate(tps):
        # the MoT badge is beside the first line, the REC badge beside the second
        room = (CARD_WIDTH - 56 if tp.moment_of_truth else CARD_WIDTH - 28,
                CARD_WIDTH - 56 if tp.recovery else CARD_WIDTH - 28)
        for row, name in enumerate(fonts.wrap(tp.name, room, st.NAME_SIZE, True)):
            text.add(xs[i] + 16, ys[i] + 6 + row * line, name, st.NAME_SIZE, st.CARD_TEXT,
                     bold=True, va="top")
        names = [channels.get(c, c) for c in tp.channels]
        if names:
            chips = fonts.elide(" · ".join(names), CARD_WIDTH - 24, st.SMALL_SIZE)
            text.add(xs[i] + 16, ys[i] + 56, chips, st.SMALL_SIZE, st.CARD_MUTED)


# ---------------------------------------------------------------- arrows


def arrow_geometry(journey: Journey, positions: dict[str, tuple[float, float]]
                   ) -> tuple[np.ndarray, list[float]]:
    """Control points (n × 4 × 2: start, c1, c2, end) of each drawable transition, and
    its share — the app's route (TransitionArrow): leave the side facing the target and
    enter the other; in the same column leave from the bottom or the top; a loop arcs
    over the card's top."""
    drawn = [t for t in journey.transitions if t.source in positions and t.target in positions]
    if not drawn:
        return np.zeros((0, 4, 2)), []
    s = np.array([positions[t.source] for t in drawn], float)
    t = np.array([positions[t.target] for t in drawn], float)
    w, h = CARD_WIDTH, CARD_HEIGHT
    sx, sy, tx, ty = s[:, 0], s[:, 1], t[:, 0], t[:, 1]
    forward = tx >= sx + w * 0.5
    sideways = forward | (tx + w * 0.5 <= sx)
    sign = np.where(forward, 1.0, -1.0)
    down = ty > sy
    # sideways: from the facing side's middle to the other card's opposite side
    start_x = np.where(sideways, sx + np.where(forward, w, 0), sx + w / 2)
    start_y = np.where(sideways, sy + h / 2, sy + np.where(down, h, 0))
    end_x = np.where(sideways, tx + np.where(forward, 0, w), tx + w / 2)
    end_y = np.where(sideways, ty + h / 2, ty + np.where(down, 0, h))
    bend_x = np.maximum(40.0, np.abs(end_x - start_x) * 0.4) * sign
    bend_y = np.maximum(20.0, np.abs(end_y - start_y) * 0.4) * np.where(down, 1.0, -1.0)
    c1 = np.where(sideways[:, None], np.column_stack([start_x + bend_x, start_y]),
                  np.column_stack([start_x + 24, start_y + bend_y]))
    c2 = np.where(sideways[:, None], np.column_stack([end_x - bend_x, end_y]),
                  np.column_stack([end_x + 24, end_y - bend_y]))
    curves = np.stack([np.column_stack([start_x, start_y]), c1, c2,
                       np.column_stack([end_x, end_y])], axis=1)
    loops = np.array([tr.source == tr.target for tr in drawn])
    if loops.any():
        lx, ly = sx[loops], sy[loops]
        a, b = lx + w * 0.65, lx + w * 0.35
        curves[loops] = np.stack([np.column_stack([a, ly]), np.column_stack([a + 30, ly - 60]),
                                  np.column_stack([b - 30, ly - 60]), np.column_stack([b, ly])],
                                 axis=1)
    return curves, [tr.share for tr in drawn]


def _bezier(curves: np.ndarray, t: float) -> np.ndarray:
    a, b, c, d = (curves[:, k, :] for k in range(4))
    u = 1 - t
    return u ** 3 * a + 3 * u * u * t * b + 3 * u * t * t * c + t ** 3 * d


def arrows_length(curves: np.ndarray) -> float:
    """Roughly how long all the arrows are together (their control polygons), in map units."""
    if not len(curves):
        return 0.0
    return float(np.linalg.norm(np.diff(curves, axis=1), axis=2).sum())


def draw_arrows(p: Painter, curves: np.ndarray, shares: list[float], labels: bool,
                crisp: bool = False) -> None:
    """Arrows with their heads and (with `labels`) their shares. `crisp` draws them
    without anti-aliasing, which halves their cost: for maps with thousands of long
    arrows, a tangle where smooth edges are not what one sees."""
    shown = p.showing(curves[:, :, 1].min(axis=1) - 12, curves[:, :, 1].max(axis=1) + 12)
    if not shown.all():
        curves = curves[shown]
        shares = [s for s, keep in zip(shares, shown, strict=True) if keep]
    if not len(curves):
        return
    p.paths([Path(c, _CODES3) for c in curves], z=Z_ARROWS, edge=st.ARROW, width=1.4,
            gid="arrows", antialiaseds=not crisp)
    end = curves[:, 3, :]
    direction = end - _bezier(curves, 0.97)
    angle = np.arctan2(direction[:, 1], direction[:, 0])
    heads = np.stack([end,
                      end - _HEAD * np.column_stack([np.cos(angle - 0.4), np.sin(angle - 0.4)]),
                      end - _HEAD * np.column_stack([np.cos(angle + 0.4), np.sin(angle + 0.4)]),
                      end], axis=1)
    p.paths([Path(heads.reshape(-1, 2), np.tile(_TRIANGLE, len(heads)))], z=Z_ARROWS,
            face=st.ARROW, edge=st.ARROW, width=1.4, gid="arrow-heads",
            antialiaseds=not crisp)
    if not labels:
        return
    middle = _bezier(curves, 0.5)
    p.shapes(rounded(44, 18, 9, -22, -9), middle[:, 0], middle[:, 1], z=Z_LABELS,
             face=st.CARD_FILL, edge=st.ARROW, width=1, gid="shares")
    text = p.text(Z_LABEL_TEXT)
    for (x, y), share in zip(middle, shares, strict=True):
        text.add(x, y, f"{share * 100:.0f} %", st.BADGE_SIZE, st.CARD_TEXT, ha="center")
