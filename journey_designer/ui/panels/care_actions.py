"""The Care actions dock: the actions of the selected touchpoint(s), and a form with
every field of the current one. The trigger is a small form, not free text."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journey_designer.domain.edit_checks import field_of
from journey_designer.domain.events import Event
from journey_designer.domain.model import CareAction, Trigger
from journey_designer.ui.care_text import action_summary
from journey_designer.ui.document import Document
from journey_designer.ui.palette_colours import error_text, mark_invalid


class TriggerForm(QWidget):
    """Trigger type and its parts: event; N days before/after; a date; metric ≥ value."""

    def __init__(self) -> None:
        super().__init__()
        self.kind = QComboBox(objectName="triggerType")
        for key, label in (("event", self.tr("When something happens")),
                           ("offset", self.tr("Days before/after an event")),
                           ("date", self.tr("On a date (birthday, festival…)")),
                           ("threshold", self.tr("When a figure reaches a value"))):
            self.kind.addItem(label, key)
        self.event_name = QLineEdit(objectName="triggerEvent")
        self.event_name.setPlaceholderText(self.tr("event, e.g. payment due, refund done"))
        self.days = QSpinBox(objectName="triggerDays", minimum=0, maximum=3650)
        self.direction = QComboBox(objectName="triggerDirection")
        self.direction.addItem(self.tr("days before"), -1)
        self.direction.addItem(self.tr("days after"), 1)
        self.date = QLineEdit(objectName="triggerDate")
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD, or leave empty for a named day"))
        self.metric = QLineEdit(objectName="triggerMetric")
        self.metric.setPlaceholderText(self.tr("figure, e.g. cumulative spend"))
        self.value = QDoubleSpinBox(objectName="triggerValue", minimum=0, maximum=1e12, decimals=2)
        self.at = QComboBox(objectName="triggerThresholdDirection")  # format 2
        self.at.addItem(self.tr("at least (reaches it)"), "at_least")
        self.at.addItem(self.tr("at most (falls to it)"), "at_most")
        offset = QWidget()
        row = QHBoxLayout(offset)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.days)
        row.addWidget(self.direction)
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addRow(self.tr("Trigger"), self.kind)
        self.layout_.addRow(self.tr("Event / day"), self.event_name)
        self.layout_.addRow(self.tr("Offset"), offset)
        self.layout_.addRow(self.tr("Date"), self.date)
        self.layout_.addRow(self.tr("Figure"), self.metric)
        self.layout_.addRow(self.tr("Direction"), self.at)
        self.layout_.addRow(self.tr("Value"), self.value)
        self._offset_row = offset
        self.kind.currentIndexChanged.connect(self._show_parts)

    def _show_parts(self) -> None:
        kind = self.kind.currentData()
        visible = {self.event_name: kind in ("event", "offset", "date"), self._offset_row: kind == "offset",
                   self.date: kind == "date", self.metric: kind == "threshold",
                   self.value: kind == "threshold", self.at: kind == "threshold"}
        for widget, show in visible.items():
            self.layout_.setRowVisible(widget, show)

    def load(self, trigger: Trigger) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(trigger.type)))
        self.event_name.setText(trigger.event or "")
        days = trigger.days or 0
        self.days.setValue(int(abs(days)))
        self.direction.setCurrentIndex(0 if days < 0 else 1)
        self.date.setText(trigger.date or "")
        self.metric.setText(trigger.metric or "")
        self.value.setValue(trigger.value or 0)
        self.at.setCurrentIndex(1 if trigger.direction == "at_most" else 0)
        self._show_parts()

    def trigger(self) -> Trigger:
        """The trigger in the form, as typed (the document says if it is not valid)."""
        kind = self.kind.currentData()
        event = self.event_name.text().strip() or None
        if kind == "event":
            return Trigger("event", event=event)
        if kind == "offset":
            return Trigger("offset", event=event,
                           days=self.days.value() * self.direction.currentData())
        if kind == "date":
            return Trigger("date", event=event, date=self.date.text().strip() or None)
        at_most = self.at.currentData() == "at_most"  # at least: the default, left unset
        return Trigger("threshold", metric=self.metric.text().strip() or None,
                       value=self.value.value(), direction="at_most" if at_most else None)

    def part_widget(self) -> QWidget:
        """The part of the trigger the user fills in for its kind (marked when invalid)."""
        return {"event": self.event_name, "offset": self.days, "date": self.date,
                "threshold": self.metric}.get(self.kind.currentData(), self.event_name)


class ActionForm(QWidget):
    """Every field of one care action; edits go through the Document (undoable)."""

    def __init__(self, document: Document) -> None:
        super().__init__()
        self.document = document
        self.action_id = ""
        self.filling = False
        self.name = QLineEdit(objectName="actionName")
        self.tiers = QListWidget(objectName="actionTiers")
        self.tiers.setMaximumHeight(90)
        self.channel = QComboBox(objectName="actionChannel")
        self.purpose = QComboBox(objectName="actionPurpose")
        self.purpose.addItem(self.tr("Service"), "service")
        self.purpose.addItem(self.tr("Marketing"), "marketing")
        self.purpose.addItem(self.tr("Care (greetings, thanks)"), "care")
        self.trigger = TriggerForm()
        self.owner = QLineEdit(objectName="actionOwner")
        self.sla = QSpinBox(objectName="actionSla", minimum=0, maximum=100_000)
        self.sla.setSpecialValueText(self.tr("none"))
        self.sla.setSuffix(self.tr(" min"))
        self.cost = QDoubleSpinBox(objectName="actionCost", minimum=0, maximum=1e9, decimals=3)
        self.cost_note = QLabel(objectName="actionCostNote")
        self.follow_channel = QPushButton(self.tr("Use the channel's"),
                                          objectName="actionCostFollow")
        self.follow_channel.setToolTip(self.tr("The cost follows the channel's cost per contact"))
        cost_row = QWidget()
        row = QHBoxLayout(cost_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.cost, 1)
        row.addWidget(self.cost_note)
        row.addWidget(self.follow_channel)
        self.kpi = QComboBox(objectName="actionKpi", editable=True)
        self.message = QPlainTextEdit(objectName="actionMessage")
        self.message.setMaximumHeight(70)
        self.start = QLineEdit(objectName="actionStart", placeholderText=self.tr("YYYY-MM-DD"))
        self.end = QLineEdit(objectName="actionEnd", placeholderText=self.tr("YYYY-MM-DD"))
        self.status = QComboBox(objectName="actionStatus")
        for key, label in (("planned", self.tr("Planned")), ("active", self.tr("Active")),
                           ("done", self.tr("Done"))):
            self.status.addItem(label, key)
        self.problem = QLabel(objectName="actionProblem", wordWrap=True)
        error_text(self.problem)
        form = QFormLayout(self)
        for label, widget in ((self.tr("Name"), self.name), (self.tr("Tiers"), self.tiers),
                              (self.tr("Channel"), self.channel), (self.tr("Purpose"), self.purpose),
                              ("", self.trigger), (self.tr("Owner"), self.owner),
                              (self.tr("Response within"), self.sla),
                              (self.tr("Cost per contact"), cost_row), (self.tr("KPI"), self.kpi),
                              (self.tr("Message"), self.message), (self.tr("Start"), self.start),
                              (self.tr("End"), self.end), (self.tr("Status"), self.status)):
            form.addRow(label, widget)
        form.addRow(self.problem)
        self._connect()

    def _connect(self) -> None:
        def guard(fn):
            return lambda *args: None if self.filling else fn(*args)
        self.name.textEdited.connect(guard(lambda t: self._set({"name": t}, True, self.name)))
        self.tiers.itemChanged.connect(guard(lambda _i: self._set({"tiers": self._checked_tiers()})))
        self.channel.activated.connect(guard(lambda i: self._set({"channel": self.channel.itemData(i)})))
        self.purpose.activated.connect(guard(lambda i: self._set({"purpose": self.purpose.itemData(i)})))
        self.owner.textEdited.connect(guard(lambda t: self._set({"owner": t}, True)))
        self.sla.valueChanged.connect(guard(lambda v: self._set({"sla_minutes": v or None}, True)))
        self.cost.valueChanged.connect(guard(lambda v: self._set({"cost": v}, True, self.cost)))
        self.follow_channel.clicked.connect(guard(lambda: self._set({"cost": None})))
        self.kpi.currentTextChanged.connect(guard(lambda t: self._set({"kpi": t}, True)))
        self.message.textChanged.connect(guard(
            lambda: self._set({"message": self.message.toPlainText()}, True)))
        self.status.activated.connect(guard(lambda i: self._set({"status": self.status.itemData(i)})))
        for field, box in (("start", self.start), ("end", self.end)):
            box.editingFinished.connect(guard(lambda f=field, b=box: self._set_date(f, b)))
        for widget in (self.trigger.event_name, self.trigger.date, self.trigger.metric):
            widget.editingFinished.connect(guard(self._set_trigger))
        for signal in (self.trigger.kind.activated, self.trigger.direction.activated,
                       self.trigger.at.activated,
                       self.trigger.days.valueChanged, self.trigger.value.valueChanged):
            signal.connect(guard(lambda *_: self._set_trigger()))

    def _set(self, changes: dict, typing: bool = False, widget: QWidget | None = None) -> None:
        """Edit through the document; what its rules refuse is marked on `widget` (or on
        the field the problem names) and the action keeps its valid value."""
        refused = self.document.update_item("actions", self.action_id, changes, typing=typing)
        self.show_problems(refused, widget)

    def _field_widgets(self) -> dict[str, QWidget]:
        return {"name": self.name, "channel": self.channel, "tiers": self.tiers,
                "trigger": self.trigger.part_widget(), "sla_minutes": self.sla,
                "cost": self.cost, "start": self.start, "end": self.end, "dates": self.end}

    def show_problems(self, refused: list[str] | None = None,
                      widget: QWidget | None = None) -> None:
        """Mark in red, with the reason as tooltip, every field the CLI's rules find wrong
        now, and `widget` with what was just refused; the reasons below the form."""
        if not self.action_id:
            return
        try:
            current = self.document.item_problems("actions", self.action_id)
        except KeyError:
            return
        fields = self._field_widgets()
        marks: dict[QWidget, list[str]] = {w: [] for w in set(fields.values())}
        marks.setdefault(self.trigger.event_name, [])
        refused = refused or []
        for problem in current:
            target = fields.get(field_of("actions", problem) or "")
            if target is not None:
                marks[target].append(problem)
        for problem in refused:
            target = widget or fields.get(field_of("actions", problem) or "")
            if target is not None:
                marks.setdefault(target, []).append(problem)
        for target, problems in marks.items():
            mark_invalid(target, bool(problems))
            target.setToolTip("\n".join(dict.fromkeys(problems)))
        self.problem.setText("\n".join(dict.fromkeys([*refused, *current])))

    def _checked_tiers(self) -> list[str]:
        return [self.tiers.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.tiers.count())
                if self.tiers.item(i).checkState() == Qt.CheckState.Checked]

    def _set_date(self, field: str, box: QLineEdit) -> None:
        self._set({field: box.text().strip() or None}, widget=box)

    def _set_trigger(self) -> None:
        self._set({"trigger": self.trigger.trigger()}, widget=self.trigger.part_widget())

    def _show_cost(self, action: CareAction) -> None:
        """A cost of None follows the channel: the channel's cost is shown, and said."""
        channel = self.document.project.channel_by_id().get(action.channel)
        follows = action.cost is None
        self.cost.setValue(channel.cost_per_contact if follows and channel else action.cost or 0.0)
        self.cost_note.setText(self.tr("(the channel's)") if follows else "")
        self.follow_channel.setVisible(not follows)

    def load(self, action: CareAction) -> None:
        project = self.document.project
        self.action_id = action.id
        self.filling = True
        try:
            if self.name.text() != action.name:
                self.name.setText(action.name)
            self.tiers.clear()
            for tier in project.tiers:
                item = QListWidgetItem(tier.name)
                item.setData(Qt.ItemDataRole.UserRole, tier.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if tier.id in action.tiers
                                   else Qt.CheckState.Unchecked)
                self.tiers.addItem(item)
            self.channel.clear()
            for channel in project.channels:
                self.channel.addItem(channel.name, channel.id)
            self.channel.setCurrentIndex(self.channel.findData(action.channel))
            self.purpose.setCurrentIndex(max(0, self.purpose.findData(action.purpose)))
            self.trigger.load(action.trigger)
            if self.owner.text() != action.owner:
                self.owner.setText(action.owner)
            self.sla.setValue(action.sla_minutes or 0)
            self._show_cost(action)
            self.kpi.clear()
            self.kpi.addItems(["", *[k.name for k in project.kpis]])
            self.kpi.setCurrentText(action.kpi)
            if self.message.toPlainText() != action.message:
                self.message.setPlainText(action.message)
            self.start.setText(action.start or "")
            self.end.setText(action.end or "")
            self.status.setCurrentIndex(max(0, self.status.findData(action.status)))
        finally:
            self.filling = False
        self.show_problems()


