#!/usr/bin/env python3
"""Generate journey_designer/samples/ecommerce_aftersales_zh.json.

An e-commerce after-sales care plan written in Simplified Chinese (locale zh_CN):
咨询 → 下单 → 配送 → 售后（退换/投诉/维修，服务补救）→ 评价 → 复购, for 金卡 / 银卡 / 铜卡
members.  Following seed 000's warning, no marketing action sits on a recovery
touchpoint (refund, complaint, repair, negative review).

Standard library only.  Run:  python sample_projects/src/ecommerce_aftersales_zh.py
"""
import json
from pathlib import Path

from samplekit import action, channel_rows, ev, journey, off, on_date, staffed, thr, tp

OUT = Path(__file__).resolve().parents[2] / "journey_designer" / "samples" / "ecommerce_aftersales_zh.json"

G, S, B = "tier-gold", "tier-silver", "tier-bronze"
ALL = (G, S, B)

TIERS = [
    # id, 名称, 占比, 客户年价值（元）, 关怀层级, 7 天内最多触达次数, 关键时刻需人工
    (G, "金卡会员", 0.08, 3200, "exclusive", 6, True),
    (S, "银卡会员", 0.27, 950, "deep", 5, False),
    (B, "铜卡会员（含新客）", 0.60, 160, "basic", 4, False),
]

CHANNELS = [
    # id, 名称, 类型, 人工渠道日处理能力, 单次触达成本（元）
    ("ch-sms", "短信", "automated", None, 0.05),
    ("ch-push", "APP推送", "automated", None, 0.005),
    ("ch-miniapp", "微信小程序", "automated", None, 0.01),
    ("ch-inbox", "站内信", "automated", None, 0.001),
    ("ch-bot", "智能客服", "automated", None, 0.02),
    ("ch-live", "直播间", "automated", None, 0.1),
    ("ch-chat", "在线客服（人工）", "human", 2500, 1.2),
    ("ch-phone", "电话客服", "human", 900, 3.5),
    ("ch-vip", "专属客户经理", "human", 600, 12),
]

# 格式 2：APP、小程序、站内信、智能客服、在线客服、电话客服和专属客户经理共用一个客服
# 工作台（CRM），转人工时客户不必重复描述问题（直播间还是数据孤岛）；“普通咨询 30 秒内
# 响应”的服务标准；大促期间咨询量成倍增长，电话客服需要临时调配人手。
STAFFING = {
    "ch-push": {"context_group": "客服工作台"},
    "ch-miniapp": {"context_group": "客服工作台"},
    "ch-inbox": {"context_group": "客服工作台"},
    "ch-bot": {"context_group": "客服工作台"},
    "ch-chat": staffed("客服工作台", 14, 6, 12, 0.8, 30),
    "ch-phone": staffed("客服工作台", 12, 5, 4, 0.8, 20),
    "ch-vip": {"context_group": "客服工作台"},
}
PEAKS = [{"name": "双11大促", "start": "11-01", "days": 12, "factor": 3.0},
         {"name": "618年中大促", "start": "06-01", "days": 18, "factor": 2.0}]
BUDGET = 300000  # 元/月：人力、短信、礼品

# ---------------------------------------------------------------- journey
STAGES = [
    ("st-consult", "咨询"),
    ("st-order", "下单"),
    ("st-delivery", "配送"),
    ("st-aftersales", "售后"),
    ("st-review", "评价"),
    ("st-repurchase", "复购"),
]

