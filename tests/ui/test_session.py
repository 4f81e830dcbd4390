"""The session: the document, the analysis and the view state, handed to every part of the
window. The analysis reads a copy of the project taken on the UI thread, and a failed
analysis is shown instead of swallowed."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QSettings
from ui_helpers import small_project

from journey_designer.analysis import Analyzer
from journey_designer.ui.document import Document
from journey_designer.ui.gaps_ui import GapsUi
from journey_designer.ui.session import Session
from journey_designer.ui.settings import AppSettings


def _session(tmp_path) -> Session:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    return Session(Document(small_project()), settings)


def test_the_worker_analyses_a_copy_that_edits_meanwhile_do_not_touch(
        qtbot, window, monkeypatch) -> None:
    seen: list[tuple[str, bool]] = []
    entered, release = threading.Event(), threading.Event()
    real = Analyzer.analyze

    def slow(self, project, tier=None):
        if threading.current_thread() is not threading.main_thread():
            entered.set()
            release.wait(10)
            seen.append((project.journeys[0].touchpoints[0].name,
                         project is window.document.project))
        return real(self, project, tier)

    monkeypatch.setattr(Analyzer, "analyze", slow)
    runner = window.session.analysis
    runner.schedule()
    qtbot.waitUntil(entered.is_set, timeout=5000)
    window.document.set_touchpoint_fields("j1", "a", {"name": "Edited meanwhile"})
    release.set()
    with qtbot.waitSignal(runner.updated, timeout=10_000):
        pass
    assert seen[0] == ("Apply online", False)  # the copy as it was, not the live project
    qtbot.waitUntil(lambda: runner.fresh_result() is not None, timeout=10_000)
    assert seen[-1] == ("Edited meanwhile", False)  # and it ran again for the edit


def test_a_failed_analysis_is_shown_in_the_status_bar_and_logged(
        qtbot, window, monkeypatch, caplog) -> None:
    def broken(self, project, tier=None):
        raise RuntimeError("division by zero in reach")

    monkeypatch.setattr(Analyzer, "analyze", broken)
    runner = window.session.analysis
    with caplog.at_level(logging.ERROR), qtbot.waitSignal(runner.failed, timeout=10_000):
        runner.schedule()
    message = window.statusBar().currentMessage()
    assert "Analysis failed" in message and "division by zero in reach" in message
    assert "division by zero in reach" in window.gaps.panel.status.text()
    assert any("division by zero in reach" in r.getMessage() + str(r.exc_info)
               for r in caplog.records)


def test_a_session_drives_the_gaps_part_without_a_main_window(qtbot, tmp_path) -> None:
    session = _session(tmp_path)
    gaps = GapsUi(session)
    result = session.analysis.refresh_now()
    assert gaps.panel.result is result
    session.view.set_gap_overlay(True)  # model -> panel
    assert gaps.panel.overlay.isChecked()
    flagged = {g.touchpoint_id for g in result.gaps if g.touchpoint_id}
    assert flagged and gaps.flagged == flagged
    gaps.panel.overlay.setChecked(False)  # panel -> model
    assert session.view.gap_overlay is False and not gaps.flagged
    session.analysis.shutdown()


def test_messages_of_the_session_reach_the_status_bar(qtbot, window) -> None:
    window.session.show_message("Hello from a controller", 3000)
    assert window.statusBar().currentMessage() == "Hello from a controller"
