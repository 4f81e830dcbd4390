"""Format-2 gaps in the Gaps dock (issue 16): labelled and grouped by severity, a click
shows the channel or tier in the Plan dock, and quick fixes from the gap's context menu
— set the agents a channel needs at its peak, swap inverted care levels, put a channel in
the context group the customer's history is in. Each fix is one undo step; afterwards
the analysis no longer finds the gap and `validate` finds nothing."""

from __future__ import annotations

from journey_designer.domain.model import CareAction, Peak, ServiceLevel, Trigger
from journey_designer.domain.validation import validate
from journey_designer.ui.panels.gaps import GapRole


def _gap_item(window, kind: str):
    panel = window.gaps.panel
    panel.show_result(window.gaps.runner.refresh_now())
    tree = panel.tree
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        group.setExpanded(True)
        for j in range(group.childCount()):
            gap = group.child(j).data(0, GapRole)
            if gap.kind == kind:
                return group, group.child(j), gap
    raise AssertionError(f"no {kind} gap in the dock")


def _choose(window, item, text: str) -> list[str]:
    tree = window.gaps.panel.tree
    tree.scrollToItem(item)
    menu = window.gaps.panel.menu_at(tree.visualItemRect(item).center())
    assert menu is not None, "the gap has no context menu"
    shown = [a.text() for a in menu.actions()]
    chosen = next((a for a in menu.actions() if a.text() == text), None)
    if chosen is not None:
        chosen.trigger()
    menu.deleteLater()
    return shown


def _phone(window):
    return next(c for c in window.document.project.channels if c.name == "Phone")


def _staffed_phone(window) -> str:
    """Phone staffed with 2 agents; 'c' and 'b' served by phone; a Double-11 peak."""
    document = window.document
    phone = _phone(window)
    sms = next(c for c in document.project.channels if c.name == "SMS")
    assert document.update_item("channels", phone.id, {
        "hours_per_day": 8.0, "handling_minutes": 20.0, "agents": 2,
        "service_level": ServiceLevel(0.8, 20)}) == []
    document.set_journey_fields("j1", {"peaks": [Peak("Double 11", "11-11", 3, 4.0)]})
    document.set_touchpoint_fields("j1", "c", {"channels": [phone.id]})
    document.set_touchpoint_fields("j1", "b", {"channels": [phone.id]})
    document.set_touchpoint_fields("j1", "a", {"channels": [sms.id]})
    document.add_item("actions", CareAction(
        "act-call", "c", [t.id for t in document.project.tiers], phone.id, "Call",
        trigger=Trigger("event", event="First purchase")))
    assert validate(document.project) == []
    return phone.id


def _keys(window) -> set:
    return {g.key for g in window.gaps.runner.refresh_now().gaps}


def test_understaffed_channel_set_agents_to_the_peak_need(qtbot, window) -> None:
    phone = _staffed_phone(window)
    staffing = next(s for s in window.gaps.runner.refresh_now().staffing if s.channel_id == phone)
    group, item, gap = _gap_item(window, "understaffed_channel")
    assert group.text(0).startswith("HIGH")
    assert "understaffed channel" in item.toolTip(0)
    need = staffing.required_agents_peak
    assert need > staffing.required_agents  # the peak needs more than a normal day
    steps = window.document.undo_stack.count()
    shown = _choose(window, item, f"Set agents to {need}")
    assert f"Set agents to {need}" in shown
    assert window.document.project.channel_by_id()[phone].agents == need
    assert window.document.undo_stack.count() == steps + 1
    assert gap.key not in _keys(window)
    assert validate(window.document.project) == []
    window.document.undo_stack.undo()
    assert window.document.project.channel_by_id()[phone].agents == 2


def test_clicking_a_channel_gap_shows_the_channel_in_the_plan_dock(qtbot, window) -> None:
    phone = _staffed_phone(window)
    _group, item, _gap = _gap_item(window, "understaffed_channel")
    window.gaps.panel.tree.itemClicked.emit(item, 0)
    plan = window.care.plan
    assert window.care.plan_dock.isVisible()
    assert plan.currentWidget() is plan.editors["channels"]
    row = plan.editors["channels"].current_row()
    assert window.document.project.channels[row].id == phone


def test_care_level_order_swap_care_levels(qtbot, window) -> None:
    document = window.document
    tiers = {t.name: t for t in document.project.tiers}
    document.update_item("tiers", tiers["Gold"].id, {"care_level": "basic"})
    document.update_item("tiers", tiers["Bronze"].id, {"care_level": "exclusive"})
    group, item, gap = _gap_item(window, "care_level_order")
    assert group.text(0).startswith("MEDIUM")
    steps = document.undo_stack.count()
    label = f"Swap care levels of {gap.tier} and Bronze"
    assert label in _choose(window, item, label)
    levels = {t.name: t.care_level for t in document.project.tiers}
    assert levels == {"Gold": "exclusive", "Silver": "deep", "Bronze": "basic"}
    assert document.undo_stack.count() == steps + 1
    assert not [g for g in window.gaps.runner.refresh_now().gaps if g.kind == "care_level_order"]
    assert validate(document.project) == []


def test_context_lost_put_the_channel_in_the_context_group(qtbot, window) -> None:
    document = window.document
    phone = _staffed_phone(window)
    document.update_item("channels", phone, {"context_group": "CRM"})
    _group, item, gap = _gap_item(window, "context_lost")
    assert gap.touchpoint_id == "c"
    steps = document.undo_stack.count()
    label = "Put channel SMS in context group CRM"
    assert label in _choose(window, item, label)
    sms = next(c for c in document.project.channels if c.name == "SMS")
    assert sms.context_group == "CRM"
    assert document.undo_stack.count() == steps + 1
    assert gap.key not in _keys(window)
    assert validate(document.project) == []


def test_new_gap_kinds_are_in_the_kind_filter(qtbot, window) -> None:
    combo = window.gaps.panel.kind_filter
    labels = [combo.itemText(i) for i in range(combo.count())]
    for label in ("understaffed channel", "context lost", "care level order", "over budget"):
        assert label in labels
