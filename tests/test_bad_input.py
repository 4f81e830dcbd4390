"""Bad input gets one clear line naming the file and the problem, exit 2, nothing written."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from journey_designer.cli import main
from journey_designer.domain.templates import blank_project
from journey_designer.io.project_file.json_io import project_to_dict
from journey_designer.io.project_file.schema import SCHEMA_VERSION
from journey_designer.io.project_file.sqlite_store import save_project


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert lines[0].startswith("journey-designer: error: ")
    return lines[0]


@pytest.fixture
def good_json(tmp_path: Path) -> dict:
    project = blank_project(name="Card care")
    journey = project.journeys[0]
    from journey_designer.domain import Touchpoint, Transition

    journey.touchpoints = [
        Touchpoint(id="tp-apply", stage=journey.stages[0].id, name="Apply online"),
        Touchpoint(id="tp-refund", stage=journey.stages[4].id, name="Refund form"),
    ]
    journey.transitions = [Transition("tp-apply", "tp-refund", 0.4)]
    journey.entries = ["tp-apply"]
    journey.exits = ["tp-refund"]
    return project_to_dict(project)


def convert_from(capsys, tmp_path: Path, data: dict) -> tuple[int, str, Path]:
    source = tmp_path / "in.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "out.journey"
    code, _, err = run(capsys, "convert", str(target), "--from-json", str(source))
    return code, err, target


def test_missing_file(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, "validate", str(tmp_path / "nowhere.journey"))
    assert code == 2
    assert "nowhere.journey: no such file" in one_error_line(err)


def test_text_file_renamed_to_journey(capsys, tmp_path: Path) -> None:
    fake = tmp_path / "notes.journey"
    fake.write_text("Stages: awareness, purchase\n", encoding="utf-8")
    code, _, err = run(capsys, "validate", str(fake))
    assert code == 2
    assert "not a Journey Designer project (it is not an SQLite database)" in one_error_line(err)
    assert fake.read_text(encoding="utf-8") == "Stages: awareness, purchase\n"


def test_truncated_journey_file(capsys, tmp_path: Path) -> None:
    whole = tmp_path / "whole.journey"
    project = blank_project()
    project.kpis = []
    project.journeys[0].opportunities = ["x" * 200] * 200  # several pages
    save_project(project, whole)
    cut = tmp_path / "cut.journey"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    before = cut.read_bytes()
    code, _, err = run(capsys, "validate", str(cut))
    assert code == 2
    assert "cut.journey: is truncated" in one_error_line(err)
    assert cut.read_bytes() == before


def test_newer_schema_version_is_refused(capsys, tmp_path: Path) -> None:
    path = tmp_path / "future.journey"
    save_project(blank_project(), path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'",
                     (str(SCHEMA_VERSION + 1),))
        conn.execute("UPDATE meta SET value = '9.0' WHERE key = 'app_version'")
    conn.close()
    before = path.read_bytes()
    code, _, err = run(capsys, "validate", str(path))
    assert code == 2
    line = one_error_line(err)
    assert "written by Journey Designer 9.0" in line
    assert "please update the program" in line
    assert path.read_bytes() == before


def test_sqlite_database_of_another_program(capsys, tmp_path: Path) -> None:
    path = tmp_path / "other.journey"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER, name TEXT)")
    conn.close()
    code, _, err = run(capsys, "validate", str(path))
    assert code == 2
    assert "SQLite database but not a Journey Designer project" in one_error_line(err)


def test_json_with_an_unknown_key(capsys, tmp_path: Path, good_json: dict) -> None:
    good_json["journeys"][0]["touchpoints"][0]["mood"] = "happy"
    code, err, target = convert_from(capsys, tmp_path, good_json)
    assert code == 2
    line = one_error_line(err)
    assert "journeys[0].touchpoints[0]: unknown key 'mood'" in line
    assert not target.exists()


def test_json_transition_to_a_missing_touchpoint(capsys, tmp_path, good_json) -> None:
    good_json["journeys"][0]["transitions"].append(
        {"from": "tp-apply", "to": "tp-gone", "share": 0.1})
    code, err, target = convert_from(capsys, tmp_path, good_json)
    assert code == 2
    line = one_error_line(err)
    assert "transition \"Apply online → tp-gone\"" in line
    assert "to 'tp-gone' is not a touchpoint of this journey" in line
    assert not target.exists()


def test_json_shares_above_one(capsys, tmp_path, good_json) -> None:
    good_json["journeys"][0]["transitions"].append(
        {"from": "tp-apply", "to": "tp-apply", "share": 0.9})
    code, err, target = convert_from(capsys, tmp_path, good_json)
    assert code == 2
    assert ('journey "Customer journey", touchpoint "Apply online": shares leaving it sum '
            'to 1.3, more than 1') in one_error_line(err)
    assert not target.exists()


def test_json_duplicate_id(capsys, tmp_path, good_json) -> None:
    good_json["journeys"][0]["touchpoints"][1]["id"] = "tp-apply"
    code, err, target = convert_from(capsys, tmp_path, good_json)
    assert code == 2
    assert "id 'tp-apply' is used by 2 objects" in one_error_line(err)
    assert not target.exists()


def test_json_that_is_not_json(capsys, tmp_path) -> None:
    source = tmp_path / "in.json"
    source.write_text("{'name': 'single quotes'}", encoding="utf-8")
    code, _, err = run(capsys, "convert", str(tmp_path / "out.journey"), "--from-json",
                       str(source))
    assert code == 2
    assert "in.json: not valid JSON" in one_error_line(err)
    assert not (tmp_path / "out.journey").exists()


def test_json_of_a_newer_format(capsys, tmp_path, good_json) -> None:
    good_json["format"] = "journey-designer/3"
    code, err, _ = convert_from(capsys, tmp_path, good_json)
    assert code == 2
    assert "written by a newer Journey Designer" in one_error_line(err)


def test_json_wrong_type(capsys, tmp_path, good_json) -> None:
    good_json["journeys"][0]["touchpoints"][1]["emotion"] = "very bad"
    code, err, _ = convert_from(capsys, tmp_path, good_json)
    assert code == 2
    assert ('journeys[0].touchpoints[1].emotion: expected a whole number, got "very bad"'
            in one_error_line(err))


def test_a_failed_conversion_leaves_an_existing_target_alone(capsys, tmp_path, good_json):
    target = tmp_path / "out.journey"
    save_project(blank_project(name="Keep me"), target)
    before = target.read_bytes()
    good_json["tiers"][0]["share"] = 7
    source = tmp_path / "in.json"
    source.write_text(json.dumps(good_json), encoding="utf-8")
    code, _, err = run(capsys, "convert", str(target), "--from-json", str(source))
    assert code == 2
    assert 'tier "Gold": share 7 is not between 0 and 1' in one_error_line(err)
    assert target.read_bytes() == before


def test_many_problems_are_all_listed_by_validate(capsys, tmp_path, good_json) -> None:
    good_json["journeys"][0]["touchpoints"][0]["emotion"] = 5
    good_json["journeys"][0]["entries"] = ["tp-nowhere"]
    good_json["tiers"][1]["care_level"] = "vip"
    source = tmp_path / "in.json"
    source.write_text(json.dumps(good_json), encoding="utf-8")
    code, out, _ = run(capsys, "validate", str(source))
    assert code == 1
    assert "3 problem(s)" in out
    assert 'touchpoint "Apply online": emotion 5 is not a whole number from -3 to 3' in out
    assert "entry 'tp-nowhere' is not a touchpoint of this journey" in out
    assert "care level 'vip' is not one of" in out
