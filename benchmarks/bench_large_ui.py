"""A 10,000-touchpoint project in the running app (issue 8): open, analyse, export and
draw — how long each takes, and the longest time the window was frozen meanwhile.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_large_ui.py [--touchpoints N]

The project (benchmarks/synthetic.py: 10,000 touchpoints, 30,000 transitions, 5 tiers,
50,000 care actions, in one journey) is saved as a .journey file and opened through
File ▸ Open in a shown main window (offscreen), as a user would.

"Longest block" is the longest gap between ticks of a 10 ms QTimer while the operation
runs: how long the window could not repaint or react. Target: under 0.2 s throughout.
"gc in it": how much of that block was Python's garbage collector.
First paint: the first repaint of the map after opening (a synchronous viewport repaint).
Analysis: from an edit to the Gaps dock showing the new result (debounce included).
Exports: from the call to the file in place, with the progress dialog of the app.
Import: the workbook just exported, read, previewed (accepted at once) and applied.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from record import record  # noqa: E402
from synthetic import big_project  # noqa: E402

from journey_designer.io.project_file.by_name import save_any  # noqa: E402

BLOCK_TARGET = 0.2


class GcPauses:
    """Garbage-collector runs: each one's start and length (a full collection of a big
    heap stalls the window too)."""

    def __init__(self) -> None:
        self.runs: list[tuple[float, float]] = []
        self._start = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.runs.append((self._start, time.perf_counter() - self._start))

    @property
    def pauses(self) -> list[float]:
        """The runs over 50 ms."""
        return [length for _, length in self.runs if length > 0.05]

    def within(self, start: float, end: float) -> float:
        """Seconds the collector ran between `start` and `end`."""
        return sum(max(0.0, min(end, s + length) - max(start, s)) for s, length in self.runs)


class Ticks:
    """Gaps between ticks of a 10 ms timer: the event loop's longest stall, and how much
    of it the garbage collector took."""

    def __init__(self, collector: GcPauses) -> None:
        self.collector = collector
        self.timer = QTimer(interval=10)
        self.timer.timeout.connect(self._tick)
        self.last = self.began = time.perf_counter()
        self.longest = 0.0
        self.longest_at = 0.0  # seconds after reset() when the longest gap began
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        if now - self.last > self.longest:
            self.longest, self.longest_at = now - self.last, self.last - self.began
        self.last = now

    def reset(self) -> None:
        self.last = self.began = time.perf_counter()
        self.longest = self.longest_at = 0.0

    def close(self) -> float:
        """The longest gap, counting the one still open."""
        self._tick()
        return self.longest

    def collector_share(self) -> float:
        """Seconds of the longest gap the garbage collector ran."""
        start = self.began + self.longest_at
        return self.collector.within(start, start + self.longest)


def run_until(done: Callable[[], bool], timeout: float = 600.0) -> None:
    """Run the event loop (in small turns, as the app does) until `done()`."""
    end = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > end:
            raise TimeoutError("operation did not finish")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def settle(seconds: float = 0.5) -> None:
    end = time.perf_counter() + seconds
    run_until(lambda: time.perf_counter() > end)


Rows = list[tuple[str, float, float, float, float]]  # operation, seconds, longest block,
#   its start, the garbage collector's part of it


def measure(rows: Rows, ticks: Ticks, label: str, start: Callable[[], object],
            done: Callable[[], bool]) -> None:
    settle(0.3)
    ticks.reset()
    began = time.perf_counter()
    start()
    run_until(done)
    seconds = time.perf_counter() - began
    rows.append((label, seconds, ticks.close(), ticks.longest_at, ticks.collector_share()))


def open_file(window, path: Path, rows: Rows, ticks: Ticks, label: str) -> None:
    from PySide6.QtGui import QImage

    finished: list[bool] = []
    window.files.open_finished.connect(finished.append)
    measure(rows, ticks, label, lambda: window.files.open_path(path), lambda: bool(finished))
    window.files.open_finished.disconnect(finished.append)
    assert finished == [True], finished
    began = time.perf_counter()  # the first paint, before anything else runs
    image = QImage(window.view.viewport().size(), QImage.Format.Format_ARGB32_Premultiplied)
    window.view.viewport().render(image)
    paint = time.perf_counter() - began
    rows.append(("  first paint of the map after it", paint, paint, 0.0, 0.0))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--touchpoints", type=int, default=10_000)
    args = parser.parse_args()
    n = args.touchpoints
    size = f"{n // 1000}k touchpoints, {3 * n // 1000}k transitions"

    work = tempfile.TemporaryDirectory()
    folder = Path(work.name)
    app = QApplication.instance() or QApplication([])
    QCoreApplication.setOrganizationName("JourneyDesignerBench")
    QCoreApplication.setApplicationName("Journey Designer")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))

    from journey_designer.ui.main_window import MainWindow

    project = big_project(touchpoints=n, transitions=3 * n, tiers=5, actions=5 * n)
    path, again = folder / "big.journey", folder / "big-copy.journey"
    save_any(project, path)
    again.write_bytes(path.read_bytes())
    del project
    print(f"{n:,} touchpoints, {3 * n:,} transitions, 5 tiers, {5 * n:,} care actions; "
          f"file {path.stat().st_size / 1e6:.1f} MB; Qt {app.platformName()}, "
          f"{os.cpu_count()} CPUs")

    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    settle(0.5)
    pauses = GcPauses()
    ticks = Ticks(pauses)
    rows: Rows = []

    open_file(window, path, rows, ticks, "open (from a blank window)")
    journey = window.scene.journey
    assert journey is not None and len(window.scene.cards) == len(journey.touchpoints) == n

    runner = window.gaps.runner
    results: list[object] = []
    runner.updated.connect(results.append)
    settle(0.2)
    results.clear()
    tp = journey.touchpoints[n // 2]
    measure(rows, ticks, "analysis after an edit (worker, to the dock)",
            lambda: window.document.set_touchpoint_fields(journey.id, tp.id, {"emotion": 3}),
            lambda: bool(results))
    run_until(lambda: runner.fresh_result() is not None)

    workbook = window.workbook
    for label, target, start in (
            ("export workbook (.xlsx)", folder / "plan.xlsx", workbook.export_to),
            ("export picture (.png)", folder / "map.png", workbook.picture_to)):
        workbook.last_outcome = None
        measure(rows, ticks, label, lambda start=start, target=target: start(target),
                lambda: workbook.last_outcome is not None)
        assert workbook.last_outcome == target, workbook.last_outcome

    slides: list[object] = []
    measure(rows, ticks, "export slides (.pdf)",
            lambda: window.export_slides_to(folder / "slides.pdf").finished.connect(slides.append),
            lambda: bool(slides))
    assert slides == [folder / "slides.pdf"], slides

    from journey_designer.ui.dialogs.import_preview import ImportPreviewDialog

    ImportPreviewDialog.exec = lambda dialog: ImportPreviewDialog.DialogCode.Accepted
    imported: list[bool] = []
    measure(rows, ticks, "import workbook (read, preview, apply, draw)",
            lambda: imported.append(workbook.import_from(folder / "plan.xlsx")),
            lambda: bool(imported))
    assert imported == [True] and len(window.scene.cards) == n

    window.document.undo_stack.setClean()
    open_file(window, again, rows, ticks, "open again (a big project replaces a big one)")

    window.files.progress_after_ms = 0
    finished: list[bool] = []
    window.files.open_finished.connect(finished.append)

    def start_and_cancel() -> None:
        window.files.open_path(path)
        opener = window.files.opening

        def cancel_when_half_drawn() -> None:
            builder = opener._builder
            if builder is not None and builder.cards_done >= n // 2:
                opener.cancel()
            elif opener.phase in ("reading", "drawing"):
                QTimer.singleShot(20, cancel_when_half_drawn)
        cancel_when_half_drawn()
    measure(rows, ticks, "open, cancelled half-way through drawing", start_and_cancel,
            lambda: bool(finished))
    assert finished == [False] and window.document.path == again
    settle(1.0)
    label, seconds = rows[-1][:2]
    rows[-1] = (label, seconds, ticks.close(), ticks.longest_at,  # + freeing what was built
                ticks.collector_share())

    print(f"\n{'operation':<52}{'time':>9}{'longest block':>15}{'at':>8}{'gc in it':>10}"
          f"  (target < {BLOCK_TARGET} s)")
    for label, seconds, block, at, collector in rows:
        flag = "" if label.startswith("  ") or block < BLOCK_TARGET else "  NOT OK"
        print(f"{label:<52}{seconds:8.2f}s{block:14.3f}s{at:7.2f}s{collector:9.3f}s{flag}")
        record(label.strip(), size, seconds)
        if not label.startswith(" "):
            record(f"  longest block: {label}", size, block, target=BLOCK_TARGET)
    if pauses.pauses:
        print(f"\ngarbage-collector pauses over 50 ms: {len(pauses.pauses)}, longest "
              f"{max(pauses.pauses):.3f} s")
    window.files.autosave_timer.stop()
    window.document.undo_stack.setClean()
    window.close()
    work.cleanup()


if __name__ == "__main__":
    main()