TOUCHPOINTS = [
    # -- 咨询
    tp("tp-browse", "st-consult", "浏览商品详情页", ["ch-miniapp", "ch-push"], 0, 0,
       "商品运营部", ["商品中心", "推荐引擎"],
       pains=["尺码表不清楚", "详情页图片与实物有色差"]),
    tp("tp-live", "st-consult", "直播间看播咨询", ["ch-live"], 1, 0,
       "直播运营部", ["直播中台", "商品中心"], delights=["主播现场试穿讲解"]),
    tp("tp-bot-consult", "st-consult", "智能客服咨询", ["ch-bot"], -1, 0.1,
       "客服中心", ["智能客服系统", "知识库"],
       pains=["机器人答非所问", "转人工需要排队"]),
    tp("tp-agent-consult", "st-consult", "人工客服咨询", ["ch-chat", "ch-phone"], 1, 0.2,
       "客服中心", ["统一客服平台", "CRM 客户关系管理系统"],
       pains=["大促高峰排队超过5分钟", "换个渠道又要重新说一遍"],
       delights=["客服根据历史订单推荐尺码"], mot=True),
    tp("tp-coupon", "st-consult", "领取优惠券", ["ch-miniapp"], 1, 0.5,
       "会员运营部", ["营销中台", "会员系统"]),
    # -- 下单
    tp("tp-cart", "st-order", "加入购物车", ["ch-miniapp"], 0, 1,
       "交易运营部", ["交易中台", "营销中台"], pains=["满减凑单规则复杂"]),
    tp("tp-checkout", "st-order", "提交订单并支付", ["ch-miniapp"], 0, 1,
       "交易运营部", ["订单系统", "支付网关", "风控引擎"]),
    tp("tp-pay-fail", "st-order", "支付失败", ["ch-miniapp", "ch-chat"], -2, 1,
       "交易运营部", ["支付网关", "对账系统"], pains=["扣款成功但订单显示未支付"]),
    tp("tp-order-confirm", "st-order", "订单确认通知", ["ch-sms", "ch-push"], 1, 1,
       "交易运营部", ["订单系统", "消息中心"]),
    # -- 配送
    tp("tp-ship", "st-delivery", "仓库出库发货", ["ch-push"], 1, 2,
       "仓储物流部", ["WMS 仓储管理系统", "物流中台"], delights=["当日下单当日发货"]),
    tp("tp-delay", "st-delivery", "物流延误", ["ch-push", "ch-chat"], -2, 4,
       "仓储物流部", ["TMS 运输管理系统", "物流中台"],
       pains=["物流信息三天不更新", "客服只会说“再等等”"]),
    tp("tp-out-for-delivery", "st-delivery", "派送中", ["ch-sms"], 1, 4,
       "仓储物流部", ["快递公司接口"]),
    tp("tp-receipt", "st-delivery", "签收", ["ch-sms", "ch-push"], 2, 5,
       "仓储物流部", ["TMS 运输管理系统", "快递公司接口"],
       pains=["快递放驿站未通知"], delights=["包装精致，附手写感谢卡"], mot=True),
    tp("tp-first-use", "st-delivery", "开箱使用", ["ch-miniapp"], 2, 6,
       "商品运营部", ["内容平台", "电子保修系统"],
       pains=["安装说明看不懂"], delights=["附赠使用指南短视频"]),
    # -- 售后（服务补救）
    tp("tp-return-request", "st-aftersales", "申请退换货", ["ch-miniapp", "ch-chat"], -2, 8,
       "售后服务部", ["售后工单系统", "OMS 订单管理系统"],
       pains=["需要上传多张照片", "退货原因选项不全"], mot=True, recovery=True),
    tp("tp-pickup", "st-aftersales", "上门取件", ["ch-sms"], -1, 9,
       "售后服务部", ["逆向物流系统", "快递公司接口"],
       pains=["取件时间只能选“全天”"], recovery=True),
    tp("tp-complaint", "st-aftersales", "投诉", ["ch-phone", "ch-chat"], -3, 9,
       "客户体验部", ["投诉工单系统", "CRM 客户关系管理系统"],
       pains=["多次转接、重复描述问题", "处理结果无人跟进"], mot=True, recovery=True),
    tp("tp-refund", "st-aftersales", "退款到账", ["ch-sms", "ch-push"], 1, 11,
       "财务结算部", ["支付网关", "财务结算系统"],
       pains=["退款进度不透明"], delights=["极速退款：快递揽收即退款"], mot=True,
       recovery=True),
    tp("tp-repair", "st-aftersales", "维修或换新", ["ch-phone", "ch-miniapp"], -1, 15,
       "售后服务部", ["售后工单系统", "服务网点系统"],
       pains=["寄修周期长达两周"], recovery=True),
    tp("tp-aftersales-visit", "st-aftersales", "售后回访", ["ch-phone", "ch-sms"], 1, 18,
       "客户体验部", ["售后工单系统", "CRM 客户关系管理系统"],
       delights=["有人负责到底，主动回访"], recovery=True),
    # -- 评价
    tp("tp-review-invite", "st-review", "评价邀请", ["ch-push", "ch-inbox"], 0, 7,
       "会员运营部", ["评价系统", "消息中心"]),
    tp("tp-review", "st-review", "发表评价与晒单", ["ch-miniapp"], 1, 8,
       "会员运营部", ["评价系统", "积分系统"], delights=["晒单得积分"]),
    tp("tp-bad-review", "st-review", "差评", ["ch-miniapp"], -2, 8,
       "客户体验部", ["评价系统", "舆情监控"], pains=["差评后无人联系"], recovery=True),
    tp("tp-nps", "st-review", "NPS 满意度调研", ["ch-sms"], 0, 20,
       "客户体验部", ["调研平台", "CRM 客户关系管理系统"]),
    # -- 复购
    tp("tp-points", "st-repurchase", "积分与会员权益", ["ch-miniapp"], 1, 20,
       "会员运营部", ["会员系统", "积分系统"],
       pains=["积分规则看不懂"], delights=["积分可直接抵现"]),
    tp("tp-replenish", "st-repurchase", "复购提醒（消耗品）", ["ch-push", "ch-sms"], 1, 30,
       "会员运营部", ["推荐引擎", "营销自动化平台"]),
    tp("tp-member-day", "st-repurchase", "会员日与节日活动", ["ch-miniapp", "ch-live"], 2, 40,
       "会员运营部", ["营销中台", "会员系统"], delights=["老顾客免单日"]),
    tp("tp-dormant", "st-repurchase", "沉默预警（45天未购）", ["ch-sms", "ch-push"], -1, 50,
       "会员运营部", ["RFM 分层模型", "营销自动化平台"], pains=["感觉被平台遗忘"]),
    tp("tp-repurchase", "st-repurchase", "再次下单", ["ch-miniapp"], 2, 60,
       "交易运营部", ["订单系统", "会员系统"]),
    tp("tp-member-upgrade", "st-repurchase", "升级为金卡会员", ["ch-vip", "ch-miniapp"], 3, 120,
       "会员运营部", ["会员系统", "CRM 客户关系管理系统"],
       delights=["专属客户经理一对一服务"]),
    tp("tp-churn", "st-repurchase", "流失（90天无互动）", ["ch-sms"], -1, 150,
       "会员运营部", ["RFM 分层模型", "CRM 客户关系管理系统"]),
]

