"""Hostile sizes in a `.journey` file: a result or a clear refusal, never more than 1.5 GB
of memory (issue 12). Each case runs in a child process whose peak memory is measured
(and capped, so that a regression cannot take the machine down)."""

from __future__ import annotations

import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from journey_designer.domain.templates import blank_project
from journey_designer.io.project_file.sqlite_store import save_project

REPO = Path(__file__).resolve().parents[2]
PEAK_LIMIT_MB = 1536
SAFETY_NET = 3 * 1024**3  # address space, well above the peak we assert


def _cap() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (SAFETY_NET, SAFETY_NET))


def run_measured(args: list[str], timeout: float = 300) -> tuple[int, str, str, float]:
    """Exit code, stdout, stderr and peak memory (MB) of a child process."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(args, stdout=out, stderr=err, preexec_fn=_cap, cwd=REPO)
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return (proc.returncode, out.read().decode(), err.read().decode(),
                usage.ru_maxrss / 1024)


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "journey_designer", *args]


def one_line(err: str) -> str:
    assert "Traceback" not in err and "internal error" not in err, err
    assert len(err.strip().splitlines()) == 1, err
    return err.strip()


def test_saving_a_50_mb_name_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "plan.journey"
    save_project(blank_project(name="Kept"), path)
    script = f"""
import sys
from journey_designer.domain import ProjectFileError
from journey_designer.domain.templates import blank_project
from journey_designer.io.project_file.sqlite_store import save_project
try:
    save_project(blank_project(name="n" * 50_000_000), {str(path)!r})
except ProjectFileError as exc:
    print(exc, file=sys.stderr)
    sys.exit(2)
"""
    code, _, err, peak = run_measured([sys.executable, "-c", script])
    assert code == 2, err
    line = one_line(err)
    assert "could not be written: table project, row 1, column name: text of 50,000,000 bytes" in line
    assert peak < PEAK_LIMIT_MB, f"{peak:.0f} MB"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.journey"]


def test_reading_a_50_mb_name_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "plan.journey"
    save_project(blank_project(), path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE project SET name = ?", ("n" * 50_000_000,))
    conn.commit()
    conn.close()
    for command in (cli("validate", str(path)),
                    cli("convert", str(path), "--json", str(tmp_path / "plan.json"))):
        code, _, err, peak = run_measured(command)
        assert code == 2, err
        assert "table project, row 1, column name: text of 50,000,000 bytes" in one_line(err)
        assert peak < 400, f"{peak:.0f} MB: the name was read although it is refused"
    assert not (tmp_path / "plan.json").exists()


def test_a_100000_touchpoint_project_saves_and_opens(tmp_path: Path) -> None:
    """100,000 touchpoints, 300,000 transitions, 400,000 care actions (a 115 MB file)."""
    path = tmp_path / "big.journey"
    script = f"""
import sys
sys.path.insert(0, {str(REPO / "benchmarks")!r})
from synthetic import big_project
from journey_designer.io.project_file.sqlite_store import save_project
save_project(big_project(100_000, 300_000, 3, 400_000), {str(path)!r})
"""
    code, _, err, peak = run_measured([sys.executable, "-c", script], timeout=600)
    assert code == 0, err
    assert peak < PEAK_LIMIT_MB, f"saving: {peak:.0f} MB"
    print(f"100,000 touchpoints: save peak {peak:.0f} MB")
    code, out, err, peak = run_measured(cli("validate", str(path)), timeout=600)
    assert code == 0, err
    assert "100000 touchpoints 400000 care actions" in out.replace(",", "")
    assert peak < PEAK_LIMIT_MB, f"loading and validating: {peak:.0f} MB"
    print(f"100,000 touchpoints: load and validate peak {peak:.0f} MB")


def test_more_values_than_a_project_may_hold_are_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.journey"
    project = blank_project()
    save_project(project, path)
    journey = project.journeys[0].id
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO transitions (journey, position, source, target, share) "
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n LIMIT 3000000) "
        "SELECT ?, i, 'a', 'b', 0.5 FROM n", (journey,))
    conn.commit()
    conn.close()
    code, _, err, peak = run_measured(cli("validate", str(path)))
    assert code == 2, err
    line = one_line(err)
    assert "huge.journey: is too big to open: its tables hold 15,000," in line, line
    assert "up to 14,000,000 values" in line
    assert peak < 300, f"{peak:.0f} MB: the rows were read although they are refused"
