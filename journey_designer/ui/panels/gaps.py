"""The Gaps dock: the current coverage gaps grouped by severity, filterable by tier and
kind; a click takes you to the touchpoint (or the channel or tier in the Plan dock), the
context menu adds the missing care or offers a quick fix (`quick_fixes`, set by GapsUi)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey_designer.analysis import GAP_KINDS, SEVERITIES, Analysis, Gap
from journey_designer.ui.labels import gap_kind_label, severity_label
from journey_designer.ui.palette_colours import severity_colour

GapRole = Qt.ItemDataRole.UserRole + 10


_WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.TextFlag.TextWrapAnywhere)


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their sentence wrapped to the width the tree gives them: a tree
    asks its delegate for row heights without saying how wide the row will be."""

    def __init__(self, tree: GapTree) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        tree = self.tree
        levels = depth + (1 if tree.rootIsDecorated() else 0)
        margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
        width = tree.viewport().width() - tree.indentation() * levels - 2 * margin - 4
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if width <= 20 or not text:
            return hint
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        needed = QFontMetrics(font).boundingRect(QRect(0, 0, width, 100_000), _WRAP, text)
        return QSize(hint.width(), max(hint.height(), needed.height() + 4))


class GapTree(QTreeWidget):
    """The gap list: sentences wrap to the width of the dock, never cut off."""

    def __init__(self) -> None:
        super().__init__(objectName="gapTree")
        self.setHeaderHidden(True)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setUniformRowHeights(False)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setItemDelegate(_WrappingDelegate(self))
        self._relayout = QTimer(self, singleShot=True, interval=0)
        self._relayout.timeout.connect(self.doItemsLayout)
        self._width = -1

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.viewport().width() != self._width:  # row heights follow the width
            self._width = self.viewport().width()
            self._relayout.start()


class GapsPanel(QWidget):
    gap_activated = Signal(object)  # Gap
    add_care_requested = Signal(object)  # Gap (with tier and touchpoint)
    overlay_toggled = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("gapsPanel")
        self.result: Analysis | None = None
        # (menu text, apply) for a gap: the format-2 quick fixes (ui/gap_fixes.py)
        self.quick_fixes: Callable[[Gap], list[tuple[str, Callable[[], object]]]] = \
            lambda _gap: []
        self.tier_filter = QComboBox(objectName="gapTierFilter")
        self.kind_filter = QComboBox(objectName="gapKindFilter")
        self.kind_filter.addItem(self.tr("All kinds"), "")
        for kind in GAP_KINDS:
            self.kind_filter.addItem(gap_kind_label(kind), kind)
        self.overlay = QCheckBox(self.tr("Mark on map"), objectName="gapOverlay")
        for combo in (self.tier_filter, self.kind_filter):  # a narrow dock shortens them
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.status = QLabel(objectName="gapStatus")
        self.tree = GapTree()
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        filters = QHBoxLayout()
        filters.addWidget(self.tier_filter)
        filters.addWidget(self.kind_filter)
        status = QHBoxLayout()  # the checkbox beside the count: a narrow dock holds both
        status.addWidget(self.status, 1)
        status.addWidget(self.overlay)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addLayout(status)
        layout.addWidget(self.tree)
        self.tier_filter.activated.connect(lambda _i: self.fill())
        self.kind_filter.activated.connect(lambda _i: self.fill())
        self.overlay.toggled.connect(self.overlay_toggled)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.customContextMenuRequested.connect(self._menu)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.result is not None:
            self.fill()  # severity colours follow the palette

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
            group.setForeground(0, QBrush(severity_colour(severity, self.palette())))
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
        menu = self.menu_at(pos)
        if menu is not None:
            menu.exec(self.tree.viewport().mapToGlobal(pos))
            menu.deleteLater()

    def menu_at(self, pos: QPoint) -> QMenu | None:
        """The context menu of the gap at `pos` (viewport coordinates), if it has one:
        "Add care action here" only where more care closes the gap (see care_fixes)."""
        from journey_designer.domain.care_fixes import closes_with_care

        item = self.tree.itemAt(pos)
        gap = item.data(0, GapRole) if item is not None else None
        if gap is None:
            return None
        menu = QMenu(self)
        if gap.touchpoint_id:
            go = menu.addAction(self.tr("Show on the map"))
            go.triggered.connect(lambda: self.gap_activated.emit(gap))
        elif gap.channel_id or gap.tier_id:
            go = menu.addAction(self.tr("Show in the Plan"))
            go.triggered.connect(lambda: self.gap_activated.emit(gap))
        if gap.tier_id and gap.touchpoint_id and closes_with_care(gap.kind):
            add = menu.addAction(self.tr("Add care action here for %1").replace("%1", gap.tier or ""))
            add.triggered.connect(lambda: self.add_care_requested.emit(gap))
        for text, apply in self.quick_fixes(gap):
            menu.addAction(text).triggered.connect(lambda _=False, fix=apply: fix())
        if not menu.actions():
            menu.deleteLater()
            return None
        return menu
