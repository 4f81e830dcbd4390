"""Arrow routes that never pass through a card: orthogonal paths through the gutters.

The map's structure does most of the work. Cards live in stage lanes, and a card always
stays inside its lane (lanes.offset_in_lane), so between the cards of two neighbouring
lanes there is a vertical *gutter* no card enters, and inside a lane the gaps between
cards are horizontal *corridors*. An arrow

- between neighbouring cards of one lane with nothing between them goes straight down
  (or up) through the gap;
- otherwise within one lane runs out to a gutter beside the lane (right going down,
  left going up), along it and back in;
- across lanes leaves the side facing its target, runs along the gutter to a corridor
  free in every lane it must cross (one straight run when there is one, else a stair
  of corridors), along the last gutter and into the target's facing side.

So a route is found with a few bisections per lane crossed, not a search of a grid:
5,000 arrows in a fraction of a second in pure Python. Parallel stretches in one gutter
get their own tracks (interval partitioning), stretches in one corridor their own
heights, and the arrows at one side of a card their own points, ordered by where they
go so that they do not cross on leaving.

`Router.move` re-routes only the arrows of moved cards (a drag step), on the gutters'
middle lines; `Router.update` settles only what the moved cards touch (the drop on a big
map: layout/reroute.py); `Router.settle` redoes everything.
"""

from __future__ import annotations

import heapq
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from journey_designer.layout.geometry import Box, Point, simplify
from journey_designer.layout.lanes import HEADER_HEIGHT, LANE_WIDTH

Key = tuple[str, str]

CARD_CLEARANCE = 7.0  # a corridor keeps this far from the cards above and below it
GUTTER_PAD = 11.0  # tracks keep this far from the cards: room for an arrow head
TRACK_SPACING = 6.0  # at most; a crowded gutter packs its tracks closer
MIN_TRACK_SPACING = 2.5
PORT_SPACING = 12.0
END_PORT_SPACING = 46.0  # arrows through the gap above or below a card: room for their labels
PORT_END = 16.0  # ports keep this far from a card's corners
LOOP_HEIGHT = 14.0


@dataclass(slots=True)
class Route:
    """One arrow's path: an orthogonal polyline from the source card's edge to the
    target card's edge (the head goes at the last point)."""

    source: str
    target: str
    points: list[Point]

    @property
    def key(self) -> Key:
        return self.source, self.target

    def segments(self) -> list[tuple[Point, Point]]:
        return list(zip(self.points, self.points[1:], strict=False))


@dataclass(slots=True)
class _Plan:
    kind: str  # "loop", "straight", "side"
    src_side: str  # "l", "r", "t", "b"
    dst_side: str
    gutters: list[int] = field(default_factory=list)
    cross: list[float] = field(default_factory=list)  # corridor y between gutters
    src_port: float = 0.0  # along the side (y for l/r, x for t/b)
    dst_port: float = 0.0
    tracks: list[float] = field(default_factory=list)  # x of each gutter leg
    ends: list[float] = field(default_factory=list)  # y where each gutter leg starts, then the last


