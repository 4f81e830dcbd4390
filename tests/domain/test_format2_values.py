"""Format 2 of a project: the new keys' defaults and validation, and a format 1 JSON file
read and upgraded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from journey_designer.domain import Channel, Peak, Project, ServiceLevel, Settings, Trigger
from journey_designer.domain.validation import validate
from journey_designer.io.project_file.json_io import dumps, load_json, loads
from journey_designer.io.project_file.samples import SAMPLES_DIR


def messages(project: Project) -> list[str]:
    return [f"{p.where}: {p.message}" for p in validate(project)]


def sample() -> Project:
    return load_json(SAMPLES_DIR / "credit_card_care.json")


def test_defaults_of_the_new_keys() -> None:
    project = Project(name="Plan")
    assert (project.budget_per_month, project.settings.fatigue_tolerance,
            project.settings.care_silence_days) == (None, 0.05, None)
    channel = Channel(id="c", name="Hotline")
    assert (channel.context_group, channel.hours_per_day, channel.handling_minutes,
            channel.agents, channel.service_level) == (None, None, None, None, None)
    assert ServiceLevel() == ServiceLevel(0.8, 20)
    assert Trigger("threshold").direction is None  # read as "at least"


def test_every_new_value_checked_with_its_place() -> None:
    project = sample()
    project.budget_per_month = -1
    project.settings = Settings(fatigue_tolerance=1.0, care_silence_days=0)
    hotline = project.channels[0]
    hotline.context_group, hotline.hours_per_day, hotline.handling_minutes = "  ", 25, 0
    hotline.agents, hotline.service_level = -2, ServiceLevel(1.0, -5)
    journey = project.journeys[0]
    journey.peaks = [Peak("Double 11", "11-31", 0, 0), Peak("", "1111", 3, 2)]
    project.actions[0].trigger = Trigger("event", event="x", direction="at_most")
    project.actions[1].trigger = Trigger("threshold", metric="rating", value=2, direction="below")
    channel = f'channel "{hotline.name}"'
    where = f'journey "{journey.name}"'
    assert messages(project) == [
        "project: the monthly budget must be a number ≥ 0",
        "settings: fatigue_tolerance 1.0 is not a share from 0 up to (not including) 1",
        "settings: care_silence_days must be a whole number of at least 1 (or unset)",
        f"{channel}: the context group is empty (leave it unset instead)",
        f"{channel}: hours per day 25 is not more than 0 and at most 24",
        f"{channel}: handling minutes must be a number > 0",
        f"{channel}: agents must be a whole number ≥ 0",
        f"{channel}: service level share 1.0 is not between 0 and 1 (exclusive)",
        f"{channel}: service level seconds must be a number ≥ 0",
        f"{where}, peak \"Double 11\": start '11-31' is not a day of the year of the form MM-DD",
        f"{where}, peak \"Double 11\": days 0 is not a whole number from 1 to 366",
        f"{where}, peak \"Double 11\": factor 0 must be a number > 0",
        f"{where}, peak \"\": the peak has no name",
        f"{where}, peak \"\": start '1111' is not a day of the year of the form MM-DD",
        f'action "{project.actions[0].name}": only a threshold trigger has a direction',
        f'action "{project.actions[1].name}": trigger direction \'below\' is not one of '
        "('at_least', 'at_most')",
    ]


def test_good_new_values_pass() -> None:
    project = sample()
    project.budget_per_month = 250_000
    project.settings.care_silence_days = 45
    project.channels[0].service_level = ServiceLevel(0.8, 20)
    project.journeys[0].peaks = [Peak("Leap day", "02-29", 1, 1.5)]
    project.actions[0].trigger = Trigger("threshold", metric="rating", value=2,
                                         direction="at_most")
    project.actions[1].purpose = "care"
    assert messages(project) == []


def test_a_format_1_file_is_read_and_upgraded(tmp_path: Path) -> None:
    data = json.loads(dumps(sample()))
    del data["budget_per_month"]
    for key in ("fatigue_tolerance", "care_silence_days"):
        del data["settings"][key]
    for channel in data["channels"]:
        for key in ("context_group", "hours_per_day", "handling_minutes", "agents",
                    "service_level"):
            del channel[key]
    for journey in data["journeys"]:
        del journey["peaks"]
    data["format"] = "journey-designer/1"
    old = tmp_path / "old.json"
    old.write_text(json.dumps(data), encoding="utf-8")
    project = load_json(old)
    assert project.settings.fatigue_tolerance == 0.05 and project.journeys[0].peaks == []
    upgraded = json.loads(dumps(project))
    assert upgraded["format"] == "journey-designer/2"
    assert upgraded["budget_per_month"] is None and upgraded["journeys"][0]["peaks"] == []
    assert loads(dumps(project)) == project


def test_a_newer_format_is_refused() -> None:
    with pytest.raises(Exception, match="journey-designer/3.*newer"):
        loads(json.dumps({"format": "journey-designer/3", "name": "x"}))
