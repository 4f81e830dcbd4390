"""Three-way merge of two versions of a project: each rule by a hand-made case, and
properties over generated edits."""

from __future__ import annotations

import copy

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journey_designer.domain import (
    CareAction,
    Channel,
    Journey,
    Kpi,
    Peak,
    Phase,
    Project,
    ServiceLevel,
    Stage,
    Tier,
    Touchpoint,
    Transition,
    Trigger,
)
from journey_designer.domain.merge import merge_projects
from journey_designer.domain.validation import validate
from tests.strategies import projects


def plan() -> Project:
    """A small valid plan: one journey, three touchpoints in two stages, two actions."""
    stages = [Stage("st-1", "Join"), Stage("st-2", "Use")]
    tps = [Touchpoint("tp-11", "st-1", "Sign up", channels=["ch-web"], x=0.0, y=0.0),
           Touchpoint("tp-12", "st-1", "Welcome call", channels=["ch-call"], emotion=0,
                      pain_points=["long wait"], x=100.0, y=0.0),
           Touchpoint("tp-13", "st-2", "First use", channels=["ch-web"], x=200.0, y=0.0)]
    journey = Journey("j-1", "Onboarding", 1000, stages, tps,
                      [Transition("tp-11", "tp-12", 0.6), Transition("tp-12", "tp-13", 0.5)],
                      entries=["tp-11"], exits=["tp-13"])
    return Project(
        name="Care plan",
        tiers=[Tier("tier-g", "Gold", 0.2), Tier("tier-s", "Silver", 0.3)],
        channels=[Channel("ch-web", "Web"), Channel("ch-call", "Call", "human", 100)],
        journeys=[journey],
        actions=[CareAction("act-1", "tp-12", ["tier-g"], "ch-call", "Personal call",
                            trigger=Trigger("event", event="joined"), owner="Care team",
                            start="2026-01-01", end="2026-06-30"),
                 CareAction("act-2", "tp-13", ["tier-g", "tier-s"], "ch-web", "Tips mail",
                            trigger=Trigger("offset", days=2))],
        kpis=[Kpi("NPS", 20, 40, "points")],
        phases=[Phase("Pilot", "2026-01-01", "2026-03-31", ["train staff"], "PMO")],
    )


def tp(project: Project, tp_id: str) -> Touchpoint:
    return next(t for j in project.journeys for t in j.touchpoints if t.id == tp_id)


def action(project: Project, action_id: str) -> CareAction:
    return next(a for a in project.actions if a.id == action_id)


def versions() -> tuple[Project, Project, Project]:
    return plan(), plan(), plan()


# ---------------------------------------------------------------- fields


def test_a_field_changed_on_one_side_takes_that_sides_value() -> None:
    base, ours, theirs = versions()
    tp(theirs, "tp-12").emotion = 2
    action(ours, "act-1").owner = "VIP desk"
    result = merge_projects(base, ours, theirs)
    assert result.clean
    assert tp(result.project, "tp-12").emotion == 2
    assert action(result.project, "act-1").owner == "VIP desk"


def test_the_same_change_on_both_sides_is_no_conflict() -> None:
    base, ours, theirs = versions()
    tp(ours, "tp-12").name = tp(theirs, "tp-12").name = "Welcome visit"
    result = merge_projects(base, ours, theirs)
    assert result.clean
    assert tp(result.project, "tp-12").name == "Welcome visit"


def test_different_changes_of_one_field_conflict_and_keep_ours() -> None:
    base, ours, theirs = versions()
    tp(ours, "tp-12").emotion = -1
    tp(theirs, "tp-12").emotion = 2
    tp(theirs, "tp-12").owner = "Branch"  # a clean change next to the conflict
    result = merge_projects(base, ours, theirs)
    assert tp(result.project, "tp-12").emotion == -1
    assert tp(result.project, "tp-12").owner == "Branch"
    (conflict,) = result.conflicts
    assert str(conflict) == ('journey "Onboarding", touchpoint "Welcome call" (tp-12): '
                             "emotion: base 0, ours -1, theirs 2")
    assert (conflict.kind, conflict.id, conflict.field, conflict.base, conflict.ours,
            conflict.theirs) == ("touchpoint", "tp-12", "emotion", 0, -1, 2)