class CareActionsPanel(QWidget):
    """Lists the care actions of the selected touchpoints; add, duplicate, delete, bulk owner."""

    def __init__(self, document: Document) -> None:
        super().__init__()
        self.setObjectName("careActionsPanel")
        self.document = document
        self.journey_id = ""
        self.touchpoints: list[str] = []
        self.list = QListWidget(objectName="actionList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Care actions of the selection"))
        self.add_button = QPushButton(self.tr("Add"), objectName="addAction")
        self.duplicate_button = QPushButton(self.tr("Duplicate"), objectName="duplicateAction")
        self.delete_button = QPushButton(self.tr("Delete"), objectName="deleteAction")
        self.owner_button = QPushButton(self.tr("Set owner…"), objectName="setOwner")
        self.form = ActionForm(document)
        self.pages = QStackedWidget()
        self.hint = QLabel(self.tr("Select a touchpoint to see and plan its care actions."),
                           wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(self.hint)
        self.pages.addWidget(self.form)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.duplicate_button, self.delete_button,
                       self.owner_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.pages, 3)
        self.add_button.clicked.connect(self.add_action)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.owner_button.clicked.connect(self.ask_owner)
        self.list.itemSelectionChanged.connect(self._show_current)
        self._refresh = QTimer(self, singleShot=True, interval=0)
        self._refresh.timeout.connect(self.reload)
        document.changed.connect(self._on_event)
        self.show_touchpoints("", [])

    def show_touchpoints(self, journey_id: str, touchpoints: list[str]) -> None:
        self.journey_id, self.touchpoints = journey_id, list(touchpoints)
        self.reload()

    def _on_event(self, event: Event) -> None:
        if event.kind in ("action", "tier", "channel", "plan", "project") or event.change == "reset":
            self._refresh.start()

    def actions(self) -> list[CareAction]:
        wanted = set(self.touchpoints)
        return [a for a in self.document.project.actions if a.touchpoint in wanted]

    def selected_ids(self) -> list[str]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]

    def reload(self) -> None:
        keep = self.selected_ids()
        names = {tp.id: tp.name for j in self.document.project.journeys for tp in j.touchpoints}
        self.touchpoints = [t for t in self.touchpoints if t in names]
        self.list.blockSignals(True)
        self.list.clear()
        for action in self.actions():
            summary = action_summary(self.document.project, action, names[action.touchpoint])
            prefix = f"{names[action.touchpoint]}: " if len(self.touchpoints) > 1 else ""
            item = QListWidgetItem(f"{prefix}{action.name}\n{summary}")
            item.setData(Qt.ItemDataRole.UserRole, action.id)
            self.list.addItem(item)
            item.setSelected(action.id in keep)
        self.list.blockSignals(False)
        has_tp = bool(self.touchpoints)
        self.add_button.setEnabled(has_tp)
        for button in (self.duplicate_button, self.delete_button, self.owner_button):
            button.setEnabled(has_tp and self.list.count() > 0)
        self._show_current()

    def _show_current(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.form.load(self.document.editor.item("actions", ids[0]))
            self.pages.setCurrentWidget(self.form)
        else:
            self.hint.setText(self._hint_text(len(ids)))
            self.pages.setCurrentWidget(self.hint)

    def _hint_text(self, chosen: int) -> str:
        """What the empty form says, for what is selected now (never a stale request)."""
        if not self.touchpoints:
            return self.tr("Select a touchpoint to see and plan its care actions.")
        if chosen > 1:
            return self.tr("%n care action(s) chosen: choose one to edit it.", "", chosen)
        names = {tp.id: tp.name for j in self.document.project.journeys for tp in j.touchpoints}
        if len(self.touchpoints) == 1:
            name = names.get(self.touchpoints[0], "")
            if self.list.count() == 0:
                return self.tr("“%1” has no care actions yet. Add one.").replace("%1", name)
            return self.tr("Choose a care action of “%1” to edit it.").replace("%1", name)
        if self.list.count() == 0:
            return self.tr("The %n selected touchpoint(s) have no care actions yet. Add one "
                           "to all of them.", "", len(self.touchpoints))
        return self.tr("Choose a care action to edit it.")

    def select_action(self, action_id: str) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setSelected(item.data(Qt.ItemDataRole.UserRole) == action_id)

    def add_action(self) -> None:
        """A new action on every selected touchpoint (one undo step), for all tiers."""
        if not self.touchpoints:
            return
        project = self.document.project
        first = self.document.editor.touchpoint(self.journey_id, self.touchpoints[0])
        channel = first.channels[0] if first.channels else (
            project.channels[0].id if project.channels else "")
        template = self.document.new_action(self.touchpoints[0], [t.id for t in project.tiers],
                                            channel, self.tr("New care action"))
        template.trigger = Trigger("event", event=first.name)
        if len(self.touchpoints) == 1:
            self.document.add_item("actions", template)
            new_ids = [template.id]
        else:
            new_ids = self.document.add_action_to_touchpoints(template, self.touchpoints)
        self.reload()
        self.select_action(new_ids[0])

    def duplicate_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            new_id = self.document.duplicate_action(ids[0])
            self.reload()
            self.select_action(new_id)

    def delete_selected(self) -> None:
        self.document.delete_actions(self.selected_ids())

    def ask_owner(self) -> None:
        ids = self.selected_ids() or [a.id for a in self.actions()]
        if not ids:
            return
        owner, ok = QInputDialog.getText(self, self.tr("Set owner"), self.tr(
            "Owner of %n care action(s):", "", len(ids)))
        if ok:
            self.document.set_owner_of_actions(ids, owner.strip())
