"""Hostile values inside a `.journey` file: one line naming the file, the table, the row
and the column, exit 2 — never exit 3, a traceback or gigabytes of memory (issue 12)."""

from __future__ import annotations

import math
import re
import resource
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from journey_designer.cli import main
from journey_designer.domain import ProjectFileError, Risk
from journey_designer.domain.templates import blank_project
from journey_designer.io.project_file.samples import sample_paths
from journey_designer.io.project_file.sqlite_store import load_project, save_project

SAMPLE = "credit_card_care"


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "plan.journey"
    save_project(load_project(sample_paths()[SAMPLE]), path)
    return path


def craft(path: Path, *statements: str | tuple[str, tuple]) -> None:
    conn = sqlite3.connect(path)
    for statement in statements:
        sql, params = statement if isinstance(statement, tuple) else (statement, ())
        conn.execute(sql, params)
    conn.commit()
    conn.close()


def refused(capsys, path: Path, *commands: list[str]) -> str:
    """Every command exits 2 with one line; returns the validate line."""
    lines = []
    for command in commands or (["validate", str(path)],):
        code = main(command)
        err = capsys.readouterr().err
        assert code == 2, err
        assert "Traceback" not in err and "internal error" not in err, err
        assert len(err.strip().splitlines()) == 1, err
        assert f"{path}: " in err
        lines.append(err.strip())
    return lines[0]


MEMORY_LIMIT = 2 * 1024**3


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def refused_in_a_child(path: Path) -> str:
    """`validate` in a child process under a 2 GB memory limit (a bomb cannot hurt the
    machine running the tests); its one error line."""
    done = subprocess.run([sys.executable, "-m", "journey_designer", "validate", str(path)],
                          capture_output=True, text=True, timeout=120,
                          preexec_fn=_limit_memory)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and "internal error" not in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert f"{path}: " in done.stderr
    return done.stderr.strip()


CELLS = [
    # (what, SQL on the good file, table, column, words of the reason)
    ("a BLOB for a name", "UPDATE touchpoints SET name = x'00ff' WHERE rowid = 2",
     "touchpoints", "name", "binary data where text is expected"),
    ("NULL for a name", "UPDATE stages SET name = NULL WHERE rowid = 1",
     "stages", "name", "no value where text is expected"),
    ("NULL for an id", "UPDATE actions SET id = NULL WHERE rowid = 3",
     "actions", "id", "no value where text is expected"),
    ("text for an emotion", "UPDATE touchpoints SET emotion = 'very happy' WHERE rowid = 1",
     "touchpoints", "emotion", "text where a whole number is expected"),
    ("a real for an emotion", "UPDATE touchpoints SET emotion = 1.5 WHERE rowid = 1",
     "touchpoints", "emotion", "a real number where a whole number is expected"),
    ("a 20-digit integer", "UPDATE actions SET sla_minutes = 99999999999999999999",
     "actions", "sla_minutes", "where a whole number is expected"),
    ("a 30-digit integer as text",
     "UPDATE project SET care_silence_limit = '999999999999999999999999999999'",
     "project", "care_silence_limit", "where a whole number is expected"),
    ("text for a position", "UPDATE tiers SET position = 'first'",
     "tiers", "position", "text where a whole number is expected"),
    ("an infinite x", "UPDATE touchpoints SET x = 9e999 WHERE rowid = 4",
     "touchpoints", "x", "an infinite number"),
    ("a -inf share", "UPDATE transitions SET share = -9e999 WHERE rowid = 2",
     "transitions", "share", "an infinite number"),
    ("NULL for a share (NaN is stored as NULL)", "UPDATE tiers SET share = NULL",
     "tiers", "share", "no value where a number is expected"),
    ("NaN as text for a share", "UPDATE transitions SET share = 'NaN'",
     "transitions", "share", "text where a number is expected"),
    ("a BLOB in a list column", "UPDATE journeys SET entries = x'5b5d'",
     "journeys", "entries", "binary data where text is expected"),
    ("a bool as text", "UPDATE touchpoints SET moment_of_truth = 'yes'",
     "touchpoints", "moment_of_truth", "text where a whole number is expected"),
    ("a 5 MB note", ("UPDATE risks SET mitigation = ? WHERE rowid = 2", ("m" * 5_000_000,)),
     "risks", "mitigation", "text of 5,000,000 bytes"),
]