TRANSITIONS = [
    ("tp-browse", "tp-bot-consult", 0.30), ("tp-browse", "tp-cart", 0.35),
    ("tp-browse", "tp-coupon", 0.10),
    ("tp-live", "tp-cart", 0.40), ("tp-live", "tp-agent-consult", 0.10),
    ("tp-bot-consult", "tp-agent-consult", 0.35), ("tp-bot-consult", "tp-cart", 0.40),
    ("tp-agent-consult", "tp-cart", 0.65),
    ("tp-coupon", "tp-cart", 0.70),
    ("tp-cart", "tp-checkout", 0.62),
    ("tp-checkout", "tp-order-confirm", 0.93), ("tp-checkout", "tp-pay-fail", 0.06),
    ("tp-pay-fail", "tp-checkout", 0.60), ("tp-pay-fail", "tp-agent-consult", 0.10),
    ("tp-order-confirm", "tp-ship", 0.97),
    ("tp-ship", "tp-out-for-delivery", 0.88), ("tp-ship", "tp-delay", 0.10),
    ("tp-delay", "tp-out-for-delivery", 0.80), ("tp-delay", "tp-complaint", 0.12),
    ("tp-out-for-delivery", "tp-receipt", 0.97),
    ("tp-receipt", "tp-first-use", 0.80), ("tp-receipt", "tp-return-request", 0.08),
    ("tp-receipt", "tp-review-invite", 0.10),
    ("tp-first-use", "tp-review-invite", 0.70), ("tp-first-use", "tp-return-request", 0.10),
    ("tp-first-use", "tp-repair", 0.03), ("tp-first-use", "tp-points", 0.10),
    ("tp-return-request", "tp-pickup", 0.80), ("tp-return-request", "tp-complaint", 0.10),
    ("tp-pickup", "tp-refund", 0.95),
    ("tp-complaint", "tp-refund", 0.35), ("tp-complaint", "tp-aftersales-visit", 0.45),
    ("tp-complaint", "tp-churn", 0.12),
    ("tp-refund", "tp-aftersales-visit", 0.45), ("tp-refund", "tp-points", 0.30),
    ("tp-repair", "tp-aftersales-visit", 0.90),
    ("tp-aftersales-visit", "tp-nps", 0.60), ("tp-aftersales-visit", "tp-points", 0.30),
    ("tp-review-invite", "tp-review", 0.35), ("tp-review-invite", "tp-bad-review", 0.05),
    ("tp-review-invite", "tp-points", 0.40),
    ("tp-review", "tp-points", 0.90),
    ("tp-bad-review", "tp-complaint", 0.30), ("tp-bad-review", "tp-aftersales-visit", 0.40),
    ("tp-bad-review", "tp-churn", 0.20),
    ("tp-nps", "tp-points", 0.85),
    ("tp-points", "tp-replenish", 0.40), ("tp-points", "tp-member-day", 0.30),
    ("tp-points", "tp-dormant", 0.25),
    ("tp-replenish", "tp-repurchase", 0.45), ("tp-replenish", "tp-dormant", 0.40),
    ("tp-member-day", "tp-repurchase", 0.50), ("tp-member-day", "tp-dormant", 0.35),
    ("tp-dormant", "tp-repurchase", 0.15), ("tp-dormant", "tp-churn", 0.80),
    # 复购 → 再次配送：旅程中的循环
    ("tp-repurchase", "tp-ship", 0.75), ("tp-repurchase", "tp-member-upgrade", 0.20),
]