def test_settings_and_project_fields_merge_one_by_one() -> None:
    base, ours, theirs = versions()
    ours.settings.care_silence_limit = 5
    theirs.settings.fatigue_window_days = 14
    theirs.name = "Care plan 2027"
    result = merge_projects(base, ours, theirs)
    assert result.clean
    assert (result.project.settings.care_silence_limit,
            result.project.settings.fatigue_window_days) == (5, 14)
    assert result.project.name == "Care plan 2027"


def test_a_trigger_is_one_value() -> None:
    base, ours, theirs = versions()
    action(ours, "act-2").trigger = Trigger("offset", days=5)
    action(theirs, "act-2").trigger = Trigger("event", event="first login")
    result = merge_projects(base, ours, theirs)
    assert action(result.project, "act-2").trigger == Trigger("offset", days=5)
    assert [c.field for c in result.conflicts] == ["trigger"]


def test_kpis_and_phases_are_matched_by_name() -> None:
    base, ours, theirs = versions()
    ours.kpis[0].unit = "pts"
    theirs.kpis[0].target = 50
    theirs.phases[0].owner = "Care office"
    result = merge_projects(base, ours, theirs)
    assert result.clean
    assert result.project.kpis == [Kpi("NPS", 20, 50, "pts")]
    assert result.project.phases[0].owner == "Care office"


# ---------------------------------------------------------------- position


def test_a_card_moved_on_one_side_moves() -> None:
    base, ours, theirs = versions()
    tp(theirs, "tp-13").x, tp(theirs, "tp-13").y = 250.0, 40.0
    result = merge_projects(base, ours, theirs)
    assert result.clean
    assert (tp(result.project, "tp-13").x, tp(result.project, "tp-13").y) == (250.0, 40.0)


def test_a_card_moved_to_the_same_place_on_both_sides_is_no_conflict() -> None:
    base, ours, theirs = versions()
    for side in (ours, theirs):
        tp(side, "tp-13").x, tp(side, "tp-13").y = 250.0, 40.0
    assert merge_projects(base, ours, theirs).clean


def test_a_card_moved_differently_is_one_position_conflict_never_a_mix() -> None:
    base, ours, theirs = versions()
    tp(ours, "tp-13").x = 300.0          # ours moved it right
    tp(theirs, "tp-13").y = 80.0         # theirs moved it down
    result = merge_projects(base, ours, theirs)
    assert (tp(result.project, "tp-13").x, tp(result.project, "tp-13").y) == (300.0, 0.0)
    (conflict,) = result.conflicts
    assert conflict.field == "position"
    assert str(conflict).endswith("position: base (200, 0), ours (300, 0), theirs (200, 80)")


# ---------------------------------------------------------------- lists of texts


def test_lists_of_texts_merge_as_sets_with_additions_and_removals_from_both() -> None:
    base, ours, theirs = versions()
    base_tp = tp(base, "tp-12")
    base_tp.pain_points = ["long wait", "wrong name", "no callback"]
    tp(ours, "tp-12").pain_points = ["long wait", "no callback", "hold music"]   # -wrong name
    tp(theirs, "tp-12").pain_points = ["wrong name", "no callback", "script"]    # -long wait
    action(ours, "act-1").tiers = ["tier-g", "tier-s"]
    action(theirs, "act-2").tiers = ["tier-s"]
    result = merge_projects(base, ours, theirs)
    assert result.clean
    assert tp(result.project, "tp-12").pain_points == ["no callback", "script", "hold music"]
    assert action(result.project, "act-1").tiers == ["tier-g", "tier-s"]
    assert action(result.project, "act-2").tiers == ["tier-s"]


