"""Format 2 analysis worked out by hand: peaks, Erlang C staffing, lost context, care levels
and the budget."""

from __future__ import annotations

import pytest
from plans import act, default_channels, everyone, plan, tier

from journey_designer.analysis import analyze
from journey_designer.analysis.staffing import answered_within, erlang_c, required_agents
from journey_designer.domain import Channel, Peak, ServiceLevel

# ---------------------------------------------------------------- Erlang C


def test_erlang_c_against_the_textbook_table() -> None:
    # 100 calls an hour of 3 minutes: A = 5 Erlangs. With 8 agents a call waits with
    # probability 0.167 and 88 % are answered within 20 s; 7 agents answer 74 %: 8 needed.
    assert erlang_c(8, 5.0) == pytest.approx(0.1673, abs=1e-4)
    assert answered_within(8, 5.0, 3, 20) == pytest.approx(0.8801, abs=1e-4)
    assert answered_within(7, 5.0, 3, 20) == pytest.approx(0.7404, abs=1e-4)
    assert required_agents(5.0, 3, 0.8, 20) == 8
    assert answered_within(5, 5.0, 3, 20) == 0.0  # as many agents as Erlangs: the queue grows
    assert required_agents(0.0, 3, 0.8, 20) == 0


def hotline_plan(agents: int, peaks: list[Peak] | None = None):
    # 30,000 customers a month, every one calls at A: 1,000 calls a day over 10 hours =
    # 100 an hour, 3 minutes each: 5 Erlangs
    hotline = Channel(id="hotline", name="Hotline", kind="human", capacity_per_day=5000,
                      cost_per_contact=2.0, hours_per_day=10, handling_minutes=3, agents=agents,
                      service_level=ServiceLevel(0.8, 20))
    project = plan("A>Z:1", monthly_entries=30000, channels=[*default_channels(), hotline],
                   actions=[everyone("A", channel="hotline"), everyone("Z")])
    project.journeys[0].peaks = list(peaks or [])
    return project


def test_staffing_of_a_hotline() -> None:
    result = analyze(hotline_plan(agents=8))
    [staff] = result.staffing
    assert (staff.channel, staff.load, staff.erlangs) == ("Hotline", pytest.approx(1000),
                                                          pytest.approx(5))
    assert (staff.required_agents, staff.agents) == (8, 8)
    assert staff.answered_in_time == pytest.approx(0.8801, abs=1e-4)
    assert result.gaps_of("understaffed_channel") == ()


def test_understaffed_at_normal_load() -> None:
    [gap] = analyze(hotline_plan(agents=7)).gaps_of("understaffed_channel")
    assert (gap.severity, gap.channel, gap.tier, gap.touchpoint, gap.figure) == (
        "high", "Hotline", None, None, 8)
    assert gap.message == ("'Hotline' needs 8 agents at normal load to answer 80 % within 20 s "
                           "(5.0 Erlangs), but has 7 on duty; with 7 only 74 % are answered "
                           "within 20 s")


def test_understaffed_at_a_peak_and_overloaded_there() -> None:
    # Double 11: three times the entries for 3 days: 3,000 calls a day, 15 Erlangs: 19 agents
    double_11 = Peak("Double 11", "11-10", 3, 3.0)
    result = analyze(hotline_plan(agents=10, peaks=[double_11]))
    [staff] = result.staffing
    assert (staff.peak_load, staff.peak, staff.required_agents_peak) == (
        pytest.approx(3000), "Double 11", 19)
    [gap] = result.gaps_of("understaffed_channel")
    assert "needs 19 agents during the peak 'Double 11'" in gap.message
    hotline = next(c for c in result.channels if c.channel == "Hotline")
    assert (hotline.peak_daily_load, hotline.peak) == (pytest.approx(3000), "Double 11")
    assert result.gaps_of("channel_overload") == ()  # 3,000 a day is within 5,000
    project = hotline_plan(agents=19, peaks=[double_11])
    project.channels[2].capacity_per_day = 2000
    result = analyze(project)
    assert result.gaps_of("understaffed_channel") == ()
    [gap] = result.gaps_of("channel_overload")
    assert gap.message == ("'Hotline' is expected to take 3,000 contacts a day during the peak "
                           "'Double 11', more than its capacity of 2,000 (1,000 a day otherwise)")


def test_overlapping_peaks_take_the_larger_factor_and_wrap_the_year() -> None:
    peaks = [Peak("New year", "12-30", 5, 2.0), Peak("Sale", "01-02", 1, 1.5)]
    [staff] = analyze(hotline_plan(agents=30, peaks=peaks)).staffing
    assert (staff.peak_load, staff.peak) == (pytest.approx(2000), "New year")