OPPORTUNITIES = [
    "打通在线客服、电话与小程序的会话记录，客户换渠道不必重复描述问题。",
    "退换货申请只需订单号和原因，照片改为选填，系统按规则自动审核。",
    "物流信息超过24小时未更新时主动告知原因和预计到达时间。",
    "退款、投诉、维修等售后消息只发服务信息，不夹带任何商品推荐。",
    "差评24小时内由专人联系，处理结果回写到评价下方。",
    "为消耗品建立按使用周期的补货提醒，替代统一群发促销短信。",
]

MAIN = journey("j-aftersales", "电商购物与售后旅程", 150000, STAGES, TOUCHPOINTS, TRANSITIONS,
               entries=["tp-browse", "tp-live"],
               exits=["tp-member-upgrade", "tp-churn"],
               opportunities=OPPORTUNITIES, peaks=PEAKS)

# ---------------------------------------------------------------- KPIs
K_NPS = "NPS 净推荐值"
K_REP = "复购率"
K_CMP = "投诉率"
K_FRT = "首次响应时间"
K_AST = "售后处理时长"
K_GOOD = "好评率"

KPIS = [
    (K_NPS, 42, 58, "分"),
    (K_REP, 18, 25, "%"),
    (K_CMP, 1.8, 1, "%"),
    (K_FRT, 45, 15, "秒"),
    (K_AST, 72, 36, "小时"),
    (K_GOOD, 92, 96, "%"),
]

# ---------------------------------------------------------------- actions
ON = "2026-04-01"          # 执行阶段开始
LIVE = "2025-10-01"        # 方案前已上线的动作

