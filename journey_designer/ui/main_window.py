"""The main window: layout only — the journey map with its tabs, the docks, menus,
toolbar and status bar.

The state lives in the Session (ui/session.py: document, analysis, view state); the
parts that act on it receive the session, not this window: FileController (files),
MapEditing (Edit/Insert commands), CareUi, GapsUi, WorkbookUi, and the canvas, whose
gestures are interaction objects (canvas/interactions.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from journey_designer.domain import Project
from journey_designer.domain.templates import blank_project
from journey_designer.ui.actions import Actions, SteadyAction
from journey_designer.ui.canvas.empty_hint import EmptyMapHint
from journey_designer.ui.canvas.scene import JourneyScene
from journey_designer.ui.canvas.view import JourneyView
from journey_designer.ui.care_ui import CareUi
from journey_designer.ui.clipboard import MIME_TYPE
from journey_designer.ui.dock_scroll import scrolling
from journey_designer.ui.document import Document
from journey_designer.ui.file_ops import FileController
from journey_designer.ui.gaps_ui import GapsUi
from journey_designer.ui.help_menu import open_manual, show_about
from journey_designer.ui.journey_tabs import JourneyTabs
from journey_designer.ui.long_task import SHOW_AFTER_MS, TaskCancelled
from journey_designer.ui.map_editing import MapEditing
from journey_designer.ui.panels.properties import PropertiesPanel
from journey_designer.ui.session import Session
from journey_designer.ui.settings import STATE_VERSION, AppSettings
from journey_designer.ui.workbook_ui import WorkbookUi

if TYPE_CHECKING:  # presentation mode loads when first used (not needed to show a map)
    from journey_designer.ui.presentation import Presentation, SlidesExport

# View-state toggles and the menu actions that show them (both ways).
_TOGGLES = {"actionSnapToGrid": "snap_to_grid", "actionShowBackstage": "show_backstage",
            "actionShowEmotionCurve": "show_curve", "actionShowLegend": "show_legend"}


class MainWindow(QMainWindow):
    """One window, one project."""

    def __init__(self, project: Project | None = None, path: Path | None = None,
                 settings: AppSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings or AppSettings()
        self.document = Document(project or blank_project(), path, self)
        self.session = Session(self.document, self.settings, self)
        self.actions = Actions(self)
        self.scene = JourneyScene(self.document, self.session.view, self)
        self.view = JourneyView(self.scene, self)
        self.tabs = JourneyTabs(self.session)
        self.files = FileController(self.session, self.scene, self)
        self.properties = PropertiesPanel(self.document)
        self.properties.setAccessibleName(self.tr("Properties"))
        self.editing = MapEditing(self.session, self.scene, self.view, self.actions,
                                  self.properties, self)
        self.care = CareUi(self.session, self)
        self.gaps = GapsUi(self.session, self)
        self._presentation: Presentation | None = None  # made when first used
        self.workbook = WorkbookUi(self.session, self.scene, self)
        self.zoom_label = QLabel("100 %", objectName="zoomLabel")
        self.map_hint = EmptyMapHint(self.view, self.session)
        self._build_central()
        self._build_docks()
        self._build_menus()
        self._build_toolbar()
        self._connect()
        self._show_toggles()
        self.setAcceptDrops(True)
        self.statusBar().addPermanentWidget(self.zoom_label)
        for widget in self.gaps.status_widgets():
            self.statusBar().addPermanentWidget(widget)
        self._update_title()
        self.view.fit_to_window()
        self._restore_window()
        self.view.setFocus()  # focus starts on the map
        QTimer.singleShot(0, self.view, self.view.setFocus)  # (again once the window is shown)

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
        self.views.addTab(self.care.matrix, self.tr("Care matrix"))
        self.views.addTab(self.gaps.charts, self.tr("Charts"))
        self.setCentralWidget(body)

    def _build_docks(self) -> None:
        right = Qt.DockWidgetArea.RightDockWidgetArea
        self.properties_dock = QDockWidget(self.tr("Properties"), self, objectName="propertiesDock")
        self.properties_dock.setWidget(self.properties)
        self.properties_dock.setAccessibleName(self.tr("Properties"))
        self.history_dock = QDockWidget(self.tr("History"), self, objectName="historyDock")
        history = QUndoView(self.document.undo_stack, objectName="historyView")
        history.setEmptyLabel(self.tr("<opened>"))
        history.setAccessibleName(self.tr("History"))
        self.history_dock.setWidget(history)
        self.history_dock.setAccessibleName(self.tr("History"))
        form_width = self.properties.minimumSizeHint().width()
        for dock in (self.properties_dock, self.care.actions_dock, self.care.plan_dock):
            scrolling(dock)  # a dock as tall as its form would set the window's minimum
        self.addDockWidget(right, self.properties_dock)
        # Gaps stand on their own below the form: watched while editing (issue 14). Split
        # before tabifying: splitting a tabbed dock would add a tab instead.
        self.addDockWidget(right, self.gaps.dock)
        self.splitDockWidget(self.properties_dock, self.gaps.dock, Qt.Orientation.Vertical)
        self.addDockWidget(right, self.care.actions_dock)
        self.tabifyDockWidget(self.properties_dock, self.care.actions_dock)
        self.addDockWidget(right, self.history_dock)
        self.history_dock.hide()
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.care.plan_dock)
        self.care.plan_dock.hide()
        self.properties_dock.raise_()
        # as wide as the form, so that it needs no sideways scrolling
        self.resizeDocks([self.properties_dock], [max(340, form_width + 20)],
                         Qt.Orientation.Horizontal)
        self.resizeDocks([self.properties_dock, self.gaps.dock], [520, 300],
                         Qt.Orientation.Vertical)

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
        self.files.attach_menus(self.recent_menu, self.samples_menu)
        file_menu.addSeparator()
        for name in ("actionSave", "actionSaveAs", "actionClose"):
            file_menu.addAction(a[name])
        file_menu.addSeparator()
        for name in ("actionExportWorkbook", "actionImportWorkbook", "actionExportPicture",
                     "actionExportSlides"):
            file_menu.addAction(a[name])
        file_menu.addSeparator()
        file_menu.addAction(a["actionQuit"])

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
                     "actionSelectAll", "actionRename", "actionConnectTo"):
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
        for name in ("actionSnapToGrid", "actionShowEmotionCurve", "actionShowBackstage",
                     "actionShowLegend"):
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
        self.toolbar_undo = SteadyAction(self.undo_action, self.tr("Undo"), "actionToolbarUndo")
        self.toolbar_redo = SteadyAction(self.redo_action, self.tr("Redo"), "actionToolbarRedo")
        toolbar.addActions([self.toolbar_undo, self.toolbar_redo])
        toolbar.addSeparator()
        toolbar.addActions([a["actionAddTouchpoint"], a["actionAddStage"], a["actionAddJourney"]])
        toolbar.addSeparator()
        toolbar.addActions([a["actionZoomFit"], a["actionZoomReset"]])
        self.care.add_lens_to(toolbar)
        self.addToolBar(toolbar)

    def _connect(self) -> None:
        a, f, e = self.actions, self.files, self.editing
        for name, slot in {
            "actionNew": f.new_blank, "actionOpen": f.ask_open, "actionSave": f.save,
            "actionSaveAs": f.save_as, "actionClose": f.close_project, "actionQuit": self.close,
            "actionCut": e.cut, "actionCopy": e.copy, "actionPaste": e.paste,
            "actionDuplicate": e.duplicate, "actionDelete": e.delete_selection,
            "actionSelectAll": e.select_all, "actionRename": e.rename_selected,
            "actionConnectTo": e.connect_to,
            "actionAlignLeft": lambda: e.align("left"), "actionAlignTop": lambda: e.align("top"),
            "actionArrangeStage": e.arrange_stage,
            "actionHistory": lambda: self.history_dock.setVisible(not self.history_dock.isVisible()),
            "actionZoomIn": self.view.zoom_in, "actionZoomOut": self.view.zoom_out,
            "actionZoomFit": self.view.fit_to_window, "actionZoomReset": self.view.zoom_reset,
            "actionAddTouchpoint": e.add_touchpoint, "actionAddStage": e.add_stage,
            "actionAddJourney": e.add_journey, "actionRenameJourney": e.rename_journey,
            "actionDeleteJourney": e.delete_journey, "actionValidate": e.show_problems,
            "actionAbout": self.about, "actionManual": lambda: open_manual(self),
            "actionAddCareAction": self.add_care_action,
            "actionFixFirst": lambda: self.gaps.show_fix_first(),
            "actionPresent": lambda: self.presentation.enter(),
            "actionExportSlides": self.export_slides,
            "actionPreferences": self.show_preferences,
            "actionExportWorkbook": lambda: self.workbook.ask_export(),
            "actionExportPicture": lambda: self.workbook.ask_picture(),
            "actionImportWorkbook": lambda: self.workbook.ask_import(),
            "actionShowPlan": self.care.show_plan,
        }.items():
            a[name].triggered.connect(slot)
        self.addActions(list(a.all.values()))  # shortcuts work with the menu bar hidden too
        state = self.session.view
        for name, field in _TOGGLES.items():
            a[name].toggled.connect(getattr(state, f"set_{field}"))
            getattr(state, f"{field}_changed").connect(lambda _on: self._show_toggles())
        a["actionToggleEntry"].triggered.connect(lambda on: e.mark_selected(entry=on))
        a["actionToggleExit"].triggered.connect(lambda on: e.mark_selected(exit=on))
        doc = self.document
        doc.undo_stack.cleanChanged.connect(self._update_title)
        doc.path_changed.connect(self._update_title)
        doc.project_replaced.connect(self._update_title)
        doc.project_replaced.connect(self.view.fit_to_window)
        self.session.message.connect(self.statusBar().showMessage)
        self.session.reveal_requested.connect(self._reveal)
        state.journey_id_changed.connect(lambda _j: self.view.fit_to_window())
        self.tabs.tabBarDoubleClicked.connect(lambda _i: e.rename_journey())
        self.tabs.customContextMenuRequested.connect(self._tab_menu)
        self.view.zoom_changed.connect(lambda z: self.zoom_label.setText(zoom_text(z)))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(e.canvas_menu)

    def _show_toggles(self) -> None:
        for name, field in _TOGGLES.items():
            action = self.actions[name]
            wanted = getattr(self.session.view, field)
            if action.isChecked() != wanted:
                action.blockSignals(True)
                action.setChecked(wanted)
                action.blockSignals(False)

    def _restore_window(self) -> None:
        geometry = self.settings.get("window/geometry")
        if geometry:
            self.restoreGeometry(geometry)
        else:  # as large as the screen allows, up to 1360×860
            screen = self.screen().availableGeometry()
            self.resize(min(1360, screen.width()), min(860, screen.height()))
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

    def _reveal(self, tp_id: str) -> None:
        """The session asked to show a touchpoint: the map tab, centred on its card."""
        self.views.setCurrentWidget(self.view)
        card = self.scene.cards.get(tp_id)
        if card is not None:
            self.view.centerOn(card)

    def go_to_touchpoint(self, tp_id: str) -> None:
        self.session.go_to_touchpoint(tp_id)

    # ------------------------------------------------------------ window-level commands

    def add_care_action(self) -> None:
        """A care action on every selected touchpoint (one undo step)."""
        if self.session.view.selection.cards:
            self.care.actions_dock.show()
            self.care.actions_dock.raise_()
            self.care.actions_panel.add_action()

    def show_preferences(self) -> None:
        from journey_designer.ui.dialogs.preferences import PreferencesDialog

        PreferencesDialog(self.settings, self).exec()

    @property
    def presentation(self) -> Presentation:
        """Presentation mode (F5, the slides PDF), made when first used: its code is not
        needed to show a map and loads after the first paint."""
        if self._presentation is None:
            from journey_designer.ui.presentation import Presentation

            self._presentation = Presentation(self.session, self)
        return self._presentation

    def export_slides(self) -> None:
        name = (self.document.path.stem if self.document.path else "slides") + ".pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export slides"), name,
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.export_slides_to(Path(path))

    def export_slides_to(self, path: Path, show_after_ms: int = SHOW_AFTER_MS) -> SlidesExport:
        """Write the slides PDF with progress and Cancel; returns the running export."""
        from journey_designer.ui.presentation import SlidesExport

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

    def about(self) -> None:
        show_about(self)

    def _tab_menu(self, pos) -> None:
        menu = QMenu(self)
        menu.addActions([self.actions["actionRenameJourney"], self.actions["actionDeleteJourney"],
                         self.actions["actionAddJourney"]])
        menu.exec(self.tabs.mapToGlobal(pos))

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
        self.session.analysis.shutdown()
        event.accept()


__all__ = ["MIME_TYPE", "MainWindow"]


def zoom_text(zoom: float) -> str:
    """The zoom for the status bar: whole percents, and one figure below 1 % (a whole
    10,000-card map fits at 0.7 %, which "0 %" would hide)."""
    percent = zoom * 100
    return f"{percent:.0f} %" if percent >= 1 else f"{percent:.1g} %"
