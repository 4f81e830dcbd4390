"""Every gap kind of design.md on a small hand-built plan: found where it should be, with
the figures worked out here, and gone (with no false gap in its place) once fixed."""

from __future__ import annotations

import math

import pytest
from plans import act, cover_all, everyone, plan, tier

from journey_designer.analysis import analyze
from journey_designer.domain import CareAction, Settings, Trigger


def kinds(project, tier_name: str | None = None) -> list[tuple[str, str | None, str | None]]:
    return [(g.kind, g.tier, g.touchpoint) for g in analyze(project, tier_name).gaps]


def only(project, kind: str):
    return analyze(project).gaps_of(kind)


# ---------------------------------------------------------------- uncovered_moment_of_truth


def refund_plan(*gold_actions: CareAction):
    # 18 % of customers get to the refund; Silver and Bronze hear from us there. Gold gets
    # a welcome call on top, so that it does not cost less than the tiers worth less.
    return plan("A>B:0.18 A>Z:0.82 B>Z:1",
                touchpoints={"B": {"name": "Refund approved", "moment_of_truth": True,
                                   "stage": "st-2"}},
                actions=[everyone("A"), act("A", "gold"), act("B", "silver", "bronze"),
                         everyone("Z"), *gold_actions])


def test_uncovered_moment_of_truth() -> None:
    [gap] = analyze(refund_plan()).gaps
    assert (gap.kind, gap.severity, gap.tier, gap.touchpoint, gap.stage, gap.journey) == (
        "uncovered_moment_of_truth", "critical", "Gold", "Refund approved", "Stage 2", "Journey")
    assert gap.message == ("Gold customers hear nothing at the moment of truth "
                           "'Refund approved' (reached by 18 % of customers)")
    assert gap.figure == pytest.approx(0.18)
    assert gap.channel is None and gap.action is None


def test_moment_of_truth_covered_for_gold() -> None:
    assert analyze(refund_plan(act("B", "gold"))).gaps == ()


def test_an_action_listing_no_tier_covers_nobody() -> None:
    result = analyze(refund_plan(act("B")))
    assert [g.kind for g in result.gaps] == ["uncovered_moment_of_truth"]
    assert [n.kind for n in result.notes] == ["action_without_tier"]


# ---------------------------------------------------------------- uncovered_pain_point


def pain_plan(purpose: str, **tp):
    return plan("A>B:1 B>Z:1", touchpoints={"B": tp},
                actions=[everyone("A"), everyone("B", purpose=purpose), everyone("Z")])


def test_pain_point_with_only_marketing() -> None:
    gaps = only(pain_plan("marketing", pain_points=["Long wait"]), "uncovered_pain_point")
    assert [(g.tier, g.touchpoint, g.severity) for g in gaps] == [
        ("Gold", "B", "high"), ("Silver", "B", "high"), ("Bronze", "B", "high")]
    assert gaps[0].message == ("Gold customers get no service action at 'B', a pain point "
                               "('Long wait'); only marketing reaches them there "
                               "(reached by 100 % of customers)")


@pytest.mark.parametrize("emotion, expected", [(-2, 3), (-3, 3), (-1, 0), (0, 0)])
def test_strong_negative_emotion_counts_as_pain(emotion: int, expected: int) -> None:
    gaps = only(pain_plan("marketing", emotion=emotion), "uncovered_pain_point")
    assert len(gaps) == expected
    if expected:
        assert f"where customers feel bad (emotion {emotion})" in gaps[0].message


def test_pain_point_with_a_service_action() -> None:
    assert analyze(pain_plan("service", pain_points=["Long wait"], emotion=-3)).gaps == ()


# ---------------------------------------------------------------- care_silence


def chain_plan(*actions: CareAction, limit: int = 3, edges: str = "A>B:1 B>C:1 C>D:1 D>E:1 E>Z:1"):
    return plan(edges, settings=Settings(care_silence_limit=limit), actions=list(actions))


def test_care_silence_of_four_touchpoints() -> None:
    # Gold hears nothing at B, C, D, E: 4 in a row, more than the limit of 3;
    # Silver and Bronze hear from us at C, so their runs are B (1) and D-E (2)
    project = chain_plan(everyone("A"), act("A", "gold"), act("C", "silver", "bronze"),
                         everyone("Z"))
    [gap] = analyze(project).gaps
    assert (gap.kind, gap.severity, gap.tier, gap.touchpoint, gap.figure) == (
        "care_silence", "medium", "Gold", "B", 4)
    assert gap.message == ("Gold customers hear nothing for 4 touchpoints in a row, "
                           "from 'B' to 'E' (the limit is 3)")


