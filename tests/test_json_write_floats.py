"""The fast JSON writer (orjson) writes every number as `json` does, byte for byte: the
floats it writes itself (1e-4 <= |x| < 1e16, not whole) as well as those it leaves to
Python's repr (1e-05, 1.5e-300, ...)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journey_designer.domain import Project, Tier, Touchpoint
from journey_designer.io.project_file.json_io import dumps, project_to_dict
from tests.test_merge import plan

pytest.importorskip("orjson")

FLOATS = st.one_of(st.floats(allow_nan=False, allow_infinity=False),
                   st.floats(min_value=1e-6, max_value=1e-3),
                   st.floats(min_value=-1e-3, max_value=-1e-6),
                   st.sampled_from([1e-4, -1e-4, 0.0001000001, 9.99999999999e-05, 0.1, 2.5,
                                    4503599627370495.5]))


def _with(values: list[float]) -> Project:
    project = plan()
    touchpoints = project.journeys[0].touchpoints
    for i, value in enumerate(values):
        touchpoints.append(Touchpoint(f"tp-x{i}", "st-1", "Extra", x=value, y=-value, day=value))
    project.tiers.append(Tier("tier-x", "Extra", values[0] if values else 0.5))
    return project


@settings(max_examples=150, deadline=None)
@given(st.lists(FLOATS, max_size=20))
def test_numbers_are_written_as_json_writes_them(values: list[float]) -> None:
    project = _with(values)
    assert dumps(project) == json.dumps(project_to_dict(project), ensure_ascii=False, indent=2) + "\n"