def test_entries_and_channels_merge_as_sets() -> None:
    base, ours, theirs = versions()
    ours.journeys[0].entries = ["tp-11", "tp-12"]
    theirs.journeys[0].exits = ["tp-13", "tp-12"]
    tp(theirs, "tp-12").channels = ["ch-call", "ch-web"]
    result = merge_projects(base, ours, theirs)
    assert result.clean
    assert result.project.journeys[0].entries == ["tp-11", "tp-12"]
    assert result.project.journeys[0].exits == ["tp-13", "tp-12"]
    assert tp(result.project, "tp-12").channels == ["ch-call", "ch-web"]


# ---------------------------------------------------------------- objects added, removed


def test_objects_added_on_either_side_are_added_after_their_predecessor() -> None:
    base, ours, theirs = versions()
    theirs.journeys[0].touchpoints.insert(1, Touchpoint("tp-new", "st-1", "Check ID"))
    ours.journeys[0].touchpoints.append(Touchpoint("tp-ours", "st-2", "Review"))
    theirs.actions.append(CareAction("act-3", "tp-new", ["tier-s"], "ch-web", "ID reminder",
                                     trigger=Trigger("offset", days=1)))
    result = merge_projects(base, ours, theirs)
    assert result.clean
    assert [t.id for t in result.project.journeys[0].touchpoints] == [
        "tp-11", "tp-new", "tp-12", "tp-13", "tp-ours"]
    assert [a.id for a in result.project.actions] == ["act-1", "act-2", "act-3"]


def test_removed_on_one_side_and_unchanged_on_the_other_is_removed() -> None:
    base, ours, theirs = versions()
    del theirs.actions[0]
    ours.tiers.pop()  # Silver goes, together with its uses
    action(ours, "act-2").tiers = ["tier-g"]
    result = merge_projects(base, ours, theirs)
    assert result.clean
    assert [a.id for a in result.project.actions] == ["act-2"]
    assert [t.id for t in result.project.tiers] == ["tier-g"]


def test_removed_in_theirs_and_changed_in_ours_is_a_conflict_keeping_ours() -> None:
    base, ours, theirs = versions()
    del theirs.actions[0]
    action(ours, "act-1").owner = "VIP desk"
    result = merge_projects(base, ours, theirs)
    assert action(result.project, "act-1").owner == "VIP desk"
    (conflict,) = result.conflicts
    assert str(conflict) == 'action "Personal call" (act-1): removed in theirs, changed in ours — ours kept'
    assert conflict.theirs is None and conflict.ours.owner == "VIP desk"


def test_removed_in_ours_and_changed_in_theirs_is_a_conflict_and_stays_removed() -> None:
    base, ours, theirs = versions()
    del ours.actions[0]
    action(theirs, "act-1").owner = "VIP desk"
    result = merge_projects(base, ours, theirs)
    assert [a.id for a in result.project.actions] == ["act-2"]
    (conflict,) = result.conflicts
    assert str(conflict) == ('action "Personal call" (act-1): removed in ours, changed in theirs '
                             "— stays removed")


def test_transitions_are_matched_by_their_ends() -> None:
    base, ours, theirs = versions()
    ours.journeys[0].transitions[0].share = 0.7
    theirs.journeys[0].transitions.append(Transition("tp-11", "tp-13", 0.2))
    result = merge_projects(base, ours, theirs)
    assert result.clean
    assert [(t.source, t.target, t.share) for t in result.project.journeys[0].transitions] == [
        ("tp-11", "tp-12", 0.7), ("tp-12", "tp-13", 0.5), ("tp-11", "tp-13", 0.2)]


def test_order_is_ours_unless_only_theirs_reordered() -> None:
    base, ours, theirs = versions()
    theirs.tiers.reverse()
    assert [t.id for t in merge_projects(base, ours, theirs).project.tiers] == ["tier-s", "tier-g"]
    ours.journeys[0].stages.reverse()
    theirs.journeys[0].stages.append(Stage("st-3", "Renew"))
    result = merge_projects(base, ours, theirs)
    # ours reordered, so ours' order; theirs' new stage follows its predecessor there (st-2)
    assert [s.id for s in result.project.journeys[0].stages] == ["st-2", "st-3", "st-1"]


