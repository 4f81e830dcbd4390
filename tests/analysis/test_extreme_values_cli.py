"""A .journey holding 64-bit extreme whole numbers (hand-edited, or written by another tool)
is analysed and exported by the real command line, never "internal error" (exit 3): the
analysis reads an out-of-range emotion as the nearest one in range (validate names it)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

BIG, SMALL = 2**63 - 1, -(2**63)


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "journey_designer", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def with_emotion(template: Path, target: Path, emotion: int) -> Path:
    target.write_bytes(template.read_bytes())
    with sqlite3.connect(target) as db:
        db.execute("UPDATE touchpoints SET emotion = ? WHERE rowid = "
                   "(SELECT min(rowid) FROM touchpoints)", (emotion,))
    db.close()
    return target


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("extreme") / "card.journey"
    assert cli("new", path, "--template", "credit_card_care").returncode == 0
    return path


@pytest.mark.parametrize(("extreme", "in_range"), [(BIG, 3), (SMALL, -3)])
def test_analyze_reads_an_extreme_emotion_as_the_nearest_in_range(sample, tmp_path, extreme,
                                                                  in_range) -> None:
    odd = cli("analyze", with_emotion(sample, tmp_path / "odd.journey", extreme), "--json")
    assert odd.returncode == 0, odd.stderr
    plain = cli("analyze", with_emotion(sample, tmp_path / "plain.journey", in_range), "--json")
    assert json.loads(odd.stdout) == json.loads(plain.stdout)
    check = cli("validate", tmp_path / "odd.journey")
    assert check.returncode == 1 and f"emotion {extreme} is not a whole number" in check.stdout


def test_export_writes_the_workbook(sample, tmp_path) -> None:
    odd = with_emotion(sample, tmp_path / "odd.journey", BIG)
    done = cli("export", odd, "--xlsx", tmp_path / "odd.xlsx", "--no-charts")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "odd.xlsx").stat().st_size > 0


@pytest.mark.parametrize("column", ["agents", "handling_minutes", "service_level_share"])
def test_analyze_finishes_with_an_extreme_staffing_value(sample, tmp_path, column) -> None:
    odd = tmp_path / "odd.journey"
    odd.write_bytes(sample.read_bytes())
    with sqlite3.connect(odd) as db:  # before: Erlang C looped 2**63 times (a hang)
        db.execute("UPDATE channels SET hours_per_day = 8, handling_minutes = 4 "
                   "WHERE kind = 'human'")
        db.execute(f"UPDATE channels SET {column} = ? WHERE kind = 'human'", (BIG,))
    db.close()
    done = cli("analyze", odd, "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["staffing"]
