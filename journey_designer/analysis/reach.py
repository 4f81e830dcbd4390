"""Expected visits per customer: the absorbing Markov chain of the transition shares.

With Q the (sub-stochastic) matrix of shares and e the entry distribution (customers
spread evenly over the entries), the expected visits are N = e (I - Q)^-1. It is solved
one strongly connected component at a time, in topological order of the condensation:
exact, and fast because most components are single touchpoints. A large component is
solved iteratively (preconditioned BiCGSTAB, with a residual check and fallbacks).

A component whose shares never leave it (a loop with no way out) makes I - Q singular:
customers who get there go round for ever. Its touchpoints get infinite visits and the
loop is returned so the analysis can report it; nothing downstream is affected, since no
share leaves such a loop.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from journey_designer.analysis.graph import JourneyGraph, component_order

CLOSED_TOLERANCE = 1e-9  # a loop keeping more than 1 - this of its customers never ends
DENSE_LIMIT = 400  # components up to this size are solved directly
DENSE_FALLBACK_LIMIT = 4000
RESIDUAL_TOLERANCE = 1e-11
MAX_ITERATIONS = 5000

Operator = Callable[[np.ndarray], np.ndarray]


@dataclass(frozen=True, slots=True, eq=False)
class Visits:
    """Expected visits per touchpoint, the loops that never end, and whether it is exact."""

    visits: np.ndarray
    never_ending: tuple[tuple[int, ...], ...]
    approximate: bool


def expected_visits(graph: JourneyGraph) -> Visits:
    """Solve the chain of `graph` component by component."""
    n = graph.size
    inflow = [0.0] * n
    for entry in graph.entries:
        inflow[entry] += 1.0 / len(graph.entries)
    visits = np.zeros(n)
    if n == 0 or not graph.entries:
        return Visits(visits, (), False)
    order, comp_of = component_order(graph.digraph())
    out_t, out_q = _out_lists(graph)
    loops: list[tuple[int, ...]] = []
    approximate = False
    for k, members in enumerate(order):
        if len(members) == 1 and members[0] not in out_t[members[0]]:
            node = members[0]
            visits[node] = inflow[node]
        else:
            status = _solve_component(members, inflow, out_t, out_q, visits)
            approximate |= status == "approximate"
            if status == "never_ending":
                loops.append(tuple(members))
                continue
        _propagate(members, k, comp_of, visits, inflow, out_t, out_q)
    return Visits(visits, tuple(loops), approximate)


def _out_lists(graph: JourneyGraph) -> tuple[list[list[int]], list[list[float]]]:
    out_t: list[list[int]] = [[] for _ in range(graph.size)]
    out_q: list[list[float]] = [[] for _ in range(graph.size)]
    for s, t, q in zip(graph.src.tolist(), graph.tgt.tolist(), graph.share.tolist(), strict=True):
        out_t[s].append(t)
        out_q[s].append(q)
    return out_t, out_q


def _propagate(members: list[int], k: int, comp_of: np.ndarray, visits: np.ndarray,
               inflow: list[float], out_t: list[list[int]], out_q: list[list[float]]) -> None:
    """Send the customers leaving component `k` on to the touchpoints after it."""
    for node in members:
        amount = float(visits[node])
        if amount <= 0.0:
            continue
        for target, share in zip(out_t[node], out_q[node], strict=True):
            if comp_of[target] != k:
                inflow[target] += amount * share


def _solve_component(members: list[int], inflow: list[float], out_t: list[list[int]],
                     out_q: list[list[float]], visits: np.ndarray) -> str:
    """Visits inside one component: "exact", "approximate" or "never_ending"."""
    local = {node: i for i, node in enumerate(members)}
    rows, cols, vals = [], [], []
    for i, node in enumerate(members):
        for target, share in zip(out_t[node], out_q[node], strict=True):
            j = local.get(target)
            if j is not None:
                rows.append(i)
                cols.append(j)
                vals.append(share)
    m = len(members)
    r, c, v = np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64), np.array(vals)
    rhs = np.array([inflow[node] for node in members])
    if np.all(np.bincount(r, weights=v, minlength=m) >= 1.0 - CLOSED_TOLERANCE):
        reached = rhs.sum() > 0
        visits[members] = np.inf if reached else 0.0
        return "never_ending" if reached else "exact"
    if not rhs.any():
        visits[members] = 0.0
        return "exact"
    x, exact = solve_component_system(m, r, c, v, rhs)
    visits[members] = np.maximum(x, 0.0)
    return "exact" if exact else "approximate"


def solve_component_system(m: int, r: np.ndarray, c: np.ndarray, v: np.ndarray,
                           rhs: np.ndarray) -> tuple[np.ndarray, bool]:
    """Solve (I - Q^T) x = rhs for Q given as (row, col, share) triples."""
    if m <= DENSE_LIMIT:
        return _dense(m, r, c, v, rhs), True
    x, ok = _bicgstab(m, r, c, v, rhs)
    if ok:
        return x, True
    if m <= DENSE_FALLBACK_LIMIT:
        return _dense(m, r, c, v, rhs), True
    return _jacobi(m, r, c, v, rhs, x)


def _dense(m: int, r: np.ndarray, c: np.ndarray, v: np.ndarray, rhs: np.ndarray) -> np.ndarray:
    a = np.eye(m)
    np.add.at(a, (c, r), -v)
    return np.linalg.solve(a, rhs)


def _operator(m: int, r: np.ndarray, c: np.ndarray, v: np.ndarray
              ) -> tuple[Operator, np.ndarray]:
    """x -> (I - Q^T) x as a function, and its diagonal."""
    diag = 1.0 - np.bincount(r[r == c], weights=v[r == c], minlength=m)

    def apply(x: np.ndarray) -> np.ndarray:
        return x - np.bincount(c, weights=v * x[r], minlength=m)

    return apply, diag


def _residual(apply: Operator, x: np.ndarray, rhs: np.ndarray) -> float:
    """‖rhs − A x‖ / ‖rhs‖."""
    scale = max(float(np.linalg.norm(rhs)), 1e-300)
    return float(np.linalg.norm(rhs - apply(x))) / scale


def _bicgstab(m: int, r: np.ndarray, c: np.ndarray, v: np.ndarray,
              rhs: np.ndarray) -> tuple[np.ndarray, bool]:
    """Jacobi-preconditioned BiCGSTAB; returns (x, converged)."""
    apply, diag = _operator(m, r, c, v)
    x = rhs / diag
    res = rhs - apply(x)
    shadow = np.random.default_rng(12345).uniform(0.5, 1.5, m)  # dense: r0 alone can break down
    rho = alpha = omega = 1.0
    p = direction = np.zeros(m)
    target = RESIDUAL_TOLERANCE * np.linalg.norm(rhs)
    for _ in range(MAX_ITERATIONS):
        rho_new = float(shadow @ res)
        if rho_new == 0.0 or omega == 0.0:
            break
        p = res + (rho_new / rho) * (alpha / omega) * (p - omega * direction)
        p_hat = p / diag
        direction = apply(p_hat)
        denominator = float(shadow @ direction)
        if denominator == 0.0:
            break
        alpha = rho_new / denominator
        s = res - alpha * direction
        s_hat = s / diag
        t = apply(s_hat)
        omega = float(t @ s) / float(t @ t) if t.any() else 0.0
        x = x + alpha * p_hat + omega * s_hat
        res = s - omega * t
        rho = rho_new
        if np.linalg.norm(res) <= target:
            break
    ok = bool(np.all(np.isfinite(x))) and _residual(apply, x, rhs) <= 10 * RESIDUAL_TOLERANCE
    return x, ok


def _jacobi(m: int, r: np.ndarray, c: np.ndarray, v: np.ndarray, rhs: np.ndarray,
            start: np.ndarray) -> tuple[np.ndarray, bool]:
    """The plain fixed-point iteration x = rhs + Q^T x, a slow but sure last resort."""
    apply, _ = _operator(m, r, c, v)
    x = np.zeros(m) if not np.all(np.isfinite(start)) else np.maximum(start, 0.0)
    for step in range(5 * MAX_ITERATIONS):
        x = rhs + np.bincount(c, weights=v * x[r], minlength=m)
        if step % 100 == 0 and _residual(apply, x, rhs) <= 1e-9:
            return x, True
    return x, False
