"""The main window. For now it shows a project's journeys, stages and touchpoints."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey_designer.domain import JourneyError, Project
from journey_designer.io.project_files import load_any

_EMOTION_FACES = {-3: "😡", -2: "😟", -1: "🙁", 0: "😐", 1: "🙂", 2: "😊", 3: "😍"}


class MainWindow(QMainWindow):
    """Top-level window holding one project."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.project: Project | None = None
        self.path: Path | None = None
        self._title = QLabel()
        self._title.setObjectName("projectTitle")
        self._title.setStyleSheet("font-size: 18pt; font-weight: 600; padding: 8px;")
        self._tree = QTreeWidget()
        self._tree.setObjectName("journeyTree")
        self._tree.setHeaderLabels(
            [self.tr("Journey / stage / touchpoint"), self.tr("Emotion"),
             self.tr("Moment of truth"), self.tr("Owner")]
        )
        self._tree.setAlternatingRowColors(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self._title)
        layout.addWidget(self._tree)
        self.setCentralWidget(body)
        self._build_menus()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        open_action = QAction(self.tr("&Open…"), self)
        open_action.setObjectName("actionOpen")
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self._ask_open)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setObjectName("actionQuit")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(open_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

    def set_project(self, project: Project, path: Path | None) -> None:
        self.project = project
        self.path = path
        name = path.name if path else self.tr("Untitled")
        self.setWindowTitle(self.tr("%1 — Journey Designer").replace("%1", name))
        self._title.setText(project.name)
        self._fill_tree(project)

    def _fill_tree(self, project: Project) -> None:
        self._tree.clear()
        for journey in project.journeys:
            journey_item = QTreeWidgetItem([journey.name])
            self._tree.addTopLevelItem(journey_item)
            by_stage: dict[str, list[QTreeWidgetItem]] = {s.id: [] for s in journey.stages}
            for tp in journey.touchpoints:
                row = QTreeWidgetItem([
                    tp.name,
                    f"{_EMOTION_FACES.get(tp.emotion, '')} {tp.emotion:+d}",
                    "★" if tp.moment_of_truth else "",
                    tp.owner,
                ])
                by_stage.setdefault(tp.stage, []).append(row)
            for stage in journey.stages:
                stage_item = QTreeWidgetItem([stage.name])
                stage_item.addChildren(by_stage.get(stage.id, []))
                journey_item.addChild(stage_item)
            journey_item.setExpanded(True)
            for i in range(journey_item.childCount()):
                journey_item.child(i).setExpanded(True)
        self._tree.resizeColumnToContents(0)

    def _ask_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open project"), "",
            self.tr("Journey projects (*.journey *.json);;All files (*)"),
        )
        if not path:
            return
        try:
            self.set_project(load_any(path), Path(path))
        except JourneyError as exc:
            QMessageBox.critical(self, self.tr("Cannot open project"), str(exc))