def test_care_silence_fixed_by_an_action_in_the_middle() -> None:
    project = chain_plan(everyone("A"), act("C", "silver", "bronze"), act("D", "gold"),
                         everyone("Z"))
    assert analyze(project).gaps == ()


def test_a_run_as_long_as_the_limit_is_no_gap() -> None:
    assert analyze(chain_plan(everyone("A"), everyone("Z"), limit=4)).gaps == ()


def test_care_silence_from_an_entry() -> None:
    project = chain_plan(everyone("E"), everyone("Z"))  # A, B, C, D are silent
    gaps = only(project, "care_silence")
    assert [(g.tier, g.touchpoint, g.figure) for g in gaps] == [
        ("Gold", "A", 4), ("Silver", "A", 4), ("Bronze", "A", 4)]


def test_a_silent_loop_is_unbounded() -> None:
    # B -> C -> B ... half of C's customers go round again: they may never hear from us
    edges = "A>B:1 B>C:1 C>B:0.5 C>Z:0.5"
    gaps = only(chain_plan(everyone("A"), everyone("Z"), edges=edges), "care_silence")
    assert [(g.tier, g.touchpoint) for g in gaps] == [("Gold", "B"), ("Silver", "B"),
                                                      ("Bronze", "B")]
    assert math.isinf(gaps[0].figure)
    assert "can go round a loop without hearing from us, from 'B' on" in gaps[0].message
    fixed = chain_plan(everyone("A"), everyone("C"), everyone("Z"), edges=edges)
    assert only(fixed, "care_silence") == ()


def test_a_run_leading_into_a_silent_loop_is_unbounded() -> None:
    edges = "A>B:1 B>C:1 C>D:1 D>C:0.5 D>Z:0.5"
    [gap, *_] = only(chain_plan(everyone("A"), everyone("Z"), edges=edges, limit=5),
                     "care_silence")
    assert gap.touchpoint == "B" and math.isinf(gap.figure)


def test_each_maximal_run_is_reported_once_at_its_start() -> None:
    edges = "A>B:1 B>C:1 C>D:1 D>E:1 E>F:1 F>G:1 G>H:1 H>I:1 I>Z:1"
    project = chain_plan(act("A", "gold"), act("E", "gold"), act("Z", "gold"), edges=edges,
                         limit=2)
    project.tiers = project.tiers[:1]
    assert [(g.touchpoint, g.figure) for g in only(project, "care_silence")] == [
        ("B", 3), ("F", 4)]


# ---------------------------------------------------------------- contact_fatigue


def fatigue_plan(c_day: float, *extra: CareAction, a_to_b: float = 1.0):
    gold = tier("Gold", 1.0, 1000, max_contacts_per_window=2)
    edges = f"A>B:{a_to_b} B>C:1 C>Z:1" + ("" if a_to_b == 1 else f" A>Z:{1 - a_to_b}")
    return plan(edges, tiers=[gold], settings=Settings(fatigue_window_days=7),
                touchpoints={"A": {"day": 0}, "B": {"day": 3}, "C": {"day": c_day},
                             "Z": {"day": 20}},
                actions=[act(x, "gold") for x in "ABCZ"] + list(extra))


def test_contact_fatigue_three_contacts_in_a_week() -> None:
    [gap] = analyze(fatigue_plan(6)).gaps  # days 0, 3 and 6 all fall in [0, 7): everyone
    assert (gap.kind, gap.severity, gap.tier, gap.touchpoint, gap.figure) == (
        "contact_fatigue", "high", "Gold", "A", pytest.approx(1.0))
    assert gap.message == ("100 % of Gold customers get more than 2 contacts within 7 days in "
                           "'Journey' (exact); the worst path A → B → C → Z gives 3 from day 0 "
                           "('A') on")


def test_contact_fatigue_windows_are_half_open() -> None:
    assert analyze(fatigue_plan(7)).gaps == ()  # days 0 and 7 are not in one 7-day window


def test_contact_fatigue_counts_offsets() -> None:
    # a reminder 11 days before Z's day 20 lands on day 9: B (3), C (7) and it fall in [3, 10)
    reminder = act("Z", "gold", trigger=Trigger(type="offset", days=-11))
    [gap] = analyze(fatigue_plan(7, reminder)).gaps
    assert (gap.kind, gap.touchpoint, gap.figure) == ("contact_fatigue", "B", pytest.approx(1.0))
    assert "gives 3 from day 3 ('B') on" in gap.message


