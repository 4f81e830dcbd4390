"""Write screenshots of the main views (for the README and for looking at the UI).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot.py [OUT_DIR] [--language zh_CN]

Runs offscreen by default; under `xvfb-run -a` it uses a real X display instead.
With --language zh_CN the UI is in Chinese and the shots (of the Chinese sample) are
named zh_CN_*.png. The presentation slides are shot at 1920×1080.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QMenu  # noqa: E402

from journey_designer.app import create_application  # noqa: E402
from journey_designer.io.project_file.samples import sample_paths  # noqa: E402
from journey_designer.io.project_file.sqlite_store import load_project  # noqa: E402
from journey_designer.ui.dialogs.preferences import PreferencesDialog  # noqa: E402
from journey_designer.ui.main_window import MainWindow  # noqa: E402
from journey_designer.ui.settings import AppSettings  # noqa: E402

SIZE = (1600, 1000)
SLIDES = (1920, 1080)


def settle(app: QApplication, rounds: int = 8) -> None:
    for _ in range(rounds):
        app.processEvents()


def shoot(window: MainWindow, app: QApplication, path: Path) -> None:
    settle(app)
    window.grab().save(str(path))
    print(f"wrote {path}")


def shoot_editing(window: MainWindow, app: QApplication, path: Path) -> None:
    """A card selected at 100 %, its properties beside it, the backstage lane shown."""
    window.actions["actionShowBackstage"].setChecked(True)
    window.view.zoom_reset()
    touchpoint = window.document.project.journeys[0].touchpoints[5].id
    window.scene.select_cards([touchpoint])
    window.view.centerOn(window.scene.cards[touchpoint])
    shoot(window, app, path)
    window.actions["actionShowBackstage"].setChecked(False)


def pause(app: QApplication, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def shoot_presentation(window: MainWindow, app: QApplication, out: Path,
                       prefix: str = "") -> None:
    """The overview slide and the second stage's slide at 1920×1080 (the offscreen
    screen is smaller: the window gets that size once full screen)."""
    window.presentation.enter()
    pause(app, 0.3)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.setGeometry(0, 0, *SLIDES)
    pause(app, 0.5)
    for stage, name in ((-1, "presentation_overview"), (1, "presentation_stage")):
        if prefix and stage < 0:
            continue
        window.presentation.go(stage)
        shoot(window, app, out / f"{prefix}{name}.png")
    window.presentation.leave()
    pause(app, 0.3)


def wait_for_analysis(window: MainWindow, app: QApplication, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while window.gaps.runner.result is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    settle(app)


def shoot_chinese(out: Path, app: QApplication, scratch: AppSettings) -> None:
    """The Chinese UI on the Chinese sample: map, gaps, charts, editing, care matrix,
    the Edit and View menus and Preferences."""
    path = sample_paths()["ecommerce_aftersales_zh"]
    window = MainWindow(load_project(path), path, settings=scratch)
    window.resize(*SIZE)
    window.show()
    window.view.fit_to_window()
    wait_for_analysis(window, app)
    shoot(window, app, out / "zh_CN_map.png")
    window.gaps.dock.show()
    window.gaps.dock.raise_()
    window.gaps.panel.overlay.setChecked(True)
    shoot(window, app, out / "zh_CN_gaps.png")
    window.gaps.panel.overlay.setChecked(False)
    window.views.setCurrentWidget(window.gaps.charts)
    pause(app, 1.5)  # the chart is drawn once the canvas has settled to its size
    shoot(window, app, out / "zh_CN_charts.png")
    window.views.setCurrentWidget(window.view)
    window.properties_dock.raise_()
    shoot_editing(window, app, out / "zh_CN_editing.png")
    window.views.setCurrentWidget(window.care.matrix)
    window.care.actions_dock.show()
    window.care.actions_dock.raise_()
    first_action = window.document.project.actions[0]
    window.scene.select_cards([first_action.touchpoint])
    window.care.actions_panel.select_action(first_action.id)
    window.care.plan_dock.show()
    shoot(window, app, out / "zh_CN_care_matrix.png")
    window.care.plan_dock.hide()
    window.views.setCurrentWidget(window.view)
    shoot_presentation(window, app, out, prefix="zh_CN_")
    window.resize(*SIZE)
    for menu in (window.menuBar().findChild(QMenu, "menuEdit"),
                 window.menuBar().findChild(QMenu, "menuView")):
        menu.popup(window.mapToGlobal(window.rect().center()))
        settle(app)
        menu.grab().save(str(out / f"zh_CN_{menu.objectName()}.png"))
        print(f"wrote {out / f'zh_CN_{menu.objectName()}.png'}")
        menu.hide()
    dialog = PreferencesDialog(scratch, window)
    dialog.show()
    settle(app)
    dialog.grab().save(str(out / "zh_CN_preferences.png"))
    print(f"wrote {out / 'zh_CN_preferences.png'}")
    dialog.close()
    window.document.undo_stack.setClean()
    window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description="Write screenshots of the main views.")
    parser.add_argument("out", nargs="?", default="docs/screenshots", type=Path)
    parser.add_argument("--language", choices=["en", "zh_CN"], default="en")
    args = parser.parse_args()
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    app = create_application([], language=args.language)
    scratch_dir = tempfile.TemporaryDirectory()  # never touch the user's own settings
    scratch = AppSettings(QSettings(str(Path(scratch_dir.name) / "settings.ini"),
                                    QSettings.Format.IniFormat))
    if args.language == "zh_CN":
        shoot_chinese(out, app, scratch)
        return
    samples = sample_paths()
    for name in ("credit_card_care", "ecommerce_aftersales_zh"):
        window = MainWindow(load_project(samples[name]), samples[name], settings=scratch)
        window.resize(*SIZE)
        window.show()
        window.view.fit_to_window()
        wait_for_analysis(window, app)  # the Gaps dock lists the gaps, as a user sees it
        shoot(window, app, out / f"map_{name}.png")
        window.close()
    window = MainWindow(load_project(samples["credit_card_care"]), samples["credit_card_care"],
                        settings=scratch)
    window.resize(*SIZE)
    window.show()
    wait_for_analysis(window, app)
    shoot_editing(window, app, out / "editing_with_backstage.png")
    window.care.set_lens(window.document.project.tiers[-1].id)  # the map as Bronze sees it
    window.view.fit_to_window()
    wait_for_analysis(window, app)
    shoot(window, app, out / "tier_lens.png")
    window.care.set_lens(None)
    shoot_presentation(window, app, out)
    window.resize(*SIZE)
    wait_for_analysis(window, app)
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
