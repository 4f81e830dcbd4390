"""The quick commands start without the heavy libraries (issue 13: `merge` of two big
versions within 3 s; `--help`, `validate`, `convert` start fast too).

The real entry point (`journey_designer.main.main`, what the `journey-designer` script
runs) is run in a child process; at its exit the child reports which of networkx, numpy,
matplotlib and openpyxl were imported. `merge`, `validate`, `convert` and `--help` need
none of them: the analysis, the charts and the workbook load them when a command that
uses them runs (`analyze` is run too, to show the check sees an import when there is one).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from journey_designer.io.project_file.by_name import load_any, save_any

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "journey_designer" / "samples" / "credit_card_care.journey"
HEAVY = ("networkx", "numpy", "matplotlib", "openpyxl")

CHILD = r"""
import sys
heavy = set(sys.argv[1].split(","))
from journey_designer.main import main
try:
    code = main(sys.argv[2:])
finally:
    loaded = sorted({name.partition(".")[0] for name in sys.modules} & heavy)
    sys.stderr.write("HEAVY-LOADED " + ",".join(loaded) + "\n")
sys.exit(code)
"""


def heavy_imports(args: list[str], tmp_path: Path) -> tuple[int, set[str], str]:
    """Exit code, heavy libraries imported, and the output of `journey-designer ARGS`."""
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "LANG": "C.UTF-8"}
    env.pop("LC_ALL", None)
    done = subprocess.run([sys.executable, "-c", CHILD, ",".join(HEAVY), *args], env=env,
                          capture_output=True, text=True, timeout=300, cwd=tmp_path)
    report = [line for line in done.stderr.splitlines() if line.startswith("HEAVY-LOADED ")]
    assert len(report) == 1, done.stderr[-2000:]
    loaded = set(filter(None, report[0].removeprefix("HEAVY-LOADED ").split(",")))
    return done.returncode, loaded, done.stdout + done.stderr


def three_versions(tmp_path: Path) -> list[str]:
    """BASE, OURS, THEIRS as JSON; theirs renamed the project."""
    project = load_any(SAMPLE)
    paths = [tmp_path / f"{role}.json" for role in ("base", "ours", "theirs")]
    save_any(project, paths[0])
    save_any(project, paths[1])
    project.name += " (theirs)"
    save_any(project, paths[2])
    return [str(p) for p in paths]


def test_merge_writes_its_result_without_networkx_numpy_matplotlib_or_openpyxl(tmp_path) -> None:
    base, ours, theirs = three_versions(tmp_path)
    out = tmp_path / "out.json"
    code, loaded, output = heavy_imports(["merge", base, ours, theirs, "-o", str(out)], tmp_path)
    assert code == 0, output
    assert load_any(out).name.endswith(" (theirs)")
    assert loaded == set(), f"merge imported {sorted(loaded)}"


@pytest.mark.parametrize("args", [["validate", str(SAMPLE)], ["--help"],
                                  ["convert", str(SAMPLE), "--json", "{tmp}/out.json"]],
                         ids=["validate", "help", "convert"])
def test_quick_commands_do_not_import_the_heavy_libraries(args: list[str], tmp_path) -> None:
    args = [a.format(tmp=tmp_path) for a in args]
    code, loaded, output = heavy_imports(args, tmp_path)
    assert code == 0, output
    assert loaded == set(), f"{args[0]} imported {sorted(loaded)}"


def test_analyze_still_loads_the_analysis_it_needs(tmp_path) -> None:
    code, loaded, output = heavy_imports(["analyze", str(SAMPLE), "--json"], tmp_path)
    assert code == 0, output
    assert '"coverage"' in output or '"gaps"' in output, output[:500]
    assert "networkx" in loaded  # the check does see imports
