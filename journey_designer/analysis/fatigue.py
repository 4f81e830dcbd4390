"""contact_fatigue per customer, and care_silence in days (design.md, format 2).

The contacts of a customer of tier T in journey J: each visit of touchpoint X gives, for
every action at X listing T, one contact on X's day plus the trigger's offset. A
date-triggered action of T in J is a contact on its calendar date for every customer of T
then in the journey (from day 0 to the day of the last touchpoint on their path): with
entries spread evenly over the year, the date falls on each day of a customer's journey
equally often, so the customer's entry day is one more thing to enumerate (365 days) or
draw. A named date without a calendar date (a birthday) falls on a day of the customer's
own, independent of the others.

A customer is over the cap when some half-open window [d, d + window) holds more than the
tier's max_contacts_per_window contacts: in time order, contact i and contact i + cap of
the same customer less than `window` days apart.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import partial

import numpy as np

from journey_designer.analysis import wording_plan
from journey_designer.analysis.customers import SIMULATED, CustomerPaths, PathCache, journey_seed
from journey_designer.analysis.facts import Facts, number
from journey_designer.analysis.gaps import touchpoint_gap
from journey_designer.analysis.path_counts import PathCounts
from journey_designer.analysis.results import Gap, JourneyFatigue, TierFatigue

YEAR = 365
Z = 3.89  # 99.99 % two-sided: the margin a simulated share is stated with
MAX_VIRTUAL = 100_000  # paths × date scenarios beyond this: the dates are drawn instead
MAX_CELLS = 8_000_000  # customers × days counted without sorting (64 MB); beyond: sorted


@dataclass(frozen=True, slots=True, eq=False)
class Outcome:
    """One tier in one journey, per customer."""

    over_share: float
    method: str
    margin: float
    customers: int
    worst_contacts: int
    worst_path: tuple[int, ...]  # journey-local touchpoints
    worst_day: float | None
    worst_node: int | None
    silence: Silence | None


@dataclass(frozen=True, slots=True)
class Silence:
    """The longest stretch without a contact on any path, and who goes over the limit."""

    days: float
    share: float
    start_day: float
    end_day: float
    start_node: int
    end_node: int | None  # None: the path ends without a contact


@dataclass(frozen=True, slots=True, eq=False)
class Dated:
    """Date-triggered actions of a tier in a journey: calendar ones by day of the year,
    named ones by group (one independent day per distinct name)."""

    calendar_day: np.ndarray  # int64 day of the year (0..364), -1: a named date
    group: np.ndarray  # int64: which draw gives its day (0: the entry day, for calendar dates)
    node: np.ndarray  # int64 journey-local touchpoint of the action
    groups: int  # how many independent days to enumerate or draw


class FatigueSource:
    """Customer paths per journey and outcomes per (tier, journey), reused while what they
    depend on is unchanged: an edit of one journey or one tier's actions redoes only that."""

    def __init__(self, size: int = 512) -> None:
        self.paths = PathCache()
        self._outcomes: dict[tuple, Outcome] = {}
        self._size = size
        self.computed = 0
        self.counts = PathCounts()

    @property
    def paths_counted(self) -> int:
        """Paths whose busiest window was counted (a path seen before is not counted)."""
        return self.counts.counted

    def outcome(self, key: tuple, make: Callable[[], Outcome]) -> Outcome:
        found = self._outcomes.get(key)
        if found is None:
            found = make()
            self.computed += 1
            if len(self._outcomes) >= self._size:
                self._outcomes.pop(next(iter(self._outcomes)))
            self._outcomes[key] = found
        return found


