"""The analysis part of the window: the Gaps dock kept fresh by the session's analysis,
the gap overlay on the map, the Charts tab, and Analyze ▸ Fix First.

An analysis taking longer than BUSY_AFTER_MS shows "Analysing…" with a busy bar in the
status bar (a big project takes seconds); editing goes on meanwhile. A failed analysis
is shown in the Gaps dock (and, by the session, in the status bar).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMessageBox,
    QProgressBar,
    QWidget,
)

from journey_designer.analysis import Analysis, Gap
from journey_designer.domain.care_fixes import plan_care
from journey_designer.domain.model import Project
from journey_designer.ui.charts_tab import ChartsTab
from journey_designer.ui.dialogs.fix_first import FixFirstDialog
from journey_designer.ui.gap_fixes import apply_edit, quick_fixes
from journey_designer.ui.panels.gaps import GapsPanel

if TYPE_CHECKING:
    from journey_designer.analysis import Analyzer
    from journey_designer.ui.session import Session

BUSY_AFTER_MS = 300


class GapsUi(QObject):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.parent_widget = parent
        self.runner = session.analysis
        self.panel = GapsPanel()
        self.panel.setAccessibleName(self.tr("Gaps"))
        self.panel.tree.setAccessibleName(self.tr("Coverage gaps"))
        self.dock = QDockWidget(self.tr("Gaps"), objectName="gapsDock")
        self.dock.setWidget(self.panel)
        self.dock.setAccessibleName(self.tr("Gaps"))
        self.flagged: set[str] = set()
        self.charts = ChartsTab(session.document, lambda: session.view.journey_id)  # matplotlib
        # only once the tab is shown (issue 15)
        self.charts.setAccessibleName(self.tr("Charts"))
        self.runner.updated.connect(self._on_result)
        self.runner.updated.connect(self.charts.set_result)
        session.view.journey_id_changed.connect(self.charts.journey_changed)
        self.runner.busy_changed.connect(self.panel.set_busy)
        self.runner.failed.connect(self._on_failed)
        self._build_busy_indicator()
        self.panel.gap_activated.connect(self.go_to_gap)
        self.panel.add_care_requested.connect(self.add_care_for_gap)
        self._fix_analyzer: Analyzer | None = None  # judges quick fixes (issue 14)
        self.panel.quick_fixes = self._quick_fixes
        view = session.view
        self.panel.overlay.setChecked(view.gap_overlay)
        self.panel.overlay_toggled.connect(view.set_gap_overlay)
        view.gap_overlay_changed.connect(self._overlay_changed)
        if self.runner.result is not None:
            self._on_result(self.runner.result)
        self.runner.schedule()

    def _build_busy_indicator(self) -> None:
        self.busy_label = QLabel(self.tr("Analysing…"), objectName="analysisBusyLabel")
        self.busy_bar = QProgressBar(objectName="analysisBusy")
        self.busy_bar.setRange(0, 0)  # a busy bar: the analysis cannot say how far it is
        self.busy_bar.setMaximumWidth(110)
        self.busy_bar.setMaximumHeight(14)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Analysing…"))
        for widget in self.status_widgets():
            widget.hide()
        self._busy_timer = QTimer(self, singleShot=True, interval=BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(lambda: self._show_busy(True))
        self.runner.busy_changed.connect(self._on_busy)

    def status_widgets(self) -> list[QWidget]:
        """For the window's status bar."""
        return [self.busy_label, self.busy_bar]

    def _on_busy(self, busy: bool) -> None:
        if busy:
            if not self.busy_bar.isVisible():
                self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self._show_busy(False)

    def _show_busy(self, on: bool) -> None:
        self.busy_label.setVisible(on)
        self.busy_bar.setVisible(on)

    def _on_result(self, result: Analysis) -> None:
        self.panel.show_result(result)
        if self.session.view.gap_overlay:
            self._flag_from(result)

    def _on_failed(self, error: Exception) -> None:
        self.panel.status.setText(self.tr("Analysis failed: %1").replace(
            "%1", str(error) or type(error).__name__))

    def _flag_from(self, result: Analysis | None) -> None:
        gaps = self.panel.visible_gaps() if result is not None else []
        self.flagged = {g.touchpoint_id for g in gaps if g.touchpoint_id}
        self.session.view.set_marked(self.flagged)

    def _overlay_changed(self, on: bool) -> None:
        if self.panel.overlay.isChecked() != on:
            self.panel.overlay.setChecked(on)
        if on:
            self._flag_from(self.runner.result)
        else:
            self.flagged = set()
            self.session.view.set_marked(self.flagged)

    def set_overlay(self, on: bool) -> None:
        self.session.view.set_gap_overlay(on)

    def go_to_gap(self, gap: Gap) -> None:
        """The touchpoint on the map; else the channel or tier in the Plan dock."""
        if gap.touchpoint_id:
            self.session.go_to_touchpoint(gap.touchpoint_id)
            return
        care = getattr(self.parent_widget, "care", None)  # the window's CareUi (Plan dock)
        if care is None:
            return
        if gap.channel_id:
            care.show_plan_item("channels", gap.channel_id)
        elif gap.tier_id:
            care.show_plan_item("tiers", gap.tier_id)

    def _quick_fixes(self, gap: Gap) -> list[tuple[str, Callable[[], object]]]:
        """The Gaps dock's quick fixes of `gap`; a wait cursor while a contact_fatigue
        gap's are judged (an analysis per fix tried: about a second on a sample plan)."""
        if gap.kind != "contact_fatigue":
            return quick_fixes(self.session.document, gap, self.runner.result, self.analyse)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return quick_fixes(self.session.document, gap, self.runner.result, self.analyse)
        finally:
            QApplication.restoreOverrideCursor()

    def analyse(self, project: Project) -> Analysis:
        """The analysis of a project with a quick fix, on the UI thread (an Analyzer of its
        own: the runner's may be busy in its worker; it reuses unchanged work). The open
        project's is the runner's result while no edit came after it."""
        if project is self.session.document.project:
            fresh = self.runner.fresh_result()
            if fresh is not None:
                return fresh
        if self._fix_analyzer is None:
            from journey_designer.analysis import Analyzer

            self._fix_analyzer = Analyzer()
        return self._fix_analyzer.analyze(project)

    def add_care_for_gap(self, gap: Gap) -> None:
        """Context menu: valid care that closes the gap (one undo step), then shown. Of the
        ways to give it, the first that opens no other gap (a tier over its contact cap);
        if every way does, the care is added and the status bar says what it opens."""
        document = self.session.document
        tier = document.project.tier_by_id().get(gap.tier_id or "")
        located = document.project.touchpoint_index().get(gap.touchpoint_id or "")
        if tier is None or located is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # an analysis per variant
        try:
            choice = plan_care(document.project, gap.kind, tier.id, located[1].id,
                               lambda tp: self.tr("Care for %1 at %2").replace(
                                   "%1", tier.name).replace("%2", tp.name),
                               lambda project: self.analyse(project).gaps)
        finally:
            QApplication.restoreOverrideCursor()
        if choice is None:
            self.session.show_message(self.tr("More care cannot close this gap."))
            return
        text = self.tr("Add care for %1 at “%2”").replace("%1", tier.name).replace(
            "%2", located[1].name)
        changed = apply_edit(document, choice.edit, text)
        if changed:
            self.session.show_action(changed[0])
        if choice.opens:
            self.session.show_message(self.tr(
                "Care added for %1, but every way to add it opens a gap: %2").replace(
                "%1", tier.name).replace("%2", " ".join(choice.opens)), 15000)

    def show_fix_first(self) -> None:
        result = self.runner.current()
        if not result.priorities:
            QMessageBox.information(self.parent_widget, self.tr("Fix first"),
                                    self.tr("Nothing to fix first: no uncovered pain points or "
                                            "moments of truth were found."))
            return
        dialog = FixFirstDialog(result, self.parent_widget,
                                lang=self.session.document.project.locale)
        dialog.touchpoint_chosen.connect(self.session.go_to_touchpoint)
        dialog.show()
        self.dialog = dialog
