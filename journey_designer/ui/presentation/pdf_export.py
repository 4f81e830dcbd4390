"""File ▸ Export slides: the slides as a PDF, a 16:9 page per slide, from the same slide
layout as the screen (planned for 1920×1080, painted at 96 dpi and scaled to the page,
so text keeps its size against the cards and headers as on screen). The map is painted
as presenting shows it: projector colours, no grid paper, no selection, the current
stage in the spotlight; the labels are the screen's, laid out on a hidden canvas.

SlidesExport writes a page per event-loop turn with progress and Cancel; a huge map's
far-zoom pages use the overview item.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QObject, QPoint, QRectF, QSize, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QRegion
from PySide6.QtWidgets import QWidget

from journey_designer.analysis import Analysis
from journey_designer.domain.snapshot import snapshot
from journey_designer.ui.canvas.item_caches import ItemCachesOff
from journey_designer.ui.canvas.view import OVERVIEW_BELOW
from journey_designer.ui.long_task import (
    SHOW_AFTER_MS,
    TaskCancelled,
    TaskProgress,
    remove_quietly,
    temporary_sibling,
)
from journey_designer.ui.presentation import slide_layout
from journey_designer.ui.presentation.overlays import SlideOverlays
from journey_designer.ui.presentation.slide_layout import OVERVIEW, STAGE, SUMMARY

if TYPE_CHECKING:
    from journey_designer.ui.presentation.controller import Presentation

SLIDE = QSize(1920, 1080)  # the screen the slides are laid out for
DPI = 96  # the map's fonts keep their on-screen size against its geometry
PAGE_INCHES = (13.333, 7.5)  # a 16:9 slide


def export_slides(presentation: Presentation, path: str) -> int:
    """Write the slides as a PDF: overview, each stage (in parts), summary. Returns pages."""
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
        self.presentation = presentation
        self.result = result
        self.pages = 0
        self.scene = scene = presentation.window.scene
        self.size = QSizeF(SLIDE)
        self.slides = slide_layout.plan(scene, self.size, DPI, 0.0)
        self.total = len(self.slides)
        self.writer = QPdfWriter(str(path))
        self.writer.setResolution(DPI)
        self.writer.setPageLayout(QPageLayout(
            QPageSize(QSizeF(*PAGE_INCHES), QPageSize.Unit.Inch, "Slide 16:9"),
            QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        self.writer.setTitle(presentation.session.document.project.name)
        self.canvas = QWidget()  # never shown: the labels are laid out on it, then painted
        self.canvas.resize(SLIDE)
        self.overlays = SlideOverlays(self.canvas)
        self.painter = QPainter(self.writer)
        self.painter.setRenderHints(QPainter.RenderHint.Antialiasing
                                    | QPainter.RenderHint.TextAntialiasing)
        page = QRectF(self.painter.viewport())
        self.page_scale = min(page.width() / SLIDE.width(), page.height() / SLIDE.height())
        self._look = _PresentingLook(presentation)

    def next_page(self) -> bool:
        """Paint the next slide; False when all are written."""
        if self.pages >= self.total:
            return False
        if self.pages:
            self.writer.newPage()
        self._paint(self.slides[self.pages])
        self.pages += 1
        return self.pages < self.total

    def _paint(self, slide: slide_layout.Slide) -> None:
        p, scene, painter = self.presentation, self.scene, self.painter
        self.overlays.hide_all()
        source = slide.source
        if slide.kind == OVERVIEW:
            band = self.overlays.title_band(p._overview_html(), SLIDE)
            source = slide_layout.overview_source(scene.sceneRect(), self.size, band)
        elif slide.kind == SUMMARY:
            self.overlays.summary(p.summary_html(self.result), SLIDE)
        else:
            lane, scale = p.stage_rect(slide.stage), slide.scale(self.size)
            self.overlays.stage(p.part_text(slide), SLIDE, (lane.left() - source.left()) * scale,
                                (lane.right() - source.left()) * scale)
        focus = p.stage_rect(slide.stage) if slide.kind == STAGE else QRectF()
        p.spotlight.set_focus(scene.sceneRect().united(source), focus)
        scene.set_overview_mode(SLIDE.width() / source.width() < OVERVIEW_BELOW)
        painter.save()
        painter.scale(self.page_scale, self.page_scale)
        target = QRectF(0, 0, SLIDE.width(), SLIDE.height())
        painter.fillRect(target, Qt.GlobalColor.white)
        scene.render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)
        self.canvas.render(painter, QPoint(0, 0), QRegion(),
                           QWidget.RenderFlag.DrawChildren)
        painter.restore()

    def close(self) -> None:
        """End the PDF and put the scene back as the view shows it."""
        if self.painter.isActive():
            self.painter.end()
        self._look.undo()
        self.canvas.deleteLater()


class _PresentingLook:
    """The scene as presenting shows it while the pages are painted: the spotlight in,
    projector colours, no selection drawn, no item caches; `undo` puts back what it
    changed."""

    def __init__(self, presentation: Presentation) -> None:
        self.presentation = presentation
        scene = self.scene = presentation.window.scene
        self.added = presentation.spotlight.scene() is None
        if self.added:
            scene.addItem(presentation.spotlight)
        self.colours = scene.presentation
        self.overview = scene.overview.isVisible()
        self.selected = list(scene.selectedItems())
        scene.blockSignals(True)  # the selection in the view state does not change
        for item in self.selected:
            item.setSelected(False)
        scene.blockSignals(False)
        scene.presentation = True
        self.caches = ItemCachesOff(scene.cached_items())  # shapes and text on the pages, not pictures
        self._redraw()

    def _redraw(self) -> None:
        for view in self.scene.views():
            view.resetCachedContent()

    def undo(self) -> None:
        scene, presentation = self.scene, self.presentation
        scene.presentation = self.colours
        scene.blockSignals(True)
        for item in self.selected:
            if item.scene() is scene:
                item.setSelected(True)
        scene.blockSignals(False)
        if self.added and presentation.spotlight.scene() is not None:
            scene.removeItem(presentation.spotlight)
        scene.set_overview_mode(self.overview)
        self.caches.restore()
        self._redraw()
        if presentation.active:
            presentation.refit()


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
