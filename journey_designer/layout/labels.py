"""Where each arrow's share label ("70 %") goes: on its own route, clear of every card,
of the stage headers and of every other label.

Greedy placement over a small set of candidates per arrow: along each stretch of the
route (the long gutter stretches first), at the middle and then stepping outwards, the
label slid across the line as far as it can while still sitting on it. The first
candidate that touches nothing is taken. Short routes go first (they have the fewest
places). An arrow whose candidates are all taken gets no label (None): a picture or a
canvas then shows the share on hover or in the arrow's title, never one label on top of
another. A grid index keeps each test to the few boxes nearby.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from journey_designer.layout.geometry import Box, BoxIndex, Point, simplify
from journey_designer.layout.routing import Key, Route

LABEL_WIDTH = 40.0
LABEL_HEIGHT = 16.0
CLEARANCE = 1.5  # labels keep this far from cards and from each other
STEPS = 6  # candidates each way along a stretch


def _stretches(points: list[Point]) -> list[tuple[Point, Point]]:
    """The route's stretches, longest first (a gutter's long run reads best)."""
    points = simplify(points)
    pairs = list(zip(points, points[1:], strict=False))
    return sorted(pairs, key=lambda ab: -(abs(ab[1][0] - ab[0][0]) + abs(ab[1][1] - ab[0][1])))


def _candidates(a: Point, b: Point, w: float, h: float) -> Iterable[tuple[float, float]]:
    """Label centres along stretch a-b: middle first, then outwards; for each, on the
    line, then slid to either side of it (still covering the line)."""
    (x0, y0), (x1, y1) = a, b
    length = abs(x1 - x0) + abs(y1 - y0)
    vertical = abs(x1 - x0) < abs(y1 - y0)
    along = h if vertical else w
    if length < 1.0:
        return
    mx, my = (x0 + x1) / 2, (y0 + y1) / 2
    step = max(along * 0.75, 6.0)
    reach = max(length / 2 - along / 2, 0.0)
    offsets = [0.0]
    for k in range(1, STEPS + 1):
        if k * step > reach:
            break
        offsets += [k * step, -k * step]
    slide = (w / 2 - 2.0) if vertical else (h / 2 - 2.0)
    for d in offsets:
        cx, cy = (mx, my + d) if vertical else (mx + d, my)
        for s in (0.0, slide, -slide):
            yield (cx + s, cy) if vertical else (cx, cy + s)


def place_labels(routes: Mapping[Key, Route], boxes: Mapping[str, Box],
                 obstacles: Iterable[Box] = (), *, width: float = LABEL_WIDTH,
                 height: float = LABEL_HEIGHT) -> dict[Key, Box | None]:
    """A label box for each route (None where no place is free)."""
    fixed = BoxIndex(128.0)  # cards and headers: big boxes, big cells (fewer to fill)
    for tp_id, box in boxes.items():
        fixed.add(box, tp_id)
    taken = BoxIndex(48.0)  # the other obstacles (labels kept), then each label placed
    for box in obstacles:
        (fixed if box.w > 4 * width else taken).add(box, None)
    result: dict[Key, Box | None] = {}

    def length(route: Route) -> float:
        pts = route.points
        return sum(abs(b[0] - a[0]) + abs(b[1] - a[1]) for a, b in zip(pts, pts[1:], strict=False))

    for route in sorted(routes.values(), key=length):
        result[route.key] = None
        for a, b in _stretches(route.points):
            found = _first_free(a, b, width, height, fixed, taken)
            if found is not None:
                taken.add(found, route.key)
                result[route.key] = found
                break
    return result


def _first_free(a: Point, b: Point, w: float, h: float, fixed: BoxIndex,
                taken: BoxIndex) -> Box | None:
    for cx, cy in _candidates(a, b, w, h):
        box = Box(cx - w / 2, cy - h / 2, w, h)
        if not taken.hits(box, CLEARANCE) and not fixed.hits(box, CLEARANCE):
            return box
    return None
