"""Review (H12): an Analyzer kept across a whole sequence of edits — shares, touchpoints
added and removed, entries, loops, a tier's cap, an action's day, an undo back to an
earlier state, edits of the other journey — shows at every step exactly what a fresh
analysis of the project as it then is shows (no figure left over from an earlier state)."""

from __future__ import annotations

import copy

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from plans import act, plan, tier

from journey_designer.analysis import Analyzer, analyze, customers
from journey_designer.analysis.json_report import analysis_json
from journey_designer.domain import Journey, Stage, Touchpoint, Transition


def two_journeys():
    """Journey j-1 loops (simulated customers), j-2 does not (exact paths)."""
    gold = tier("Gold", 0.5, 1000, max_contacts_per_window=2)
    silver = tier("Silver", 0.5, 100, max_contacts_per_window=1)
    project = plan("A>B:0.6 A>C:0.4 B>D:0.5 C>D:1 D>A:0.3", exits="D", tiers=[gold, silver],
                   touchpoints={"A": {"day": 0}, "B": {"day": 2}, "C": {"day": 5}, "D": {"day": 6}},
                   actions=[act("A", "gold"), act("B", "gold", "silver"), act("B", "gold"),
                            act("C", "gold", "silver"), act("D", "gold")])
    second = Journey(id="j-2", name="Second", monthly_entries=500, stages=[Stage("s2", "S")],
                     touchpoints=[Touchpoint(id=x, stage="s2", name=x, day=float(i))
                                  for i, x in enumerate(["P", "Q", "R"])],
                     transitions=[Transition("P", "Q", 0.7), Transition("Q", "R", 0.9)],
                     entries=["P"], exits=["R"])
    project.journeys.append(second)
    project.actions += [act("P", "gold", "silver"), act("Q", "gold"), act("R", "silver")]
    return project


SHARES = [0.0, 0.05, 0.3, 0.6, 0.9, 1.0]
EDITS = st.one_of(
    st.tuples(st.just("share"), st.integers(0, 1), st.integers(0, 99), st.sampled_from(SHARES)),
    st.tuples(st.just("add card"), st.integers(0, 1), st.integers(0, 99), st.sampled_from(SHARES)),
    st.tuples(st.just("remove card"), st.integers(0, 1), st.integers(0, 99), st.just(0.0)),
    st.tuples(st.just("entry"), st.integers(0, 1), st.integers(0, 99), st.just(0.0)),
    st.tuples(st.just("loop"), st.integers(0, 1), st.integers(0, 99), st.sampled_from(SHARES)),
    st.tuples(st.just("cap"), st.integers(0, 1), st.integers(0, 3), st.just(0.0)),
    st.tuples(st.just("day"), st.integers(0, 1), st.integers(0, 99), st.sampled_from([0.0, 1.0, 3.0, 9.0])),
    st.tuples(st.just("undo"), st.integers(0, 1), st.integers(0, 99), st.just(0.0)),
)


def apply(project, history, edit) -> None:
    kind, j, n, value = edit
    journey = project.journeys[j]
    tps = journey.touchpoints
    if kind == "undo":
        if history:
            earlier = copy.deepcopy(history[n % len(history)])
            project.journeys[:], project.actions[:], project.tiers[:] = \
                earlier.journeys, earlier.actions, earlier.tiers
        return
    if kind == "cap":
        project.tiers[j].max_contacts_per_window = n
        return
    if not tps:
        return
    tp = tps[n % len(tps)]
    if kind == "share" and journey.transitions:
        journey.transitions[n % len(journey.transitions)].share = value
    elif kind == "add card":
        new = f"{tp.id}{len(tps)}"
        tps.append(Touchpoint(id=new, stage=tp.stage, name=new, day=tp.day))
        journey.transitions.append(Transition(tp.id, new, value))
        project.actions.append(act(new, "gold", "silver"))
    elif kind == "remove card" and len(tps) > 1:
        tps.remove(tp)
        journey.transitions[:] = [t for t in journey.transitions if tp.id not in (t.source, t.target)]
        journey.entries[:] = [e for e in journey.entries if e != tp.id] or [tps[0].id]
        journey.exits[:] = [e for e in journey.exits if e != tp.id]
        project.actions[:] = [a for a in project.actions if a.touchpoint != tp.id]
    elif kind == "entry":
        if tp.id in journey.entries and len(journey.entries) > 1:
            journey.entries.remove(tp.id)
        elif tp.id not in journey.entries:
            journey.entries.append(tp.id)
    elif kind == "loop":
        back = tps[(n // 7) % len(tps)]
        found = [t for t in journey.transitions if (t.source, t.target) == (tp.id, back.id)]
        if found:
            journey.transitions.remove(found[0])
        else:
            journey.transitions.append(Transition(tp.id, back.id, value))
        total = sum(t.share for t in journey.transitions if t.source == tp.id)
        if total > 1:
            for t in journey.transitions:
                if t.source == tp.id:
                    t.share = t.share / total
    elif kind == "day":
        tp.day = value


@pytest.fixture()
def few_customers(monkeypatch):
    monkeypatch.setattr(customers, "SIMULATED", 3_000)  # the same engine, quicker walks


@settings(max_examples=50, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(EDITS, min_size=1, max_size=8))
def test_after_every_edit_of_a_sequence_the_figures_are_those_of_a_fresh_analysis(
        few_customers, edits) -> None:
    project = two_journeys()
    analyzer = Analyzer()
    analyzer.analyze(project)
    history = [copy.deepcopy(project)]
    for step, edit in enumerate(edits):
        apply(project, history, edit)
        history.append(copy.deepcopy(project))
        kept = analysis_json(analyzer.analyze(project))
        fresh = analysis_json(analyze(project))
        assert kept == fresh, f"after edit {step}: {edit}"
        if step % 3 == 2:  # a tier's own view, from the same analyzer
            assert analysis_json(analyzer.analyze(project, tier="Silver")) == \
                analysis_json(analyze(project, tier="Silver"))
