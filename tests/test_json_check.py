"""Checking a loaded project (`load_json(check=True)`, `validate`): the places of problems —
'journey "Onboarding", touchpoint "Refund form"' — are named in the user's language only
where a problem is found; a valid project of thousands of objects names none (that took 40 %
of validate on a 10,000-touchpoint project), and an invalid one is reported as before."""

from __future__ import annotations

import sys
from pathlib import Path

from journey_designer import messages
from journey_designer.domain.validation import validate
from journey_designer.io.project_file import json_io

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from synthetic import big_project  # noqa: E402


def _counting(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    calls: list[str] = []
    real = messages.translate

    def spy(context: str, text: str) -> str:
        calls.append(text)
        return real(context, text)
    monkeypatch.setattr(messages, "translate", spy)
    return calls


def test_a_valid_project_is_checked_without_naming_places(monkeypatch, tmp_path) -> None:
    project = big_project(400, 1200, 3, 2000)
    path = tmp_path / "big.json"
    json_io.save_json(project, path)
    calls = _counting(monkeypatch)
    assert json_io.load_json(path, check=True) == project
    assert len(calls) < 50, calls[:10]


def test_problems_still_name_their_places(monkeypatch) -> None:
    project = big_project(40, 120, 3, 200)
    journey = project.journeys[0]
    journey.touchpoints[3].emotion = 7
    journey.transitions[5].share = 1.5
    project.actions[9].start, project.actions[9].end = "2026-05-01", "2026-01-01"
    project.actions[11].trigger.date = "soon"
    messages.set_language("zh_CN")
    try:
        places = [p.where for p in validate(project)]
    finally:
        messages.set_language("en")
    assert len(places) == 4 and all("“" in w or '"' in w for w in places), places
    assert journey.touchpoints[3].name in places[0] and project.actions[9].name in places[2]
    assert any(ch > "\u4e00" for ch in "".join(places)), places  # named in the user's language
