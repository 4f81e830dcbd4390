"""The JSON writer: whichever encoder writes it (orjson when installed, else `json`), a saved
project is byte for byte what `json.dumps(..., ensure_ascii=False, indent=2)` writes —
numbers that are not whole as Python writes them (1e-05, not 0.00001), text as it is, and
values orjson does not take (a lone surrogate, an integer beyond 64 bits) written by `json`."""

from __future__ import annotations

import copy
import json
import math
from pathlib import Path

import pytest

from journey_designer.domain import Project
from journey_designer.io.project_file import json_io
from journey_designer.io.project_file.sqlite_store import load_project

SAMPLES = sorted((Path(__file__).resolve().parents[1] / "journey_designer" / "samples").glob("*.journey"))


def _reference(project: Project) -> str:
    """The writer as it was: json's pure-Python indenting encoder."""
    return json.dumps(json_io.project_to_dict(project), ensure_ascii=False, indent=2) + "\n"


def _odd(project: Project) -> Project:
    odd = copy.deepcopy(project)
    tp = odd.journeys[0].touchpoints[0]
    tp.x, tp.y, tp.day = 1e-05, 1e16 + 2, 0.1 + 0.2
    tp.name = 'tab\there "quoted" \\ back \x01\x1f \u2028 \x7f 中文 😀'
    odd.tiers[0].share = 5e-324
    odd.tiers[0].value_per_customer = 123456789.125
    odd.actions[0].cost = 1.5e300
    return odd


@pytest.mark.parametrize("sample", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_a_saved_sample_is_what_json_dumps_writes(sample, tmp_path) -> None:
    project = load_project(sample)
    for version in (project, _odd(project)):
        path = tmp_path / "out.json"
        json_io.save_json(version, path)
        assert path.read_text(encoding="utf-8") == _reference(version)
        assert json_io.load_json(path, check=False) == version


@pytest.mark.parametrize("change", ["nan", "infinity", "lone surrogate", "huge integer"])
def test_values_the_fast_encoder_does_not_take_are_written_as_json_writes_them(change) -> None:
    project = _odd(load_project(SAMPLES[0]))
    tp = project.journeys[0].touchpoints[0]
    if change == "nan":
        project.tiers[0].value_per_customer = math.nan
    elif change == "infinity":
        tp.x = -math.inf
    elif change == "lone surrogate":
        tp.name = "lone \ud800"
    else:
        tp.emotion = 2**70
    assert json_io.dumps(project) == _reference(project)


def test_the_number_in_the_file_is_the_number_in_the_project(tmp_path) -> None:
    """Short forms only where they read back to the same float."""
    project = _odd(load_project(SAMPLES[0]))
    text = json_io.dumps(project)
    assert '"x": 1e-05' in text and '"y": 1.0000000000000002e+16' in text
    assert '"day": 0.30000000000000004' in text
    assert json.loads(text)["tiers"][0]["share"] == 5e-324
