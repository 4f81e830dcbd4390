"""Autosave recovery end to end: a GUI session is killed with unsaved work; the next
start offers its autosave and restores exactly that work (issue 8)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from journey_designer.app import offer_recovery
from journey_designer.io.project_file.sqlite_store import load_project
from journey_designer.ui.dialogs import recovery_dialog
from journey_designer.ui.main_window import MainWindow

SESSION = textwrap.dedent("""
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    QCoreApplication.setOrganizationName("JourneyDesignerTests")
    QCoreApplication.setApplicationName("Journey Designer")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[1])
    from journey_designer.ui.main_window import MainWindow
    from pathlib import Path
    window = MainWindow()
    window.show()
    window.files.open_path(Path(sys.argv[2]))
    journey = window.document.project.journeys[0]
    window.document.rename_stage(journey.id, journey.stages[0].id, "Unsaved stage name")
    window.document.add_touchpoint(journey.id, journey.stages[1].id, 290, 900, "Unsaved card")
    window.files.autosave().result(timeout=60)
    print("autosaved", flush=True)
    time.sleep(120)
""")


def test_work_of_a_killed_session_is_offered_and_restored(qtbot, tmp_path, monkeypatch,
                                                          _isolated_settings) -> None:
    project_file = tmp_path / "plan.journey"
    project_file.write_bytes(Path("journey_designer/samples/credit_card_care.journey").read_bytes())
    script = tmp_path / "session.py"
    script.write_text(SESSION, encoding="utf-8")
    process = subprocess.Popen([sys.executable, str(script), str(_isolated_settings),
                                str(project_file)], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "autosaved"
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    window = MainWindow()
    qtbot.addWidget(window)
    listed = []
    monkeypatch.setattr(recovery_dialog, "ask", lambda parent, leftovers: listed.extend(
        leftovers) or {r: recovery_dialog.Choice.RESTORE for r in leftovers})
    assert offer_recovery(window)
    assert [r.original for r in listed] == [project_file]
    journey = window.document.project.journeys[0]
    assert journey.stages[0].name == "Unsaved stage name"
    assert journey.touchpoints[-1].name == "Unsaved card"
    assert window.document.path == project_file
    assert window.document.is_modified()
    assert load_project(project_file).journeys[0].stages[0].name != "Unsaved stage name"
    window.document.undo_stack.setClean()
