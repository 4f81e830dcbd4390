"""The analysis part of the main window: the Gaps dock kept fresh by AnalysisRunner,
the gap overlay on the map, and Analyze ▸ Fix First.

An analysis taking longer than BUSY_AFTER_MS shows "Analysing…" with a busy bar in the
status bar (a big project takes seconds); editing goes on meanwhile.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QLabel, QMessageBox, QProgressBar

from journey_designer.analysis import Analysis, Gap
from journey_designer.domain.model import Touchpoint
from journey_designer.ui.analysis_runner import AnalysisRunner
from journey_designer.ui.canvas.items.card import CardData
from journey_designer.ui.dialogs.fix_first import FixFirstDialog
from journey_designer.ui.panels.charts_view import ChartsView
from journey_designer.ui.panels.gaps import GapsPanel

if TYPE_CHECKING:
    from journey_designer.ui.main_window import MainWindow

BUSY_AFTER_MS = 300


class GapsUi(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.runner = AnalysisRunner(window.document, self)
        self.panel = GapsPanel()
        self.dock = QDockWidget(self.tr("Gaps"), window, objectName="gapsDock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        window.tabifyDockWidget(window.properties_dock, self.dock)
        window.properties_dock.raise_()
        self._flagged: set[str] = set()
        self.charts = ChartsView(window.document, lambda: window.journey_id)
        self.runner.updated.connect(self._on_result)
        self.runner.updated.connect(self.charts.set_result)
        self.runner.busy_changed.connect(self.panel.set_busy)
        self._build_busy_indicator()
        self.panel.gap_activated.connect(self.go_to_gap)
        self.panel.add_care_requested.connect(self.add_care_for_gap)
        self.panel.overlay_toggled.connect(self.set_overlay)
        window.scene.card_decorator = self._decorate
        self.runner.schedule()

    def _build_busy_indicator(self) -> None:
        self.busy_label = QLabel(self.tr("Analysing…"), objectName="analysisBusyLabel")
        self.busy_bar = QProgressBar(objectName="analysisBusy")
        self.busy_bar.setRange(0, 0)  # a busy bar: the analysis cannot say how far it is
        self.busy_bar.setMaximumWidth(110)
        self.busy_bar.setMaximumHeight(14)
        self.busy_bar.setTextVisible(False)
        for widget in (self.busy_label, self.busy_bar):
            self.window.statusBar().addPermanentWidget(widget)
            widget.hide()
        self._busy_timer = QTimer(self, singleShot=True, interval=BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(lambda: self._show_busy(True))
        self.runner.busy_changed.connect(self._on_busy)

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
        if self.panel.overlay.isChecked():
            self._flag_from(result)

    def _flag_from(self, result: Analysis | None) -> None:
        gaps = self.panel.visible_gaps() if result is not None else []
        self._flagged = {g.touchpoint_id for g in gaps if g.touchpoint_id}
        self.window.scene.refresh_cards()

    def set_overlay(self, on: bool) -> None:
        if on:
            self._flag_from(self.runner.result)
        else:
            self._flagged = set()
            self.window.scene.refresh_cards()

    def _decorate(self, tp: Touchpoint, data: CardData) -> None:
        data.flagged = tp.id in self._flagged

    def go_to_gap(self, gap: Gap) -> None:
        if gap.touchpoint_id:
            self.window.go_to_touchpoint(gap.touchpoint_id)

    def add_care_for_gap(self, gap: Gap) -> None:
        """Context menu: a care action at the gap's touchpoint for its tier (undoable)."""
        document = self.window.document
        touchpoints = document.project.touchpoint_index()
        if gap.touchpoint_id not in touchpoints or not gap.tier_id:
            return
        _, tp = touchpoints[gap.touchpoint_id]
        channels = document.project.channels
        human = [c.id for c in channels if c.kind == "human"]
        wants_human = gap.kind == "missing_human_touch"
        channel = (human[0] if wants_human and human else
                   tp.channels[0] if tp.channels else channels[0].id if channels else "")
        name = self.tr("Care for %1 at %2").replace("%1", gap.tier or "").replace("%2", tp.name)
        document.add_item("actions", document.new_action(tp.id, [gap.tier_id], channel, name))
        self.window.go_to_touchpoint(tp.id)

    def show_fix_first(self) -> None:
        result = self.runner.current()
        if not result.priorities:
            QMessageBox.information(self.window, self.tr("Fix first"),
                                    self.tr("Nothing to fix first: no uncovered pain points or "
                                            "moments of truth were found."))
            return
        dialog = FixFirstDialog(result, self.window)
        dialog.touchpoint_chosen.connect(self.window.go_to_touchpoint)
        dialog.show()
        self.dialog = dialog
