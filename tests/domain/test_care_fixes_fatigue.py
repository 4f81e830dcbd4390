"""Issue 14: a quick fix never makes the plan worse, and contact_fatigue has fixes of its own.

The planner (domain/care_fixes.py, fix_plans.py) is checked against the real analysis of
the project with the fix, as `journey-designer analyze` would see the saved file."""

from __future__ import annotations

from fatigue_plans import channel_id, outage, tier_id, tired_project

from journey_designer.analysis import analyze
from journey_designer.domain.care_fixes import care_for_gap, plan_care
from journey_designer.domain.fatigue_fixes import fatigue_fixes
from journey_designer.domain.fix_plans import applied
from journey_designer.domain.model import CareAction, Project, Trigger
from journey_designer.domain.validation import validate


def _gaps(project: Project):
    return analyze(project).gaps


def _fatigue(gaps, tier_id: str) -> list:
    return [g for g in gaps if g.kind == "contact_fatigue" and g.tier_id == tier_id]


def _name(tp) -> str:
    return f"Care at {tp.name}"


def test_a_care_fix_that_would_tire_the_tier_picks_a_variant_that_does_not() -> None:
    project = outage()
    bronze = tier_id(project, "Bronze")
    before = _gaps(project)
    assert not _fatigue(before, bronze)
    assert any(g.kind == "uncovered_pain_point" and g.tier_id == bronze for g in before)
    # what the quick fix did so far: one more text on the same day — Bronze over its cap
    plain = care_for_gap(project, "uncovered_pain_point", bronze, "b", _name)
    with_plain = project_with(project, plain)
    assert _fatigue(_gaps(with_plain), bronze), "the scenario does not tire Bronze"

    choice = plan_care(project, "uncovered_pain_point", bronze, "b", _name, _gaps)
    assert choice is not None and choice.closes and choice.opens == ()
    fixed = applied(project, choice.edit)
    after = _gaps(fixed)
    assert not _fatigue(after, bronze)
    assert not any(g.kind == "uncovered_pain_point" and g.tier_id == bronze for g in after)
    assert {(g.kind, g.tier_id, g.touchpoint_id) for g in after} <= {
        (g.kind, g.tier_id, g.touchpoint_id) for g in before}
    assert validate(fixed) == []


def test_a_care_fix_with_no_gentle_variant_is_offered_with_a_note() -> None:
    # texts on day 0 and day 7 (1 a week for Bronze); the helpline on day 3: any contact
    # from day 3 to day 10 shares a week with one of them
    project = outage(days=(0, 3, 7), bronze_cap=1)
    bronze = tier_id(project, "Bronze")
    assert not _fatigue(_gaps(project), bronze)
    choice = plan_care(project, "uncovered_pain_point", bronze, "b", _name, _gaps)
    assert choice is not None and choice.closes
    assert choice.opens, "the fix tires Bronze but says nothing"
    assert any("Bronze" in message for message in choice.opens)


def test_a_fix_that_tires_nobody_is_taken_as_it_is() -> None:
    project = outage(bronze_cap=3)
    bronze = tier_id(project, "Bronze")
    choice = plan_care(project, "uncovered_pain_point", bronze, "b", _name, _gaps)
    assert choice is not None and choice.closes and not choice.opens
    [added] = choice.edit.add
    assert added.trigger.type == "event" and added.touchpoint == "b"


def _report(project: Project, tier_id: str):
    result = analyze(project)
    tier = next(t for t in result.fatigue if t.tier_id == tier_id)
    return next(j for j in tier.journeys if j.journey_id == "j")


def test_fatigue_fixes_each_remove_the_gap_they_come_from() -> None:
    project = tired_project()
    bronze = tier_id(project, "Bronze")
    before = _gaps(project)
    [gap] = _fatigue(before, bronze)
    report = _report(project, bronze)
    fixes = fatigue_fixes(project, bronze, "j", report.worst_path_ids,
                          report.worst_window_start_day, report.worst_contacts, _gaps)
    kinds = [f.how for f in fixes]
    assert kinds == ["drop", "later", "cap"], kinds
    drop, later, cap = fixes
    assert drop.action.name == "Upgrade offer"
    assert cap.cap == 4
    for fix in fixes:
        fixed = applied(project, fix.edit)
        after = _gaps(fixed)
        assert not _fatigue(after, bronze), f"{fix.how} left {gap.message}"
        assert not fix.opens
        assert validate(fixed) == []
        assert {(g.kind, g.tier_id) for g in after} <= {(g.kind, g.tier_id) for g in before}
    # dropping the offer for Bronze keeps it for Silver
    offer = next(a for a in applied(project, drop.edit).actions if a.id == "x4")
    assert offer.tiers == [tier_id(project, "Silver")]
    moved = next(a for a in applied(project, later.edit).actions if a.id == later.action.id)
    assert moved.trigger.type == "offset" and moved.trigger.days >= 7


def project_with(project: Project, actions: list[CareAction]) -> Project:
    from journey_designer.domain.fix_plans import Edit

    return applied(project, Edit(add=tuple(actions)))


def test_a_person_at_the_moment_of_truth_replaces_the_tiers_text_there_when_one_more_would_tire(
        ) -> None:
    project = outage(bronze_cap=2)
    gold = tier_id(project, "Gold")
    project.journeys[0].touchpoints[2].moment_of_truth = True
    for tier in project.tiers:
        if tier.id == gold:
            tier.max_contacts_per_window = 3
    sms = channel_id(project, "SMS")
    project.actions += [
        CareAction(f"g{i}", tp, [gold], sms, f"Text {i}", trigger=Trigger("event", tp))
        for i, tp in enumerate("abc")]
    before = _gaps(project)
    assert any(g.kind == "missing_human_touch" and g.tier_id == gold for g in before)
    assert not _fatigue(before, gold)
    choice = plan_care(project, "missing_human_touch", gold, "c", _name, _gaps)
    assert choice is not None and choice.closes and choice.opens == ()
    after = applied(project, choice.edit)
    assert not _fatigue(_gaps(after), gold)
    [text_at_visit] = [a for a in after.actions if a.id == "g2"]
    assert project.channel_by_id()[text_at_visit.channel].kind == "human"
    assert len(after.actions) == len(project.actions)  # no more contacts for Gold


def test_a_care_fix_avoids_a_full_channel() -> None:
    project = outage(bronze_cap=3)
    bronze = tier_id(project, "Bronze")
    phone = channel_id(project, "Phone")
    next(c for c in project.channels if c.id == phone).capacity_per_day = 1
    project.journeys[0].touchpoints[1].channels = [phone]
    plain = care_for_gap(project, "uncovered_pain_point", bronze, "b", _name)
    assert plain[0].channel == phone
    assert any(g.kind == "channel_overload" for g in _gaps(project_with(project, plain)))
    choice = plan_care(project, "uncovered_pain_point", bronze, "b", _name, _gaps)
    assert choice is not None and choice.closes and choice.opens == ()
    [added] = choice.edit.add
    channel = project.channel_by_id()[added.channel]
    assert channel.kind == "human" and channel.id != phone
    assert not any(g.kind == "channel_overload" for g in _gaps(applied(project, choice.edit)))
