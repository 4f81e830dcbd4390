"""The Plan dock: tables for tiers, channels, KPIs, phases and risks, with add, delete
and reorder. Deleting a tier or channel that care actions use asks what to do."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from journey_designer.domain.model import Kpi, Phase, Risk
from journey_designer.ui.document import Document
from journey_designer.ui.models.plan_lists import PlanListModel
from journey_designer.ui.palette_colours import error_text
from journey_designer.ui.panels.peaks_editor import PeaksEditor


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for columns with a fixed set of values (care level, channel kind)."""

    def createEditor(self, parent, option, index):  # noqa: N802
        model = index.model()
        combo = QComboBox(parent)
        for value, label in model.columns[index.column()].choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        value = getattr(index.model().items[index.row()], index.model().columns[index.column()].field)
        editor.setCurrentIndex(max(0, editor.findData(value)))

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        model.setData(index, editor.currentData())


class PlanListEditor(QWidget):
    problem = Signal(str)

    def __init__(self, document: Document, list_name: str) -> None:
        super().__init__()
        self.document = document
        self.list_name = list_name
        self.model = PlanListModel(document, list_name, self)
        self.table = QTableView(objectName=f"{list_name}Table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        for column, spec in enumerate(self.model.columns):
            if spec.kind == "choice":
                self.table.setItemDelegateForColumn(column, ChoiceDelegate(self.table))
        self.message = QLabel(objectName=f"{list_name}Problem", wordWrap=True)
        error_text(self.message)
        self.buttons = QHBoxLayout()
        for label, slot, name in ((self.tr("Add"), self.add, "add"),
                                  (self.tr("Delete"), self.delete, "delete"),
                                  (self.tr("Up"), lambda: self.move(-1), "up"),
                                  (self.tr("Down"), lambda: self.move(1), "down")):
            button = QPushButton(label, objectName=f"{list_name}_{name}")
            button.clicked.connect(slot)
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addLayout(self.buttons)
        self.model.dataChanged.connect(lambda *_: self.message.setText(""))
        self.table.itemDelegate().closeEditor.connect(lambda *_: self.message.setText(
            self.model.last_problem))

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def add(self) -> None:
        names = {"tiers": self.tr("New tier"), "channels": self.tr("New channel"),
                 "kpis": self.tr("New KPI"), "phases": self.tr("New phase"),
                 "risks": self.tr("New risk")}
        name = names[self.list_name]
        item = {"tiers": lambda: self.document.new_tier(name),
                "channels": lambda: self.document.new_channel(name),
                "kpis": lambda: Kpi(name), "phases": lambda: Phase(name),
                "risks": lambda: Risk(name)}[self.list_name]()
        self.document.add_item(self.list_name, item)
        row = self.model.rowCount() - 1
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.edit(self.model.index(row, 0))

    def delete(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        key = self.model.key(row)
        if self.list_name == "tiers":
            self._delete_tier(str(key))
        elif self.list_name == "channels":
            self._delete_channel(str(key))
        else:
            self.document.delete_item(self.list_name, key)

    def _delete_tier(self, tier_id: str) -> None:
        users = self.document.editor.actions_using("tiers", tier_id)
        tier = self.document.editor.item("tiers", tier_id)
        if users:
            answer = QMessageBox.question(self, self.tr("Delete tier"), self.tr(
                "%n care action(s) are planned for “%1”. Remove the tier from them and delete it?",
                "", len(users)).replace("%1", tier.name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.document.delete_tier(tier_id)

    def _delete_channel(self, channel_id: str) -> None:
        users = self.document.editor.actions_using("channels", channel_id)
        channel = self.document.editor.item("channels", channel_id)
        if not users:
            self.document.delete_channel(channel_id, None)
            return
        others = [c for c in self.document.project.channels if c.id != channel_id]
        options = [self.tr("Move them to %1").replace("%1", c.name) for c in others]
        options.append(self.tr("Delete those care actions"))
        choice, ok = QInputDialog.getItem(self, self.tr("Delete channel"), self.tr(
            "%n care action(s) use “%1”. What should happen to them?", "", len(users)).replace(
            "%1", channel.name), options, 0, False)
        if not ok:
            return
        index = options.index(choice)
        self.document.delete_channel(channel_id, others[index].id if index < len(others) else None)

    def move(self, step: int) -> None:
        row = self.current_row()
        target = row + step
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        self.document.move_item(self.list_name, row, target)
        self.table.setCurrentIndex(self.model.index(target, 0))


class PlanEditor(QTabWidget):
    """Tiers, channels, KPIs, phases and risks in one dock; and the peaks of the journey
    shown on the map (set_journey)."""

    def __init__(self, document: Document) -> None:
        super().__init__()
        self.setObjectName("planEditor")
        self.editors = {name: PlanListEditor(document, name)
                        for name in ("tiers", "channels", "kpis", "phases", "risks")}
        labels = {"tiers": self.tr("Tiers"), "channels": self.tr("Channels"),
                  "kpis": self.tr("KPIs"), "phases": self.tr("Phases"), "risks": self.tr("Risks")}
        for name, editor in self.editors.items():
            self.addTab(editor, labels[name])
        self.peaks = PeaksEditor(document)
        self.addTab(self.peaks, self.tr("Peaks"))
        self.derive_button = QPushButton(self.tr("Derive from customer data…"),
                                         objectName="deriveTiers")
        self.editors["tiers"].buttons.insertWidget(4, self.derive_button)

    def edit_cell(self, list_name: str, row: int, column: int, text: str) -> bool:
        """Type into a cell as a user would (used by tests and scripts)."""
        model = self.editors[list_name].model
        return model.setData(model.index(row, column), text)

    def index(self, list_name: str, row: int, column: int) -> QModelIndex:
        return self.editors[list_name].model.index(row, column)


__all__ = ["PlanEditor", "PlanListEditor", "Qt"]
