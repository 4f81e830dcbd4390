"""One editable table model for each project-level list: tiers, channels, KPIs, phases
and risks. Columns come from a spec table; edits go through the Document (undoable)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from journey_designer.domain.events import Event
from journey_designer.ui.document import Document


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanLists", text)


@dataclass(frozen=True)
class Column:
    field: str
    header: str
    kind: str = "text"  # text | int | float | percent | bool | choice | lines | date |
    #                    optional_int | optional_float | optional_text
    # a field "service_level.share" is a part of a frozen value (replaced as a whole)
    choices: tuple[tuple[str, str], ...] = ()  # (value, label) for kind == "choice"


def columns_for(list_name: str) -> list[Column]:
    if list_name == "tiers":
        return [Column("name", _tr("Tier")), Column("share", _tr("Share of customers"), "percent"),
                Column("value_per_customer", _tr("Value per customer"), "float"),
                Column("care_level", _tr("Care level"), "choice",
                       (("basic", _tr("Basic")), ("deep", _tr("Deep")),
                        ("exclusive", _tr("Exclusive")))),
                Column("max_contacts_per_window", _tr("Max contacts per window"), "int"),
                Column("human_touch_at_mot", _tr("Human touch at moments of truth"), "bool")]
    if list_name == "channels":
        return [Column("name", _tr("Channel")),
                Column("kind", _tr("Kind"), "choice",
                       (("automated", _tr("Automated")), ("human", _tr("Human")))),
                Column("capacity_per_day", _tr("Capacity per day"), "optional_int"),
                Column("cost_per_contact", _tr("Cost per contact"), "float"),
                Column("context_group", _tr("Context group (shared history)"), "optional_text"),
                Column("hours_per_day", _tr("Hours per day"), "optional_float"),
                Column("handling_minutes", _tr("Handling minutes"), "optional_float"),
                Column("agents", _tr("Agents on duty"), "optional_int"),
                Column("service_level.share", _tr("Service level (%)"), "percent"),
                Column("service_level.within_seconds", _tr("Answered within (s)"),
                       "optional_float")]
    if list_name == "kpis":
        return [Column("name", _tr("KPI")), Column("baseline", _tr("Baseline"), "float"),
                Column("target", _tr("Target"), "float"), Column("unit", _tr("Unit"))]
    if list_name == "phases":
        return [Column("name", _tr("Phase")), Column("start", _tr("Start"), "date"),
                Column("end", _tr("End"), "date"), Column("owner", _tr("Owner")),
                Column("tasks", _tr("Tasks (separate with ;)"), "lines")]
    if list_name == "risks":
        return [Column("name", _tr("Risk")), Column("kind", _tr("Kind")),
                Column("mitigation", _tr("Mitigation")), Column("owner", _tr("Owner"))]
    raise KeyError(list_name)


class PlanListModel(QAbstractTableModel):
    def __init__(self, document: Document, list_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.list_name = list_name
        self.columns = columns_for(list_name)
        self.last_problem = ""
        self._shown: list[Any] = list(self.items)  # the rows the views know of
        document.changed.connect(self._on_event)

    @property
    def items(self) -> list[Any]:
        return getattr(self.document.project, self.list_name)

    def _on_event(self, event: Event) -> None:
        """Row-level signals, so that the view keeps its current cell, scroll position and
        open editor across edits (a reset would lose them: "commitData called with an
        editor that does not belong to this view")."""
        kind = {"tiers": "tier", "channels": "channel"}.get(self.list_name, "plan")
        if event.change == "reset":
            self.beginResetModel()
            self._shown = list(self.items)
            self.endResetModel()
        elif event.kind == kind:
            self._follow(list(self.items))

    def _follow(self, now: list[Any]) -> None:
        before = self._shown
        self._shown = now
        last = len(self.columns) - 1
        if len(now) == len(before) + 1:
            row = next((i for i, (a, b) in enumerate(zip(before, now, strict=False))
                        if a is not b), len(before))
            self.beginInsertRows(QModelIndex(), row, row)
            self.endInsertRows()
        elif len(now) == len(before) - 1:
            row = next((i for i, (a, b) in enumerate(zip(before, now, strict=False))
                        if a is not b), len(now))
            self.beginRemoveRows(QModelIndex(), row, row)
            self.endRemoveRows()
        elif len(now) != len(before):
            self.beginResetModel()
            self.endResetModel()
        elif now:  # fields changed, or rows moved: the cells show the new values
            self.dataChanged.emit(self.index(0, 0), self.index(len(now) - 1, last))

    def key(self, row: int) -> str | int:
        return getattr(self.items[row], "id", row)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.columns[section].header if orientation == Qt.Orientation.Horizontal else section + 1

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].kind == "bool":
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = field_value(self.items[index.row()], column.field)
        if column.kind == "bool":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(column, value)
        if role == Qt.ItemDataRole.EditRole:
            return _edit_text(column, value)
        return None

    def setData(self, index: QModelIndex, value: object,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        column = self.columns[index.column()]
        if column.kind == "bool" and role == Qt.ItemDataRole.CheckStateRole:
            parsed: Any = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole:
            parsed, problem = _parse(column, value)
            self.last_problem = problem
            if problem:
                return False
        else:
            return False
        refused = self.document.update_item(self.list_name, self.key(index.row()),
                                            field_change(self.items[index.row()], column.field,
                                                         parsed))
        self.last_problem = refused[0] if refused else ""
        return not refused


def field_value(item: Any, field: str) -> Any:
    """The value of `field`; "service_level.share" reads a part (None when unset)."""
    head, _, part = field.partition(".")
    value = getattr(item, head)
    return getattr(value, part) if part and value is not None else value


def field_change(item: Any, field: str, value: Any) -> dict[str, Any]:
    """The change that sets `field` to `value`: a part of a service level replaces the
    whole target (a new one with the defaults; an empty share removes it)."""
    head, _, part = field.partition(".")
    if not part:
        return {field: value}
    from journey_designer.domain.model import ServiceLevel

    current = getattr(item, head)
    if value is None:
        return {head: None} if part == "share" else {
            head: None if current is None else replace(current, **{part: 20.0})}
    return {head: replace(current or ServiceLevel(), **{part: value})}


def _display(column: Column, value: Any) -> str:
    if value is None:
        return ""
    if column.kind == "percent":
        return f"{value * 100:g} %"
    if column.kind == "choice":
        return dict(column.choices).get(value, str(value))
    if column.kind == "lines":
        return "; ".join(value)
    if column.kind in ("float", "optional_float") or isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _edit_text(column: Column, value: Any) -> str:
    if value is None:
        return ""
    if column.kind == "percent":
        return f"{value * 100:g}"
    if column.kind == "lines":
        return "; ".join(value)
    return str(value) if not isinstance(value, float) else f"{value:g}"


def _parse(column: Column, value: object) -> tuple[Any, str]:
    """The typed text as the field's value, or a reason it cannot be used."""
    text = str(value).strip()
    kind = column.kind
    try:
        if kind == "text":
            return (text, "") if text or column.field != "name" else (None, _tr("A name is needed."))
        if kind == "choice":
            values = [v for v, _ in column.choices]
            labels = {label.lower(): v for v, label in column.choices}
            chosen = text if text in values else labels.get(text.lower())
            return (chosen, "") if chosen else (None, _tr("Choose one of: %1").replace(
                "%1", ", ".join(label for _, label in column.choices)))
        if kind == "optional_text":
            return (text or None), ""
        if kind == "optional_float":
            return (float(text.replace(",", ".")) if text else None), ""
        if kind == "percent":
            if not text and column.field == "service_level.share":
                return None, ""
            share = float(text.rstrip("% ").replace(",", ".")) / 100
            return (share, "") if 0 <= share <= 1 else (None, _tr("A share is from 0 to 100 %."))
        if kind in ("int", "optional_int"):
            if not text and kind == "optional_int":
                return None, ""
            number = int(float(text))
            return (number, "") if number >= 0 else (None, _tr("A number ≥ 0 is needed."))
        if kind == "float":
            if not text and column.field in ("baseline", "target"):
                return None, ""
            return float(text.replace(",", ".")), ""
        if kind == "lines":
            return [part.strip() for part in text.split(";") if part.strip()], ""
        if kind == "date":
            from datetime import date
            return (date.fromisoformat(text).isoformat() if text else None), ""
    except ValueError:
        pass
    return None, _tr("“%1” is not a valid %2.").replace("%1", text).replace("%2", column.header)
