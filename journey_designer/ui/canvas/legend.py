"""The legend over the map (View ▸ Legend): what the marks on the cards mean.

Badges (moment of truth, service recovery), the pain-point count, entry and exit marks,
the emotion colours -3..+3, the tier dots (one per tier, in the palette's colours) and,
under a tier lens, the card tints. It is a strip along the bottom of the view, its
entries flowing into as many rows as the width needs, above the viewport (a child of the
view, not of the viewport, so it does not scroll with the map) and transparent to the
mouse. Fit to Window keeps the map above it (`reserved_height`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from journey_designer.ui.canvas import style
from journey_designer.ui.canvas.items.card import badge_text

if TYPE_CHECKING:
    from journey_designer.ui.canvas.scene import JourneyScene

_ROW = 18.0
_PAD = 8.0
_GAP = 16.0  # between entries of a row
_MARGIN = 8
_ICONS = {"mot": 30.0, "rec": 30.0, "pain": 24.0, "entry": 16.0, "exit": 16.0, "emotion": 34.0,
          "heading": 0.0, "tier": 14.0, "lens": 30.0}


class MapLegend(QWidget):
    def __init__(self, view: QWidget, scene: JourneyScene) -> None:
        super().__init__(view)
        self.setObjectName("mapLegend")
        self.scene = scene
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFont(style.ui_font(8))
        state = scene.view
        state.show_legend_changed.connect(lambda _on: self.refresh())
        state.lens_tier_changed.connect(lambda _t: self.refresh())
        scene.document.changed.connect(lambda _e: self.refresh())
        self.refresh()

    # ------------------------------------------------------------ contents

    def entries(self) -> list[str]:
        """The kinds of marks explained, in order."""
        return ["mot", "rec", "pain", "entry", "exit", "emotion"]

    def _texts(self) -> dict[str, str]:
        return {"mot": self.tr("Moment of truth"), "rec": self.tr("Service recovery"),
                "pain": self.tr("Pain points"), "entry": self.tr("Journey entry"),
                "exit": self.tr("Journey exit"), "emotion": self.tr("Emotion −3 … +3"),
                "tiers": self.tr("Tier dots, filled where the tier has care actions"),
                "covered": self.tr("Covered for the tier"),
                "uncovered": self.tr("Not covered"),
                "uncovered_mot": self.tr("Moment of truth not covered")}

    def tier_entries(self) -> list[tuple[str, QColor]]:
        return [(t.name, style.tier_color(i))
                for i, t in enumerate(self.scene.document.project.tiers)]

    def lens_entries(self) -> list[tuple[str, str]]:
        """(lens kind, text) of the card tints, under a tier lens only."""
        if self.scene.lens_tier is None:
            return []
        texts = self._texts()
        return [(kind, texts[kind]) for kind in ("covered", "uncovered", "uncovered_mot")]

    def _rows(self) -> list[tuple[str, str]]:
        texts = self._texts()
        rows = [(kind, texts[kind]) for kind in self.entries()]
        tiers = self.tier_entries()
        if tiers:
            rows.append(("heading", texts["tiers"] + ":"))
            rows += [(f"tier:{i}", name) for i, (name, _) in enumerate(tiers)]
        lens = self.lens_entries()
        if lens:
            tier = next((t.name for t in self.scene.document.project.tiers
                         if t.id == self.scene.lens_tier), "")
            rows.append(("heading", self.tr("Seen by %1:").replace("%1", tier)))
            rows += [(f"lens:{kind}", text) for kind, text in lens]
        return rows

    # ------------------------------------------------------------ placing

    def refresh(self) -> None:
        self.setVisible(self.scene.view.show_legend)
        self.place()
        self.update()

    def _flow(self, width: float) -> list[tuple[str, str, QRectF]]:
        """Each entry's (kind, text, box), flowing left to right in rows of `width`."""
        metrics = QFontMetricsF(style.ui_font(8, bold=True))
        out = []
        x, y = _PAD, _PAD
        for kind, text in self._rows():
            icon = _ICONS[kind.split(":")[0]]
            w = icon + (4 if icon else 0) + metrics.horizontalAdvance(text)
            room = w + (120 if kind == "heading" else 0)  # a heading goes with its first entry
            if x > _PAD and x + room > width - _PAD:
                x, y = _PAD, y + _ROW
            out.append((kind, text, QRectF(x, y, w, _ROW)))
            x += w + (6 if kind == "heading" else _GAP)
        return out

    def _size_for(self, width: float) -> QSize:
        flow = self._flow(width)
        right = max((box.right() for _, _, box in flow), default=0.0)
        bottom = max((box.bottom() for _, _, box in flow), default=0.0)
        return QSize(int(right + _PAD + 1), int(bottom + _PAD + 1))

    def reserved_height(self) -> int:
        """Viewport pixels the legend covers at the bottom (0 when hidden)."""
        return self.height() + _MARGIN if self.isVisible() else 0

    def place(self) -> None:
        view = self.parentWidget()
        viewport = getattr(view, "viewport", lambda: None)()
        if viewport is None:
            return
        area = viewport.geometry()
        size = self._size_for(area.width() - 2 * _MARGIN)
        size = size.boundedTo(area.size() - QSize(2 * _MARGIN, 2 * _MARGIN))
        self.setGeometry(area.left() + _MARGIN, area.bottom() - _MARGIN - size.height() + 1,
                         size.width(), size.height())
        self.raise_()

    # ------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(style.LANE_BORDER, 1))
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        tiers = self.tier_entries()
        for kind, text, box in self._flow(self.width()):
            icon = _ICONS[kind.split(":")[0]]
            self._paint_mark(painter, kind, QRectF(box.left(), box.top(), icon, _ROW), tiers)
            painter.setFont(style.ui_font(8, bold=kind == "heading"))
            painter.setPen(style.CARD_MUTED if kind == "heading" else style.CARD_TEXT)
            left = box.left() + icon + (4 if icon else 0)
            painter.drawText(QRectF(left, box.top(), box.right() - left + 2, _ROW),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        painter.end()

    def _paint_mark(self, painter: QPainter, kind: str, r: QRectF,
                    tiers: list[tuple[str, QColor]]) -> None:
        c = r.center()
        painter.setPen(Qt.PenStyle.NoPen)
        if kind in ("mot", "rec"):
            badge = QRectF(r.left(), c.y() - 7, 26, 14)
            painter.setBrush(style.MOT_BADGE if kind == "mot" else style.RECOVERY)
            painter.drawRoundedRect(badge, 7, 7)
            painter.setPen(QColor("#ffffff"))
            painter.setFont(style.ui_font(6.5, bold=True))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter,
                             badge_text("MoT" if kind == "mot" else "REC"))
        elif kind == "pain":
            painter.setPen(style.PAIN)
            painter.setFont(style.ui_font(7.5, bold=True))
            painter.drawText(r, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, "▲ 2")
        elif kind == "entry":
            painter.setBrush(style.ENTRY)
            x = r.left() + 4
            painter.drawPolygon([QPointF(x, c.y() - 6), QPointF(x + 8, c.y()),
                                 QPointF(x, c.y() + 6)])
        elif kind == "exit":
            painter.setBrush(style.EXIT)
            painter.drawRect(QRectF(r.left() + 4, c.y() - 4, 8, 8))
        elif kind == "emotion":
            for k, level in enumerate(range(-3, 4)):
                painter.setBrush(style.emotion_color(level))
                painter.drawEllipse(QPointF(r.left() + 2 + k * 4.2, c.y()), 2.6, 2.6)
        elif kind.startswith("tier:"):
            colour = tiers[int(kind[5:])][1]
            painter.setPen(QPen(colour.darker(130), 1))
            painter.setBrush(colour)
            painter.drawEllipse(QPointF(r.left() + 6, c.y()), 5, 5)
        elif kind.startswith("lens:"):
            fill, border = style.lens_colours(kind[5:])
            painter.setPen(QPen(border, 1.2))
            painter.setBrush(fill)
            painter.drawRoundedRect(QRectF(r.left(), c.y() - 6, 24, 12), 3, 3)
