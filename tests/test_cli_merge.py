"""`journey-designer merge` as users and git meet it: exit codes, output, formats, refusals."""

from __future__ import annotations

import json
import os
import shutil
import socket
from pathlib import Path

import pytest

from journey_designer.cli import main
from journey_designer.domain import Project
from journey_designer.domain.validation import validate
from journey_designer.io.project_file import lock
from journey_designer.io.project_file.by_name import load_any, save_any
from journey_designer.io.project_file.json_io import load_json, save_json
from journey_designer.io.project_file.sqlite_store import load_project, save_project
from tests.test_merge import plan, tp


def three(tmp_path: Path, suffixes: tuple[str, str, str] = (".journey", ".journey", ".journey"),
          ) -> tuple[Path, Path, Path, Project, Project]:
    """BASE, OURS, THEIRS files and the ours/theirs projects (edit them, then `write`)."""
    paths = tuple(tmp_path / f"{role}{suffix}" for role, suffix in
                  zip(("base", "ours", "theirs"), suffixes, strict=True))
    save_any(plan(), paths[0])
    return paths[0], paths[1], paths[2], plan(), plan()


def write(path: Path, project: Project) -> None:
    save_any(project, path)


def test_a_clean_merge_writes_both_edits_into_ours_and_exits_0(tmp_path, capsys) -> None:
    base, ours_path, theirs_path, ours, theirs = three(tmp_path)
    tp(ours, "tp-11").name = "Register"
    tp(theirs, "tp-12").emotion = 2
    write(ours_path, ours)
    write(theirs_path, theirs)
    assert main(["merge", str(base), str(ours_path), str(theirs_path)]) == 0
    merged = load_project(ours_path)
    assert (tp(merged, "tp-11").name, tp(merged, "tp-12").emotion) == ("Register", 2)
    assert "no conflicts" in capsys.readouterr().out


