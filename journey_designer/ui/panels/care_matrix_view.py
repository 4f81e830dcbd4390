"""The Care matrix tab: the matrix table with filters (stage, moments of truth, owner,
channel), sorting, and adding an action in a tier's cell by typing or from the menu."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journey_designer.ui.document import Document
from journey_designer.ui.models.care_matrix import FIXED_COLUMNS, CareMatrixModel, TouchpointRole

# (least, most) width of the stage, touchpoint, moment of truth and owner columns, and of
# each tier's column; longer text wraps (a tooltip shows a tier cell whole).
COLUMN_LIMITS = ((60, 240), (90, 340), (30, 90), (60, 240))
TIER_LIMITS = (150, 320)


class MatrixFilter(QSortFilterProxyModel):
    """Filters rows by stage, moment of truth, owner text and channel."""

    def __init__(self, matrix: CareMatrixModel) -> None:
        super().__init__()
        self.matrix = matrix
        self.stage = ""
        self.mot_only = False
        self.owner = ""
        self.channel = ""
        self.setSourceModel(matrix)

    def set_filters(self, stage: str, channel: str, mot_only: bool, owner: str) -> None:
        changing = hasattr(self, "beginFilterChange")  # Qt ≥ 6.10; invalidateFilter before
        if changing:
            self.beginFilterChange()
        self.stage, self.channel, self.mot_only, self.owner = stage, channel, mot_only, owner
        if changing:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, parent: QModelIndex) -> bool:  # noqa: N802
        row = self.matrix.rows[source_row]
        tp = row.touchpoint
        if self.stage and tp.stage != self.stage:
            return False
        if self.mot_only and not tp.moment_of_truth:
            return False
        if self.owner and self.owner.lower() not in tp.owner.lower():
            return False
        if self.channel:
            actions = self.matrix._care.get(tp.id, [])
            if self.channel not in tp.channels and all(a.channel != self.channel for a in actions):
                return False
        return True

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:  # noqa: N802
        # Keys come straight from the model's rows: sorting 2,000 rows asks this
        # ~13,000 times, and going through data() each time would take a third of a second.
        return self.matrix.sort_key(left.row(), left.column()) < self.matrix.sort_key(
            right.row(), right.column())


class CareMatrixView(QWidget):
    touchpoint_activated = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("careMatrix")
        self.document = document
        self.model = CareMatrixModel(document, self)
        self.proxy = MatrixFilter(self.model)
        self.table = QTableView(objectName="careMatrixTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # stages in journey order
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(200)  # size columns from a sample, not every row
        header.setStretchLastSection(True)  # no empty strip beside the last tier
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(lambda: self.fit_columns(grow_only=self._grow_only))
        self._grow_only = True
        self.table.setWordWrap(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.stage_filter = QComboBox(objectName="matrixStageFilter")
        self.mot_filter = QCheckBox(self.tr("Moments of truth only"), objectName="matrixMotFilter")
        self.owner_filter = QLineEdit(objectName="matrixOwnerFilter")
        self.owner_filter.setPlaceholderText(self.tr("Owner contains…"))
        self.owner_filter.setMinimumWidth(self.owner_filter.fontMetrics().horizontalAdvance(
            self.owner_filter.placeholderText()) + 16)
        self.channel_filter = QComboBox(objectName="matrixChannelFilter")
        for combo in (self.stage_filter, self.channel_filter):  # long names: a narrow window
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self._layout()
        self.stage_filter.activated.connect(self._filters_changed)
        self.channel_filter.activated.connect(self._filters_changed)
        self.mot_filter.toggled.connect(self._filters_changed)
        self.owner_filter.textChanged.connect(self._filters_changed)
        self.table.clicked.connect(self._clicked)
        self.table.customContextMenuRequested.connect(self._menu)
        self.model.modelReset.connect(self._fill_filters)
        self.model.modelReset.connect(self._refit)
        self.model.dataChanged.connect(lambda *_a: self._fit_timer.start())  # widen only
        self.model.view_hidden = lambda: not self.isVisible()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self.model.stale:  # a big journey's rows waited for the table to be seen
            self.model.reload()

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Stage")))
        bar.addWidget(self.stage_filter)
        bar.addWidget(QLabel(self.tr("Channel")))
        bar.addWidget(self.channel_filter)
        bar.addWidget(self.owner_filter)
        bar.addWidget(self.mot_filter)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.model.palette_changed()

    def set_journey(self, journey_id: str | None) -> None:
        self.model.set_journey(journey_id)
        self.fit_columns()

    def _refit(self) -> None:
        self._grow_only = False
        self._fit_timer.start()

    def fit_columns(self, grow_only: bool = False) -> None:
        """Columns as wide as their longest text (a sample of rows), within sensible
        limits; names are typed after the matrix was first shown, so this follows edits.
        An edit only widens columns (a width the user chose stays); the last tier
        stretches over what is left."""
        self._grow_only = True
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            low, high = COLUMN_LIMITS[column] if column < FIXED_COLUMNS else TIER_LIMITS
            wanted = max(low, min(high, max(self.table.sizeHintForColumn(column),
                                             header.sectionSizeHint(column))))
            if not grow_only or wanted > self.table.columnWidth(column):
                self.table.setColumnWidth(column, wanted)

    def _fill_filters(self) -> None:
        journey = next((j for j in self.document.project.journeys
                        if j.id == self.model.journey_id), None)
        for combo, items, everything in (
                (self.stage_filter, [(s.name, s.id) for s in journey.stages] if journey else [],
                 self.tr("All stages")),
                (self.channel_filter, [(c.name, c.id) for c in self.document.project.channels],
                 self.tr("All channels"))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for name, key in items:
                combo.addItem(name, key)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def _filters_changed(self, *_args) -> None:
        self.proxy.set_filters(self.stage_filter.currentData() or "",
                               self.channel_filter.currentData() or "",
                               self.mot_filter.isChecked(), self.owner_filter.text().strip())

    def _clicked(self, index: QModelIndex) -> None:
        tp_id = index.data(TouchpointRole)
        if tp_id:
            self.touchpoint_activated.emit(tp_id)

    def _menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        source = self.proxy.mapToSource(index)
        tier = self.model.tier_at(source.column()) if index.isValid() else None
        if tier is None:
            return
        tier_name = self.document.project.tier_by_id()[tier].name
        menu = QMenu(self)
        menu.addAction(self.tr("Add care action for %1…").replace("%1", tier_name),
                       lambda: self.ask_add_action(source))
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def ask_add_action(self, source: QModelIndex) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New care action"),
                                        self.tr("Name of the care action:"))
        if ok and name.strip():
            self.model.setData(source, name.strip())
