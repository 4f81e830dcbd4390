"""Load a 10,000-touchpoint project from JSON, next to json.loads of the same file.

    .venv/bin/python benchmarks/bench_json.py

Target (issue 12): `convert --from-json` loads within 3x of json.loads of the same file
(it was 16 s, three quarters of it in typing.get_type_hints called once per object).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from record import record, timed  # noqa: E402
from synthetic import big_project  # noqa: E402

from journey_designer.io.project_file.json_io import load_json, save_json  # noqa: E402

TOUCHPOINTS = 10_000
EXE = Path(sys.executable).with_name("journey-designer")


def main() -> None:
    project = big_project(touchpoints=TOUCHPOINTS, transitions=3 * TOUCHPOINTS, actions=4 * TOUCHPOINTS)
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "big.json"
        save_json(project, source)
        size = f"{TOUCHPOINTS:,} touchpoints, {source.stat().st_size / 1e6:.0f} MB"
        floor = timed(lambda: json.loads(source.read_bytes().decode("utf-8")), rounds=5)
        build = timed(lambda: load_json(source, check=False), rounds=5)
        load = timed(lambda: load_json(source, check=True), rounds=5)
        assert load_json(source) == project
        command = None
        if EXE.exists():
            start = time.perf_counter()
            subprocess.run([str(EXE), "convert", str(Path(folder) / "big.journey"), "--from-json",
                            str(source)], check=True, capture_output=True)
            command = time.perf_counter() - start
    print(f"project: {size}")
    print(f"{'operation':<44}{'best':>9}{'median':>9}{'x json.loads':>14}")
    for label, (best, median) in (("json.loads (the floor)", floor),
                                  ("load_json, no check", build),
                                  ("convert --from-json load (read + check)", load)):
        print(f"{label:<44}{best:8.3f}s{median:8.3f}s{best / floor[0]:13.1f}x")
    if command is not None:
        print(f"{'whole convert --from-json command (wall)':<44}{command:8.3f}s")
    record("JSON load (convert --from-json)", size, load[0], floor=floor[0], target=3 * floor[0])
    record("JSON load without the check", size, build[0], floor=floor[0])
    if command is not None:
        record("convert --from-json (whole command)", size, command)


if __name__ == "__main__":
    main()
