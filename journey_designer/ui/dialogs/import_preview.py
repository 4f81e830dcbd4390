"""File ▸ Import Workbook: every change an edited workbook would make, before it is
made. Apply is one undo step; with any invalid cell nothing can be applied."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey_designer.io.excel_import import ImportPlan


class ImportPreviewDialog(QDialog):
    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setWindowTitle(self.tr("Import workbook: %1").replace("%1", plan.source.name))
        self.resize(860, 520)
        self.plan = plan
        summary = QLabel(plan.summary(), objectName="importSummary", wordWrap=True)
        self.list = QListWidget(objectName="importChanges")
        for kind, line in plan.preview_lines():
            item = QListWidgetItem(line)
            if kind == "problem":
                item.setForeground(QBrush(QColor("#b3261e")))
            elif kind == "note":
                item.setForeground(QBrush(QColor("#5b6477")))
            self.list.addItem(item)
        self.delete_box = QCheckBox(self.tr(
            "Also delete the %n care action(s) whose rows are gone from the sheet", "",
            len(plan.deleted)), objectName="acceptDeletions")
        self.delete_box.setVisible(bool(plan.deleted))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setEnabled(plan.ok and plan.has_changes)
        problem = QLabel(objectName="importProblem", wordWrap=True)
        problem.setStyleSheet("color: #b3261e;")
        if not plan.ok:
            problem.setText(self.tr("The workbook has invalid cells (listed in red). Correct them "
                                    "in the workbook and import again; nothing was changed."))
        elif not plan.has_changes:
            problem.setText(self.tr("The workbook holds no changes."))
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.list)
        layout.addWidget(self.delete_box)
        layout.addWidget(problem)
        layout.addWidget(self.buttons)
        self.apply_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def accept_deletions(self) -> bool:
        return self.delete_box.isChecked()
