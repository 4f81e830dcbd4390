"""The tab bar of journeys above the map: one tab per journey of the project, the
current one being the session's `view.journey_id` (both ways)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabBar

from journey_designer.domain.events import Event

if TYPE_CHECKING:
    from journey_designer.ui.session import Session


class JourneyTabs(QTabBar):
    def __init__(self, session: Session) -> None:
        super().__init__(objectName="journeyTabs")
        self.session = session
        self.setAccessibleName(self.tr("Journeys"))
        self.setMovable(False)
        self.setExpanding(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.currentChanged.connect(self._chosen)
        session.view.journey_id_changed.connect(self._show_current)
        session.document.changed.connect(self._on_event)
        session.document.project_replaced.connect(self.fill)
        self.fill()

    def fill(self) -> None:
        self.blockSignals(True)
        try:
            while self.count():
                self.removeTab(0)
            for journey in self.session.document.project.journeys:
                self.setTabData(self.addTab(journey.name), journey.id)
        finally:
            self.blockSignals(False)
        self._show_current(self.session.view.journey_id)

    def _show_current(self, journey_id: str | None) -> None:
        for index in range(self.count()):
            if self.tabData(index) == journey_id and self.currentIndex() != index:
                self.blockSignals(True)
                self.setCurrentIndex(index)
                self.blockSignals(False)

    def _chosen(self, index: int) -> None:
        self.session.view.set_journey_id(self.tabData(index) if index >= 0 else None)

    def _on_event(self, event: Event) -> None:
        if event.change == "reset" or event.kind == "journey":
            self.fill()