def test_contact_fatigue_counts_the_customers_over_the_cap_not_the_mean() -> None:
    # only half reach B and C: 1 + 0.5 + 0.5 = 2 expected contacts, not more than 2 on
    # average; but the half on A → B → C get 3 in a week
    result = analyze(fatigue_plan(6, a_to_b=0.5))
    assert result.fatigue[0].max_in_window == pytest.approx(2.0)
    [gap] = result.gaps
    assert (gap.kind, gap.figure) == ("contact_fatigue", pytest.approx(0.5))
    assert gap.message.startswith("50 % of Gold customers get more than 2 contacts")


# ---------------------------------------------------------------- marketing_in_service_recovery


def recovery_plan(purpose: str):
    offer = act("B", "gold", purpose=purpose, name="Upgrade offer")
    return plan("A>B:1 B>Z:1", touchpoints={"B": {"name": "Complaint", "recovery": True}},
                actions=[everyone("A"), everyone("B"), everyone("Z"), offer])


def test_marketing_in_service_recovery() -> None:
    [gap] = analyze(recovery_plan("marketing")).gaps
    assert (gap.kind, gap.severity, gap.tier, gap.touchpoint, gap.channel, gap.action) == (
        "marketing_in_service_recovery", "high", None, "Complaint", "SMS", "Upgrade offer")
    assert "keep offers out of complaints and refunds" in gap.message


def test_marketing_in_service_recovery_follows_the_tier_filter() -> None:
    project = recovery_plan("marketing")
    assert [g.kind for g in analyze(project, "Gold").gaps] == ["marketing_in_service_recovery"]
    assert analyze(project, "Silver").gaps == ()


def test_service_in_service_recovery_is_fine() -> None:
    assert analyze(recovery_plan("service")).gaps == ()


# ---------------------------------------------------------------- channel_overload


def phone_plan(monthly_entries: float):
    # everyone gets a phone call at A (reached by all): monthly_entries / 30 calls a day
    return plan("A>Z:1", monthly_entries=monthly_entries,
                actions=[everyone("A", channel="phone"), everyone("Z")])


def test_channel_overload() -> None:
    [gap] = analyze(phone_plan(3300)).gaps  # 110 calls a day, capacity 100
    assert (gap.kind, gap.severity, gap.channel, gap.touchpoint, gap.tier, gap.stage) == (
        "channel_overload", "high", "Phone", None, None, None)
    assert gap.figure == pytest.approx(110)
    assert gap.message == ("'Phone' is expected to take 110 contacts a day, more than its "
                           "capacity of 100 (110 %); most of them at 'A' (110 a day)")


def test_channel_at_capacity_is_not_overloaded() -> None:
    result = analyze(phone_plan(3000))
    assert result.gaps == ()
    phone = next(c for c in result.channels if c.channel == "Phone")
    assert phone.expected_daily_load == pytest.approx(100) and phone.utilisation == pytest.approx(1)


# ---------------------------------------------------------------- value_mismatch


def value_plan(*extra: CareAction):
    return plan("A>Z:1", actions=[everyone("A"), everyone("Z"), *extra])


def test_value_mismatch() -> None:
    # Bronze (worth 100) costs 0.1 + 0.1 + a 5.0 call; Gold (worth 1,000) costs 0.2
    [gap] = analyze(value_plan(act("Z", "bronze", channel="phone"))).gaps
    assert (gap.kind, gap.severity, gap.tier, gap.touchpoint) == (
        "value_mismatch", "medium", "Bronze", None)
    assert gap.figure == pytest.approx(5.2)
    assert gap.message == ("Care for a Bronze customer costs 5.20, more than for a Gold "
                           "customer (0.20) who is worth 1,000 against 100")


def test_value_matched_when_richer_tiers_get_as_much() -> None:
    assert analyze(value_plan(everyone("Z", channel="phone"))).gaps == ()


def test_an_action_cost_overrides_the_channel_cost() -> None:
    result = analyze(value_plan(act("Z", "bronze", channel="phone", cost=0.0)))
    assert result.gaps == ()
    assert {v.tier: v.care_cost_per_customer for v in result.value} == pytest.approx(
        {"Gold": 0.2, "Silver": 0.2, "Bronze": 0.2})


# ---------------------------------------------------------------- missing_human_touch


def human_plan(*extra: CareAction):
    project = plan("A>B:1 B>Z:1", touchpoints={"B": {"moment_of_truth": True}},
                   actions=[everyone("A"), everyone("B"), everyone("Z"), *extra])
    project.tiers[0].human_touch_at_mot = True  # Gold
    return project


def test_missing_human_touch() -> None:
    [gap] = analyze(human_plan()).gaps
    assert (gap.kind, gap.severity, gap.tier, gap.touchpoint) == (
        "missing_human_touch", "high", "Gold", "B")
    assert "Gold customers meet no person at the moment of truth 'B'" in gap.message


def test_human_touch_given() -> None:
    assert analyze(human_plan(act("B", "gold", channel="phone"))).gaps == ()


