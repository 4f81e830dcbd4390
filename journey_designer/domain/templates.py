"""New projects: the blank template with the classic six stages and default tiers/channels."""

from __future__ import annotations

from journey_designer.domain.ids import new_id
from journey_designer.domain.model import (
    CareLevel,
    Channel,
    ChannelKind,
    Journey,
    Project,
    Stage,
    Tier,
)
from journey_designer.domain.safe_values import replace_lone_surrogates

CLASSIC_STAGES = {
    "en": ("Awareness", "Consultation", "Purchase", "Use", "After-sales", "Repurchase"),
    "zh_CN": ("认知", "咨询", "购买", "使用", "售后", "复购"),
}

_TIERS: dict[str, tuple[tuple[str, float, float, CareLevel, int, bool], ...]] = {
    # (name, share, value per customer, care level, contacts per window, human touch at MoT)
    "en": (("Gold", 0.1, 5000.0, "exclusive", 4, True),
           ("Silver", 0.3, 1200.0, "deep", 3, False),
           ("Bronze", 0.6, 200.0, "basic", 2, False)),
    "zh_CN": (("金卡", 0.1, 5000.0, "exclusive", 4, True),
              ("银卡", 0.3, 1200.0, "deep", 3, False),
              ("铜卡", 0.6, 200.0, "basic", 2, False)),
}

_CHANNELS: dict[str, tuple[tuple[str, ChannelKind, int | None, float], ...]] = {
    # (name, kind, capacity per day, cost per contact); the WeChat mini-program is a
    # Chinese customer's channel, so an English project gets a website in its place
    "en": (("SMS", "automated", None, 0.05), ("Email", "automated", None, 0.01),
           ("App push", "automated", None, 0.005), ("Website", "automated", None, 0.01),
           ("Phone", "human", 400, 3.5), ("Online chat", "human", 800, 1.2),
           ("Account manager", "human", 60, 12.0), ("Store", "human", 200, 8.0)),
    "zh_CN": (("短信", "automated", None, 0.05), ("邮件", "automated", None, 0.01),
              ("APP推送", "automated", None, 0.005), ("微信小程序", "automated", None, 0.01),
              ("电话", "human", 400, 3.5), ("在线客服", "human", 800, 1.2),
              ("专属客户经理", "human", 60, 12.0), ("门店", "human", 200, 8.0)),
}

_NAMES = {"en": ("New care plan", "Customer journey"), "zh_CN": ("新关怀方案", "客户旅程")}


def blank_project(locale: str = "en", name: str | None = None) -> Project:
    """A project ready to draw on: one journey with the classic stages, tiers and channels.

    `name` (often a file's stem) may hold lone surrogates, the undecodable bytes of a
    file name as Python sees them: they become U+FFFD, so that the project saves.
    """
    lang = locale if locale in CLASSIC_STAGES else "en"
    project_name, journey_name = _NAMES[lang]
    journey = Journey(
        id=new_id("j"),
        name=journey_name,
        monthly_entries=1000,
        stages=[Stage(id=new_id("st"), name=n) for n in CLASSIC_STAGES[lang]],
    )
    return Project(
        name=replace_lone_surrogates(name) if name else project_name,
        locale="zh_CN" if lang == "zh_CN" else "en",
        tiers=[
            Tier(id=new_id("tier"), name=n, share=s, value_per_customer=v, care_level=c,
                 max_contacts_per_window=m, human_touch_at_mot=h)
            for n, s, v, c, m, h in _TIERS[lang]
        ],
        channels=[
            Channel(id=new_id("ch"), name=n, kind=k, capacity_per_day=cap, cost_per_contact=cost)
            for n, k, cap, cost in _CHANNELS[lang]
        ],
        journeys=[journey],
    )
