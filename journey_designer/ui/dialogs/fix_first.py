"""Analyze ▸ Fix First: the touchpoints to fix first, with their reasons."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey_designer.analysis import Analysis

# Between tier names and between reasons, in the language the reasons are written in
# (the project's): Chinese lists names with 、 and sentences with ；
LIST_SEPARATORS = {"en": (", ", "; "), "zh": ("、", "；")}


class FixFirstDialog(QDialog):
    touchpoint_chosen = Signal(str)

    def __init__(self, result: Analysis, parent: QWidget | None = None, lang: str = "en") -> None:
        super().__init__(parent)
        self.setObjectName("fixFirstDialog")
        self.setWindowTitle(self.tr("Fix first"))
        self.resize(900, 420)
        headers = [self.tr("Touchpoint"), self.tr("Journey"), self.tr("Stage"),
                   self.tr("Score"), self.tr("Tiers without care"), self.tr("Why")]
        self.table = QTableWidget(len(result.priorities), len(headers), objectName="fixFirstTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setVerticalHeaderLabels([str(p.rank) for p in result.priorities])  # the rank
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        names, reasons = LIST_SEPARATORS["zh" if lang.startswith("zh") else "en"]
        for row, p in enumerate(result.priorities):
            values = [p.touchpoint, p.journey, p.stage or "", f"{p.score:.3g}",
                      names.join(p.uncovered_tiers), reasons.join(p.reasons)]
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, p.touchpoint_id)
                self.table.setItem(row, column, item)
        self.table.cellDoubleClicked.connect(self._chosen)
        intro = QLabel(self.tr("Ranked by reach × (negative emotion, moment of truth, pain "
                               "points) × the share of customers in tiers without care there. "
                               "Double-click a row to go to the touchpoint."), wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def _chosen(self, row: int, _column: int) -> None:
        self.touchpoint_chosen.emit(self.table.item(row, 0).data(Qt.ItemDataRole.UserRole))
