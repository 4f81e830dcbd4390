"""Run the broadband outage walkthrough (issue 14) in a real window and save a PNG of
the window after each major step, to be looked at.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/walkthrough_screens.py OUTDIR

The steps are those of tests/ui/test_walkthrough_broadband.py (tests/ui/walkthrough_broadband.py);
settings and the recovery folder are kept in OUTDIR, never the user's. Defects met on
the way are listed (and the walk goes on) instead of stopping it; exit 1 if there were any.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests" / "ui"))


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    out = Path(argv[0]).resolve()
    out.mkdir(parents=True, exist_ok=True)
    os.environ["XDG_DATA_HOME"] = str(out / "data")

    from PySide6.QtCore import QCoreApplication, QPoint, QSettings, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMessageBox

    QCoreApplication.setOrganizationName("JourneyDesignerWalkthrough")
    QCoreApplication.setApplicationName("Journey Designer")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(out / "settings"))
    app = QApplication([sys.argv[0]])

    from ui_helpers import small_project
    from walkthrough_broadband import Walkthrough, grab

    from journey_designer.ui.main_window import MainWindow

    shown: list[str] = []

    def answer(kind: str):
        def dialog(*args, **_kwargs):
            shown.append(f"unexpected {kind} box: {args[2] if len(args) > 2 else ''}")
            return QMessageBox.StandardButton.Cancel
        return staticmethod(dialog)

    for kind in ("warning", "question", "critical", "information"):
        setattr(QMessageBox, kind, answer(kind))

    window = MainWindow(small_project())
    window.show()
    QTest.qWaitForWindowExposed(window)
    size = window.size()
    print(f"window {size.width()}×{size.height()} on a "
          f"{app.primaryScreen().size().width()}×{app.primaryScreen().size().height()} screen")

    def shot(name: str) -> None:
        QTest.qWait(300)  # the background analysis and repaints settle
        path = out / f"{name}.png"
        grab(window, path)
        print(f"  {path}")

    walk = Walkthrough(window, setattr, QTest.qWait, shot)
    walk.strict = False
    try:
        walk.run(out / "broadband.journey")
        # the views a care manager looks at last: the care matrix and the charts
        window.views.setCurrentWidget(window.care.matrix)
        shot("09_care_matrix")
        window.views.setCurrentWidget(window.gaps.charts)
        shot("10_charts")
        window.views.setCurrentWidget(window.view)
        window.scene.clearSelection()
        window.properties_dock.raise_()
        window.view.fit_to_window()
        # the pointer leaves the cards (synthetic clicks leave their hover marks behind)
        rect = window.view.viewport().rect()
        walk._send(QMouseEvent.Type.MouseMove, rect.topLeft() + QPoint(5, 5),
                   button=Qt.MouseButton.NoButton, buttons=Qt.MouseButton.NoButton)
        shot("11_final_map")
    finally:
        for line in [*walk.defects, *shown]:
            print("DEFECT:", line)
        print("quick fixes:", *walk.quick_fixes, sep="\n  ")
        window.document.undo_stack.setClean()
        window.close()
    return 1 if walk.defects or shown else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
