"""Arrows of the map (layout engine): on every sample and on a dense 2,000-card map, no
arrow passes through a card that is not one of its ends; parallel stretches in a gutter
are spread apart and arrows into one side of a card enter at distinct points."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from journey_designer.domain.model import Journey
from journey_designer.io.project_file.sqlite_store import load_project
from journey_designer.layout.engine import layout_journey
from journey_designer.layout.geometry import Box
from journey_designer.layout.quality import card_crossings

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "journey_designer" / "samples").glob("*.journey"))
sys.path.insert(0, str(ROOT / "benchmarks"))
from synthetic import big_project  # noqa: E402


def sample_journeys() -> list[tuple[str, Journey]]:
    return [(f"{path.stem}:{j.name}", j) for path in SAMPLES for j in load_project(path).journeys]


@pytest.fixture(scope="module")
def dense() -> Journey:
    return big_project(touchpoints=2000, transitions=5000, tiers=5, actions=10, stages=12).journeys[0]


@pytest.mark.parametrize(("name", "journey"), sample_journeys())
def test_no_arrow_of_a_sample_passes_through_a_card(name: str, journey: Journey) -> None:
    layout = layout_journey(journey, labels=False)
    assert len(layout.routes) == len({(t.source, t.target) for t in journey.transitions})
    crossed = card_crossings(((k, r.points) for k, r in layout.routes.items()), layout.boxes)
    assert crossed == []


def test_no_arrow_of_a_dense_map_passes_through_a_card(dense: Journey) -> None:
    layout = layout_journey(dense, labels=False)
    assert len(layout.routes) == 5000
    crossed = card_crossings(((k, r.points) for k, r in layout.routes.items()), layout.boxes)
    assert crossed == [], f"{len(crossed)} crossings, first {crossed[:3]}"


def test_an_arrow_that_skips_a_stage_goes_around_the_cards_between() -> None:
    """The credit-card sample's arrows from stage 6 to stage 7 past a card, and every
    arrow ends on the side of its target (a head never points into another card)."""
    journey = load_project(SAMPLES[0]).journeys[0]
    layout = layout_journey(journey, labels=False)
    for (source, target), route in layout.routes.items():
        end, box = route.points[-1], layout.boxes[target]
        on_edge = (abs(end[0] - box.x) < 1e-6 or abs(end[0] - box.right) < 1e-6
                   or abs(end[1] - box.y) < 1e-6 or abs(end[1] - box.bottom) < 1e-6)
        assert on_edge, f"{source}->{target} ends at {end}, not on {box}"
        for a, b in zip(route.points, route.points[1:], strict=False):
            assert a[0] == b[0] or a[1] == b[1], "orthogonal stretches only"


def test_arrows_into_one_side_of_a_card_enter_at_distinct_points() -> None:
    for _, journey in sample_journeys():
        layout = layout_journey(journey, labels=False)
        ends: dict[tuple[str, float, float], str] = {}
        for (source, target), route in layout.routes.items():
            if source == target:
                continue
            point = (target, round(route.points[-1][0], 3), round(route.points[-1][1], 3))
            assert point not in ends, f"{source}->{target} and {ends[point]} enter at one point"
            ends[point] = source


def test_parallel_stretches_in_a_gutter_do_not_share_a_line() -> None:
    for _, journey in sample_journeys():
        layout = layout_journey(journey, labels=False)
        vertical = []
        for key, route in layout.routes.items():
            for a, b in zip(route.points, route.points[1:], strict=False):
                if a[0] == b[0] and a[1] != b[1]:
                    vertical.append((a[0], min(a[1], b[1]), max(a[1], b[1]), key))
        for i, (x, lo, hi, key) in enumerate(vertical):
            for x2, lo2, hi2, key2 in vertical[i + 1:]:
                if key2 != key and abs(x - x2) < 1.0:
                    assert min(hi, hi2) - max(lo, lo2) <= 1.0, f"{key} and {key2} share x={x}"


def test_a_drag_re_routes_only_the_moved_cards_arrows_and_the_drop_settles(dense: Journey) -> None:
    layout = layout_journey(dense, labels=False)
    moved_ids = [tp.id for tp in dense.touchpoints[100:150]]
    incident = {k for k in layout.routes if k[0] in moved_ids or k[1] in moved_ids}
    moved = {i: Box(layout.boxes[i].x, layout.boxes[i].y + 6000, 200, 92) for i in moved_ids}
    changed = layout.move(moved)
    assert set(changed) == incident
    layout.settle()
    crossed = card_crossings(((k, r.points) for k, r in layout.routes.items()), layout.boxes)
    # moved cards may now lie on other cards (a drop onto others): count only the rest
    crossed = [c for c in crossed if c[1] not in moved and not set(c[0]) & set(moved)]
    assert crossed == []
