"""What the workbook says about a project, cell by cell: shared by the export and the import.

The import compares every cell with what the export would write for the project as it is
now, so an untouched cell is never a change, whatever the text in it (odd names, ids,
line breaks). Names stand for tiers, channels, journeys, stages and touchpoints; when a
name is ambiguous (used twice) or unusable in a cell (empty, padded, holding a list
separator), the cell holds the object's id instead, and the export says so.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from journey_designer import messages
from journey_designer.domain import Trigger
from journey_designer.io.workbook.words import HEADERS, Words, join_names, workbook_words
from journey_designer.io.workbook.xml_rows import clean_text

SHEETS: tuple[str, ...] = ("Overview", "Journey Map", "Care Matrix", "Action Plan", "Timeline", "Gaps",
                           "Tiers", "Channels", "Phases & Risks", "Lists")
ACTION_PLAN, JOURNEY_MAP, LISTS = "Action Plan", "Journey Map", "Lists"
FORMAT = "journey-designer-workbook/1"
SEPARATOR = ", "  # between names in one cell (Chinese: "、", words)
SPLIT = re.compile(r"[,，、;；\n]")  # what separates names typed in one cell
ENGLISH = workbook_words("en")


def _t(text: str) -> str:
    return messages.translate("Workbook", text)


def kind_word(kind: str, plural: bool = False) -> str:
    """"tier", "channel", "journey" or "stage" (or their plurals) in the interface's language."""
    words = {"tier": (_t("tier"), _t("tiers")), "channel": (_t("channel"), _t("channels")),
             "journey": (_t("journey"), _t("journeys")), "stage": (_t("stage"), _t("stages"))}
    return words.get(kind, (kind, kind + "s"))[plural]


@dataclass(frozen=True)
class Column:
    """One Action Plan column: its key, header, width (characters) and kind of value."""

    key: str
    header: str
    width: float
    kind: str  # id text ref names name choice date int number derived
    aliases: tuple[str, ...] = ()


ACTION_COLUMNS: tuple[Column, ...] = (
    Column("id", "ID", 15, "id", ("actionid", "编号", "动作编号")),
    Column("name", "Action", 26, "text", ("name", "actionname", "关怀动作", "动作", "名称")),
    Column("journey", "Journey", 16, "ref", ("旅程",)),
    Column("stage", "Stage", 13, "ref", ("阶段",)),
    Column("touchpoint", "Touchpoint", 20, "ref", ("触点",)),
    Column("tiers", "Tiers", 16, "names", ("tier", "等级", "客户等级", "会员等级")),
    Column("channel", "Channel", 15, "name", ("渠道",)),
    Column("trigger", "Trigger", 24, "derived", ("触发", "触发条件")),
    Column("purpose", "Purpose", 10.5, "choice", ("目的",)),
    Column("owner", "Owner", 14, "text", ("负责人",)),
    Column("start", "Start", 11.5, "date", ("startdate", "开始", "开始日期")),
    Column("end", "End", 11.5, "date", ("enddate", "结束", "结束日期")),
    Column("sla_minutes", "SLA (minutes)", 9, "int", ("sla", "时限", "时限分钟")),
    Column("cost", "Cost", 9, "number", ("costpercontact", "成本", "单次成本")),
    Column("kpi", "KPI", 14, "text", ("指标",)),
    Column("status", "Status", 9.5, "choice", ("状态",)),
    Column("message", "Message", 40, "text", ("话术", "消息", "内容")),
    Column("trigger_type", "Trigger type", 11, "choice", ("触发类型",)),
    Column("trigger_event", "Trigger event", 16, "text", ("触发事件",)),
    Column("trigger_days", "Trigger days", 9, "number", ("触发天数",)),
    Column("trigger_date", "Trigger date", 11.5, "date", ("触发日期",)),
    Column("trigger_metric", "Trigger metric", 14, "text", ("触发指标",)),
    Column("trigger_value", "Trigger value", 9, "number", ("触发阈值",)),
    Column("trigger_direction", "Trigger direction", 10, "choice", ("触发方向", "direction", "方向")),
)
PRINTED_COLUMNS = 17  # ID…Message; the trigger's parts (for editing) stay off the page

