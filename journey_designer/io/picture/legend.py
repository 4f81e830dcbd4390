"""The title block of a picture of the map: title, a summary line, and the legend
(badges, marks, tier dots, emotion colours and, under a tier lens, the lens colours).

Words follow the project's language (English or Chinese), so a picture handed to a
Chinese team reads in Chinese.
"""

from __future__ import annotations

from dataclasses import dataclass

from matplotlib.path import Path

from journey_designer.domain.model import Journey, Project, Tier
from journey_designer.io.picture import style as st
from journey_designer.io.picture.parts import (
    ENTRY_MARK,
    EXIT_MARK,
    Z_LEGEND,
    Z_LEGEND_TEXT,
    Painter,
    rect,
    rounded,
)
from journey_designer.io.picture.text import Fonts
from journey_designer.layout.lanes import CARD_HEIGHT, CARD_WIDTH

WORDS = {
    "en": {
        "emotion_curve": "Emotion curve",
        "backstage": "Backstage (below the line of visibility)",
        "mot": "Moment of truth", "rec": "Service recovery", "pain": "Pain points",
        "entry": "Entry", "exit": "Exit", "emotion": "Emotion −3 … +3",
        "care": "Care actions per tier:", "none": "none",
        "covered": "Covered", "uncovered": "Not covered",
        "uncovered_mot": "Moment of truth not covered",
        "summary": "{stages} stages · {touchpoints} touchpoints · {transitions} transitions",
        "lens": "Seen by tier {tier}: {covered} of {touchpoints} touchpoints covered, "
                "{mot} moments of truth not covered",
    },
    "zh_CN": {
        "emotion_curve": "情绪曲线",
        "backstage": "后台（可见线以下）",
        "mot": "关键时刻", "rec": "服务补救", "pain": "痛点",
        "entry": "入口", "exit": "出口", "emotion": "情绪 −3 … +3",
        "care": "各等级关怀动作：", "none": "无",
        "covered": "已覆盖", "uncovered": "未覆盖", "uncovered_mot": "关键时刻未覆盖",
        "summary": "{stages} 个阶段 · {touchpoints} 个触点 · {transitions} 条流转",
        "lens": "{tier}视角：{touchpoints} 个触点中 {covered} 个已覆盖，"
                "{mot} 个关键时刻未覆盖",
    },
}

_ROW = 24.0
_GAP = 18.0


def words(project: Project) -> dict[str, str]:
    return WORDS.get(project.locale, WORDS["en"])


@dataclass(frozen=True)
class _Item:
    kind: str  # badge, pain, entry, exit, dot, text, emotion, swatch
    label: str
    colour: str = ""
    border: str = ""
    mark: str = ""


def _items(project: Project, tier: Tier | None) -> list[_Item]:
    w = words(project)
    items = [_Item("badge", w["mot"], st.MOT_BADGE, mark="MoT"),
             _Item("badge", w["rec"], st.RECOVERY, mark="REC"),
             _Item("pain", w["pain"]),
             _Item("entry", w["entry"]), _Item("exit", w["exit"]),
             _Item("emotion", w["emotion"])]
    if project.tiers:
        items.append(_Item("text", w["care"]))
        items += [_Item("dot", t.name, st.tier_colour(i), st.darker(st.tier_colour(i), 130))
                  for i, t in enumerate(project.tiers)]
        items.append(_Item("dot", w["none"], "#ffffff", st.CARD_BORDER))
    if tier is not None:
        items += [_Item("swatch", w[key], *st.LENS[key])
                  for key in ("covered", "uncovered", "uncovered_mot")]
    return items


def _marker_width(fonts: Fonts, item: _Item) -> float:
    if item.kind == "pain":
        return fonts.width("▲ 1", st.BADGE_SIZE, True)
    return {"badge": 30, "entry": 8, "exit": 8, "dot": 10, "text": 0, "emotion": 7 * 11,
            "swatch": 26}[item.kind]


