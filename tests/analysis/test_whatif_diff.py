"""What-if on a modified copy, and the difference between two versions of a project."""

from __future__ import annotations

import copy

from plans import act, everyone, plan

from journey_designer.analysis.diff import diff_projects
from journey_designer.analysis.whatif import what_if
from journey_designer.domain import Touchpoint, Transition


def refund_plan():
    return plan("A>B:0.18 A>Z:0.82 B>Z:1",
                touchpoints={"B": {"name": "Refund approved", "moment_of_truth": True}},
                actions=[everyone("A"), act("A", "gold"), act("B", "silver", "bronze"),
                         everyone("Z")])


def test_what_if_an_action_is_added() -> None:
    project = refund_plan()
    before = copy.deepcopy(project)
    change = what_if(project, lambda p: p.actions.append(act("B", "gold")))
    assert [g.kind for g in change.gaps_resolved] == ["uncovered_moment_of_truth"]
    assert change.gaps_added == () and (change.gaps_before, change.gaps_after) == (1, 0)
    gold = next(c for c in change.coverage if c.tier == "Gold")
    assert (gold.covered_delta, gold.mot_covered_delta) == (1, 1)
    assert project == before  # the project itself is untouched


def test_what_if_a_share_changes() -> None:
    # 6,000 entries a month = 200 a day; a call at B for everyone: 200 × share of A -> B
    project = plan("A>B:0.5 A>Z:0.5 B>Z:1", monthly_entries=6000,
                   actions=[everyone("A"), everyone("B", channel="phone"), everyone("Z")])

    def more_to_b(p) -> None:
        p.journeys[0].transitions[0].share = 0.6
        p.journeys[0].transitions[1].share = 0.4

    change = what_if(project, more_to_b)
    assert [(g.kind, g.channel) for g in change.gaps_added] == [("channel_overload", "Phone")]
    assert change.after.channels[1].expected_daily_load > change.before.channels[1].expected_daily_load


def test_what_if_nothing_changes() -> None:
    change = what_if(refund_plan(), lambda p: None)
    assert change.unchanged


def test_diff_lists_changes_by_name_and_their_effect() -> None:
    old = refund_plan()
    new = copy.deepcopy(old)
    journey = new.journeys[0]
    journey.touchpoints[1].emotion = -2
    journey.touchpoints[0].x = 120.0
    journey.touchpoints.append(Touchpoint(id="Y", stage="st-1", name="Survey"))
    journey.transitions[0].share = 0.25
    journey.transitions[1].share = 0.75
    journey.transitions.append(Transition("B", "Y", 0.0))
    del journey.transitions[2]
    new.actions[2].channel = "phone"
    new.actions.append(act("B", "gold", name="Refund call", channel="phone"))
    del new.actions[1]
    diff = diff_projects(old, new)

    def summary(what: str) -> list[tuple[str, str, tuple[str, ...]]]:
        return [(c.change, c.name, c.details) for c in diff.of(what)]

    assert summary("touchpoint") == [  # in the order of the new version
        ("changed", "A", ("moved on the map",)),
        ("changed", "Refund approved", ("emotion: 0 → -2",)),
        ("added", "Survey", ()),
    ]
    assert summary("transition") == [
        ("removed", "Refund approved → Z", ("share 100 %",)),
        ("changed", "A → Refund approved", ("share: 18 % → 25 %",)),
        ("changed", "A → Z", ("share: 82 % → 75 %",)),
        ("added", "Refund approved → Survey", ("share 0 %",)),
    ]
    actions = summary("action")
    assert ("added", "Refund call at Refund approved", ()) in actions
    assert [a[0] for a in actions if a[0] == "removed"] == ["removed"]
    assert ("changed", f"{new.actions[1].name} at Refund approved",
            ("channel: 'SMS' → 'Phone'",)) in actions
    resolved = {g.kind for g in diff.analysis.gaps_resolved}
    added = {(g.kind, g.touchpoint) for g in diff.analysis.gaps_added}
    assert "uncovered_moment_of_truth" in resolved
    assert ("dead_end", "Refund approved") in added and ("dead_end", "Survey") in added


def test_diff_of_identical_projects() -> None:
    project = refund_plan()
    diff = diff_projects(project, copy.deepcopy(project))
    assert diff.changes == () and diff.analysis.unchanged
