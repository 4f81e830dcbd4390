"""Per-journey flow: the graph, expected visits, reachability from entries and to exits.

A flow depends only on a journey's structure (touchpoint ids, transitions, entries,
exits), so it is cached on `graph.fingerprint`: editing a card's name, emotion or care
actions reuses it.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

import numpy as np

from journey_designer.analysis.graph import JourneyGraph, build_graph, closure, fingerprint
from journey_designer.analysis.reach import expected_visits
from journey_designer.domain import Journey


@dataclass(frozen=True, slots=True, eq=False)
class JourneyFlow:
    """How customers move through one journey."""

    graph: JourneyGraph
    visits: np.ndarray  # expected visits per customer entering; inf in never-ending loops
    reachable: np.ndarray  # bool: on some path from an entry
    reaches_exit: np.ndarray  # bool: an exit can be reached from here (exits included)
    never_ending: tuple[tuple[int, ...], ...]
    approximate: bool


def journey_flow(journey: Journey) -> JourneyFlow:
    graph = build_graph(journey)
    solved = expected_visits(graph)
    return JourneyFlow(
        graph=graph,
        visits=solved.visits,
        reachable=closure(graph.successors(), graph.entries),
        reaches_exit=closure(graph.predecessors(), graph.exits),
        never_ending=solved.never_ending,
        approximate=solved.approximate,
    )


class FlowCache:
    """Flows by journey fingerprint, least recently used dropped first."""

    def __init__(self, size: int = 16) -> None:
        self._size = size
        self._flows: OrderedDict[tuple, JourneyFlow] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def flow(self, journey: Journey) -> JourneyFlow:
        key = fingerprint(journey)
        found = self._flows.get(key)
        if found is not None:
            self._flows.move_to_end(key)
            self.hits += 1
            return found
        self.misses += 1
        made = journey_flow(journey)
        self._flows[key] = made
        if len(self._flows) > self._size:
            self._flows.popitem(last=False)
        return made
