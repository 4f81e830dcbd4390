"""Plain-float geometry for the layout engine: boxes, a grid index of boxes, segment
tests and rounded orthogonal paths. No Qt, no numpy: the canvas calls this per drag step."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class Box:
    """An axis-aligned rectangle: top-left (x, y), width w, height h (y points down)."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    def overlaps(self, other: Box, gap: float = 0.0) -> bool:
        """Whether the two boxes share area (closer than `gap` counts as sharing)."""
        return (self.x < other.right + gap and other.x < self.right + gap
                and self.y < other.bottom + gap and other.y < self.bottom + gap)

    def inset(self, d: float) -> Box:
        return Box(self.x + d, self.y + d, self.w - 2 * d, self.h - 2 * d)

    def hits_segment(self, a: Point, b: Point) -> bool:
        """Whether segment a-b passes through the box's inside (Liang–Barsky)."""
        (x0, y0), (x1, y1) = a, b
        dx, dy = x1 - x0, y1 - y0
        t0, t1 = 0.0, 1.0
        for p, q in ((-dx, x0 - self.x), (dx, self.right - x0),
                     (-dy, y0 - self.y), (dy, self.bottom - y0)):
            if p == 0:
                if q <= 0:
                    return False
                continue
            t = q / p
            if p < 0:
                if t > t1:
                    return False
                t0 = max(t0, t)
            else:
                if t < t0:
                    return False
                t1 = min(t1, t)
        return t1 - t0 > 1e-9


class BoxIndex:
    """Boxes in a uniform grid, for "what is near here" questions."""

    def __init__(self, cell: float = 64.0) -> None:
        self.cell = cell
        self._cells: dict[tuple[int, int], list[int]] = {}
        self.boxes: list[Box] = []
        self.tags: list[object] = []

    def _span(self, x0: float, y0: float, x1: float, y1: float) -> Iterator[tuple[int, int]]:
        c = self.cell
        for i in range(int(x0 // c), int(x1 // c) + 1):
            for j in range(int(y0 // c), int(y1 // c) + 1):
                yield i, j

    def add(self, box: Box, tag: object = None) -> None:
        index = len(self.boxes)
        self.boxes.append(box)
        self.tags.append(tag)
        c, cells = self.cell, self._cells
        j0, j1 = int(box.y // c), int((box.y + box.h) // c) + 1
        for i in range(int(box.x // c), int((box.x + box.w) // c) + 1):
            for j in range(j0, j1):
                members = cells.get((i, j))
                if members is None:
                    cells[(i, j)] = [index]
                else:
                    members.append(index)

    def near(self, x0: float, y0: float, x1: float, y1: float) -> set[int]:
        found: set[int] = set()
        cells = self._cells
        for cell in self._span(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)):
            members = cells.get(cell)
            if members:
                found.update(members)
        return found

    def hits(self, box: Box, gap: float = 0.0) -> bool:
        """Whether `box` overlaps any box of the index (closer than `gap` counts)."""
        c, cells, boxes = self.cell, self._cells, self.boxes
        x0, y0, x1, y1 = box.x - gap, box.y - gap, box.right + gap, box.bottom + gap
        for i in range(int(x0 // c), int(x1 // c) + 1):
            for j in range(int(y0 // c), int(y1 // c) + 1):
                for k in cells.get((i, j), ()):
                    other = boxes[k]
                    if other.x < x1 and x0 < other.x + other.w and other.y < y1 and \
                            y0 < other.y + other.h:
                        return True
        return False

    def crossed_by(self, a: Point, b: Point, skip: Iterable[object] = ()) -> list[object]:
        """Tags of the boxes whose inside segment a-b passes through."""
        skipped = set(skip)
        boxes, tags = self.boxes, self.tags
        return [tags[i] for i in self.near(a[0], a[1], b[0], b[1])
                if tags[i] not in skipped and boxes[i].hits_segment(a, b)]


def simplify(points: Sequence[Point]) -> list[Point]:
    """Drop repeated points and middle points of straight runs."""
    out: list[Point] = []
    for p in points:
        if out and abs(out[-1][0] - p[0]) < 1e-6 and abs(out[-1][1] - p[1]) < 1e-6:
            continue
        if len(out) >= 2:
            (ax, ay), (bx, by) = out[-2], out[-1]
            if (abs(ax - bx) < 1e-6 and abs(bx - p[0]) < 1e-6) or (
                    abs(ay - by) < 1e-6 and abs(by - p[1]) < 1e-6):
                out[-1] = p
                continue
        out.append(p)
    return out


def rounded_path(points: Sequence[Point], radius: float = 8.0) -> list[tuple[str, tuple[float, ...]]]:
    """A polyline with its corners rounded: ("M", (x, y)), ("L", (x, y)) and quadratic
    ("Q", (cx, cy, x, y)) steps, in plain floats (QPainterPath.quadTo, matplotlib CURVE3)."""
    if not points:
        return []
    ops: list[tuple[str, tuple[float, ...]]] = [("M", points[0])]
    for k in range(1, len(points) - 1):
        (ax, ay), (bx, by), (cx, cy) = points[k - 1], points[k], points[k + 1]
        into = ((bx - ax) ** 2 + (by - ay) ** 2) ** 0.5
        out = ((cx - bx) ** 2 + (cy - by) ** 2) ** 0.5
        r = min(radius, into / 2, out / 2)
        if r < 0.5 or into == 0 or out == 0:
            ops.append(("L", (bx, by)))
            continue
        p0 = (bx - (bx - ax) / into * r, by - (by - ay) / into * r)
        p1 = (bx + (cx - bx) / out * r, by + (cy - by) / out * r)
        ops.append(("L", p0))
        ops.append(("Q", (bx, by, p1[0], p1[1])))
    ops.append(("L", points[-1]))
    return ops
