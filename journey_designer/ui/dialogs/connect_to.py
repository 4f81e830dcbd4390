"""Edit ▸ Connect To… (Ctrl+L): connect the selected card to another without the mouse.

The other cards of the journey are listed in order; typing narrows the list, the arrow
keys move in it (also from the filter field), Enter connects. Cards already connected
from the source are listed but cannot be chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey_designer.domain.model import Journey

TargetRole = Qt.ItemDataRole.UserRole


class ConnectToDialog(QDialog):
    chosen = Signal(str)  # the target touchpoint's id

    def __init__(self, journey: Journey, source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectToDialog")
        names = {tp.id: tp.name for tp in journey.touchpoints}
        self.setWindowTitle(self.tr("Connect “%1” to…").replace("%1", names.get(source, "")))
        self.filter = QLineEdit(objectName="connectFilter")
        self.filter.setPlaceholderText(self.tr("Type to find a card"))
        self.filter.setAccessibleName(self.tr("Find a card"))
        self.targets = QListWidget(objectName="connectTargets")
        self.targets.setAccessibleName(self.tr("Cards to connect to"))
        existing = {t.target for t in journey.transitions if t.source == source}
        for tp in journey.touchpoints:
            if tp.id == source:
                continue
            item = QListWidgetItem(tp.name)
            item.setData(TargetRole, tp.id)
            if tp.id in existing:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(self.tr("Already connected"))
            self.targets.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Customers go on to:")))
        layout.addWidget(self.filter)
        layout.addWidget(self.targets)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._narrow)
        self.filter.installEventFilter(self)
        self.targets.itemActivated.connect(lambda _item: self.accept())
        self._select_first()
        self.targets.setFocus()

    def target(self) -> str | None:
        item = self.targets.currentItem()
        if item is None or item.isHidden() or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        return item.data(TargetRole)

    def accept(self) -> None:
        target = self.target()
        if target is None:
            return  # nothing chosen yet: stay open
        super().accept()
        self.chosen.emit(target)

    def _narrow(self, text: str) -> None:
        wanted = text.strip().casefold()
        for i in range(self.targets.count()):
            item = self.targets.item(i)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())
        self._select_first()

    def _select_first(self) -> None:
        for i in range(self.targets.count()):
            item = self.targets.item(i)
            if not item.isHidden():
                self.targets.setCurrentItem(item)
                return

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Up/Down in the filter field move in the list; Enter connects."""
        if watched is self.filter and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                QApplication.sendEvent(self.targets, QKeyEvent(
                    QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier))
                return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
            return
        super().keyPressEvent(event)