class Header:
    """Title, summary line and legend rows laid out for a map `width` units wide."""

    def __init__(self, fonts: Fonts, project: Project, journey: Journey, tier: Tier | None,
                 lens_counts: tuple[int, int, int] | None, width: float) -> None:
        w = words(project)
        self.fonts = fonts
        self.title = fonts.elide(f"{project.name} — {journey.name}", width, st.TITLE_SIZE, True)
        if tier is not None and lens_counts is not None:
            covered, total, mot = lens_counts
            summary = w["lens"].format(tier=tier.name, covered=covered, touchpoints=total, mot=mot)
        else:
            summary = w["summary"].format(stages=len(journey.stages),
                                          touchpoints=len(journey.touchpoints),
                                          transitions=len(journey.transitions))
        self.summary = fonts.elide(summary, width, st.SUBTITLE_SIZE, tier is not None)
        self.emphasis = tier is not None
        self.placed: list[tuple[_Item, float, int]] = []  # item, x, row
        x, row = 0.0, 0
        for item in _items(project, tier):
            marker = _marker_width(fonts, item)
            size = marker + (6 if marker else 0) + fonts.width(item.label, st.LEGEND_SIZE,
                                                               item.kind == "text")
            if x > 0 and x + size > width:
                x, row = 0.0, row + 1
            self.placed.append((item, x, row))
            x += size + _GAP
        self.rows = row + 1
        self.height = 10 + st.TITLE_SIZE * 1.3 + st.SUBTITLE_SIZE * 1.5 + self.rows * _ROW + 14

    def draw(self, p: Painter, top: float, left: float = 0.0) -> None:
        text = p.text(Z_LEGEND_TEXT)
        text.add(left, top + 10, self.title, st.TITLE_SIZE, st.CARD_TEXT, bold=True, va="top")
        y = top + 10 + st.TITLE_SIZE * 1.3
        text.add(left, y, self.summary, st.SUBTITLE_SIZE, st.CARD_TEXT if self.emphasis
                 else st.CARD_MUTED, bold=self.emphasis, va="top")
        first_row = y + st.SUBTITLE_SIZE * 1.5 + _ROW / 2
        for item, x, row in self.placed:
            self._draw_item(p, item, left + x, first_row + row * _ROW)

    def _draw_item(self, p: Painter, item: _Item, x: float, y: float) -> None:
        text = p.text(Z_LEGEND_TEXT)
        kind = item.kind
        if kind == "badge":
            p.shapes(rounded(30, 16, 8), [x], [y - 8], z=Z_LEGEND, face=item.colour)
            text.add(x + 15, y, item.mark, st.BADGE_SIZE, "#ffffff", bold=True, ha="center")
        elif kind == "pain":
            text.add(x, y, "▲ 1", st.BADGE_SIZE, st.PAIN, bold=True)
        elif kind in ("entry", "exit"):
            mark = ENTRY_MARK if kind == "entry" else EXIT_MARK
            dx, dy = (6, -46) if kind == "entry" else (4 - CARD_WIDTH, 10 - CARD_HEIGHT)
            p.shapes(mark, [x + dx], [y + dy], z=Z_LEGEND,
                     face=st.ENTRY if kind == "entry" else st.EXIT)
        elif kind == "dot":
            p.shapes(Path.circle((0, 0), 5), [x + 5], [y], z=Z_LEGEND, face=item.colour,
                     edge=item.border, width=1)
        elif kind == "emotion":
            p.shapes(rect(10, 10), [x + 11 * k for k in range(7)], [y - 5] * 7, z=Z_LEGEND,
                     face=[st.emotion_colour(e) for e in range(-3, 4)])
        elif kind == "swatch":
            p.shapes(rounded(26, 16, 4), [x], [y - 8], z=Z_LEGEND, face=item.colour,
                     edge=item.border, width=1.2)
        marker = _marker_width(self.fonts, item)
        colour = st.CARD_TEXT if kind != "text" else st.CARD_MUTED
        text.add(x + marker + (6 if marker else 0), y, item.label, st.LEGEND_SIZE, colour,
                 bold=kind == "text")
