"""Opening a big project file without freezing the window, in three steps:

1. read the file on a worker thread (the io layer is Qt-free and pure);
2. build its map beside the scene, a slice per event-loop turn (MapBuilder);
3. switch the document to it in one step; the scene adopts the built map.

Progress shows after half a second ("Reading…", "Drawing the map… 4,000 of 10,000
cards"). Cancel during steps 1–2 leaves the open project exactly as it was — its map,
undo history, title and file lock were never touched — and frees what was built.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from journey_designer.domain import Project
from journey_designer.domain.queries import actions_by_touchpoint
from journey_designer.io.project_file.by_name import load_any
from journey_designer.ui.canvas.map_builder import BuiltMap, MapBuilder
from journey_designer.ui.canvas.scene import JourneyScene
from journey_designer.ui.disk_state import DiskState
from journey_designer.ui.long_task import SHOW_AFTER_MS, TaskProgress

SLICE_MS = 40  # map building per event-loop turn: the window repaints in between

_reader = ThreadPoolExecutor(max_workers=2, thread_name_prefix="open")  # 2: a cancelled read may linger


class ProjectOpener(QObject):
    """One opening of `path`; `finished(bool)` tells whether the project is now open."""

    finished = Signal(bool)
    _read_done = Signal(object)  # (Project, care index) | Exception, from the worker

    def __init__(self, window: QWidget, scene: JourneyScene, path: Path,
                 commit: Callable[[Project, BuiltMap], None], fail: Callable[[Exception], None],
                 *, show_after_ms: int = SHOW_AFTER_MS, slice_ms: int = SLICE_MS,
                 read_now: bool = False) -> None:
        super().__init__(window)
        self.window = window
        self.scene = scene
        self.path = path
        self.phase = "reading"  # then "drawing", and "opened", "failed" or "cancelled"
        self._commit = commit
        self._fail = fail
        self._slice_s = slice_ms / 1000
        self._read_now = read_now
        self._builder: MapBuilder | None = None
        self.disk_state: DiskState | None = None  # the file as it was read (see FileController)
        self.progress = TaskProgress(window, self.tr("Reading %1…").replace("%1", path.name),
                                     show_after_ms=show_after_ms)
        self.progress.canceled.connect(self.cancel)
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._draw_slice)
        self._read_done.connect(self._on_read)

    def start(self) -> None:
        """Read (on a worker thread, or at once with `read_now`), then draw in slices.

        `read_now` is for a file opened as the program starts, before its window shows:
        nothing waits for the window yet, so the file is read and its map drawn at once;
        the window then shows with its map (a worker reading Python objects while the
        window is made and painted only competed with it for the interpreter: the read of
        a 2,000-card file took 155 ms beside the window, 72 ms alone)."""
        gc.freeze()  # see _draw_slice
        if self._read_now:
            self._read_done.emit(self._outcome())  # (the same thread: handled right here)
        else:
            _reader.submit(self._read)

    def _read(self) -> None:
        self._read_done.emit(self._outcome())

    def _outcome(self) -> object:
        try:
            self.disk_state = DiskState.of(self.path)  # before reading: a later change shows
            project = load_any(self.path)
            return project, actions_by_touchpoint(project)  # a moment at 50k actions
        except Exception as exc:  # shown by `fail`
            return exc

    def _on_read(self, outcome: object) -> None:
        if self.phase == "cancelled":
            self.deleteLater()  # kept alive until now for this signal; the result is dropped
            return
        if isinstance(outcome, Exception):
            self._end("failed")
            self._fail(outcome)
            self.finished.emit(False)
            return
        project, care = outcome  # type: ignore[misc]
        gc.freeze()  # see _draw_slice
        self.phase = "drawing"
        self._builder = MapBuilder(project, care, self.scene.lens_tier, self.scene.decorate)
        self.progress.set_text(self._drawing_text())
        if self._read_now:  # the window is not shown yet: nobody waits, draw it all now
            self._builder.build_all()
            self._draw_slice()
        else:
            self._timer.start()

    def _draw_slice(self) -> None:
        builder = self._builder
        if builder is None or self.phase != "drawing":
            return
        if not builder.done:
            builder.step(self._slice_s)
            # A map is a million objects without garbage among them: the cyclic garbage
            # collector would stop the window again and again to look at them all. Frozen,
            # it skips them (gc.freeze); reference counts still free them when they go.
            gc.freeze()
            self.progress.set_text(self._drawing_text())
            self.progress.set_progress(builder.cards_done + builder.arrows_done,
                                       builder.cards_total + builder.arrows_total)
            self._timer.start()  # the switch below gets an event-loop turn of its own
            return
        self._builder = None
        self._end("opened")
        self._commit(builder.built.project, builder.built)
        gc.freeze()
        self.finished.emit(True)

    def _drawing_text(self) -> str:
        builder = self._builder
        assert builder is not None
        if builder.cards_done < builder.cards_total or not builder.arrows_total:
            done, total, text = builder.cards_done, builder.cards_total, self.tr(
                "Drawing the map… %1 of %2 cards")
        else:
            done, total, text = builder.arrows_done, builder.arrows_total, self.tr(
                "Drawing the map… %1 of %2 arrows")
        return text.replace("%1", f"{done:,}").replace("%2", f"{total:,}")

    def cancel(self) -> None:
        """Stop and forget the new project; the open one stays as it was."""
        if self.phase not in ("reading", "drawing"):
            return
        reading = self.phase == "reading"
        self._end("cancelled", delete=not reading)  # a read still running reports later
        self.finished.emit(False)

    def _end(self, phase: str, *, delete: bool = True) -> None:
        self.phase = phase
        self._timer.stop()
        if self._builder is not None:
            self._builder.discard()
            self._builder = None
        self.progress.finish()
        if delete:
            self.deleteLater()


def build_with_progress(window: QWidget, scene: JourneyScene, project: Project, text: str, *,
                        show_after_ms: int = SHOW_AFTER_MS) -> BuiltMap | None:
    """The map of `project` built in slices with progress, waited for in a local event
    loop (see long_task.wait_in_thread); None when the user cancelled."""
    shown = scene.journey_id  # the same journey stays shown when `project` still has it
    builder = MapBuilder(project, actions_by_touchpoint(project), scene.lens_tier,
                         scene.decorate, journey_id=shown if any(
                             j.id == shown for j in project.journeys) else ...)
    progress = TaskProgress(window, text, show_after_ms=show_after_ms)
    loop = QEventLoop()
    progress.canceled.connect(loop.quit)
    timer = QTimer(singleShot=True, interval=0)

    def build_slice() -> None:
        if progress.finished:
            return
        done = builder.step(SLICE_MS / 1000)
        gc.freeze()  # see ProjectOpener._draw_slice
        if done:
            loop.quit()
            return
        progress.set_progress(builder.cards_done + builder.arrows_done,
                              builder.cards_total + builder.arrows_total)
        timer.start()
    timer.timeout.connect(build_slice)
    timer.start()
    loop.exec()
    timer.stop()
    if progress.cancelled:
        builder.discard()
        return None
    progress.finish()
    return builder.built
