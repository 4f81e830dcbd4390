"""What the slides draw over the map: the spotlight on the current stage (a scene item),
and the labels over the screen (widgets): the overview's title band, the summary
panel, the part label of a tall stage, and the toast that shows for a moment what a
key just did (the tier lens, a note taken, a toggle).

The labels are laid out for a screen size, so the slides PDF lays out the same labels
on a hidden canvas of the slide's size and paints them onto the page.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QObject, QPropertyAnimation, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsOpacityEffect,
    QLabel,
    QStyleOptionGraphicsItem,
    QWidget,
)

from journey_designer.ui.canvas import zorder

TOAST_MS = 1800  # shown, then fades out over FADE_MS
FADE_MS = 600
FRAME_WIDTH = 5.0  # the spotlight's frame, scene units
_LIGHT = ("rgba(255, 255, 255, 240)", "#111826")  # (Qt reads #rrggbbaa as #aarrggbb)
_DARK = ("rgba(17, 24, 38, 242)", "#ffffff")


class StageSpotlight(QGraphicsItem):
    """Dims every lane but the current one and frames it. The share labels of the
    stage's arrows stay as they are: a label on the lane's edge is neither dimmed nor
    crossed by the frame (the labels lie below this item)."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(zorder.OVERLAY)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.bounds = QRectF()
        self.focus = QRectF()

    def set_focus(self, bounds: QRectF, focus: QRectF) -> None:
        self.prepareGeometryChange()
        self.bounds, self.focus = bounds, focus
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self.bounds.adjusted(-10, -10, 10, 10)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if self.focus.isNull():
            return
        dim = QColor(10, 14, 24, 150)
        b, f = self.bounds, self.focus
        kept = self.kept_labels()
        if not kept.isEmpty():
            whole = QPainterPath()
            whole.addRect(self.boundingRect())
            painter.setClipPath(whole.subtracted(kept), Qt.ClipOperation.IntersectClip)
        painter.fillRect(QRectF(b.left(), b.top(), f.left() - b.left(), b.height()), dim)
        painter.fillRect(QRectF(f.right(), b.top(), b.right() - f.right(), b.height()), dim)
        painter.setPen(QPen(QColor("#ffb300"), FRAME_WIDTH))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(f, 8, 8)

    def kept_labels(self) -> QPainterPath:
        """The boxes of the share labels of arrows from or to a card of the stage, and
        of any label on the stage's lane (or its frame)."""
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)  # boxes that touch stay kept
        scene, f = self.scene(), self.focus
        labels = getattr(scene, "share_labels", None)
        if labels is None or not labels.isVisible() or f.isNull():
            return path
        inside = {tp_id for tp_id, card in scene.cards.items()
                  if f.left() <= card.pos().x() < f.right()}
        frame = f.adjusted(-FRAME_WIDTH, -FRAME_WIDTH, FRAME_WIDTH, FRAME_WIDTH)
        for (source, target), rect in labels.rects().items():
            if source in inside or target in inside or rect.intersects(frame):
                box = rect.adjusted(-1, -1, 1, 1)
                path.addRoundedRect(box, box.height() / 2, box.height() / 2)
        return path


def _style(label: QLabel, colours: tuple[str, str], size: int, padding: int) -> None:
    background, text = colours
    label.setStyleSheet(f"QLabel {{ background: {background}; color: {text}; "
                        f"padding: {padding}px; font-size: {size}px; border-radius: 12px; }}")


def _fit_line(label: QLabel, room: int) -> None:
    """One line as wide as the text needs; wrapped at `room` pixels when longer."""
    label.setWordWrap(False)
    label.setMinimumWidth(0)
    label.setMaximumWidth(16777215)
    label.adjustSize()
    if label.width() > room:
        label.setWordWrap(True)
        label.setFixedWidth(room)
        label.adjustSize()