CHOICES: dict[str, dict[str, str]] = {
    "purpose": {"service": "service", "服务": "service", "marketing": "marketing", "营销": "marketing",
                "care": "care", "关怀": "care"},
    "status": {"planned": "planned", "计划": "planned", "计划中": "planned", "未开始": "planned",
               "active": "active", "进行中": "active", "执行中": "active",
               "done": "done", "完成": "done", "已完成": "done"},
    "trigger_type": {"event": "event", "事件": "event", "offset": "offset", "偏移": "offset",
                     "date": "date", "日期": "date", "threshold": "threshold", "阈值": "threshold"},
    "direction": {"at least": "at_least", "atleast": "at_least", "at_least": "at_least", "≥": "at_least",
                  "reaches": "at_least", "至少": "at_least", "不低于": "at_least", "达到": "at_least",
                  "at most": "at_most", "atmost": "at_most", "at_most": "at_most", "≤": "at_most",
                  "falls to": "at_most", "至多": "at_most", "不高于": "at_most", "降至": "at_most"},
    "care_level": {"basic": "basic", "基础": "basic", "基本": "basic", "deep": "deep", "深度": "deep",
                   "exclusive": "exclusive", "专属": "exclusive", "尊享": "exclusive"},
    "channel_kind": {"automated": "automated", "自动": "automated", "automatic": "automated",
                     "human": "human", "人工": "human"},
}

MAP_ROWS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("journey", "Journey", ("旅程",)),
    ("stage", "Stage", ("阶段",)),
    ("name", "Touchpoint", ("触点",)),
    ("channels", "Channels", ("渠道",)),
    ("emotion", "Emotion (−3 … +3)", ("emotion", "情绪")),
    ("pain_points", "Pain points", ("痛点",)),
    ("delight_points", "Delight points", ("惊喜点", "爽点")),
    ("moment_of_truth", "Moment of truth", ("mot", "关键时刻")),
    ("backstage", "Backstage", ("后台",)),
    ("opportunities", "Opportunities", ("机会点", "机会")),
)


def normalise(text: object) -> str:
    """A header or label as compared: case, width, spaces and punctuation ignored."""
    folded = unicodedata.normalize("NFKC", str(text)).casefold()
    return "".join(ch for ch in folded if ch.isalnum())


def header_keys() -> dict[str, str]:
    """Normalised header (and alias) -> column key."""
    keys: dict[str, str] = {}
    for column in ACTION_COLUMNS:
        local = [headers[column.key] for headers in HEADERS.values() if column.key in headers]
        for name in (column.header, column.key, *local, *column.aliases):
            keys[normalise(name)] = column.key
    return keys


def number_value(value: float | int | None) -> float | int | None:
    """A number as a cell holds it (whole floats stay floats; NaN/inf become nothing)."""
    if value is None or isinstance(value, bool):
        return None
    return value if math.isfinite(value) else None


@functools.lru_cache(maxsize=4096)
def date_value(text: str | None) -> date | str | None:
    """An ISO date as a real date; anything else (an invalid plan) stays text."""
    if not text:
        return None
    try:
        return date.fromisoformat(text) if len(text) == 10 else text
    except ValueError:
        return text


