"""The paths customers take through one journey, one customer at a time.

A customer enters at an entry (spread evenly over the entries) and at each touchpoint
follows a transition by its share; the rest drops out there. Two ways to know the paths:

- **exact**: when the journey has no loop and not too many paths, every path is
  enumerated with its probability (each path is one "customer" weighted by it);
- **simulation**: otherwise SIMULATED customers walk the journey at once (numpy, seeded
  per journey so a result is the same every run); customers who took the same path are
  then kept once, weighted by how many took it (out of SIMULATED).

Either way the visits are kept customer by customer in path order (`node`, with
`start[c]:start[c + 1]` the visits of customer `c`), so that the contacts of a tier can be
laid out per customer without sorting the whole set again. A `PathCache` keeps them per
journey structure (touchpoints, transitions and their shares, entries): editing a care
action, a card's text or another journey reuses them.
"""

from __future__ import annotations

import itertools
import zlib
from collections import OrderedDict
from dataclasses import dataclass, replace

import networkx as nx
import numpy as np

from journey_designer.analysis.flow import JourneyFlow
from journey_designer.analysis.graph import JourneyGraph

SIMULATED = 100_000  # customers simulated per journey with loops (design.md: at least 100,000)
MAX_EXACT_PATHS = 20_000  # beyond this many paths an acyclic journey is simulated too
MAX_STEPS = 1_000  # a simulated customer stops after this many touchpoints
MAX_VISITS = 5_000_000  # and the simulation stops when this many visits are made (memory)
SEED = 20261201


@dataclass(frozen=True, slots=True, eq=False)
class CustomerPaths:
    """Paths of customers through one journey (journey-local touchpoint numbers)."""

    method: str  # "exact" | "simulation" | "none" (nobody enters)
    weight: np.ndarray  # float64 per customer: probability of the path, or 1/SIMULATED
    start: np.ndarray  # int64, customers + 1 offsets into `node`
    node: np.ndarray  # int32 visits, customer by customer, in path order
    customer: np.ndarray  # int32, the customer of each visit
    simulated: int = 0  # customers simulated (0: exact)
    serial: int = 0  # unique per PathCache entry: what results made from these paths key on
    # the visits again, touchpoint by touchpoint: customers visiting touchpoint x are
    # visitor[visits_from[x]:visits_from[x + 1]] (made once per journey structure)
    visitor: np.ndarray | None = None
    visits_from: np.ndarray | None = None

    @property
    def count(self) -> int:
        return len(self.weight)


def _empty(method: str = "none") -> CustomerPaths:
    zero = np.zeros(0, dtype=np.int32)
    return CustomerPaths(method, np.zeros(0), np.zeros(1, dtype=np.int64), zero, zero)


