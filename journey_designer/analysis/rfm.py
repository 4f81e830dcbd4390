"""RFM (recency, frequency, monetary) per customer, and customer tiers derived from it.

    rfm = compute_rfm(read_transactions(path))
    split = assign_by_share(rfm, ["Gold", "Silver", "Bronze"], [0.2, 0.3], measure="monetary")
    summary = summarize(split)                   # customers, share, value per customer, revenue
    project.tiers = apply_to_tiers(project.tiers, summary)   # copies with share and value set

Recency is the days from the last purchase to the "as of" day (default: the day after the
last transaction, so the latest buyers have recency 1). Frequency counts distinct purchase
*days*: several orders or invoice lines on one day are one visit, so files with and without
invoice numbers measure the same thing. Monetary is the total spend over the whole data.
Scores are quintiles 1-5 (5 = best: most recent, most frequent, biggest spender):
1 + floor(5 × percentile rank), the percentile rank being (customers below + half of those
equal) / customers, so equal values always get equal scores. With heavy ties a score may be
unused: when half the customers bought on one day only, they all score F = 2.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

import numpy as np

from journey_designer.domain.errors import JourneyError
from journey_designer.domain.model import Tier
from journey_designer.io.customer_data import Transactions

Measure = Literal["monetary", "frequency", "recency", "rfm_score"]
MEASURES: tuple[str, ...] = ("monetary", "frequency", "recency", "rfm_score")
SHARE_TOLERANCE = 1e-6
_EPOCH = date(1970, 1, 1)


class RFMError(JourneyError):
    """A tier split that cannot be made (bad shares or rules, tiers that do not match)."""


@dataclass(frozen=True, eq=False)
class RFMTable:
    """One entry per customer (in the order of `customers`) as read-only numpy arrays."""

    customers: tuple[str, ...]
    recency: np.ndarray  # int64 days since the last purchase, as of `as_of`
    frequency: np.ndarray  # int64 distinct purchase days
    monetary: np.ndarray  # float64 total spend
    first_purchase: np.ndarray  # datetime64[D]
    last_purchase: np.ndarray  # datetime64[D]
    r_score: np.ndarray  # int8 1-5, 5 = most recent
    f_score: np.ndarray  # int8 1-5, 5 = most frequent
    m_score: np.ndarray  # int8 1-5, 5 = highest spend
    as_of: date

    def __len__(self) -> int:
        return len(self.customers)

    @property
    def rfm_score(self) -> np.ndarray:
        """R + F + M scores, 3-15."""
        return self.r_score.astype(np.int64) + self.f_score + self.m_score

    def code(self, i: int) -> str:
        """The classic three-digit segment code of customer i, e.g. "545"."""
        return f"{self.r_score[i]}{self.f_score[i]}{self.m_score[i]}"


@dataclass(frozen=True, eq=False)
class TierAssignment:
    """Which tier each customer of `rfm` falls in; tiers listed best first."""

    rfm: RFMTable
    tiers: tuple[str, ...]
    tier_of: np.ndarray  # int64 index into `tiers`, one per customer
    method: str  # how the split was made, in words

    def customers_in(self, tier: str) -> tuple[str, ...]:
        k = self.tiers.index(tier)
        return tuple(self.rfm.customers[i] for i in np.flatnonzero(self.tier_of == k))


@dataclass(frozen=True)
class TierSummary:
    """One tier of a split: its size and what its customers are worth."""

    name: str
    customers: int
    share: float  # of customers, 0..1
    value_per_customer: float  # average spend per customer over the data's period
    revenue: float
    revenue_share: float  # of all revenue, 0..1
    mean_frequency: float
    mean_recency: float  # days


@dataclass(frozen=True)
class ThresholdRule:
    """Customers meeting every given bound go to `tier` (rules are tried in order)."""

    tier: str
    min_monetary: float | None = None
    min_frequency: int | None = None
    max_recency: int | None = None  # days


def compute_rfm(transactions: Transactions, as_of: date | None = None) -> RFMTable:
    """Recency, frequency, monetary and their quintile scores for every customer."""
    if len(transactions) == 0:
        raise RFMError("there are no transactions to compute RFM from")
    days = transactions.dates.astype(np.int64)  # days since 1970-01-01
    first_day, last_day = int(days.min()), int(days.max())
    as_of_day = last_day + 1 if as_of is None else (as_of - _EPOCH).days
    if as_of_day <= last_day:
        raise RFMError(f"the as-of date {as_of} must be after the last purchase "
                       f"({_EPOCH + timedelta(days=last_day)})")
    n, index = len(transactions.customers), transactions.customer_index
    first, last, frequency = _visits(index, days - first_day, n)
    monetary = np.bincount(index, weights=transactions.amounts, minlength=n)
    recency = as_of_day - (last + first_day)
    table = RFMTable(transactions.customers, recency, frequency, monetary,
                     (first + first_day).astype("datetime64[D]"), (last + first_day).astype("datetime64[D]"),
                     quintile_scores(-recency), quintile_scores(frequency), quintile_scores(monetary),
                     _EPOCH + timedelta(days=as_of_day))
    for array in (recency, frequency, monetary, table.first_purchase, table.last_purchase,
                  table.r_score, table.f_score, table.m_score):
        array.setflags(write=False)
    return table


def _visits(customer: np.ndarray, day: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """First and last purchase day and number of distinct purchase days of each customer."""
    span = int(day.max()) + 1
    visits = np.unique(customer * span + day)  # sorted: by customer, then by day
    frequency = np.bincount(visits // span, minlength=n).astype(np.int64)
    ends = np.cumsum(frequency)
    return visits[ends - frequency] % span, visits[ends - 1] % span, frequency


def quintile_scores(values: np.ndarray) -> np.ndarray:
    """1-5 by quintile of percentile rank (higher value, higher score); ties share a score."""
    values = np.asarray(values)
    if len(values) == 0:
        return np.zeros(0, np.int8)
    _, inverse, counts = np.unique(values, return_inverse=True, return_counts=True)
    mid = np.cumsum(counts) - counts / 2  # mid-rank of each distinct value, 0..n
    return (1 + np.minimum(4, np.floor(5 * mid / len(values)))).astype(np.int8)[inverse]


def ranking(rfm: RFMTable, measure: Measure = "monetary") -> np.ndarray:
    """Customer indices best first by `measure`; ties broken by spend, then frequency,
    then recency, then customer id, so a split never depends on file order."""
    if measure not in MEASURES:
        raise RFMError(f"unknown measure {measure!r}; choose one of {', '.join(MEASURES)}")
    primary = {"monetary": -rfm.monetary, "frequency": -rfm.frequency, "recency": rfm.recency,
               "rfm_score": -rfm.rfm_score}[measure]
    ids = np.arange(len(rfm))  # customers are sorted by id already
    return np.lexsort((ids, rfm.recency, -rfm.frequency, -rfm.monetary, primary))


def assign_by_share(rfm: RFMTable, tiers: Sequence[str], shares: Sequence[float],
                    measure: Measure = "monetary") -> TierAssignment:
    """The top `shares[0]` of customers by `measure` to `tiers[0]`, the next to `tiers[1]`...

    Give one share per tier (summing to 1) or one fewer: the last tier takes the rest,
    e.g. `(["Gold", "Silver", "Bronze"], [0.2, 0.3])` is top 20 %, next 30 %, rest.
    """
    names = _tier_names(tiers)
    shares = [float(s) for s in shares]
    if len(shares) not in (len(names) - 1, len(names)) or any(not 0 <= s <= 1 for s in shares):
        raise RFMError(f"give {len(names)} shares between 0 and 1 for {len(names)} tiers "
                       f"(or {len(names) - 1}, the last tier taking the rest), not {shares}")
    total = sum(shares)
    if total > 1 + SHARE_TOLERANCE or (len(shares) == len(names) and total < 1 - SHARE_TOLERANCE):
        raise RFMError(f"the shares sum to {total:.4g}; they must sum to 1"
                       + (" or less when the last tier takes the rest" if len(shares) < len(names) else ""))
    bounds = np.floor(np.cumsum(shares) * len(rfm) + 0.5).astype(np.int64).tolist()  # half up
    bounds = [0, *bounds[:len(names) - 1], len(rfm)]
    tier_of = np.empty(len(rfm), np.int64)
    order = ranking(rfm, measure)
    for k in range(len(names)):
        tier_of[order[bounds[k]:bounds[k + 1]]] = k
    parts = [f"{names[k]} {shares[k]:.0%}" for k in range(len(shares))]
    if len(shares) < len(names):
        parts.append(f"{names[-1]} the rest")
    return TierAssignment(rfm, names, tier_of, f"by {measure}, best first: " + ", ".join(parts))


def assign_by_thresholds(rfm: RFMTable, rules: Sequence[ThresholdRule], rest: str) -> TierAssignment:
    """Each customer to the tier of the first rule they meet, else to `rest`.

    Several rules may name the same tier (either one qualifies), e.g. Gold for spend
    >= 500 or for 10 purchase days and more.
    """
    names = _tier_names([r.tier for r in rules] + [rest], duplicates=True)
    tier_of = np.full(len(rfm), names.index(rest.strip()), np.int64)
    placed = np.zeros(len(rfm), bool)
    for rule in rules:
        bounds = (rule.min_monetary, rule.min_frequency, rule.max_recency)
        if all(b is None for b in bounds):
            raise RFMError(f"the rule for {rule.tier!r} sets no threshold")
        meets = ~placed
        if rule.min_monetary is not None:
            meets &= rfm.monetary >= rule.min_monetary
        if rule.min_frequency is not None:
            meets &= rfm.frequency >= rule.min_frequency
        if rule.max_recency is not None:
            meets &= rfm.recency <= rule.max_recency
        tier_of[meets] = names.index(rule.tier.strip())
        placed |= meets
    return TierAssignment(rfm, names, tier_of, "by thresholds: " + "; ".join(map(_describe, rules)))


def summarize(split: TierAssignment) -> tuple[TierSummary, ...]:
    """Customers, share, average spend (value per customer) and revenue of each tier."""
    rfm, k = split.rfm, len(split.tiers)
    count = np.bincount(split.tier_of, minlength=k)
    revenue = np.bincount(split.tier_of, weights=rfm.monetary, minlength=k)
    visits = np.bincount(split.tier_of, weights=rfm.frequency, minlength=k)
    recency = np.bincount(split.tier_of, weights=rfm.recency, minlength=k)
    total, n = float(rfm.monetary.sum()), max(len(rfm), 1)
    per = np.maximum(count, 1)  # an empty tier averages to 0, not NaN
    return tuple(TierSummary(name, int(count[t]), float(count[t] / n), float(revenue[t] / per[t]),
                             float(revenue[t]), float(revenue[t] / total) if total else 0.0,
                             float(visits[t] / per[t]), float(recency[t] / per[t]))
                 for t, name in enumerate(split.tiers))


def apply_to_tiers(tiers: Sequence[Tier], summary: Sequence[TierSummary],
                   match: Literal["position", "name"] = "position") -> list[Tier]:
    """Copies of a project's tiers with share and value_per_customer taken from `summary`.

    By position the i-th tier gets the i-th summary (the counts must agree); by name the
    summary's tiers are found by name (case and spaces ignored), others stay as they were.
    Values per customer are rounded to cents; the originals are not changed.
    """
    if match == "position":
        if len(tiers) != len(summary):
            raise RFMError(f"the project has {len(tiers)} tiers but the split has {len(summary)}")
        pairs = dict(enumerate(summary))
    else:
        index = {t.name.strip().casefold(): i for i, t in enumerate(tiers)}
        missing = [s.name for s in summary if s.name.strip().casefold() not in index]
        if missing:
            raise RFMError(f"no tier named {', '.join(map(repr, missing))} in the project "
                           f"(it has {', '.join(repr(t.name) for t in tiers)})")
        pairs = {index[s.name.strip().casefold()]: s for s in summary}
    return [replace(t, share=float(pairs[i].share), value_per_customer=round(pairs[i].value_per_customer, 2))
            if i in pairs else replace(t) for i, t in enumerate(tiers)]


def _tier_names(names: Sequence[str], duplicates: bool = False) -> tuple[str, ...]:
    clean = [str(n).strip() for n in names]
    if not clean or any(not n for n in clean):
        raise RFMError("every tier needs a name")
    if not duplicates and len(set(clean)) < len(clean):
        raise RFMError(f"tier names repeat: {clean}")
    return tuple(dict.fromkeys(clean))


def _describe(rule: ThresholdRule) -> str:
    parts = [f"spend ≥ {rule.min_monetary:g}" if rule.min_monetary is not None else "",
             f"purchase days ≥ {rule.min_frequency}" if rule.min_frequency is not None else "",
             f"last purchase ≤ {rule.max_recency} days ago" if rule.max_recency is not None else ""]
    return f"{rule.tier}: " + " and ".join(p for p in parts if p)
