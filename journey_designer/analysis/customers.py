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
action, a card's text or another journey reuses them. After a change of shares only the
customers whose path passes a touchpoint whose shares changed walk again (walks.py: each
customer's draws depend on the seed, the customer and the step alone), which gives exactly
what walking all of them again gives.
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
from journey_designer.analysis.walks import (
    MAX_STEPS,
    MAX_VISITS,
    edge_table,
    following,
    laid_out,
    uniform,
    walk,
)

SIMULATED = 100_000  # customers simulated per journey with loops (design.md: at least 100,000)
MAX_EXACT_PATHS = 20_000  # beyond this many paths an acyclic journey is simulated too
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
    # simulated paths: a 64-bit hash of each path (sorted), the same for the same path in
    # every simulation of the journey, so results per path can be reused after an edit
    digest: np.ndarray | None = None

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
    stop = np.zeros(graph.size, dtype=bool) if stop is None else stop
    return simulation(graph, customers, seed, stop).paths


@dataclass(frozen=True, slots=True, eq=False)
class Simulation:
    """Every simulated customer's walk, as the distinct path it took. (The paths are not
    ordered by touchpoint: after a share edit most of them are counted already, and
    PathCache.ordered does it when needed.)"""

    digest: np.ndarray  # uint64 per customer: the hash of its walk
    path: np.ndarray  # int64 per customer: its path in `paths`
    paths: CustomerPaths  # the distinct paths, in digest order
    truncated: bool  # the MAX_VISITS guard stopped everybody early
    share: np.ndarray  # the shares walked with (transitions ordered by source)
    stop: np.ndarray  # bool per touchpoint: a customer does not step into it
    walked: int  # customers walked to make it (all, or those walked again after an edit)
    members: np.ndarray  # the customers, path by path: those of path i are
    members_from: np.ndarray  # members[members_from[i]:members_from[i + 1]]


def simulation(graph: JourneyGraph, customers: int, seed: int, stop: np.ndarray) -> Simulation:
    """Every customer walks (the MAX_VISITS guard may stop them all early)."""
    table = edge_table(graph)
    steps, digest, length, truncated = walk(graph, table, stop, seed,
                                            np.arange(customers, dtype=np.int64), guard=True)
    start, node = laid_out(steps, length)
    paths, path, members = _distinct(digest, node, start[:-1], length)
    return Simulation(digest, path, paths, truncated, table[2], stop.copy(), customers, *members)


def simulation_again(old: Simulation, graph: JourneyGraph, seed: int, stop: np.ndarray
                     ) -> Simulation | None:
    """`old` after a change of shares (same touchpoints and transitions): only customers
    whose path passes a touchpoint whose shares changed walk again; exactly what walking
    everybody gives (walks.py). None when that cannot be told so (the guard stopped the
    walks or would now, or the never-ending loops changed): walk everybody then."""
    table = edge_table(graph)
    src, share = table[0], table[2]
    if old.truncated or len(share) != len(old.share) or not np.array_equal(stop, old.stop):
        return None
    p = old.paths
    changed = np.zeros(graph.size, dtype=bool)
    changed[src[share != old.share]] = True
    again = _turning(old, table, stop, seed, changed)
    if not len(again):  # nobody walks another way: the same paths
        return replace(old, share=share, walked=0)
    pool, pool_start = p.node, p.start[old.path]
    length = np.diff(p.start)[old.path]
    steps, new_digest, new_length, _ = walk(graph, table, stop, seed, again, guard=False)
    start, node = laid_out(steps, new_length)
    digest = old.digest.copy()
    digest[again], length[again] = new_digest, new_length
    pool_start[again] = len(pool) + start[:-1]
    pool = np.concatenate((pool, node))
    if int(length.sum()) > MAX_VISITS:
        return None
    paths, path, members = _distinct(digest, pool, pool_start, length)
    return Simulation(digest, path, paths, False, share, stop.copy(), len(again), *members)


def _turning(old: Simulation, table: tuple[np.ndarray, ...], stop: np.ndarray, seed: int,
             changed: np.ndarray) -> np.ndarray:
    """The customers whose draw, at some visit of a touchpoint in `changed`, now picks
    another way than their walk took (sorted)."""
    p = old.paths
    at = np.nonzero(changed[p.node])[0]  # such visits on the distinct paths
    path = p.customer[at].astype(np.int64)
    step = at - p.start[path]  # the visit's place in the walk
    chose = step + 1 < MAX_STEPS  # a way was chosen there
    at, path, step = at[chose], path[chose], step[chose]
    took = np.where(at + 1 == p.start[path + 1], -1,
                    p.node[np.minimum(at + 1, len(p.node) - 1)])
    many = old.members_from[path + 1] - old.members_from[path]  # customers on the path
    made = np.cumsum(many) - many
    who = old.members[np.repeat(old.members_from[path] - made, many) + np.arange(int(many.sum()))]
    now = following(table, stop, np.repeat(p.node[at], many).astype(np.int64),
                    uniform(seed, who, np.repeat(step + 1, many)))
    return np.unique(who[now != np.repeat(took, many)])


def _distinct(digest: np.ndarray, pool: np.ndarray, pool_start: np.ndarray, length: np.ndarray
              ) -> tuple[CustomerPaths, np.ndarray, tuple[np.ndarray, np.ndarray]]:
    """Each distinct path once (digest order) with the share of customers on it; customer
    c's visits are pool[pool_start[c]:pool_start[c] + length[c]]. And each customer's path,
    and the customers path by path."""
    customers = len(digest)
    order = np.argsort(digest)  # (any customer of a path gives its visits: no stable sort)
    ordered = digest[order]
    new = np.ones(customers, dtype=bool)
    new[1:] = ordered[1:] != ordered[:-1]
    heads = np.nonzero(new)[0]
    digests, first = ordered[heads], order[heads]
    counts = np.diff(np.append(heads, customers))
    path = np.empty(customers, dtype=np.int64)
    path[order] = np.cumsum(new) - 1
    kept = length[first]
    start = np.zeros(len(first) + 1, dtype=np.int64)
    np.cumsum(kept, out=start[1:])
    at = np.repeat(pool_start[first] - start[:-1], kept) + np.arange(int(start[-1]))
    customer = np.repeat(np.arange(len(first), dtype=np.int32), kept)
    paths = CustomerPaths("simulation", counts / customers, start, pool[at], customer,
                          simulated=customers, digest=digests)
    return paths, path, (order, np.append(heads, customers))


def journey_seed(journey_id: str) -> int:
    """A seed of the journey's own, stable across runs and machines."""
    return SEED ^ zlib.crc32(journey_id.encode("utf-8", "surrogatepass"))


def _stops(flow: JourneyFlow) -> np.ndarray:
    graph = flow.graph
    stop = np.zeros(graph.size, dtype=bool)
    for loop in flow.never_ending:
        stop[list(loop)] = True
    stop[list(graph.entries)] = False  # an entry is visited whatever follows
    return stop


def customer_paths(flow: JourneyFlow, seed: int) -> CustomerPaths:
    """Exact paths when the journey allows it, else a simulation."""
    graph = flow.graph
    if graph.size == 0 or not graph.entries:
        return _empty()
    if path_count(graph, MAX_EXACT_PATHS) is not None:
        return enumerate_paths(graph)
    return simulate(graph, SIMULATED, seed, _stops(flow))


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
    than `visits` visits are kept (one journey's paths are always kept). The walks of the
    last simulation of each journey structure are kept too: after a change of shares only
    the customers who passed a changed touchpoint walk again (`walked` counts walkers)."""

    def __init__(self, visits: int = CACHED_VISITS) -> None:
        self._visits = visits
        self._paths: OrderedDict[tuple, CustomerPaths] = OrderedDict()
        self._simulations: OrderedDict[tuple, Simulation] = OrderedDict()
        self._key_of: dict[int, tuple] = {}  # serial -> key in _paths
        self.misses = 0
        self.walked = 0

    def paths(self, flow: JourneyFlow, journey_id: str) -> CustomerPaths:
        """Exact paths when the journey allows it, else simulated ones."""
        graph = flow.graph
        key = (graph.topology, graph.share.tobytes(), journey_id)
        found = self._paths.get(key)
        if found is not None:
            self._paths.move_to_end(key)
            return found
        self.misses += 1
        made = self._made(flow, journey_id)
        made = replace(made, serial=next(_SERIALS))
        self._paths[key] = made
        self._key_of[made.serial] = key
        kept = sum(len(p.node) for p in self._paths.values())
        while kept > self._visits and len(self._paths) > 1:
            dropped = self._paths.popitem(last=False)[1]
            kept -= len(dropped.node)
            self._key_of.pop(dropped.serial, None)
        return made

    def ordered(self, paths: CustomerPaths, size: int) -> CustomerPaths:
        """`paths` ordered by touchpoint too (kept for the paths this cache gave out)."""
        if paths.visitor is not None:
            return paths
        key = self._key_of.get(paths.serial)
        kept = None if key is None else self._paths.get(key)
        if key is None or kept is None or kept.serial != paths.serial:
            return by_touchpoint(paths, size)
        if kept.visitor is None:  # ordered once, kept in place of the unordered paths
            kept = self._paths[key] = by_touchpoint(kept, size)
        return kept

    def _made(self, flow: JourneyFlow, journey_id: str) -> CustomerPaths:
        graph = flow.graph
        if graph.size == 0 or not graph.entries:
            return by_touchpoint(_empty(), graph.size)
        if path_count(graph, MAX_EXACT_PATHS) is not None:
            return by_touchpoint(enumerate_paths(graph), graph.size)
        seed, stop = journey_seed(journey_id), _stops(flow)
        key = (graph.topology, journey_id)
        old = self._simulations.get(key)
        made = None if old is None else simulation_again(old, graph, seed, stop)
        if made is None:
            made = simulation(graph, SIMULATED, seed, stop)
        self.walked += made.walked
        self._simulations[key] = made
        self._simulations.move_to_end(key)
        kept = sum(len(m.paths.node) for m in self._simulations.values())
        while kept > self._visits // 2 and len(self._simulations) > 1:
            kept -= len(self._simulations.popitem(last=False)[1].paths.node)
        return made.paths
