"""The Gaps dock: the current coverage gaps grouped by severity, filterable by tier and
kind; a click takes you to the touchpoint, the context menu adds the missing care."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey_designer.analysis import GAP_KINDS, SEVERITIES, Analysis, Gap
from journey_designer.ui.labels import gap_kind_label, severity_label

SEVERITY_COLOURS = {"critical": "#c62828", "high": "#e65100", "medium": "#b28704",
                    "low": "#5b6477"}
GapRole = Qt.ItemDataRole.UserRole + 10


class GapsPanel(QWidget):
    gap_activated = Signal(object)  # Gap
    add_care_requested = Signal(object)  # Gap (with tier and touchpoint)
    overlay_toggled = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("gapsPanel")
        self.result: Analysis | None = None
        self.tier_filter = QComboBox(objectName="gapTierFilter")
        self.kind_filter = QComboBox(objectName="gapKindFilter")
        self.kind_filter.addItem(self.tr("All kinds"), "")
        for kind in GAP_KINDS:
            self.kind_filter.addItem(gap_kind_label(kind), kind)
        self.overlay = QCheckBox(self.tr("Mark on map"), objectName="gapOverlay")
        self.status = QLabel(objectName="gapStatus")
        self.tree = QTreeWidget(objectName="gapTree")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setUniformRowHeights(False)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # wrap, not cut
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        filters = QHBoxLayout()
        filters.addWidget(self.tier_filter)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.overlay)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addWidget(self.tree)
        self.tier_filter.activated.connect(lambda _i: self.fill())
        self.kind_filter.activated.connect(lambda _i: self.fill())
        self.overlay.toggled.connect(self.overlay_toggled)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.customContextMenuRequested.connect(self._menu)

    def set_busy(self, busy: bool) -> None:
        if busy:
            self.status.setText(self.tr("Analysing…"))

    def show_result(self, result: Analysis) -> None:
        self.result = result
        current = self.tier_filter.currentData()
        self.tier_filter.blockSignals(True)
        self.tier_filter.clear()
        self.tier_filter.addItem(self.tr("All tiers"), "")
        for tier_id, name in zip(result.tier_ids, result.tiers, strict=True):
            self.tier_filter.addItem(name, tier_id)
        self.tier_filter.setCurrentIndex(max(0, self.tier_filter.findData(current)))
        self.tier_filter.blockSignals(False)
        self.fill()

    def visible_gaps(self) -> list[Gap]:
        if self.result is None:
            return []
        tier, kind = self.tier_filter.currentData(), self.kind_filter.currentData()
        return [g for g in self.result.gaps
                if (not tier or g.tier_id in (tier, None)) and (not kind or g.kind == kind)]

    def fill(self) -> None:
        self.tree.clear()
        gaps = self.visible_gaps()
        total = len(self.result.gaps) if self.result else 0
        self.status.setText(self.tr("%1 gap(s) shown of %2").replace("%1", str(len(gaps)))
                            .replace("%2", str(total)))
        for severity in SEVERITIES:
            members = [g for g in gaps if g.severity == severity]
            if not members:
                continue
            group = QTreeWidgetItem([f"{severity_label(severity)} ({len(members)})"])
            group.setForeground(0, QBrush(QColor(SEVERITY_COLOURS[severity])))
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for gap in members[:500]:  # a list longer than this helps nobody; filters do
                item = QTreeWidgetItem([gap.message])
                item.setToolTip(0, f"{gap_kind_label(gap.kind)}: {gap.message}")
                item.setData(0, GapRole, gap)
                group.addChild(item)
            self.tree.addTopLevelItem(group)
            group.setExpanded(severity in ("critical", "high"))

    def _clicked(self, item: QTreeWidgetItem) -> None:
        gap = item.data(0, GapRole)
        if gap is not None:
            self.gap_activated.emit(gap)

    def _menu(self, pos: QPoint) -> None:
        item = self.tree.itemAt(pos)
        gap = item.data(0, GapRole) if item is not None else None
        if gap is None or not (gap.tier_id and gap.touchpoint_id):
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Add care action here for %1").replace("%1", gap.tier or ""),
                       lambda: self.add_care_requested.emit(gap))
        menu.exec(self.tree.viewport().mapToGlobal(pos))
