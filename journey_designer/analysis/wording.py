"""Numbers and names as a care manager reads them in gap messages and reports."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence


def quoted(name: object) -> str:
    return f"'{name}'"


def percent(fraction: float) -> str:
    """0.183 -> '18 %'; a small but positive share never shows as 0 %."""
    if math.isinf(fraction):
        return "∞ %"
    value = fraction * 100
    if 0 < value < 0.5:
        return "<1 %"
    return f"{value:.0f} %"


def amount(value: float) -> str:
    """A figure with sensible precision: 3,120 / 48.50 / 2.40 / 16 / 0.013."""
    if math.isinf(value):
        return "∞"
    size = abs(value)
    if size >= 100:
        return f"{value:,.0f}"
    if size >= 0.1 or size == 0:
        text = f"{value:.2f}"  # a whole figure reads "16", never "16.00" (issue 14)
        return text[:-3] if text.endswith(".00") else text
    return f"{value:.2g}"


def reach_phrase(visits: float) -> str:
    """How many customers get to a touchpoint, in words."""
    if math.isinf(visits):
        return "in a loop that never ends"
    if visits <= 0:
        return "no customer gets there"
    if visits <= 1 + 1e-9:
        return f"reached by {percent(visits)} of customers"
    return f"visited {visits:.1f} times per customer"


def at_stage(stage: str | None) -> str:
    return f" (stage {quoted(stage)})" if stage else ""


def names_list(names: list[str]) -> str:
    """'Gold', 'Gold and Silver', 'Gold, Silver and Bronze'."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def day_phrase(day: float) -> str:
    return f"day {day:g}"


def unique_names(names: Sequence[str], qualifiers: Sequence[Sequence[str]]) -> list[str]:
    """`names` made unique: a name used more than once gets the first qualifier that
    separates it ("Hotline (Onboarding)", then "Hotline [tp-7]"), and as a last resort
    its position ("Hotline #3")."""
    keys = list(names)
    levels = [*qualifiers, [f"#{i + 1}" for i in range(len(names))]]
    for level in levels:
        counts = Counter(keys)
        if all(n == 1 for n in counts.values()):
            break
        keys = [f"{name} {q}" if counts[key] > 1 else key
                for key, name, q in zip(keys, names, level, strict=True)]
    return keys


# ---------------------------------------------------------------- sentences
#
# Every sentence of an analysis (gap messages, notes, Fix-first reasons) in the project's
# language: English, or Simplified Chinese when the project's locale is zh_CN. Names come
# from the project; the English wording is what the CLI and the tests rely on.

ZH = "zh_CN"


def _zh(lang: str) -> bool:
    return lang == ZH


def quoted_in(lang: str, name: object) -> str:
    return f"“{name}”" if _zh(lang) else quoted(name)


def percent_in(lang: str, fraction: float) -> str:
    """percent(), written the Chinese way (18%) for zh_CN."""
    text = percent(fraction)
    return text.replace(" %", "%") if _zh(lang) else text


def reach_in(lang: str, visits: float) -> str:
    """reach_phrase() in `lang`."""
    if not _zh(lang):
        return reach_phrase(visits)
    if math.isinf(visits):
        return "处于一个走不出去的循环中"
    if visits <= 0:
        return "没有客户会到达这里"
    if visits <= 1 + 1e-9:
        return f"{percent_in(lang, visits)} 的客户会到达"
    return f"每位客户平均经过 {visits:.1f} 次"


def at_stage_in(lang: str, stage: str | None) -> str:
    if not _zh(lang):
        return at_stage(stage)
    return f"（阶段{quoted_in(lang, stage)}）" if stage else ""


def names_in(lang: str, names: list[str]) -> str:
    """names_list() in `lang`: '金卡、银卡和铜卡'."""
    if not _zh(lang):
        return names_list(names)
    if len(names) <= 1:
        return "".join(names)
    return f"{'、'.join(names[:-1])}和{names[-1]}"


def uncovered_mot(lang: str, tier: str, touchpoint: str, visits: float) -> str:
    if _zh(lang):
        return (f"{tier}客户在关键时刻{quoted_in(lang, touchpoint)}得不到任何关怀"
                f"（{reach_in(lang, visits)}）")
    return (f"{tier} customers hear nothing at the moment of truth "
            f"{quoted(touchpoint)} ({reach_phrase(visits)})")