@pytest.mark.parametrize("sql,table,column,reason", [c[1:] for c in CELLS],
                         ids=[c[0] for c in CELLS])
def test_a_wrong_value_in_a_cell(capsys, good: Path, sql, table, column, reason) -> None:
    craft(good, sql)
    before = good.read_bytes()
    line = refused(capsys, good, ["validate", str(good)], ["analyze", str(good)],
                   ["convert", str(good), "--json", str(good.with_suffix(".json"))])
    assert f"table {table}, row " in line and f"column {column}" in line, line
    assert reason in line, line
    assert good.read_bytes() == before
    assert not good.with_suffix(".json").exists()
    with pytest.raises(ProjectFileError):
        load_project(good)


def test_a_list_column_nested_100000_deep(capsys, good: Path) -> None:
    craft(good, ("UPDATE touchpoints SET pain_points = ? WHERE rowid = 3",
                 ("[" * 100_000 + "]" * 100_000,)))
    line = refused(capsys, good)
    assert "table touchpoints, row 3, column pain_points" in line
    assert len(line) < 400


def test_a_list_column_with_a_lone_surrogate(capsys, good: Path) -> None:
    craft(good, "UPDATE touchpoints SET channels = '[\"\\ud800\"]' WHERE rowid = 5")
    line = refused(capsys, good)
    assert "table touchpoints, row 5, column channels" in line
    assert "lone surrogate" in line


def test_text_that_is_not_utf8_names_its_cell(capsys, good: Path) -> None:
    # a lone surrogate encoded the way some tools do (CESU-8), cast to text
    craft(good, "UPDATE risks SET owner = CAST(x'eda080' AS TEXT) WHERE rowid = 1")
    line = refused(capsys, good)
    assert "table risks, row 1, column owner" in line


@pytest.mark.parametrize("value", ["0", "-1", "two", "", None, b"2", 2.5, "9" * 5000])
def test_a_bad_schema_version(capsys, good: Path, value) -> None:
    craft(good, ("UPDATE meta SET value = ? WHERE key = 'schema_version'", (value,)))
    line = refused(capsys, good)
    assert "schema_version" in line


def test_a_generated_column_of_gigabytes(capsys, good: Path) -> None:
    """A file of a few KB whose `name` column computes 800 MB of text for every row."""
    craft(good,
          "ALTER TABLE stages RENAME TO stages_old",
          "CREATE TABLE stages (id TEXT PRIMARY KEY, journey TEXT, position INTEGER, "
          "name TEXT GENERATED ALWAYS AS (hex(zeroblob(400000000))) VIRTUAL)",
          "INSERT INTO stages (id, journey, position) SELECT id, journey, position "
          "FROM stages_old",
          "DROP TABLE stages_old")
    line = refused_in_a_child(good)
    assert "table stages" in line and "column name" in line


def test_a_view_in_place_of_a_table_in_an_older_file(capsys, good: Path) -> None:
    """Schema 1 files are migrated; a view of 10^9 rows must not be read into memory."""
    craft(good,
          "UPDATE meta SET value = '1' WHERE key = 'schema_version'",
          "DROP TABLE risks",
          "CREATE VIEW risks AS WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 "
          "FROM n LIMIT 1000000000) SELECT i AS position, 'r' AS name, '' AS kind, "
          "'' AS mitigation, '' AS owner FROM n")
    line = refused_in_a_child(good)
    assert "risks" in line


