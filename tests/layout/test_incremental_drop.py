"""A drop re-routes only what the moved cards touch (issue 15): on a dense 2,000-card map,
moving one card leaves every arrow far from it with the very same route, and the map
keeps the full layout's guarantees (no arrow through a card that is not its end, arrows
into one side of a card at distinct points, parallel gutter stretches apart)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from journey_designer.domain.model import Journey
from journey_designer.io.project_file.sqlite_store import load_project
from journey_designer.layout.engine import JourneyLayout, layout_journey
from journey_designer.layout.geometry import Box
from journey_designer.layout.quality import card_crossings
from journey_designer.layout.routing import Route, Router

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "journey_designer" / "samples").glob("*.journey"))
sys.path.insert(0, str(ROOT / "benchmarks"))
from synthetic import big_project  # noqa: E402

NEAR = 30.0  # an arrow this close to a moved card's old or new box may be re-routed


@pytest.fixture(scope="module")
def dense() -> Journey:
    return big_project(touchpoints=2000, transitions=5000, tiers=3, actions=10,
                       stages=12).journeys[0]


def _near(points: list[tuple[float, float]], boxes: list[Box]) -> bool:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    route = Box(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
    return any(route.overlaps(box, NEAR) for box in boxes)


def _affected_ends(layout: JourneyLayout, moved: set[str]) -> set[str]:
    """Cards at the other end of a moved card's arrows (their ports are spread again)."""
    return {c for k in layout.routes if set(k) & moved for c in k}


def _assert_quality(layout: JourneyLayout, keys: set[tuple[str, str]],
                    parallel: bool = True) -> None:
    """The full layout's guarantees, for the re-routed `keys` (`parallel`: also gutter
    stretches apart; a dense map's full layout packs its crowded gutters closer)."""
    crossed = card_crossings(((k, r.points) for k, r in layout.routes.items()), layout.boxes)
    assert crossed == [], f"{len(crossed)} crossings, first {crossed[:3]}"
    ends: dict[tuple[str, float, float], tuple[str, str]] = {}
    for key, route in layout.routes.items():
        if key[0] == key[1]:
            continue
        for card, point in ((key[1], route.points[-1]), (key[0], route.points[0])):
            spot = (card, round(point[0], 3), round(point[1], 3))
            if key in keys or spot in ends and ends[spot] in keys:
                assert spot not in ends, f"{key} and {ends[spot]} meet {card} at one point"
            ends.setdefault(spot, key)
    if parallel:
        shared = _shared_lines(layout.routes, keys)
        assert shared == [], f"stretches on one line: {shared[:3]}"


def _shared_lines(routes: dict[tuple[str, str], Route],
                  keys: set[tuple[str, str]] | None = None) -> list[tuple[object, ...]]:
    """Pairs of overlapping vertical stretches of two arrows less than 1 px apart (one
    of them of `keys` when given)."""
    vertical = []
    for key, route in routes.items():
        for a, b in zip(route.points, route.points[1:], strict=False):
            if a[0] == b[0] and a[1] != b[1]:
                vertical.append((a[0], min(a[1], b[1]), max(a[1], b[1]), key))
    vertical.sort()
    found = []
    for i, (x, lo, hi, key) in enumerate(vertical):
        for x2, lo2, hi2, key2 in vertical[i + 1:]:
            if x2 - x >= 1.0:
                break
            if key2 != key and min(hi, hi2) - max(lo, lo2) > 1.0 and (
                    keys is None or key in keys or key2 in keys):
                found.append((key, key2, x))
    return found


@pytest.mark.parametrize("offset", [(10.0, 10.0), (-20.0, 0.0), (0.0, 6000.0)])
def test_a_drop_on_a_dense_map_re_routes_only_the_arrows_near_the_moved_card(
        dense: Journey, offset: tuple[float, float]) -> None:
    layout = layout_journey(dense, labels=False)
    tp_id = "tp-100"
    old = layout.boxes[tp_id]
    new = Box(old.x + offset[0], old.y + offset[1], old.w, old.h)
    before = dict(layout.routes)
    changed = layout.update({tp_id: new})  # its CPU time: benchmarks/bench_layout.py
    assert layout.boxes[tp_id] == new
    incident = {k for k in layout.routes if tp_id in k}
    assert incident <= set(changed)
    ends = _affected_ends(layout, {tp_id})
    kept = [k for k, r in before.items()
            if not _near(r.points, [old, new]) and not set(k) & ends]
    assert len(kept) > 0.9 * len(before)
    moved_far = [k for k in kept if layout.routes[k] is not before[k]]
    assert moved_far == [], f"{len(moved_far)} far arrows re-routed, first {moved_far[:3]}"
    assert len(changed) < 0.1 * len(before)
    _assert_quality(layout, set(changed), parallel=False)


def test_a_drag_then_the_drop_re_routes_only_near_arrows(dense: Journey) -> None:
    """The canvas's way: drag steps (`move`) and then the drop (`update()` with nothing
    more moved) settle the dragged cards' arrows and their neighbours only."""
    layout = layout_journey(dense, labels=False)
    ids = [f"tp-{i}" for i in range(300, 305)]
    olds = [layout.boxes[i] for i in ids]
    before = dict(layout.routes)
    for step in range(1, 6):
        layout.move({i: Box(b.x + 2 * step, b.y + step, b.w, b.h) for i, b in zip(ids, olds,
                                                                                    strict=True)})
    layout.update()
    news = [layout.boxes[i] for i in ids]
    ends = _affected_ends(layout, set(ids))
    far = [k for k, r in before.items()
           if not _near(r.points, olds + news) and not set(k) & ends]
    assert far and all(layout.routes[k] is before[k] for k in far)
    _assert_quality(layout, {k for k in layout.routes if layout.routes[k] is not before.get(k)},
                    parallel=False)


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_every_card_of_a_sample_moved_in_turn_keeps_the_guarantees(path: Path) -> None:
    journey = load_project(path).journeys[0]
    layout = layout_journey(journey, labels=False)
    for n, tp in enumerate(journey.touchpoints):
        box = layout.boxes[tp.id]
        dx, dy = ((n % 3) - 1) * 12.0, ((n % 2) * 2 - 1) * 8.0
        before = dict(layout.routes)
        layout.update({tp.id: Box(box.x + dx, box.y + dy, box.w, box.h)})
        changed = {k for k, r in layout.routes.items() if r is not before[k]}
        on = {c for c, b in layout.boxes.items() if c != tp.id and b.overlaps(layout.boxes[tp.id])}
        if not on:
            # a nudge can squeeze a gutter below room for two tracks: then the full
            # layout, too, draws stretches on one line; hold the new routes to it
            full = Router(layout.boxes, layout.router.edges, lane_count=layout.router.lane_count,
                          bottom=layout.router.bottom).route_all()
            _assert_quality(layout, changed, parallel=not _shared_lines(full))
            continue
        crossed = card_crossings(((k, r.points) for k, r in layout.routes.items()),
                                 layout.boxes)
        # a card nudged onto a neighbour is the user's doing: count only the others
        crossed = [c for c in crossed if c[1] not in on | {tp.id} and not set(c[0]) & on]
        assert crossed == [], f"after moving {tp.id}: {crossed[:3]}"