class Router:
    """Routes of a journey's arrows among its cards (boxes keyed by touchpoint id)."""

    def __init__(self, boxes: Mapping[str, Box], edges: Iterable[Key], *,
                 lane_count: int | None = None, lane_width: float = LANE_WIDTH,
                 top: float = HEADER_HEIGHT, bottom: float | None = None) -> None:
        self.boxes: dict[str, Box] = dict(boxes)
        seen: dict[Key, None] = {}
        for key in edges:
            if key[0] in self.boxes and key[1] in self.boxes:
                seen[key] = None
        self.edges: list[Key] = list(seen)
        self.lane_width = lane_width
        self.lane_count = lane_count or max(
            (int(b.cx // lane_width) + 1 for b in self.boxes.values()), default=1)
        self.top = top
        self._bottom = bottom
        self.by_card: dict[str, list[Key]] = {}
        for key in self.edges:
            self.by_card.setdefault(key[0], []).append(key)
            if key[1] != key[0]:
                self.by_card.setdefault(key[1], []).append(key)
        self.plans: dict[Key, _Plan] = {}
        self.routes: dict[Key, Route] = {}
        self.unsettled: dict[str, Box] = {}  # cards moved since the routes were settled: old box
        self._lanes()

    # ------------------------------------------------------------ lane structure

    def lane_of(self, box: Box) -> int:
        return min(max(int(box.cx // self.lane_width), 0), self.lane_count - 1)

    def _lanes(self) -> None:
        """Which cards are in which lane, the gutters' x ranges, the corridors' y ranges."""
        n = self.lane_count
        self.lane: dict[str, int] = {}
        self.members: list[dict[str, Box]] = [{} for _ in range(n)]
        for tp_id, box in self.boxes.items():
            k = self.lane_of(box)
            self.lane[tp_id] = k
            self.members[k][tp_id] = box
        self.bottom = self._bottom if self._bottom is not None else max(
            (b.bottom for b in self.boxes.values()), default=self.top) + 40.0
        self.occupied: list[tuple[list[float], list[float]]] = [([], [])] * n
        self.inner: list[tuple[float, float]] = [(0.0, 0.0)] * n
        self.gutters: list[tuple[float, float]] = [(0.0, 0.0)] * (n + 1)
        self._relane(range(n))

    def _relane(self, lanes: Iterable[int]) -> None:
        """Recompute the taken ranges of `lanes` and the gutters beside them."""
        w, n = self.lane_width, self.lane_count
        gutters: set[int] = set()
        for k in lanes:
            cards = list(self.members[k].values())
            self.occupied[k] = self._occupied(cards)
            self.inner[k] = (min(b.x for b in cards), max(b.right for b in cards)) if cards \
                else ((k + 0.5) * w, (k + 0.5) * w)
            gutters.update((k, k + 1))
        for g in gutters:
            left = self.inner[g - 1][1] if g > 0 else 2.0
            right = self.inner[g][0] if g < n else n * w - 2.0
            self.gutters[g] = (left, right) if right > left else ((left + right) / 2,) * 2

    @staticmethod
    def _occupied(cards: list[Box]) -> tuple[list[float], list[float]]:
        """Merged y ranges the cards of a lane take, with clearance."""
        spans = sorted((b.y - CARD_CLEARANCE, b.bottom + CARD_CLEARANCE) for b in cards)
        starts: list[float] = []
        ends: list[float] = []
        for lo, hi in spans:
            if ends and lo <= ends[-1]:
                ends[-1] = max(ends[-1], hi)
            else:
                starts.append(lo)
                ends.append(hi)
        return starts, ends

    def free(self, lane: int, y: float) -> bool:
        """Whether a horizontal line at y crosses lane `lane` without touching a card."""
        if not self.top + CARD_CLEARANCE <= y <= self.bottom:
            return False
        starts, ends = self.occupied[lane]
        i = bisect_right(starts, y) - 1
        return i < 0 or ends[i] <= y

    def corridor(self, lane: int, y: float, toward: float) -> float:
        """The middle of the free gap of `lane` nearest y (ties toward `toward`)."""
        if self.free(lane, y):
            return y
        starts, ends = self.occupied[lane]
        i = bisect_right(starts, y) - 1
        above_lo = ends[i - 1] if i > 0 else self.top + CARD_CLEARANCE
        above = (above_lo + starts[i]) / 2 if starts[i] > above_lo else None
        below_hi = starts[i + 1] if i + 1 < len(starts) else self.bottom
        below = (ends[i] + below_hi) / 2 if below_hi > ends[i] else ends[i] + 1.0
        if above is None:
            return below
        cost_above = abs(above - y) + abs(above - toward)
        cost_below = abs(below - y) + abs(below - toward)
        return above if cost_above < cost_below else below

    # ------------------------------------------------------------ plans

    def _plan(self, key: Key) -> _Plan:
        s, t = self.boxes[key[0]], self.boxes[key[1]]
        if key[0] == key[1]:
            return _Plan("loop", "t", "t")
        a, b = self.lane[key[0]], self.lane[key[1]]
        if a == b:
            return self._plan_same_lane(key, s, t, a)
        step = 1 if b > a else -1
        first = a + 1 if step > 0 else a  # the gutter beside the source, toward the target
        last = b if step > 0 else b + 1
        crossed = list(range(a + step, b, step))
        side_s, side_t = ("r", "l") if step > 0 else ("l", "r")
        if not crossed:
            return _Plan("side", side_s, side_t, [first], [])
        ys, yt = s.cy, t.cy
        for y in (ys, yt, self.corridor(crossed[0], ys, yt), self.corridor(crossed[-1], yt, ys)):
            if all(self.free(k, y) for k in crossed):
                return _Plan("side", side_s, side_t, [first, last], [y])
        gutters, cross, y = [first], [], ys
        for k in crossed:  # a stair of corridors, lane by lane
            y = self.corridor(k, y, yt)
            cross.append(y)
            gutters.append(k + 1 if step > 0 else k)
        return _Plan("side", side_s, side_t, gutters, cross)

    def _plan_same_lane(self, key: Key, s: Box, t: Box, lane: int) -> _Plan:
        down = t.cy >= s.cy
        upper, lower = (s, t) if down else (t, s)
        if upper.bottom + 2 * CARD_CLEARANCE < lower.y and \
                min(s.right, t.right) - max(s.x, t.x) > 2 * PORT_END:
            # nothing between: the lane's taken ranges jump from the upper to the lower card
            starts, ends = self.occupied[lane]
            i = bisect_right(starts, upper.bottom) - 1
            if i >= 0 and ends[i] <= upper.bottom + CARD_CLEARANCE and i + 1 < len(starts) \
                    and starts[i + 1] >= lower.y - CARD_CLEARANCE:
                return _Plan("straight", "b" if down else "t", "t" if down else "b")
        gutter = lane + 1 if down else lane
        side = "r" if down else "l"
        return _Plan("side", side, side, [gutter], [])

    # ------------------------------------------------------------ ports, tracks, points

    def _ends(self, key: Key, plan: _Plan) -> list[float]:
        """The y of each gutter leg's start, then of the last leg's end (ports' current y)."""
        ys = plan.src_port if plan.src_port else self.boxes[key[0]].cy
        yt = plan.dst_port if plan.dst_port else self.boxes[key[1]].cy
        plan.ends = [ys, *plan.cross, yt]
        return plan.ends

    def _ports(self, keys: Iterable[Key], only: set[tuple[str, str]] | None = None) -> None:
        """Spread the arrows at each side of each card over that side, ordered by where
        each goes next (so that they do not cross as they leave); with `only`, just at
        those (card, side)s (`keys` must then hold every arrow at them)."""
        for _ in self._port_steps(keys, only):
            pass

    def _port_steps(self, keys: Iterable[Key], only: set[tuple[str, str]] | None = None,
                    chunk: int = 1 << 30) -> Iterator[None]:
        """`_ports`, yielding after every `chunk` arrows (route_steps: a big map's window
        keeps running)."""
        sides: dict[tuple[str, str], list[tuple[float, Key, bool]]] = {}
        done = 0
        for key in keys:
            done += 1
            if done % chunk == 0:
                yield
            plan = self.plans[key]
            if plan.kind == "loop":
                continue
            s, t = self.boxes[key[0]], self.boxes[key[1]]
            if plan.kind == "straight":
                sides.setdefault((key[0], plan.src_side), []).append((t.cx, key, True))
                sides.setdefault((key[1], plan.dst_side), []).append((s.cx, key, False))
                continue
            after = plan.cross[0] if plan.cross else t.cy
            before = plan.cross[-1] if plan.cross else s.cy
            sides.setdefault((key[0], plan.src_side), []).append((after, key, True))
            sides.setdefault((key[1], plan.dst_side), []).append((before, key, False))
        for (tp_id, side), items in sides.items():
            if only is not None and (tp_id, side) not in only:
                continue
            done += len(items)
            if done >= chunk:
                done = 0
                yield
            box = self.boxes[tp_id]
            items.sort(key=lambda item: (item[0], item[1]))
            if side in ("l", "r"):
                lo, hi = box.y + PORT_END, box.bottom - PORT_END
            else:
                lo, hi = box.x + PORT_END, box.right - PORT_END
            n = len(items)
            most = PORT_SPACING if side in ("l", "r") else END_PORT_SPACING
            spacing = min(most, (hi - lo) / max(n - 1, 1))
            first = (lo + hi) / 2 - spacing * (n - 1) / 2
            for i, (_, key, is_source) in enumerate(items):
                if is_source:
                    self.plans[key].src_port = first + i * spacing
                else:
                    self.plans[key].dst_port = first + i * spacing

    def _tracks(self, keys: Iterable[Key]) -> None:
        """Give every gutter leg its own x (interval partitioning per gutter)."""
        for _ in self._track_steps(keys):
            pass

    def _track_steps(self, keys: Iterable[Key], chunk: int = 1 << 30) -> Iterator[None]:
        """`_tracks`, yielding after every `chunk` arrows (see _port_steps)."""
        legs: dict[int, list[tuple[float, float, Key, int]]] = {}
        done = 0
        for key in keys:
            done += 1
            if done % chunk == 0:
                yield
            plan = self.plans[key]
            if plan.kind != "side":
                continue
            plan.tracks = [0.0] * len(plan.gutters)
            ends = self._ends(key, plan)
            for i, g in enumerate(plan.gutters):
                y0, y1 = ends[i], ends[i + 1]
                legs.setdefault(g, []).append((y0, y1, key, i) if y0 < y1 else (y1, y0, key, i))
        for g, items in legs.items():
            done += len(items)
            if done >= chunk:
                done = 0
                yield
            items.sort(key=lambda item: (item[0], item[1]))
            active: list[tuple[float, int]] = []  # (end, track)
            spare: list[int] = []
            count = 0
            assigned = []
            for lo, hi, key, i in items:
                while active and active[0][0] + MIN_TRACK_SPACING * 2 < lo:
                    heapq.heappush(spare, heapq.heappop(active)[1])
                if spare:
                    track = heapq.heappop(spare)
                else:
                    track, count = count, count + 1
                heapq.heappush(active, (hi, track))
                assigned.append((key, i, track))
            left, right = self.gutters[g]
            lo_x, hi_x = left + GUTTER_PAD, right - GUTTER_PAD
            if hi_x < lo_x:
                lo_x = hi_x = (left + right) / 2
            spacing = min(TRACK_SPACING, (hi_x - lo_x) / max(count - 1, 1))
            middle = (lo_x + hi_x) / 2
            for key, i, track in assigned:  # 0 in the middle, then alternately either side
                offset = (track + 1) // 2 * (1 if track % 2 else -1)
                x = middle + offset * spacing
                self.plans[key].tracks[i] = min(max(x, lo_x), hi_x)

    def _points(self, key: Key) -> list[Point]:
        plan = self.plans[key]
        s, t = self.boxes[key[0]], self.boxes[key[1]]
        if plan.kind == "loop":
            a, b = s.x + s.w * 0.65, s.x + s.w * 0.35
            return [(a, s.y), (a, s.y - LOOP_HEIGHT), (b, s.y - LOOP_HEIGHT), (b, s.y)]
        if plan.kind == "straight":
            x0 = plan.src_port or s.cx
            x1 = plan.dst_port or t.cx
            y0 = s.bottom if plan.src_side == "b" else s.y
            y1 = t.y if plan.dst_side == "t" else t.bottom
            mid = (y0 + y1) / 2
            return simplify([(x0, y0), (x0, mid), (x1, mid), (x1, y1)])
        ends = self._ends(key, plan)
        tracks = plan.tracks or [(self.gutters[g][0] + self.gutters[g][1]) / 2 for g in plan.gutters]
        y = ends[0]
        points: list[Point] = [(s.right if plan.src_side == "r" else s.x, y)]
        for i, x in enumerate(tracks):
            y1 = ends[i + 1]
            points.append((x, y))
            if y1 != y:
                points.append((x, y1))
            y = y1
        points.append((t.right if plan.dst_side == "r" else t.x, y))
        return points

    # ------------------------------------------------------------ public

    def route_all(self) -> dict[Key, Route]:
        """Every arrow's route, from scratch."""
        for _ in self.route_steps(len(self.edges) + 1):
            pass
        return self.routes

    def route_steps(self, chunk: int = 1000) -> Iterator[None]:
        """`route_all` in slices, yielding after every `chunk` arrows (and after the two
        passes over all of them): a canvas builds a big map in event-loop steps."""
        self.plans = {}
        self.unsettled = {}
        for i, key in enumerate(self.edges, 1):
            self.plans[key] = self._plan(key)
            if i % chunk == 0:
                yield
        yield from self._port_steps(self.edges, None, chunk)
        yield
        yield from self._track_steps(self.edges, chunk)
        yield
        self.routes = {}
        for i, key in enumerate(self.edges, 1):
            self.routes[key] = Route(key[0], key[1], self._points(key))
            if i % chunk == 0:
                yield

    def move(self, moved: Mapping[str, Box]) -> list[Key]:
        """Cards moved (a drag step): re-route only their arrows, on the gutters' middle
        lines and with ports shared among themselves; returns the keys of those routes.
        Call `update` (or `settle`) at the drop for the spread-out routes."""
        self.place(moved)
        touched: dict[Key, None] = {}
        for tp_id in moved:
            touched.update(dict.fromkeys(self.by_card.get(tp_id, ())))
        for key in touched:
            self.plans[key] = plan = self._plan(key)
            plan.tracks = []
        self._ports(touched)
        for key in touched:
            self.routes[key] = Route(key[0], key[1], self._points(key))
        return list(touched)

    def place(self, moved: Mapping[str, Box]) -> None:
        """Cards' new boxes (lanes and gutters follow; routes do not: see move, update)."""
        lanes: set[int] = set()
        for tp_id, box in moved.items():
            old = self.lane.get(tp_id)
            if old is not None:
                self.members[old].pop(tp_id, None)
                lanes.add(old)
                self.unsettled.setdefault(tp_id, self.boxes[tp_id])
            self.boxes[tp_id] = box
            k = self.lane[tp_id] = self.lane_of(box)
            self.members[k][tp_id] = box
            lanes.add(k)
        self._relane(lanes)

    def update(self, moved: Mapping[str, Box] | None = None) -> list[Key]:
        """The drop: settle the arrows the cards moved since the last settle (and
        `moved`, placed now) touch, keeping every other route as it is; returns the
        keys whose route changed (see layout/reroute.py)."""
        from journey_designer.layout.reroute import reroute

        if moved:
            self.place(moved)
        return reroute(self)

    def settle(self) -> list[Key]:
        """Everything again (after a drop): the keys of the routes that changed."""
        before = {key: route.points for key, route in self.routes.items()}
        self._lanes()
        self.route_all()
        return [key for key, route in self.routes.items() if before.get(key) != route.points]


def route_arrows(boxes: Mapping[str, Box], edges: Sequence[Key], **options: float | int | None
                 ) -> dict[Key, Route]:
    """Routes of `edges` among `boxes` (see Router)."""
    return Router(boxes, edges, **options).route_all()  # type: ignore[arg-type]