def test_a_default_value_repeated_over_many_rows(capsys, tmp_path: Path) -> None:
    """Short rows take a column's DEFAULT: a 900 KB default over 5,000 rows is 4.5 GB."""
    path = tmp_path / "plan.journey"
    save_project(blank_project(), path)
    big = "d" * 900_000
    craft(path,
          "DROP TABLE risks",
          "CREATE TABLE risks (position INTEGER PRIMARY KEY, name TEXT)",
          ("INSERT INTO risks (position, name) "
           "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n LIMIT 5000) "
           "SELECT i, 'r' FROM n", ()),
          f"ALTER TABLE risks ADD COLUMN kind TEXT DEFAULT '{big}'",
          "ALTER TABLE risks ADD COLUMN mitigation TEXT DEFAULT ''",
          "ALTER TABLE risks ADD COLUMN owner TEXT DEFAULT ''")
    line = refused_in_a_child(path)
    assert "risks" in line


def test_a_missing_column(capsys, good: Path) -> None:
    craft(good, "ALTER TABLE kpis DROP COLUMN unit")
    line = refused(capsys, good)
    assert "table kpis" in line and "unit" in line


def test_good_files_still_open(good: Path) -> None:
    for path in [*sample_paths().values(), good]:
        project = load_project(path)
        assert project.journeys
        assert all(math.isfinite(t.share) for t in project.tiers)


def test_messages_name_the_place_the_sqlite3_tool_finds(capsys, good: Path) -> None:
    craft(good, "UPDATE actions SET cost = 'free' WHERE id = 'act-apply-chat'")
    line = refused(capsys, good)
    row = int(re.search(r"row (\d+)", line).group(1))
    conn = sqlite3.connect(good)
    assert conn.execute("SELECT cost FROM actions WHERE rowid = ?", (row,)).fetchone() == ("free",)
    conn.close()


# ---------------------------------------------------------------- saving


def _with_bad_values() -> list[tuple[str, object, str]]:
    """(what, project, words of the message): values no file may hold."""
    cases = []
    project = blank_project()
    project.name = "Plan \ud800"
    cases.append(("a lone surrogate in the name", project, "column name: text with a lone surrogate"))
    project = blank_project()
    project.channels[0].capacity_per_day = 10**30
    cases.append(("a 31-digit capacity", project, "beyond 64 bits"))
    project = blank_project()
    project.tiers[1].share = math.inf
    cases.append(("an infinite share", project, "an infinite number"))
    project = blank_project()
    project.tiers[0].share = math.nan
    cases.append(("a NaN share", project, "share"))
    project = blank_project()
    project.journeys[0].opportunities = ["ok", "bad \udfff"]
    cases.append(("a lone surrogate in a list", project, "lone surrogate"))
    project = blank_project()
    project.kpis = []
    project.journeys[0].stages[2].name = "s" * 4_500_000
    cases.append(("a 4.5 MB stage name", project, "text of 4,500,000 bytes"))
    project = blank_project()
    project.risks = [Risk(name="r" * 3_000_000, mitigation="m" * 3_000_000)]
    cases.append(("a 6 MB row", project, "together take more than 4,000,000 bytes"))
    return cases


@pytest.mark.parametrize("project,words", [c[1:] for c in _with_bad_values()],
                         ids=[c[0] for c in _with_bad_values()])
def test_saving_a_value_no_file_can_hold_is_a_clear_error(tmp_path: Path, project, words) -> None:
    path = tmp_path / "plan.journey"
    save_project(blank_project(name="Kept"), path)
    before = path.read_bytes()
    with pytest.raises(ProjectFileError) as caught:
        save_project(project, path)
    message = str(caught.value)
    assert message.startswith(f"{path}: could not be written"), message
    assert words in message and "table " in message, message
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.journey"]


def test_what_is_saved_always_opens_again(tmp_path: Path) -> None:
    path = tmp_path / "plan.journey"
    project = blank_project(name="Edge 😀 " + "名" * 10)
    project.channels[0].capacity_per_day = 2**63 - 1
    project.journeys[0].stages[0].name = "名" * 1_000_000  # 3 MB of UTF-8
    project.journeys[0].opportunities = ["emoji 😀", ""]
    save_project(project, path)
    assert load_project(path) == project
