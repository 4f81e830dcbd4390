"""Fuzzed JSON projects (issue 12): a real sample with one value made hostile (wrong type,
huge number, NaN, lone surrogate, deep nesting, long text, unknown or missing key) is
either read — and then saves as a .journey and as JSON — or refused with one short
message; never another exception. A few go through the real `journey-designer` under a
memory limit: never exit 3 or 134, a traceback or a hang."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journey_designer.domain import JourneyError
from journey_designer.io.project_file.json_io import dumps, loads
from journey_designer.io.project_file.sqlite_store import load_project, save_project

SAMPLES = Path(__file__).resolve().parent.parent / "journey_designer" / "samples"
EXE = Path(sys.executable).with_name("journey-designer")
SAMPLE = json.loads((SAMPLES / "credit_card_care.json").read_text(encoding="utf-8"))
MARKER = "@@HOSTILE@@"
MEMORY_LIMIT = 2 * 1024**3


def _paths(node: Any, path: tuple = ()) -> list[tuple]:
    out = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            out += _paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node[:3]):  # the first few items of each list suffice
            out += _paths(value, (*path, index))
    return out


PATHS = [p for p in _paths(SAMPLE) if p]

RAW_VALUES = st.one_of(
    st.integers(min_value=-(10**25), max_value=10**25).map(str),
    st.integers(1, 6000).map(lambda n: "-" * (n % 2) + "9" * n),
    st.sampled_from(["1e30", "-1e30", "1e400", "-1e400", "NaN", "Infinity", "-Infinity", "1.5",
                     "-0.0", "0", "3", "true", "false", "null", '""', "[]", "{}", '"event"',
                     '"\\ud800"', '"a\\udfff b"', '"\\ud83d\\ude00"', '"\\ud83d"', '"\\u0000"']),
    st.integers(1, 3000).map(lambda depth: "[" * depth + "]" * depth),
    st.integers(1, 3000).map(lambda depth: '{"a":' * depth + "1" + "}" * depth),
    st.text(max_size=20).map(lambda text: json.dumps(text, ensure_ascii=False)),
    st.sampled_from([999_999, 1_000_000, 1_000_001, 3_000_000]).map(lambda n: json.dumps("x" * n)),
)
OPERATIONS = st.sampled_from(["replace", "add unknown key", "delete"])


def hostile_text(path: tuple, operation: str, raw: str) -> str:
    data = json.loads(json.dumps(SAMPLE))
    node = data
    for key in path[:-1]:
        node = node[key]
    last = path[-1]
    if operation == "delete" and isinstance(node, dict):
        del node[last]
        return json.dumps(data, ensure_ascii=False)
    if operation == "add unknown key" and isinstance(node, dict):
        node["zz_unknown"] = MARKER
    else:
        node[last] = MARKER
    return json.dumps(data, ensure_ascii=False).replace(json.dumps(MARKER), raw)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(path=st.sampled_from(PATHS), operation=OPERATIONS, raw=RAW_VALUES)
def test_a_hostile_value_is_read_or_refused_in_one_short_message(tmp_path, path, operation, raw) -> None:
    text = hostile_text(path, operation, raw)
    try:
        project = loads(text, "fuzz.json", check=False)
    except JourneyError as exc:
        assert len(str(exc)) < 400, str(exc)[:500]
        assert "\n" not in str(exc) or "problem" in str(exc)
        return
    # whatever is read can be saved both ways and reads back the same
    target = tmp_path / "fuzz.journey"
    save_project(project, target)
    assert load_project(target) == project
    assert loads(dumps(project), check=False) == project


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                HealthCheck.function_scoped_fixture])
@given(path=st.sampled_from(PATHS), operation=OPERATIONS, raw=RAW_VALUES)
def test_the_real_command_never_crashes_on_a_hostile_json(tmp_path, path, operation, raw) -> None:
    source = tmp_path / "fuzz.json"
    source.write_text(hostile_text(path, operation, raw), encoding="utf-8")
    target = tmp_path / "fuzz.journey"
    target.unlink(missing_ok=True)
    for args in (["validate", source], ["convert", target, "--from-json", source]):
        result = subprocess.run([str(EXE), *map(str, args)], capture_output=True, timeout=120,
                                preexec_fn=_limit_memory)
        err = result.stderr.decode("utf-8", "replace")
        assert result.returncode in (0, 1, 2), (args, result.returncode, err[:500])
        assert "Traceback" not in err and "internal error" not in err, err[:500]
