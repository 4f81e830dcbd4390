"""The Project section of the Properties dock (shown when no card, arrow or stage is
selected): the project's name — what workbooks, pictures and slides are titled — its
language, its monthly care budget and two analysis settings of format 2 (the fatigue
tolerance and the care-silence days). Each change is one undoable command through the
document, which refuses what `validate` would reject; the field then turns red and says why.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from journey_designer.domain.events import Event
from journey_designer.ui.document import Document
from journey_designer.ui.palette_colours import error_text, mark_invalid


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
        self.tolerance = QLineEdit(objectName="projectFatigueTolerance")
        self.tolerance.setToolTip(self.tr("The share of a tier's customers (%) allowed more "
                                          "contacts than the tier's cap within the window."))
        self.silence_days = QLineEdit(objectName="projectSilenceDays")
        self.silence_days.setPlaceholderText(self.tr("not checked"))
        self.message = QLabel(objectName="projectProblem", wordWrap=True)
        error_text(self.message)
        form = QFormLayout(self)
        form.addRow(self.tr("Project name"), self.name)
        form.addRow(self.tr("Language of the plan"), self.locale)
        form.addRow(self.tr("Care budget per month"), self.budget)
        form.addRow(self.tr("Fatigue tolerance (%)"), self.tolerance)
        form.addRow(self.tr("Longest care silence (days)"), self.silence_days)
        form.addRow(self.message)
        self.name.editingFinished.connect(self._name_done)
        self.locale.activated.connect(lambda i: self._set(self.locale, {
            "locale": self.locale.itemData(i)}))
        self.budget.editingFinished.connect(self._budget_done)
        self.tolerance.editingFinished.connect(self._tolerance_done)
        self.silence_days.editingFinished.connect(self._silence_done)
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

    def _tolerance_done(self) -> None:
        if self.filling:
            return
        text = self.tolerance.text().strip().rstrip("% ").replace(",", ".")
        try:
            share = float(text) / 100
        except ValueError:
            self._show(self.tolerance, [self.tr("Type a share in %, e.g. 5.")])
            return
        self._set_settings(self.tolerance, fatigue_tolerance=share)

    def _silence_done(self) -> None:
        if self.filling:
            return
        text = self.silence_days.text().strip()
        try:
            days = int(text) if text else None
        except ValueError:
            self._show(self.silence_days, [self.tr("Type a whole number of days, or leave "
                                                   "it empty.")])
            return
        self._set_settings(self.silence_days, care_silence_days=days)

    def _set_settings(self, widget: QWidget, **changes: object) -> None:
        settings = dataclasses.replace(self.document.project.settings, **changes)
        self._set(widget, {"settings": settings})

    def _set(self, widget: QWidget, changes: dict) -> None:
        self._show(widget, self.document.set_project_fields(changes))

    def _show(self, widget: QWidget, problems: list[str]) -> None:
        for each in (self.name, self.locale, self.budget, self.tolerance, self.silence_days):
            mark_invalid(each, False)
            each.setToolTip("")
        mark_invalid(widget, bool(problems))
        widget.setToolTip("\n".join(problems))
        self.message.setText("\n".join(problems))
        self.message.setVisible(bool(problems))  # no empty row at the foot of the section

    def load(self) -> None:
        project = self.document.project
        self.filling = True
        try:
            if self.name.text() != project.name:
                self.name.setText(project.name)
                self.name.setCursorPosition(0)  # a long name shows its beginning
            self._show(self.name, [])
            self.locale.setCurrentIndex(max(0, self.locale.findData(project.locale)))
            budget = project.budget_per_month
            self.budget.setText("" if budget is None else f"{budget:g}")
            settings = project.settings
            self.tolerance.setText(f"{settings.fatigue_tolerance * 100:.10g}")
            days = settings.care_silence_days
            self.silence_days.setText("" if days is None else str(days))
        finally:
            self.filling = False