def number_text(value: float | int | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() and abs(value) < 1e15 else repr(float(value))


def lines_text(items: Sequence[str]) -> str:
    return "\n".join(items)


def trigger_text(trigger: Trigger, words: Words = ENGLISH) -> str:
    """The trigger in words: 'event: order shipped', '3 days before', 'when NPS reaches 8'."""
    text = words.text
    kind, event = trigger.type, (trigger.event or "").strip()
    if kind == "event":
        return text("trigger_event", event=event) if event else text("trigger_event_bare")
    if kind == "offset":
        days = trigger.days or 0
        when = text("trigger_reached") if not days else text(
            "trigger_before" if days < 0 else "trigger_after", days=number_text(abs(days)),
            s="s" if abs(days) != 1 else "")
        return text("trigger_with_event", when=when, event=event) if event else when
    if kind == "date":
        when = text("trigger_date", date=trigger.date or event)
        return text("trigger_with_event", when=when, event=event) if trigger.date and event else when
    if kind == "threshold":
        value = number_text(trigger.value) or "?"
        key = "trigger_threshold_at_most" if trigger.direction == "at_most" else "trigger_threshold"
        return text(key, metric=trigger.metric or "?", value=value)
    return str(kind)


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().casefold()


class Names:
    """Tiers, channels, journeys or stages by name, with the id as the fallback label."""

    def __init__(self, kind: str, items: Iterable[tuple[str, str]], multi: bool = False,
                 separator: str = SEPARATOR) -> None:
        self.kind, self.multi, self.separator = kind, multi, separator
        self.items = list(items)
        self._ids = {i for i, _ in self.items}
        self._by_name: defaultdict[str, list[str]] = defaultdict(list)
        self._by_fold: defaultdict[str, list[str]] = defaultdict(list)
        for object_id, name in self.items:
            self._by_name[name].append(object_id)
            self._by_fold[fold(name)].append(object_id)
        self.by_id: list[str] = []  # ids of objects a cell names by id
        self._labels = {i: self._label(i, n) for i, n in self.items}

    def _label(self, object_id: str, name: str) -> str:
        usable = (name and name == name.strip() and clean_text(name) == name
                  and not (self.multi and SPLIT.search(name)))
        if usable and self.resolve(name) == object_id:
            return name
        self.by_id.append(object_id)
        return object_id

    def label(self, object_id: str) -> str:
        return self._labels.get(object_id, object_id)

    def labels(self, ids: Iterable[str]) -> str:
        return self.separator.join(self.label(i) for i in ids)

    def resolve(self, token: str) -> str | None:
        """The id `token` stands for (a unique name, an id, a unique name ignoring case)."""
        found = self._by_name.get(token, [])
        if len(found) == 1:
            return found[0]
        if token in self._ids:
            return token
        if found:
            return None
        folded = self._by_fold.get(fold(token), [])
        return folded[0] if len(folded) == 1 else None

    def problem(self, token: str) -> str:
        """Why `token` does not name one object (in the interface's language)."""
        same = self._by_name.get(token) or self._by_fold.get(fold(token), [])
        kind, kinds = kind_word(self.kind), kind_word(self.kind, plural=True)
        if len(same) > 1:
            message = _t('{kind} "{name}" is ambiguous: {count} {kinds} have that name — use the id ({ids})')
            ids = join_names(same[:5])
            return message.format(kind=kind, kinds=kinds, name=token, count=len(same), ids=ids)
        message = _t('unknown {kind} "{name}" — known: {known}')
        return message.format(kind=kind, name=token, known=self.known())

    def known(self) -> str:
        labels = [self.label(i) for i, _ in self.items]
        if not labels:
            return _t("(the project has no {kinds})").format(kinds=kind_word(self.kind, plural=True))
        more = _t(", … ({count} in all)").format(count=len(labels)) if len(labels) > 12 else ""
        return join_names(labels[:12]) + more

    def note(self, words: Words = ENGLISH) -> str | None:
        """For the workbook's reader: which objects a cell names by id, and why."""
        if not self.by_id:
            return None
        shown = join_names(self.by_id[:5], words.locale) + (" …" if len(self.by_id) > 5 else "")
        return words.text("by_id", count=len(self.by_id), kind=words.text(f"kind.{self.kind}"), ids=shown)
