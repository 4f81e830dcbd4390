"""Export and re-import the execution-plan workbook of a big plan; compare with floors.

    .venv/bin/python benchmarks/bench_workbook.py [--actions 50000] [--touchpoints 2000]

Target (issue 13): export < 10 s and three-way import < 6 s of 50,000 actions over 2,000
touchpoints, each < 500 MB peak memory. The import is three-way: the project has newer
edits (every 500th action's owner changed after the export) that the workbook must not
revert. Every measurement runs in a fresh subprocess, so the peak
resident memory (getrusage, the process's or its reader child's) is that operation's own;
CPU seconds (the process and its children) are printed beside the wall time, which on a
loaded machine also counts other programs' turns. Floors, measured in the same run:
openpyxl write-only mode writing the Action Plan's cell values without styles (no other
sheet), and python-calamine reading those cells back.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from record import record  # noqa: E402
from synthetic import big_project  # noqa: E402

EXPORT_SECONDS, IMPORT_SECONDS, TARGET_MB = 10.0, 6.0, 500
NEWER_EDIT_EVERY = 500


def _peak_mb() -> float:
    """This process's peak, or its reader child's when that was higher."""
    return max(resource.getrusage(who).ru_maxrss
               for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) / 1024


def _cpu() -> float:
    """CPU seconds of this process and its (finished) children: the figure that holds on a
    loaded machine, where wall time also counts other programs' turns."""
    return sum(u.ru_utime + u.ru_stime for u in (resource.getrusage(resource.RUSAGE_SELF),
                                                   resource.getrusage(resource.RUSAGE_CHILDREN)))


