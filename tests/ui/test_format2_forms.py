"""Format-2 fields in the window (issue 16): settings in the Project section, staffing and
context group on the Plan dock's Channels tab, a journey's peaks, and the threshold
direction and "Care" purpose in the Care actions dock. Each field both ways: an edit in the
model shows in the widget (undo), and using the widget changes the model (one undo step)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from journey_designer.domain.model import Peak, ServiceLevel
from journey_designer.domain.validation import validate


def _form(window):
    from PySide6.QtWidgets import QGroupBox

    return window.findChild(QGroupBox, "projectForm")


def _type(widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    QTest.keyClicks(widget, text)
    QTest.keyClick(widget, Qt.Key.Key_Return)


def test_fatigue_tolerance_and_silence_days_in_the_project_section(qtbot, window) -> None:
    form = _form(window)
    document = window.document
    _type(form.tolerance, "10")
    assert document.project.settings.fatigue_tolerance == 0.10
    _type(form.silence_days, "21")
    assert document.project.settings.care_silence_days == 21
    assert document.undo_stack.count() == 2
    _type(form.silence_days, "")
    assert document.project.settings.care_silence_days is None
    document.undo_stack.undo()
    assert form.silence_days.text() == "21"
    document.undo_stack.undo()
    assert form.silence_days.text() == ""
    assert form.tolerance.text() == "10"
    # refused: a tolerance of 100 % means nothing is checked; the field says why
    _type(form.tolerance, "100")
    assert document.project.settings.fatigue_tolerance == 0.10
    assert "fatigue_tolerance" in form.message.text()
    assert validate(document.project) == []


def _channel_columns(window) -> dict[str, int]:
    model = window.care.plan.editors["channels"].model
    return {c.field: i for i, c in enumerate(model.columns)}


def test_channel_staffing_and_context_group_are_editable_columns(qtbot, window) -> None:
    plan = window.care.plan
    document = window.document
    columns = _channel_columns(window)
    for field in ("context_group", "hours_per_day", "handling_minutes", "agents",
                  "service_level.share", "service_level.within_seconds"):
        assert field in columns, field
    row = next(i for i, c in enumerate(document.project.channels) if c.kind == "human")
    before = document.undo_stack.count()
    assert plan.edit_cell("channels", row, columns["context_group"], "CRM")
    assert plan.edit_cell("channels", row, columns["hours_per_day"], "10")
    assert plan.edit_cell("channels", row, columns["handling_minutes"], "4")
    assert plan.edit_cell("channels", row, columns["agents"], "6")
    assert plan.edit_cell("channels", row, columns["service_level.share"], "90")
    assert plan.edit_cell("channels", row, columns["service_level.within_seconds"], "30")
    channel = document.project.channels[row]
    assert (channel.context_group, channel.hours_per_day, channel.handling_minutes,
            channel.agents) == ("CRM", 10, 4, 6)
    assert channel.service_level == ServiceLevel(0.9, 30)
    assert document.undo_stack.count() == before + 6  # one undo step per edit
    # refused by the rules: 30 hours a day; the table keeps 10 and says why
    assert not plan.edit_cell("channels", row, columns["hours_per_day"], "30")
    assert document.project.channels[row].hours_per_day == 10
    assert "hours per day" in plan.editors["channels"].model.last_problem
    # model -> widget: undo shows the old value in the cell
    document.undo_stack.undo()
    model = plan.editors["channels"].model
    shown = model.index(row, columns["service_level.within_seconds"]).data()
    assert shown == "20"  # the target's default seconds once a share is set
    document.undo_stack.undo()
    assert model.index(row, columns["service_level.share"]).data() == ""
    assert model.index(row, columns["agents"]).data() == "6"
    assert validate(document.project) == []


def test_peaks_of_the_current_journey_in_the_plan_dock(qtbot, window) -> None:
    plan = window.care.plan
    document = window.document
    peaks = plan.peaks
    plan.setCurrentWidget(peaks)
    peaks.add_button.click()
    journey = document.project.journeys[0]
    assert len(journey.peaks) == 1
    assert peaks.model.rowCount() == 1
    assert peaks.edit_cell(0, 0, "Double 11")
    assert peaks.edit_cell(0, 1, "11-11")
    assert peaks.edit_cell(0, 2, "3")
    assert peaks.edit_cell(0, 3, "4.5")
    peak = document.project.journeys[0].peaks[0]
    assert (peak.name, peak.start, peak.days, peak.factor) == ("Double 11", "11-11", 3, 4.5)
    assert not peaks.edit_cell(0, 1, "13-40")  # no such day: refused, and why
    assert document.project.journeys[0].peaks[0].start == "11-11"
    assert "MM-DD" in peaks.message.text()
    document.undo_stack.undo()  # the factor
    assert peaks.model.index(0, 3).data() == "1"
    document.undo_stack.undo()
    document.undo_stack.undo()
    document.undo_stack.undo()
    document.undo_stack.undo()  # the added peak
    assert peaks.model.rowCount() == 0
    document.undo_stack.redo()
    assert peaks.model.rowCount() == 1
    peaks.table.setCurrentIndex(peaks.model.index(0, 0))
    peaks.delete_button.click()
    assert document.project.journeys[0].peaks == []
    assert validate(document.project) == []


def _care_form(window):
    document = window.document
    tiers = [t.id for t in document.project.tiers]
    action = document.new_action("d", tiers, document.project.channels[0].id, "Sorry call")
    document.add_item("actions", action)
    window.session.show_action(action.id)
    return window.care.actions_panel.form, action.id


def test_threshold_direction_and_care_purpose_in_the_action_form(qtbot, window) -> None:
    form, action_id = _care_form(window)
    document = window.document
    assert form.purpose.findData("care") >= 0
    form.purpose.setCurrentIndex(form.purpose.findData("care"))
    form.purpose.activated.emit(form.purpose.currentIndex())
    assert document.editor.item("actions", action_id).purpose == "care"
    form.trigger.kind.setCurrentIndex(form.trigger.kind.findData("threshold"))
    form.trigger.metric.setText("rating")
    form.trigger.value.setValue(2)
    form.trigger.kind.activated.emit(form.trigger.kind.currentIndex())
    assert form.trigger.at.isVisibleTo(form)
    form.trigger.at.setCurrentIndex(form.trigger.at.findData("at_most"))
    form.trigger.at.activated.emit(form.trigger.at.currentIndex())
    trigger = document.editor.item("actions", action_id).trigger
    assert (trigger.type, trigger.metric, trigger.value, trigger.direction) == \
        ("threshold", "rating", 2, "at_most")
    summary = window.care.actions_panel.list.item(0).text()
    qtbot.waitUntil(lambda: "rating ≤ 2" in window.care.actions_panel.list.item(0).text(),
                    timeout=2000)
    assert "≥" not in window.care.actions_panel.list.item(0).text(), summary
    # model -> widget
    document.undo_stack.undo()  # the dock refreshes a moment after an edit
    qtbot.waitUntil(lambda: form.trigger.at.currentData() == "at_least", timeout=2000)
    document.undo_stack.redo()
    qtbot.waitUntil(lambda: form.trigger.at.currentData() == "at_most", timeout=2000)
    # an event trigger has no direction to show
    form.trigger.kind.setCurrentIndex(form.trigger.kind.findData("event"))
    assert not form.trigger.at.isVisibleTo(form)
    assert validate(document.project) == []


def test_the_peaks_tab_follows_the_journey_shown_on_the_map(qtbot, window) -> None:
    document = window.document
    second = document.add_journey("Refunds")
    document.set_journey_fields(second, {"peaks": [Peak("618", "06-18", 2, 3.0)]})
    peaks = window.care.plan.peaks
    window.session.view.set_journey_id("j1")
    assert peaks.model.rowCount() == 0  # the first journey has no peaks
    assert "Card journey" in peaks.title.text()
    window.session.view.set_journey_id(second)
    assert peaks.model.rowCount() == 1
    assert peaks.model.index(0, 0).data() == "618"
    assert "Refunds" in peaks.title.text()
