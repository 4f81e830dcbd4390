"""The command line as an adversarial user meets it (issue 12), through the real
`journey-designer` program: output onto input, a mistyped command, `-` for standard
input and output, Ctrl-C, a closed pipe, and a project open in the app."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from journey_designer.io.project_file import lock

SAMPLES = Path(__file__).resolve().parent.parent / "journey_designer" / "samples"

EXE = Path(sys.executable).with_name("journey-designer")
SAMPLE = SAMPLES / "credit_card_care.journey"
SAMPLE_JSON = SAMPLES / "credit_card_care.json"


def journey_designer(*args: object, stdin: bytes | None = None, cwd: Path | None = None,
                     timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    env.pop("LC_ALL", None)
    result = subprocess.run([str(EXE), *map(str, args)], input=stdin, capture_output=True,
                            timeout=timeout, env=env, cwd=cwd)
    return subprocess.CompletedProcess(result.args, result.returncode,
                                       result.stdout.decode("utf-8", "replace"),
                                       result.stderr.decode("utf-8", "replace"))


def refused(result: subprocess.CompletedProcess[str]) -> str:
    """The one error line of a run that must end in exit 2."""
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "a.journey"
    shutil.copyfile(SAMPLE, path)
    return path


@pytest.fixture
def project_json(tmp_path: Path) -> Path:
    path = tmp_path / "a.json"
    shutil.copyfile(SAMPLE_JSON, path)
    return path


# ------------------------------------------------------------ output onto input


def test_convert_to_json_onto_its_own_project_is_refused(project: Path) -> None:
    before = project.read_bytes()
    line = refused(journey_designer("convert", project, "--json", project))
    assert "a.journey" in line and "same file" in line, line
    assert project.read_bytes() == before


def test_convert_from_json_onto_its_own_json_is_refused(project_json: Path) -> None:
    before = project_json.read_bytes()
    line = refused(journey_designer("convert", project_json, "--from-json", project_json))
    assert "a.json" in line and "same file" in line, line
    assert project_json.read_bytes() == before


def test_output_onto_input_through_another_spelling_or_a_symlink(tmp_path: Path, project: Path,
                                                                 project_json: Path) -> None:
    (tmp_path / "sub").mkdir()
    link = tmp_path / "link.json"
    link.symlink_to(project)
    hard = tmp_path / "hard.json"
    os.link(project_json, hard)
    before, before_json = project.read_bytes(), project_json.read_bytes()
    refused(journey_designer("convert", "a.journey", "--json", "sub/../a.journey", cwd=tmp_path))
    refused(journey_designer("convert", project, "--json", link))
    refused(journey_designer("convert", "./a.json", "--from-json", hard, cwd=tmp_path))
    assert project.read_bytes() == before and project_json.read_bytes() == before_json
    assert link.is_symlink()


def test_export_and_render_onto_the_project_are_refused(tmp_path: Path, project: Path) -> None:
    before = project.read_bytes()
    (tmp_path / "plan.xlsx").symlink_to(project)
    (tmp_path / "map.png").symlink_to(project)
    assert "same file" in refused(journey_designer("export", project, "--xlsx", tmp_path / "plan.xlsx"))
    assert "same file" in refused(journey_designer("render", project, "--out", tmp_path / "map.png"))
    assert project.read_bytes() == before


# ------------------------------------------------------------ mistyped commands


def test_a_mistyped_command_is_an_error_with_a_hint_not_the_app(project: Path) -> None:
    line = refused(journey_designer("analyse", project, timeout=30))
    assert "analyse" in line and "did you mean 'analyze'" in line, line


def test_an_unknown_word_that_is_no_file_is_an_error(tmp_path: Path) -> None:
    line = refused(journey_designer("frobnicate", cwd=tmp_path, timeout=30))
    assert "frobnicate" in line, line


def test_qt_options_are_for_qt_and_files_are_opened() -> None:
    code = ("import sys; from PySide6.QtWidgets import QApplication; "
            "from journey_designer.main import files_to_open; "
            "print(files_to_open(QApplication(sys.argv).arguments()))")
    for args, files in ((["-style", "Fusion", "plan.journey"], "['plan.journey']"),
                        (["-platform", "offscreen", "-reverse", "x.json"], "['x.json']"),
                        (["--style=Fusion", "-stylesheet", "a.qss", "-qwindowtitle", "T"], "[]")):
        result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                                timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        assert result.stdout.strip() == files, (args, result.stdout, result.stderr)


def test_what_opens_the_app(tmp_path: Path) -> None:
    from journey_designer.main import opens_the_app

    existing = tmp_path / "analyse"
    existing.write_text("x")
    assert opens_the_app([]) and opens_the_app(["new plan.journey"]) and opens_the_app(["x.JSON"])
    assert opens_the_app(["-style", "Fusion"]) and opens_the_app([str(existing)])
    assert opens_the_app([str(tmp_path / "a folder/")]) is False
    assert not opens_the_app(["analyse", "x.journey"]) and not opens_the_app(["frobnicate"])


# ------------------------------------------------------------ standard input and output


def test_convert_to_json_on_standard_output(project: Path) -> None:
    result = journey_designer("convert", project, "--json", "-", cwd=project.parent)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["format"] == "journey-designer/2"
    assert not (project.parent / "-").exists()


def test_validate_and_analyze_read_standard_input(tmp_path: Path) -> None:
    text = SAMPLE_JSON.read_bytes()
    result = journey_designer("validate", "-", stdin=text, cwd=tmp_path)
    assert result.returncode == 0 and "valid" in result.stdout, result.stderr
    result = journey_designer("analyze", "-", "--json", stdin=text, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["project"]
    line = refused(journey_designer("validate", "-", stdin=b"{not json", cwd=tmp_path))
    assert "<stdin>" in line and "not valid JSON" in line, line


def test_convert_from_json_on_standard_input(tmp_path: Path) -> None:
    result = journey_designer("convert", tmp_path / "new.journey", "--from-json", "-",
                              stdin=SAMPLE_JSON.read_bytes(), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert journey_designer("validate", tmp_path / "new.journey").returncode == 0


# ------------------------------------------------------------ Ctrl-C and closed pipes


def test_ctrl_c_exits_130_without_a_traceback() -> None:
    env = {**os.environ, "LANG": "C.UTF-8"}
    child = subprocess.Popen([str(EXE), "validate", "-"], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    time.sleep(1.5)  # it waits for standard input
    child.send_signal(signal.SIGINT)
    out, err = child.communicate(timeout=30)
    child.stdin.close()
    assert child.returncode == 130, err
    assert b"Traceback" not in err and b"KeyboardInterrupt" not in err


def test_a_closed_pipe_ends_quietly(project: Path) -> None:
    child = subprocess.Popen([str(EXE), "analyze", str(project), "--json"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    child.stdout.readline()  # like `| head -1`
    child.stdout.close()
    err = child.stderr.read()
    child.wait(timeout=30)
    child.stderr.close()
    assert err == b"", err
    assert child.returncode not in (1, 2, 3, 120), child.returncode


# ------------------------------------------------------------ a project open elsewhere


@pytest.fixture
def held(project: Path):
    """The project as if open in the app: this test process holds its lock."""
    assert lock.acquire(project)
    yield project
    lock.release(project)


def test_import_refuses_a_project_open_in_the_app(held: Path, tmp_path: Path) -> None:
    workbook = tmp_path / "plan.xlsx"
    assert journey_designer("export", held, "--xlsx", workbook).returncode == 0
    before = held.read_bytes()
    line = refused(journey_designer("import", held, "--xlsx", workbook))
    assert "a.journey" in line and f"process {os.getpid()}" in line and "--force" in line, line
    assert held.read_bytes() == before
    result = journey_designer("import", held, "--xlsx", workbook, "--force")
    assert result.returncode == 0, result.stderr


def test_convert_and_new_refuse_a_project_open_in_the_app(held: Path, tmp_path: Path) -> None:
    before = held.read_bytes()
    line = refused(journey_designer("convert", held, "--from-json", SAMPLE_JSON))
    assert f"process {os.getpid()}" in line, line
    line = refused(journey_designer("new", held, "--force"))
    assert f"process {os.getpid()}" in line, line
    assert held.read_bytes() == before
    assert journey_designer("convert", held, "--from-json", SAMPLE_JSON, "--force").returncode == 0


@pytest.mark.skipif(not Path("/dev/full").is_char_device(), reason="needs /dev/full")
def test_a_full_disk_on_standard_output_is_a_clear_error(project: Path) -> None:
    for args in (["validate", project], ["analyze", project, "--json"], ["convert", project, "--json", "-"]):
        with open("/dev/full", "wb") as full:
            result = subprocess.run([str(EXE), *map(str, args)], stdout=full, stderr=subprocess.PIPE,
                                    timeout=60, env={**os.environ, "LANG": "C.UTF-8"})
        err = result.stderr.decode("utf-8", "replace")
        assert result.returncode == 2 and "No space left" in err and "Traceback" not in err, err
        assert len(err.strip().splitlines()) == 1, err


def test_standard_input_or_output_closed(project: Path) -> None:
    result = subprocess.run([str(EXE), "validate", "-"], stdin=subprocess.DEVNULL, capture_output=True,
                            timeout=60)
    assert result.returncode == 2 and b"<stdin>: is empty" in result.stderr, result.stderr
    result = subprocess.run(f"exec {EXE} validate - <&-", shell=True, capture_output=True, timeout=60)
    assert result.returncode == 2 and b"standard input is closed" in result.stderr, result.stderr
    result = subprocess.run(f"exec {EXE} convert {project} --json - >&-", shell=True,
                            capture_output=True, timeout=60)
    assert result.returncode == 2 and b"standard output is closed" in result.stderr, result.stderr


def test_every_command_is_known_to_the_entry_point() -> None:
    import argparse

    from journey_designer import cli, main

    parser = cli.build_parser()
    commands = next(a.choices for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(commands) == main.SUBCOMMANDS  # else `journey-designer NEWCOMMAND` would be refused
