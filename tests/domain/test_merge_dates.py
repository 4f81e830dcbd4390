"""Dates set on both sides of a merge never make a phase or an action end before it
starts: theirs' date gives way and the spot is a conflict (merge_support._dates)."""

from __future__ import annotations

from journey_designer.domain.merge import merge_projects
from tests.test_merge import action, assert_valid, versions


def test_a_phase_moved_on_both_sides_keeps_ours_where_it_would_end_before_it_starts() -> None:
    base, ours, theirs = versions()
    ours.phases[0].start = "2026-03-01"
    theirs.phases[0].end = "2026-02-01"
    result = merge_projects(base, ours, theirs)
    assert_valid(result.project)
    assert (result.project.phases[0].start, result.project.phases[0].end) == ("2026-03-01", "2026-03-31")
    assert [(c.kind, c.id, c.field) for c in result.conflicts] == [("phase", "Pilot", "end")]
    assert "before it starts" in result.conflicts[0].problem


def test_dates_that_stay_in_order_merge_without_conflict() -> None:
    base, ours, theirs = versions()
    ours.phases[0].start = "2026-02-01"
    theirs.phases[0].end = "2026-04-30"
    action(ours, "act-1").start = "2026-01-15"
    result = merge_projects(base, ours, theirs)
    assert result.conflicts == ()
    assert (result.project.phases[0].start, result.project.phases[0].end) == ("2026-02-01", "2026-04-30")
