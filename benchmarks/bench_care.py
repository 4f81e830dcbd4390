"""Care-plan views on a big plan: tier lens, care matrix, adding an action.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_care.py

Targets (issue 4), 2,000 touchpoints, 5 tiers, 20,000 actions: switching the tier lens
and filling the matrix < 300 ms each; adding an action updates canvas and matrix < 50 ms.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtWidgets import QApplication  # noqa: E402
from record import record, timed  # noqa: E402
from synthetic import big_project  # noqa: E402

from journey_designer.ui.main_window import MainWindow  # noqa: E402


def main() -> None:
    app = QApplication.instance() or QApplication([])
    project = big_project(touchpoints=2000, transitions=5000, tiers=5, actions=20000, stages=12)
    window = MainWindow(project)
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    tiers = [t.id for t in project.tiers]
    care = window.care
    state = {"i": 0}

    def switch_lens() -> None:
        state["i"] += 1
        care.set_lens(tiers[state["i"] % len(tiers)])

    def fill_matrix() -> None:
        care.matrix.set_journey(project.journeys[0].id)

    journey = project.journeys[0]
    document = window.document

    def add_action() -> None:
        tp = journey.touchpoints[state["i"] % len(journey.touchpoints)]
        state["i"] += 1
        document.add_item("actions", document.new_action(tp.id, tiers[:2], "ch-1", "Bench"))

    rows = [("switch the tier lens", timed(switch_lens), 0.300),
            ("fill the care matrix", timed(fill_matrix), 0.300),
            ("add an action (canvas + matrix follow)", timed(add_action, 20), 0.050)]
    print(f"plan: {len(journey.touchpoints):,} touchpoints, {len(project.tiers)} tiers, "
          f"{len(project.actions):,} care actions")
    print(f"{'operation':<42}{'best':>9}{'median':>9}{'target':>9}  ok")
    for label, (best, median), target in rows:
        ok = "ok" if median < target else "NOT OK"
        record(label, "2k touchpoints, 5 tiers, 20k actions", median, target=target)
        print(f"{label:<42}{best * 1000:7.1f}ms{median * 1000:7.1f}ms{target * 1000:7.0f}ms  {ok}")
    document.undo_stack.setClean()
    window.close()


if __name__ == "__main__":
    main()
