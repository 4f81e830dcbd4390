"""The command line as users and scripts meet it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from journey_designer.cli import main
from journey_designer.domain.templates import CLASSIC_STAGES
from journey_designer.io.project_file.json_io import load_json
from journey_designer.io.project_file.samples import sample_paths
from journey_designer.io.project_file.sqlite_store import load_project


def test_new_blank_project_has_the_classic_six_stages(tmp_path, capsys) -> None:
    path = tmp_path / "plan.journey"
    assert main(["new", str(path)]) == 0
    project = load_project(path)
    assert [s.name for s in project.journeys[0].stages] == list(CLASSIC_STAGES["en"])
    assert [t.name for t in project.tiers] == ["Gold", "Silver", "Bronze"]
    assert project.name == "plan"


def test_new_blank_chinese_project(tmp_path) -> None:
    path = tmp_path / "方案.journey"
    assert main(["new", str(path), "--locale", "zh_CN"]) == 0
    project = load_project(path)
    assert project.locale == "zh_CN"
    assert [s.name for s in project.journeys[0].stages] == ["认知", "咨询", "购买", "使用",
                                                            "售后", "复购"]
    assert [t.name for t in project.tiers] == ["金卡", "银卡", "铜卡"]


def test_new_refuses_to_overwrite(tmp_path, capsys) -> None:
    path = tmp_path / "plan.journey"
    path.write_bytes(b"precious")
    assert main(["new", str(path)]) == 2
    assert "already exists (use --force to replace it)" in capsys.readouterr().err
    assert path.read_bytes() == b"precious"


@pytest.mark.parametrize("name", sorted(sample_paths()))
def test_new_from_each_template(tmp_path, name: str) -> None:
    path = tmp_path / "copy.journey"
    assert main(["new", str(path), "--template", name]) == 0
    assert load_project(path) == load_project(sample_paths()[name])


def test_new_with_an_unknown_template_names_the_known_ones(tmp_path, capsys) -> None:
    assert main(["new", str(tmp_path / "x.journey"), "--template", "bank"]) == 2
    err = capsys.readouterr().err
    assert "unknown template 'bank' — known: blank" in err
    assert not (tmp_path / "x.journey").exists()


def test_convert_both_ways(tmp_path, capsys) -> None:
    path = tmp_path / "plan.journey"
    main(["new", str(path)])
    assert main(["convert", str(path), "--json", str(tmp_path / "plan.json")]) == 0
    assert load_json(tmp_path / "plan.json") == load_project(path)
    assert main(["convert", str(tmp_path / "again.journey"), "--from-json",
                 str(tmp_path / "plan.json")]) == 0
    assert load_project(tmp_path / "again.journey") == load_project(path)


def test_validate_a_good_file(tmp_path, capsys) -> None:
    path = tmp_path / "plan.journey"
    main(["new", str(path)])
    capsys.readouterr()
    assert main(["validate", str(path)]) == 0
    assert "valid — 1 journey(s), 0 touchpoints, 0 care actions" in capsys.readouterr().out


def test_installed_command_reports_bad_input_without_traceback(tmp_path) -> None:
    """The real entry point, as a shell script would call it."""
    bad = tmp_path / "broken.journey"
    bad.write_text("not a database")
    result = subprocess.run(
        [sys.executable, "-m", "journey_designer", "validate", str(bad)],
        capture_output=True, text=True, timeout=60,
        env={**os.environ, "LC_ALL": "C.UTF-8"},  # the English messages (see test_cli_chinese.py)
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert "broken.journey: is not a Journey Designer project" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_does_not_load_qt(tmp_path) -> None:
    """Scripts on servers without Qt's libraries must still run the CLI."""
    code = ("import sys; from journey_designer.main import main; main(['new', sys.argv[1]]); "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path / "p.journey")],
                            capture_output=True, text=True, timeout=60)
    assert result.stdout.strip().endswith("False"), result.stdout + result.stderr
