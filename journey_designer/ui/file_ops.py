"""File handling of the main window: new, open, save, recent files, unsaved-changes
prompts, and autosave to a recovery file (written off the UI thread)."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from journey_designer.domain import JourneyError, Project
from journey_designer.domain.templates import blank_project
from journey_designer.io.json_io import save_json
from journey_designer.io.project_files import is_json_path, load_any
from journey_designer.io.samples import sample_paths
from journey_designer.io.sqlite_store import load_project, project_rows, write_rows
from journey_designer.ui.recovery import Recovery

if TYPE_CHECKING:
    from journey_designer.ui.main_window import MainWindow

Buttons = QMessageBox.StandardButton


class FileController(QObject):
    """Owns the window's file actions and its autosave slot."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.recovery = Recovery()
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        self._pending: Future | None = None
        self.autosave_timer = QTimer(self)
        minutes = max(1, window.settings.get("files/autosave_minutes"))
        self.autosave_timer.setInterval(minutes * 60_000)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()

    @property
    def document(self):
        return self.window.document

    # ------------------------------------------------------------ prompts

    def maybe_save(self) -> bool:
        """Ask Save / Discard / Cancel when there are unsaved changes; True to go on."""
        if not self.document.is_modified():
            return True
        name = self.document.path.name if self.document.path else self.tr("Untitled")
        answer = QMessageBox.warning(
            self.window, self.tr("Unsaved changes"),
            self.tr("“%1” has changes that are not saved. Save them?").replace("%1", name),
            Buttons.Save | Buttons.Discard | Buttons.Cancel, Buttons.Save)
        if answer == Buttons.Save:
            return self.save()
        return answer == Buttons.Discard

    def show_error(self, title: str, error: Exception) -> None:
        QMessageBox.critical(self.window, title, str(error))

    # ------------------------------------------------------------ new / open

    def new_blank(self) -> None:
        if self.maybe_save():
            self._replace(blank_project(self.document.project.locale), None)

    def new_from_sample(self, path: Path) -> None:
        if not self.maybe_save():
            return
        try:
            self._replace(load_project(path), None)  # a copy: saving asks for a new name
        except JourneyError as exc:
            self.show_error(self.tr("Cannot open sample"), exc)

    def ask_open(self) -> None:
        start = str(self.document.path.parent) if self.document.path else ""
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open project"), start,
            self.tr("Journey projects (*.journey *.json);;All files (*)"))
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        if not self.maybe_save():
            return False
        try:
            with _busy():
                project = load_any(path)
        except JourneyError as exc:
            self.show_error(self.tr("Cannot open project"), exc)
            return False
        with _busy():  # drawing a big map takes a moment too
            self._replace(project, path)
        self.window.settings.add_recent(path)
        return True

    def close_project(self) -> None:
        if self.maybe_save():
            self._replace(blank_project(self.document.project.locale), None)

    def _replace(self, project: Project, path: Path | None) -> None:
        self.recovery.discard()
        self.document.replace(project, path)

    # ------------------------------------------------------------ save

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self.save_to(self.document.path)

    def save_as(self) -> bool:
        start = str(self.document.path or Path.home() / f"{self.document.project.name}.journey")
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save project as"), start,
            self.tr("Journey project (*.journey);;JSON (*.json)"))
        if not path:
            return False
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".journey")
        return self.save_to(target)

    def save_to(self, path: Path) -> bool:
        try:
            with _busy():
                if is_json_path(path):
                    save_json(self.document.project, path)
                else:
                    write_rows(project_rows(self.document.project), path)
        except JourneyError as exc:
            self.show_error(self.tr("Cannot save project"), exc)
            return False
        self.document.mark_saved(path)
        self.window.settings.add_recent(path)
        self.recovery.discard()
        self.window.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 4000)
        return True

    # ------------------------------------------------------------ autosave

    def autosave(self) -> Future | None:
        """Write unsaved work to the recovery file; rows are built here, written in a thread."""
        if not self.document.is_modified() or (self._pending and not self._pending.done()):
            return None
        rows = project_rows(self.document.project)
        self._pending = self._writer.submit(self.recovery.write, rows, self.document.path)
        return self._pending

    def shutdown(self) -> None:
        """Clean close: the user decided about their changes, so no recovery is needed."""
        self.autosave_timer.stop()
        self._writer.shutdown(wait=True)
        self.recovery.discard()

    # ------------------------------------------------------------ menus

    def fill_recent_menu(self) -> None:
        menu = self.window.recent_menu
        menu.clear()
        recent = self.window.settings.recent_files()
        for path in recent:
            menu.addAction(path.name, lambda p=path: self.open_path(p)).setToolTip(str(path))
        if not recent:
            menu.addAction(self.tr("(no recent files)")).setEnabled(False)

    def fill_samples_menu(self) -> None:
        menu = self.window.samples_menu
        menu.clear()
        for name, path in sample_paths().items():
            menu.addAction(name.replace("_", " "), lambda p=path: self.new_from_sample(p))


class _busy:
    """Wait cursor for file work that can take a moment on big projects."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()
