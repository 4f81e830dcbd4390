"""At start-up after a crash: every autosave left by a session that is gone, one row
each (project, file, time, size), with what to do about it — restore, keep for later
or discard. Nothing is deleted unless its row says Discard."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey_designer.ui.recovery import RecoveryFile


class Choice(enum.Enum):
    RESTORE = "restore"
    KEEP = "keep"  # leave it on disk: offered again at the next start
    DISCARD = "discard"


class RecoveryDialog(QDialog):
    """The list of leftover autosaves with a choice per row."""

    def __init__(self, leftovers: Sequence[RecoveryFile], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Restore unsaved work"))
        self.leftovers = list(leftovers)
        intro = QLabel(self.tr(
            "Journey Designer did not close properly. This work was autosaved and never "
            "saved. Choose what to do with each; what you keep is offered again next time."),
            wordWrap=True, objectName="recoveryIntro")
        self.table = QTableWidget(len(self.leftovers), 4, self, objectName="recoveryTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Project"), self.tr("Autosaved"), self.tr("Size"), self.tr("What to do")])
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.combos: list[QComboBox] = []
        for row, leftover in enumerate(self.leftovers):
            self._fill_row(row, leftover)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        later = buttons.addButton(self.tr("Decide &Later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setObjectName("recoveryLater")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 160 + 34 * min(len(self.leftovers), 8))

    def _fill_row(self, row: int, leftover: RecoveryFile) -> None:
        project = QTableWidgetItem(self._project_text(leftover))
        project.setToolTip(self._where(leftover))
        self.table.setItem(row, 0, project)
        self.table.setItem(row, 1, QTableWidgetItem(self._time_text(leftover.saved_at)))
        size = QTableWidgetItem(_size_text(leftover.size))
        size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, 2, size)
        combo = QComboBox(objectName=f"recoveryChoice{row}")
        combo.addItem(self.tr("Restore"), Choice.RESTORE)
        combo.addItem(self.tr("Keep for later"), Choice.KEEP)
        combo.addItem(self.tr("Discard"), Choice.DISCARD)
        self.table.setCellWidget(row, 3, combo)
        self.combos.append(combo)

    def _project_text(self, leftover: RecoveryFile) -> str:
        if leftover.damaged:
            return self.tr("Unknown project (damaged recovery information)")
        name = leftover.name or self.tr("Untitled")
        if leftover.original is None:
            return self.tr("%1 — never saved").replace("%1", name)
        return f"{name} — {leftover.original.name}"

    def _where(self, leftover: RecoveryFile) -> str:
        lines = []
        if leftover.original is not None:
            lines.append(self.tr("Project file: %1").replace("%1", str(leftover.original)))
        lines.append(self.tr("Autosave: %1").replace("%1", str(leftover.project_file)))
        return "\n".join(lines)

    def _time_text(self, saved_at: str) -> str:
        try:
            return datetime.fromisoformat(saved_at).strftime("%Y-%m-%d %H:%M")
        except ValueError:
            return saved_at or self.tr("unknown")

    def set_choice(self, row: int, choice: Choice) -> None:
        self.combos[row].setCurrentIndex(self.combos[row].findData(choice))

    def choices(self) -> dict[RecoveryFile, Choice]:
        return {leftover: combo.currentData()
                for leftover, combo in zip(self.leftovers, self.combos, strict=True)}


def _size_text(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def ask(parent: QWidget | None, leftovers: Sequence[RecoveryFile]) -> dict[RecoveryFile, Choice]:
    """Show the list; {} when the user decides later (everything stays on disk). Tests
    replace this function (modal dialogs are never shown there)."""
    dialog = RecoveryDialog(leftovers, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return {}
    return dialog.choices()