def _edges_by_source(graph: JourneyGraph) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Transitions ordered by source: (source, target, share)."""
    order = np.argsort(graph.src, kind="stable")
    return graph.src[order], graph.tgt[order], graph.share[order]


def path_count(graph: JourneyGraph, limit: int) -> int | None:
    """How many paths (that end somewhere) an acyclic journey has; None when it has a loop
    or more than `limit` of them."""
    digraph = graph.digraph()
    if not nx.is_directed_acyclic_graph(digraph):
        return None
    leaving = np.bincount(graph.src, weights=graph.share, minlength=graph.size)
    reaching = [0] * graph.size
    for e in graph.entries:
        reaching[e] = 1
    total = 0
    succ = graph.successors()
    for node in nx.topological_sort(digraph):
        here = reaching[node]
        if not here:
            continue
        if leaving[node] < 1.0 - 1e-12:
            total += here
            if total > limit:
                return None
        for nxt in succ[node]:
            reaching[nxt] = min(reaching[nxt] + here, limit + 1)
    return total


def enumerate_paths(graph: JourneyGraph) -> CustomerPaths:
    """Every path of an acyclic journey with its probability (depth first)."""
    src, tgt, share = _edges_by_source(graph)
    first = np.searchsorted(src, np.arange(graph.size + 1))
    leaving = np.bincount(graph.src, weights=graph.share, minlength=graph.size)
    nodes: list[int] = []
    owners: list[int] = []
    weights: list[float] = []
    entry_share = 1.0 / len(graph.entries)
    stack: list[tuple[tuple[int, ...], float]] = [((e,), entry_share) for e in graph.entries]
    tgt_list, share_list, first_list = tgt.tolist(), share.tolist(), first.tolist()
    while stack:
        path, p = stack.pop()
        node = path[-1]
        stop = p * max(0.0, 1.0 - float(leaving[node]))
        if stop > 0.0:
            owners += [len(weights)] * len(path)
            nodes += path
            weights.append(stop)
        for k in range(first_list[node], first_list[node + 1]):
            stack.append(((*path, tgt_list[k]), p * share_list[k]))
    customer = np.array(owners, dtype=np.int32)
    return CustomerPaths("exact", np.array(weights), _starts(customer, len(weights)),
                         np.array(nodes, dtype=np.int32), customer)


def _starts(customer: np.ndarray, count: int) -> np.ndarray:
    start = np.zeros(count + 1, dtype=np.int64)
    np.cumsum(np.bincount(customer, minlength=count), out=start[1:])
    return start


def simulate(graph: JourneyGraph, customers: int = SIMULATED, seed: int = SEED,
             stop: np.ndarray | None = None) -> CustomerPaths:
    """`customers` seeded walks through the journey, all at once. A customer who gets to a
    touchpoint in `stop` (a loop that never ends) leaves the walk there, as the sums leave
    such loops out."""
    rng = np.random.default_rng(seed)
    src, tgt, share = _edges_by_source(graph)
    # key of an edge: its source plus the shares up to and including it, so one
    # searchsorted of (node + u) finds the edge a uniform draw u picks (or none: drop out)
    cumulative = np.cumsum(share)
    before = np.concatenate(([0.0], cumulative))[np.searchsorted(src, src)]
    keys = src + (cumulative - before)
    entries = np.array(graph.entries, dtype=np.int64)
    stop = np.zeros(graph.size, dtype=bool) if stop is None else stop
    current = entries[rng.integers(len(entries), size=customers)]
    who = np.arange(customers, dtype=np.int32)
    mixers = np.random.default_rng(SEED).integers(1, 2**63, size=MAX_STEPS, dtype=np.uint64)
    digest = _mixed(current, mixers[0])  # a 64-bit hash of each path, made step by step
    length = np.ones(customers, dtype=np.int64)
    steps = [(who, current.astype(np.int32))]
    last, made = len(keys) - 1, customers
    for step in range(1, MAX_STEPS):
        if not len(keys) or made > MAX_VISITS:
            break
        pick = np.searchsorted(keys, current + rng.random(len(current)), side="right")
        clipped = np.minimum(pick, last)
        going = (pick <= last) & (src[clipped] == current)
        going[going] &= ~stop[tgt[clipped[going]]]
        if not going.any():
            break
        current = tgt[clipped[going]]
        who = who[going]
        made += len(who)
        digest[who] += _mixed(current, mixers[step])
        length[who] += 1
        steps.append((who, current.astype(np.int32)))
    return _distinct(steps, digest ^ length.astype(np.uint64), length, customers)


def _mixed(node: np.ndarray, mixer: np.uint64) -> np.ndarray:
    with np.errstate(over="ignore"):  # wrapping around is the point of a hash
        return (node.astype(np.uint64) + np.uint64(0x9E3779B97F4A7C15)) * (mixer | np.uint64(1))


def _distinct(steps: list[tuple[np.ndarray, np.ndarray]], digest: np.ndarray,
              length: np.ndarray, customers: int) -> CustomerPaths:
    """The simulated paths, each distinct path once with the share of customers on it; the
    visits are put in place step by step (no sort of all the visits)."""
    _, first, counts = np.unique(digest, return_index=True, return_counts=True)
    rank = np.full(customers, -1, dtype=np.int64)
    rank[first] = np.arange(len(first))
    kept = length[first]
    start = np.zeros(len(first) + 1, dtype=np.int64)
    np.cumsum(kept, out=start[1:])
    node = np.empty(int(start[-1]), dtype=np.int32)
    for step, (who, where) in enumerate(steps):
        r = rank[who]
        mine = r >= 0
        node[start[r[mine]] + step] = where[mine]
    customer = np.repeat(np.arange(len(first), dtype=np.int32), kept)
    return CustomerPaths("simulation", counts / customers, start, node, customer,
                         simulated=customers)


def journey_seed(journey_id: str) -> int:
    """A seed of the journey's own, stable across runs and machines."""
    return SEED ^ zlib.crc32(journey_id.encode("utf-8", "surrogatepass"))


def customer_paths(flow: JourneyFlow, seed: int) -> CustomerPaths:
    """Exact paths when the journey allows it, else a simulation."""
    graph = flow.graph
    if graph.size == 0 or not graph.entries:
        return _empty()
    if path_count(graph, MAX_EXACT_PATHS) is not None:
        return enumerate_paths(graph)
    stop = np.zeros(graph.size, dtype=bool)
    for loop in flow.never_ending:
        stop[list(loop)] = True
    stop[list(graph.entries)] = False  # an entry is visited whatever follows
    return simulate(graph, SIMULATED, seed, stop)


def by_touchpoint(paths: CustomerPaths, size: int) -> CustomerPaths:
    """`paths` with its visits ordered by touchpoint too (`visitor`, `visits_from`)."""
    narrow = paths.node.astype(np.int16) if size < 2**15 else paths.node  # radix sort
    order = np.argsort(narrow, kind="stable")
    visits_from = np.zeros(size + 1, dtype=np.int64)
    np.cumsum(np.bincount(paths.node, minlength=size), out=visits_from[1:])
    return replace(paths, visitor=paths.customer[order], visits_from=visits_from)


_SERIALS = itertools.count(1)


CACHED_VISITS = 30_000_000  # about 240 MB of paths kept between analyses


class PathCache:
    """Customer paths per journey structure, least recently used dropped first when more
    than `visits` visits are kept (one journey's paths are always kept)."""

    def __init__(self, visits: int = CACHED_VISITS) -> None:
        self._visits = visits
        self._paths: OrderedDict[tuple, CustomerPaths] = OrderedDict()
        self.misses = 0

    def paths(self, flow: JourneyFlow, journey_id: str) -> CustomerPaths:
        """Exact paths when the journey allows it, else simulated ones."""
        graph = flow.graph
        key = (graph.topology, graph.share.tobytes(), journey_id)
        found = self._paths.get(key)
        if found is not None:
            self._paths.move_to_end(key)
            return found
        self.misses += 1
        made = by_touchpoint(customer_paths(flow, journey_seed(journey_id)), graph.size)
        made = replace(made, serial=next(_SERIALS))
        self._paths[key] = made
        kept = sum(len(p.node) for p in self._paths.values())
        while kept > self._visits and len(self._paths) > 1:
            kept -= len(self._paths.popitem(last=False)[1].node)
        return made
