"""File handling of the main window: new, open, save, recent files, unsaved-changes
prompts, and autosave to a recovery file (written off the UI thread).

A small file opens at once. A big one (over `big_file_bytes`) opens through
ProjectOpener: read on a worker thread and drawn in slices, with progress and Cancel.

Saving never loses work silently: the file's DiskState is recorded when it is read and
after each save, and a save over a file that another program changed asks first
(dialogs/disk_changed). Any error from a writer — here or on the autosave thread — is
shown naming the file, and the window keeps its changes.
"""

from __future__ import annotations

import shutil
import uuid
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from journey_designer.domain import JourneyError, Project, ProjectFileError
from journey_designer.domain.templates import blank_project
from journey_designer.io.project_file import lock
from journey_designer.io.project_file.by_name import is_json_path, load_any
from journey_designer.io.project_file.json_io import save_json
from journey_designer.io.project_file.samples import sample_paths
from journey_designer.io.project_file.schema import SCHEMA_VERSION
from journey_designer.io.project_file.sqlite_store import (
    file_schema_version,
    load_project,
    project_rows,
    write_rows,
)
from journey_designer.ui.canvas.map_builder import BuiltMap
from journey_designer.ui.dialogs import disk_changed
from journey_designer.ui.disk_state import DiskState
from journey_designer.ui.labels import sample_label
from journey_designer.ui.long_task import SHOW_AFTER_MS
from journey_designer.ui.project_opener import SLICE_MS, ProjectOpener
from journey_designer.ui.recovery import Recovery

if TYPE_CHECKING:
    from journey_designer.ui.canvas.scene import JourneyScene
    from journey_designer.ui.session import Session

Buttons = QMessageBox.StandardButton
BIG_FILE_BYTES = 512 * 1024  # ~400 touchpoints with their care: bigger files open with progress
READ_NOW_BYTES = 4 * 1024 * 1024  # read before the window shows (~0.13 s): see ProjectOpener.start


