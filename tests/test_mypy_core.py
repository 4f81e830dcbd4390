"""mypy on the core (domain, analysis, io, charts, layout and the command line): the
parts with no Qt, which the CLI, the app and other programs build on, type-check clean.
The file list lives in pyproject's [tool.mypy], so `mypy` alone checks the same."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CORE = {"journey_designer/domain", "journey_designer/analysis", "journey_designer/io",
        "journey_designer/charts", "journey_designer/layout", "journey_designer/cli*.py"}


def test_the_mypy_configuration_covers_the_whole_core() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert set(config["files"]) == CORE
    cli_modules = sorted(p.name for p in (REPO / "journey_designer").glob("cli*.py"))
    assert "cli.py" in cli_modules and len(cli_modules) > 1  # the glob finds them all


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None,
                    reason="mypy is not installed (pip install -e '.[test]' brings it)")
def test_the_core_type_checks_clean() -> None:
    done = subprocess.run([sys.executable, "-m", "mypy", "--no-error-summary",
                           "--cache-dir", str(REPO / ".mypy_cache")],
                          cwd=REPO, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"mypy found problems in the core:\n{done.stdout}{done.stderr}"
