"""Run every benchmark and print one table: operation, size, time, peak memory, floor.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/run_all.py [--quick]

Each script runs in its own process; its peak memory (ru_maxrss) is shown on each of
its rows. --quick skips the slowest scripts (workbook, canvas, large UI, start-up).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ["bench_io.py", "bench_json.py", "bench_analysis.py", "bench_care.py", "bench_rfm.py",
           "bench_render.py", "bench_presentation.py", "bench_canvas.py", "bench_workbook.py",
           "bench_large_ui.py", "bench_startup.py"]
SLOW = {"bench_canvas.py", "bench_workbook.py", "bench_large_ui.py", "bench_startup.py"}
WRAPPER = ("import resource, runpy, sys; sys.argv = sys.argv[1:]; "
           "sys.path.insert(0, {here!r})\n"
           "try:\n    runpy.run_path(sys.argv[0], run_name='__main__')\n"
           "finally:\n    print('PEAK_KB', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")


def run(script: Path, results: Path) -> tuple[float, float | None, int, str]:
    env = {**os.environ, "JOURNEY_BENCH_RESULTS": str(results),
           "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", WRAPPER.format(here=str(HERE)), str(script)],
                          capture_output=True, text=True, env=env, cwd=HERE.parent)
    wall = time.perf_counter() - start
    peak = next((int(line.split()[1]) / 1024 for line in done.stdout.splitlines()
                 if line.startswith("PEAK_KB")), None)
    return wall, peak, done.returncode, done.stderr.strip().splitlines()[-1:] and \
        done.stderr.strip().splitlines()[-1] or ""


def main() -> None:
    quick = "--quick" in sys.argv
    rows: list[tuple[str, dict, float | None]] = []
    summary = []
    for name in SCRIPTS:
        script = HERE / name
        if not script.exists() or (quick and name in SLOW):
            continue
        with tempfile.NamedTemporaryFile("r", suffix=".jsonl", delete=False) as handle:
            results = Path(handle.name)
        wall, peak, code, last_error = run(script, results)
        recorded = [json.loads(line) for line in results.read_text().splitlines() if line]
        results.unlink(missing_ok=True)
        rows += [(name, r, peak) for r in recorded]
        summary.append((name, wall, peak, code, last_error))
    print(f"{'operation':<46}{'size':<34}{'time':>10}{'floor':>10}{'target':>9}{'peak MB':>9}")
    for _script, r, peak in rows:
        floor = f"{r['floor']:.3f}s" if r.get("floor") is not None else "-"
        target = f"{r['target']:g}s" if r.get("target") is not None else "-"
        flag = "" if r.get("target") is None or r["seconds"] < r["target"] else "  NOT OK"
        print(f"{r['operation'][:45]:<46}{r['size'][:33]:<34}{r['seconds']:9.3f}s{floor:>10}"
              f"{target:>9}{(peak or 0):9.0f}{flag}")
    print()
    for name, wall, peak, code, last_error in summary:
        status = "ok" if code == 0 else f"FAILED ({code}): {last_error}"
        print(f"{name:<22} {wall:7.1f} s wall, peak {peak or 0:6.0f} MB  {status}")


if __name__ == "__main__":
    main()