def uncovered_pain(lang: str, tier: str, touchpoint: str, pains: Sequence[str], emotion: object,
                   only_marketing: bool, visits: float) -> str:
    more = len(pains) > 2
    if _zh(lang):
        if pains:
            why = ("此处有痛点（" + "、".join(quoted_in(lang, p) for p in pains[:2])
                   + ("、…" if more else "") + "）")
        else:
            why = f"客户在此感受不佳（情绪 {emotion}）"
        only = "；此处只有营销信息触达他们" if only_marketing else ""
        return (f"{tier}客户在{quoted_in(lang, touchpoint)}没有任何服务动作，{why}{only}"
                f"（{reach_in(lang, visits)}）")
    if pains:
        why = "a pain point (" + ", ".join(quoted(p) for p in pains[:2]) + \
            (", …" if more else "") + ")"
    else:
        why = f"where customers feel bad (emotion {emotion})"
    only = "; only marketing reaches them there" if only_marketing else ""
    return (f"{tier} customers get no service action at {quoted(touchpoint)}, {why}"
            f"{only} ({reach_phrase(visits)})")


def missing_human(lang: str, tier: str, touchpoint: str, visits: float) -> str:
    if _zh(lang):
        return (f"{tier}客户在关键时刻{quoted_in(lang, touchpoint)}接触不到真人：他们在此处的"
                f"关怀动作都不走人工渠道（{reach_in(lang, visits)}）")
    return (f"{tier} customers meet no person at the moment of truth "
            f"{quoted(touchpoint)}: none of their actions there uses a human channel "
            f"({reach_phrase(visits)})")


def marketing_in_recovery(lang: str, action: str, touchpoint: str) -> str:
    if _zh(lang):
        return (f"营销动作{quoted_in(lang, action)}在服务补救触点{quoted_in(lang, touchpoint)}"
                "发送：投诉和退款环节不要夹带营销信息")
    return (f"Marketing action {quoted(action)} is sent at {quoted(touchpoint)}, "
            "a service-recovery touchpoint: keep offers out of complaints and refunds")


def unreachable(lang: str, touchpoint: str, stage: str | None, journey: str,
                has_entry: bool) -> str:
    if _zh(lang):
        where = f"{quoted_in(lang, touchpoint)}{at_stage_in(lang, stage)}"
        if not has_entry:
            return f"没有客户能到达{where}：旅程{quoted_in(lang, journey)}没有入口"
        return (f"没有客户能到达{where}：从旅程{quoted_in(lang, journey)}的入口出发，"
                "没有带流转比例的路径通向这里")
    where = f"{quoted(touchpoint)}{at_stage(stage)}"
    if not has_entry:
        return f"No customer can reach {where}: {quoted(journey)} has no entry"
    return (f"No customer can reach {where}: no transition with a share leads there "
            f"from an entry of {quoted(journey)}")


def dead_end(lang: str, touchpoint: str, stage: str | None, journey: str, has_exit: bool) -> str:
    if _zh(lang):
        where = f"{quoted_in(lang, touchpoint)}{at_stage_in(lang, stage)}"
        if not has_exit:
            return f"到达{where}的客户永远走不到出口：旅程{quoted_in(lang, journey)}没有出口"
        return (f"到达{where}的客户无法继续走到旅程{quoted_in(lang, journey)}的出口："
                "这里不是出口，也没有路径从这里通向出口")
    where = f"{quoted(touchpoint)}{at_stage(stage)}"
    if not has_exit:
        return f"Customers at {where} never reach an exit: {quoted(journey)} has no exit"
    return (f"Customers at {where} cannot go on to an exit of {quoted(journey)}: "
            "it is not an exit and no path leads from it to one")


_MISSING_ZH = {"touchpoint": "触点", "tier": "客户分层", "channel": "渠道"}


def _missing_zh(item: str) -> str:
    """"touchpoint 'x'" (facts._missing) -> '触点“x”'."""
    kind, _, name = item.partition(" ")
    if len(name) >= 2 and name[0] == name[-1] and name[0] in "'\"":
        name = name[1:-1]
    return f"{_MISSING_ZH.get(kind, kind)}{quoted_in(ZH, name)}"


def orphan_action(lang: str, action: str, missing: Sequence[str]) -> str:
    if _zh(lang):
        return (f"动作{quoted_in(lang, action)}引用了不存在的"
                f"{names_in(lang, [_missing_zh(m) for m in missing])}")
    verb = "which does not exist" if len(missing) == 1 else "which do not exist"
    return f"Action {quoted(action)} refers to {names_list(list(missing))}, {verb}"


def silent_loop(lang: str, tier: str, start: str) -> str:
    if _zh(lang):
        return (f"{tier}客户从{quoted_in(lang, start)}起可能在循环里一直收不到我们的消息："
                "循环中没有任何触点为他们安排了关怀动作")
    return (f"{tier} customers can go round a loop without hearing from us, from "
            f"{quoted(start)} on: no touchpoint along it has an action for them")