def test_conflicts_exit_1_keep_ours_and_are_listed_one_per_line(tmp_path, capsys) -> None:
    base, ours_path, theirs_path, ours, theirs = three(tmp_path)
    tp(ours, "tp-12").emotion = -1
    tp(theirs, "tp-12").emotion = 2
    ours.tiers[0].share = 0.6
    theirs.tiers[1].share = 0.5
    write(ours_path, ours)
    write(theirs_path, theirs)
    assert main(["merge", str(base), str(ours_path), str(theirs_path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert ('  journey "Onboarding", touchpoint "Welcome call" (tp-12): '
            "emotion: base 0, ours -1, theirs 2") in out
    assert any(line.startswith('  tier "Silver" (tier-s): share:') for line in out)
    merged = load_project(ours_path)
    assert validate(merged) == []
    assert tp(merged, "tp-12").emotion == -1
    assert [t.share for t in merged.tiers] == [0.6, 0.3]


def test_json_lists_conflicts_as_objects(tmp_path, capsys) -> None:
    base, ours_path, theirs_path, ours, theirs = three(tmp_path)
    tp(ours, "tp-12").emotion = -1
    tp(theirs, "tp-12").emotion = 2
    del theirs.actions[0]
    ours.actions[0].owner = "VIP desk"
    write(ours_path, ours)
    write(theirs_path, theirs)
    assert main(["merge", str(base), str(ours_path), str(theirs_path), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["output"] == str(ours_path)
    first, second = report["conflicts"]
    assert first == {"kind": "touchpoint", "id": "tp-12",
                     "path": 'journey "Onboarding", touchpoint "Welcome call" (tp-12)',
                     "field": "emotion", "base": 0, "ours": -1, "theirs": 2,
                     "reason": "changed_on_both", "problem": None}
    assert (second["kind"], second["id"], second["field"], second["theirs"]) == (
        "action", "act-1", None, None)
    assert second["ours"]["owner"] == "VIP desk" and second["base"]["owner"] == "Care team"


def test_mixed_formats_and_output_format_by_suffix(tmp_path, capsys) -> None:
    base, ours_path, theirs_path, ours, theirs = three(tmp_path, (".json", ".journey", ".json"))
    theirs.kpis[0].target = 55
    write(ours_path, ours)
    write(theirs_path, theirs)
    before = ours_path.read_bytes()
    out = tmp_path / "merged.json"
    assert main(["merge", str(base), str(ours_path), str(theirs_path), "-o", str(out)]) == 0
    assert load_json(out).kpis[0].target == 55
    assert ours_path.read_bytes() == before  # -o leaves OURS alone


def test_files_without_a_suffix_keep_their_format(tmp_path) -> None:
    """Git hands the driver temporary files named like .merge_file_a1b2c3."""
    base, ours_path, theirs_path, ours, theirs = three(tmp_path, (".json", ".json", ".json"))
    theirs.phases[0].owner = "Care office"
    write(ours_path, ours)
    write(theirs_path, theirs)
    names = []
    for path in (base, ours_path, theirs_path):
        bare = tmp_path / f".merge_file_{path.stem}"
        shutil.copyfile(path, bare)
        names.append(str(bare))
    assert main(["merge", *names]) == 0
    text = Path(names[1]).read_text(encoding="utf-8")
    assert text.lstrip().startswith("{")
    assert load_json(Path(names[1])).phases[0].owner == "Care office"
    save_project(ours, tmp_path / ".merge_file_sqlite")
    assert main(["merge", names[0], str(tmp_path / ".merge_file_sqlite"), names[2]]) == 0
    assert load_project(tmp_path / ".merge_file_sqlite").phases[0].owner == "Care office"


def test_an_empty_base_means_no_common_version(tmp_path) -> None:
    _, ours_path, theirs_path, ours, theirs = three(tmp_path)
    empty = tmp_path / "empty"
    empty.write_bytes(b"")
    theirs.kpis[0].unit = "pts"
    write(ours_path, ours)
    write(theirs_path, theirs)
    assert main(["merge", str(empty), str(ours_path), str(theirs_path)]) == 1
    assert load_project(ours_path).kpis[0].unit == "points"


@pytest.mark.parametrize("damage", ["missing", "not a project", "bad json", "invalid"])
def test_bad_input_exits_2_with_one_line_and_writes_nothing(tmp_path, capsys, damage) -> None:
    base, ours_path, theirs_path, ours, theirs = three(tmp_path)
    write(ours_path, ours)
    before = ours_path.read_bytes()
    if damage == "missing":
        theirs_path = tmp_path / "nowhere.journey"
    elif damage == "not a project":
        theirs_path.write_text("hello", encoding="utf-8")
    elif damage == "bad json":
        theirs_path = tmp_path / "theirs.json"
        theirs_path.write_text('{"format": "journey-designer/1", "name": ', encoding="utf-8")
    else:  # OURS itself breaks a rule, and THEIRS changed nothing to mend it
        ours.tiers[0].share = 0.9  # with Silver's 0.3: more than 1
        write(ours_path, ours)
        before = ours_path.read_bytes()
        write(theirs_path, theirs)
    assert main(["merge", str(base), str(ours_path), str(theirs_path)]) == 2
    captured = capsys.readouterr()
    err = captured.err.strip().splitlines()
    culprit = ours_path if damage == "invalid" else theirs_path
    assert len(err) == 1 and str(culprit) in err[0] and "Traceback" not in captured.err
    if damage == "invalid":
        assert "tier shares sum to 1.2" in err[0] and "validate" in err[0]
    assert ours_path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("ours")) == ["ours.journey"]


def test_refuses_a_project_open_in_the_app_unless_forced(tmp_path, capsys) -> None:
    base, ours_path, theirs_path, ours, theirs = three(tmp_path)
    theirs.name = "Renamed"
    write(ours_path, ours)
    write(theirs_path, theirs)
    holder = {"host": socket.gethostname(), "pid": os.getppid(), "since": "2026-12-01T09:00:00"}
    lock.lock_path(ours_path).write_text(json.dumps(holder), encoding="utf-8")
    assert lock.current_owner(ours_path) is not None
    before = ours_path.read_bytes()
    assert main(["merge", str(base), str(ours_path), str(theirs_path)]) == 2
    assert "open in Journey Designer" in capsys.readouterr().err
    assert ours_path.read_bytes() == before
    assert main(["merge", str(base), str(ours_path), str(theirs_path), "--force"]) == 0
    assert load_any(ours_path).name == "Renamed"


def test_what_theirs_breaks_is_a_conflict_and_the_result_stays_valid(tmp_path, capsys) -> None:
    base, ours_path, theirs_path, ours, theirs = three(tmp_path, (".journey", ".journey", ".json"))
    theirs.tiers[0].share = 0.9  # with Silver's 0.3: more than 1 (a hand-edited file)
    theirs.kpis[0].target = 45
    write(ours_path, ours)
    save_json(theirs, theirs_path)
    assert main(["merge", str(base), str(ours_path), str(theirs_path)]) == 1
    assert "tier shares would sum to 1.2" in capsys.readouterr().out
    merged = load_project(ours_path)
    assert validate(merged) == []
    assert (merged.tiers[0].share, merged.kpis[0].target) == (0.2, 45)


@pytest.mark.parametrize("target", ["base", "theirs", "-"])
def test_the_result_is_never_written_onto_base_theirs_or_a_file_named_dash(
        tmp_path, capsys, monkeypatch, target) -> None:
    base, ours_path, theirs_path, ours, theirs = three(tmp_path)
    theirs.name = "Renamed"
    write(ours_path, ours)
    write(theirs_path, theirs)
    monkeypatch.chdir(tmp_path)
    output = {"base": str(base), "theirs": str(theirs_path), "-": "-"}[target]
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert main(["merge", str(base), str(ours_path), str(theirs_path), "-o", output]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before  # nothing written, no "-"
