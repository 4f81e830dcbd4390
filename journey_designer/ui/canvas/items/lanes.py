"""Stage lanes (swimlane columns with headers), the emotion-curve lane, the backstage
lane, and the overview that stands in for thousands of cards when zoomed far out."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journey_designer.layout.curve import SCALE, SCALE_X, CurveLayout, level_y
from journey_designer.layout.lanes import (
    BACKSTAGE_LANE_HEIGHT,
    CARD_HEIGHT,
    CARD_WIDTH,
    EMOTION_LANE_HEIGHT,
    HEADER_HEIGHT,
    LANE_WIDTH,
)
from journey_designer.ui.canvas import style, zorder

_LINE_HEIGHT = 15.0

POINT_RADIUS = 4.5  # of a card's point on the emotion curve
TINY_POINT_PX = 0.75  # a point's radius on the page under which it is drawn as a plain dot


def _exposed(item: QGraphicsItem, option: QStyleOptionGraphicsItem) -> QRectF:
    """The part of `item` to paint (all of it for an option made by hand)."""
    return option.exposedRect if not option.exposedRect.isEmpty() else item.boundingRect()


class StageLane(QGraphicsItem):
    """One stage: a column with its header. Not movable itself; the scene drags it."""

    def __init__(self, stage_id: str, index: int, name: str, height: float) -> None:
        super().__init__()
        self.stage_id = stage_id
        self.index = index
        self.name = name
        self.height = height
        self.highlight = False
        self.setZValue(zorder.LANE)
        self.setPos(index * LANE_WIDTH, 0)

    def set_index(self, index: int) -> None:
        self.index = index
        self.setPos(index * LANE_WIDTH, 0)
        self.update()

    def set_height(self, height: float) -> None:
        if height == self.height:
            return  # a geometry change repaints the whole lane: only when it changed
        self.prepareGeometryChange()
        self.height = height

    def header_rect(self) -> QRectF:
        return QRectF(0, 0, LANE_WIDTH, HEADER_HEIGHT)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(0, 0, LANE_WIDTH, self.height)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.fillRect(self.boundingRect(), style.LANE_FILLS[self.index % 2])
        painter.setPen(QPen(style.LANE_BORDER, 1))
        painter.drawLine(QPointF(LANE_WIDTH, 0), QPointF(LANE_WIDTH, self.height))
        header = self.header_rect().adjusted(2, 2, -2, -2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.CARD_SELECTED if self.highlight else style.HEADER_FILL)
        painter.drawRoundedRect(header, 6, 6)
        painter.setPen(style.HEADER_TEXT)
        painter.setFont(style.ui_font(11, bold=True))
        painter.drawText(header.adjusted(10, 0, -10, 0),  # a long name: two lines, not cut
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
                         | Qt.TextFlag.TextWordWrap, f"{self.index + 1}. {self.name}")


class EmotionCurve(QGraphicsItem):
    """The emotion curve under the lanes, as the layout engine lays it out (layout/curve.py):
    a -3..+3 scale, one point right under each card, the trend through each stage's mean.
    Hovering a point highlights its card and hovering a card its point (the scene links
    them); under a tier lens, that tier's care actions per card are bars behind the points,
    explained in the lane's title row."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = title
        self.width = LANE_WIDTH
        self.layout = CurveLayout(0.0, LANE_WIDTH, [], [(level, level_y(0.0, level))
                                                       for level in SCALE], [])
        self.names: dict[str, str] = {}
        self.contacts: list[tuple[float, int]] = []  # under a tier lens: actions per card
        self._dots_of: CurveLayout | None = None  # the layout _dots_cache was made for
        self._dots_cache: list[tuple[QColor, QPolygonF]] = []
        self._contact_legend = ""
        self.highlighted: str | None = None
        self.on_hover: Callable[[str | None], None] | None = None  # set by the scene
        self.setZValue(zorder.CURVE)
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # thousands of points
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # exposedRect

    @property
    def points(self) -> list[tuple[float, int]]:
        """(x, emotion) of each card's point, left to right."""
        return sorted((p.x, p.emotion) for p in self.layout.points)

    def set_layout(self, layout: CurveLayout, names: dict[str, str]) -> None:
        if layout == self.layout and names == self.names:
            return
        if layout.width != self.width:
            self.prepareGeometryChange()
        self.width = layout.width
        self.layout = layout
        self.names = names
        if self.highlighted not in names:
            self.highlighted = None
        self.update()

    def set_contacts(self, contacts: list[tuple[float, int]], legend: str = "") -> None:
        if contacts != self.contacts or legend != self._contact_legend:
            self.contacts = contacts
            self._contact_legend = legend
            self.update()

    def contact_legend(self) -> str:
        """What the bars mean (empty when there are none: no tier lens)."""
        return self._contact_legend if self.contacts else ""

    def set_highlight(self, tp_id: str | None) -> None:
        if tp_id != self.highlighted:
            self.highlighted = tp_id
            self.setToolTip(self.names.get(tp_id, "") if tp_id else "")
            self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(0, 0, self.width, EMOTION_LANE_HEIGHT)

    def y_of(self, emotion: float) -> float:
        return level_y(0.0, emotion)

    def point_at(self, pos: QPointF, reach: float = 8.0) -> str | None:
        """The card whose point is under `pos` (item coordinates), if any."""
        top = self.layout.top
        best, best_d = None, reach * reach
        for p in self.layout.points:
            d = (p.x - pos.x()) ** 2 + (p.y - top - pos.y()) ** 2
            if d <= best_d:
                best, best_d = p.tp_id, d
        return best

    def hoverMoveEvent(self, event) -> None:  # noqa: N802
        self._hover_at(self.point_at(event.pos()))

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802
        self._hover_at(None)

    def _hover_at(self, tp_id: str | None) -> None:
        if tp_id != self.highlighted:
            self.set_highlight(tp_id)
            if self.on_hover is not None:
                self.on_hover(tp_id)

    def picture(self) -> QImage:
        """The lane drawn at 100 % (for checks and pictures)."""
        image = QImage(int(self.width) + 1, int(EMOTION_LANE_HEIGHT) + 1,
                       QImage.Format.Format_ARGB32)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QStyleOptionGraphicsItem(), None)
        painter.end()
        return image

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.fillRect(self.boundingRect(), style.CURVE_FILL)
        painter.setPen(QPen(style.LANE_BORDER, 1))
        painter.drawRect(self.boundingRect())
        painter.setFont(style.ui_font(9, bold=True))
        painter.setPen(style.CARD_MUTED)
        painter.drawText(QRectF(8, 4, 300, 20), Qt.AlignmentFlag.AlignVCenter, self.title)
        self._paint_scale(painter)
        self._paint_contacts(painter)
        top = self.layout.top
        if self.layout.trend:
            trend = QPainterPath(QPointF(self.layout.trend[0][0], self.layout.trend[0][1] - top))
            for x, y in self.layout.trend[1:]:
                trend.lineTo(x, y - top)
            painter.setPen(QPen(style.CURVE_LINE, 2.2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(trend)
        self._paint_points(painter, option)
        self._paint_highlight(painter)

    def _paint_points(self, painter: QPainter, option: QStyleOptionGraphicsItem) -> None:
        """A dot in the emotion's colour per card, ringed in white; where a dot would be
        under a pixel (a whole 10,000-card map on one slide) plain dots, a call per colour."""
        top = self.layout.top
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod * POINT_RADIUS < TINY_POINT_PX:
            for colour, dots in self._dots():
                painter.setPen(QPen(colour, 2 * POINT_RADIUS, Qt.PenStyle.SolidLine,
                                    Qt.PenCapStyle.RoundCap))
                painter.drawPoints(dots)
            return
        painter.setPen(QPen(QColor("#ffffff"), 1))
        shown = _exposed(self, option).adjusted(-POINT_RADIUS - 1, 0, POINT_RADIUS + 1, 0)
        left, right = shown.left(), shown.right()
        for p in self.layout.points:
            if left <= p.x <= right:  # a slide or a scrolled view shows part of a long curve
                painter.setBrush(style.emotion_color(p.emotion))
                painter.drawEllipse(QPointF(p.x, p.y - top), POINT_RADIUS, POINT_RADIUS)

    def _dots(self) -> list[tuple[QColor, QPolygonF]]:
        """The points by colour (made once per layout)."""
        if self._dots_of is not self.layout:
            by_emotion: dict[int, list[QPointF]] = {}
            top = self.layout.top
            for p in self.layout.points:
                by_emotion.setdefault(p.emotion, []).append(QPointF(p.x, p.y - top))
            self._dots_cache = [(style.emotion_color(e), QPolygonF(points))
                                for e, points in by_emotion.items()]
            self._dots_of = self.layout
        return self._dots_cache

    def _paint_scale(self, painter: QPainter) -> None:
        """-3..+3 at the left, a line across for each level (0 solid)."""
        painter.setFont(style.ui_font(7.5, bold=True))
        for level, y in self.layout.scale:
            y -= self.layout.top
            painter.setPen(QPen(style.GRID, 1, Qt.PenStyle.SolidLine if level == 0 else
                                Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(SCALE_X + 20, y), QPointF(self.width, y))
            painter.setPen(style.emotion_color(level))
            painter.drawText(QRectF(SCALE_X - 4, y - 7, 20, 14),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             f"{level:+d}" if level else "0")

    def _paint_contacts(self, painter: QPainter) -> None:
        """Bars of the lens tier's care actions per card, behind the points; their legend
        in the title row."""
        if not self.contacts:
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.CONTACT_BARS)
        bottom = self.y_of(-3) + 8
        for x, count in self.contacts:
            height = min(count, 6) * 14.0
            painter.drawRect(QRectF(x - 5, bottom - height, 10, height))
        painter.setPen(style.CARD_MUTED)
        if self._contact_legend:
            painter.fillRect(QRectF(240, 9, 10, 12), style.CONTACT_BARS)
            painter.setFont(style.ui_font(8))
            painter.drawText(QRectF(256, 4, 600, 20), Qt.AlignmentFlag.AlignVCenter,
                             self._contact_legend)

    def _paint_highlight(self, painter: QPainter) -> None:
        point = next((p for p in self.layout.points if p.tp_id == self.highlighted), None)
        if point is None:
            return
        centre = QPointF(point.x, point.y - self.layout.top)
        painter.setPen(QPen(style.CURVE_LINE, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, 8, 8)
        name = self.names.get(point.tp_id, "")
        if name:
            painter.setFont(style.ui_font(8, bold=True))
            text = QRectF(centre.x() - 110, centre.y() - 28, 220, 16)
            painter.setPen(style.CARD_TEXT)
            painter.drawText(text, Qt.AlignmentFlag.AlignCenter, name)


class BackstageLane(QGraphicsItem):
    """Service-blueprint lane: the processes and systems behind each touchpoint."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = title
        self.width = LANE_WIDTH
        self.entries: list[tuple[float, list[str]]] = []
        self.height = BACKSTAGE_LANE_HEIGHT
        self.setZValue(zorder.CURVE)

    def set_entries(self, width: float, entries: list[tuple[float, list[str]]]) -> None:
        if width == self.width and entries == self.entries:
            return
        self.prepareGeometryChange()
        self.width = width
        self.entries = entries
        lines = max((len(items) for _, items in entries), default=0)
        self.height = max(BACKSTAGE_LANE_HEIGHT, 34 + lines * _LINE_HEIGHT)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(0, 0, self.width, self.height)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.fillRect(self.boundingRect(), style.BACKSTAGE_FILL)
        painter.setPen(QPen(style.BACKSTAGE_LINE, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(0, 0), QPointF(self.width, 0))  # the line of visibility
        painter.setFont(style.ui_font(9, bold=True))
        painter.setPen(style.RECOVERY)
        painter.drawText(QRectF(8, 4, 400, 20), Qt.AlignmentFlag.AlignVCenter, self.title)
        painter.setFont(style.ui_font(8))
        painter.setPen(style.CARD_MUTED)
        for x, lines in self.entries:
            for row, line in enumerate(lines):
                painter.drawText(QRectF(x, 28 + row * _LINE_HEIGHT, LANE_WIDTH - 20, _LINE_HEIGHT),
                                 Qt.AlignmentFlag.AlignVCenter, f"• {line}")


class MapOverview(QGraphicsItem):
    """All cards and arrows in one paint() for far zoom levels (thousands of items
    painting themselves one by one would make each frame slow)."""

    def __init__(self) -> None:
        super().__init__()
        self.cards: list[tuple[float, float, QColor]] = []
        self.lines: list[QLineF] = []
        self._bounds = QRectF()
        self.setZValue(zorder.CARD)
        self.setVisible(False)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._rects_of: list[tuple[float, float, QColor]] | None = None
        self._rects_cache: list[tuple[QColor, list[QRectF]]] = []

    def set_content(self, cards: list[tuple[float, float, QColor]],
                    lines: list[tuple[QPointF, QPointF]]) -> None:
        self.prepareGeometryChange()
        self.cards = cards
        self.lines = [QLineF(a, b) for a, b in lines]
        xs = [c[0] for c in cards] or [0.0]
        ys = [c[1] for c in cards] or [0.0]
        self._bounds = QRectF(min(xs), min(ys), max(xs) - min(xs) + CARD_WIDTH,
                              max(ys) - min(ys) + CARD_HEIGHT)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setPen(QPen(style.ARROW, 0))
        painter.drawLines(self.lines)
        painter.setPen(Qt.PenStyle.NoPen)
        for colour, rects in self._rects():
            painter.setBrush(colour)
            painter.drawRects(rects)

    def _rects(self) -> list[tuple[QColor, list[QRectF]]]:
        """The cards' boxes by colour (made once per content): a call per colour paints
        them all."""
        if self._rects_of is not self.cards:
            by_colour: dict[int, tuple[QColor, list[QRectF]]] = {}
            for x, y, colour in self.cards:
                by_colour.setdefault(colour.rgba(), (colour, []))[1].append(
                    QRectF(x, y, CARD_WIDTH, CARD_HEIGHT))
            self._rects_cache, self._rects_of = list(by_colour.values()), self.cards
        return self._rects_cache
