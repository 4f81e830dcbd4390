"""The care-plan part of the main window: the Care matrix tab, the Care actions and
Plan docks, and the "View as" tier lens. Kept apart so main_window stays small."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QComboBox, QDockWidget, QLabel

from journey_designer.domain.events import Event
from journey_designer.ui.dialogs.derive_tiers import DeriveTiersDialog
from journey_designer.ui.panels.care_actions import CareActionsPanel
from journey_designer.ui.panels.care_matrix_view import CareMatrixView
from journey_designer.ui.panels.plan_editor import PlanEditor

if TYPE_CHECKING:
    from journey_designer.ui.main_window import MainWindow


class CareUi(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        document = window.document
        self.matrix = CareMatrixView(document)
        self.actions_panel = CareActionsPanel(document)
        self.plan = PlanEditor(document)
        self.lens = QComboBox(objectName="tierLens")
        self.lens.setToolTip(self.tr("View the map as one tier sees it"))
        self.actions_dock = self._dock(self.tr("Care actions"), "careActionsDock", self.actions_panel)
        self.plan_dock = self._dock(self.tr("Plan: tiers, channels, KPIs…"), "planDock", self.plan)
        window.tabifyDockWidget(window.properties_dock, self.actions_dock)
        window.properties_dock.raise_()
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.plan_dock)
        self.plan_dock.hide()
        self.lens.activated.connect(self._lens_chosen)
        self.matrix.touchpoint_activated.connect(self._select_touchpoint)
        self.plan.derive_button.clicked.connect(self.derive_tiers)
        document.changed.connect(self._on_event)
        self.fill_lens()

    def _dock(self, title: str, name: str, widget) -> QDockWidget:
        dock = QDockWidget(title, self.window, objectName=name)
        dock.setWidget(widget)
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        return dock

    def add_lens_to(self, toolbar) -> None:
        toolbar.addSeparator()
        toolbar.addWidget(QLabel(self.tr(" View as: ")))
        toolbar.addWidget(self.lens)

    def fill_lens(self) -> None:
        current = self.lens.currentData()
        self.lens.blockSignals(True)
        self.lens.clear()
        self.lens.addItem(self.tr("All tiers"), None)
        for tier in self.window.document.project.tiers:
            self.lens.addItem(tier.name, tier.id)
        self.lens.setCurrentIndex(max(0, self.lens.findData(current)))
        self.lens.blockSignals(False)

    def set_lens(self, tier_id: str | None) -> None:
        self.lens.setCurrentIndex(max(0, self.lens.findData(tier_id)))
        self.window.scene.set_lens(tier_id)

    def _lens_chosen(self, index: int) -> None:
        self.window.scene.set_lens(self.lens.itemData(index))

    def _on_event(self, event: Event) -> None:
        if event.kind == "tier" or event.change == "reset":
            self.fill_lens()
            if self.lens.currentData() != self.window.scene.lens_tier:
                self.window.scene.set_lens(self.lens.currentData())

    def journey_shown(self, journey_id: str | None) -> None:
        self.matrix.set_journey(journey_id)

    def selection_changed(self, journey_id: str | None, touchpoints: list[str]) -> None:
        self.actions_panel.show_touchpoints(journey_id or "", touchpoints)

    def derive_tiers(self) -> DeriveTiersDialog:
        dialog = DeriveTiersDialog(self.window.document, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _select_touchpoint(self, tp_id: str) -> None:
        scene = self.window.scene
        scene.select_cards([tp_id])
        if tp_id in scene.cards:
            self.window.view.centerOn(scene.cards[tp_id])
