"""The workbook's words in the project's language: sheet names, headers, row labels,
drop-down values and fixed text, English or Simplified Chinese.

A workbook is a document handed to a team, so it follows the project's `locale`, not
the interface language (that is why these words are not in the Qt catalogue). The
import reads either language whatever the project's locale: `sheet_names` lists every
name a sheet may have, and `HEADERS`/`MAP_LABELS` feed the header and row-label lookups.

    words = workbook_words(project.locale)
    words.sheet("Action Plan")            # '行动计划'
    words.text("no_gaps")                 # '未发现缺口。'
    words.choice("status", "active")      # '执行中' (the import reads both languages)
"""

from __future__ import annotations

from dataclasses import dataclass

from journey_designer import messages

ZH = "zh_CN"
LOCALES: tuple[str, ...] = ("en", ZH)

# The English names are the sheets' keys (layout.SHEETS); defined names, such as
# ActionPlan, stay the same in every language.
SHEET_NAMES: dict[str, dict[str, str]] = {
    ZH: {"Overview": "概览", "Journey Map": "旅程地图", "Care Matrix": "关怀矩阵",
         "Action Plan": "行动计划", "Timeline": "时间线", "Gaps": "缺口", "Channels": "渠道",
         "Phases & Risks": "阶段与风险", "Tiers": "客户分层", "Lists": "列表"},
}

# Action Plan headers by column key (English: layout.ACTION_COLUMNS).
HEADERS: dict[str, dict[str, str]] = {
    ZH: {"id": "编号", "name": "关怀动作", "journey": "旅程", "stage": "阶段", "touchpoint": "触点",
         "tiers": "客户分层", "channel": "渠道", "trigger": "触发条件", "purpose": "用途",
         "owner": "负责人", "start": "开始日期", "end": "结束日期", "sla_minutes": "响应时限（分钟）",
         "cost": "单次成本", "kpi": "KPI", "status": "状态", "message": "话术",
         "trigger_type": "触发类型", "trigger_event": "触发事件", "trigger_days": "触发天数",
         "trigger_date": "触发日期", "trigger_metric": "触发指标", "trigger_value": "触发阈值",
         "trigger_direction": "触发方向"},
}

# Journey Map row labels by row key (English: layout.MAP_ROWS).
MAP_LABELS: dict[str, dict[str, str]] = {
    ZH: {"journey": "旅程", "stage": "阶段", "name": "触点", "channels": "渠道",
         "emotion": "情绪（−3 … +3）", "pain_points": "痛点", "delight_points": "惊喜点",
         "moment_of_truth": "关键时刻", "backstage": "后台", "opportunities": "改进机会"},
}
IDS_LABELS: dict[str, str] = {"en": "IDs · ", ZH: "编号 · "}  # a journey block's last row

# Drop-down values as written (the import reads these and the English ones: CHOICES).
CHOICE_LABELS: dict[str, dict[str, dict[str, str]]] = {
    "en": {"direction": {"at_least": "at least", "at_most": "at most"}},
    ZH: {"direction": {"at_least": "至少", "at_most": "至多"},
         "purpose": {"service": "服务", "marketing": "营销", "care": "关怀"},
         "status": {"planned": "计划中", "active": "执行中", "done": "已完成"},
         "trigger_type": {"event": "事件", "offset": "偏移", "date": "日期", "threshold": "阈值"},
         "care_level": {"basic": "基础", "deep": "深度", "exclusive": "专属"},
         "channel_kind": {"automated": "自动", "human": "人工"}},
}

# The columns of the tables the import reads besides the Action Plan, by field (None: a
# column that is not read back), in the order of their header rows in TEXT.
TABLE_COLUMNS: dict[str, tuple[str | None, ...]] = {
    "tier_headers": ("id", "name", "share", "value_per_customer", "care_level", "max_contacts_per_window",
                     "human_touch_at_mot"),
    "channel_headers": ("id", "name", "kind", "capacity_per_day", None, None, "cost_per_contact", None,
                        "context_group", "hours_per_day", "handling_minutes", "agents", "service_level_share",
                        "service_level_seconds", None, None),
    "kpi_headers": ("name", "baseline", "target", "unit", None),
    "phase_headers": ("name", "start", "end", "owner", "tasks"),
    "risk_headers": ("name", "kind", None, "owner", "mitigation"),
}

