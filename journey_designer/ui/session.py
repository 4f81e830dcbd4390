"""One open project as every part of the window sees it: the Document (the only edit
API), the analysis kept fresh from it, and the ViewState (what is shown and selected).

Controllers and panels receive the session, never the main window: they show what the
session holds, change it through its setters and the document, and speak to the user
through `show_message` (the status bar) instead of reaching into other widgets.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from journey_designer.domain.events import Event
from journey_designer.ui.analysis_runner import AnalysisRunner
from journey_designer.ui.document import Document
from journey_designer.ui.settings import AppSettings
from journey_designer.ui.view_state import Selection, ViewState

log = logging.getLogger(__name__)


class Session(QObject):
    message = Signal(str, int)  # text for the status bar, milliseconds (0: until replaced)
    reveal_requested = Signal(str)  # a touchpoint to bring into view on the map
    action_shown = Signal(str)  # a care action to select and show (its touchpoint is selected)

    def __init__(self, document: Document, settings: AppSettings | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.settings = settings or AppSettings()
        self.view = ViewState(self.settings, self)
        self.analysis = AnalysisRunner(document, self)
        self.analysis.failed.connect(self._analysis_failed)
        # Connected before any view exists: the view state is valid again before views
        # hear of the change.
        document.changed.connect(self._on_event)
        document.project_replaced.connect(self._on_replaced)
        document.edit_refused.connect(lambda why: self.show_message(why, 8000))
        self._on_replaced()

    def show_message(self, text: str, ms: int = 5000) -> None:
        self.message.emit(text, ms)

    def go_to_touchpoint(self, tp_id: str) -> None:
        """Show a touchpoint: its journey, selected, brought into view on the map."""
        located = self.document.project.touchpoint_index().get(tp_id)
        if located is None:
            return
        journey, _ = located
        self.view.set_journey_id(journey.id)
        self.view.set_selection(Selection(cards=(tp_id,)))
        self.reveal_requested.emit(tp_id)

    def show_action(self, action_id: str) -> None:
        """Show a care action: its touchpoint selected on the map, the action in Care actions."""
        action = next((a for a in self.document.project.actions if a.id == action_id), None)
        if action is None:
            return
        self.go_to_touchpoint(action.touchpoint)
        self.action_shown.emit(action_id)

    # ------------------------------------------------------------ keeping the view valid

    def valid_journey_id(self, wanted: str | None = None) -> str | None:
        """`wanted` (or the shown journey) if the project has it, else its first journey."""
        ids = [j.id for j in self.document.project.journeys]
        wanted = wanted if wanted is not None else self.view.journey_id
        return wanted if wanted in ids else (ids[0] if ids else None)

    def _on_replaced(self) -> None:
        self._fix_lens()
        self.view.set_journey_id(self.valid_journey_id())

    def _on_event(self, event: Event) -> None:
        if event.kind in ("tier", "project") or event.change == "reset":
            self._fix_lens()
        if event.change == "reset" or event.kind == "journey":
            wanted = event.key if event.kind == "journey" and event.change == "added" else None
            self.view.set_journey_id(self.valid_journey_id(wanted))

    def _fix_lens(self) -> None:
        if self.view.lens_tier not in {t.id for t in self.document.project.tiers}:
            self.view.set_lens_tier(None)

    def _analysis_failed(self, error: Exception) -> None:
        self.show_message(self.tr("Analysis failed: %1").replace("%1", str(error) or
                                                                   type(error).__name__), 0)
