"""Hostile JSON projects (issue 12): every bad value is exit 2 with one line naming the
file and the JSON path, through the real `journey-designer` command; memory stays bounded."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from journey_designer.domain import JourneyError
from journey_designer.domain.templates import blank_project
from journey_designer.io.project_file.json_io import (
    MAX_JSON_BYTES,
    MAX_TEXT_CHARS,
    load_json,
    project_to_dict,
)

EXE = Path(sys.executable).with_name("journey-designer")
MEMORY_LIMIT = 1_500 * 1024 * 1024  # the bound for hostile sizes


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def journey_designer(*args: object, stdin: bytes | None = None,
                     timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([str(EXE), *map(str, args)], input=stdin, capture_output=True,
                          timeout=timeout, preexec_fn=_limit_memory)


def one_error_line(result: subprocess.CompletedProcess[bytes]) -> str:
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 2, (result.returncode, err)
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("journey-designer: error: ")
    assert len(lines[0]) < 400  # a message, not the input echoed back
    return lines[0]


def sample_text() -> str:
    """A small valid project as JSON text, with one touchpoint to put bad values into."""
    data = project_to_dict(blank_project(name="Hostile"))
    journey = data["journeys"][0]
    journey["touchpoints"] = [{"id": "tp-a", "stage": journey["stages"][0]["id"], "name": "A"}]
    return json.dumps(data, ensure_ascii=False, indent=1)


def with_value(key_path: str, raw: str) -> str:
    """The sample with the value at `key_path` (e.g. 'tiers[0].share') replaced by the raw
    JSON text `raw`, which json.dumps could not write (NaN, 500 digits, "\\ud800")."""
    data = json.loads(sample_text())
    marker = "@@RAW@@"
    node: object = data
    parts = key_path.replace("[", ".[").split(".")
    for part in parts[:-1]:
        node = node[int(part[1:-1])] if part.startswith("[") else node[part]  # type: ignore[index]
    node[parts[-1]] = marker  # type: ignore[index]
    return json.dumps(data, ensure_ascii=False).replace(json.dumps(marker), raw)


BAD_VALUES = [
    ("journeys[0].touchpoints[0].emotion", "9" * 400, "whole number"),
    ("journeys[0].touchpoints[0].emotion", "9" * 5000, "too large"),
    ("tiers[0].max_contacts_per_window", "1e30", "64 bits"),
    ("channels[0].capacity_per_day", "12345678901234567890123", "whole number"),
    ("journeys[0].monthly_entries", "9" * 400, "number"),
    ("tiers[0].share", "9" * 400, "too large"),
    ("tiers[0].share", "1e400", "too large"),
    ("tiers[0].share", "NaN", "NaN"),
    ("tiers[0].value_per_customer", "Infinity", "Infinity"),
    ("journeys[0].touchpoints[0].x", "-Infinity", "-Infinity"),
    ("name", '"\\ud800"', "surrogate"),
    ("journeys[0].touchpoints[0].name", '"ok \\udfff"', "surrogate"),
]


@pytest.mark.parametrize(("key_path", "raw", "says"), BAD_VALUES)
def test_a_bad_value_is_refused_naming_file_and_json_path(tmp_path, key_path, raw, says) -> None:
    source = tmp_path / "in.json"
    source.write_text(with_value(key_path, raw), encoding="utf-8")
    target = tmp_path / "out.journey"
    line = one_error_line(journey_designer("convert", target, "--from-json", source))
    assert "in.json" in line and key_path in line and says in line, line
    assert not target.exists()
    line = one_error_line(journey_designer("validate", source))
    assert key_path in line, line


def test_a_valid_surrogate_pair_is_kept(tmp_path) -> None:
    source = tmp_path / "in.json"
    source.write_text(with_value("name", '"smile \\ud83d\\ude00"'), encoding="utf-8")
    assert load_json(source).name == "smile \N{GRINNING FACE}"


def test_nesting_100000_deep_is_refused(tmp_path) -> None:
    source = tmp_path / "deep.json"
    source.write_text(with_value("name", "[" * 100_000 + "]" * 100_000), encoding="utf-8")
    line = one_error_line(journey_designer("validate", source))
    assert "deep.json" in line and "name" in line and "deeply" in line, line


def test_a_50_mb_name_is_refused_within_bounded_memory(tmp_path) -> None:
    source = tmp_path / "huge.json"
    source.write_text(with_value("name", json.dumps("x" * 50_000_000)), encoding="utf-8")
    line = one_error_line(journey_designer("convert", tmp_path / "out.journey", "--from-json",
                                           source))
    assert "huge.json" in line and "name" in line and f"{MAX_TEXT_CHARS:,}" in line, line
    assert not (tmp_path / "out.journey").exists()


def test_text_up_to_the_limit_is_read(tmp_path) -> None:
    source = tmp_path / "long.json"
    source.write_text(with_value("journeys[0].touchpoints[0].name",
                                 json.dumps("y" * MAX_TEXT_CHARS)), encoding="utf-8")
    assert len(load_json(source).journeys[0].touchpoints[0].name) == MAX_TEXT_CHARS


@pytest.mark.parametrize("raw", ["1e30", "9" * 30, "-" + "9" * 30])
def test_integers_beyond_64_bits_are_refused_in_process(tmp_path, raw) -> None:
    source = tmp_path / "in.json"
    source.write_text(with_value("journeys[0].touchpoints[0].emotion", raw), encoding="utf-8")
    with pytest.raises(JourneyError, match=r"journeys\[0\]\.touchpoints\[0\]\.emotion"):
        load_json(source, check=False)


def test_a_json_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path) -> None:
    source = tmp_path / "big.json"
    with source.open("wb") as handle:  # sparse: the limit is checked before reading
        handle.truncate(MAX_JSON_BYTES + 1)
    line = one_error_line(journey_designer("validate", source))
    assert "big.json" in line and f"{MAX_JSON_BYTES // 1024 // 1024} MB" in line, line


def test_millions_of_empty_objects_are_refused_within_bounded_memory(tmp_path) -> None:
    source = tmp_path / "many.json"
    source.write_text('{"name": "x", "risks": [' + "{}," * 20_000_000 + "{}]}", encoding="utf-8")
    line = one_error_line(journey_designer("validate", source))
    assert "many.json" in line and "8,000,000" in line, line


def test_a_fifo_without_a_writer_does_not_block(tmp_path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    line = one_error_line(journey_designer("validate", fifo, timeout=20))
    assert "pipe.json" in line, line


def test_a_huge_format_name_is_not_echoed_back() -> None:
    from journey_designer.io.project_file.json_io import loads

    text = json.dumps({"format": "journey-designer/" + "9" * 100_000, "name": "x"})
    with pytest.raises(JourneyError, match="newer Journey Designer") as refused:
        loads(text)
    assert len(str(refused.value)) < 400