def per_customer(f: Facts, tired: Sequence[TierFatigue], tiers: Sequence[int],
                 source: FatigueSource) -> tuple[tuple[TierFatigue, ...], list[Gap]]:
    """`tired` with the per-customer figures filled in; and the fatigue and silence gaps."""
    settings = f.project.settings
    window = max(1.0, number(settings.fatigue_window_days, 7.0))
    tolerance = number(settings.fatigue_tolerance, 0.05)
    silence_days = settings.care_silence_days
    limit_days = None if silence_days is None else number(silence_days)
    groups = _rows_by_tier_journey(f)
    offsets = np.concatenate(([0], np.cumsum([fl.graph.size for fl in f.flows]))).astype(np.int64)
    result, gaps = [], []
    for t, tier in zip(tiers, tired, strict=True):
        cap = int(number(f.project.tiers[t].max_contacts_per_window))
        journeys = []
        for j, jf in enumerate(tier.journeys):
            flow = f.flows[j]
            lo, hi = int(offsets[j]), int(offsets[j + 1])
            rows = groups.get((t, j), np.zeros(0, dtype=np.int64))
            paths = source.paths.paths(flow, jf.journey_id)
            key = _key(f, rows, lo, hi, paths, window, cap, limit_days)
            outcome = source.outcome(key, partial(_outcome, f, rows, lo, hi, paths, window, cap,
                                                  limit_days, source, j))
            journeys.append(_filled(jf, outcome, flow.graph.ids, f, lo))
            gaps += _gaps(f, t, j, lo, outcome, tolerance, cap, int(window), limit_days)
        result.append(replace(tier, journeys=tuple(journeys), tolerance=tolerance))
    return tuple(result), gaps


def _rows_by_tier_journey(f: Facts) -> dict[tuple[int, int], np.ndarray]:
    table = f.actions
    journey = f.tp_journey[table.row_tp] if len(table.row_action) else np.zeros(0, dtype=np.int64)
    order = np.lexsort((journey, table.row_tier))
    tier_sorted, journey_sorted = table.row_tier[order], journey[order]
    if not len(order):
        return {}
    change = np.nonzero((np.diff(tier_sorted) != 0) | (np.diff(journey_sorted) != 0))[0] + 1
    starts = np.concatenate(([0], change))
    ends = np.concatenate((change, [len(order)]))
    return {(int(tier_sorted[s]), int(journey_sorted[s])): order[s:e]
            for s, e in zip(starts, ends, strict=True)}


def _key(f: Facts, rows: np.ndarray, lo: int, hi: int, paths: CustomerPaths, window: float,
         cap: int, limit_days: float | None) -> tuple:
    table = f.actions
    a = table.row_action[rows]
    dated = [_date_of(f, int(table.index[k])) for k in a[table.dated[a]]]
    return (paths.serial, table.tp[a].tobytes(), table.time[a].tobytes(), table.dated[a].tobytes(),
            tuple(dated), f.day[lo:hi].tobytes(), window, cap, limit_days)


def _date_of(f: Facts, k: int) -> tuple[int, str]:
    """(day of the year, "") of a calendar date; (-1, name) of a named date (a birthday)."""
    trigger = f.project.actions[k].trigger
    if trigger.date:
        try:
            return (date.fromisoformat(trigger.date).timetuple().tm_yday - 1) % YEAR, ""
        except ValueError:
            pass
    return -1, (trigger.event or "").strip().casefold()


