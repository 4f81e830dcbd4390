"""Write screenshots of the main views (for the README and for looking at the UI).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot.py [OUT_DIR]

Runs offscreen by default; under `xvfb-run -a` it uses a real X display instead.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from journey_designer.app import create_application  # noqa: E402
from journey_designer.io.samples import sample_paths  # noqa: E402
from journey_designer.io.sqlite_store import load_project  # noqa: E402
from journey_designer.ui.main_window import MainWindow  # noqa: E402
from journey_designer.ui.settings import AppSettings  # noqa: E402

SIZE = (1600, 1000)


def settle(app: QApplication, rounds: int = 8) -> None:
    for _ in range(rounds):
        app.processEvents()


def shoot(window: MainWindow, app: QApplication, path: Path) -> None:
    settle(app)
    window.grab().save(str(path))
    print(f"wrote {path}")


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = create_application([])
    scratch_dir = tempfile.TemporaryDirectory()  # never touch the user's own settings
    scratch = AppSettings(QSettings(str(Path(scratch_dir.name) / "settings.ini"),
                                    QSettings.Format.IniFormat))
    samples = sample_paths()
    for name in ("credit_card_care", "ecommerce_aftersales_zh"):
        window = MainWindow(load_project(samples[name]), samples[name], settings=scratch)
        window.resize(*SIZE)
        window.show()
        window.view.fit_to_window()
        shoot(window, app, out / f"map_{name}.png")
        window.close()
    window = MainWindow(load_project(samples["credit_card_care"]), samples["credit_card_care"],
                        settings=scratch)
    window.resize(*SIZE)
    window.show()
    window.actions["actionShowBackstage"].setChecked(True)
    window.view.zoom_reset()
    first = window.document.project.journeys[0].touchpoints[5].id
    window.scene.select_cards([first])
    window.view.centerOn(window.scene.cards[first])
    shoot(window, app, out / "editing_with_backstage.png")
    window.actions["actionShowBackstage"].setChecked(False)
    window.care.set_lens(window.document.project.tiers[-1].id)  # the map as Bronze sees it
    window.view.fit_to_window()
    shoot(window, app, out / "tier_lens.png")
    window.care.set_lens(None)
    window.views.setCurrentWidget(window.care.matrix)
    window.care.actions_dock.show()
    window.care.actions_dock.raise_()
    first_action = window.document.project.actions[0]
    window.scene.select_cards([first_action.touchpoint])
    window.care.actions_panel.select_action(first_action.id)
    shoot(window, app, out / "care_matrix.png")
    window.close()


if __name__ == "__main__":
    main()
