"""Any project analyses: the samples, random valid projects and broken ones; the JSON
matches the schema; a reused Analyzer gives what a fresh analysis gives."""

from __future__ import annotations

import copy
import json
import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from plans import act, cover_all, plan
from schemas import check_analyze, check_diff
from strategies import projects

from journey_designer.analysis import GAP_KINDS, Analyzer, analyze
from journey_designer.analysis.diff import diff_projects
from journey_designer.analysis.json_report import analysis_json, diff_json
from journey_designer.analysis.report import analysis_text, diff_text
from journey_designer.domain import Project, Transition
from journey_designer.io.project_file.by_name import load_any
from journey_designer.io.project_file.samples import SAMPLES_DIR

SAMPLES = sorted([*SAMPLES_DIR.glob("*.json"), *SAMPLES_DIR.glob("*.journey")])


def as_json_text(project: Project, tier: str | None = None) -> str:
    return json.dumps(analysis_json(analyze(project, tier)), allow_nan=False, ensure_ascii=False)


def text_of(project: Project) -> str:
    return analysis_text(analyze(project), journeys=len(project.journeys), actions=0,
                         touchpoints=0)


def test_there_are_samples() -> None:
    assert SAMPLES, f"no sample projects in {SAMPLES_DIR}"


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_every_sample_analyses(path: Path) -> None:
    project = load_any(path)
    result = analyze(project)
    check_analyze(json.loads(as_json_text(project)))
    assert "Coverage" in text_of(project)
    assert {g.kind for g in result.gaps} <= set(GAP_KINDS)
    assert not [n for n in result.notes if n.kind == "never_ending_loop"]
    assert all(math.isfinite(f.expected_visits) for f in result.flow)
    for tier in project.tiers:
        one = analyze(project, tier.name)
        assert {g.tier for g in one.gaps} <= {tier.name, None}
        check_analyze(json.loads(as_json_text(project, tier.name)))


def test_names_used_twice_keep_their_own_keys() -> None:
    project = cover_all(plan("A>B:1 B>Z:1", touchpoints={"A": {"name": "Hotline"},
                                                          "B": {"name": "Hotline"}}))
    project.tiers[1].name = "Gold"
    document = json.loads(as_json_text(project))
    check_analyze(document)
    assert len(document["flow"]) == 3 and len(document["coverage"]) == 3
    assert "Hotline [A]" in document["flow"] and "Gold [silver]" in document["coverage"]


def test_json_of_a_never_ending_loop_has_no_infinity() -> None:
    project = plan("A>B:0.5 A>Z:0.5 B>C:1 C>B:1", actions=[act("A", "gold")])
    document = json.loads(as_json_text(project))
    check_analyze(document)
    assert document["flow"]["B"] == {**document["flow"]["B"], "expected_visits": None,
                                     "never_ending": True}
    assert [n["kind"] for n in document["notes"]] == ["never_ending_loop"]


def test_a_broken_project_is_analysed_not_refused() -> None:
    project = cover_all(plan("A>B:1 B>Z:1"))
    journey = project.journeys[0]
    journey.transitions += [Transition("B", "ghost", 0.5), Transition("A", "B", 0.3)]
    journey.entries.append("ghost")
    journey.touchpoints.append(copy.deepcopy(journey.touchpoints[0]))  # a repeated id
    project.actions.append(act("ghost", "gold", channel="fax"))
    twin = copy.deepcopy(project.tiers[0])  # a repeated tier id and name
    twin.share = twin.value_per_customer = 0
    project.tiers.append(twin)
    document = json.loads(as_json_text(project))
    check_analyze(document)
    assert [g["kind"] for g in document["gaps"]] == ["orphan_action"]
    assert list(document["coverage"]) == ["Gold #1", "Silver", "Bronze", "Gold #4"]


def test_diff_json_matches_its_schema() -> None:
    old = cover_all(plan("A>B:1 B>Z:1"))
    new = copy.deepcopy(old)
    new.journeys[0].touchpoints[1].moment_of_truth = True
    new.actions.pop()
    document = diff_json(diff_projects(old, new))
    check_diff(json.loads(json.dumps(document, allow_nan=False)))
    assert "Touchpoints" in diff_text(diff_projects(old, new))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects())
def test_any_valid_project_analyses_and_validates(project: Project) -> None:
    check_analyze(json.loads(as_json_text(project)))
    text_of(project)


@st.composite
def edits(draw, project: Project):
    """An edit a user could make: a share, a transition, an action, a card."""
    journeys = [j for j in project.journeys if j.touchpoints]
    choice = draw(st.sampled_from(["share", "drop", "action", "emotion", "unaction"]))
    if not journeys:
        return lambda: None
    journey = draw(st.sampled_from(journeys))
    if choice == "share" and journey.transitions:
        tr = draw(st.sampled_from(journey.transitions))
        share = draw(st.sampled_from([0.0, 0.5, 1.0]))
        return lambda: setattr(tr, "share", min(share, tr.share))
    if choice == "drop" and journey.transitions:
        return journey.transitions.pop
    if choice == "action" and project.tiers and project.channels:
        tp = draw(st.sampled_from(journey.touchpoints))
        new = act(tp.id, project.tiers[0].id, channel=project.channels[0].id)
        return lambda: project.actions.append(new)
    if choice == "unaction" and project.actions:
        return project.actions.pop
    tp = draw(st.sampled_from(journey.touchpoints))
    return lambda: setattr(tp, "emotion", -3 if tp.emotion > -3 else 0)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_reused_analyzer_gives_what_a_fresh_one_gives(data) -> None:
    project = data.draw(projects())
    analyzer = Analyzer()
    analyzer.analyze(project)
    for _ in range(3):
        data.draw(edits(project))()
        assert analyzer.analyze(project) == analyze(project)
