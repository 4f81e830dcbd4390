"""The Properties dock: every field of the selected touchpoint, stage, arrow or journey.

Edits go through the Document (typing merges into one undo step); the forms follow
domain events, so undo shows at once. Invalid input turns the field red, says why,
and is not applied.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journey_designer.domain.events import Event
from journey_designer.ui.document import Document
from journey_designer.ui.palette_colours import error_text, mark_invalid
from journey_designer.ui.panels.project_form import ProjectForm


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class _Form(QWidget):
    """A form whose widgets are filled without echoing edits back to the document."""

    def __init__(self) -> None:
        super().__init__()
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.filling = False
        self.message = QLabel()
        self.message.setObjectName("validationMessage")
        self.message.setWordWrap(True)
        error_text(self.message)

    def guard(self, fn: Callable[..., None]) -> Callable[..., None]:
        def call(*args) -> None:
            if not self.filling:
                fn(*args)
        return call

    def show_problem(self, widget: QWidget, problem: str) -> None:
        mark_invalid(widget, bool(problem))
        widget.setToolTip(problem)
        self.message.setText(problem)


def _set_text(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    current = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
    if current != text:  # keep the cursor where it is while the user types
        if isinstance(widget, QLineEdit):
            widget.setText(text)
            widget.setCursorPosition(0)  # a long name shows its beginning, not its end
        else:
            widget.setPlainText(text)


class TouchpointForm(_Form):
    def __init__(self, document: Document) -> None:
        super().__init__()
        self.document = document
        self.journey_id = ""
        self.tp_id = ""
        self.name = QLineEdit(objectName="tpName")
        self.stage = QComboBox(objectName="tpStage")
        self.emotion = QSpinBox(objectName="tpEmotion", minimum=-3, maximum=3)
        self.mot = QCheckBox(self.tr("Moment of truth"), objectName="tpMoment")
        self.recovery = QCheckBox(self.tr("Service recovery (complaint, refund, repair)"),
                                  objectName="tpRecovery")
        self.entry = QCheckBox(self.tr("Customers enter the journey here"), objectName="tpEntry")
        self.exit = QCheckBox(self.tr("Customers leave the journey here"), objectName="tpExit")
        self.owner = QLineEdit(objectName="tpOwner")
        self.day = QDoubleSpinBox(objectName="tpDay", minimum=0, maximum=3650, decimals=1)
        self.channels = QListWidget(objectName="tpChannels")
        self.channels.setMaximumHeight(130)
        self.pains = QPlainTextEdit(objectName="tpPains")
        self.delights = QPlainTextEdit(objectName="tpDelights")
        self.backstage = QPlainTextEdit(objectName="tpBackstage")
        for box in (self.pains, self.delights, self.backstage):
            box.setMaximumHeight(80)
            box.setPlaceholderText(self.tr("One per line"))
        rows = ((self.tr("Name"), self.name), (self.tr("Stage"), self.stage),
                (self.tr("Emotion (−3…3)"), self.emotion), ("", self.mot), ("", self.recovery),
                ("", self.entry), ("", self.exit), (self.tr("Owner"), self.owner),
                (self.tr("Typical day"), self.day), (self.tr("Channels"), self.channels),
                (self.tr("Pain points"), self.pains), (self.tr("Delight points"), self.delights),
                (self.tr("Backstage"), self.backstage))
        for label, widget in rows:
            self.layout_.addRow(label, widget)
        self.layout_.addRow(self.message)
        self._connect()

    def _connect(self) -> None:
        self.name.textEdited.connect(self.guard(self._name_edited))
        self.stage.activated.connect(self.guard(
            lambda i: self._set({"stage": self.stage.itemData(i)})))
        self.emotion.valueChanged.connect(self.guard(lambda v: self._set({"emotion": v})))
        self.mot.toggled.connect(self.guard(lambda v: self._set({"moment_of_truth": v})))
        self.recovery.toggled.connect(self.guard(lambda v: self._set({"recovery": v})))
        self.entry.toggled.connect(self.guard(lambda v: self.document.set_entry_exit(
            self.journey_id, self.tp_id, entry=v)))
        self.exit.toggled.connect(self.guard(lambda v: self.document.set_entry_exit(
            self.journey_id, self.tp_id, exit=v)))
        self.owner.textEdited.connect(self.guard(lambda t: self._set({"owner": t}, typing=True)))
        self.day.valueChanged.connect(self.guard(lambda v: self._set({"day": v}, typing=True)))
        self.channels.itemChanged.connect(self.guard(self._channels_edited))
        for box, name in ((self.pains, "pain_points"), (self.delights, "delight_points"),
                          (self.backstage, "backstage")):
            box.textChanged.connect(self.guard(
                lambda b=box, n=name: self._set({n: _lines(b.toPlainText())}, typing=True)))

    def _set(self, changes: dict, typing: bool = False) -> None:
        self.document.set_touchpoint_fields(self.journey_id, self.tp_id, changes, typing=typing)

    def _name_edited(self, text: str) -> None:
        if not text.strip():
            self.show_problem(self.name, self.tr("A touchpoint needs a name."))
            return
        self.show_problem(self.name, "")
        self._set({"name": text}, typing=True)

    def _channels_edited(self, _item: QListWidgetItem) -> None:
        chosen = [self.channels.item(i).data(Qt.ItemDataRole.UserRole)
                  for i in range(self.channels.count())
                  if self.channels.item(i).checkState() == Qt.CheckState.Checked]
        self._set({"channels": chosen})

    def load(self, journey_id: str, tp_id: str) -> None:
        self.journey_id, self.tp_id = journey_id, tp_id
        editor = self.document.editor
        journey = editor.journey(journey_id)
        tp = editor.touchpoint(journey_id, tp_id)
        self.filling = True
        try:
            _set_text(self.name, tp.name)
            self.show_problem(self.name, "")
            self.stage.clear()
            for stage in journey.stages:
                self.stage.addItem(stage.name, stage.id)
            self.stage.setCurrentIndex(max(0, self.stage.findData(tp.stage)))
            self.emotion.setValue(tp.emotion)
            self.mot.setChecked(tp.moment_of_truth)
            self.recovery.setChecked(tp.recovery)
            self.entry.setChecked(tp_id in journey.entries)
            self.exit.setChecked(tp_id in journey.exits)
            _set_text(self.owner, tp.owner)
            self.day.setValue(tp.day or 0.0)
            self.channels.clear()
            for channel in self.document.project.channels:
                item = QListWidgetItem(channel.name)
                item.setData(Qt.ItemDataRole.UserRole, channel.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if channel.id in tp.channels
                                   else Qt.CheckState.Unchecked)
                self.channels.addItem(item)
            for box, values in ((self.pains, tp.pain_points), (self.delights, tp.delight_points),
                                (self.backstage, tp.backstage)):
                if _lines(box.toPlainText()) != values:
                    box.setPlainText("\n".join(values))
        finally:
            self.filling = False


class StageForm(_Form):
    def __init__(self, document: Document) -> None:
        super().__init__()
        self.document = document
        self.journey_id = self.stage_id = ""
        self.name = QLineEdit(objectName="stageName")
        self.count = QLabel(objectName="stageCount")
        self.layout_.addRow(self.tr("Stage name"), self.name)
        self.layout_.addRow(self.tr("Touchpoints"), self.count)
        self.layout_.addRow(self.message)
        self.name.editingFinished.connect(self.guard(self._commit))
        self.name.textEdited.connect(self.guard(self._check))

    def _check(self, text: str) -> None:
        self.show_problem(self.name, "" if text.strip() else self.tr("A stage needs a name."))

    def _commit(self) -> None:
        if self.name.text().strip():
            self.document.rename_stage(self.journey_id, self.stage_id, self.name.text().strip())

    def load(self, journey_id: str, stage_id: str) -> None:
        self.journey_id, self.stage_id = journey_id, stage_id
        journey = self.document.editor.journey(journey_id)
        self.filling = True
        _set_text(self.name, self.document.editor.stage(journey_id, stage_id).name)
        self.count.setText(str(sum(1 for tp in journey.touchpoints if tp.stage == stage_id)))
        self.filling = False


class TransitionForm(_Form):
    def __init__(self, document: Document) -> None:
        super().__init__()
        self.document = document
        self.journey_id = self.source = self.target = ""
        self.route = QLabel(objectName="transitionRoute")
        self.route.setWordWrap(True)
        self.share = QLineEdit(objectName="transitionShare")
        self.share.setPlaceholderText("0–100")
        self.layout_.addRow(self.tr("From → to"), self.route)
        self.layout_.addRow(self.tr("Share of customers (%)"), self.share)
        self.layout_.addRow(self.message)
        self.share.textEdited.connect(self.guard(self._check))
        self.share.editingFinished.connect(self.guard(self._commit))

    def _parse(self, text: str) -> tuple[float | None, str]:
        """The share typed (0..1) and, when it cannot be used, why."""
        try:
            value = float(text.replace(",", ".").rstrip("% ")) / 100.0
        except ValueError:
            return None, self.tr("Type a percentage from 0 to 100.")
        if not 0 <= value <= 1:
            return None, self.tr("A share is between 0 % and 100 %.")
        problem = self.document.share_problem(self.journey_id, self.source, self.target, value)
        return (None, problem) if problem else (value, "")  # the document's rule, not ours

    def _check(self, text: str) -> None:
        self.show_problem(self.share, self._parse(text)[1])

    def _commit(self) -> None:
        value, problem = self._parse(self.share.text())
        self.show_problem(self.share, problem)
        if value is not None:
            self.document.set_share(self.journey_id, self.source, self.target, value)

    def load(self, journey_id: str, source: str, target: str) -> None:
        self.journey_id, self.source, self.target = journey_id, source, target
        editor = self.document.editor
        self.filling = True
        self.route.setText(f"{editor.touchpoint(journey_id, source).name} → "
                           f"{editor.touchpoint(journey_id, target).name}")
        value = editor.transition(journey_id, source, target).share * 100
        if not self.share.hasFocus() or not self.share.property("invalidField"):
            _set_text(self.share, f"{value:g}")
        self.filling = False


class JourneyForm(_Form):
    def __init__(self, document: Document) -> None:
        super().__init__()
        self.document = document
        self.journey_id = ""
        self.name = QLineEdit(objectName="journeyName")
        self.entries = QDoubleSpinBox(objectName="journeyEntries", minimum=0, maximum=1e9,
                                      decimals=0)
        self.opportunities = QPlainTextEdit(objectName="journeyOpportunities")
        self.opportunities.setPlaceholderText(self.tr("Improvement opportunities, one per line"))
        # a few lines tall: a long list scrolls in its box instead of pushing the form away
        lines = self.opportunities.fontMetrics().lineSpacing()
        self.opportunities.setMaximumHeight(6 * lines + 12)
        self.layout_.addRow(self.tr("Journey name"), self.name)
        self.layout_.addRow(self.tr("Customers entering per month"), self.entries)
        self.layout_.addRow(self.tr("Opportunities"), self.opportunities)
        self.layout_.addRow(self.message)
        self.name.editingFinished.connect(self.guard(
            lambda: self.document.rename_journey(self.journey_id, self.name.text().strip())))
        self.entries.setKeyboardTracking(False)  # one undo step for a typed number
        self.entries.valueChanged.connect(self.guard(
            lambda v: self.document.set_journey_fields(self.journey_id, {"monthly_entries": v})))
        # Typed opportunities are applied on leaving the box (one undo step); a change
        # made without focus (a script, an assistive tool) is applied at once.
        self.opportunities.installEventFilter(self)
        self.opportunities.textChanged.connect(self.guard(
            lambda: None if self.opportunities.hasFocus() else self._opportunities_done()))
        self._shown: dict[QWidget, object] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.opportunities and event.type() == QEvent.Type.FocusOut:
            self.guard(self._opportunities_done)()
        return super().eventFilter(watched, event)

    def _opportunities_done(self) -> None:
        if self.journey_id:
            self.document.set_journey_fields(
                self.journey_id, {"opportunities": _lines(self.opportunities.toPlainText())})

    def _fill(self, widget: QWidget, value: object, show: Callable[[], None]) -> None:
        """Show the model's `value`, unless it is the one shown before and the user is
        typing over it (an edit elsewhere must not throw the unfinished text away)."""
        if self._shown.get(widget) != value or not widget.hasFocus():
            show()
        self._shown[widget] = value

    def load(self, journey_id: str) -> None:
        if journey_id != self.journey_id:
            self._shown.clear()
        self.journey_id = journey_id
        journey = self.document.editor.journey(journey_id)
        self.filling = True
        try:
            self._fill(self.name, journey.name, lambda: _set_text(self.name, journey.name))
            self._fill(self.entries, journey.monthly_entries,
                       lambda: self.entries.setValue(journey.monthly_entries))
            self._fill(self.opportunities, journey.opportunities, lambda: None if _lines(
                self.opportunities.toPlainText()) == journey.opportunities
                else self.opportunities.setPlainText("\n".join(journey.opportunities)))
        finally:
            self.filling = False


class _Pages(QWidget):
    """One form shown at a time, like a QStackedWidget, but only as tall as the form
    shown (a stacked layout asks for its tallest page), so that a short form needs no
    scrolling. As wide as the widest form, so the dock keeps its width from form to form."""

    def __init__(self) -> None:
        super().__init__()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._pages: list[QWidget] = []
        self._current: QWidget | None = None

    def addWidget(self, page: QWidget) -> None:  # noqa: N802
        self._pages.append(page)
        self._layout.addWidget(page)
        if self._current is None:
            self._current = page
        else:
            page.hide()

    def currentWidget(self) -> QWidget | None:  # noqa: N802
        return self._current

    def setCurrentWidget(self, page: QWidget) -> None:  # noqa: N802
        self._current = page
        for each in self._pages:
            each.setVisible(each is page)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """The widest form's width; the shown form's preferred height (the dock scrolls
        rather than squeeze its lists and text boxes)."""
        hint = super().minimumSizeHint()
        height = self._current.sizeHint().height() if self._current else hint.height()
        return QSize(max([hint.width(), *(p.minimumSizeHint().width() for p in self._pages)]),
                     max(hint.height(), height))


class PropertiesPanel(QWidget):
    """Shows the form for the current selection and keeps it in step with the domain."""

    def __init__(self, document: Document) -> None:
        super().__init__()
        self.setObjectName("propertiesPanel")
        self.document = document
        self.stack = _Pages()
        self.empty = QLabel(self.tr("Select a card, an arrow or a stage header."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.touchpoint = TouchpointForm(document)
        self.stage = StageForm(document)
        self.transition = TransitionForm(document)
        self.journey = JourneyForm(document)
        for page in (self.empty, self.touchpoint, self.stage, self.transition, self.journey):
            self.stack.addWidget(page)
        # When nothing on the map is selected: the project first, where a user looks for
        # its name, then the journey's form.
        self.project = ProjectForm(document)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.project, 0)
        layout.addWidget(self.stack, 1)
        self._target: tuple[str, ...] = ()
        self._refresh = QTimer(self, singleShot=True, interval=0)
        self._refresh.timeout.connect(self._reload)
        document.changed.connect(self._on_event)

    def show_target(self, target: tuple[str, ...]) -> None:
        """("touchpoint", journey, id) | ("stage", journey, id) |
        ("transition", journey, source, target) | ("journey", journey) | ()."""
        self._target = target
        self._reload()

    def _on_event(self, _event: Event) -> None:
        self._refresh.start()

    def _reload(self) -> None:
        kind, *args = self._target or ("",)
        page = {"touchpoint": self.touchpoint, "stage": self.stage,
                "transition": self.transition, "journey": self.journey}.get(kind)
        try:
            if page is not None:
                page.load(*args)
        except (KeyError, StopIteration):  # the object was deleted (or undone away)
            page = None
        self.stack.setCurrentWidget(page or self.empty)
        self.project.setVisible(page in (None, self.journey))
