"""Long work without a frozen window: progress that appears only when the work takes a
while, Cancel, and no edits sneaking in underneath.

`TaskProgress` is the visible part: a window-modal QProgressDialog shown after
`show_after_ms` (quick work never flashes a dialog). From the first moment it holds
back the user's input to the window (clicks, keys, drops, closing), so the project
cannot change under a worker that reads it, even before the dialog shows.

`run_in_thread` runs a Qt-free function on a worker thread with such a progress and
hands its outcome back on the UI thread. Cancel cannot stop a thread: the function
is asked to stop through its `report` callback (which returns False) and, if it cannot
listen, its result is thrown away when it ends.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

SHOW_AFTER_MS = 500  # progress for work shorter than this would only flash
Report = Callable[..., bool]  # report(done, total, text="") -> False when cancelled

_INPUT_EVENTS = {
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel, QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride, QEvent.Type.Shortcut,
    QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop, QEvent.Type.Close,
    QEvent.Type.ContextMenu, QEvent.Type.TouchBegin,
}


class TaskCancelled(Exception):
    """The user pressed Cancel; nothing was changed or written."""


class TaskProgress(QObject):
    """Progress and Cancel for one long task over `window` (see the module docstring)."""

    canceled = Signal()

    def __init__(self, window: QWidget, text: str, *, show_after_ms: int = SHOW_AFTER_MS) -> None:
        super().__init__(window)
        self.window = window
        self.cancelled = False
        self.finished = False
        self.was_shown = False
        self.dialog = QProgressDialog(text, self.tr("Cancel"), 0, 0, window)
        self.dialog.setObjectName("taskProgress")
        self.dialog.setWindowTitle(self.tr("Please wait"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(2**31 - 1)  # shown by our own timer, not by setValue
        self.dialog.setMinimumWidth(380)
        self.dialog.canceled.connect(self.cancel)
        self.dialog.hide()
        self._show_timer = QTimer(self, singleShot=True, interval=show_after_ms)
        self._show_timer.timeout.connect(self._show)
        self._show_timer.start()
        QApplication.instance().installEventFilter(self)
        self.started = time.perf_counter()

    def set_text(self, text: str) -> None:
        if not self.finished:
            self.dialog.setLabelText(text)

    def set_progress(self, done: int, total: int) -> None:
        """`total` 0 shows a busy bar (work that cannot say how far it is)."""
        if self.finished:
            return
        if self.dialog.maximum() != max(total, 0):
            self.dialog.setRange(0, max(total, 0))
        if total > 0:
            self.dialog.setValue(min(done, total))

    def cancel(self) -> None:
        if self.cancelled or self.finished:
            return
        self.cancelled = True
        self.canceled.emit()
        self.finish()

    def finish(self) -> None:
        """Close the dialog and give the window its input back."""
        if self.finished:
            return
        self.finished = True
        self._show_timer.stop()
        QApplication.instance().removeEventFilter(self)
        self.dialog.blockSignals(True)  # hiding a progress dialog may report a cancel
        self.dialog.hide()
        self.dialog.deleteLater()
        self.deleteLater()

    def _show(self) -> None:
        if not self.finished:
            self.was_shown = True
            self.dialog.show()
            self.dialog.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() not in _INPUT_EVENTS or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self.window:
            return False  # the progress dialog itself, or another window
        if event.type() == QEvent.Type.Close:
            event.ignore()
        return True


class ThreadTask(QObject):
    """One call of `work(report)` on a worker thread, with a TaskProgress.

    `done(outcome)` is called on the UI thread with the function's result, the exception
    it raised, or TaskCancelled at once when the user cancels; a result that still
    arrives after that goes to `abandon` (e.g. to remove a file written meanwhile).
    """

    _progress = Signal(int, int, str)
    _finished = Signal(object)

    def __init__(self, window: QWidget, text: str, work: Callable[[Report], Any],
                 done: Callable[[object], None], *, executor: ThreadPoolExecutor,
                 abandon: Callable[[object], None] | None = None,
                 show_after_ms: int = SHOW_AFTER_MS) -> None:
        super().__init__(window)
        self.progress = TaskProgress(window, text, show_after_ms=show_after_ms)
        self.progress.canceled.connect(self._on_cancel)
        self._done = done
        self._abandon = abandon
        self._reported = False
        self._progress.connect(self._on_progress)
        self._finished.connect(self._on_finished)
        self.future = executor.submit(self._run, work)

    def _run(self, work: Callable[[Report], Any]) -> None:
        def report(done: int, total: int, text: str = "") -> bool:
            self._progress.emit(done, total, text)
            return not self.progress.cancelled
        try:
            outcome: object = work(report)
        except Exception as exc:  # shown to the user by `done`
            outcome = exc
        self._finished.emit(outcome)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if text:
            self.progress.set_text(text)
        self.progress.set_progress(done, total)

    def _on_cancel(self) -> None:
        if not self._reported:
            self._reported = True
            self._done(TaskCancelled())

    def _on_finished(self, outcome: object) -> None:
        if self._reported:  # cancelled earlier: the result is abandoned
            if self._abandon is not None:
                self._abandon(outcome)
        else:
            self._reported = True
            self.progress.finish()
            self._done(outcome)
        self.deleteLater()


def run_in_thread(window: QWidget, text: str, work: Callable[[Report], Any],
                  done: Callable[[object], None], *, executor: ThreadPoolExecutor,
                  abandon: Callable[[object], None] | None = None,
                  show_after_ms: int = SHOW_AFTER_MS) -> ThreadTask:
    """Run `work(report)` on `executor` with progress and Cancel over `window`."""
    return ThreadTask(window, text, work, done, executor=executor, abandon=abandon,
                      show_after_ms=show_after_ms)



def wait_in_thread(window: QWidget, text: str, work: Callable[[Report], Any], *,
                   executor: ThreadPoolExecutor, show_after_ms: int = SHOW_AFTER_MS) -> object:
    """run_in_thread, waiting for the outcome in a local event loop: for a flow that
    goes on with a modal dialog anyway (the window's input is held back meanwhile)."""
    loop = QEventLoop()
    outcome: list[object] = []

    def done(result: object) -> None:
        outcome.append(result)
        loop.quit()
    run_in_thread(window, text, work, done, executor=executor, show_after_ms=show_after_ms)
    if not outcome:
        loop.exec()
    return outcome[0]

def temporary_sibling(path: Path) -> Path:
    """A hidden new file beside `path`, with its suffix (writers choose the format by it).

    Long exports write here and are renamed over `path` on the UI thread only when they
    were not cancelled: a cancelled export leaves no file, and an older file untouched.
    The file gets the mode a newly written file usually has (0666 less the umask, as the
    command line writes it; mkstemp's private 0600 would stay after the rename), or the
    mode of the file it will replace.
    """
    for _attempt in range(100):
        temp = path.with_name(f".{path.stem}.{secrets.token_hex(4)}{path.suffix}")
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o666)
        except FileExistsError:
            continue
        os.close(fd)
        with contextlib.suppress(OSError):
            if path.is_file():
                os.chmod(temp, stat.S_IMODE(path.stat().st_mode))
        return temp
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(path.parent))


def remove_quietly(path: Path | None) -> None:
    if path is not None:
        with contextlib.suppress(OSError):
            path.unlink()