class FileController(QObject):
    """Owns the window's file actions and its autosave slot. Works on the session's
    document; `parent` is only the parent of its dialogs."""

    open_finished = Signal(bool)  # after every open_path that got past the prompts
    _autosaved = Signal(object)  # None or the exception, from the autosave thread

    def __init__(self, session: Session, scene: JourneyScene, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.scene = scene
        self.window = parent  # dialogs' parent
        self.recent_menu: QMenu | None = None
        self.samples_menu: QMenu | None = None
        self.big_file_bytes = BIG_FILE_BYTES
        self.progress_after_ms = SHOW_AFTER_MS
        self.draw_slice_ms = SLICE_MS
        self.opening: ProjectOpener | None = None
        self.recovery = Recovery()
        self.disk_state: DiskState | None = None  # the open file as last read or written
        self._lock_token = uuid.uuid4().hex  # this window's lock, told apart from others'
        self._autosave_failing = False
        self._closing = False
        self._autosaved.connect(self._on_autosaved)
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        self._pending: Future | None = None
        self.autosave_timer = QTimer(self)
        minutes = max(1, session.settings.get("files/autosave_minutes"))
        self.autosave_timer.setInterval(minutes * 60_000)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()

    @property
    def document(self):
        return self.session.document

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
        QMessageBox.critical(self.window, title, _printable(str(error)))

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
        """Open a project file; False when it was not opened (refused, failed, cancelled).

        A big file opens with progress and Cancel while the window keeps running: then
        True means the opening started, and `open_finished` tells how it ended.
        """
        if self.opening is not None or not self.maybe_save():
            return False
        if self._is_big(path):
            return self._open_in_steps(path)
        try:
            with _busy():
                state = DiskState.of(path)  # before reading: a change meanwhile shows later
                project = load_any(path)
        except JourneyError as exc:
            self.show_error(self.tr("Cannot open project"), exc)
            self.open_finished.emit(False)
            return False
        if not self._confirm_unlocked(path):
            self.open_finished.emit(False)
            return False
        self._back_up_older_schema(path)
        with _busy():
            self._replace(project, path, state)
        self.session.settings.add_recent(path)
        self.open_finished.emit(True)
        return True

    def _is_big(self, path: Path) -> bool:
        return _size(path) > self.big_file_bytes

    def _open_in_steps(self, path: Path) -> bool:
        if not self._confirm_unlocked(path):  # before the wait, not after it
            self.open_finished.emit(False)
            return False
        opener = ProjectOpener(
            self.window, self.scene, path,
            commit=lambda project, built: self._take_opened(project, path, built),
            fail=self._open_failed, show_after_ms=self.progress_after_ms,
            slice_ms=self.draw_slice_ms,
            read_now=not self.window.isVisible() and _size(path) <= READ_NOW_BYTES)
        self.opening = opener
        opener.finished.connect(self._opened_in_steps)
        self.session.analysis.hold()
        opener.start()
        return True

    def _take_opened(self, project: Project, path: Path, built: BuiltMap) -> None:
        self._back_up_older_schema(path)
        self.scene.adopt(built)  # the reset below shows the map built meanwhile
        self._replace(project, path, self.opening.disk_state if self.opening else None)
        self.session.settings.add_recent(path)

    def _open_failed(self, error: Exception) -> None:
        if not isinstance(error, JourneyError):
            error = JourneyError(f"{type(error).__name__}: {error}")
        self.show_error(self.tr("Cannot open project"), error)

    def _opened_in_steps(self, opened: bool) -> None:
        cancelled = self.opening is not None and self.opening.phase == "cancelled"
        self.opening = None
        self.session.analysis.release()
        if cancelled:
            self.session.show_message(
                self.tr("Opening cancelled; the open project is as it was."), 5000)
        self.open_finished.emit(opened)

    def _confirm_unlocked(self, path: Path) -> bool:
        """Warn when another window or program has the file open."""
        owner = lock.current_owner(path)
        if owner is None:
            return True
        answer = QMessageBox.warning(
            self.window, self.tr("Project already open"),
            self.tr("“%1” is already open in %2. If you both save, one of you loses work. "
                    "Open it anyway?").replace("%1", path.name).replace("%2", owner.describe()),
            Buttons.Yes | Buttons.No, Buttons.No)
        return answer == Buttons.Yes

    def _back_up_older_schema(self, path: Path) -> None:
        """A file from an older version is upgraded when saved: keep the original first."""
        version = file_schema_version(path)
        if version is None or version >= SCHEMA_VERSION:
            return
        backup = path.with_name(f"{path.name}.schema{version}.bak")
        if not backup.exists():
            shutil.copy2(path, backup)
        self.session.show_message(self.tr(
            "Opened a file from an older version; the original is kept as %1").replace(
            "%1", backup.name), 8000)

    def close_project(self) -> None:
        if self.maybe_save():
            self._replace(blank_project(self.document.project.locale), None)

    def _replace(self, project: Project, path: Path | None,
                 state: DiskState | None = None) -> None:
        self.recovery.discard()
        self._move_lock(path)
        self.document.replace(project, path)
        self.disk_state = state

    def _move_lock(self, path: Path | None) -> None:
        if self.document.path is not None and self.document.path != path:
            lock.release(self.document.path, token=self._lock_token)
        if path is not None:
            lock.acquire(path, token=self._lock_token)

    def reload(self) -> bool:
        """Show the open file as it is on disk now, dropping unsaved changes."""
        path = self.document.path
        if path is None:
            return False
        try:
            with _busy():
                state = DiskState.of(path)
                project = load_any(path)
        except Exception as exc:  # any reader failure: the window keeps what it shows
            self.show_error(self.tr("Cannot open project"), exc)
            return False
        with _busy():
            self._replace(project, path, state)
        self.session.show_message(
            self.tr("Reloaded %1 from disk").replace("%1", path.name), 5000)
        return True

    def adopt_restored(self, project: Project, original: Path | None) -> bool:
        """Show work restored from an autosave: modified, tied to its file (unless another
        program has that file open and the user says no) and autosaved again at once.
        False when that autosave failed (the caller then keeps the old one)."""
        if original is not None and not self._confirm_unlocked(original):
            original = None
        self._replace(project, original, DiskState.of(original))
        self.document.undo_stack.resetClean()  # restored work is not saved yet
        return self.autosave_now()

    # ------------------------------------------------------------ save

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self.save_to(self.document.path)

    def save_as(self) -> bool:
        start = str(self.document.path or Path.home() / f"{self.document.project.name}.journey")
        path, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Save project as"), start,
            self.tr("Journey project (*.journey);;JSON (*.json)"))
        if not path:
            return False
        target = Path(path)
        if not target.suffix:  # the suffix of the filter chosen, as the user asked for
            target = target.with_suffix(".json" if "*.json" in chosen else ".journey")
        return self.save_to(target)

    def save_to(self, path: Path) -> bool:
        """Write the project to `path`; False (with a message) when it was not written."""
        if path == self.document.path and self.disk_state is not None:
            now = DiskState.of(path)
            if not self.disk_state.same_file_as(now):
                choice = disk_changed.ask(self.window, path, now is None)
                if choice is not disk_changed.Choice.OVERWRITE:
                    return self._answer_disk_change(choice)
        try:
            with _busy():
                self._write(path)
        except Exception as exc:  # every writer failure, not only the expected ones
            self._save_failed(path, exc)
            return False
        self._move_lock(path)
        self.disk_state = DiskState.of(path)
        self.document.mark_saved(path)
        self.session.settings.add_recent(path)
        self.recovery.discard()
        self.session.show_message(self.tr("Saved %1").replace("%1", str(path)), 4000)
        return True

    def _write(self, path: Path) -> None:
        if is_json_path(path):
            save_json(self.document.project, path)
        else:
            write_rows(project_rows(self.document.project), path)

    def _answer_disk_change(self, choice: disk_changed.Choice) -> bool:
        if choice is disk_changed.Choice.RELOAD:
            self.reload()
            return False  # nothing was saved: a closing window stays open
        if choice is disk_changed.Choice.SAVE_AS:
            return self.save_as()
        return False

    def _save_failed(self, path: Path, error: Exception) -> None:
        QMessageBox.critical(self.window, self.tr("Cannot save project"), _printable(self.tr(
            "“%1” was not saved: %2\n\nYour changes are still here; save again or choose "
            "another place with Save As.").replace("%1", str(path)).replace(
            "%2", _reason(error))))

    # ------------------------------------------------------------ autosave

    def autosave(self) -> Future | None:
        """Write unsaved work to the recovery file; rows are built here, written in a thread.
        A failure there reaches the UI thread through `_autosaved`."""
        if not self.document.is_modified() or (self._pending and not self._pending.done()):
            return None
        try:
            rows = project_rows(self.document.project)
        except Exception as exc:
            self._on_autosaved(exc)
            return None
        future = self._writer.submit(self.recovery.write, rows, self.document.path)
        future.add_done_callback(lambda done: self._autosaved.emit(done.exception()))
        self._pending = future
        return future

    def autosave_now(self) -> bool:
        """Write the autosave on this thread (e.g. right after a restore); False if it failed."""
        try:
            self.recovery.write(project_rows(self.document.project), self.document.path)
        except Exception as exc:
            self._on_autosaved(exc)
            return False
        self._on_autosaved(None)
        return True

    def _on_autosaved(self, error: object) -> None:
        if self._closing:
            return
        if error is None:
            self._autosave_failing = False
            return
        text = self.tr("Unsaved work could not be autosaved to %1: %2").replace(
            "%1", str(self.recovery.project_file)).replace("%2", _reason(error))
        if self._autosave_failing:  # said once already: do not interrupt every few minutes
            self.session.show_message(_printable(text), 10_000)
            return
        self._autosave_failing = True
        QMessageBox.critical(self.window, self.tr("Autosave failed"), _printable(
            text + "\n\n" + self.tr("Save the project to keep your changes.")))

    def shutdown(self) -> None:
        """Clean close: the user decided about their changes, so no recovery is needed."""
        self._closing = True
        self.autosave_timer.stop()
        self._writer.shutdown(wait=True)
        self.recovery.discard()
        if self.document.path is not None:
            lock.release(self.document.path, token=self._lock_token)

    # ------------------------------------------------------------ menus

    def attach_menus(self, recent: QMenu, samples: QMenu) -> None:
        """File ▸ Open Recent (filled when it opens) and File ▸ New from Sample."""
        self.recent_menu, self.samples_menu = recent, samples
        recent.aboutToShow.connect(self.fill_recent_menu)
        self.fill_samples_menu()

    def fill_recent_menu(self) -> None:
        menu = self.recent_menu
        if menu is None:
            return
        menu.clear()
        recent = self.session.settings.recent_files()
        for path in recent:
            menu.addAction(path.name, lambda p=path: self.open_path(p)).setToolTip(str(path))
        if not recent:
            menu.addAction(self.tr("(no recent files)")).setEnabled(False)

    def fill_samples_menu(self) -> None:
        menu = self.samples_menu
        if menu is None:
            return
        menu.clear()
        for name, path in sample_paths().items():
            menu.addAction(sample_label(name), lambda p=path: self.new_from_sample(p))


def _reason(error: object) -> str:
    """Why a write failed, in one line: the message without the path it names."""
    if isinstance(error, ProjectFileError):
        return error.problem
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    if isinstance(error, UnicodeError):
        return QCoreApplication.translate(
            "FileController", "the project holds text that cannot be stored (%1)").replace(
            "%1", str(error))
    return str(error) or type(error).__name__


def _printable(text: str) -> str:
    """Text safe to show: a lone surrogate (from the data or an error about it) escaped."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


class _busy:
    """Wait cursor for file work that can take a moment on big projects."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # the usual path reports the missing file
