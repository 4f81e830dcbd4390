"""Presentation mode (View ▸ Present, F5): full screen, one stage at a time for a
workshop on a projector. An overview slide first, a summary slide last.

Keys: → ↓ PgDn Space next · ← ↑ PgUp Backspace previous · Home/End · Esc leave ·
1–9 view as tier N, 0 all tiers · G gap marks · E emotion curve · B backstage ·
N add an opportunity note to the current stage. Editing on the map still works.

File ▸ Export slides writes the same slides as a PDF (SlidesExport: a page per
event-loop turn with progress and Cancel; a huge map's pages use the overview item).
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen, QTransform
from PySide6.QtWidgets import QGraphicsItem, QInputDialog, QLabel, QStyleOptionGraphicsItem, QWidget

from journey_designer.analysis import Analysis
from journey_designer.domain.snapshot import snapshot
from journey_designer.layout.lanes import HEADER_HEIGHT, LANE_WIDTH
from journey_designer.ui.canvas import zorder
from journey_designer.ui.canvas.view import OVERVIEW_BELOW
from journey_designer.ui.long_task import (
    SHOW_AFTER_MS,
    TaskCancelled,
    TaskProgress,
    remove_quietly,
    temporary_sibling,
)

if TYPE_CHECKING:
    from journey_designer.ui.main_window import MainWindow
    from journey_designer.ui.session import Session
    from journey_designer.ui.view_state import ViewSnapshot

NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace}


class StageSpotlight(QGraphicsItem):
    """Dims every lane but the current one and frames it."""

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
        painter.fillRect(QRectF(b.left(), b.top(), f.left() - b.left(), b.height()), dim)
        painter.fillRect(QRectF(f.right(), b.top(), b.right() - f.right(), b.height()), dim)
        painter.setPen(QPen(QColor("#ffb300"), 5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(f, 8, 8)


@dataclass
class _Saved:
    """What entering presentation changed, to restore exactly on leaving."""

    state: bytes
    full_screen: bool
    menu_bar: bool
    status_bar: bool
    tabs: bool
    transform: QTransform
    scroll: tuple[int, int]
    view: ViewSnapshot  # journey, selection, lens, toggles: restored exactly
    central_tab: int


class Presentation(QObject):
    """Drives slides on the window's own view: -1 overview, 0..n-1 stages, n summary.

    The view state comes from the session; the window is used for its chrome only
    (docks, bars, full screen), which presenting hides and restores."""

    def __init__(self, session: Session, window: MainWindow) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        self.active = False
        self.slide = -1
        self.spotlight = StageSpotlight()
        self.caption = QLabel(window.view.viewport(), objectName="presentationCaption")
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.caption.hide()
        self._saved: _Saved | None = None

    # ------------------------------------------------------------ enter / leave

    def enter(self) -> None:
        if self.active:
            return
        w = self.window
        self._saved = _Saved(
            bytes(w.saveState().data()), w.isFullScreen(), w.menuBar().isVisible(),
            w.statusBar().isVisible(), w.tabs.isVisible(), w.view.transform(),
            (w.view.horizontalScrollBar().value(), w.view.verticalScrollBar().value()),
            self.session.view.snapshot(), w.views.currentIndex())
        self.session.view.hold_persistence(True)  # nothing set while presenting is kept
        self.active = True
        w.views.setCurrentWidget(w.view)
        for dock_or_bar in (*w.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly),):
            if dock_or_bar.inherits("QDockWidget") or dock_or_bar.inherits("QToolBar"):
                dock_or_bar.hide()
        w.menuBar().hide()
        w.statusBar().hide()
        w.tabs.hide()
        w.views.tabBar().hide()
        w.scene.addItem(self.spotlight)
        w.scene.presentation = True
        w.view.resetCachedContent()
        w.view.installEventFilter(self)
        w.view.viewport().installEventFilter(self)
        w.showFullScreen()
        w.view.setFocus()
        self.go(-1)

    def leave(self) -> None:
        if not self.active or self._saved is None:
            return
        w, saved = self.window, self._saved
        self.active = False
        w.view.removeEventFilter(self)
        w.view.viewport().removeEventFilter(self)
        if self.spotlight.scene() is not None:
            w.scene.removeItem(self.spotlight)
        self.caption.hide()
        w.scene.presentation = False
        w.view.resetCachedContent()
        if not saved.full_screen:
            w.showNormal()
        w.menuBar().setVisible(saved.menu_bar)
        w.statusBar().setVisible(saved.status_bar)
        w.tabs.setVisible(saved.tabs)
        w.views.tabBar().show()
        w.restoreState(saved.state)
        self.session.view.restore(saved.view)
        self.session.view.hold_persistence(False)
        w.views.setCurrentIndex(saved.central_tab)
        w.view.setTransform(saved.transform)
        w.view.zoom_applied()
        w.view.horizontalScrollBar().setValue(saved.scroll[0])
        w.view.verticalScrollBar().setValue(saved.scroll[1])
        self._saved = None

    # ------------------------------------------------------------ slides

    @property
    def stage_count(self) -> int:
        journey = self.window.scene.journey
        return len(journey.stages) if journey else 0

    def go(self, slide: int) -> None:
        """Show a slide: -1 overview, 0..n-1 a stage, n the summary."""
        self.slide = max(-1, min(slide, self.stage_count))
        w = self.window
        scene_rect = w.scene.sceneRect()
        if self.slide == -1:
            self.spotlight.set_focus(scene_rect, QRectF())
            w.view.fitInView(scene_rect, Qt.AspectRatioMode.KeepAspectRatio)
            self._show_caption(self._overview_html())
        elif self.slide == self.stage_count:
            self.spotlight.set_focus(scene_rect, QRectF())
            w.view.fitInView(scene_rect, Qt.AspectRatioMode.KeepAspectRatio)
            self._show_caption(self.summary_html(), dark=True)
        else:
            lane = self.stage_rect(self.slide)
            self.spotlight.set_focus(scene_rect, lane)
            w.view.fitInView(lane.adjusted(-LANE_WIDTH * 0.6, -20, LANE_WIDTH * 0.6, 20),
                             Qt.AspectRatioMode.KeepAspectRatio)
            self.caption.hide()
        w.view.zoom_applied()

    def stage_rect(self, index: int) -> QRectF:
        scene = self.window.scene
        height = scene.curve.pos().y() + scene.curve.boundingRect().height() if scene.show_curve \
            else max((lane.height for lane in scene.lanes.values()), default=HEADER_HEIGHT)
        return QRectF(index * LANE_WIDTH, 0, LANE_WIDTH, height)

    def next(self) -> None:
        self.go(self.slide + 1)

    def previous(self) -> None:
        self.go(self.slide - 1)

    def _show_caption(self, html: str, dark: bool = False) -> None:
        """Large type that still fits the screen: shrink until the text fits."""
        viewport = self.window.view.viewport()
        colours = ("#111826", "#ffffff") if dark else ("#ffffffee", "#111826")
        self.caption.setText(html)
        width = int(viewport.width() * (0.85 if dark else 0.6))
        self.caption.setFixedWidth(width)
        size = max(12, viewport.height() // 26)
        while True:
            background, text = colours
            self.caption.setStyleSheet(
                f"QLabel {{ background: {background}; color: {text}; padding: 18px; "
                f"font-size: {size}px; border-radius: 12px; }}")
            self.caption.adjustSize()
            if size <= 10 or self.caption.height() <= viewport.height() * 0.92:
                break
            size = int(size * 0.85)
        self.caption.move((viewport.width() - width) // 2,
                          max(0, (viewport.height() - self.caption.height()) // 2) if dark else 24)
        self.caption.show()
        self.caption.raise_()

    def _overview_html(self) -> str:
        project = self.session.document.project
        journey = self.window.scene.journey
        name = journey.name if journey else ""
        return (f"<b>{project.name}</b><br>{name} — "
                + self.tr("%1 stages, %2 touchpoints").replace("%1", str(self.stage_count))
                .replace("%2", str(len(journey.touchpoints) if journey else 0)))

    def summary_html(self, result: Analysis | None = None) -> str:
        if result is None:
            result = self.session.analysis.current()
        rows = "".join(
            f"<tr><td>{c.tier}</td><td>{c.covered}/{c.touchpoints}</td>"
            f"<td>{c.mot_covered}/{c.moments_of_truth}</td></tr>" for c in result.coverage)
        gaps = "".join(f"<li>{g.message}</li>" for g in result.gaps[:4])
        kpis = "".join(f"<li>{k.name}: {plain_number(k.baseline)} → "
                       f"{plain_number(k.target)} {k.unit}</li>"
                       for k in self.session.document.project.kpis[:6])
        return (f"<h2>{self.tr('Summary')}</h2><table cellpadding='6'><tr><th>"
                f"{self.tr('Tier')}</th><th>{self.tr('Touchpoints with care')}</th><th>"
                f"{self.tr('Moments of truth with care')}</th></tr>{rows}</table>"
                f"<h3>{self.tr('Top gaps')}</h3><ul>{gaps or '<li>–</li>'}</ul>"
                f"<h3>{self.tr('KPIs')}</h3><ul>{kpis or '<li>–</li>'}</ul>")

    # ------------------------------------------------------------ keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if self.active and event.type() == QEvent.Type.KeyPress:
            return self.handle_key(event)  # type: ignore[arg-type]
        if self.active and event.type() == QEvent.Type.Resize and self.caption.isVisible():
            self.go(self.slide)
        return False

    def handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        w, view = self.window, self.session.view
        if w.view.editor is not None:
            return False  # typing in an in-place editor
        if key == Qt.Key.Key_Escape:
            self.leave()
        elif key in NEXT_KEYS:
            self.next()
        elif key in PREVIOUS_KEYS:
            self.previous()
        elif key == Qt.Key.Key_Home:
            self.go(-1)
        elif key == Qt.Key.Key_End:
            self.go(self.stage_count)
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self._lens(key - Qt.Key.Key_0)
        elif key == Qt.Key.Key_G:
            view.set_gap_overlay(not view.gap_overlay)
        elif key == Qt.Key.Key_E:
            view.set_show_curve(not view.show_curve)
        elif key == Qt.Key.Key_B:
            view.set_show_backstage(not view.show_backstage)
        elif key == Qt.Key.Key_N:
            self.add_note()
        else:
            return False
        return True

    def _lens(self, number: int) -> None:
        tiers = self.session.document.project.tiers
        self.session.view.set_lens_tier(tiers[number - 1].id if 0 < number <= len(tiers) else None)

    def add_note(self, text: str | None = None) -> None:
        """An opportunity note for the current stage, kept in the journey (undoable)."""
        journey = self.window.scene.journey
        if journey is None:
            return
        if text is None:
            text, ok = QInputDialog.getText(self.window, self.tr("Opportunity"),
                                            self.tr("Note an improvement opportunity:"))
            if not ok:
                return
        text = text.strip()
        if not text:
            return
        if 0 <= self.slide < len(journey.stages):
            text = f"{journey.stages[self.slide].name}: {text}"
        self.session.document.set_journey_fields(
            journey.id, {"opportunities": [*journey.opportunities, text]})


def export_slides(presentation: Presentation, path: str) -> int:
    """Write the slides as a PDF: overview, one page per stage, summary. Returns pages."""
    writer = SlideWriter(presentation, Path(path))
    try:
        while writer.next_page():
            pass
    finally:
        writer.close()
    return writer.pages


class SlideWriter:
    """Paints the slides into a PDF one page per `next_page()` call, so a long export can
    run from the event loop with progress (see SlidesExport)."""

    def __init__(self, presentation: Presentation, path: Path,
                 result: Analysis | None = None) -> None:
        from PySide6.QtCore import QMarginsF
        from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

        self.presentation = presentation
        self.result = result
        self.pages = 0
        self.total = presentation.stage_count + 2
        window = presentation.window
        self.scene = window.scene
        self.writer = QPdfWriter(str(path))
        self.writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                              QPageLayout.Orientation.Landscape,
                                              QMarginsF(10, 10, 10, 10)))
        self.writer.setResolution(150)
        self.writer.setTitle(presentation.session.document.project.name)
        self.painter = QPainter(self.writer)
        self.page = QRectF(self.painter.viewport())
        self._added = presentation.spotlight.scene() is None
        if self._added:
            self.scene.addItem(presentation.spotlight)
        self._overview = self.scene.overview.isVisible()

    def next_page(self) -> bool:
        """Paint the next slide; False when all are written."""
        slide = self.pages - 1
        if slide > self.presentation.stage_count:
            return False
        if self.pages:
            self.writer.newPage()
        _paint_slide(self.presentation, self.painter, self.page, slide, self.result)
        self.pages += 1
        return self.pages < self.total

    def close(self) -> None:
        """End the PDF and put the scene back as the view shows it."""
        if self.painter.isActive():
            self.painter.end()
        self.scene.set_overview_mode(self._overview)
        if self._added and self.presentation.spotlight.scene() is not None:
            self.scene.removeItem(self.presentation.spotlight)


class SlidesExport(QObject):
    """File ▸ Export slides for a map of any size: the analysis for the summary in a
    worker thread if it is not fresh, then a page per event-loop turn, with progress
    and Cancel. The PDF is written beside the target and renamed over it at the end;
    Cancel leaves no file behind. `finished(outcome)`: the path, an error or
    TaskCancelled."""

    finished = Signal(object)
    _analysed = Signal(object)

    def __init__(self, presentation: Presentation, path: Path,
                 show_after_ms: int = SHOW_AFTER_MS) -> None:
        super().__init__(presentation)
        window = presentation.window
        self.presentation = presentation
        self.path = path
        self.progress = TaskProgress(window, self.tr("Writing slides to %1…").replace(
            "%1", path.name), show_after_ms=show_after_ms)
        self.progress.canceled.connect(self._cancel)
        self._temp: Path | None = None
        self._writer: SlideWriter | None = None
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._next_page)
        self._analysed.connect(self._start_pages)

    def start(self) -> None:
        session = self.presentation.session
        result = session.analysis.fresh_result()
        if result is not None:
            self._start_pages(result)
            return
        project = snapshot(session.document.project)  # the worker never reads the live one
        _analysis_thread.submit(lambda: self._analysed.emit(_analyse(project)))

    def _start_pages(self, result: object) -> None:
        if self.progress.finished:
            return  # cancelled while analysing
        if isinstance(result, Exception):
            self._end(result)
            return
        try:
            self._temp = temporary_sibling(self.path)
            self._writer = SlideWriter(self.presentation, self._temp, result)  # type: ignore[arg-type]
        except OSError as exc:
            self._end(exc)
            return
        self._timer.start()

    def _next_page(self) -> None:
        writer = self._writer
        if writer is None:
            return
        more = writer.next_page()
        self.progress.set_text(self.tr("Writing slide %1 of %2…").replace(
            "%1", str(writer.pages)).replace("%2", str(writer.total)))
        self.progress.set_progress(writer.pages, writer.total)
        if more:
            self._timer.start()
            return
        writer.close()
        self._writer = None
        try:
            os.replace(self._temp, self.path)  # type: ignore[arg-type]
        except OSError as exc:
            self._end(exc)
            return
        self._temp = None
        self._end(self.path)

    def _cancel(self) -> None:
        self._end(TaskCancelled())

    def _end(self, outcome: object) -> None:
        self._timer.stop()
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        remove_quietly(self._temp)
        self._temp = None
        self.progress.finish()
        self.finished.emit(outcome)
        self.deleteLater()


_analysis_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="slides")


def _analyse(project) -> object:  # noqa: ANN001 - Project
    from journey_designer.analysis import Analyzer  # networkx, numpy: when first used

    try:
        return Analyzer().analyze(project)
    except Exception as exc:  # shown by SlidesExport
        return exc


def _paint_slide(presentation: Presentation, painter: QPainter, page: QRectF, slide: int,
                 result: Analysis | None = None) -> None:
    scene = presentation.window.scene
    title = QRectF(page.left(), page.top(), page.width(), page.height() * 0.08)
    body = page.adjusted(0, title.height(), 0, 0)
    painter.setFont(_title_font())
    journey = scene.journey
    if slide == presentation.stage_count:
        caption = QLabel()
        caption.setTextFormat(Qt.TextFormat.RichText)
        caption.setWordWrap(True)
        caption.setStyleSheet("QLabel { background: white; padding: 20px; font-size: 14pt; }")
        caption.setText(presentation.summary_html(result))
        caption.setFixedWidth(1200)
        caption.adjustSize()
        pixmap = caption.grab()
        scale = min(body.width() / pixmap.width(), body.height() / pixmap.height(), 2.0)
        painter.drawPixmap(QRectF(body.left(), body.top(), pixmap.width() * scale,
                                  pixmap.height() * scale), pixmap, QRectF(pixmap.rect()))
        return
    if slide == -1 or journey is None:
        text = f"{presentation.session.document.project.name} — {journey.name if journey else ''}"
        presentation.spotlight.set_focus(scene.sceneRect(), QRectF())
        source = scene.sceneRect()
    else:
        lane = presentation.stage_rect(slide)
        text = f"{slide + 1}. {journey.stages[slide].name}"
        presentation.spotlight.set_focus(scene.sceneRect(), lane)
        source = lane.adjusted(-LANE_WIDTH * 0.6, -20, LANE_WIDTH * 0.6, 20)
    painter.drawText(title, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
    source = _with_aspect(source, body)
    # Real cards where they are big enough to read; one overview item where they are
    # specks (a huge map: 40,000 items painted one by one would take many seconds).
    scene.set_overview_mode(body.width() / source.width() < OVERVIEW_BELOW)
    scene.render(painter, body, source, Qt.AspectRatioMode.KeepAspectRatio)


def _with_aspect(source: QRectF, target: QRectF) -> QRectF:
    """`source` grown to the target's proportions, around the same centre (render draws
    from the top-left and does not clip, so a thinner source would sit off-centre)."""
    ratio = target.width() / target.height()
    width, height = source.width(), source.height()
    if width / height < ratio:
        width = height * ratio
    else:
        height = width / ratio
    centre = source.center()
    return QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)


def _title_font():
    from journey_designer.ui.canvas.style import ui_font

    return ui_font(20, bold=True)


def plain_number(value: float | None) -> str:
    """31.0 -> "31", 4.5 -> "4.5", None -> "–" (a KPI's baseline or target)."""
    if value is None:
        return "–"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.6g}"