def silent_run(lang: str, tier: str, length: float, start: str, end: str, limit: int) -> str:
    if _zh(lang):
        return (f"{tier}客户从{quoted_in(lang, start)}到{quoted_in(lang, end)}连续 {length:.0f} "
                f"个触点收不到任何关怀（上限为 {limit} 个）")
    return (f"{tier} customers hear nothing for {length:.0f} touchpoints in a row, from "
            f"{quoted(start)} to {quoted(end)} (the limit is {limit})")


def channel_overload(lang: str, channel: str, load: float, capacity: int,
                     utilisation: float | None, touchpoint: str, touchpoint_load: float) -> str:
    if _zh(lang):
        share = f"（{percent_in(lang, utilisation or 0.0)}）" if capacity else ""
        return (f"渠道{quoted_in(lang, channel)}预计每天承接 {amount(load)} 次接触，超过其每天 "
                f"{capacity:,} 次的处理能力{share}；其中大部分来自{quoted_in(lang, touchpoint)}"
                f"（每天 {amount(touchpoint_load)} 次）")
    share = f" ({percent(utilisation or 0.0)})" if capacity else ""
    return (f"{quoted(channel)} is expected to take {amount(load)} "
            f"contacts a day, more than its capacity of {capacity:,}{share}; most of "
            f"them at {quoted(touchpoint)} ({amount(touchpoint_load)} a day)")


def value_mismatch(lang: str, tier: str, cost: float, value: float, other: str,
                   other_cost: float, other_value: float) -> str:
    if _zh(lang):
        return (f"每位{tier}客户的关怀成本为 {amount(cost)}，高于价值更高的{other}客户"
                f"（{amount(other_cost)}）：{other}客户的价值为 {amount(other_value)}，"
                f"{tier}客户为 {amount(value)}")
    return (f"Care for a {tier} customer costs {amount(cost)}, "
            f"more than for a {other} customer ({amount(other_cost)}) "
            f"who is worth {amount(other_value)} against {amount(value)}")


def approximate_reach(lang: str, journey: str) -> str:
    if _zh(lang):
        return f"旅程{quoted_in(lang, journey)}中的预期到达次数是近似值：计算没有完全收敛"
    return (f"Expected visits in {quoted(journey)} are approximate: "
            "the calculation did not fully converge")


def action_without_tier(lang: str, action: str) -> str:
    if _zh(lang):
        return f"动作{quoted_in(lang, action)}没有指定客户分层，因此不会触达任何客户，也不覆盖任何触点"
    return f"Action {quoted(action)} lists no tier, so it reaches no customer and covers nothing"


def never_ending_loop(lang: str, touchpoints: Sequence[str], journey: str) -> str:
    """`touchpoints`: every touchpoint of the loop (the first three are named)."""
    names = [quoted_in(lang, t) for t in touchpoints[:3]]
    rest = len(touchpoints) - 3
    if _zh(lang):
        if rest > 0:
            names.append(f"另外 {rest} 个触点")
        return (f"到达旅程{quoted_in(lang, journey)}中{names_in(lang, names)}的客户会无休止地"
                "循环：那里的每个流转比例都指回循环内，没有一个指向外面。请添加出路（出口或流失）；"
                "在此之前，触达次数、渠道负载和成本都不计入该循环")
    if rest > 0:
        names.append(f"{rest} more")
    return (f"Customers who reach {names_list(names)} in {quoted(journey)} go round for ever: "
            "every share there leads back into the loop and none leads out. Add a way out "
            "(an exit or a drop-out); meanwhile contacts, load and cost leave the loop out")


def priority_reasons(lang: str, visits: float, moment_of_truth: bool, emotion: int | None,
                     pains: Sequence[str], no_action: list[str], no_service: list[str],
                     no_person: list[str], share: float) -> list[str]:
    """Why a touchpoint is worth fixing first (emotion: only when negative)."""
    zh = _zh(lang)
    reasons = [reach_in(lang, visits)]
    if moment_of_truth:
        reasons.append("关键时刻" if zh else "a moment of truth")
    if emotion is not None:
        reasons.append(f"客户在此感受不佳（情绪 {emotion}）" if zh
                       else f"customers feel bad here (emotion {emotion})")
    if pains:
        reasons.append(("痛点：" + "、".join(quoted_in(lang, p) for p in pains)) if zh
                       else "pain points: " + ", ".join(quoted(p) for p in pains))
    for tiers, zh_text, en_text in ((no_action, "{}没有关怀动作", "no action for {}"),
                                    (no_service, "{}没有服务动作", "no service action for {}"),
                                    (no_person, "{}接触不到真人", "no person for {}")):
        if tiers:
            reasons.append((zh_text if zh else en_text).format(names_in(lang, tiers)))
    reasons.append(f"这些客户分层占客户总数的 {percent_in(lang, share)}" if zh
                   else f"{percent(share)} of customers are in these tiers")
    return reasons
