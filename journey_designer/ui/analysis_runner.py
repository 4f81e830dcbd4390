"""Keeps a fresh analysis of the open project: debounced after each edit, computed in
a worker thread so typing never waits for it.

The worker reads a snapshot of the project taken on the UI thread (domain/snapshot.py:
~40 ms for 2,000 cards and 10,000 actions), never the live project the editor changes
meanwhile. If an edit lands while it runs, its result is dropped and it runs again on a
new snapshot. A failure is reported (`failed`), not swallowed.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from journey_designer.analysis import Analysis
from journey_designer.domain.snapshot import snapshot
from journey_designer.ui.document import Document

if TYPE_CHECKING:
    from journey_designer.analysis import Analyzer

DEBOUNCE_MS = 400
log = logging.getLogger(__name__)


class AnalysisRunner(QObject):
    updated = Signal(object)  # the new Analysis
    busy_changed = Signal(bool)
    failed = Signal(object)  # the Exception of a failed analysis
    _finished = Signal(int, object)  # generation, Analysis | Exception (from the worker)

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.result: Analysis | None = None
        self.error: Exception | None = None
        self._analyzer: Analyzer | None = None  # made at the first run: the engine
        # imports networkx and numpy, which the window does not need to open (issue 15)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="analysis")
        self._generation = 0
        self._result_generation = -1  # the generation `result` was computed for
        self._running = False
        self._closed = False
        self._holds = 0
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)
        self._finished.connect(self._on_finished)
        document.changed.connect(self._on_change)

    def _on_change(self, _event: object = None) -> None:
        self._generation += 1
        if not self._holds:
            self._timer.start()

    def schedule(self) -> None:
        self._on_change()

    def refresh_now(self) -> Analysis:
        """Analyse on this thread at once (tests, export, a user asking explicitly)."""
        self._timer.stop()
        analyzer = _new_analyzer() if self._running else self._shared_analyzer()  # not
        # shared across threads
        self.result = analyzer.analyze(self.document.project)
        self._result_generation = self._generation
        self.updated.emit(self.result)
        return self.result

    def fresh_result(self) -> Analysis | None:
        """The latest result when no edit came after it, else None."""
        return self.result if self._result_generation == self._generation else None

    def current(self) -> Analysis:
        """A result for the project as it is: the latest one if still fresh, else now."""
        return self.fresh_result() or self.refresh_now()

    def hold(self) -> None:
        """Start no analysis until `release()`: while a big project opens, an analysis of
        the one it replaces would only compete with it for the interpreter. Holds nest:
        the analysis starts again when each hold is released."""
        self._holds += 1
        self._timer.stop()

    def release(self) -> None:
        self._holds = max(0, self._holds - 1)
        if self._holds:
            return
        if self._result_generation != self._generation and not self._running:
            self._timer.start()

    def _start(self) -> None:
        if self._running or self._holds or self._closed:
            return  # _on_finished starts again: the generation moved on (or the window closed)
        self._running = True
        self.busy_changed.emit(True)
        generation = self._generation
        project = snapshot(self.document.project)  # on this thread: no edit is half made
        self._executor.submit(self._work, generation, project)

    def _work(self, generation: int, project: object) -> None:
        try:
            outcome: object = self._shared_analyzer().analyze(project)  # type: ignore[arg-type]
        except Exception as exc:  # a bug in the analysis: shown by _on_finished
            outcome = exc
        self._finished.emit(generation, outcome)

    def _on_finished(self, generation: int, outcome: object) -> None:
        self._running = False
        if generation != self._generation:
            if self._holds:
                self.busy_changed.emit(False)  # release() starts again
            else:
                self._start()
            return
        self.busy_changed.emit(False)
        if isinstance(outcome, Exception):
            self.error = outcome
            log.error("analysis failed", exc_info=outcome)
            self.failed.emit(outcome)
            return
        self.error = None
        self.result = outcome  # type: ignore[assignment]
        self._result_generation = generation
        self.updated.emit(self.result)

    def _shared_analyzer(self) -> Analyzer:
        """The analyzer kept between runs (it reuses unchanged work); one thread at a time."""
        if self._analyzer is None:
            self._analyzer = _new_analyzer()
        return self._analyzer

    def shutdown(self) -> None:
        self._closed = True  # a run finishing after this must not start another
        self._timer.stop()
        self._executor.shutdown(wait=True)


def _new_analyzer() -> Analyzer:
    from journey_designer.analysis import Analyzer

    return Analyzer()