class SlideOverlays(QObject):
    """The labels over a slide, children of `canvas`: on screen the view itself, not its
    viewport (the viewport's children move with each scroll of the map)."""

    def __init__(self, canvas: QWidget) -> None:
        super().__init__(canvas)
        self.canvas = canvas
        self.caption = self._label("presentationCaption", rich=True)
        self.part = self._label("presentationPart")
        self.toast = self._label("presentationToast")
        self.toast.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._fade = QGraphicsOpacityEffect(self.toast)
        self.toast.setGraphicsEffect(self._fade)
        self._animation = QPropertyAnimation(self._fade, b"opacity", self)
        self._animation.setDuration(FADE_MS)
        self._animation.setStartValue(1.0)
        self._animation.setEndValue(0.0)
        self._animation.setEasingCurve(QEasingCurve.Type.InQuad)
        self._animation.finished.connect(self.toast.hide)
        self._hold = QTimer(self, singleShot=True, interval=TOAST_MS)
        self._hold.timeout.connect(self._animation.start)

    def _label(self, name: str, rich: bool = False) -> QLabel:
        label = QLabel(self.canvas, objectName=name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        label.hide()
        return label

    def hide_all(self) -> None:
        for label in (self.caption, self.part):
            label.hide()
        self._hold.stop()
        self._animation.stop()
        self.toast.hide()

    # ------------------------------------------------------------ per slide

    def title_band(self, html: str, size: QSize) -> float:
        """The overview's title across the top; returns the height kept for it (the map
        is fitted below)."""
        self.part.hide()
        label = self.caption
        label.setText(html)
        width = int(size.width() * 0.9)
        label.setFixedWidth(width)
        text = max(18, size.height() // 30)
        while True:
            _style(label, _LIGHT, text, 14)
            label.adjustSize()
            if text <= 18 or label.height() <= size.height() * 0.2:
                break
            text = int(text * 0.88)
        top = max(12, size.height() // 60)
        label.move((size.width() - width) // 2, top)
        label.show()
        label.raise_()
        return float(top + label.height() + top)

    def summary(self, html: str, size: QSize) -> None:
        """The summary slide: a dark panel in the middle, type as large as fits."""
        self.part.hide()
        label = self.caption
        label.setText(html)
        width = int(size.width() * 0.85)
        label.setFixedWidth(width)
        text = max(18, size.height() // 30)
        while True:
            _style(label, _DARK, text, 24)
            label.adjustSize()
            if text <= 18 or label.height() <= size.height() * 0.92:
                break
            text = max(18, int(text * 0.88))
        label.move((size.width() - width) // 2, max(0, (size.height() - label.height()) // 2))
        label.show()
        label.raise_()

    def stage(self, part_text: str, size: QSize, lane_left: float,
              lane_right: float | None = None) -> None:
        """A stage slide: no caption; a tall stage's later parts name the stage and the
        part at the top, beside the lane (its header is scrolled away): on the left, or
        on the right when the lane sits at the slide's left edge (the first stage)."""
        self.caption.hide()
        if not part_text:
            self.part.hide()
            return
        label = self.part
        label.setText(part_text)
        _style(label, _LIGHT, max(18, size.height() // 40), 10)
        right_room = size.width() - lane_right if lane_right is not None else 0.0
        room = max(lane_left, right_room)
        _fit_line(label, int(max(room - 36, size.width() * 0.25)))
        if right_room > lane_left:
            label.move(size.width() - label.width() - 18, 18)
        else:
            label.move(18, 18)
        label.show()
        label.raise_()

    # ------------------------------------------------------------ toast

    def flash(self, text: str) -> None:
        """Show `text` near the bottom for a moment, then fade it out."""
        size = self.canvas.size()
        label = self.toast
        self._hold.stop()
        self._animation.stop()
        self._fade.setOpacity(1.0)
        label.setText(text)
        _style(label, _DARK, max(20, size.height() // 36), 14)
        _fit_line(label, int(size.width() * 0.8))
        label.move((size.width() - label.width()) // 2,
                   size.height() - label.height() - max(24, size.height() // 20))
        label.show()
        label.raise_()
        self._hold.start()
