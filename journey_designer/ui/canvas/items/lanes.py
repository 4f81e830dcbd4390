"""Stage lanes (swimlane columns with headers), the emotion-curve lane, the backstage
lane, and the overview that stands in for thousands of cards when zoomed far out."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

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
    """The emotion curve under the lanes: each card's emotion at its x, left to right."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = title
        self.width = LANE_WIDTH
        self.points: list[tuple[float, int]] = []
        self.contacts: list[tuple[float, int]] = []  # under a tier lens: actions per card
        self.setZValue(zorder.CURVE)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # thousands of points

    def set_points(self, width: float, points: list[tuple[float, int]]) -> None:
        points = sorted(points)
        if width == self.width and points == self.points:
            return
        if width != self.width:
            self.prepareGeometryChange()
        self.width = width
        self.points = points
        self.update()

    def set_contacts(self, contacts: list[tuple[float, int]]) -> None:
        if contacts != self.contacts:
            self.contacts = contacts
            self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(0, 0, self.width, EMOTION_LANE_HEIGHT)

    def y_of(self, emotion: float) -> float:
        top, bottom = 28.0, EMOTION_LANE_HEIGHT - 12.0
        return bottom - (emotion + 3) / 6 * (bottom - top)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.fillRect(self.boundingRect(), QColor("#fbfcfe"))
        painter.setPen(QPen(style.LANE_BORDER, 1))
        painter.drawRect(self.boundingRect())
        painter.setFont(style.ui_font(9, bold=True))
        painter.setPen(style.CARD_MUTED)
        painter.drawText(QRectF(8, 4, 300, 20), Qt.AlignmentFlag.AlignVCenter, self.title)
        for level in (-3, 0, 3):
            painter.setPen(QPen(style.GRID, 1, Qt.PenStyle.DashLine if level else
                                Qt.PenStyle.SolidLine))
            painter.drawLine(QPointF(0, self.y_of(level)), QPointF(self.width, self.y_of(level)))
        self._paint_contacts(painter)
        if not self.points:
            return
        path = QPainterPath(QPointF(self.points[0][0], self.y_of(self.points[0][1])))
        for x, emotion in self.points[1:]:
            path.lineTo(x, self.y_of(emotion))
        painter.setPen(QPen(style.CURVE_LINE, 2.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        for x, emotion in self.points:
            painter.setBrush(style.emotion_color(emotion))
            painter.drawEllipse(QPointF(x, self.y_of(emotion)), 4.5, 4.5)


    def _paint_contacts(self, painter: QPainter) -> None:
        """Bars of the lens tier's care actions per card, behind the emotion line."""
        if not self.contacts:
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(43, 125, 233, 60))
        bottom = EMOTION_LANE_HEIGHT - 12.0
        for x, count in self.contacts:
            height = min(count, 6) * 18.0
            painter.drawRect(QRectF(x - 6, bottom - height, 12, height))
        painter.setPen(style.CARD_MUTED)
        painter.setFont(style.ui_font(7.5))
        for x, count in self.contacts:
            painter.drawText(QRectF(x - 10, bottom, 20, 12), Qt.AlignmentFlag.AlignCenter, str(count))


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
        painter.fillRect(self.boundingRect(), QColor("#f4f1fa"))
        painter.setPen(QPen(QColor("#b9a9dc"), 1, Qt.PenStyle.DashLine))
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
        for x, y, colour in self.cards:
            painter.fillRect(QRectF(x, y, CARD_WIDTH, CARD_HEIGHT), colour)