SEVERITY_LABELS: dict[str, dict[str, str]] = {
    ZH: {"critical": "严重", "high": "高", "medium": "中", "low": "低"},
}
GAP_KIND_LABELS: dict[str, dict[str, str]] = {
    ZH: {"uncovered_moment_of_truth": "关键时刻无关怀", "uncovered_pain_point": "痛点无服务",
         "care_silence": "关怀空窗", "contact_fatigue": "过度接触",
         "marketing_in_service_recovery": "服务补救中夹带营销", "channel_overload": "渠道超载",
         "value_mismatch": "价值错配", "missing_human_touch": "缺少人工关怀",
         "unreachable_touchpoint": "无法到达的触点", "dead_end": "死胡同", "orphan_action": "孤立动作"},
}
CHANNEL_KIND_LABELS: dict[str, dict[str, str]] = {ZH: {"automated": "自动", "human": "人工"}}

# Fixed text, with {placeholders} filled by Words.text.
TEXT: dict[str, dict[str, str]] = {
    "en": {
        "yes": "yes", "no": "no",
        "separator": ", ",  # between names in one cell
        "footer": "&A — page &P of &N",
        # Overview
        "exported": "Exported {date} by Journey Designer {version} · {journeys} journey(s), "
                    "{touchpoints} touchpoints, {actions} care actions, {tiers} tiers",
        "kpis": "Key figures (KPIs)", "kpi_headers": "KPI|Baseline|Target|Unit|Change",
        "no_kpis": "(no KPIs yet)",
        "coverage": "Coverage per tier",
        "coverage_headers": "Tier|Touchpoints|Covered|Coverage|Moments of truth|MoT covered|MoT coverage",
        "no_tiers": "(the project has no tiers)",
        "by_severity": "Gaps by severity", "by_severity_headers": "Severity|Gaps", "total": "total",
        "fix_first": "Fix first",
        "fix_first_headers": "Rank|Touchpoint|Journey|Stage|Score|Uncovered tiers|Why",
        "nothing_first": "(nothing to fix first)",
        "notes": "Notes",
        # Journey Map and Care Matrix
        "no_journey": "The project has no journey yet.",
        "per_month": "{journey} — {count} customers a month",
        "map_cut": "Journey Map: only the first {count} touchpoints of a journey fit in a sheet",
        "matrix_title": "Care matrix: the actions each tier receives at each touchpoint",
        "matrix_legend": "Colours:|covered|no action|pain point, no service|moment of truth, none",
        "matrix_headers": "Touchpoint|MoT|Reach",
        "and_more": "… and {count} more",
        "action_via": "{action} ({channel})",
        # Action Plan and Lists
        "list_headers": "Tiers|Channels|Purpose|Status|Trigger types|Touchpoints|Journeys|About",
        "not_in_list": "Not in the list",
        "not_in_list_why": "This value is not in the project; the import will report it.",
        "tiers_prompt": "One tier, or several separated by commas",
        # Timeline
        "no_timeline": "Timeline: no phase or action has a start date yet.",
        "timeline_headers": "Phase / action|Owner|Start|End",
        "phase_bar": "Phase: {name}",
        "actions_bar": "{count} actions",
        "timeline_grouped": "Timeline: {dated} dated actions are shown as {rows} row(s), one per owner, "
                            "start and end",
        "undated": "{count} action(s) without a start date are not on the timeline.",
        "weeks_cut": "Timeline: weeks after {date} are not shown",
        # Gaps, Channels, Phases & Risks
        "gap_headers": "Severity|Kind|Tier|Journey|Stage|Touchpoint|Channel|What is wrong",
        "no_gaps": "No gaps found.",
        "channel_headers": "ID|Channel|Kind|Capacity per day|Expected contacts per day|Utilisation|"
                           "Cost per contact|Actions|Context group|Hours per day|Handling minutes|"
                           "Agents on duty|Service level|Answered within (seconds)|Required agents|"
                           "Required agents at peak",
        "staffing_prompt": "Staffing of a human channel (Erlang C): opening hours a day, average handling "
                           "minutes, agents on duty, and the target share answered within so many seconds.",
        "context_prompt": "Channels of one context group share the customer's history (one CRM).",
        "settings": "Budget and settings",
        "fatigue_chart": "Customers over their contact cap, per tier",
        "staffing_chart": "Staffing (Erlang C): agents required and on duty, normal and at peak",
        "peaks": "Peaks (each journey's busy periods, every year)",
        "peak_headers": "Journey|Peak|Start (MM-DD)|Days|Factor",
        "no_peaks": "(no peaks yet: add rows here — journey, peak, start MM-DD, days, factor)",
        "setting_labels": "Monthly budget|Fatigue tolerance|Care silence (days)",
        "budget_headers": "Monthly cost of|Name|Cost a month|Share of budget",
        "budget_kinds": "Tier|Journey|Channel",
        "budget_use_labels": "Monthly care cost|Budget used",
        "no_budget": "(no monthly budget set)",
        "no_channels": "(the project has no channels)",
        "phases": "Phases", "phase_headers": "Phase|Start|End|Owner|Tasks", "no_phases": "(no phases yet)",
        "risks": "Risks", "risk_headers": "Risk|Kind||Owner|Mitigation", "no_risks": "(no risks yet)",
        # Tiers, and which columns the import reads back
        "tier_headers": "ID|Tier|Share of customers|Value per customer|Care level|"
                        "Max contacts per {days} days|Human touch at moments of truth",
        "tier_share_prompt": "The share of customers in this tier, e.g. 25%. All tiers together: at most "
                             "100%.",
        "tier_cap_prompt": "The most contacts a customer of this tier should get within {days} days.",
        "care_level_prompt": "basic, deep or exclusive",
        "human_touch_prompt": "yes: every moment of truth needs a human channel for this tier",
        "kind_prompt": "automated or human",
        "direction_prompt": "A threshold trigger fires when the metric reaches the value (at least) or "
                            "falls to it (at most: a rating of 2 or less).",
        "capacity_prompt": "Contacts a day the channel can handle (empty: no limit).",
        "read_back": "Blue headers are read back when this workbook is imported; grey headers are "
                     "computed or fixed — change them in Journey Designer.",
        "kpis_read_back": "Baseline, target and unit are read back on import; add or rename KPIs in "
                          "Journey Designer.",
        "plan_read_back": "Dates, owners and tasks of phases, kind, owner and mitigation of risks are read "
                          "back on import; add or rename phases and risks in Journey Designer.",
        "tiers_read_back": "Every column is read back on import (a renamed tier can be used by its new name "
                           "in the Action Plan of the same workbook); add or delete tiers in Journey "
                           "Designer.",
        # Notes on names shown as ids
        "by_id": "{count} {kind}(s) appear by id ({ids}): their names are used twice, empty, padded "
                 "with spaces or hold a list separator",
        "tp_by_id": "{count} touchpoint(s) appear by id ({ids}): their names are used twice in a stage, "
                    "empty or padded with spaces",
        "kind.tier": "tier", "kind.channel": "channel", "kind.journey": "journey", "kind.stage": "stage",
        # Charts on the Overview
        "emotion_curve": "Emotion curve", "coverage_chart": "Coverage by stage",
        "caption": "{chart}: {journey}",
        "no_charts": "charts are not available here ({error})",
        "curve_left_out": "Emotion curve of “{journey}” left out: {count} touchpoints (more than {limit} "
                          "make no readable curve)",
        "chart_failed": "{chart} of “{journey}” could not be drawn: {error}",
        "charts_first": "charts show the first {shown} of {count} journeys",
        # Trigger summaries
        "trigger_event": "event: {event}", "trigger_event_bare": "event",
        "trigger_reached": "on reaching the touchpoint",
        "trigger_before": "{days} day{s} before", "trigger_after": "{days} day{s} after",
        "trigger_with_event": "{when} ({event})",
        "trigger_date": "on {date}", "trigger_threshold": "when {metric} reaches {value}",
        "trigger_threshold_at_most": "when {metric} falls to {value} or less",
    },
    ZH: {
        "yes": "是", "no": "否",
        "separator": "、",
        "footer": "&A — 第 &P 页，共 &N 页",
        "exported": "{date} 由 Journey Designer {version} 导出 · {journeys} 条旅程，{touchpoints} 个触点，"
                    "{actions} 个关怀动作，{tiers} 个客户分层",
        "kpis": "关键指标（KPI）", "kpi_headers": "KPI|基线|目标|单位|变化", "no_kpis": "（尚无 KPI）",
        "coverage": "各客户分层的覆盖情况",
        "coverage_headers": "客户分层|触点数|已覆盖|覆盖率|关键时刻数|已覆盖关键时刻|关键时刻覆盖率",
        "no_tiers": "（项目还没有客户分层）",
        "by_severity": "各严重程度的缺口", "by_severity_headers": "严重程度|缺口数", "total": "合计",
        "fix_first": "优先修复",
        "fix_first_headers": "序号|触点|旅程|阶段|得分|缺少关怀的客户分层|原因",
        "nothing_first": "（没有需要优先修复的触点）",
        "notes": "说明",
        "no_journey": "项目还没有旅程。",
        "per_month": "{journey} — 每月 {count} 位客户",
        "map_cut": "旅程地图：一张工作表只能容纳每条旅程的前 {count} 个触点",
        "matrix_title": "关怀矩阵：每个客户分层在每个触点得到的关怀动作",
        "matrix_legend": "颜色：|已覆盖|无关怀动作|有痛点、无服务|关键时刻无关怀",
        "matrix_headers": "触点|关键时刻|到达率",
        "and_more": "… 另有 {count} 个",
        "action_via": "{action}（{channel}）",
        "list_headers": "客户分层|渠道|用途|状态|触发类型|触点|旅程|关于",
        "not_in_list": "不在列表中",
        "not_in_list_why": "项目中没有这个值；导入时会报告出来。",
        "tiers_prompt": "填写一个客户分层，或用逗号分隔多个",
        "no_timeline": "时间线：还没有任何阶段或关怀动作设置了开始日期。",
        "timeline_headers": "执行阶段 / 关怀动作|负责人|开始|结束",
        "phase_bar": "执行阶段：{name}",
        "actions_bar": "{count} 个关怀动作",
        "timeline_grouped": "时间线：{dated} 个有日期的关怀动作按负责人和起止日期合并为 {rows} 行显示",
        "undated": "{count} 个关怀动作没有开始日期，未显示在时间线上。",
        "weeks_cut": "时间线：{date} 之后的各周未显示",
        "gap_headers": "严重程度|类型|客户分层|旅程|阶段|触点|渠道|问题说明",
        "no_gaps": "未发现缺口。",
        "channel_headers": "编号|渠道|类型|每日处理能力|每日预计接触次数|利用率|单次接触成本|关怀动作数|"
                           "上下文组|每日服务时长（小时）|平均处理时长（分钟）|在岗坐席|服务水平|应答时限（秒）|"
                           "所需坐席|高峰所需坐席",
        "staffing_prompt": "人工渠道的排班（Erlang C）：每日服务小时数、平均处理分钟数、在岗坐席数，"
                           "以及在若干秒内应答的目标比例。",
        "context_prompt": "同一上下文组的渠道共享客户历史（同一个 CRM）。",
        "settings": "预算与设置",
        "fatigue_chart": "各客户分层超出接触上限的客户比例",
        "staffing_chart": "坐席配置（Erlang C）：平时与高峰所需坐席及在岗坐席",
        "peaks": "高峰期（各旅程每年的繁忙时段）",
        "peak_headers": "旅程|高峰|开始（月-日）|天数|倍数",
        "no_peaks": "（尚无高峰期：可在此添加行——旅程、高峰、开始月-日、天数、倍数）",
        "setting_labels": "每月预算|疲劳容忍度|关怀空窗（天）",
        "budget_headers": "每月成本归属|名称|每月成本|占预算比例",
        "budget_kinds": "客户分层|旅程|渠道",
        "budget_use_labels": "每月关怀成本|预算使用率",
        "no_budget": "（未设置每月预算）",
        "no_channels": "（项目还没有渠道）",
        "phases": "分阶段执行计划", "phase_headers": "执行阶段|开始|结束|负责人|任务",
        "no_phases": "（尚无执行阶段）",
        "risks": "风险与应对", "risk_headers": "风险|类型||负责人|应对措施", "no_risks": "（尚无风险）",
        "tier_headers": "编号|客户分层|客户占比|客均价值|关怀等级|每 {days} 天最多接触次数|关键时刻人工关怀",
        "tier_share_prompt": "该分层客户占全部客户的比例，例如 25%。所有分层合计不超过 100%。",
        "tier_cap_prompt": "该分层客户在 {days} 天内最多接受的接触次数。",
        "care_level_prompt": "基础、深度或专属",
        "human_touch_prompt": "是：该分层的每个关键时刻都需要人工渠道",
        "kind_prompt": "自动或人工",
        "direction_prompt": "阈值触发：指标达到该值（至少）或降至该值（至多，例如评分 2 分及以下）时触发。",
        "capacity_prompt": "渠道每天能处理的接触次数（留空：不限）。",
        "read_back": "蓝色表头的列在导入工作簿时会读回；灰色表头的列是计算结果或固定内容——"
                     "请在 Journey Designer 中修改。",
        "kpis_read_back": "导入时会读回基线、目标和单位；新增或重命名 KPI 请在 Journey Designer 中进行。",
        "plan_read_back": "导入时会读回执行阶段的日期、负责人和任务，以及风险的类型、负责人和应对措施；"
                          "新增或重命名执行阶段和风险请在 Journey Designer 中进行。",
        "tiers_read_back": "导入时会读回每一列（改名后的客户分层可在同一工作簿的行动计划中用新名称）；"
                           "新增或删除客户分层请在 Journey Designer 中进行。",
        "by_id": "{count} 个{kind}以编号显示（{ids}）：它们的名称重复、为空、首尾有空格或含有列表分隔符",
        "tp_by_id": "{count} 个触点以编号显示（{ids}）：它们的名称在同一阶段中重复、为空或首尾有空格",
        "kind.tier": "客户分层", "kind.channel": "渠道", "kind.journey": "旅程", "kind.stage": "阶段",
        "emotion_curve": "情绪曲线", "coverage_chart": "各阶段覆盖率",
        "caption": "{chart}：{journey}",
        "no_charts": "此处无法绘制图表（{error}）",
        "curve_left_out": "“{journey}”的情绪曲线未绘制：共 {count} 个触点"
                          "（超过 {limit} 个无法绘出清晰的曲线）",
        "chart_failed": "无法绘制“{journey}”的{chart}：{error}",
        "charts_first": "图表只显示 {count} 条旅程中的前 {shown} 条",
        "trigger_event": "事件：{event}", "trigger_event_bare": "事件",
        "trigger_reached": "到达触点时",
        "trigger_before": "{days} 天前", "trigger_after": "{days} 天后",
        "trigger_with_event": "{when}（{event}）",
        "trigger_date": "{date}当天", "trigger_threshold": "{metric} 达到 {value} 时",
        "trigger_threshold_at_most": "{metric} 降至 {value} 及以下时",
    },
}


