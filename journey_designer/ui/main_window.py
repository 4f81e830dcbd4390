"""The main window: the journey map canvas with its tabs, docks, menus and toolbar.

File handling lives in file_ops.FileController; editing gestures on the canvas live
in the scene; this module wires them together.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabBar,
    QTabWidget,
    QToolBar,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from journey_designer.domain import Project
from journey_designer.domain.templates import blank_project
from journey_designer.domain.validation import validate
from journey_designer.layout.lanes import CARD_HEIGHT, FIRST_CARD_Y, ROW_PITCH, lane_left
from journey_designer.ui.actions import Actions
from journey_designer.ui.canvas.items.card import TouchpointCard
from journey_designer.ui.canvas.items.lanes import StageLane
from journey_designer.ui.canvas.scene import JourneyScene
from journey_designer.ui.canvas.view import JourneyView
from journey_designer.ui.care_ui import CareUi
from journey_designer.ui.clipboard import MIME_TYPE, payload_from_mime, payload_to_mime
from journey_designer.ui.document import Document
from journey_designer.ui.file_ops import FileController
from journey_designer.ui.gaps_ui import GapsUi
from journey_designer.ui.help_menu import open_manual, show_about
from journey_designer.ui.long_task import SHOW_AFTER_MS, TaskCancelled
from journey_designer.ui.panels.properties import PropertiesPanel
from journey_designer.ui.presentation import Presentation, SlidesExport
from journey_designer.ui.settings import STATE_VERSION, AppSettings
from journey_designer.ui.workbook_ui import WorkbookUi


class MainWindow(QMainWindow):
    """One window, one project."""

    def __init__(self, project: Project | None = None, path: Path | None = None,
                 settings: AppSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings or AppSettings()
        self.document = Document(project or blank_project(), path, self)
        self.actions = Actions(self)
        self.scene = JourneyScene(self.document, self)
        self.view = JourneyView(self.scene, self)
        self.tabs = QTabBar(objectName="journeyTabs")
        self.tabs.setMovable(False)
        self.tabs.setExpanding(False)
        self.tabs.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.files = FileController(self)
        self.properties = PropertiesPanel(self.document)
        self.zoom_label = QLabel("100 %", objectName="zoomLabel")
        self._build_central()
        self._build_docks()
        self.care = CareUi(self)
        self.views.addTab(self.care.matrix, self.tr("Care matrix"))
        self.gaps = GapsUi(self)
        self.views.addTab(self.gaps.charts, self.tr("Charts"))
        self.presentation = Presentation(self)
        self.workbook = WorkbookUi(self)
        self._build_menus()
        self._build_toolbar()
        self._connect()
        self._apply_view_settings()
        self.setAcceptDrops(True)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self._on_project_replaced()
        self._restore_window()

    # ------------------------------------------------------------ building

    def _build_central(self) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tabs)
        self.views = QTabWidget(objectName="centralTabs")
        self.views.setTabPosition(QTabWidget.TabPosition.South)
        self.views.setDocumentMode(True)
        layout.addWidget(self.views)
        self.views.addTab(self.view, self.tr("Journey map"))
        self.setCentralWidget(body)

    def _build_docks(self) -> None:
        self.properties_dock = QDockWidget(self.tr("Properties"), self, objectName="propertiesDock")
        self.properties_dock.setWidget(self.properties)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.properties_dock)
        self.history_dock = QDockWidget(self.tr("History"), self, objectName="historyDock")
        history = QUndoView(self.document.undo_stack, objectName="historyView")
        history.setEmptyLabel(self.tr("<opened>"))
        self.history_dock.setWidget(history)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history_dock)
        self.history_dock.hide()
        self.resizeDocks([self.properties_dock], [340], Qt.Orientation.Horizontal)

    def _build_menus(self) -> None:
        a = self.actions
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("menuFile")
        file_menu.addAction(a["actionNew"])
        self.samples_menu = file_menu.addMenu(self.tr("New from &Sample"))
        self.samples_menu.setObjectName("menuNewFromSample")
        file_menu.addAction(a["actionOpen"])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.setObjectName("menuRecent")
        self.recent_menu.aboutToShow.connect(self.files.fill_recent_menu)
        file_menu.addSeparator()
        for name in ("actionSave", "actionSaveAs", "actionClose"):
            file_menu.addAction(a[name])
        file_menu.addSeparator()
        for name in ("actionExportWorkbook", "actionImportWorkbook", "actionExportPicture",
                     "actionExportSlides"):
            file_menu.addAction(a[name])
        file_menu.addSeparator()
        file_menu.addAction(a["actionQuit"])
        self.files.fill_samples_menu()

        edit = bar.addMenu(self.tr("&Edit"))
        edit.setObjectName("menuEdit")
        self.undo_action = self.document.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setObjectName("actionUndo")
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.redo_action = self.document.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setObjectName("actionRedo")
        self.redo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
        edit.addActions([self.undo_action, self.redo_action])
        edit.addSeparator()
        for name in ("actionCut", "actionCopy", "actionPaste", "actionDuplicate", "actionDelete",
                     "actionSelectAll", "actionRename"):
            edit.addAction(a[name])
        edit.addSeparator()
        for name in ("actionAlignLeft", "actionAlignTop", "actionArrangeStage"):
            edit.addAction(a[name])
        edit.addSeparator()
        edit.addAction(a["actionHistory"])
        edit.addAction(a["actionPreferences"])

        view = bar.addMenu(self.tr("&View"))
        view.setObjectName("menuView")
        for name in ("actionZoomIn", "actionZoomOut", "actionZoomFit", "actionZoomReset"):
            view.addAction(a[name])
        view.addSeparator()
        view.addAction(a["actionPresent"])
        view.addSeparator()
        for name in ("actionSnapToGrid", "actionShowEmotionCurve", "actionShowBackstage"):
            view.addAction(a[name])
        view.addSeparator()
        for dock in (self.properties_dock, self.care.actions_dock, self.care.plan_dock,
                     self.gaps.dock):
            view.addAction(dock.toggleViewAction())

        insert = bar.addMenu(self.tr("&Insert"))
        insert.setObjectName("menuInsert")
        for name in ("actionAddTouchpoint", "actionAddStage", "actionAddJourney",
                     "actionAddCareAction"):
            insert.addAction(a[name])
        insert.addSeparator()
        for name in ("actionToggleEntry", "actionToggleExit", "actionRenameJourney",
                     "actionDeleteJourney"):
            insert.addAction(a[name])

        analyze = bar.addMenu(self.tr("&Analyze"))
        analyze.setObjectName("menuAnalyze")
        analyze.addAction(a["actionValidate"])
        analyze.addAction(a["actionFixFirst"])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("menuHelp")
        help_menu.addAction(a["actionManual"])
        help_menu.addSeparator()
        help_menu.addAction(a["actionAbout"])

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main"), self, objectName="mainToolBar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        a = self.actions
        toolbar.addActions([a["actionNew"], a["actionOpen"], a["actionSave"]])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])
        toolbar.addSeparator()
        toolbar.addActions([a["actionAddTouchpoint"], a["actionAddStage"], a["actionAddJourney"]])
        toolbar.addSeparator()
        toolbar.addActions([a["actionZoomFit"], a["actionZoomReset"]])
        self.care.add_lens_to(toolbar)
        self.addToolBar(toolbar)

    def _connect(self) -> None:
        a, doc = self.actions, self.document
        f = self.files
        for name, slot in {
            "actionNew": f.new_blank, "actionOpen": f.ask_open, "actionSave": f.save,
            "actionSaveAs": f.save_as, "actionClose": f.close_project, "actionQuit": self.close,
            "actionCut": self.cut, "actionCopy": self.copy, "actionPaste": self.paste,
            "actionDuplicate": self.duplicate, "actionDelete": self.delete_selection,
            "actionSelectAll": self.select_all, "actionRename": self.rename_selected,
            "actionAlignLeft": lambda: self.align("left"),
            "actionAlignTop": lambda: self.align("top"),
            "actionArrangeStage": self.arrange_stage,
            "actionHistory": lambda: self.history_dock.setVisible(not self.history_dock.isVisible()),
            "actionZoomIn": self.view.zoom_in, "actionZoomOut": self.view.zoom_out,
            "actionZoomFit": self.view.fit_to_window, "actionZoomReset": self.view.zoom_reset,
            "actionAddTouchpoint": self.add_touchpoint, "actionAddStage": self.add_stage,
            "actionAddJourney": self.add_journey, "actionRenameJourney": self.rename_journey,
            "actionDeleteJourney": self.delete_journey, "actionValidate": self.show_problems,
            "actionAbout": self.about, "actionManual": lambda: open_manual(self),
            "actionAddCareAction": self.add_care_action,
            "actionFixFirst": lambda: self.gaps.show_fix_first(),
            "actionPresent": lambda: self.presentation.enter(),
            "actionExportSlides": self.export_slides,
            "actionPreferences": self.show_preferences,
            "actionExportWorkbook": lambda: self.workbook.ask_export(),
            "actionExportPicture": lambda: self.workbook.ask_picture(),
            "actionImportWorkbook": lambda: self.workbook.ask_import(),
            "actionShowPlan": lambda: (self.care.plan_dock.show(), self.care.plan_dock.raise_()),
        }.items():
            a[name].triggered.connect(slot)
        a["actionSnapToGrid"].toggled.connect(self._set_snap)
        a["actionShowBackstage"].toggled.connect(self._set_backstage)
        a["actionShowEmotionCurve"].toggled.connect(self._set_curve)
        a["actionToggleEntry"].triggered.connect(lambda on: self._mark_selected(entry=on))
        a["actionToggleExit"].triggered.connect(lambda on: self._mark_selected(exit=on))
        doc.undo_stack.cleanChanged.connect(self._update_title)
        doc.path_changed.connect(self._update_title)
        doc.project_replaced.connect(self._on_project_replaced)
        doc.changed.connect(self._on_domain_event)
        self.scene.selectionChanged.connect(self._on_selection)
        self.scene.stage_clicked.connect(self._on_stage_clicked)
        self.tabs.currentChanged.connect(self._on_tab)
        self.tabs.tabBarDoubleClicked.connect(lambda _i: self.rename_journey())
        self.tabs.customContextMenuRequested.connect(self._tab_menu)
        self.view.zoom_changed.connect(lambda z: self.zoom_label.setText(f"{z * 100:.0f} %"))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._canvas_menu)

    def _apply_view_settings(self) -> None:
        s = self.settings
        for name, key in (("actionSnapToGrid", "view/snap_to_grid"),
                          ("actionShowBackstage", "view/show_backstage"),
                          ("actionShowEmotionCurve", "view/show_emotion_curve")):
            self.actions[name].setChecked(s.get(key))
        self.scene.snap_to_grid = s.get("view/snap_to_grid")
        self.scene.show_backstage = s.get("view/show_backstage")
        self.scene.show_curve = s.get("view/show_emotion_curve")

    def _restore_window(self) -> None:
        geometry = self.settings.get("window/geometry")
        if geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(1360, 860)
        state = self.settings.get("window/state")
        if state:
            self.restoreState(state, STATE_VERSION)

    # ------------------------------------------------------------ state

    @property
    def journey_id(self) -> str | None:
        return self.scene.journey_id

    def _update_title(self) -> None:
        name = self.document.path.name if self.document.path else self.tr("Untitled")
        self.setWindowTitle(self.tr("%1[*] — Journey Designer").replace("%1", name))
        self.setWindowModified(self.document.is_modified())

    def _on_project_replaced(self) -> None:
        self._fill_tabs()
        self._update_title()
        self.properties.show_target(())
        self.view.fit_to_window()

    def _fill_tabs(self, select: str | None = None) -> None:
        current = select or self.journey_id
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        for journey in self.document.project.journeys:
            index = self.tabs.addTab(journey.name)
            self.tabs.setTabData(index, journey.id)
        ids = [j.id for j in self.document.project.journeys]
        index = ids.index(current) if current in ids else 0
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        wanted = ids[index] if ids else None
        if wanted != self.scene.journey_id or not self.scene.cards and wanted:
            self.scene.show_journey(wanted)
        if wanted != self.care.matrix.model.journey_id:
            self.care.journey_shown(wanted)

    def _on_tab(self, index: int) -> None:
        self.scene.show_journey(self.tabs.tabData(index) if index >= 0 else None)
        self.care.journey_shown(self.journey_id)
        self.properties.show_target(("journey", self.journey_id) if self.journey_id else ())
        self.view.fit_to_window()

    def _on_domain_event(self, event) -> None:
        if event.change == "reset":  # an import swapped the whole project (undoable)
            self._fill_tabs()
        elif event.kind == "journey":
            select = event.key if event.change == "added" else None
            self._fill_tabs(select)

    def _on_selection(self) -> None:
        cards, arrows = self.scene.selected_cards(), self.scene.selected_arrows()
        entry, exit_ = self.actions["actionToggleEntry"], self.actions["actionToggleExit"]
        journey = self.scene.journey
        if len(cards) == 1 and not arrows and journey is not None:
            self.properties.show_target(("touchpoint", journey.id, cards[0].tp_id))
            entry.setChecked(cards[0].tp_id in journey.entries)
            exit_.setChecked(cards[0].tp_id in journey.exits)
        elif len(arrows) == 1 and not cards and journey is not None:
            self.properties.show_target(("transition", journey.id, *arrows[0].key))
        elif journey is not None:
            self.properties.show_target(("journey", journey.id))
        for action in (entry, exit_):
            action.setEnabled(len(cards) == 1)
        self.care.selection_changed(self.journey_id, [c.tp_id for c in cards])

    def _on_stage_clicked(self, stage_id: str) -> None:
        if self.journey_id:
            self.properties.show_target(("stage", self.journey_id, stage_id))

    # ------------------------------------------------------------ view toggles

    def _set_snap(self, on: bool) -> None:
        self.scene.snap_to_grid = on
        self.settings.set("view/snap_to_grid", on)
        self.view.resetCachedContent()
        self.scene.update()

    def _set_backstage(self, on: bool) -> None:
        self.scene.show_backstage = on
        self.settings.set("view/show_backstage", on)
        self.scene.refresh_lanes()

    def _set_curve(self, on: bool) -> None:
        self.scene.show_curve = on
        self.settings.set("view/show_emotion_curve", on)
        self.scene.refresh_lanes()

    # ------------------------------------------------------------ editing

    def delete_selection(self) -> None:
        if self.journey_id is None:
            return
        cards = [c.tp_id for c in self.scene.selected_cards()]
        arrows = [a.key for a in self.scene.selected_arrows()]
        self.document.delete_items(self.journey_id, cards, arrows)

    def select_all(self) -> None:
        for card in self.scene.cards.values():
            card.setSelected(True)

    def rename_selected(self) -> None:
        cards = self.scene.selected_cards()
        if len(cards) == 1:
            self.scene.request_card_rename(cards[0])

    def copy(self) -> None:
        cards = [c.tp_id for c in self.scene.selected_cards()]
        if self.journey_id and cards:
            payload = self.document.copy_payload(self.journey_id, cards)
            QApplication.clipboard().setMimeData(payload_to_mime(payload))

    def cut(self) -> None:
        self.copy()
        self.delete_selection()

    def paste(self) -> None:
        payload = payload_from_mime(QApplication.clipboard().mimeData())
        if payload is None or self.journey_id is None:
            return
        new_ids = self.document.paste(self.journey_id, payload, (20.0, 20.0))
        self.scene.select_cards(new_ids)

    def duplicate(self) -> None:
        cards = [c.tp_id for c in self.scene.selected_cards()]
        if self.journey_id and cards:
            self.scene.select_cards(self.document.duplicate(self.journey_id, cards))

    def align(self, how: str) -> None:
        cards = self.scene.selected_cards()
        if self.journey_id and len(cards) > 1:
            positions = {c.tp_id: (c.pos().x(), c.pos().y()) for c in cards}
            self.document.align(self.journey_id, [c.tp_id for c in cards], how, positions)

    def arrange_stage(self) -> None:
        journey = self.scene.journey
        if journey is None or not journey.stages:
            return
        stage = self._current_stage_id()
        self.document.arrange_stage(journey.id, stage)

    def _current_stage_id(self) -> str:
        journey = self.scene.journey
        assert journey is not None
        cards = self.scene.selected_cards()
        if cards:
            return self.document.editor.touchpoint(journey.id, cards[0].tp_id).stage
        return journey.stages[0].id

    def add_touchpoint(self) -> None:
        journey = self.scene.journey
        if journey is None or not journey.stages:
            return
        stage_id = self._current_stage_id()
        index = next(i for i, s in enumerate(journey.stages) if s.id == stage_id)
        bottoms = [c.pos().y() + CARD_HEIGHT for c in self.scene.cards.values()
                   if self.document.editor.touchpoint(journey.id, c.tp_id).stage == stage_id]
        y = max(bottoms, default=FIRST_CARD_Y - ROW_PITCH + CARD_HEIGHT) + ROW_PITCH - CARD_HEIGHT
        tp_id = self.document.add_touchpoint(journey.id, stage_id, lane_left(index) + 30, y,
                                             self.tr("New touchpoint"))
        self.scene.select_cards([tp_id])
        self.view.ensureVisible(self.scene.cards[tp_id].sceneBoundingRect())
        self.scene.request_card_rename(self.scene.cards[tp_id])

    def add_stage(self) -> None:
        if self.journey_id:
            stage_id = self.document.add_stage(self.journey_id, self.tr("New stage"))
            lane = self.scene.lanes[stage_id]
            self.view.ensureVisible(lane.sceneBoundingRect())
            self.scene.edit_requested.emit("stage", stage_id, lane.header_rect().translated(
                lane.pos()).adjusted(4, 4, -4, -4), lane.name)

    def delete_stage(self, stage_id: str) -> None:
        journey = self.scene.journey
        if journey is None:
            return
        stage = self.document.editor.stage(journey.id, stage_id)
        count = sum(1 for tp in journey.touchpoints if tp.stage == stage_id)
        if count:
            answer = QMessageBox.question(
                self, self.tr("Delete stage"),
                self.tr("Delete the stage “%1” and its %2 touchpoint(s)? "
                        "You can undo this.").replace("%1", stage.name).replace("%2", str(count)))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.document.delete_stage(journey.id, stage_id)

    def add_journey(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New journey"), self.tr("Journey name:"),
                                        text=self.tr("New journey"))
        if ok and name.strip():
            self.document.add_journey(name.strip())

    def rename_journey(self) -> None:
        journey = self.scene.journey
        if journey is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename journey"), self.tr("Journey name:"),
                                        text=journey.name)
        if ok and name.strip():
            self.document.rename_journey(journey.id, name.strip())

    def delete_journey(self) -> None:
        journey = self.scene.journey
        if journey is None:
            return
        if len(self.document.project.journeys) == 1:
            QMessageBox.information(self, self.tr("Delete journey"),
                                    self.tr("A project keeps at least one journey."))
            return
        answer = QMessageBox.question(
            self, self.tr("Delete journey"),
            self.tr("Delete the journey “%1” with its %2 touchpoint(s)? You can undo this.")
            .replace("%1", journey.name).replace("%2", str(len(journey.touchpoints))))
        if answer == QMessageBox.StandardButton.Yes:
            self.document.delete_journey(journey.id)

    def show_preferences(self) -> None:
        from journey_designer.ui.dialogs.preferences import PreferencesDialog

        PreferencesDialog(self.settings, self).exec()

    def export_slides(self) -> None:
        name = (self.document.path.stem if self.document.path else "slides") + ".pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export slides"), name,
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.export_slides_to(Path(path))

    def export_slides_to(self, path: Path, show_after_ms: int = SHOW_AFTER_MS) -> SlidesExport:
        """Write the slides PDF with progress and Cancel; returns the running export."""
        export = SlidesExport(self.presentation, path, show_after_ms)
        export.finished.connect(self._slides_written)
        export.start()
        return export

    def _slides_written(self, outcome: object) -> None:
        if isinstance(outcome, TaskCancelled):
            self.statusBar().showMessage(self.tr("Export cancelled; nothing was written."), 5000)
        elif isinstance(outcome, Exception):
            QMessageBox.critical(self, self.tr("Cannot export slides"), str(outcome))
        else:
            self.statusBar().showMessage(self.tr("Wrote %1").replace("%1", str(outcome)), 5000)

    def go_to_touchpoint(self, tp_id: str) -> None:
        """Show a touchpoint: its journey's tab, selected and centred on the map."""
        located = self.document.project.touchpoint_index().get(tp_id)
        if located is None:
            return
        journey, _ = located
        if journey.id != self.journey_id:
            for index in range(self.tabs.count()):
                if self.tabs.tabData(index) == journey.id:
                    self.tabs.setCurrentIndex(index)
        self.views.setCurrentWidget(self.view)
        self.scene.select_cards([tp_id])
        self.view.centerOn(self.scene.cards[tp_id])

    def add_care_action(self) -> None:
        """A care action on every selected touchpoint (one undo step)."""
        if self.scene.selected_cards():
            self.care.actions_dock.show()
            self.care.actions_dock.raise_()
            self.care.actions_panel.add_action()

    def _mark_selected(self, **marks: bool) -> None:
        cards = self.scene.selected_cards()
        if self.journey_id and len(cards) == 1:
            self.document.set_entry_exit(self.journey_id, cards[0].tp_id, **marks)

    def show_problems(self) -> None:
        problems = validate(self.document.project)
        if not problems:
            QMessageBox.information(self, self.tr("Check project"),
                                    self.tr("No problems found."))
            return
        text = "\n".join(f"• {p}" for p in problems[:40])
        more = len(problems) - 40
        if more > 0:
            text += "\n" + self.tr("… and %1 more").replace("%1", str(more))
        QMessageBox.warning(self, self.tr("Check project"), text)

    def about(self) -> None:
        show_about(self)

    # ------------------------------------------------------------ context menus

    def _tab_menu(self, pos) -> None:
        menu = QMenu(self)
        menu.addActions([self.actions["actionRenameJourney"], self.actions["actionDeleteJourney"],
                         self.actions["actionAddJourney"]])
        menu.exec(self.tabs.mapToGlobal(pos))

    def _canvas_menu(self, pos) -> None:
        scene_pos = self.view.mapToScene(pos)
        menu = QMenu(self)
        card = self.scene.card_at(scene_pos)
        lane = self.scene.lane_at(scene_pos)
        if isinstance(card, TouchpointCard):
            if not card.isSelected():
                self.scene.select_cards([card.tp_id])
            for name in ("actionRename", "actionDuplicate", "actionCopy", "actionCut",
                         "actionDelete", "actionToggleEntry", "actionToggleExit"):
                menu.addAction(self.actions[name])
        elif isinstance(lane, StageLane):
            menu.addAction(self.tr("Rename stage"), lambda: self.scene.edit_requested.emit(
                "stage", lane.stage_id, lane.header_rect().translated(lane.pos()), lane.name))
            menu.addAction(self.tr("Delete stage…"), lambda: self.delete_stage(lane.stage_id))
            menu.addAction(self.actions["actionAddStage"])
            menu.addAction(self.actions["actionPaste"])
        menu.exec(self.view.mapToGlobal(pos))

    # ------------------------------------------------------------ window events

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._dropped_project(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = self._dropped_project(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.files.open_path(path)

    @staticmethod
    def _dropped_project(mime: QMimeData) -> Path | None:
        for url in mime.urls():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in (".journey", ".json"):
                return path
        return None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.files.maybe_save():
            event.ignore()
            return
        self.settings.save_window(self.saveGeometry(), self.saveState(STATE_VERSION))
        self.files.shutdown()
        self.gaps.runner.shutdown()
        event.accept()


__all__ = ["MIME_TYPE", "MainWindow"]
