"""Fuzzed values in every column of a `.journey` file (wrong types, NULLs, BLOBs, huge
integers, inf and NaN, deep nesting, invalid UTF-8, oversized text) and damaged tables:
the loader gives a project or one clear ProjectFileError, and `journey-designer validate`
exits 0, 1 or 2 — never 3 or 134, a traceback or a hang (issue 12).

The in-process part runs ~100 examples; the command line runs on a handful, in a child
process under a 2 GB memory limit.
"""

from __future__ import annotations

import json
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from journey_designer.domain import ProjectFileError
from journey_designer.domain.validation import validate
from journey_designer.io.project_file.samples import sample_paths
from journey_designer.io.project_file.schema import TABLES
from journey_designer.io.project_file.sqlite_store import load_project

MEMORY_LIMIT = 2 * 1024**3
COLUMNS = [(table, column) for table, spec in TABLES.items() for column in spec.columns]
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=8)

# A value as an SQL expression and its parameters.
Value = tuple[str, tuple]
VALUES: st.SearchStrategy[Value] = st.one_of(
    st.sampled_from([
        ("NULL", ()), ("x'00ff'", ()), ("zeroblob(100)", ()), ("9e999", ()), ("-9e999", ()),
        ("CAST(x'eda080' AS TEXT)", ()), ("CAST(x'c328' AS TEXT)", ()),
        ("99999999999999999999", ()), ("-99999999999999999999999999999999", ()),
        ("'99999999999999999999'", ()), ("'NaN'", ()), ("'inf'", ()), ("''", ()),
        ("'[\"\\ud800\"]'", ()), ("'[\"\\udfff\", \"ok\"]'", ()),
        ("printf('%.*c', 4000001, 'x')", ()), ("printf('%.*c', 100000, 'x')", ()),
        ("'[' || printf('%.*c', 100000, ' ') || ']'", ()),
    ]),
    st.integers(min_value=-(2**63), max_value=2**63 - 1).map(lambda i: ("?", (i,))),
    st.integers(min_value=2**63, max_value=10**40).map(lambda i: (str(i), ())),
    st.floats(allow_nan=True, allow_infinity=True).map(lambda f: ("?", (f,))),
    st.text(max_size=30).map(lambda s: ("?", (s,))),
    st.binary(max_size=30).map(lambda b: ("?", (b,))),
    st.integers(min_value=1, max_value=100_000).map(
        lambda depth: ("?", ("[" * depth + "]" * depth,))),
    JSON_VALUES.map(lambda v: ("?", (json.dumps(v),))),
)

# Changes to the tables themselves.
STRUCTURE: st.SearchStrategy[list[str]] = st.sampled_from([
    ["DROP TABLE risks"],
    ["ALTER TABLE kpis DROP COLUMN unit"],
    ["ALTER TABLE stages RENAME COLUMN name TO title"],
    ["DROP TABLE phases", "CREATE VIEW phases AS SELECT 0 AS position, 'p' AS name, "
     "NULL AS start, NULL AS [end], '[]' AS tasks, '' AS owner"],
    ["UPDATE meta SET value = '1' WHERE key = 'schema_version'", "DROP TABLE kpis",
     "CREATE VIEW kpis AS WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n "
     "LIMIT 100000000) SELECT i AS position, 'k' AS name, NULL AS baseline, NULL AS target, "
     "'' AS unit FROM n"],
    ["ALTER TABLE risks ADD COLUMN extra TEXT GENERATED ALWAYS AS "
     "(printf('%.*c', 900000000, 'x')) VIRTUAL"],
    ["DELETE FROM project"],
    ["DELETE FROM meta WHERE key = 'application'"],
    ["PRAGMA journal_mode = WAL"],
    ["INSERT INTO project SELECT id + 1, name, locale, care_silence_limit, "
     "fatigue_window_days FROM project"],
])


def craft(base: Path, folder: Path, changes: list[tuple[str, tuple]]) -> Path:
    """A copy of `base` with `changes` applied (a change SQLite refuses is left out)."""
    path = folder / "fuzz.journey"
    shutil.copyfile(base, path)
    conn = sqlite3.connect(path)
    for sql, params in changes:
        try:
            conn.execute(sql, params)
            conn.commit()
        except (sqlite3.IntegrityError, sqlite3.OperationalError, sqlite3.DataError):
            conn.rollback()
    conn.close()
    return path


def cell_change(target: tuple[str, str], value: Value, row: int | None) -> tuple[str, tuple]:
    table, column = target
    sql, params = value
    where = f" WHERE rowid = {row}" if row is not None else ""
    if table == "meta":
        where = " WHERE key = 'schema_version'" if row is None else f" WHERE rowid = {row}"
    return f"UPDATE [{table}] SET [{column}] = {sql}{where}", params


CHANGES = st.lists(
    st.one_of(
        st.builds(cell_change, st.sampled_from(COLUMNS), VALUES,
                  st.sampled_from([None, 1, 2, 3])).map(lambda c: [c]),
        STRUCTURE.map(lambda sqls: [(sql, ()) for sql in sqls]),
    ),
    min_size=1, max_size=3,
).map(lambda groups: [change for group in groups for change in group])


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    return sample_paths()["credit_card_care"]


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(changes=CHANGES)
def test_the_loader_gives_a_project_or_one_clear_error(base: Path, changes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = craft(base, Path(folder), changes)
        before = sorted(p.name for p in Path(folder).iterdir())
        try:
            project = load_project(path)
        except ProjectFileError as exc:
            message = str(exc)
            assert message.startswith(f"{path}: "), message
            assert "\n" not in message and len(message) < 600, message
        else:
            validate(project)  # loads into a project the rest of the program can use
        assert sorted(p.name for p in Path(folder).iterdir()) == before  # nothing added


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


@settings(max_examples=6, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(changes=CHANGES)
@example(changes=[("UPDATE risks SET name = NULL", ())])
@example(changes=[("UPDATE touchpoints SET emotion = 99999999999999999999", ())])
@example(changes=[("UPDATE touchpoints SET pain_points = ?", ("[" * 100_000 + "]" * 100_000,))])
@example(changes=[("UPDATE meta SET value = '0' WHERE key = 'schema_version'", ())])
def test_validate_on_the_command_line_never_crashes(base: Path, changes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = craft(base, Path(folder), changes)
        done = subprocess.run([sys.executable, "-m", "journey_designer", "validate", str(path)],
                              capture_output=True, text=True, timeout=120,
                              preexec_fn=_limit_memory)
        assert done.returncode in (0, 1, 2), (done.returncode, done.stderr)
        assert "Traceback" not in done.stderr and "internal error" not in done.stderr, done.stderr
        if done.returncode == 2:
            assert len(done.stderr.strip().splitlines()) == 1, done.stderr
            assert f"{path}: " in done.stderr