@dataclass(frozen=True)
class Words:
    """The words of one language; English wherever a language has no word of its own."""

    locale: str

    def _pick(self, table: dict[str, dict[str, str]], key: str, english: str) -> str:
        return table.get(self.locale, {}).get(key, english)

    def sheet(self, key: str) -> str:
        """The title of the sheet whose English name (and key) is `key`."""
        return self._pick(SHEET_NAMES, key, key)

    def header(self, key: str, english: str) -> str:
        return self._pick(HEADERS, key, english)

    def map_label(self, key: str, english: str) -> str:
        return self._pick(MAP_LABELS, key, english)

    @property
    def ids_label(self) -> str:
        return IDS_LABELS.get(self.locale, IDS_LABELS["en"])

    def choice(self, kind: str, value: str) -> str:
        """A drop-down value ('active') as written ('执行中'); unknown values as they are."""
        return CHOICE_LABELS.get(self.locale, {}).get(kind, {}).get(value, value)

    def choices(self, kind: str, values: tuple[str, ...]) -> list[str]:
        return [self.choice(kind, v) for v in values]

    def severity(self, severity: str) -> str:
        return self._pick(SEVERITY_LABELS, severity, severity)

    def gap_kind(self, kind: str) -> str:
        return self._pick(GAP_KIND_LABELS, kind, kind.replace("_", " "))

    def channel_kind(self, kind: str) -> str:
        return self._pick(CHANNEL_KIND_LABELS, kind, kind)

    def text(self, key: str, **values: object) -> str:
        """Fixed text `key` with its placeholders filled."""
        template = TEXT.get(self.locale, {}).get(key) or TEXT["en"][key]
        return template.format(**values) if values else template

    def row(self, key: str) -> list[str | None]:
        """A row of headers or labels ('A|B||C'): an empty part is an empty cell."""
        return [part or None for part in self.text(key).split("|")]

    @property
    def yes(self) -> str:
        return self.text("yes")


def workbook_words(locale: str | None) -> Words:
    """The words for a project's `locale` ('en', 'zh_CN'; anything else: English)."""
    return Words(locale if locale in LOCALES else "en")


def sheet_names(key: str) -> tuple[str, ...]:
    """Every name the sheet `key` has in some language, English first."""
    return tuple(dict.fromkeys([key, *(names[key] for names in SHEET_NAMES.values() if key in names)]))


# lists in one message: the interface's language by default (messages.join_names)
join_names = messages.join_names
join_clauses = messages.join_clauses
