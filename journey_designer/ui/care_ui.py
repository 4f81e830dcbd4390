"""The care-plan part of the window: the Care matrix tab, the Care actions and Plan
docks, and the "View as" tier lens. It receives the session; the main window only
places the widgets it makes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QComboBox, QDockWidget, QLabel, QToolBar, QWidget

from journey_designer.domain.events import Event
from journey_designer.ui.panels.care_actions import CareActionsPanel
from journey_designer.ui.panels.care_matrix_view import CareMatrixView
from journey_designer.ui.panels.plan_editor import PlanEditor
from journey_designer.ui.view_state import Selection

if TYPE_CHECKING:
    from journey_designer.ui.dialogs.derive_tiers import DeriveTiersDialog
    from journey_designer.ui.session import Session


class CareUi(QObject):
    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.parent_widget = parent
        document = session.document
        self.matrix = CareMatrixView(document)
        self.matrix.setAccessibleName(self.tr("Care matrix"))
        self.actions_panel = CareActionsPanel(document)
        self.actions_panel.setAccessibleName(self.tr("Care actions"))
        self.plan = PlanEditor(document)
        self.plan.setAccessibleName(self.tr("Plan"))
        self.lens = QComboBox(objectName="tierLens")
        self.lens.setToolTip(self.tr("View the map as one tier sees it"))
        self.lens.setAccessibleName(self.tr("View as"))
        self.actions_dock = _dock(self.tr("Care actions"), "careActionsDock", self.actions_panel)
        self.plan_dock = _dock(self.tr("Plan: tiers, channels, KPIs…"), "planDock", self.plan)
        view = session.view
        self.lens.activated.connect(lambda i: view.set_lens_tier(self.lens.itemData(i)))
        view.lens_tier_changed.connect(self._show_lens)
        view.journey_id_changed.connect(self.matrix.set_journey)
        view.journey_id_changed.connect(self.plan.peaks.set_journey)
        self.plan.peaks.set_journey(view.journey_id)
        view.selection_changed.connect(self._selection_changed)
        self.matrix.touchpoint_activated.connect(session.go_to_touchpoint)
        session.action_shown.connect(self.show_action)
        self.plan.derive_button.clicked.connect(self.derive_tiers)
        document.changed.connect(self._on_event)
        document.project_replaced.connect(self.fill_lens)
        self.fill_lens()
        self.matrix.set_journey(view.journey_id)

    def add_lens_to(self, toolbar: QToolBar) -> None:
        toolbar.addSeparator()
        label = QLabel(self.tr(" View as: "))
        label.setBuddy(self.lens)
        toolbar.addWidget(label)
        toolbar.addWidget(self.lens)

    def fill_lens(self) -> None:
        self.lens.blockSignals(True)
        self.lens.clear()
        self.lens.addItem(self.tr("All tiers"), None)
        for tier in self.session.document.project.tiers:
            self.lens.addItem(tier.name, tier.id)
        self.lens.blockSignals(False)
        self._show_lens(self.session.view.lens_tier)

    def _show_lens(self, tier_id: str | None) -> None:
        self.lens.setCurrentIndex(max(0, self.lens.findData(tier_id)))

    def set_lens(self, tier_id: str | None) -> None:
        self.session.view.set_lens_tier(tier_id)

    def _on_event(self, event: Event) -> None:
        if event.kind == "tier" or event.change == "reset":
            self.fill_lens()

    def _selection_changed(self, selection: Selection) -> None:
        self.actions_panel.show_touchpoints(self.session.view.journey_id or "",
                                            list(selection.cards))

    def show_plan(self) -> None:
        """Plan ▸ (Ctrl+Shift+P): the Plan dock shown, raised, its current table focused."""
        self.plan_dock.show()
        self.plan_dock.raise_()
        table = self.plan.currentWidget().table
        table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_plan_item(self, list_name: str, key: str) -> None:
        """The Plan dock on the tab of `list_name`, with the row of `key` current."""
        editor = self.plan.editors[list_name]
        self.plan.setCurrentWidget(editor)
        keys = [editor.model.key(row) for row in range(editor.model.rowCount())]
        if key in keys:
            editor.table.setCurrentIndex(editor.model.index(keys.index(key), 0))
        self.show_plan()

    def show_action(self, action_id: str) -> None:
        """The Care actions dock, raised, with the action chosen in its form."""
        self.actions_dock.show()
        self.actions_dock.raise_()
        self.actions_panel.reload()
        self.actions_panel.select_action(action_id)

    def derive_tiers(self) -> DeriveTiersDialog:
        from journey_designer.ui.dialogs.derive_tiers import DeriveTiersDialog  # numpy: when used

        dialog = DeriveTiersDialog(self.session.document, self.parent_widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog


def _dock(title: str, name: str, widget: QWidget) -> QDockWidget:
    dock = QDockWidget(title, objectName=name)
    dock.setWidget(widget)
    dock.setAccessibleName(title)
    return dock
