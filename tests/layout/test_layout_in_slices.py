"""The layout made in slices (the canvas builds a big map between event-loop turns)
is the layout made at once: the same routes, to the point."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from journey_designer.io.project_file.samples import sample_paths
from journey_designer.io.project_file.sqlite_store import load_project
from journey_designer.layout.engine import layout_journey, layout_steps

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from synthetic import big_project  # noqa: E402


def _journeys():
    for name, path in sample_paths().items():
        for journey in load_project(path).journeys:
            yield pytest.param(journey, id=f"{name}-{journey.id}")
    yield pytest.param(big_project(touchpoints=400, transitions=1000, tiers=3, actions=10,
                                   stages=6).journeys[0], id="synthetic-400")


@pytest.mark.parametrize("journey", list(_journeys()))
def test_sliced_layout_routes_like_the_whole_one(journey) -> None:
    whole = layout_journey(journey, labels=False)
    steps = layout_steps(journey, labels=False, chunk=7)
    yields = 0
    while True:
        try:
            next(steps)
            yields += 1
        except StopIteration as done:
            sliced = done.value
            break
    assert yields > len(journey.transitions) // 7  # it did pause, also inside the passes
    assert {k: r.points for k, r in sliced.router.routes.items()} == \
        {k: r.points for k, r in whole.router.routes.items()}
