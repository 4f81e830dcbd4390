"""Files from other tools, opened by mistake as projects, get a clear message."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from journey_designer.cli import main
from journey_designer.domain import ProjectFileError
from journey_designer.io.project_file.by_name import load_any
from journey_designer.io.project_file.json_io import load_json
from journey_designer.io.project_file.sqlite_store import load_project


def test_patient_journey_database_is_not_taken_for_a_project(realdata: Path, tmp_path) -> None:
    """Another program's SQLite journey database, renamed to .journey by a user."""
    source = realdata / "journey_maps" / "care-journey-map" / "patient_journeys.db"
    copy = tmp_path / "patients.journey"
    shutil.copyfile(source, copy)
    with pytest.raises(ProjectFileError) as info:
        load_project(copy)
    assert "SQLite database but not a Journey Designer project" in str(info.value)
    assert copy.read_bytes() == source.read_bytes()


@pytest.mark.parametrize("relative", [
    "journey_maps/care-journey-map/journeys.derived.json",
    "journey_maps/bpmn-pizza-collaboration/pizza_graph.derived.json",
    "campaigns/mautic/campaign_graph.derived.json",
])
def test_other_tools_json_is_refused_with_the_reason(realdata: Path, relative: str) -> None:
    with pytest.raises(ProjectFileError) as info:
        load_json(realdata / relative)
    message = str(info.value)
    assert relative.split("/")[-1] in message
    assert any(reason in message for reason in
               ("unknown key", "expected a JSON object", "missing required key"))


def test_every_foreign_file_gets_one_clear_line(realdata: Path, tmp_path, capsys) -> None:
    """Workbooks, BPMN, Mermaid, CSV: validate answers exit 2 and one line for each."""
    candidates = sorted(p for folder in ("journey_maps", "campaigns", "excel_pitfalls")
                        for p in (realdata / folder).rglob("*") if p.is_file())
    assert len(candidates) > 20
    for path in candidates:
        as_project = tmp_path / (path.name + ".journey")
        shutil.copyfile(path, as_project)
        for target in (path, as_project):
            code = main(["validate", str(target)])
            err = capsys.readouterr().err
            assert code == 2, target
            assert err.count("\n") == 1 and "Traceback" not in err, (target, err)
            assert target.name in err
        with pytest.raises(ProjectFileError):
            load_any(as_project)
