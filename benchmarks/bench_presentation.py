"""Presentation mode on a big map: stepping to the next stage (issue 7).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_presentation.py

Target (issue 7): stepping to the next stage < 100 ms, with a 2,000-touchpoint map.
A step is what the → key does (Presentation.next: frame and enlarge the stage, dim the
others) plus the repaint the user waits for: the view's viewport painted into an image
of projector size (1920 × 1080), as in benchmarks/bench_canvas.py. Steps walk the whole
journey (overview, every stage, summary) and back, so every stage is measured.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from record import record  # noqa: E402
from synthetic import big_project  # noqa: E402

from journey_designer.ui.main_window import MainWindow  # noqa: E402

TARGET = 0.100
SCREEN = (1920, 1080)


def repaint(window: MainWindow) -> None:
    """Paint the viewport the way the screen would get it (the view's own paintEvent)."""
    viewport = window.view.viewport()
    image = QImage(viewport.size(), QImage.Format.Format_ARGB32_Premultiplied)
    viewport.render(image)


def main() -> None:
    app = QApplication.instance() or QApplication([])
    project = big_project(touchpoints=2000, transitions=5000, tiers=5, actions=8000, stages=12)
    window = MainWindow(project)
    window.resize(*SCREEN)
    window.show()
    app.processEvents()
    presentation = window.presentation
    presentation.enter()
    window.resize(*SCREEN)  # offscreen "full screen" keeps the platform screen's size
    app.processEvents()
    repaint(window)
    steps, moves, alone = [], [], []
    stages = presentation.stage_count
    for step in [presentation.next] * (stages + 1) + [presentation.previous] * (stages + 1):
        start = time.perf_counter()
        step()
        moved = time.perf_counter()
        app.processEvents()
        repaint(window)
        done = time.perf_counter()
        moves.append(moved - start)
        alone.append(done - moved)
        steps.append(done - start)
    presentation.leave()
    journey = project.journeys[0]
    size = f"{len(journey.touchpoints):,} touchpoints, {len(journey.transitions):,} transitions"
    print(f"map: {size}, {stages} stages; {len(steps)} steps at {SCREEN[0]}×{SCREEN[1]}")
    print(f"{'operation':<44}{'best':>9}{'median':>9}{'worst':>9}{'target':>9}  ok")
    rows = [("next stage (step + repaint)", steps, TARGET), ("  the step alone", moves, None),
            ("  the repaint alone", alone, None)]
    for label, times, target in rows:
        best, median, worst = min(times), statistics.median(times), max(times)
        goal = f"{target * 1000:7.0f}ms" if target else f"{'':>9}"
        ok = ("ok" if median < target else "NOT OK") if target else ""
        print(f"{label:<44}{best * 1000:7.1f}ms{median * 1000:7.1f}ms{worst * 1000:7.1f}ms{goal}  {ok}")
    record("presentation: next stage (+ repaint)", "2k touchpoints, 1920×1080",
           statistics.median(steps), target=TARGET)
    window.document.undo_stack.setClean()
    window.close()


if __name__ == "__main__":
    main()
