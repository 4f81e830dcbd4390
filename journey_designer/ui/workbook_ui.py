"""File ▸ Export Workbook, Export Picture and Import Workbook.

Exports run in a worker thread with progress and Cancel (ui.long_task; the picture is
drawn in a child process, see child_jobs): they write to a hidden file beside the
target, renamed over it only when done and not cancelled, so a cancelled export leaves
no file behind and an older one as it was. Import reads and applies the workbook in a
worker thread too, shows a preview between, and applies as one undo step.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from journey_designer.collector import kept_without_collection
from journey_designer.ui.long_task import (
    SHOW_AFTER_MS,
    Report,
    TaskCancelled,
    ThreadTask,
    remove_quietly,
    run_in_thread,
    temporary_sibling,
    wait_in_thread,
)
from journey_designer.ui.project_opener import build_with_progress

# The workbook modules (openpyxl, numpy) are imported when first used, in the worker
# threads: the window opens without them (issue 15).

if TYPE_CHECKING:
    from journey_designer.ui.canvas.scene import JourneyScene
    from journey_designer.ui.session import Session

BUILD_IN_STEPS_CARDS = 500  # a map of more cards is drawn with progress before it shows
CHILD_IMPORT_BYTES = 1_000_000  # bigger workbooks are read in a child process (see child_jobs)


class WorkbookUi(QObject):
    """Works on the session; `parent` is only the parent of its dialogs and progress."""

    def __init__(self, session: Session, scene: JourneyScene, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.scene = scene
        self.window = parent
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="workbook")
        self.last_outcome: object = None
        self.task: ThreadTask | None = None
        self.progress_after_ms = SHOW_AFTER_MS
        self.child_import_bytes = CHILD_IMPORT_BYTES

    # ------------------------------------------------------------ export

    def ask_export(self) -> None:
        document = self.session.document
        name = (document.path.stem if document.path else document.project.name) + ".xlsx"
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export workbook"), name,
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export_to(Path(path) if path.endswith(".xlsx") else Path(path + ".xlsx"))

    def export_to(self, path: Path) -> None:
        """Write the workbook in a worker thread (the progress holds edits back meanwhile)."""
        project = self.session.document.project
        analysis = self.session.analysis.fresh_result()  # None: analysed in the worker

        def write(temp: Path, report: Report) -> object:
            from journey_designer.io.workbook.export import export_workbook

            return export_workbook(project, temp, analysis,
                                   lambda done, total: report(done, total or 0))
        self._export(path, self.tr("Writing %1…").replace("%1", path.name), write,
                     self.tr("Cannot export workbook"))

    def picture_to(self, path: Path, paper: str | None = None, landscape: bool = False) -> None:
        """The current journey as the current lens shows it, drawn in a worker thread;
        on `paper` ("A4", "A3", "letter") fitted to that sheet, else at screen size."""
        project = self.session.document.project
        journey, tier = self.session.view.journey_id, self.session.view.lens_tier

        def draw(temp: Path, report: Report) -> object:  # in a child process: see child_jobs
            from journey_designer.ui.child_jobs import draw_in_child

            return draw_in_child(project, temp, journey, tier, lambda: report(0, 0),
                                 paper, landscape)
        self._export(path, self.tr("Drawing %1…").replace("%1", path.name), draw,
                     self.tr("Cannot export picture"))

    def _export(self, path: Path, text: str, write: Callable[[Path, Report], object],
                error_title: str) -> None:
        self.last_outcome = None
        try:
            temp = temporary_sibling(path)
        except OSError as exc:
            self._finished(exc, path, error_title)
            return

        def work(report: Report) -> Path:
            try:
                write(temp, report)
            except BaseException:
                remove_quietly(temp)
                raise
            return temp

        def done(outcome: object) -> None:
            if isinstance(outcome, Path):
                try:
                    os.replace(outcome, path)
                except OSError as exc:
                    remove_quietly(outcome)
                    outcome = exc
                else:
                    outcome = path
            elif isinstance(outcome, TaskCancelled):
                remove_quietly(temp)  # may still be written: abandon() removes it then
            self._finished(outcome, path, error_title)

        self.task = run_in_thread(self.window, text, work, done, executor=self._executor,
                                  abandon=lambda _outcome: remove_quietly(temp),
                                  show_after_ms=self.progress_after_ms)

    def _finished(self, outcome: object, path: Path, error_title: str) -> None:
        self.task = None
        self.last_outcome = outcome
        if isinstance(outcome, TaskCancelled):
            self.session.show_message(self.tr("Export cancelled; nothing was written."),
                                                5000)
        elif isinstance(outcome, Exception):
            QMessageBox.critical(self.window, error_title, str(outcome))
        else:
            self.session.show_message(self.tr("Wrote %1").replace("%1", str(path)), 6000)

    def wait(self) -> None:
        """Block until the running export is done (tests, closing the window)."""
        self._executor.submit(lambda: None).result()

    # ------------------------------------------------------------ picture

    def ask_picture(self) -> None:
        """The paper (or screen size) first, then the file: the choice is remembered."""
        from journey_designer.ui.dialogs.picture_options import PictureOptionsDialog

        options = PictureOptionsDialog(self.session.settings, self.window)
        if options.exec() != PictureOptionsDialog.DialogCode.Accepted:
            return
        document = self.session.document
        paper = options.paper()
        name = (document.path.stem if document.path else "journey-map") + (
            ".pdf" if paper else ".png")
        kinds = [self.tr("PNG image (*.png)"), self.tr("SVG drawing (*.svg)"),
                 self.tr("PDF document (*.pdf)")]
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export picture of the map"), name, ";;".join(kinds),
            kinds[2] if paper else kinds[0])
        if path:
            self.picture_to(Path(path), paper, options.is_landscape())

    # ------------------------------------------------------------ import

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import workbook"), "",
                                              self.tr("Excel workbook (*.xlsx *.xlsm)"))
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> bool:
        """Preview, then apply on the user's word. True when the project changed.

        Reading the workbook and applying it run in a worker thread, and a big map is
        drawn in slices before it is shown, with progress and Cancel (a 50,000-row
        workbook takes seconds to read).
        """
        document = self.session.document
        project, title = document.project, self.tr("Cannot import workbook")

        def read(report: Report) -> object:
            from journey_designer.io.workbook.importing import plan_import
            from journey_designer.ui.child_jobs import plan_import_in_child

            if path.stat().st_size < self.child_import_bytes:
                return kept_without_collection(lambda: plan_import(project, path))
            return kept_without_collection(
                lambda: plan_import_in_child(project, path, lambda: report(0, 0)))
        plan = wait_in_thread(self.window, self.tr("Reading %1…").replace("%1", path.name), read,
                              executor=self._executor, show_after_ms=self.progress_after_ms)
        if self._stopped(plan, title):
            return False
        from journey_designer.io.workbook.importing import apply
        from journey_designer.ui.dialogs.import_preview import ImportPreviewDialog

        dialog = ImportPreviewDialog(plan, self.window)
        if dialog.exec() != ImportPreviewDialog.DialogCode.Accepted:
            return False
        deletions, plan = dialog.accept_deletions(), dialog.resolved_plan()  # conflicts as decided
        changed = wait_in_thread(self.window, self.tr("Applying %1…").replace("%1", path.name),
                                 lambda _report: kept_without_collection(
                                     lambda: apply(project, plan, accept_deletions=deletions)),
                                 executor=self._executor, show_after_ms=self.progress_after_ms)
        if self._stopped(changed, title):
            return False
        journeys = changed.journeys  # type: ignore[union-attr]
        if journeys and len(journeys[0].touchpoints) > BUILD_IN_STEPS_CARDS:
            built = build_with_progress(self.window, self.scene, changed,  # type: ignore[arg-type]
                                        self.tr("Drawing the map…"),
                                        show_after_ms=self.progress_after_ms)
            if built is None:
                self._stopped(TaskCancelled(), title)
                return False
            self.scene.adopt(built)
        document.replace_contents(changed, self.tr("Import %1").replace("%1", path.name))  # type: ignore[arg-type]
        return True

    def _stopped(self, outcome: object, title: str) -> bool:
        """Report a cancel or an error of a step; True when the import stops there."""
        if isinstance(outcome, TaskCancelled):
            self.session.show_message(self.tr("Import cancelled; nothing changed."), 5000)
            return True
        if isinstance(outcome, Exception):
            QMessageBox.critical(self.window, title, str(outcome))
            return True
        return False