def test_added_on_both_sides_with_the_same_id_merges_fields_without_a_base() -> None:
    base, ours, theirs = versions()
    ours.channels.append(Channel("ch-app", "App", cost_per_contact=0.1))
    theirs.channels.append(Channel("ch-app", "Mobile app", cost_per_contact=0.1))
    result = merge_projects(base, ours, theirs)
    assert result.project.channels[-1] == Channel("ch-app", "App", cost_per_contact=0.1)
    (conflict,) = result.conflicts
    assert str(conflict) == "channel \"App\" (ch-app): name: base none, ours 'App', theirs 'Mobile app'"


def test_format_2_fields_merge_like_the_others() -> None:
    base, ours, theirs = versions()
    for side in (base, ours, theirs):
        side.journeys[0].peaks = [Peak("Spring sale", "03-01", 10, 2.0)]
    ours.journeys[0].peaks.append(Peak("Singles' Day", "11-11", 3, 4.0))
    theirs.journeys[0].peaks = [Peak("618", "06-18", 3, 3.0)]          # Spring sale removed
    theirs.channels[1].service_level = ServiceLevel(0.9, 30)
    theirs.budget_per_month = 5000.0
    ours.settings.fatigue_tolerance = 0.1
    result = merge_projects(base, ours, theirs)
    assert result.clean
    # theirs' new peak has no predecessor on their side: it goes first
    assert [p.name for p in result.project.journeys[0].peaks] == ["618", "Singles' Day"]
    assert result.project.channels[1].service_level == ServiceLevel(0.9, 30)
    assert (result.project.budget_per_month, result.project.settings.fatigue_tolerance) == (5000.0, 0.1)


def test_no_base_merges_two_unrelated_versions() -> None:
    ours, theirs = plan(), plan()
    theirs.kpis.append(Kpi("Churn", 0.1, 0.05, "%"))
    result = merge_projects(None, ours, theirs)
    assert result.clean
    assert [k.name for k in result.project.kpis] == ["NPS", "Churn"]


# ---------------------------------------------------------------- the result stays valid


def assert_valid(project: Project) -> None:
    assert [str(p) for p in validate(project)] == []


def test_tier_shares_summing_above_one_keep_ours_and_are_a_conflict() -> None:
    base, ours, theirs = versions()
    tier_g = ours.tiers[0]
    tier_g.share = 0.6          # ours: 0.6 + 0.3
    theirs.tiers[1].share = 0.5  # theirs: 0.2 + 0.5 — together 1.1
    result = merge_projects(base, ours, theirs)
    assert_valid(result.project)
    assert [t.share for t in result.project.tiers] == [0.6, 0.3]
    (conflict,) = result.conflicts
    assert conflict.reason == "invalid" and conflict.field == "share"
    assert str(conflict) == ('tier "Silver" (tier-s): share: base 0.3, ours 0.3, theirs 0.5 — '
                             "ours kept: tier shares would sum to 1.1")


def test_transition_shares_summing_above_one_keep_ours() -> None:
    base, ours, theirs = versions()
    ours.journeys[0].transitions.append(Transition("tp-11", "tp-13", 0.4))    # 0.6 + 0.4
    theirs.journeys[0].transitions[0].share = 0.9                             # 0.9 + 0.4
    result = merge_projects(base, ours, theirs)
    assert_valid(result.project)
    assert [t.share for t in result.project.journeys[0].transitions] == [0.6, 0.5, 0.4]
    assert [c.reason for c in result.conflicts] == ["invalid"]
    assert "shares leaving journey \"Onboarding\", touchpoint \"Sign up\" (tp-11) would sum to 1.3" \
        in str(result.conflicts[0])