def _outcome(f: Facts, rows: np.ndarray, lo: int, hi: int, paths: CustomerPaths, window: float,
             cap: int, limit_days: float | None, source: FatigueSource, j: int) -> Outcome:
    if paths.count == 0:
        return Outcome(0.0, "none", 0.0, 0, 0, (), None, None, None)
    table = f.actions
    a = table.row_action[rows]
    at_tp = a[~table.dated[a]]
    nodes, times = table.tp[at_tp] - lo, table.time[at_tp]
    dated = _dated(f, a[table.dated[a]], lo)
    days = f.day[lo:hi]
    ends = np.zeros(0)
    if len(paths.node) and (limit_days is not None or dated is not None):
        ends = np.maximum.reduceat(days[paths.node], paths.start[:-1])  # last day of each path
    silence = None
    if limit_days is not None:
        cust, t, where = _sorted(*_path_contacts(paths, nodes, times))
        silence = _silence(paths, cust, t, where, ends, limit_days)
    weight, method, sample = paths.weight, paths.method, paths.simulated
    most = None if dated is not None else source.counts.most(
        (f.journeys[j].id, nodes.tobytes(), times.tobytes(), window), paths,
        lambda some, every: _window_counts(some, nodes, times, window, every),
        lambda some: source.paths.ordered(some, hi - lo))
    if most is not None:  # no sort: contacts counted per customer and whole day
        share = float(weight[most > cap].sum())
        worst, c, i = int(most.max()), 0, None
        if worst:
            tied = np.nonzero(most == worst)[0]
            c = int(tied[int(np.argmax(weight[tied]))])
            mine = _path_contacts(_one_path(paths, c), nodes, times)
            cust, t, where = _sorted(*mine)
            i = int(_hits(cust, t, worst, window)[0])
    else:
        cust, t, where = _path_contacts(paths, nodes, times)
        base = None
        if dated is not None:
            seed = journey_seed(f.journeys[j].id) + 7919
            cust, t, where, weight, base, drawn = _with_dates(paths, cust, t, where, ends, dated,
                                                              seed)
            if drawn:  # too many date scenarios to enumerate: customers drawn at random
                method, sample = "simulation", len(weight)
        cust, t, where = _sorted(cust, t, where)
        share = float(weight[_over(cust, t, cap, window, len(weight))].sum())
        worst, i = _worst(cust, t, window, weight, cap)
        if i is not None:
            c = int(cust[i]) if base is None else int(base[int(cust[i])])
    path: tuple[int, ...] = ()
    day = node = None
    if i is not None:
        path = tuple(paths.node[paths.start[c]:paths.start[c + 1]].tolist())
        day, node = float(t[i]), int(where[i])
    margin = 0.0
    if method == "simulation":
        margin = Z * math.sqrt(max(share * (1 - share), 1.0 / sample) / sample)
    return Outcome(share, method, margin, sample or paths.count, worst, path, day, node, silence)


def _dated(f: Facts, dated_rows: np.ndarray, lo: int) -> Dated | None:
    if not len(dated_rows):
        return None
    found = [_date_of(f, int(f.actions.index[k])) for k in dated_rows]
    names = sorted({name for day, name in found if day < 0})
    calendar = int(any(day >= 0 for day, _ in found))  # draw 0 is the entry day, if needed
    group = [0 if day >= 0 else calendar + names.index(name) for day, name in found]
    return Dated(np.array([day for day, _ in found], dtype=np.int64),
                 np.array(group, dtype=np.int64), f.actions.tp[dated_rows] - lo,
                 groups=calendar + len(names))


