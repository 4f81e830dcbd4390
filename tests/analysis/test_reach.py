"""Reach: expected visits per customer from the absorbing Markov chain of the shares."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest
from plans import plan

from journey_designer.analysis import analyze, reach
from journey_designer.analysis.graph import build_graph
from journey_designer.analysis.reach import expected_visits
from journey_designer.domain import Journey, Stage, Touchpoint, Transition


def visits(project) -> dict[str, float]:
    return {f.touchpoint: f.expected_visits for f in analyze(project).flow}


def test_a_chain_with_drop_outs() -> None:
    # 30 % drop out after A, half of the rest after B
    v = visits(plan("A>B:0.7 B>Z:0.5"))
    assert v == pytest.approx({"A": 1.0, "B": 0.7, "Z": 0.35})


def test_a_loop_is_visited_more_than_once() -> None:
    # A -> B always; from B half go back to A, half leave: A and B are visited 2 times
    v = visits(plan("A>B:1 B>A:0.5 B>Z:0.5"))
    assert v == pytest.approx({"A": 2.0, "B": 2.0, "Z": 1.0})


def test_a_self_loop() -> None:
    v = visits(plan("A>A:0.75 A>Z:0.25"))
    assert v == pytest.approx({"A": 4.0, "Z": 1.0})


def test_customers_are_spread_evenly_over_two_entries() -> None:
    v = visits(plan("A>C:1 B>C:0.5 C>Z:1", entries="A B"))
    assert v == pytest.approx({"A": 0.5, "B": 0.5, "C": 0.75, "Z": 0.75})


def test_unreachable_card_has_no_visits() -> None:
    result = analyze(plan("A>Z:1", extra="X"))
    flow = {f.touchpoint: f for f in result.flow}
    assert flow["X"].expected_visits == 0 and not flow["X"].reachable


def test_zero_share_transition_is_no_path() -> None:
    flow = {f.touchpoint: f for f in analyze(plan("A>Z:1 A>X:0")).flow}
    assert not flow["X"].reachable


def test_a_loop_that_never_ends_is_reported_not_looped_for_ever() -> None:
    # everyone who reaches B or C goes round B -> C -> B for ever
    project = plan("A>B:0.5 A>Z:0.5 B>C:1 C>B:1")
    result = analyze(project)
    v = {f.touchpoint: f.expected_visits for f in result.flow}
    assert math.isinf(v["B"]) and math.isinf(v["C"])
    assert v["A"] == 1.0 and v["Z"] == pytest.approx(0.5)
    [note] = [n for n in result.notes if n.kind == "never_ending_loop"]
    assert set(note.touchpoint_ids) == {"B", "C"}
    assert "go round for ever" in note.message


def test_a_closed_loop_nobody_reaches_is_not_a_never_ending_loop() -> None:
    result = analyze(plan("A>Z:1 B>C:1 C>B:1", extra="B"))
    assert not [n for n in result.notes if n.kind == "never_ending_loop"]
    assert {f.touchpoint: f.expected_visits for f in result.flow}["B"] == 0


def test_shares_slightly_over_one_are_scaled_and_broken_transitions_ignored() -> None:
    project = plan("A>B:0.6000001 A>Z:0.4 B>Z:1")
    project.journeys[0].transitions.append(Transition("A", "nowhere", 0.5))
    v = visits(project)
    assert v["B"] == pytest.approx(0.6, abs=1e-6)
    assert v["Z"] == pytest.approx(1.0, abs=1e-6)  # nobody is created by rounding


# ---------------------------------------------------------------- against simulation


def random_journey(seed: int, n: int = 25) -> Journey:
    """A random journey with loops and drop-outs: every touchpoint keeps ≤ 95 % of its customers."""
    rng = random.Random(seed)
    ids = [f"t{i}" for i in range(n)]
    transitions = []
    for source in ids:
        targets = rng.sample(range(n), rng.randint(1, 4))
        raw = [rng.random() for _ in targets]
        keep = rng.uniform(0.6, 0.95)
        transitions += [Transition(source, ids[t], keep * r / sum(raw))
                        for t, r in zip(targets, raw, strict=True)]
    return Journey(id="j", name="Random", stages=[Stage("s", "S")],
                   touchpoints=[Touchpoint(id=i, stage="s", name=i) for i in ids],
                   transitions=transitions, entries=["t0", "t1"], exits=[ids[-1]])


def simulate(journey: Journey, customers: int, seed: int) -> np.ndarray:
    """Walk `customers` through the journey: visits of each touchpoint, per customer."""
    graph = build_graph(journey)
    n = graph.size
    cumulative = np.zeros((n, n + 1))
    for s, t, q in zip(graph.src, graph.tgt, graph.share, strict=True):
        cumulative[s, t] += q
    cumulative = np.cumsum(cumulative, axis=1)
    cumulative[:, n] = 1.0  # column n: dropping out
    rng = np.random.default_rng(seed)
    who = np.arange(customers)
    where = rng.choice(np.array(graph.entries), size=customers)
    counts = np.zeros((customers, n))
    while len(where):
        np.add.at(counts, (who, where), 1)
        nxt = (rng.random(len(where))[:, None] >= cumulative[where, :]).sum(axis=1)
        who, where = who[nxt < n], nxt[nxt < n]
    return counts


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_reach_matches_a_monte_carlo_walk(seed: int) -> None:
    journey = random_journey(seed)
    exact = expected_visits(build_graph(journey)).visits
    counts = simulate(journey, 20_000, seed)
    estimate = counts.mean(axis=0)
    standard_error = counts.std(axis=0) / np.sqrt(len(counts))
    assert np.all(np.abs(estimate - exact) <= 5 * standard_error + 1e-3), (estimate, exact)
    assert counts.max() >= 3  # loops really are taken, some of them more than once


# ---------------------------------------------------------------- the solvers agree


def big_loop(n: int, seed: int) -> tuple[Journey, np.ndarray]:
    """A strongly connected journey of `n` touchpoints and its dense exact answer."""
    rng = random.Random(seed)
    ids = [f"t{i}" for i in range(n)]
    q = np.zeros((n, n))
    for i in range(n):
        for t in {(i + 1) % n, rng.randrange(n), rng.randrange(n)}:
            q[i, t] += rng.uniform(0.1, 0.3)
    q *= 0.97 / np.maximum(q.sum(axis=1, keepdims=True), 0.97)
    journey = Journey(id="j", name="Loop", stages=[Stage("s", "S")],
                      touchpoints=[Touchpoint(id=i, stage="s", name=i) for i in ids],
                      transitions=[Transition(ids[i], ids[j], float(q[i, j]))
                                   for i in range(n) for j in range(n) if q[i, j] > 0],
                      entries=["t0"], exits=[ids[-1]])
    e = np.zeros(n)
    e[0] = 1.0
    return journey, np.linalg.solve((np.eye(n) - q).T, e)


def test_iterative_solver_matches_dense(monkeypatch) -> None:
    journey, expected = big_loop(600, seed=5)
    monkeypatch.setattr(reach, "DENSE_LIMIT", 10)
    result = expected_visits(build_graph(journey))
    assert not result.approximate
    assert np.allclose(result.visits, expected, rtol=1e-8, atol=1e-10)


def test_last_resort_iteration_matches_dense(monkeypatch) -> None:
    journey, expected = big_loop(300, seed=6)
    monkeypatch.setattr(reach, "DENSE_LIMIT", 10)
    monkeypatch.setattr(reach, "DENSE_FALLBACK_LIMIT", 10)
    monkeypatch.setattr(reach, "_bicgstab", lambda m, r, c, v, rhs: (np.full(m, np.nan), False))
    result = expected_visits(build_graph(journey))
    assert np.allclose(result.visits, expected, rtol=1e-6)