def test_an_action_at_a_touchpoint_theirs_deleted_brings_the_touchpoint_back() -> None:
    base, ours, theirs = versions()
    journey = theirs.journeys[0]
    journey.touchpoints = [t for t in journey.touchpoints if t.id != "tp-13"]
    journey.transitions = [t for t in journey.transitions if "tp-13" not in (t.source, t.target)]
    journey.exits = []
    theirs.actions = [a for a in theirs.actions if a.touchpoint != "tp-13"]
    ours.actions.append(CareAction("act-9", "tp-13", ["tier-s"], "ch-web", "Survey",
                                  trigger=Trigger("offset", days=1)))
    result = merge_projects(base, ours, theirs)
    assert_valid(result.project)
    assert "tp-13" in [t.id for t in result.project.journeys[0].touchpoints]
    assert [a.id for a in result.project.actions] == ["act-1", "act-9"]
    lines = [str(c) for c in result.conflicts]
    assert ('journey "Onboarding", touchpoint "First use" (tp-13): removed in theirs, kept: '
            'theirs removed it, but action "Survey" (act-9) still uses it') in lines


def test_theirs_using_a_tier_ours_deleted_keeps_ours() -> None:
    base, ours, theirs = versions()
    ours.tiers = [t for t in ours.tiers if t.id != "tier-s"]
    action(ours, "act-2").tiers = ["tier-g"]
    theirs.actions.append(CareAction("act-7", "tp-11", ["tier-s"], "ch-web", "Silver hello",
                                     trigger=Trigger("offset", days=1)))
    action(theirs, "act-1").tiers = ["tier-g", "tier-s"]
    result = merge_projects(base, ours, theirs)
    assert_valid(result.project)
    assert [a.id for a in result.project.actions] == ["act-1", "act-2"]
    assert action(result.project, "act-1").tiers == ["tier-g"]
    assert {(c.id, c.field) for c in result.conflicts} == {("act-7", None), ("act-1", "tiers")}


def test_an_id_added_twice_in_different_journeys_keeps_ours() -> None:
    base, ours, theirs = versions()
    second = Journey("j-2", "Renewal", 10, [Stage("st-9", "Renew")],
                     [Touchpoint("tp-x", "st-9", "Renewal call")])
    theirs.journeys.append(copy.deepcopy(second))
    ours.journeys[0].touchpoints.append(Touchpoint("tp-x", "st-2", "Extra"))
    result = merge_projects(base, ours, theirs)
    assert_valid(result.project)
    assert [t.id for t in result.project.journeys[1].touchpoints] == []
    assert [c.id for c in result.conflicts] == ["tp-x"]


def test_dates_changed_on_both_sides_never_end_before_they_start() -> None:
    base, ours, theirs = versions()
    action(ours, "act-1").start = "2026-05-01"
    action(theirs, "act-1").end = "2026-03-31"
    result = merge_projects(base, ours, theirs)
    assert_valid(result.project)
    assert (action(result.project, "act-1").start, action(result.project, "act-1").end) == (
        "2026-05-01", "2026-06-30")
    assert [c.field for c in result.conflicts] == ["end"]


def test_an_invalid_theirs_keeps_ours_whole_and_says_why() -> None:
    base, ours, theirs = versions()
    added = CareAction("act-9", "tp-11", ["tier-s"], "ch-web", "Hello", trigger=Trigger("offset", days=1))
    theirs.actions += [added, copy.deepcopy(added)]  # a new action, its id twice
    theirs.kpis[0].target = 60
    result = merge_projects(base, ours, theirs)
    assert result.kept_ours and result.project == ours
    assert any("id 'act-9' is used by 2 objects" in str(c) for c in result.conflicts)


# ---------------------------------------------------------------- properties