def _project(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    return big_project(args.touchpoints, args.touchpoints * 3, 3, args.actions)


def child_export(args: argparse.Namespace, path: Path) -> dict:
    from journey_designer.analysis import analyze
    from journey_designer.io.workbook.export import export_workbook

    project = _project(args)
    base = _peak_mb()
    started, cpu = time.perf_counter(), _cpu()
    analysis = analyze(project)
    analysed = time.perf_counter()
    report = export_workbook(project, path, analysis)
    done = time.perf_counter()
    return {"seconds": done - started, "cpu": _cpu() - cpu, "analysis": analysed - started,
            "parts": report.seconds, "base_mb": base, "peak_mb": _peak_mb(),
            "size_mb": path.stat().st_size / 2**20, "notes": report.notes}


def child_import(args: argparse.Namespace, path: Path) -> dict:
    from journey_designer.io.workbook.importing import apply, plan_import

    project = _project(args)
    for action in project.actions[::NEWER_EDIT_EVERY]:  # edited in the project after the export
        action.owner = "Newer owner"
    base = _peak_mb()
    started, cpu = time.perf_counter(), _cpu()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    plan = plan_import(project, path)
    planned = time.perf_counter()
    reader = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert plan.ok and not plan.has_changes and not plan.conflicts, plan.preview()[:5]
    assert plan.three_way, "the workbook has no base"
    apply(project, plan)
    return {"seconds": time.perf_counter() - started, "cpu": _cpu() - cpu, "plan": planned - started,
            "reader_cpu": reader.ru_utime + reader.ru_stime - children.ru_utime - children.ru_stime,
            "base_mb": base, "peak_mb": _peak_mb()}


def child_floor_write(args: argparse.Namespace, path: Path) -> dict:
    from openpyxl import Workbook

    from journey_designer.io.workbook.labels import ProjectLabels
    from journey_designer.io.workbook.layout import ACTION_COLUMNS

    project = _project(args)
    labels = ProjectLabels(project)
    rows = [labels.action_row(a) for a in project.actions]  # the same values, built beforehand
    base = _peak_mb()
    started, cpu = time.perf_counter(), _cpu()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Action Plan")
    sheet.append([c.header for c in ACTION_COLUMNS])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return {"seconds": time.perf_counter() - started, "cpu": _cpu() - cpu, "base_mb": base,
            "peak_mb": _peak_mb()}


def child_floor_read(args: argparse.Namespace, path: Path) -> dict:
    import python_calamine as pc

    base = _peak_mb()
    started, cpu = time.perf_counter(), _cpu()
    with pc.CalamineWorkbook.from_path(str(path)) as book:
        rows = book.get_sheet_by_name("Action Plan").to_python(skip_empty_area=False)
    return {"seconds": time.perf_counter() - started, "cpu": _cpu() - cpu, "rows": len(rows), "base_mb": base,
            "peak_mb": _peak_mb()}


CHILDREN = {"export": child_export, "import": child_import, "floor-write": child_floor_write,
            "floor-read": child_floor_read}


def run_child(kind: str, path: Path, args: argparse.Namespace) -> dict:
    command = [sys.executable, __file__, "--child", kind, "--path", str(path), "--actions", str(args.actions),
               "--touchpoints", str(args.touchpoints)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{kind} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--actions", type=int, default=50_000)
    parser.add_argument("--touchpoints", type=int, default=2_000)
    parser.add_argument("--child", choices=list(CHILDREN))
    parser.add_argument("--path", type=Path)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(CHILDREN[args.child](args, args.path)))
        return
    size = f"{args.actions:,} actions, {args.touchpoints:,} touchpoints"
    print(f"project: {size}, {args.touchpoints * 3:,} transitions, 3 tiers (synthetic.big_project)")
    with tempfile.TemporaryDirectory() as folder:
        book, floor = Path(folder) / "plan.xlsx", Path(folder) / "floor.xlsx"
        results = {"export": run_child("export", book, args), "import": run_child("import", book, args),
                   "floor-write": run_child("floor-write", floor, args),
                   "floor-read": run_child("floor-read", floor, args)}
    _print(results, size)


def _print(results: dict, size: str) -> None:
    exported, imported = results["export"], results["import"]
    parts = ", ".join(f"{k} {v:.2f}" for k, v in exported["parts"].items())
    print(f"workbook: {exported['size_mb']:.1f} MB; export parts (s): {parts}, "
          f"analysis {exported['analysis']:.2f}")
    for note in exported["notes"]:
        print(f"  note: {note}")
    print(f"three-way import: plan {imported['plan']:.2f} s wall, its reader child "
          f"{imported['reader_cpu']:.2f} s CPU")
    print(f"{'operation':<40}{'seconds':>9}{'CPU s':>8}{'floor':>9}{'x floor':>9}{'peak MB':>9}{'(base)':>8}")
    for label, result, floor, target in (
        ("export (analysis, charts, sheets, base)", exported, results["floor-write"], EXPORT_SECONDS),
        ("three-way import (read, merge, apply)", imported, results["floor-read"], IMPORT_SECONDS),
        ("floor: openpyxl write-only, no styles", results["floor-write"], None, None),
        ("floor: python-calamine read", results["floor-read"], None, None),
    ):
        floor_s = floor["seconds"] if floor else None
        ratio = f"{result['seconds'] / floor_s:8.2f}x" if floor_s else f"{'':>9}"
        floor_text = f"{floor_s:8.2f}s" if floor_s else f"{'':>9}"
        print(f"{label:<40}{result['seconds']:8.2f}s{result['cpu']:7.2f}s{floor_text}{ratio}"
              f"{result['peak_mb']:9.0f}{result['base_mb']:8.0f}")
        if target:
            record(label.split(" (")[0] + " workbook", size, result["seconds"], floor=floor_s, target=target)
    ok = exported["seconds"] < EXPORT_SECONDS and imported["seconds"] < IMPORT_SECONDS and all(
        r["peak_mb"] < TARGET_MB for r in (exported, imported))
    cpu_ok = exported["cpu"] < EXPORT_SECONDS and imported["cpu"] < IMPORT_SECONDS
    print(f"target: export < {EXPORT_SECONDS:.0f} s, import < {IMPORT_SECONDS:.0f} s, each < {TARGET_MB} MB "
          f"peak — {'met' if ok else 'NOT MET'} (in CPU seconds: {'met' if cpu_ok else 'NOT MET'}; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
