"""Sentences of the format-2 analysis (fatigue per customer, silence in days, staffing,
peaks, lost context, care levels, budget) in the project's language, like wording.py."""

from __future__ import annotations

from collections.abc import Sequence

from journey_designer.analysis.wording import (
    amount,
    names_in,
    percent,
    percent_in,
    quoted,
    quoted_in,
)

ZH = "zh_CN"


def _zh(lang: str) -> bool:
    return lang == ZH


def path_in(lang: str, names: Sequence[str], most: int = 6) -> str:
    """'A → B → C' (long paths shortened in the middle)."""
    shown = list(names)
    if len(shown) > most:
        shown = [*shown[:most - 2], "…", shown[-1]]
    return " → ".join(shown)


def method_in(lang: str, method: str, margin: float) -> str:
    if method == "simulation":
        margin_text = percent_in(lang, margin) if margin >= 0.005 else ("<1%" if _zh(lang) else "<1 %")
        return (f"模拟估计，误差 ±{margin_text}" if _zh(lang)
                else f"simulated, ±{margin_text}")
    return "按全部路径精确计算" if _zh(lang) else "exact"


def contact_fatigue(lang: str, tier: str, share: float, cap: int, window: int, journey: str,
                    method: str, margin: float, path: Sequence[str], contacts: int, day: float,
                    touchpoint: str) -> str:
    how = method_in(lang, method, margin)
    if _zh(lang):
        return (f"旅程{quoted_in(lang, journey)}中 {percent_in(lang, share)} 的{tier}客户会在 "
                f"{window} 天内收到超过 {cap} 次触达（{how}）；最严重的路径 {path_in(lang, path)} "
                f"从第 {day:g} 天（{quoted_in(lang, touchpoint)}）起的 {window} 天内有 {contacts} 次")
    return (f"{percent(share)} of {tier} customers get more than {cap} contacts within "
            f"{window} days in {quoted(journey)} ({how}); the worst path "
            f"{path_in(lang, path)} gives {contacts} from day {day:g} ({quoted(touchpoint)}) on")


def silent_days(lang: str, tier: str, days: float, journey: str, start_day: float, start: str,
                end_day: float, end: str | None, limit: float, share: float) -> str:
    if _zh(lang):
        until = (f"到第 {end_day:g} 天（{quoted_in(lang, end)}）" if end is not None
                 else f"到路径结束（第 {end_day:g} 天）")
        return (f"{tier}客户在旅程{quoted_in(lang, journey)}中会连续 {days:g} 天收不到任何触达："
                f"从第 {start_day:g} 天（{quoted_in(lang, start)}）{until}，上限为 {limit:g} 天"
                f"（{percent_in(lang, share)} 的客户如此）")
    until = (f"day {end_day:g} ({quoted(end)})" if end is not None
             else f"the end of their path (day {end_day:g})")
    return (f"{tier} customers go {days:g} days without a contact in {quoted(journey)}, from "
            f"day {start_day:g} ({quoted(start)}) to {until}; the limit is {limit:g} days "
            f"({percent(share)} of them)")


def overload_at_peak(lang: str, channel: str, load: float, capacity: int, peak: str,
                     normal: float) -> str:
    if _zh(lang):
        return (f"渠道{quoted_in(lang, channel)}在高峰{quoted_in(lang, peak)}期间预计每天承接 "
                f"{amount(load)} 次接触，超过其每天 {capacity:,} 次的处理能力（平时每天 "
                f"{amount(normal)} 次）")
    return (f"{quoted(channel)} is expected to take {amount(load)} contacts a day during the "
            f"peak {quoted(peak)}, more than its capacity of {capacity:,} "
            f"({amount(normal)} a day otherwise)")


def understaffed(lang: str, channel: str, agents: int, required: int, peak: str | None,
                 erlangs: float, target: float, seconds: float, answered: float | None) -> str:
    got = "" if answered is None else (
        f"；现有坐席只能在 {seconds:g} 秒内接起 {percent_in(lang, answered)}" if _zh(lang)
        else f"; with {agents} only {percent(answered)} are answered within {seconds:g} s")
    if _zh(lang):
        when = f"高峰{quoted_in(lang, peak)}期间" if peak else "平时"
        return (f"渠道{quoted_in(lang, channel)}{when}需要 {required} 名坐席才能在 {seconds:g} 秒内"
                f"接起 {percent_in(lang, target)} 的来电（话务量 {erlangs:.1f} 爱尔兰），"
                f"在岗只有 {agents} 名{got}")
    when = f"during the peak {quoted(peak)}" if peak else "at normal load"
    return (f"{quoted(channel)} needs {required} agents {when} to answer {percent(target)} "
            f"within {seconds:g} s ({erlangs:.1f} Erlangs), but has {agents} on duty{got}")


def context_lost(lang: str, source: str, target: str, channel: str, flow: float) -> str:
    if _zh(lang):
        return (f"客户从{quoted_in(lang, source)}转到{quoted_in(lang, target)}时必须把情况再讲一遍："
                f"{quoted_in(lang, channel)}与{quoted_in(lang, source)}的渠道不共享客户历史"
                f"（没有相同的上下文组；{percent_in(lang, min(flow, 1.0))} 的客户经过这里）")
    return (f"Customers moving from {quoted(source)} to {quoted(target)} must tell their story "
            f"again: {quoted(channel)} shares no customer history (context group) with the "
            f"channels of {quoted(source)} ({percent(min(flow, 1.0))} of customers pass here)")


_LEVELS_ZH = {"basic": "基础关怀", "deep": "深度关怀", "exclusive": "专属关怀"}


def care_level_order(lang: str, tier: str, level: str, value: float, other: str,
                     other_level: str, other_value: float) -> str:
    if _zh(lang):
        return (f"{tier}客户（价值 {amount(value)}）的关怀层级为"
                f"{_LEVELS_ZH.get(level, level)}，低于价值更低的{other}客户（价值 "
                f"{amount(other_value)}）的{_LEVELS_ZH.get(other_level, other_level)}：资源应与客户价值匹配")
    return (f"{tier} customers (worth {amount(value)}) get {level} care, less than "
            f"{other} customers (worth {amount(other_value)}) who get {other_level} care: "
            "match care to customer value")


def over_budget(lang: str, total: float, limit: float, channel: str | None,
                channel_cost: float) -> str:
    most = "" if channel is None else (
        f"；其中最多的是{quoted_in(lang, channel)}（{amount(channel_cost)}）" if _zh(lang)
        else f"; most of it on {quoted(channel)} ({amount(channel_cost)})")
    share = total / limit if limit > 0 else float("inf")
    if _zh(lang):
        return (f"方案每月花费 {amount(total)}，超过每月预算 {amount(limit)}"
                f"（{percent_in(lang, share)}）{most}")
    return (f"The plan costs {amount(total)} a month, more than the budget of "
            f"{amount(limit)} ({percent(share)}){most}")


def tiers_in(lang: str, names: list[str]) -> str:
    return names_in(lang, names)