@st.composite
def edited(draw, project: Project) -> Project:
    """`project` after a few random edits that keep it valid."""
    p = copy.deepcopy(project)
    tps = [t for j in p.journeys for t in j.touchpoints]
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["emotion", "rename", "pain", "move", "drop_action",
                                   "drop_tp", "share", "reorder", "owner", "add_action"]))
        if op == "emotion" and tps:
            draw(st.sampled_from(tps)).emotion = draw(st.integers(-3, 3))
        elif op == "rename" and tps:
            draw(st.sampled_from(tps)).name = draw(st.sampled_from(["A", "B", "退款"]))
        elif op == "pain" and tps:
            t = draw(st.sampled_from(tps))
            t.pain_points = draw(st.lists(st.sampled_from(["slow", "rude", "lost", *t.pain_points]),
                                          unique=True, max_size=4))
        elif op == "move" and tps:
            t = draw(st.sampled_from(tps))
            t.x, t.y = draw(st.sampled_from([0.0, 10.0, None])), draw(st.sampled_from([5.0, None]))
        elif op == "drop_action" and p.actions:
            p.actions.pop(draw(st.integers(0, len(p.actions) - 1)))
        elif op == "owner" and p.actions:
            draw(st.sampled_from(p.actions)).owner = draw(st.sampled_from(["x", "y"]))
        elif op == "add_action" and tps and p.channels:
            p.actions.append(CareAction(f"act-new-{draw(st.integers(0, 3))}-{len(p.actions)}-{_}",
                                        draw(st.sampled_from(tps)).id,
                                        [], p.channels[0].id, "New", trigger=Trigger("offset", days=1)))
        elif op == "drop_tp" and tps:
            _drop_touchpoint(p, draw(st.sampled_from(tps)).id)
            tps = [t for j in p.journeys for t in j.touchpoints]
        elif op == "share" and p.tiers:
            tier = draw(st.sampled_from(p.tiers))
            room = 1 - sum(t.share for t in p.tiers if t is not tier)
            tier.share = max(0.0, min(room, draw(st.floats(0, 1))))
        elif op == "reorder" and p.journeys:
            p.journeys[0].stages.reverse()
    return p


def _drop_touchpoint(p: Project, tp_id: str) -> None:
    for j in p.journeys:
        j.touchpoints = [t for t in j.touchpoints if t.id != tp_id]
        j.transitions = [t for t in j.transitions if tp_id not in (t.source, t.target)]
        j.entries = [i for i in j.entries if i != tp_id]
        j.exits = [i for i in j.exits if i != tp_id]
    p.actions = [a for a in p.actions if a.touchpoint != tp_id]


@st.composite
def base_and_edits(draw) -> tuple[Project, Project, Project]:
    base = draw(projects())
    return base, draw(edited(base)), draw(edited(base))


PROPERTY = settings(max_examples=120, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@PROPERTY
@given(base_and_edits())
def test_merging_with_an_unchanged_side_gives_the_other_side(versions3) -> None:
    base, x, _ = versions3
    for result in (merge_projects(base, x, copy.deepcopy(base)),
                   merge_projects(base, copy.deepcopy(base), x),
                   merge_projects(base, x, copy.deepcopy(x))):
        assert result.clean
        assert result.project == x


@PROPERTY
@given(base_and_edits())
def test_any_two_edits_merge_into_a_valid_project(versions3) -> None:
    base, x, y = versions3
    assert validate(x) == [] and validate(y) == []
    result = merge_projects(base, x, y)
    assert [str(p) for p in validate(result.project)] == []
    # what only theirs changed arrives, what only ours changed stays
    merged_tps = {t.id: t for j in result.project.journeys for t in j.touchpoints}
    conflicted = {c.id for c in result.conflicts}
    for side, other in ((x, y), (y, x)):
        base_tps = {t.id: t for j in base.journeys for t in j.touchpoints}
        other_tps = {t.id: t for j in other.journeys for t in j.touchpoints}
        for j in side.journeys:
            for t in j.touchpoints:
                b, o = base_tps.get(t.id), other_tps.get(t.id)
                if (b is not None and o is not None and o.emotion == b.emotion
                        and t.id in merged_tps and t.id not in conflicted):
                    assert merged_tps[t.id].emotion == t.emotion
