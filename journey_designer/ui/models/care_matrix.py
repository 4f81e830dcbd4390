"""The care matrix as a table model: touchpoints down (grouped by stage), tiers across;
each tier cell lists the channels of that tier's actions and is coloured by coverage.

Rows follow the domain live: an action event refreshes only its touchpoint's row.
While its table is hidden, a big journey's rows wait until it is shown (sorting 10,000
rows takes a second that opening or editing a big map should not pay for).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush

from journey_designer.domain.events import Event
from journey_designer.domain.model import CareAction, Touchpoint
from journey_designer.domain.queries import actions_by_touchpoint, tier_coverage
from journey_designer.ui.document import Document
from journey_designer.ui.palette_colours import coverage_colour, ink_on

FIXED_COLUMNS = 4  # stage, touchpoint, moment of truth, owner
LAZY_ROWS = 500  # journeys with more touchpoints fill the hidden matrix only when shown
# (a 2,000-row fill and column fit took ~0.3 s of opening a map: issue 15)
TouchpointRole = Qt.ItemDataRole.UserRole + 1
CoverageRole = Qt.ItemDataRole.UserRole + 2
TierRole = Qt.ItemDataRole.UserRole + 3


@dataclass
class _Row:
    journey: str
    stage_name: str
    stage_index: int
    touchpoint: Touchpoint


class CareMatrixModel(QAbstractTableModel):
    """Rows are the touchpoints of one journey; columns the fixed ones, then the tiers."""

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.journey_id: str | None = None
        self.rows: list[_Row] = []
        self._row_of: dict[str, int] = {}
        self._care: dict[str, list[CareAction]] = {}
        self.view_hidden: Callable[[], bool] = lambda: False  # set by the table's view
        self.stale = False  # rows wait for the view to be shown (see the module docstring)
        document.changed.connect(self._on_event)

    # ------------------------------------------------------------ filling

    def set_journey(self, journey_id: str | None) -> None:
        self.journey_id = journey_id
        self.reload()

    def reload(self) -> None:
        project = self.document.project
        journey = next((j for j in project.journeys if j.id == self.journey_id), None)
        self.stale = journey is not None and len(journey.touchpoints) > LAZY_ROWS \
            and self.view_hidden()
        self.beginResetModel()
        if self.stale:
            self.rows, self._row_of, self._care = [], {}, {}
            self.endResetModel()
            return
        self._care = actions_by_touchpoint(project)
        self.rows = []
        if journey is not None:
            order = {s.id: i for i, s in enumerate(journey.stages)}
            names = {s.id: s.name for s in journey.stages}
            tps = sorted(journey.touchpoints,
                         key=lambda tp: (order.get(tp.stage, len(order)), tp.y or 0.0, tp.x or 0.0))
            self.rows = [_Row(journey.id, names.get(tp.stage, "?"), order.get(tp.stage, -1), tp)
                         for tp in tps]
        self._row_of = {row.touchpoint.id: i for i, row in enumerate(self.rows)}
        self.endResetModel()

    def _on_event(self, event: Event) -> None:
        if event.kind == "action" and event.parent in self._row_of:
            self._care = actions_by_touchpoint(self.document.project)
            row = self._row_of[event.parent]
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        elif event.kind == "touchpoint" and event.change == "changed" and event.key in self._row_of \
                and "stage" not in event.fields and "y" not in event.fields:
            row = self._row_of[event.key]
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        elif event.kind in ("touchpoint", "stage", "tier", "channel", "journey", "project") \
                or event.change == "reset" or event.kind == "action":
            if event.change == "reset" or (event.kind == "journey" and event.change == "removed"):
                journeys = self.document.project.journeys
                if self.journey_id not in {j.id for j in journeys}:
                    self.journey_id = journeys[0].id if journeys else None
            self.reload()

    # ------------------------------------------------------------ Qt model API

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else FIXED_COLUMNS + len(self.document.project.tiers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        fixed = (self.tr("Stage"), self.tr("Touchpoint"), self.tr("MoT"), self.tr("Owner"))
        if section < FIXED_COLUMNS:
            return fixed[section]
        return self.document.project.tiers[section - FIXED_COLUMNS].name

    def tier_at(self, column: int) -> str | None:
        tiers = self.document.project.tiers
        index = column - FIXED_COLUMNS
        return tiers[index].id if 0 <= index < len(tiers) else None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        tp = row.touchpoint
        if role == TouchpointRole:
            return tp.id
        column = index.column()
        if column < FIXED_COLUMNS:
            return self._fixed_data(row, column, role)
        tier = self.tier_at(column)
        actions = [a for a in self._care.get(tp.id, []) if tier in a.tiers]
        if role == TierRole:
            return tier
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            channels = self.document.project.channel_by_id()
            sep = "\n" if role == Qt.ItemDataRole.ToolTipRole else ", "
            return sep.join(
                (f"{a.name} ({channels[a.channel].name})" if role == Qt.ItemDataRole.ToolTipRole
                 else channels[a.channel].name) if a.channel in channels else a.name
                for a in actions)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
                    CoverageRole):
            coverage = tier_coverage(tp, self._care.get(tp.id, []), tier or "")
            if role == CoverageRole:
                return coverage
            tint = coverage_colour(coverage)  # follows the palette, light or dark
            return QBrush(tint if role == Qt.ItemDataRole.BackgroundRole else ink_on(tint))
        return None

    def _fixed_data(self, row: _Row, column: int, role: int) -> object:
        tp = row.touchpoint
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.stage_name, tp.name, "★" if tp.moment_of_truth else "", tp.owner)[column]
        return None

    def sort_key(self, row: int, column: int) -> tuple:
        """What a column sorts by: stages in journey order, tier cells by how many actions."""
        entry = self.rows[row]
        tp = entry.touchpoint
        if column == 0:
            return (entry.stage_index, row)
        if column == 1:
            return (tp.name.lower(),)
        if column == 2:
            return (int(tp.moment_of_truth), -row)
        if column == 3:
            return (tp.owner.lower(),)
        tier = self.tier_at(column)
        return (sum(1 for a in self._care.get(tp.id, []) if tier in a.tiers),)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() >= FIXED_COLUMNS else base

    def setData(self, index: QModelIndex, value: object,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Typing in a tier cell adds a care action with that name for the tier."""
        name = str(value).strip()
        tier = self.tier_at(index.column())
        if role != Qt.ItemDataRole.EditRole or not name or tier is None:
            return False
        tp = self.rows[index.row()].touchpoint
        channel = self.channel_named(name)
        if channel is not None:  # "Phone" typed: a phone call, named like the quick fixes
            tier_name = self.document.project.tier_by_id()[tier].name
            name = self.tr("Care for %1 at %2").replace("%1", tier_name).replace("%2", tp.name)
        self.document.add_item("actions", self.document.new_action(
            tp.id, [tier], channel or self.default_channel(tp), name))
        return True

    def channel_named(self, text: str) -> str | None:
        """The id of the channel called `text` (any case), if there is one."""
        wanted = text.strip().casefold()
        return next((c.id for c in self.document.project.channels
                     if c.name.strip().casefold() == wanted), None)

    def default_channel(self, tp: Touchpoint) -> str:
        channels = self.document.project.channels
        return tp.channels[0] if tp.channels else (channels[0].id if channels else "")

    def palette_changed(self) -> None:
        """Coverage tints follow the palette: repaint every tier cell."""
        if self.rows:
            self.dataChanged.emit(self.index(0, FIXED_COLUMNS),
                                  self.index(len(self.rows) - 1, self.columnCount() - 1))