# ---------------------------------------------------------------- unreachable_touchpoint


def test_unreachable_touchpoint() -> None:
    # X hangs on the map with no transition to or from it
    project = cover_all(plan("A>Z:1", extra="X"))
    assert kinds(project) == [("unreachable_touchpoint", None, "X"), ("dead_end", None, "X")]
    [gap] = only(project, "unreachable_touchpoint")
    assert gap.severity == "high"
    assert gap.message == ("No customer can reach 'X' (stage 'Stage 1'): no transition with a "
                           "share leads there from an entry of 'Journey'")


def test_a_transition_with_no_share_does_not_reach() -> None:
    project = cover_all(plan("A>Z:1 A>X:0 X>Z:1"))
    assert kinds(project) == [("unreachable_touchpoint", None, "X")]


def test_connected_card_and_second_entry_are_reachable() -> None:
    assert analyze(cover_all(plan("A>Z:0.5 A>X:0.5 X>Z:1"))).gaps == ()
    assert analyze(cover_all(plan("A>Z:1 X>Z:1", entries="A X"))).gaps == ()


# ---------------------------------------------------------------- dead_end


def test_dead_end() -> None:
    project = cover_all(plan("A>B:0.5 A>Z:0.5"))  # B leads nowhere and is not an exit
    [gap] = analyze(project).gaps
    assert (gap.kind, gap.severity, gap.tier, gap.touchpoint) == ("dead_end", "medium", None, "B")
    assert gap.message == ("Customers at 'B' (stage 'Stage 1') cannot go on to an exit of "
                           "'Journey': it is not an exit and no path leads from it to one")


def test_a_loop_without_a_way_to_an_exit_is_a_dead_end() -> None:
    project = cover_all(plan("A>B:0.5 A>Z:0.5 B>C:0.9 C>B:0.9"))
    for t in project.tiers:
        t.max_contacts_per_window = 50  # B and C are visited 2.6 and 2.4 times
    assert kinds(project) == [("dead_end", None, "B"), ("dead_end", None, "C")]


def test_drop_outs_are_not_dead_ends() -> None:
    assert analyze(cover_all(plan("A>B:0.4 B>Z:0.3"))).gaps == ()  # the rest drops out


def test_a_journey_without_exits() -> None:
    gaps = only(cover_all(plan("A>B:1", exits="")), "dead_end")
    assert [g.touchpoint for g in gaps] == ["A", "B"]
    assert "'Journey' has no exit" in gaps[0].message


# ---------------------------------------------------------------- orphan_action


@pytest.mark.parametrize("field, value, words", [
    ("touchpoint", "nowhere", "touchpoint 'nowhere', which does not exist"),
    ("tiers", ["ghost"], "tier 'ghost', which does not exist"),
    ("channel", "fax", "channel 'fax', which does not exist"),
])
def test_orphan_action(field: str, value: object, words: str) -> None:
    project = cover_all(plan("A>Z:1"))
    orphan = act("A", "gold", name="Ghost")
    setattr(orphan, field, value)
    project.actions.append(orphan)
    [gap] = analyze(project).gaps
    assert (gap.kind, gap.severity, gap.tier, gap.action) == ("orphan_action", "high", None, "Ghost")
    assert gap.message == f"Action 'Ghost' refers to {words}"
    assert gap.touchpoint == (None if field == "touchpoint" else "A")
    project.actions.remove(orphan)
    assert analyze(project).gaps == ()


def test_an_action_on_a_missing_channel_covers_nothing() -> None:
    project = plan("A>Z:1", touchpoints={"A": {"moment_of_truth": True}},
                   actions=[everyone("A", channel="fax"), everyone("Z")])
    assert sorted({g.kind for g in analyze(project).gaps}) == [
        "orphan_action", "uncovered_moment_of_truth"]


def test_an_action_with_one_missing_tier_still_covers_the_others() -> None:
    project = cover_all(plan("A>Z:1", touchpoints={"A": {"moment_of_truth": True}}))
    project.actions = [act("A", "gold", "silver", "bronze", "ghost"), everyone("Z")]
    assert [g.kind for g in analyze(project).gaps] == ["orphan_action"]


# ---------------------------------------------------------------- ordering and scope


def test_gaps_are_ordered_by_severity() -> None:
    project = refund_plan()
    project.journeys[0].touchpoints[1].pain_points = ["slow"]
    project.journeys[0].touchpoints.append(
        type(project.journeys[0].touchpoints[0])(id="X", stage="st-1", name="X"))
    severities = [g.severity for g in analyze(project).gaps]
    assert severities == sorted(severities, key=["critical", "high", "medium", "low"].index)
    assert severities[0] == "critical"
