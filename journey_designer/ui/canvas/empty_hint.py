"""The hint in the middle of an empty map: how to add the first card."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QLabel

if TYPE_CHECKING:
    from journey_designer.ui.session import Session


class EmptyMapHint(QLabel):
    """Centred over the map's viewport while the shown journey has no touchpoint; clicks
    go through it to the map."""

    def __init__(self, view: QAbstractScrollArea, session: Session) -> None:
        super().__init__(view.viewport())
        self.setObjectName("emptyMapHint")
        self.session = session
        self.setText(self.tr("Double-click in a stage to add a touchpoint"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.setFont(font)
        view.viewport().installEventFilter(self)
        session.document.changed.connect(lambda _e: self.refresh())
        session.document.project_replaced.connect(self.refresh)
        session.view.journey_id_changed.connect(lambda _j: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        project, shown = self.session.document.project, self.session.view.journey_id
        journey = next((j for j in project.journeys if j.id == shown), None)
        self.setVisible(journey is not None and not journey.touchpoints)
        self._place()

    def _place(self) -> None:
        area = self.parentWidget().rect()
        self.setGeometry(area.adjusted(area.width() // 6, 0, -area.width() // 6, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False
