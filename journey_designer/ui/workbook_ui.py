"""File ▸ Export Workbook and Import Workbook: export in a worker thread with progress
and Cancel; import shows a preview and applies as one undo step."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from journey_designer.domain import JourneyError
from journey_designer.io.excel_export import Cancelled, export_workbook
from journey_designer.io.excel_import import apply, plan_import
from journey_designer.io.render import render_map
from journey_designer.ui.dialogs.import_preview import ImportPreviewDialog

if TYPE_CHECKING:
    from journey_designer.ui.main_window import MainWindow


class WorkbookUi(QObject):
    _progress = Signal(int, int)
    _done = Signal(object)  # ExportReport | Exception
    _picture_done = Signal(object)  # Path | Exception

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="workbook")
        self._cancelled = False
        self.dialog: QProgressDialog | None = None
        self.last_outcome: object = None
        self._progress.connect(self._on_progress)
        self._done.connect(self._on_done)
        self._picture_done.connect(self._on_picture)

    # ------------------------------------------------------------ export

    def ask_export(self) -> None:
        document = self.window.document
        name = (document.path.stem if document.path else document.project.name) + ".xlsx"
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export workbook"), name,
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export_to(Path(path) if path.endswith(".xlsx") else Path(path + ".xlsx"))

    def export_to(self, path: Path) -> None:
        """Write in a worker thread; a modal progress dialog keeps the plan still meanwhile."""
        self._cancelled = False
        self.dialog = QProgressDialog(self.tr("Writing %1…").replace("%1", path.name),
                                      self.tr("Cancel"), 0, 0, self.window)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.canceled.connect(self._cancel)
        analysis = self.window.gaps.runner.refresh_now()
        project = self.window.document.project
        self._executor.submit(self._export, project, path, analysis)

    def _export(self, project, path: Path, analysis) -> None:
        def report(done: int, total: int) -> bool:
            self._progress.emit(done, total)
            return not self._cancelled
        try:
            outcome: object = export_workbook(project, path, analysis, report)
        except (JourneyError, Cancelled, OSError) as exc:
            outcome = exc
        self._done.emit(outcome)

    def _cancel(self) -> None:
        self._cancelled = True

    def _on_progress(self, done: int, total: int) -> None:
        if self.dialog is not None and total:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total - 1))

    def _on_done(self, outcome: object) -> None:
        self.last_outcome = outcome
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog = None
        if isinstance(outcome, Cancelled):
            self.window.statusBar().showMessage(self.tr("Export cancelled; nothing was written."),
                                                5000)
        elif isinstance(outcome, Exception):
            QMessageBox.critical(self.window, self.tr("Cannot export workbook"), str(outcome))
        else:
            self.window.statusBar().showMessage(self.tr("Wrote %1").replace(
                "%1", str(outcome.path)), 6000)

    def wait(self) -> None:
        """Block until the running export is done (tests, closing the window)."""
        self._executor.submit(lambda: None).result()

    # ------------------------------------------------------------ picture

    def ask_picture(self) -> None:
        document = self.window.document
        name = (document.path.stem if document.path else "journey-map") + ".png"
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export picture of the map"), name,
            self.tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"))
        if path:
            self.picture_to(Path(path))

    def picture_to(self, path: Path) -> None:
        """The current journey as the current lens shows it, drawn in a worker thread."""
        self.last_outcome = None
        project = self.window.document.project
        journey, tier = self.window.journey_id, self.window.scene.lens_tier
        self.window.statusBar().showMessage(self.tr("Drawing %1…").replace("%1", path.name))

        def draw() -> None:
            try:
                outcome: object = render_map(project, path, journey=journey, tier=tier)
            except (JourneyError, OSError) as exc:
                outcome = exc
            self._picture_done.emit(outcome)
        self._executor.submit(draw)

    def _on_picture(self, outcome: object) -> None:
        self.last_outcome = outcome
        if isinstance(outcome, Exception):
            QMessageBox.critical(self.window, self.tr("Cannot export picture"), str(outcome))
        else:
            self.window.statusBar().showMessage(self.tr("Wrote %1").replace("%1", str(outcome)), 6000)

    # ------------------------------------------------------------ import

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import workbook"), "",
                                              self.tr("Excel workbook (*.xlsx *.xlsm *.xls)"))
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> bool:
        """Preview, then apply on the user's word. True when the project changed."""
        document = self.window.document
        try:
            plan = plan_import(document.project, path)
        except JourneyError as exc:
            QMessageBox.critical(self.window, self.tr("Cannot import workbook"), str(exc))
            return False
        dialog = ImportPreviewDialog(plan, self.window)
        if dialog.exec() != ImportPreviewDialog.DialogCode.Accepted:
            return False
        try:
            changed = apply(document.project, plan, accept_deletions=dialog.accept_deletions())
        except JourneyError as exc:
            QMessageBox.critical(self.window, self.tr("Cannot import workbook"), str(exc))
            return False
        document.replace_contents(changed, self.tr("Import %1").replace("%1", path.name))
        return True
