"""The fast JSON writer (json_write.py, used with orjson) writes what json.dumps writes,
also for values a field does not usually hold: a file saved by either is the same file."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from journey_designer.domain import Project, ProjectFileError, Transition, Trigger
from journey_designer.io.project_file import json_io
from journey_designer.io.project_file.sqlite_store import load_project

SAMPLE = Path(__file__).resolve().parents[2] / "journey_designer" / "samples" / "credit_card_care.journey"


def _reference(project: Project) -> str:
    return json.dumps(json_io.project_to_dict(project), ensure_ascii=False, indent=2) + "\n"


class Renamed(Transition):
    """A subclass of a model class is written like it (with its renamed keys)."""

    __slots__ = ()


def _odd(change: str) -> Project:
    project = copy.deepcopy(load_project(SAMPLE))
    journey = journey_ = project.journeys[0]
    tp = journey.touchpoints[0]
    action = project.actions[0]
    if change == "int in a text field":
        tp.name = 7  # type: ignore[assignment]
    elif change == "whole float in a text field":
        tp.name = 7.0  # type: ignore[assignment]
    elif change == "list in a text field":
        tp.name = ["a", 2.0, 0.5]  # type: ignore[assignment]
    elif change == "bool and whole floats in number fields":
        tp.x, tp.y, project.tiers[0].share = True, 3.0, -0.0
    elif change == "big whole float":
        tp.x, tp.y = 2.0**53, -(2.0**53) + 2
    elif change == "floats in a list of texts":
        tp.pain_points = ["a", 1.0, 1.5, None, False]  # type: ignore[list-item]
    elif change == "a trigger with every field empty":
        action.trigger = Trigger("event")
    elif change == "a trigger with whole-number floats":
        action.trigger = Trigger("threshold", metric="nps", value=3.0, days=2.5)
    elif change == "no trigger":
        action.trigger = None  # type: ignore[assignment]
    elif change == "a subclass in a list of objects":
        first = journey_.transitions[0]
        journey.transitions[0] = Renamed(first.source, first.target, first.share)
    elif change == "an object in a text list":
        tp.channels = [Trigger("offset", days=1.0)]  # type: ignore[list-item]
    elif change == "a list of objects in a scalar field":
        tp.name = [Trigger("event", event="x")]  # type: ignore[assignment]
    elif change == "a trigger where a list is":
        journey.transitions = Trigger("event")  # type: ignore[assignment]
    return project


CHANGES = ["int in a text field", "whole float in a text field", "list in a text field",
           "bool and whole floats in number fields", "big whole float", "floats in a list of texts",
           "a trigger with every field empty", "a trigger with whole-number floats", "no trigger",
           "a subclass in a list of objects", "an object in a text list",
           "a list of objects in a scalar field", "a trigger where a list is"]


@pytest.mark.parametrize("change", CHANGES)
def test_the_saved_text_is_what_json_dumps_writes(change: str) -> None:
    project = _odd(change)
    assert json_io.dumps(project) == _reference(project)


@pytest.mark.parametrize("unusual", ["a tuple", "a dict", "a text subclass", "a set"])
def test_a_value_of_a_type_no_model_holds_is_written_by_json(unusual: str) -> None:
    """The fast writer gives up (orjson may not take it); `json` writes or refuses it."""
    project = _odd("")
    tp = project.journeys[0].touchpoints[0]
    value = {"a tuple": ("a", 1.0), "a dict": {"k": 2.0}, "a text subclass": type("S", (str,), {})("s"),
             "a set": {1}}[unusual]
    tp.name = value  # type: ignore[assignment]
    try:
        expected = _reference(project)
    except TypeError:
        with pytest.raises(TypeError):
            json_io.dumps(project)
        return
    assert json_io.dumps(project) == expected


@pytest.mark.parametrize("change", [*CHANGES, "nan", "lone surrogate"])
def test_a_saved_file_holds_exactly_the_text_dumps_gives(change: str, tmp_path) -> None:
    """save_json writes orjson's bytes straight to the file (no text copies of 30 MB):
    the file is still `dumps` as UTF-8, and what no file can store is refused."""
    project = _odd(change if change in CHANGES else "")
    if change == "nan":
        project.tiers[0].value_per_customer = float("nan")
    elif change == "lone surrogate":
        project.name = "lone \ud800"
    path = tmp_path / "saved.json"
    if change == "lone surrogate":
        with pytest.raises(ProjectFileError, match="lone surrogate U\\+D800"):
            json_io.save_json(project, path)
        assert not path.exists()
        return
    json_io.save_json(project, path)
    assert path.read_bytes() == json_io.dumps(project).encode("utf-8")
