"""The layout engine: routing, labels and a drag step on a 2,000-card / 5,000-arrow map,
and the quality of what it draws next to the curves drawn before it.

    .venv/bin/python benchmarks/bench_layout.py

Targets (issue 15): populate of the whole editor < 0.6 s (the engine's share of it is the
routing, labels can follow the first paint), re-routing a 50-card drag step in a few ms.
Quality: arrows through a card not their end, share labels overlapping each other or a
card; "before" is the smooth curve both the canvas (ui/canvas/items/arrow.py `_route`)
and the old pictures drew, with its label at the curve's middle.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from record import record, timed  # noqa: E402
from synthetic import big_project  # noqa: E402

from journey_designer.io.project_file.sqlite_store import load_project  # noqa: E402
from journey_designer.layout.engine import layout_journey  # noqa: E402
from journey_designer.layout.geometry import Box  # noqa: E402
from journey_designer.layout.labels import place_labels  # noqa: E402
from journey_designer.layout.lanes import CARD_HEIGHT, CARD_WIDTH  # noqa: E402
from journey_designer.layout.quality import (  # noqa: E402
    card_crossings,
    labels_on_cards,
    overlapping_pairs,
)
from journey_designer.layout.routing import Router  # noqa: E402

SAMPLES = Path(__file__).resolve().parent.parent / "journey_designer" / "samples"
W, H = CARD_WIDTH, CARD_HEIGHT


def curve_before(s: Box, t: Box) -> list[tuple[float, float]]:
    """The smooth curve drawn before the engine, sampled as a polyline."""
    sx, sy, tx, ty = s.x, s.y, t.x, t.y
    if s == t:
        a, b = sx + W * 0.65, sx + W * 0.35
        ctrl = [(a, sy), (a + 30, sy - 60), (b - 30, sy - 60), (b, sy)]
    elif tx >= sx + W * 0.5 or tx + W * 0.5 <= sx:
        sign = 1 if tx >= sx + W * 0.5 else -1
        start = (sx + (W if sign > 0 else 0), sy + H / 2)
        end = (tx + (0 if sign > 0 else W), ty + H / 2)
        bend = max(40.0, abs(end[0] - start[0]) * 0.4) * sign
        ctrl = [start, (start[0] + bend, start[1]), (end[0] - bend, end[1]), end]
    else:
        down = ty > sy
        start = (sx + W / 2, sy + (H if down else 0))
        end = (tx + W / 2, ty + (0 if down else H))
        bend = max(20.0, abs(end[1] - start[1]) * 0.4) * (1 if down else -1)
        ctrl = [start, (start[0] + 24, start[1] + bend), (end[0] + 24, end[1] - bend), end]
    (ax, ay), (bx, by), (cx, cy), (dx, dy) = ctrl
    out = []
    for k in range(25):
        u = k / 24
        v = 1 - u
        out.append((v ** 3 * ax + 3 * v * v * u * bx + 3 * v * u * u * cx + u ** 3 * dx,
                    v ** 3 * ay + 3 * v * v * u * by + 3 * v * u * u * cy + u ** 3 * dy))
    return out


def quality(journey, label: str) -> None:
    layout = layout_journey(journey)
    boxes = layout.boxes
    before = {k: curve_before(boxes[k[0]], boxes[k[1]]) for k in layout.routes}
    old_labels = [Box(p[12][0] - 22, p[12][1] - 9, 44, 18) for p in before.values()]
    new_labels = [b for b in layout.labels.values() if b is not None]
    rows = [("before", card_crossings(before.items(), boxes), old_labels),
            ("after", card_crossings(((k, r.points) for k, r in layout.routes.items()), boxes),
             new_labels)]
    for name, crossed, labels in rows:
        arrows = len({k for k, _ in crossed})
        print(f"  {label:<34} {name:<6} arrows through a card {arrows:>5} "
              f"(stretches {len(crossed):>5}), label overlaps {overlapping_pairs(labels):>5}, "
              f"labels on cards {labels_on_cards(labels, boxes.values()):>5}, "
              f"labels shown {len(labels)}/{len(layout.routes)}")


def main() -> None:
    project = big_project(touchpoints=2000, transitions=5000, tiers=5, actions=10, stages=12)
    journey = project.journeys[0]
    size = "2k cards, 5k arrows"
    layout = layout_journey(journey, labels=False)
    boxes, edges = layout.boxes, list(layout.routes)
    route = timed(lambda: Router(boxes, edges, lane_count=12).route_all(), 5)
    print(f"route 5,000 arrows: best {route[0] * 1000:.0f} ms, median {route[1] * 1000:.0f} ms")
    record("layout: route all arrows", size, route[1])
    labels = timed(lambda: place_labels(layout.routes, boxes, layout.header_boxes()), 3)
    print(f"place 5,000 share labels: best {labels[0] * 1000:.0f} ms, median "
          f"{labels[1] * 1000:.0f} ms")
    record("layout: place share labels", size, labels[1])
    whole = timed(lambda: layout_journey(journey), 3)
    print(f"layout_journey (cards, routes, labels, curve): median {whole[1] * 1000:.0f} ms")
    ids = [tp.id for tp in journey.touchpoints[500:550]]
    steps = []
    for k in range(40):
        moved = {i: Box(boxes[i].x, boxes[i].y + (k % 10) * 3.0, W, H) for i in ids}
        start = time.perf_counter()
        layout.move(moved)
        steps.append(time.perf_counter() - start)
    print(f"drag step of 50 cards (re-route their arrows): median "
          f"{statistics.median(steps) * 1000:.2f} ms, worst {max(steps) * 1000:.2f} ms")
    record("layout: 50-card drag step", size, statistics.median(steps), target=0.005)
    settle = timed(layout.settle, 3)
    print(f"drop (settle: all routes and labels again): median {settle[1] * 1000:.0f} ms")
    for count in (1, 50):  # the drop on a big map: only the routes near the moved cards
        drops, kept = [], []
        for k in range(6):
            ids = [tp.id for tp in journey.touchpoints[700 + 60 * k:700 + 60 * k + count]]
            before = dict(layout.routes)
            sign = 1 if k % 2 == 0 else -1
            moved = {i: Box(boxes[i].x + 10 * sign, boxes[i].y + 10 * sign, W, H) for i in ids}
            start = time.process_time()
            layout.update(moved)
            drops.append(time.process_time() - start)
            kept.append(sum(1 for key, r in layout.routes.items() if r is before.get(key)))
        print(f"drop of {count} card(s) (update: only the routes near them): median "
              f"{statistics.median(drops) * 1000:.0f} ms CPU, routes kept "
              f"{min(kept):,}-{max(kept):,} of {len(layout.routes):,}")
        record(f"layout: drop of {count} card(s), incremental", size, statistics.median(drops))
    print("quality:")
    for sample in sorted(SAMPLES.glob("*.journey")):
        for j in load_project(sample).journeys:
            quality(j, f"{sample.stem[:16]}: {j.name[:14]}")
    quality(journey, "synthetic 2,000 cards")


if __name__ == "__main__":
    main()
