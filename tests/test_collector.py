"""Work that makes a big project runs without the cyclic garbage collector, and what it
made is frozen afterwards (collector.kept_without_collection)."""

from __future__ import annotations

import gc

import pytest

from journey_designer.collector import kept_without_collection


def test_work_runs_with_the_collector_paused_and_what_it_made_is_frozen() -> None:
    seen: list[bool] = []

    def work() -> list[dict]:
        seen.append(gc.isenabled())
        return [{"n": [i]} for i in range(1000)]
    frozen_before = gc.get_freeze_count()
    made = kept_without_collection(work)
    assert seen == [False] and gc.isenabled()
    assert gc.get_freeze_count() >= frozen_before + 1000
    assert not any(obj is made for obj in gc.get_objects())  # passes skip it now
    # (Not unfrozen again: that hands every object the test session froze before, old
    # windows among them, back to the collector, which then deletes Qt widgets at
    # whatever moment it runs: it crashed a later test inside QApplication.allWidgets().)


def test_the_collector_is_back_on_when_the_work_fails() -> None:
    def work() -> None:
        raise ValueError("broken workbook")
    with pytest.raises(ValueError):
        kept_without_collection(work)
    assert gc.isenabled()
