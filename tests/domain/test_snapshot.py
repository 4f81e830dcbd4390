"""The snapshot the analysis worker reads: equal to the project, sharing nothing the
editor could change under it."""

from __future__ import annotations

import dataclasses

from journey_designer.domain.snapshot import snapshot
from journey_designer.io.project_file.samples import sample_paths
from journey_designer.io.project_file.sqlite_store import load_project


def _mutable_ids(value: object, found: set[int]) -> set[int]:
    if isinstance(value, list):
        found.add(id(value))
        for item in value:
            _mutable_ids(item, found)
    elif dataclasses.is_dataclass(value) and not value.__dataclass_params__.frozen:  # type: ignore[union-attr]
        found.add(id(value))  # frozen values (a service level) may be shared: they cannot change
        for f in dataclasses.fields(value):
            _mutable_ids(getattr(value, f.name), found)
    return found


def test_a_snapshot_of_every_sample_is_equal_and_shares_no_list_or_object() -> None:
    for path in sample_paths().values():
        project = load_project(path)
        copy = snapshot(project)
        assert copy == project
        assert not _mutable_ids(copy, set()) & _mutable_ids(project, set())


def test_editing_the_project_leaves_the_snapshot_as_it_was() -> None:
    project = load_project(next(iter(sample_paths().values())))
    copy = snapshot(project)
    before = snapshot(copy)
    journey = project.journeys[0]
    journey.touchpoints[0].name = "changed"
    journey.touchpoints[0].channels.append("x")
    journey.transitions.pop()
    project.actions[0].trigger.days = 99
    project.actions[0].tiers.clear()
    assert copy == before