ACTIONS = [
    # 咨询
    action("act-size-helper", "tp-browse", ALL, "ch-miniapp", "智能尺码助手", "service",
           ev("查看尺码表"), "商品运营部", None, K_GOOD,
           "输入身高体重，为您推荐合适尺码；不合适可免费换码。", ON, None, "planned"),
    action("act-live-member-price", "tp-live", [G, S], "ch-live", "直播间会员专享价",
           "marketing", on_date("2026-06-18", "618 年中大促"), "直播运营部", None, K_REP,
           "会员专享：今晚直播间下单额外95折，金卡会员再享顺丰包邮。",
           "2026-06-01", "2026-06-18", "planned"),
    action("act-bot-handoff", "tp-bot-consult", ALL, "ch-bot", "未识别问题一键转人工",
           "service", ev("连续两次未识别问题"), "客服中心", 1, K_FRT,
           "抱歉没能帮到您，已为您优先转接人工客服，无需重复描述问题。", ON, None, "planned"),
    action("act-vip-consult", "tp-agent-consult", [G], "ch-vip", "专属客户经理接待",
           "service", ev("金卡会员进线"), "客服中心", 1, K_FRT,
           "您好，我是您的专属客户经理，已看到您的历史订单，请问有什么可以帮您？",
           LIVE, None, "active"),
    action("act-priority-queue", "tp-agent-consult", [S], "ch-chat", "银卡会员优先接入",
           "service", ev("银卡会员进线"), "客服中心", 2, K_FRT,
           "银卡会员您好，已为您优先接入人工客服。", LIVE, None, "active"),
    action("act-newcomer-coupon", "tp-coupon", [B], "ch-miniapp", "新客首单礼包", "marketing",
           ev("首次注册"), "会员运营部", None, "",
           "欢迎新朋友！首单立减20元，7天内有效。", LIVE, None, "active"),
    # 下单
    action("act-cart-threshold", "tp-cart", ALL, "ch-push", "满减凑单提醒", "marketing",
           thr("购物车金额", 180), "交易运营部", None, K_REP,
           "再买21元即可享满199减30，看看为您挑选的凑单好物。", LIVE, None, "active"),
    action("act-cart-price-drop", "tp-cart", [S], "ch-push", "购物车商品降价提醒",
           "marketing", off(1, "加购未下单"), "交易运营部", None, K_REP,
           "您购物车里的商品降价了，库存不多。", LIVE, None, "active"),
    action("act-pay-auto-check", "tp-pay-fail", ALL, "ch-inbox", "扣款未到账自动对账通知",
           "service", ev("支付回调异常"), "交易运营部", 30, K_CMP,
           "检测到您的支付状态异常，系统已自动对账，30分钟内为您确认；如已扣款不会重复扣费。",
           ON, None, "planned"),
    action("act-pay-fail-agent", "tp-pay-fail", [G, S], "ch-chat", "支付异常人工核查",
           "service", ev("支付回调异常"), "客服中心", 5, K_CMP,
           "您好，我来帮您核查这笔支付，请不要重复下单。", ON, None, "planned"),
    action("act-order-confirm", "tp-order-confirm", ALL, "ch-sms", "订单确认短信", "service",
           ev("支付成功"), "交易运营部", None, "",
           "您的订单已确认，预计{发货日期}发货，可在小程序查看进度。", LIVE, None, "active"),
    action("act-gold-priority-ship", "tp-order-confirm", [G], "ch-push", "金卡订单优先出库",
           "service", ev("支付成功"), "仓储物流部", None, K_NPS,
           "金卡会员订单已进入优先出库通道，今日发出。", ON, None, "planned"),
    # 配送
    action("act-ship-notice", "tp-ship", ALL, "ch-push", "发货通知", "service", ev("仓库出库"),
           "仓储物流部", None, "", "您的包裹已发出，运单号{运单号}。", LIVE, None, "active"),
    action("act-delay-alert", "tp-delay", ALL, "ch-push", "物流延误主动告知", "service",
           thr("物流信息未更新小时数", 48), "仓储物流部", None, K_CMP,
           "抱歉，您的包裹因{原因}延误，预计{日期}送达，我们会持续跟进。", ON, None, "planned"),
    action("act-delay-vip", "tp-delay", [G], "ch-vip", "延误专人跟进", "service",
           thr("物流信息未更新小时数", 24), "客服中心", 120, K_CMP,
           "您的包裹延误了，我已联系快递加急处理，今晚前给您回复。", ON, None, "planned"),
    action("act-delay-compensation", "tp-delay", [G, S], "ch-inbox", "延误补偿无门槛券",
           "service", thr("物流延误天数", 2), "客户体验部", None, K_CMP,
           "为表歉意，已向您的账户发放10元无门槛券。", ON, None, "planned", cost=5.0),
    action("act-out-for-delivery", "tp-out-for-delivery", ALL, "ch-sms", "派送提醒", "service",
           ev("快递员开始派送"), "仓储物流部", None, "",
           "您的包裹正在派送中，快递员{姓名}，电话{电话}。", LIVE, None, "active"),
    action("act-receipt-sms", "tp-receipt", ALL, "ch-sms", "签收与驿站取件提醒", "service",
           ev("包裹签收或入驿站"), "仓储物流部", None, K_CMP,
           "您的包裹已送达{地点}，取件码{取件码}。如非本人签收请联系我们。",
           LIVE, None, "active"),
    action("act-gold-receipt-call", "tp-receipt", [G], "ch-vip", "到货关怀电话", "service",
           off(1, "包裹签收"), "客服中心", 1440, K_NPS,
           "您好，商品收到了吗？使用上有任何问题随时找我。", ON, None, "planned"),
    action("act-usage-guide", "tp-first-use", ALL, "ch-miniapp", "使用指南短视频", "service",
           off(1, "包裹签收"), "商品运营部", None, K_GOOD,
           "3分钟看懂安装与使用，遇到问题可一键联系客服。", ON, None, "planned"),
    action("act-warranty", "tp-first-use", [G, S], "ch-inbox", "电子保修卡激活提醒",
           "service", off(2, "包裹签收"), "售后服务部", None, K_AST,
           "您的电子保修卡已生成，保修期至{日期}，报修无需纸质发票。", ON, None, "planned"),
    # 售后（只发服务信息）
    action("act-return-fast", "tp-return-request", ALL, "ch-miniapp", "一键退换（订单号+原因即可）",
           "service", ev("提交退换申请"), "售后服务部", 30, K_AST,
           "申请已提交，系统将在30分钟内审核，照片可选填。", ON, None, "planned"),
    action("act-return-agent", "tp-return-request", [G, S], "ch-chat", "人工加急审核",
           "service", ev("提交退换申请"), "售后服务部", 10, K_AST,
           "您的退换申请已由专人审核通过，请选择上门取件时间。", LIVE, None, "active"),
    action("act-return-vip", "tp-return-request", [G], "ch-vip", "专属经理全程跟进退换",
           "service", ev("提交退换申请"), "客服中心", 30, K_AST,
           "退换全程由我跟进，新商品会在收到退货前先为您发出。", ON, None, "planned"),
    action("act-pickup-slot", "tp-pickup", ALL, "ch-sms", "上门取件预约（2小时时段）",
           "service", ev("退货审核通过"), "售后服务部", None, K_AST,
           "请选择上门取件时段：{时段列表}，快递员上门前30分钟会联系您。",
           ON, None, "planned"),
    action("act-complaint-callback", "tp-complaint", ALL, "ch-phone", "投诉2小时内回电",
           "service", ev("投诉受理"), "客户体验部", 120, K_CMP,
           "您好，我是负责您投诉的{姓名}，这件事由我跟进到底。", LIVE, None, "active"),
    action("act-complaint-vip", "tp-complaint", [G], "ch-vip", "专属经理致歉并负责到底",
           "service", ev("投诉受理"), "客服中心", 30, K_CMP,
           "非常抱歉给您带来困扰，我会亲自跟进直到问题解决。", ON, None, "planned"),
    action("act-complaint-progress", "tp-complaint", ALL, "ch-sms", "投诉处理进度通知",
           "service", off(1, "投诉受理"), "客户体验部", None, K_CMP,
           "您的投诉（编号{编号}）处理进度：{进度}。", ON, None, "planned"),
    action("act-refund-notice", "tp-refund", ALL, "ch-sms", "退款到账通知", "service",
           ev("退款完成"), "财务结算部", None, K_AST,
           "您的退款{金额}元已原路退回，预计1-3个工作日到账。", LIVE, None, "active"),
    action("act-fast-refund", "tp-refund", [G, S], "ch-push", "极速退款（揽收即退）",
           "service", ev("退货快递揽收"), "财务结算部", None, K_AST,
           "快递已揽收您的退货，退款已提前发放，无需等待仓库验货。", ON, None, "planned"),
    action("act-repair-progress", "tp-repair", ALL, "ch-miniapp", "维修进度实时查询",
           "service", ev("寄修商品签收"), "售后服务部", None, K_AST,
           "维修进度：已检测 → 维修中 → 寄回，每一步都会通知您。", ON, None, "planned"),
    action("act-repair-loaner", "tp-repair", [G], "ch-vip", "维修期间提供备用机", "service",
           ev("寄修商品签收"), "售后服务部", 1440, K_AST,
           "维修期间为您寄出备用机，修好后一并取回。", ON, None, "planned", cost=30.0),
    action("act-visit-call", "tp-aftersales-visit", [G, S], "ch-phone", "售后满意度电话回访",
           "service", off(3, "售后完结"), "客户体验部", 1440, K_NPS,
           "您好，想了解这次售后处理您是否满意，还有什么需要我们改进？", LIVE, None, "active"),
    action("act-visit-sms", "tp-aftersales-visit", [B], "ch-sms", "售后满意度短信回访",
           "service", off(3, "售后完结"), "客户体验部", None, K_NPS,
           "本次售后已完结，回复1-5为我们的处理打分。", LIVE, None, "active"),
    # 评价
    action("act-review-invite", "tp-review-invite", ALL, "ch-push", "评价邀请", "marketing",
           off(2, "包裹签收"), "会员运营部", None, K_GOOD,
           "用得怎么样？写评价晒单可得50积分。", LIVE, None, "active"),
    action("act-review-points", "tp-review", ALL, "ch-inbox", "晒单积分到账", "marketing",
           ev("评价发布"), "会员运营部", None, K_GOOD,
           "感谢您的评价，50积分已到账，可直接抵现。", LIVE, None, "active"),
    action("act-bad-review-care", "tp-bad-review", ALL, "ch-chat", "差评24小时内联系",
           "service", thr("商品评分", 2, "at_most"), "客户体验部", 1440, K_GOOD,
           "看到您的评价，非常抱歉，我来帮您解决问题。", ON, None, "planned"),
    action("act-bad-review-vip", "tp-bad-review", [G], "ch-vip", "专属经理回访差评",
           "service", thr("商品评分", 2, "at_most"), "客服中心", 240, K_GOOD,
           "您的反馈我们很重视，我今天就给您电话。", ON, None, "planned"),
    action("act-nps-survey", "tp-nps", ALL, "ch-sms", "NPS 调研短信", "service",
           ev("签收满14天"), "客户体验部", None, K_NPS,
           "您有多大可能向朋友推荐我们？回复0-10分即可。", LIVE, None, "active"),
    # 复购
    action("act-points-expiry", "tp-points", ALL, "ch-inbox", "积分到期提醒", "service",
           off(-15, "积分到期日"), "会员运营部", None, K_REP,
           "您有{积分}积分将于{日期}到期，可在积分商城兑换。", ON, None, "planned"),
    action("act-points-rule", "tp-points", [B], "ch-miniapp", "积分规则一图读懂", "service",
           ev("首次进入积分页"), "会员运营部", None, "",
           "一张图看懂怎么攒积分、怎么抵现。", ON, None, "planned"),
    action("act-spend-100", "tp-points", [S, B], "ch-miniapp", "累计消费满100元送积分",
           "marketing", thr("累计消费金额", 100), "会员运营部", None, K_REP,
           "累计消费已满100元，额外赠送100积分。", LIVE, None, "active"),
    action("act-replenish", "tp-replenish", [S, B], "ch-push", "消耗品补货提醒", "marketing",
           thr("距上次购买天数", 30), "会员运营部", None, K_REP,
           "您上次购买的{商品}快用完了吧？一键再来一单。", ON, None, "planned"),
    action("act-gold-replenish", "tp-replenish", [G], "ch-vip", "专属经理补货提醒",
           "marketing", thr("距上次购买天数", 25), "会员运营部", None, K_REP,
           "按您的使用习惯，{商品}快用完了，需要我帮您安排补货吗？", ON, None, "planned"),
    action("act-member-day", "tp-member-day", ALL, "ch-miniapp", "每月18日会员日", "marketing",
           on_date(event="每月18日会员日"), "会员运营部", None, K_REP,
           "会员日：积分翻倍，会员价商品限时抢。", LIVE, None, "active"),
    action("act-free-day", "tp-member-day", [G, S], "ch-live", "老顾客免单日", "marketing",
           on_date("2026-09-18", "老顾客免单日"), "直播运营部", None, K_REP,
           "老顾客免单日：直播间每小时抽取10位老顾客订单免单。",
           "2026-09-01", "2026-09-18", "planned"),
    action("act-gold-birthday", "tp-member-day", [G], "ch-vip", "生日专享礼遇", "marketing",
           on_date(event="生日"), "会员运营部", None, K_NPS,
           "生日快乐！专属生日礼盒已寄出，另有生日当月双倍积分。",
           ON, None, "planned", cost=60.0),
    action("act-silver-birthday", "tp-member-day", [S], "ch-sms", "生日祝福与双倍积分",
           "marketing", on_date(event="生日"), "会员运营部", None, K_NPS,
           "生日快乐！本月购物享双倍积分。", LIVE, None, "active"),
    action("act-spring-festival", "tp-member-day", [G, S], "ch-miniapp", "春节问候",
           "care", on_date("2026-02-17", "春节"), "会员运营部", None, K_NPS,
           "新春快乐！感谢您一年来的陪伴，祝您马年吉祥。",
           "2026-02-10", "2026-02-24", "done"),
    action("act-mid-autumn", "tp-member-day", ALL, "ch-sms", "中秋问候", "care",
           on_date("2026-09-25", "中秋节"), "会员运营部", None, K_NPS,
           "中秋快乐，愿您阖家团圆。", "2026-09-20", "2026-09-25", "planned"),
    action("act-dormant-coupon", "tp-dormant", [S, B], "ch-sms", "沉默唤醒回归券", "marketing",
           thr("未购天数", 45), "会员运营部", None, K_REP,
           "好久不见，送您一张15元回归券，7天内有效。", LIVE, None, "active"),
    action("act-dormant-vip", "tp-dormant", [G], "ch-vip", "专属经理关怀电话", "service",
           thr("未购天数", 30), "会员运营部", 2880, K_REP,
           "好久没联系您了，最近使用上有什么不满意的地方吗？", ON, None, "planned"),
    action("act-repurchase-thanks", "tp-repurchase", ALL, "ch-push", "复购订单确认与成长值",
           "service", ev("再次下单"), "交易运营部", None, K_REP,
           "感谢再次选择我们，本单为您累计成长值{成长值}。", LIVE, None, "active"),
    action("act-upgrade-welcome", "tp-member-upgrade", [S, B], "ch-vip", "金卡升级欢迎电话",
           "service", ev("会员等级升级为金卡"), "会员运营部", 2880, K_NPS,
           "恭喜升级金卡会员！我是您的专属客户经理，以后有事直接找我。", ON, None, "planned"),
    action("act-churn-survey", "tp-churn", ALL, "ch-sms", "流失原因调研", "service",
           ev("90天无互动"), "客户体验部", None, K_NPS,
           "好久不见，能告诉我们哪里做得不够好吗？回复数字即可。", ON, None, "planned"),
]

