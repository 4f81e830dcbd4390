"""Screenshots of the window under a theme or a scale factor, to look at (issue 14).

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screenshot_theme.py \
        --theme dark docs/screenshots/dark_theme.png [--matrix docs/screenshots/dark_matrix.png]
    QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python \
        scripts/screenshot_theme.py docs/screenshots/hidpi.png

The window shows the credit-card sample at the smallest size it must fit (1024×700
logical pixels) unless --size says otherwise; settings are a scratch copy.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings

from journey_designer.app import create_application
from journey_designer.io.project_file.json_io import loads
from journey_designer.ui.main_window import MainWindow

SAMPLE = Path(__file__).resolve().parent.parent / "journey_designer" / "samples"


def pause(app, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--theme", choices=["system", "light", "dark"], default="system")
    parser.add_argument("--matrix", type=Path, help="also a shot of the care matrix tab")
    parser.add_argument("--size", default="1024x700")
    parser.add_argument("--sample", default="credit_card_care")
    args = parser.parse_args()
    os.environ["JOURNEY_DESIGNER_THEME"] = args.theme
    scratch = tempfile.mkdtemp(prefix="jd-shots-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
    app = create_application(["-style", "Fusion"])
    project = loads((SAMPLE / f"{args.sample}.json").read_text(encoding="utf-8"))
    window = MainWindow(project)
    width, height = (int(n) for n in args.size.split("x"))
    window.resize(width, height)
    window.show()
    window.view.fit_to_window()
    pause(app, 2.5)  # the analysis fills the Gaps dock
    tp = project.journeys[0].touchpoints[3].id
    window.session.go_to_touchpoint(tp)
    pause(app, 0.5)
    print(f"window {window.width()}×{window.height()} (minimum {window.minimumSizeHint().width()}"
          f"×{window.minimumSizeHint().height()}), device pixel ratio {window.devicePixelRatio()}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(args.out))
    print(f"wrote {args.out}")
    if args.matrix:
        window.views.setCurrentWidget(window.care.matrix)
        pause(app, 0.8)
        window.grab().save(str(args.matrix))
        print(f"wrote {args.matrix}")
    window.document.undo_stack.setClean()
    window.close()


if __name__ == "__main__":
    main()