def _path_contacts(paths: CustomerPaths, nodes: np.ndarray, times: np.ndarray
                   ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(customer, day, touchpoint) of every contact at a visited touchpoint."""
    size = int(paths.node.max()) + 1 if len(paths.node) else 0
    order = np.argsort(nodes, kind="stable")
    by_node_time = times[order]
    count = np.bincount(nodes, minlength=size)[:size] if len(nodes) else np.zeros(size, np.int64)
    first = np.concatenate(([0], np.cumsum(count)))
    per_visit = count[paths.node]
    total = int(per_visit.sum())
    visit = np.repeat(np.arange(len(paths.node)), per_visit)
    block = np.cumsum(per_visit) - per_visit
    k = np.arange(total) - np.repeat(block, per_visit)
    node = paths.node[visit]
    return paths.customer[visit], by_node_time[first[node] + k], node.astype(np.int64)


def _sorted(cust: np.ndarray, t: np.ndarray, where: np.ndarray
            ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    order = _time_order(cust, t)
    return cust[order], t[order], where[order]


def _one_path(paths: CustomerPaths, c: int) -> CustomerPaths:
    """Customer `c`'s path alone (as customer 0)."""
    node = paths.node[paths.start[c]:paths.start[c + 1]]
    return CustomerPaths(paths.method, paths.weight[c:c + 1],
                         np.array([0, len(node)], dtype=np.int64), node,
                         np.zeros(len(node), dtype=np.int32))


def _window_counts(paths: CustomerPaths, nodes: np.ndarray, times: np.ndarray,
                   window: float, customers: int = 0) -> np.ndarray | None:
    """The most contacts of each customer within one window, without sorting: when every
    contact falls on a whole day, a customer's contacts are counted per day (a row of
    `span` days and `width` empty ones per customer, all rows in one flat table) and the
    window sums read off its running total. None when some day is not whole, the paths are
    not ordered by touchpoint, or the table would be bigger than MAX_CELLS (the caller
    sorts instead).

    With whole days, t2 − t1 < window exactly when t2 − t1 < ceil(window), and a busiest
    window can start on a whole day (that of its first contact)."""
    n = paths.count
    if not len(nodes):
        return np.zeros(n, dtype=np.int64)
    visitor, visits_from = paths.visitor, paths.visits_from
    if visitor is None or visits_from is None or len(visits_from) <= int(nodes.max()):
        return None
    if not np.isfinite(times).all() or not np.array_equal(times, np.floor(times)):
        return None
    visits = np.diff(visits_from)
    width = math.ceil(window)
    low, high = int(times.min()), int(times.max())
    span = high - low + 1
    if width >= span:  # every window holds all of a customer's contacts
        return _totals(paths, nodes, n)
    stride = span + width
    if max(n, customers) * stride > MAX_CELLS:  # decided for all the customers, not a part
        return None
    # the contacts: for each action, every customer visiting its touchpoint, on its day
    lengths = visits[nodes]
    total = int(lengths.sum())
    before = np.cumsum(lengths) - lengths
    at = np.repeat(visits_from[nodes] - before, lengths) + np.arange(total)
    keys = visitor[at].astype(np.int64) * stride
    keys += np.repeat(times.astype(np.int64) - low, lengths)
    running = np.zeros(n * stride + width, dtype=np.int32)  # (the last `width` stay 0)
    np.cumsum(np.bincount(keys, minlength=n * stride), out=running[1:n * stride + 1])
    sums = running[width:] - running[:-width]  # contacts in the window from each cell on
    return sums.reshape(n, stride)[:, :span].max(axis=1)  # windows ending inside the row


def _totals(paths: CustomerPaths, nodes: np.ndarray, n: int) -> np.ndarray:
    """Contacts of each customer (every window holds them all)."""
    size = len(paths.visits_from) - 1 if paths.visits_from is not None else 0
    per_node = np.bincount(nodes, minlength=size)
    return np.bincount(paths.customer, weights=per_node[paths.node], minlength=n).astype(np.int64)


def _with_dates(paths: CustomerPaths, cust: np.ndarray, t: np.ndarray, where: np.ndarray,
                ends: np.ndarray, dated: Dated, seed: int
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, bool]:
    """Contacts of "virtual" customers (a path and the days its dates fall on), sorted; the
    path of each virtual customer; whether the days were drawn at random.

    Every combination of days is enumerated when paths × combinations ≤ MAX_VIRTUAL. Else
    SIMULATED customers are drawn: simulated paths as the simulation had them, exact paths
    in proportion to their probability (systematic sampling), each with random days.
    """
    n = paths.count
    every = YEAR ** dated.groups
    drawn = paths.method != "exact" or n * every > MAX_VIRTUAL
    rng = np.random.default_rng(seed)
    if not drawn:
        replicas = np.full(n, every, dtype=np.int64)
    elif paths.method == "exact":
        picks = (np.arange(SIMULATED) + rng.random()) / SIMULATED
        chosen = np.minimum(np.searchsorted(np.cumsum(paths.weight), picks, side="right"), n - 1)
        replicas = np.bincount(chosen, minlength=n)
    else:
        replicas = np.rint(paths.weight * paths.simulated).astype(np.int64)
    base = np.repeat(np.arange(n), replicas)
    total = len(base)
    if drawn:
        draws = [rng.integers(YEAR, size=total) for _ in range(dated.groups)]
        weight = np.full(total, 1.0 / total)
    else:
        scenario = np.arange(total) % every
        draws = [scenario // YEAR ** q % YEAR for q in range(dated.groups)]
        weight = np.repeat(paths.weight / every, every)
    # every path's contacts once per virtual customer, virtual customer by customer
    count = np.bincount(cust, minlength=n)
    first = np.concatenate(([0], np.cumsum(count)))[:-1]
    lengths = count[base]
    made = np.concatenate(([0], np.cumsum(lengths)))[:-1]
    gather = np.repeat(first[base] - made, lengths) + np.arange(int(lengths.sum()))
    extra_c, extra_t, extra_w = [np.repeat(np.arange(total), lengths)], [t[gather]], [where[gather]]
    for day, group, node in zip(dated.calendar_day.tolist(), dated.group.tolist(),
                                dated.node.tolist(), strict=True):
        relative = (day - draws[group]) % YEAR if day >= 0 else draws[group]
        inside = relative <= ends[base]
        extra_c.append(np.nonzero(inside)[0])
        extra_t.append(relative[inside].astype(np.float64))
        extra_w.append(np.full(int(inside.sum()), node, dtype=np.int64))
    cust, t, where = np.concatenate(extra_c), np.concatenate(extra_t), np.concatenate(extra_w)
    order = _time_order(cust, t)
    return cust[order], t[order], where[order], weight, base, drawn


def _time_order(cust: np.ndarray, t: np.ndarray) -> np.ndarray:
    """The order of contacts by customer, then day. The contacts come in runs already in
    customer order and mostly in time order, which a stable (run-merging) sort of one key
    exploits: several times faster than np.lexsort here."""
    if not len(t):
        return np.zeros(0, dtype=np.int64)
    low = float(t.min())
    span = float(t.max()) - low + 1.0
    return np.argsort(cust.astype(np.float64) * span + (t - low), kind="stable")


def _hits(cust: np.ndarray, t: np.ndarray, k: int, window: float) -> np.ndarray:
    """Positions i where contacts i..i+k-1 (time order) belong to one customer and fall in
    one window: k contacts within `window` days."""
    n = len(t)
    if k <= 0 or n < k:
        return np.zeros(0, dtype=np.int64)
    span = k - 1
    same = cust[span:] == cust[:n - span]
    return np.nonzero(same & (t[span:] - t[:n - span] < window))[0]


def _over(cust: np.ndarray, t: np.ndarray, cap: int, window: float, customers: int) -> np.ndarray:
    over = np.zeros(customers, dtype=bool)
    over[cust[_hits(cust, t, cap + 1, window)]] = True
    return over


def _worst(cust: np.ndarray, t: np.ndarray, window: float, weight: np.ndarray, cap: int
           ) -> tuple[int, int | None]:
    """The most contacts in one window on any path, and where (a contact position)."""
    if not len(t):
        return 0, None
    low, high = 1, int(np.bincount(cust).max())  # low always has hits
    guess = _counted(cust, t, window)  # one search; float keys may be off at a boundary
    if len(_hits(cust, t, guess, window)):
        low = max(low, guess)
        if guess >= high or not len(_hits(cust, t, guess + 1, window)):
            high = low
    elif len(_hits(cust, t, cap + 1, window)):
        low = max(low, cap + 1)
    while low < high:
        middle = (low + high + 1) // 2
        if len(_hits(cust, t, middle, window)):
            low = middle
        else:
            high = middle - 1
    found = _hits(cust, t, low, window)
    best = found[int(np.argmax(weight[cust[found]]))]
    return low, int(best)


def _counted(cust: np.ndarray, t: np.ndarray, window: float) -> int:
    """The most contacts of one customer within a window, by one search on float keys of
    (customer, day): exact but for rounding at a window's end (checked by the caller)."""
    low = float(t.min())
    span = float(t.max()) - low + window + 1.0
    keys = cust.astype(np.float64) * span + (t - low)
    ends = np.searchsorted(keys, keys + window, side="left")
    return max(1, int((ends - np.arange(len(keys))).max()))


def _silence(paths: CustomerPaths, cust: np.ndarray, t: np.ndarray, where: np.ndarray,
             ends: np.ndarray, limit: float) -> Silence:
    """Longest stretch without a contact: from day 0 to the first contact, between two
    contacts, or (no contact at all) the whole path. `t` is in (customer, day) order."""
    n = paths.count
    first_node = paths.node[paths.start[:-1]].astype(np.int64)
    gap = ends.astype(np.float64).copy()  # no contact: the whole path
    gap_start = np.zeros(n)
    gap_from, gap_to = first_node.copy(), np.full(n, -1, dtype=np.int64)
    if len(t):
        first = np.ones(len(t), dtype=bool)
        first[1:] = cust[1:] != cust[:-1]
        previous_t = np.where(first, 0.0, np.concatenate(([0.0], t[:-1])))
        lengths = np.where(first, np.maximum(t, 0.0), t - previous_t)
        owner = cust
        best = np.full(n, -1.0)
        np.maximum.at(best, owner, lengths)
        has = np.bincount(owner, minlength=n) > 0
        gap = np.where(has, best, gap)
        pick = np.nonzero(lengths == gap[owner])[0]
        chosen = pick[np.unique(owner[pick], return_index=True)[1]]
        c = owner[chosen]
        gap_start[c] = np.where(first[chosen], 0.0, previous_t[chosen])
        before = np.concatenate(([-1], where[:-1]))[chosen]
        gap_from[c] = np.where(first[chosen], first_node[c], before)
        gap_to[c] = where[chosen]
    over = gap > limit + 1e-9
    worst = int(np.argmax(gap * (1 + 1e-12 * paths.weight)))
    to = int(gap_to[worst])
    return Silence(days=float(gap[worst]), share=float(paths.weight[over].sum()),
                   start_day=float(gap_start[worst]), end_day=float(gap_start[worst] + gap[worst]),
                   start_node=int(gap_from[worst]), end_node=None if to < 0 else to)


def _filled(jf: JourneyFatigue, o: Outcome, ids: tuple[str, ...], f: Facts, lo: int
            ) -> JourneyFatigue:
    return replace(
        jf, over_share=o.over_share, method=o.method, margin=o.margin, customers=o.customers,
        worst_contacts=o.worst_contacts, worst_path_ids=tuple(ids[n] for n in o.worst_path),
        worst_path=tuple(f.tps[lo + n].name for n in o.worst_path),
        worst_window_start_day=o.worst_day,
        worst_touchpoint_id=None if o.worst_node is None else ids[o.worst_node])


def _gaps(f: Facts, t: int, j: int, lo: int, o: Outcome, tolerance: float, cap: int,
          window: int, limit_days: float | None) -> list[Gap]:
    gaps = []
    lang, tier, journey = f.project.locale, f.tier_names[t], f.journeys[j].name
    if o.over_share > tolerance + 1e-12 and o.worst_node is not None:
        message = wording_plan.contact_fatigue(
            lang, tier, o.over_share, cap, window, journey, o.method, o.margin,
            [f.tps[lo + n].name for n in o.worst_path], o.worst_contacts, o.worst_day or 0.0,
            f.tps[lo + o.worst_node].name)
        gaps.append(touchpoint_gap(f, "contact_fatigue", lo + o.worst_node, message, tier=t,
                                   figure=o.over_share))
    s = o.silence
    if s is not None and limit_days is not None and s.days > limit_days + 1e-9:
        end = None if s.end_node is None else f.tps[lo + s.end_node].name
        message = wording_plan.silent_days(lang, tier, s.days, journey, s.start_day,
                                           f.tps[lo + s.start_node].name, s.end_day, end,
                                           limit_days, s.share)
        gaps.append(touchpoint_gap(f, "care_silence", lo + s.start_node, message, tier=t,
                                   figure=s.days))
    return gaps


__all__ = ["SIMULATED", "FatigueSource", "per_customer"]
