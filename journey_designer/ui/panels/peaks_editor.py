"""The Plan dock's Peaks tab: the busy periods of the current journey (name, first day
MM-DD, days, factor on daily entries). Every add, delete or cell edit is one undoable
command through the document, which refuses what `validate` would reject (the tab says why).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journey_designer.domain.events import Event
from journey_designer.domain.model import Peak
from journey_designer.ui.document import Document
from journey_designer.ui.palette_colours import error_text

_FIELDS = ("name", "start", "days", "factor")


class PeaksModel(QAbstractTableModel):
    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.journey_id: str | None = None
        self.last_problem = ""
        self.headers = [self.tr("Peak"), self.tr("Starts (MM-DD)"), self.tr("Days"),
                        self.tr("Factor on daily entries")]

    def peaks(self) -> list[Peak]:
        journey = self._journey()
        return journey.peaks if journey is not None else []

    def _journey(self) -> Any:
        return next((j for j in self.document.project.journeys if j.id == self.journey_id), None)

    def set_journey(self, journey_id: str | None) -> None:
        self.beginResetModel()
        self.journey_id = journey_id
        self.endResetModel()

    def refresh(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.peaks())

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(_FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headers[section] if orientation == Qt.Orientation.Horizontal else section + 1

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.EditRole):
            return None
        value = getattr(self.peaks()[index.row()], _FIELDS[index.column()])
        return f"{value:g}" if isinstance(value, float) else str(value)

    def setData(self, index: QModelIndex, value: object,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self.journey_id is None:
            return False
        field = _FIELDS[index.column()]
        text = str(value).strip()
        try:
            parsed: Any = {"name": str, "start": str, "days": lambda t: int(float(t)),
                           "factor": lambda t: float(t.replace(",", "."))}[field](text)
        except ValueError:
            self.last_problem = self.tr("“%1” is not a valid %2.").replace("%1", text).replace(
                "%2", self.headers[index.column()])
            return False
        peaks = list(self.peaks())
        peaks[index.row()] = dataclasses.replace(peaks[index.row()], **{field: parsed})
        refused = self.document.set_journey_fields(self.journey_id, {"peaks": peaks})
        self.last_problem = refused[0] if refused else ""
        return not refused


class PeaksEditor(QWidget):
    """The peaks of one journey (the one shown on the map)."""

    def __init__(self, document: Document) -> None:
        super().__init__()
        self.setObjectName("peaksEditor")
        self.document = document
        self.model = PeaksModel(document, self)
        self.table = QTableView(objectName="peaksTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.title = QLabel(objectName="peaksJourney")
        self.message = QLabel(objectName="peaksProblem", wordWrap=True)
        error_text(self.message)
        self.add_button = QPushButton(self.tr("Add"), objectName="peaks_add")
        self.delete_button = QPushButton(self.tr("Delete"), objectName="peaks_delete")
        self.add_button.clicked.connect(self.add)
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.table.itemDelegate().closeEditor.connect(
            lambda *_: self.message.setText(self.model.last_problem))
        document.changed.connect(self._on_event)
        document.project_replaced.connect(lambda: self.set_journey(self.model.journey_id))
        journeys = document.project.journeys
        self.set_journey(journeys[0].id if journeys else None)

    def set_journey(self, journey_id: str | None) -> None:
        ids = [j.id for j in self.document.project.journeys]
        if journey_id not in ids:
            journey_id = ids[0] if ids else None
        self.model.set_journey(journey_id)
        self._show_title()

    def _show_title(self) -> None:
        journey = self.model._journey()
        self.title.setText("" if journey is None else self.tr(
            "Busy periods of “%1” (daily entries × factor)").replace("%1", journey.name))
        self.add_button.setEnabled(journey is not None)

    def _on_event(self, event: Event) -> None:
        if event.change == "reset" or event.kind == "journey":
            if self.model.journey_id not in [j.id for j in self.document.project.journeys]:
                self.set_journey(None)
            else:
                self.model.refresh()
                self._show_title()

    def edit_cell(self, row: int, column: int, text: str) -> bool:
        """Type into a cell as a user would (tests and scripts); the tab shows a refusal."""
        done = self.model.setData(self.model.index(row, column), text)
        self.message.setText(self.model.last_problem)
        return done

    def add(self) -> None:
        if self.model.journey_id is None:
            return
        peaks = [*self.model.peaks(), Peak(self.tr("New peak"), "01-01", 1, 1.0)]
        self.message.setText("")
        refused = self.document.set_journey_fields(self.model.journey_id, {"peaks": peaks})
        self.message.setText(refused[0] if refused else "")
        if not refused:
            row = len(peaks) - 1
            self.table.setCurrentIndex(self.model.index(row, 0))

    def delete(self) -> None:
        index = self.table.currentIndex()
        if self.model.journey_id is None or not index.isValid():
            return
        peaks = [p for i, p in enumerate(self.model.peaks()) if i != index.row()]
        self.document.set_journey_fields(self.model.journey_id, {"peaks": peaks})
