"""Arrows and share labels of a picture of the map, drawn from the layout engine's routes
(journey_designer.layout.routing) and label boxes (layout.labels): orthogonal paths with
rounded corners through the gutters, never through a card, labels never on one another.

Raster output draws all arrows as one collection and all heads as another; vector
output (SVG, PDF) draws each arrow as a group id="arrow-<from>--<to>" holding its path
and head, and each label as a group id="share-<from>--<to>" holding its box and text.
"""

from __future__ import annotations

import math
from typing import NamedTuple

import numpy as np
from matplotlib.patches import PathPatch
from matplotlib.path import Path

from journey_designer.io.picture import style as st
from journey_designer.io.picture.parts import (
    Z_ARROWS,
    Z_LABEL_TEXT,
    Z_LABELS,
    Painter,
    lw,
    part_id,
    rounded,
)
from journey_designer.layout.engine import JourneyLayout
from journey_designer.layout.geometry import Point, rounded_path
from journey_designer.layout.routing import Key

HEAD = 9.0
CORNER = 8.0
_OPS = {"M": Path.MOVETO, "L": Path.LINETO}


def arrow_path(points: list[Point]) -> Path:
    """The route with rounded corners, ending where the head's base is."""
    vertices: list[tuple[float, float]] = []
    codes: list[np.uint8] = []  # Path's codes are uint8
    for op, values in rounded_path(points, CORNER):
        if op == "Q":
            vertices += [(values[0], values[1]), (values[2], values[3])]
            codes += [Path.CURVE3, Path.CURVE3]
        else:
            vertices.append((values[0], values[1]))
            codes.append(_OPS[op])
    return Path(vertices, codes)


def head(points: list[Point]) -> np.ndarray:
    """The arrow head's triangle at the route's end."""
    (x2, y2), (x3, y3) = points[-2], points[-1]
    angle = math.atan2(y3 - y2, x3 - x2) if (x3, y3) != (x2, y2) else 0.0
    return np.array([(x3, y3),
                     (x3 - HEAD * math.cos(angle - 0.4), y3 - HEAD * math.sin(angle - 0.4)),
                     (x3 - HEAD * math.cos(angle + 0.4), y3 - HEAD * math.sin(angle + 0.4)),
                     (x3, y3)])


_TRIANGLE = [Path.MOVETO, Path.LINETO, Path.LINETO, Path.CLOSEPOLY]


class _Drawn(NamedTuple):
    points: list[Point]  # the route these were made from
    path: Path
    head: np.ndarray
    top: float
    bottom: float


def made_arrows(layout: JourneyLayout, made: dict[Key, _Drawn] | None = None
                ) -> dict[Key, _Drawn]:
    """Each arrow's path and head, made again only for a route that changed in `made`
    (a big picture is drawn in bands, each its own figure: made once, not per band)."""
    made = {} if made is None else made
    for key, route in layout.routes.items():
        points = route.points
        known = made.get(key)
        if len(points) >= 2 and (known is None or known.points is not points):
            ys = [y for _, y in points]
            made[key] = _Drawn(points, arrow_path(points), head(points), min(ys), max(ys))
    return made


def draw_arrows(p: Painter, layout: JourneyLayout, labels: bool, crisp: bool = False,
                made: dict[Key, _Drawn] | None = None) -> None:
    """Arrows with their heads and (with `labels`) their share labels. `crisp` draws them
    without anti-aliasing: for maps of thousands of arrows, twice as fast. `made` keeps
    the paths between calls (see made_arrows)."""
    made = made_arrows(layout, made)
    keys = [k for k, r in layout.routes.items() if len(r.points) >= 2 and _shown(p, made[k])]
    if p.parts:
        for key in keys:
            _draw_part(p, key, layout)
    elif keys:
        paths = [made[k].path for k in keys]
        p.paths(paths, z=Z_ARROWS, edge=st.ARROW, width=1.4, gid="arrows",
                antialiaseds=not crisp)
        heads = np.concatenate([made[k].head for k in keys])
        p.paths([Path(heads, np.tile(_TRIANGLE, len(keys)))], z=Z_ARROWS, face=st.ARROW,
                edge=st.ARROW, width=1.4, gid="arrow-heads", antialiaseds=not crisp)
    if labels:
        draw_labels(p, layout, [k for k in keys if layout.labels.get(k) is not None])


def _shown(p: Painter, drawn: _Drawn) -> bool:
    if p.window is None:
        return True
    return drawn.bottom + 12 >= p.window[0] and drawn.top - 12 <= p.window[1]


def _draw_part(p: Painter, key: Key, layout: JourneyLayout) -> None:
    children = p.group(part_id("arrow", *key), Z_ARROWS)
    assert children is not None
    points = layout.routes[key].points
    for path, face in ((arrow_path(points), "none"), (Path(head(points), _TRIANGLE), st.ARROW)):
        patch = PathPatch(path, facecolor=face, edgecolor=st.ARROW, linewidth=lw(1.4),
                          zorder=Z_ARROWS, transform=p.ax.transData)
        patch.set_figure(p.ax.figure)
        patch.axes = p.ax
        children.append(patch)


def share_text(share: float) -> str:
    return f"{share * 100:.0f} %"


def draw_labels(p: Painter, layout: JourneyLayout, keys: list[Key]) -> None:
    boxes = [layout.labels[k] for k in keys]
    xs = np.array([b.x for b in boxes if b is not None])
    ys = np.array([b.y for b in boxes if b is not None])
    if not len(xs):
        return
    w, h = boxes[0].w, boxes[0].h  # type: ignore[union-attr]
    owners = [part_id("share", *k) for k in keys]
    p.shapes(rounded(w, h, h / 2), xs, ys, z=Z_LABELS, face=st.CARD_FILL, edge=st.ARROW,
             width=1, gid="shares", owners=owners)
    text = p.text(Z_LABEL_TEXT)
    for key, box, owner in zip(keys, boxes, owners, strict=True):
        assert box is not None
        text.add(box.cx, box.cy, share_text(layout.shares.get(key, 0.0)), st.BADGE_SIZE,
                 st.CARD_TEXT, ha="center", group=p.group(owner, Z_LABELS))


def arrows_length(layout: JourneyLayout) -> float:
    """How long all the arrows are together, in map units."""
    return float(sum(abs(b[0] - a[0]) + abs(b[1] - a[1]) for r in layout.routes.values()
                     for a, b in zip(r.points, r.points[1:], strict=False)))