# ---------------------------------------------------------------- plan
PHASES = [
    ("准备阶段", "2026-02-23", "2026-03-31",
     ["成立由电商运营负责人、客服经理和技术代表组成的优化项目小组",
      "通过客服数据、满意度调查和投诉分析完成现状调研",
      "在 CRM 中按 RFM 模型划分金卡、银卡、铜卡会员",
      "梳理售后消息模板，区分服务信息与营销信息"],
     "电商运营总监"),
    ("执行阶段", "2026-04-01", "2026-09-30",
     ["上线统一客服平台，打通在线客服、电话和小程序会话记录",
      "上线一键退换、极速退款和售后进度查询",
      "建立投诉2小时回电和售后回访制度",
      "开展会员日、生日礼遇和老顾客免单日活动"],
     "客服中心经理"),
    ("监控与评估阶段", "2026-10-08", "2026-12-31",
     ["每周召开项目小组会议，跟踪 NPS、复购率、投诉率、响应时间和售后处理时长",
      "每月复盘关怀触达频次与退订率，防止过度营销",
      "每季度分析流失客户数据，找出关怀短板",
      "形成年度评估报告并制定下一年度方案"],
     "客户体验部负责人"),
]

RISKS = [
    ("统一客服平台与现有订单系统集成出现兼容问题", "技术风险",
     "选择有电商集成经验的供应商；上线前充分测试与试运行；建立数据备份与回滚机制。",
     "技术部项目经理"),
    ("大促期间人工客服不足、新人培训效果不佳", "人员风险",
     "大促前临时调配并提前培训支援人员；智能客服分流常见问题；完善激励机制降低流失率。",
     "客服中心经理"),
    ("客户不适应智能客服或新的退换流程，满意度下降", "客户接受度风险",
     "新流程上线前小范围测试；通过公告和短信提前说明；保留一键转人工入口并收集反馈。",
     "客户体验部负责人"),
    ("营销短信未获授权或在售后消息中夹带推广，引发投诉", "合规风险",
     "营销信息发送前校验授权；售后、退款、投诉类消息模板只含服务内容，由法务审核。",
     "法务合规专员"),
    ("会员数据跨系统流转存在泄露风险", "技术风险",
     "最小化字段共享、敏感信息脱敏、访问留痕，定期做安全审计。", "信息安全负责人"),
]


def build():
    return {
        "format": "journey-designer/2",
        "name": "悦购商城售后客户关怀方案（2026）",
        "locale": "zh_CN",
        "budget_per_month": BUDGET,
        "settings": {"care_silence_limit": 3, "fatigue_window_days": 7,
                     "fatigue_tolerance": 0.05, "care_silence_days": None},
        "tiers": [{"id": i, "name": n, "share": s, "value_per_customer": v, "care_level": c,
                   "max_contacts_per_window": m, "human_touch_at_mot": h}
                  for i, n, s, v, c, m, h in TIERS],
        "channels": channel_rows(CHANNELS, STAFFING),
        "journeys": [MAIN],
        "actions": ACTIONS,
        "kpis": [{"name": n, "baseline": b, "target": t, "unit": u} for n, b, t, u in KPIS],
        "phases": [{"name": n, "start": s, "end": e, "tasks": t, "owner": o}
                   for n, s, e, t, o in PHASES],
        "risks": [{"name": n, "kind": k, "mitigation": m, "owner": o} for n, k, m, o in RISKS],
    }


if __name__ == "__main__":
    OUT.write_text(json.dumps(build(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
