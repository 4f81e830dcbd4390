"""File ▸ Import Workbook: every change an edited workbook would make, before it is
made. Apply is one undo step; with any invalid cell nothing can be applied.

Conflicts (a field changed both in the project and in the workbook since the export) are
listed in their own group, each with a choice — keep the project's value or take the
workbook's; Apply stays disabled until every conflict is decided."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey_designer.io.workbook.importing import ImportPlan
from journey_designer.ui.palette_colours import error_text, error_text_colour, readable, severity_colour

SIDES = ("", "project", "workbook")  # the combo boxes' items, in order


class ImportPreviewDialog(QDialog):
    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setWindowTitle(self.tr("Import workbook: %1").replace("%1", plan.source.name))
        self.resize(960, 600)
        self.plan = plan
        summary = QLabel(plan.summary(), objectName="importSummary", wordWrap=True)
        self.list = QListWidget(objectName="importChanges")
        for kind, line in plan.preview_lines():
            if kind == "conflict":
                continue  # in their own group
            item = QListWidgetItem(line)
            if kind in ("problem", "note"):
                item.setForeground(QBrush(_line_colour(kind, self.list.palette())))
            self.list.addItem(item)
        self.delete_box = QCheckBox(self.tr(
            "Also delete the %n care action(s) whose rows are gone from the sheet", "",
            len(plan.deleted)), objectName="acceptDeletions")
        self.delete_box.setVisible(bool(plan.deleted))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.problem = QLabel(objectName="importProblem", wordWrap=True)
        error_text(self.problem)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        self.conflicts = QTableWidget(len(plan.conflicts), 2, objectName="importConflicts")
        self._choices: list[QComboBox] = []
        if plan.conflicts:
            layout.addWidget(self._conflict_group(), 1)
        layout.addWidget(self.list, 2)
        layout.addWidget(self.delete_box)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.apply_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update()

    def _conflict_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Conflicts: changed both in the project and in the workbook since the "
                                  "export — choose which value to keep"), objectName="conflictGroup")
        table = self.conflicts
        table.setHorizontalHeaderLabels([self.tr("Conflict"), self.tr("Keep")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, conflict in enumerate(self.plan.conflicts):
            item = QTableWidgetItem(str(conflict))
            item.setToolTip(str(conflict))
            item.setForeground(QBrush(_line_colour("conflict", table.palette())))
            table.setItem(row, 0, item)
            choice = QComboBox(objectName=f"conflictChoice{row}")
            choice.addItems([self.tr("Choose…"), self.tr("Keep the project's value"),
                             self.tr("Take the workbook's value")])
            choice.currentIndexChanged.connect(self._update)
            table.setCellWidget(row, 1, choice)
            self._choices.append(choice)
        table.resizeRowsToContents()
        every = QHBoxLayout()
        for text, side, name in ((self.tr("Keep all the project's values"), "project", "keepAllProject"),
                                 (self.tr("Take all the workbook's values"), "workbook", "takeAllWorkbook")):
            button = QPushButton(text, objectName=name)
            button.clicked.connect(lambda _=False, side=side: self.choose_all(side))
            every.addWidget(button)
        every.addStretch(1)
        layout = QVBoxLayout(group)
        layout.addWidget(table)
        layout.addLayout(every)
        return group

    def choose(self, row: int, side: str) -> None:
        """Decide one conflict: "project" (keep the project's value) or "workbook"."""
        self._choices[row].setCurrentIndex(SIDES.index(side))

    def choose_all(self, side: str) -> None:
        for row in range(len(self._choices)):
            self.choose(row, side)

    def decisions(self) -> dict[tuple[str, str, str], str]:
        return {conflict.key: SIDES[choice.currentIndex()]
                for conflict, choice in zip(self.plan.conflicts, self._choices, strict=True)
                if choice.currentIndex() > 0}

    def resolved_plan(self) -> ImportPlan:
        """The plan with every conflict decided as chosen (undecided ones stay conflicts)."""
        return self.plan.resolve(None, self.decisions())

    def _update(self) -> None:
        plan = self.plan
        undecided = len(plan.conflicts) - len(self.decisions())
        resolved = self.resolved_plan() if not undecided else plan
        self.apply_button.setEnabled(plan.ok and not undecided and resolved.has_changes)
        if not plan.ok:
            self.problem.setText(self.tr("The workbook has invalid cells (listed in red). Correct them "
                                         "in the workbook and import again; nothing was changed."))
        elif undecided:
            self.problem.setText(self.tr("%n conflict(s) still to decide; nothing is applied before.", "",
                                         undecided))
        elif not resolved.has_changes:
            self.problem.setText(self.tr("The workbook holds no changes."))
        else:
            self.problem.setText("")

    def accept_deletions(self) -> bool:
        return self.delete_box.isChecked()


def _line_colour(kind: str, palette: QPalette) -> QColor:
    """A problem in the error red, a conflict in the warning colour, a note muted: each
    readable on the list's own background under a light or a dark palette."""
    base = palette.color(QPalette.ColorRole.Base)
    if kind == "problem":
        return readable(error_text_colour(palette), base)
    if kind == "conflict":
        return readable(severity_colour("high", palette), base)
    return readable(severity_colour("low", palette), base)