# ---------------------------------------------------------------- context_lost


def context_plan(app_group: str | None, phone_group: str | None):
    app = Channel(id="app", name="App", kind="automated", context_group=app_group)
    phone = Channel(id="phone", name="Phone", kind="human", capacity_per_day=1000,
                    context_group=phone_group)
    return plan("A>B:0.4 A>Z:0.6 B>Z:1", channels=[app, phone],
                touchpoints={"A": {"name": "Order page", "channels": ["app"]},
                             "B": {"name": "Hotline", "channels": ["phone"]}},
                actions=[everyone("A", channel="app"), everyone("B", channel="phone"),
                         everyone("Z", channel="app")])


def test_context_lost_when_channels_share_no_history() -> None:
    [gap] = analyze(context_plan(None, "CRM")).gaps
    assert (gap.kind, gap.severity, gap.tier, gap.touchpoint, gap.channel, gap.figure) == (
        "context_lost", "medium", None, "Hotline", "Phone", pytest.approx(0.4))
    assert gap.message == ("Customers moving from 'Order page' to 'Hotline' must tell their "
                           "story again: 'Phone' shares no customer history (context group) "
                           "with the channels of 'Order page' (40 % of customers pass here)")


def test_no_context_lost_within_one_crm() -> None:
    assert analyze(context_plan("CRM", "CRM")).gaps == ()


# ---------------------------------------------------------------- care_level_order


def test_a_tier_worth_more_with_less_care() -> None:
    tiers = [tier("Gold", 0.2, 1000, care_level="basic"),
             tier("Silver", 0.3, 300, care_level="deep"),
             tier("Bronze", 0.5, 100, care_level="exclusive")]
    project = plan("A>Z:1", tiers=tiers, actions=[everyone("A"), everyone("Z")])
    gaps = analyze(project).gaps_of("care_level_order")
    assert [(g.tier, g.severity) for g in gaps] == [("Gold", "medium"), ("Silver", "medium")]
    assert gaps[0].message == ("Gold customers (worth 1,000) get basic care, less than Bronze "
                               "customers (worth 100) who get exclusive care: match care to "
                               "customer value")
    for t, level in zip(tiers, ("exclusive", "deep", "basic"), strict=True):
        t.care_level = level
    assert analyze(project).gaps_of("care_level_order") == ()


# ---------------------------------------------------------------- budget


def budget_plan(limit: float | None):
    # 3,000 customers a month; everyone gets a 0.10 SMS at A; Gold (20 %) a 5.00 call at B,
    # which half of them reach: Gold 600 × (0.10 + 0.5 × 5) = 1,560, Silver 900 × 0.10 = 90,
    # Bronze 1,500 × 0.10 = 150; SMS 300, Phone 1,500; 1,800 in all
    project = plan("A>B:0.5 A>Z:0.5 B>Z:1",
                   actions=[everyone("A"), act("B", "gold", channel="phone")])
    project.budget_per_month = limit
    return project


def test_budget_per_tier_journey_and_channel() -> None:
    money = analyze(budget_plan(2000)).budget
    assert money is not None and (money.total, money.limit) == (pytest.approx(1800), 2000)
    assert dict(money.per_tier) == pytest.approx({"Gold": 1560, "Silver": 90, "Bronze": 150})
    assert dict(money.per_journey) == pytest.approx({"Journey": 1800})
    assert dict(money.per_channel) == pytest.approx({"SMS": 300, "Phone": 1500})
    assert analyze(budget_plan(2000)).gaps_of("over_budget") == ()
    assert analyze(budget_plan(None)).gaps_of("over_budget") == ()


def test_over_budget() -> None:
    [gap] = analyze(budget_plan(1500)).gaps_of("over_budget")
    assert (gap.severity, gap.tier, gap.channel, gap.figure) == ("high", None, None,
                                                                pytest.approx(1800))
    assert gap.message == ("The plan costs 1,800 a month, more than the budget of 1,500 "
                           "(120 %); most of it on 'Phone' (1,500)")


def test_chinese_sentences() -> None:
    project = budget_plan(1500)
    project.locale = "zh_CN"
    [gap] = analyze(project).gaps_of("over_budget")
    assert gap.message == "方案每月花费 1,800，超过每月预算 1,500（120%）；其中最多的是“Phone”（1,500）"
    project = context_plan(None, None)
    project.locale = "zh_CN"
    [gap] = analyze(project).gaps_of("context_lost")
    assert gap.message.startswith("客户从“Order page”转到“Hotline”时必须把情况再讲一遍")
