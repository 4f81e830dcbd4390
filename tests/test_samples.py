"""The bundled samples: rich enough to learn from, valid, and identical to their JSON twins."""

from __future__ import annotations

from pathlib import Path

import pytest

from journey_designer.domain.validation import validate
from journey_designer.io.project_file.json_io import dumps, load_json, loads
from journey_designer.io.project_file.samples import SAMPLES_DIR, sample_paths
from journey_designer.io.project_file.sqlite_store import load_project, save_project

SAMPLE_FILES = sorted(sample_paths().values())


def test_there_are_at_least_three_samples_one_in_chinese() -> None:
    assert len(SAMPLE_FILES) >= 3
    assert any(load_project(p).locale == "zh_CN" for p in SAMPLE_FILES)


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.stem)
def test_sample_is_valid_and_rich(path: Path) -> None:
    project = load_project(path)
    assert validate(project) == []
    journey = max(project.journeys, key=lambda j: len(j.touchpoints))
    assert len(journey.stages) >= 6
    assert len(journey.touchpoints) >= 25
    assert len(project.tiers) >= 3
    assert len(project.channels) >= 6
    assert len(project.actions) >= 40
    assert project.kpis and project.phases and project.risks
    assert {a.trigger.type for a in project.actions} == {"event", "offset", "date", "threshold"}
    assert any(tp.moment_of_truth for tp in journey.touchpoints)
    assert len({tp.emotion for tp in journey.touchpoints}) >= 4  # a real emotion curve


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.stem)
def test_sample_matches_its_json_twin(path: Path) -> None:
    twin = path.with_suffix(".json")
    assert twin.exists(), f"{twin.name} is missing"
    project = load_project(path)
    assert load_json(twin) == project
    assert dumps(project) == twin.read_text(encoding="utf-8"), (
        f"{path.name} and {twin.name} differ: run scripts/build_samples.py")


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.stem)
def test_sample_survives_both_round_trips(path: Path, tmp_path: Path) -> None:
    project = load_project(path)
    save_project(project, tmp_path / "copy.journey")
    assert load_project(tmp_path / "copy.journey") == project
    assert loads(dumps(project)) == project


def test_samples_folder_is_where_the_program_looks() -> None:
    assert SAMPLES_DIR.is_dir()
    assert {p.stem for p in SAMPLES_DIR.glob("*.json")} == set(sample_paths())
