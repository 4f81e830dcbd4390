"""The drop on a big map: settle only the arrows the moved cards touch.

`Router.settle` routes every arrow again: on a 2,000-card map a one-card drop cost as
much as the populate. After a move, only these arrows can need a new route:

1. the moved cards' own arrows (their ends moved);
2. arrows whose route passes near a moved card's old or new box (a card moved into a
   corridor or next to a gutter track; or left room where one was squeezed);
3. arrows entering a card side where one of those now enters or left (the side's ports
   are spread again: only those whose port really moved count);
4. arrows far away whose gutter leg now lies outside its gutter *and* crosses a card (a
   drop changes its column's gutters along their whole height: a card dropped across a
   gutter, then clear of it, leaves such legs behind).

They are planned again (routing.Router._plan), ports re-spread on the sides concerned,
and their gutter legs get tracks *around* the legs that stay (a free track from the
gutter's middle outward, else the widest gap), so every other route keeps its very
Route object. Every guarantee of the full layout holds for the new routes: they use the
same plans (no card in a gutter or a chosen corridor), and the legs that stay occupy
tracks no new leg takes while a free one exists.
"""

from __future__ import annotations

from bisect import bisect_left

from journey_designer.layout.geometry import Box, Point
from journey_designer.layout.quality import card_crossings
from journey_designer.layout.routing import (
    GUTTER_PAD,
    MIN_TRACK_SPACING,
    TRACK_SPACING,
    Key,
    Route,
    Router,
)

NEAR = GUTTER_PAD  # a route this close to a moved card's box is settled again
Leg = tuple[float, float, float]  # y from, y to, x


def reroute(router: Router) -> list[Key]:
    """Settle what `router.unsettled` cards touch; returns the keys of changed routes."""
    olds, router.unsettled = router.unsettled, {}
    if not olds:
        return []
    zones = [_grow(box) for box in olds.values()] + [_grow(router.boxes[c]) for c in olds]
    touched: dict[Key, None] = {}
    for tp_id in olds:
        touched.update(dict.fromkeys(router.by_card.get(tp_id, ())))
    hull = (min(z[0] for z in zones), min(z[1] for z in zones), max(z[2] for z in zones),
            max(z[3] for z in zones))
    for key, route in router.routes.items():
        if key not in touched and _touches(route.points, zones, hull):
            touched[key] = None
    touched.update(dict.fromkeys(_through_cards(router, touched)))
    plans = router.plans
    sides = _sides(router, touched)
    for key in touched:
        plans[key] = router._plan(key)
    sides |= _sides(router, touched)
    at_sides = dict(touched)
    for tp_id, side in sides:
        for key in router.by_card.get(tp_id, ()):
            if key not in at_sides and _uses(router, key, tp_id, side):
                at_sides[key] = None
    ports = {k: (plans[k].src_port, plans[k].dst_port) for k in at_sides if k not in touched}
    router._ports(at_sides, only=sides)
    redo = [*touched, *(k for k, p in ports.items()
                        if (plans[k].src_port, plans[k].dst_port) != p)]
    _tracks_around(router, redo)
    changed = []
    for key in redo:
        points = router._points(key)
        old = router.routes.get(key)
        if old is None or old.points != points:
            router.routes[key] = Route(key[0], key[1], points)
            changed.append(key)
    return changed


def _through_cards(router: Router, touched: dict[Key, None]) -> list[Key]:
    """Arrows far from the moved cards that now run through a card: a drop changes its
    column's gutters along their whole height, and a leg whose track is now outside its
    gutter may cross a card of the column (one dropped across the gutter, then clear)."""
    gutters = router.gutters
    outside = [key for key, plan in router.plans.items() if key not in touched and any(
        not gutters[g][0] - 0.5 <= x <= gutters[g][1] + 0.5
        for g, x in zip(plan.gutters, plan.tracks, strict=False))]
    if not outside:
        return []
    return list(dict.fromkeys(key for key, _card in card_crossings(
        ((key, router.routes[key].points) for key in outside if key in router.routes),
        router.boxes)))


def _grow(box: Box) -> tuple[float, float, float, float]:
    return box.x - NEAR, box.y - NEAR, box.right + NEAR, box.bottom + NEAR


