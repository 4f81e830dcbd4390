"""Fuzzed input to the loaders ends in a clear error or a valid project: never a crash,
a hang, or a traceback on the command line (issue 8)."""

from __future__ import annotations

import json
import sqlite3

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import projects

from journey_designer.cli import main
from journey_designer.domain import JourneyError
from journey_designer.domain.templates import blank_project
from journey_designer.io.project_file.json_io import dumps, loads, project_to_dict
from journey_designer.io.project_file.sqlite_store import load_project, save_project

FUZZ = settings(max_examples=80, deadline=2000,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20)


@FUZZ
@given(data=st.binary(max_size=4096))
def test_random_bytes_as_a_project_file(tmp_path, data: bytes) -> None:
    path = tmp_path / "fuzz.journey"
    path.write_bytes(b"SQLite format 3\x00" + data if data[:1] == b"\x00" else data)
    try:
        load_project(path)
    except JourneyError:
        pass


@FUZZ
@given(cut=st.integers(min_value=1, max_value=60000), flip=st.integers(0, 255))
def test_damaged_real_project_files(tmp_path, cut: int, flip: int) -> None:
    whole = tmp_path / "whole.journey"
    if not whole.exists():
        project = blank_project()
        project.journeys[0].opportunities = ["x" * 300] * 150
        save_project(project, whole)
    raw = bytearray(whole.read_bytes())
    position = cut % len(raw)
    raw[position] ^= flip or 1
    damaged = tmp_path / "damaged.journey"
    damaged.write_bytes(bytes(raw))
    try:
        load_project(damaged)
    except JourneyError:
        pass


@FUZZ
@given(value=JSON_VALUES)
def test_any_json_value_as_a_project(value) -> None:
    try:
        loads(json.dumps(value))
    except JourneyError:
        pass


@FUZZ
@given(project=projects(), path=st.lists(st.sampled_from(
    ["journeys", "touchpoints", "actions", "tiers", 0, "emotion", "share", "trigger", "name"]),
    min_size=1, max_size=4), replacement=JSON_VALUES)
def test_wrong_types_inside_a_valid_project(project, path, replacement) -> None:
    data = project_to_dict(project)
    node = data
    for key in path[:-1]:
        if isinstance(node, dict) and isinstance(key, str) and key in node:
            node = node[key]
        elif isinstance(node, list) and isinstance(key, int) and node:
            node = node[0]
    last = path[-1]
    if isinstance(node, dict) and isinstance(last, str):
        node[last] = replacement
    try:
        loads(json.dumps(data))
    except JourneyError:
        pass


def test_deep_nesting_and_huge_strings_are_refused_quickly() -> None:
    deep = "[" * 100_000 + "]" * 100_000
    for text in (deep, json.dumps({"name": "x" * 5_000_000, "extra": 1})):
        try:
            loads(text)
        except JourneyError as exc:
            assert len(str(exc)) < 400  # a message, not the input echoed back


def test_sqlite_database_with_wrong_column_types(tmp_path, capsys) -> None:
    path = tmp_path / "odd.journey"
    project = blank_project()
    save_project(project, path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE journeys SET entries = '{not json'")
    conn.close()
    assert main(["validate", str(path)]) == 2
    err = capsys.readouterr().err
    assert "odd.journey: is damaged: table journeys, row 1, column entries" in err
    assert "Traceback" not in err


def test_round_trip_still_holds_after_fuzzing() -> None:
    project = blank_project()
    assert loads(dumps(project)) == project
