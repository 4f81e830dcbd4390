"""The Project section of the Properties dock (shown when no card, arrow or stage is
selected): the project's name — what workbooks, pictures and slides are titled — its
language and its monthly care budget. Each change is one undoable command through the
document, which refuses what `validate` would reject; the field then turns red and says why.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from journey_designer.domain.events import Event
from journey_designer.ui.document import Document

_INVALID = "background: #fde8e8; border: 1px solid #d23c3c;"


class ProjectForm(QGroupBox):
    def __init__(self, document: Document) -> None:
        super().__init__()
        self.setTitle(self.tr("Project"))
        self.setObjectName("projectForm")
        self.document = document
        self.filling = False
        self.name = QLineEdit(objectName="projectName")
        self.locale = QComboBox(objectName="projectLocale")
        self.locale.addItem(self.tr("English"), "en")
        self.locale.addItem(self.tr("Simplified Chinese"), "zh_CN")
        self.budget = QLineEdit(objectName="projectBudget")
        self.budget.setPlaceholderText(self.tr("no budget set"))
        self.message = QLabel(objectName="projectProblem", wordWrap=True)
        self.message.setStyleSheet("color: #b3261e;")
        form = QFormLayout(self)
        form.addRow(self.tr("Project name"), self.name)
        form.addRow(self.tr("Language of the plan"), self.locale)
        form.addRow(self.tr("Care budget per month"), self.budget)
        form.addRow(self.message)
        self.name.editingFinished.connect(self._name_done)
        self.locale.activated.connect(lambda i: self._set(self.locale, {
            "locale": self.locale.itemData(i)}))
        self.budget.editingFinished.connect(self._budget_done)
        document.changed.connect(self._on_event)
        document.project_replaced.connect(self.load)
        self.load()

    def _on_event(self, event: Event) -> None:
        if event.kind == "project" or event.change == "reset":
            self.load()

    def _name_done(self) -> None:
        if not self.filling:
            self._set(self.name, {"name": self.name.text().strip()})

    def _budget_done(self) -> None:
        if self.filling:
            return
        text = self.budget.text().strip().replace(",", "")
        try:
            value = float(text) if text else None
        except ValueError:
            self._show(self.budget, [self.tr("Type an amount of money, or leave it empty.")])
            return
        self._set(self.budget, {"budget_per_month": value})

    def _set(self, widget: QWidget, changes: dict) -> None:
        self._show(widget, self.document.set_project_fields(changes))

    def _show(self, widget: QWidget, problems: list[str]) -> None:
        for each in (self.name, self.locale, self.budget):
            each.setStyleSheet("")
            each.setToolTip("")
        widget.setStyleSheet(_INVALID if problems else "")
        widget.setToolTip("\n".join(problems))
        self.message.setText("\n".join(problems))

    def load(self) -> None:
        project = self.document.project
        self.filling = True
        try:
            if self.name.text() != project.name:
                self.name.setText(project.name)
            self._show(self.name, [])
            self.locale.setCurrentIndex(max(0, self.locale.findData(project.locale)))
            budget = project.budget_per_month
            self.budget.setText("" if budget is None else f"{budget:g}")
        finally:
            self.filling = False
