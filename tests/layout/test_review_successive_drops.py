"""Review (H12): successive drops on one map, and undos of drops, as the canvas makes them
(`JourneyLayout.move` per drag step or undo, then `update()`): after each, the map keeps
the full layout's guarantee that no arrow runs through a card other than its ends (cards
the user dropped onto another card aside), and every arrow still starts and ends at its
own cards."""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from journey_designer.layout.engine import layout_journey
from journey_designer.layout.geometry import Box
from journey_designer.layout.quality import card_crossings
from journey_designer.layout.routing import Router

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
from synthetic import big_project  # noqa: E402

JOURNEY = big_project(touchpoints=240, transitions=560, tiers=3, actions=10, stages=6).journeys[0]
IDS = [tp.id for tp in JOURNEY.touchpoints]

STEP = st.one_of(
    st.tuples(st.just("drop"), st.integers(0, len(IDS) - 1),
              st.sampled_from([12.0, -25.0, 0.0, 260.0, -260.0, -520.0]),
              st.sampled_from([8.0, -12.0, 0.0, 120.0, -240.0, 1200.0])),
    st.tuples(st.just("drag"), st.integers(0, len(IDS) - 1),
              st.sampled_from([-260.0, 20.0, 260.0]), st.sampled_from([-120.0, 30.0, 600.0])),
    st.tuples(st.just("undo"), st.just(0), st.just(0.0), st.just(0.0)),
)


def _user_overlaps(boxes_of: dict[str, Box]) -> set[str]:
    """Cards lying on another card (the user's doing: no route can avoid them)."""
    boxes = list(boxes_of.items())
    on: set[str] = set()
    for i, (a, box) in enumerate(boxes):
        for b, other in boxes[i + 1:]:
            if box.overlaps(other):
                on |= {a, b}
    return on


def _problems(boxes: dict[str, Box], routes: dict) -> list[object]:
    on = _user_overlaps(boxes)
    crossed = card_crossings(((k, r.points) for k, r in routes.items()), boxes)
    found: list[object] = [c for c in crossed if c[1] not in on and not set(c[0]) & on]
    for (a, b), route in routes.items():
        for card, point in ((a, route.points[0]), (b, route.points[-1])):
            box = boxes[card]
            if not (box.x - 0.5 <= point[0] <= box.x + box.w + 0.5
                    and box.y - 0.5 <= point[1] <= box.y + box.h + 0.5):
                found.append(((a, b), card, "end off its card"))
    return found


@settings(max_examples=40, deadline=None, derandomize=True)
@given(st.lists(STEP, min_size=1, max_size=6))
def test_successive_drops_and_undos_keep_the_full_layouts_guarantees(steps) -> None:
    layout = layout_journey(JOURNEY, labels=False)
    done: list[tuple[str, Box]] = []  # (card, its box before the drop), for undo
    for n, (kind, i, dx, dy) in enumerate(steps):
        if kind == "undo":
            if not done:
                continue
            tp_id, box = done.pop()
            layout.move({tp_id: box})  # the canvas: place_cards -> move, then the drop
            layout.update()
        else:
            tp_id = IDS[i]
            old = layout.boxes[tp_id]
            done.append((tp_id, old))
            if kind == "drop":
                layout.update({tp_id: Box(old.x + dx, old.y + dy, old.w, old.h)})
            else:
                for k in (1, 2, 3):
                    layout.move({tp_id: Box(old.x + dx * k / 3, old.y + dy * k / 3, old.w, old.h)})
                layout.update()
        problems = _problems(layout.boxes, layout.routes)
        if problems:  # would the full layout of the same cards have them too?
            full = Router(layout.boxes, layout.router.edges, lane_count=layout.router.lane_count,
                          bottom=layout.router.bottom).route_all()
            problems = [p for p in problems if p not in _problems(layout.boxes, full)]
        assert problems == [], f"after step {n} {steps[n]}: {problems[:3]}"


def test_a_card_dropped_across_a_gutter_and_then_clear_of_it_leaves_no_arrow_through_cards() -> None:
    """The drop changes the gutter along its whole column: an arrow in it far from the
    card whose track is now outside it is routed again (it ran through cards)."""
    layout = layout_journey(JOURNEY, labels=False)
    for _ in range(2):  # tp-61 (column 1) half onto column 0, then onto column 0 itself
        moved = {c: layout.boxes[c] for c in ("tp-3", "tp-61")}
        layout.update({c: Box(b.x - 130.0, b.y + 120.0, b.w, b.h) for c, b in moved.items()})
    full = Router(layout.boxes, layout.router.edges, lane_count=layout.router.lane_count,
                  bottom=layout.router.bottom).route_all()
    worse = [p for p in _problems(layout.boxes, layout.routes)
             if p not in _problems(layout.boxes, full)]  # what the full layout avoids
    assert worse == []
