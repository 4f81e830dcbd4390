"""RFM per customer and tiers derived from it, worked out by hand; then on real data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest

from journey_designer.analysis.rfm import (
    RFMError,
    RFMTable,
    ThresholdRule,
    apply_to_tiers,
    assign_by_share,
    assign_by_thresholds,
    compute_rfm,
    quintile_scores,
    summarize,
)
from journey_designer.domain import Tier
from journey_designer.io.customer_data import read_transactions

# A: two orders on Jan 1 (one purchase day) and one on Jan 10 → F 2, M 35, last Jan 10
# B: Jan 5, 100 · C: Jan 2, 3, 4, 1 each → F 3, M 3 · D: Jan 9, 50 · E: Jan 8, a free item (0)
SMALL = """customer,date,amount
A,2024-01-01,10
A,2024-01-01,5
B,2024-01-05,100
C,2024-01-02,1
C,2024-01-03,1
C,2024-01-04,1
D,2024-01-09,50
E,2024-01-08,0
A,2024-01-10,20
"""


@pytest.fixture
def small(tmp_path: Path) -> RFMTable:
    (tmp_path / "small.csv").write_text(SMALL, encoding="utf-8")
    return compute_rfm(read_transactions(tmp_path / "small.csv"))


def as_dict(rfm: RFMTable, array: np.ndarray) -> dict[str, object]:
    return dict(zip(rfm.customers, array.tolist(), strict=True))


def test_recency_frequency_monetary_by_hand(small: RFMTable) -> None:
    assert small.customers == ("A", "B", "C", "D", "E")
    assert small.as_of == dt.date(2024, 1, 11)  # the day after the last purchase
    assert as_dict(small, small.recency) == {"A": 1, "B": 6, "C": 7, "D": 2, "E": 3}
    assert as_dict(small, small.frequency) == {"A": 2, "B": 1, "C": 3, "D": 1, "E": 1}
    assert as_dict(small, small.monetary) == {"A": 35.0, "B": 100.0, "C": 3.0, "D": 50.0, "E": 0.0}
    assert small.first_purchase.tolist()[2] == dt.date(2024, 1, 2)
    assert small.last_purchase.tolist()[0] == dt.date(2024, 1, 10)


def test_scores_by_quintile(small: RFMTable) -> None:
    # monetary 0 < 3 < 35 < 50 < 100 and recency 1 < 2 < 3 < 6 < 7: one customer a quintile
    assert as_dict(small, small.m_score) == {"A": 3, "B": 5, "C": 2, "D": 4, "E": 1}
    assert as_dict(small, small.r_score) == {"A": 5, "B": 2, "C": 1, "D": 4, "E": 3}
    # frequency 1,1,1 tie: percentile rank (0 + 3/2) / 5 = 0.3 → 2; F 2: 3.5/5 → 4; F 3: 4.5/5 → 5
    assert as_dict(small, small.f_score) == {"A": 4, "B": 2, "C": 5, "D": 2, "E": 2}
    assert small.code(0) == "543" and small.rfm_score.tolist() == [12, 9, 8, 10, 6]


def test_quintile_scores_of_ten_distinct_values() -> None:
    values = np.array([5.0, 1, 9, 3, 7, 2, 10, 4, 6, 8])
    assert quintile_scores(np.sort(values)).tolist() == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    assert (quintile_scores(-values) == 6 - quintile_scores(values)).all()
    assert quintile_scores(np.array([4.0, 4, 4])).tolist() == [3, 3, 3]


def test_as_of_date(tmp_path: Path) -> None:
    (tmp_path / "t.csv").write_text(SMALL, encoding="utf-8")
    tx = read_transactions(tmp_path / "t.csv")
    later = compute_rfm(tx, as_of=dt.date(2024, 1, 31))
    assert later.recency.tolist() == [21, 26, 27, 22, 23]
    with pytest.raises(RFMError, match=r"as-of date 2024-01-10 must be after the last purchase \(2024-01-10"):
        compute_rfm(tx, as_of=dt.date(2024, 1, 10))


def test_top_shares_by_monetary(small: RFMTable) -> None:
    split = assign_by_share(small, ["Gold", "Silver", "Bronze"], [0.2, 0.4])
    assert [split.customers_in(t) for t in split.tiers] == [("B",), ("A", "D"), ("C", "E")]
    gold, silver, bronze = summarize(split)
    assert (gold.customers, gold.share, gold.value_per_customer, gold.revenue) == (1, 0.2, 100.0, 100.0)
    assert (silver.customers, silver.share, silver.value_per_customer, silver.revenue) == (2, 0.4, 42.5, 85.0)
    assert (bronze.customers, bronze.share, bronze.value_per_customer, bronze.revenue) == (2, 0.4, 1.5, 3.0)
    assert silver.revenue_share == pytest.approx(85 / 188)
    assert silver.mean_frequency == 1.5 and silver.mean_recency == 1.5  # A: F 2, R 1; D: F 1, R 2
    assert split.method == "by monetary, best first: Gold 20%, Silver 40%, Bronze the rest"


def test_ties_are_broken_by_spend(small: RFMTable) -> None:
    """By frequency B, D and E all bought once; B spent most, so B is ranked first of them."""
    split = assign_by_share(small, ["Top", "Rest"], [0.6, 0.4], measure="frequency")
    assert split.customers_in("Top") == ("A", "B", "C")
    by_recency = assign_by_share(small, ["Top", "Rest"], [0.4], measure="recency")
    assert by_recency.customers_in("Top") == ("A", "D")
    by_score = assign_by_share(small, ["Top", "Rest"], [0.2], measure="rfm_score")
    assert by_score.customers_in("Top") == ("A",)


@pytest.mark.parametrize(("shares", "message"), [
    ([0.5, 0.6], "the shares sum to 1.1; they must sum to 1 or less"),
    ([0.2, 0.3, 0.4], "the shares sum to 0.9; they must sum to 1"),
    ([0.2], "give 3 shares between 0 and 1 for 3 tiers"),
    ([-0.1, 0.5], "give 3 shares between 0 and 1"),
])
def test_bad_shares(small: RFMTable, shares: list[float], message: str) -> None:
    with pytest.raises(RFMError, match=message):
        assign_by_share(small, ["Gold", "Silver", "Bronze"], shares)


def test_bad_tier_names_and_measure(small: RFMTable) -> None:
    with pytest.raises(RFMError, match="tier names repeat"):
        assign_by_share(small, ["Gold", "Gold"], [0.5])
    with pytest.raises(RFMError, match="every tier needs a name"):
        assign_by_share(small, ["Gold", " "], [0.5])
    with pytest.raises(RFMError, match="unknown measure 'spend'"):
        assign_by_share(small, ["Gold", "Rest"], [0.5], measure="spend")  # type: ignore[arg-type]


def test_thresholds_first_rule_wins_and_a_tier_may_have_several(small: RFMTable) -> None:
    rules = [ThresholdRule("Gold", min_monetary=60), ThresholdRule("Gold", min_frequency=3),
             ThresholdRule("Silver", max_recency=2)]
    split = assign_by_thresholds(small, rules, rest="Bronze")
    assert split.tiers == ("Gold", "Silver", "Bronze")
    assert [split.customers_in(t) for t in split.tiers] == [("B", "C"), ("A", "D"), ("E",)]
    assert split.method == ("by thresholds: Gold: spend ≥ 60; Gold: purchase days ≥ 3; "
                            "Silver: last purchase ≤ 2 days ago")
    both = assign_by_thresholds(small, [ThresholdRule("VIP", min_monetary=30, min_frequency=2)], "Rest")
    assert both.customers_in("VIP") == ("A",)  # every bound of a rule must hold
    with pytest.raises(RFMError, match="the rule for 'Gold' sets no threshold"):
        assign_by_thresholds(small, [ThresholdRule("Gold")], rest="Bronze")


def test_an_empty_tier_is_worth_zero_not_nan(small: RFMTable) -> None:
    split = assign_by_thresholds(small, [ThresholdRule("Platinum", min_monetary=1e6)], rest="Others")
    platinum, others = summarize(split)
    assert (platinum.customers, platinum.share, platinum.value_per_customer) == (0, 0.0, 0.0)
    assert (others.customers, others.share, others.revenue) == (5, 1.0, 188.0)


def test_project_tiers_get_share_and_value(small: RFMTable) -> None:
    summary = summarize(assign_by_share(small, ["Gold", "Silver", "Bronze"], [0.2, 0.4]))
    tiers = [Tier("t1", "Gold", care_level="exclusive"), Tier("t2", "Silver"), Tier("t3", "Bronze")]
    updated = apply_to_tiers(tiers, summary)
    assert [(t.id, t.share, t.value_per_customer, t.care_level) for t in updated] == [
        ("t1", 0.2, 100.0, "exclusive"), ("t2", 0.4, 42.5, "basic"), ("t3", 0.4, 1.5, "basic")]
    assert tiers[0].share == 0.0 and updated[0] is not tiers[0]  # copies; the project is untouched
    assert sum(t.share for t in updated) == pytest.approx(1.0)
    by_name = apply_to_tiers([Tier("x", "Platinum", share=0.05), Tier("b", " bronze "), Tier("g", "GOLD"),
                              Tier("s", "Silver")], summary, match="name")
    assert [(t.share, t.value_per_customer) for t in by_name] == [(0.05, 0.0), (0.4, 1.5), (0.2, 100.0),
                                                                  (0.4, 42.5)]
    with pytest.raises(RFMError, match="the project has 2 tiers but the split has 3"):
        apply_to_tiers(tiers[:2], summary)
    with pytest.raises(RFMError, match="no tier named 'Bronze' in the project"):
        apply_to_tiers(tiers[:2], summary, match="name")


# --- real data ---------------------------------------------------------------------------

def test_cdnow_rfm_and_a_20_30_50_split(realdata: Path) -> None:
    rfm = compute_rfm(read_transactions(realdata / "rfm" / "cdnow_lifetimes" / "CDNOW_master.txt"))
    assert len(rfm) == 23_570 and round(float(rfm.monetary.sum()), 2) == 2_500_315.63
    assert rfm.customers[0] == "00001" and rfm.as_of == dt.date(1998, 7, 1)
    # the README's spend per customer: median $43.41, 80th percentile $133.95, 95th $381.00
    quantiles = np.quantile(rfm.monetary, [0.5, 0.8, 0.95], method="higher")
    assert np.round(quantiles, 2).tolist() == [43.41, 133.95, 381.0]
    assert (rfm.frequency == 1).sum() == 12_054 and rfm.frequency.max() == 171
    summary = summarize(assign_by_share(rfm, ["Gold", "Silver", "Bronze"], [0.2, 0.3]))
    assert [s.customers for s in summary] == [4_714, 7_071, 11_785]
    assert sum(s.revenue for s in summary) == pytest.approx(2_500_315.63, abs=0.005)
    assert summary[0].revenue_share == pytest.approx(0.678, abs=0.001)  # the top fifth brings 2/3
    assert [round(s.value_per_customer, 2) for s in summary] == [359.49, 77.13, 22.08]
    assert all(np.bincount(score, minlength=6)[1:].sum() == 23_570 for score in (rfm.r_score, rfm.m_score))


def test_online_retail_rfm(realdata: Path) -> None:
    folder = realdata / "rfm" / "online_retail_uci_dec2010"
    rfm = compute_rfm(read_transactions(sorted(folder.glob("*.csv"))))
    assert len(rfm) == 885 and round(float(rfm.monetary.sum()), 2) == 572_713.89
    assert rfm.as_of == dt.date(2010, 12, 24)
    assert 1 <= rfm.recency.min() and rfm.recency.max() <= 23 and rfm.frequency.max() <= 20
    summary = summarize(assign_by_share(rfm, ["Gold", "Silver", "Bronze"], [0.2, 0.3]))
    assert [s.customers for s in summary] == [177, 266, 442]  # 885 × 0.5 = 442.5 rounds up