def _touches(points: list[Point], zones: list[tuple[float, float, float, float]],
             hull: tuple[float, float, float, float]) -> bool:
    """Whether the polyline comes into one of the (x0, y0, x1, y1) zones (all inside
    `hull`: a stretch that misses the hull misses them all)."""
    hx0, hy0, hx1, hy1 = hull
    for (ax, ay), (bx, by) in zip(points, points[1:], strict=False):
        lo_x, hi_x = (ax, bx) if ax <= bx else (bx, ax)
        lo_y, hi_y = (ay, by) if ay <= by else (by, ay)
        if hi_x < hx0 or hx1 < lo_x or hi_y < hy0 or hy1 < lo_y:
            continue
        for x0, y0, x1, y1 in zones:
            if lo_x <= x1 and x0 <= hi_x and lo_y <= y1 and y0 <= hi_y:
                return True
    return False


def _sides(router: Router, keys: dict[Key, None]) -> set[tuple[str, str]]:
    """The (card, side)s where `keys` leave or enter, as planned now."""
    out: set[tuple[str, str]] = set()
    for key in keys:
        plan = router.plans.get(key)
        if plan is not None and plan.kind != "loop":
            out.add((key[0], plan.src_side))
            out.add((key[1], plan.dst_side))
    return out


def _uses(router: Router, key: Key, tp_id: str, side: str) -> bool:
    plan = router.plans.get(key)
    if plan is None or plan.kind == "loop":
        return False
    return (key[0] == tp_id and plan.src_side == side) or \
        (key[1] == tp_id and plan.dst_side == side)


def _tracks_around(router: Router, keys: list[Key]) -> None:
    """Tracks for the gutter legs of `keys`, around the legs of every other arrow."""
    mine = set(keys)
    new: list[tuple[int, float, float, Key, int]] = []
    for key in keys:
        plan = router.plans[key]
        if plan.kind != "side":
            continue
        plan.tracks = [0.0] * len(plan.gutters)
        ends = router._ends(key, plan)
        for i, g in enumerate(plan.gutters):
            y0, y1 = ends[i], ends[i + 1]
            new.append((g, min(y0, y1), max(y0, y1), key, i))
    if not new:
        return
    wanted = {leg[0] for leg in new}
    legs: dict[int, list[Leg]] = {g: [] for g in wanted}
    for key, plan in router.plans.items():
        if plan.kind != "side" or key in mine or len(plan.tracks) != len(plan.gutters):
            continue
        ends = plan.ends
        for i, g in enumerate(plan.gutters):
            if g in wanted:
                y0, y1 = ends[i], ends[i + 1]
                legs[g].append((min(y0, y1), max(y0, y1), plan.tracks[i]))
    new.sort(key=lambda leg: (leg[0], leg[1], leg[2]))
    for g, lo, hi, key, i in new:
        x = _free_track(router, g, lo, hi, legs[g])
        router.plans[key].tracks[i] = x
        legs[g].append((lo, hi, x))


def _free_track(router: Router, g: int, lo: float, hi: float, legs: list[Leg]) -> float:
    """An x in gutter `g` for a leg from lo to hi: the track nearest the middle at least
    TRACK_SPACING from every leg beside it, else the middle of the widest gap."""
    left, right = router.gutters[g]
    lo_x, hi_x = left + GUTTER_PAD, right - GUTTER_PAD
    if hi_x < lo_x:
        return (left + right) / 2
    margin = MIN_TRACK_SPACING * 2
    top, bottom = lo - margin, hi + margin
    taken = sorted([x for y0, y1, x in legs if y0 <= bottom and top <= y1])
    middle = (lo_x + hi_x) / 2
    if not taken:
        return middle
    track = 0
    while True:
        x = middle + (track + 1) // 2 * (1 if track % 2 else -1) * TRACK_SPACING
        if x > hi_x + 1e-9 and middle - (x - middle) < lo_x - 1e-9:
            break
        if lo_x - 1e-9 <= x <= hi_x + 1e-9 and _distance(taken, x) >= TRACK_SPACING - 1e-9:
            return x
        track += 1
    # crowded: the middle of the widest gap (between two legs, or at an edge)
    best = [(_distance(taken, lo_x), -abs(lo_x - middle), lo_x),
            (_distance(taken, hi_x), -abs(hi_x - middle), hi_x)]
    for a, b in zip(taken, taken[1:], strict=False):
        x = (a + b) / 2
        if lo_x <= x <= hi_x:
            best.append(((b - a) / 2, -abs(x - middle), x))
    return max(best)[2]


def _distance(taken: list[float], x: float) -> float:
    """How far x is from the nearest of the sorted `taken`."""
    i = bisect_left(taken, x)
    near = [abs(taken[j] - x) for j in (i - 1, i) if 0 <= j < len(taken)]
    return min(near) if near else float("inf")
