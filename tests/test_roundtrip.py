"""A project survives .journey and JSON round trips unchanged."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from strategies import projects

from journey_designer.domain import Project
from journey_designer.domain.validation import validate
from journey_designer.io.project_file.json_io import dumps, loads, project_to_dict
from journey_designer.io.project_file.sqlite_store import load_project, save_project

ROUND_TRIP_SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@ROUND_TRIP_SETTINGS
@given(projects())
def test_generated_projects_are_valid(project: Project) -> None:
    assert validate(project) == []


@ROUND_TRIP_SETTINGS
@given(project=projects())
def test_journey_file_round_trip(project: Project, tmp_path) -> None:
    path = tmp_path / "plan.journey"
    save_project(project, path)
    assert load_project(path) == project


@ROUND_TRIP_SETTINGS
@given(projects())
def test_json_round_trip(project: Project) -> None:
    text = dumps(project)
    assert loads(text) == project
    assert dumps(loads(text)) == text


@ROUND_TRIP_SETTINGS
@given(project=projects())
def test_journey_then_json_gives_the_same_json(project: Project, tmp_path) -> None:
    path = tmp_path / "plan.journey"
    save_project(project, path)
    assert dumps(load_project(path)) == dumps(project)


def test_json_keys_follow_the_documented_shape(tmp_path) -> None:
    from journey_designer.domain.templates import blank_project

    project = blank_project()
    data = project_to_dict(project)
    assert list(data) == ["format", "name", "locale", "budget_per_month", "settings", "tiers",
                          "channels", "journeys", "actions", "kpis", "phases", "risks"]
    assert data["format"] == "journey-designer/2"
    assert list(data["settings"]) == ["care_silence_limit", "fatigue_window_days",
                                      "fatigue_tolerance", "care_silence_days"]
    assert list(data["channels"][0])[-5:] == ["context_group", "hours_per_day",
                                              "handling_minutes", "agents", "service_level"]
    journey = data["journeys"][0]
    assert list(journey) == ["id", "name", "monthly_entries", "stages", "touchpoints",
                             "transitions", "entries", "exits", "opportunities", "peaks"]
    assert json.loads(dumps(project)) == data


def test_saving_twice_over_the_same_file_keeps_the_latest(tmp_path) -> None:
    from journey_designer.domain.templates import blank_project

    path = tmp_path / "plan.journey"
    project = blank_project(name="First")
    save_project(project, path)
    project.name = "Second"
    save_project(project, path)
    assert load_project(path).name == "Second"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.journey"]
