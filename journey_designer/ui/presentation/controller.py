"""Presentation mode (View ▸ Present, F5): full screen, one stage at a time for a
workshop on a projector. An overview slide first, a summary slide last; a stage too
tall to read in one slide comes in parts (slide_layout.py).

Keys: → ↓ PgDn Space next · ← ↑ PgUp Backspace previous · Home/End · Esc leave ·
1–9 view as tier N, 0 all tiers · G gap marks · E emotion curve · B backstage ·
N add an opportunity note to the current stage. Editing on the map still works.
What a key did shows for a moment at the bottom of the screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRectF, QSizeF, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QTransform
from PySide6.QtWidgets import QInputDialog

from journey_designer.analysis import Analysis
from journey_designer.ui.presentation import slide_layout, window_state
from journey_designer.ui.presentation.overlays import SlideOverlays, StageSpotlight
from journey_designer.ui.presentation.slide_layout import OVERVIEW, STAGE, SUMMARY, Slide
from journey_designer.ui.presentation.summary import overview_html
from journey_designer.ui.presentation.summary import summary_html as _summary_html

if TYPE_CHECKING:
    from journey_designer.ui.main_window import MainWindow
    from journey_designer.ui.session import Session

NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace}


class Presentation(QObject):
    """Drives the slides on the window's own view. The view state comes from the
    session; the window is used for its chrome only, which presenting hides and
    window_state puts back exactly."""

    def __init__(self, session: Session, window: MainWindow) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        self.active = False
        self.slides: list[Slide] = []
        self.index = 0
        self.spotlight = StageSpotlight()
        self.overlays = SlideOverlays(window.view)
        self._saved: window_state.SavedEditor | None = None
        self._settler: window_state.ViewSettler | None = None
        self._refit = QTimer(self, singleShot=True, interval=0)
        self._refit.timeout.connect(self.refit)

    @property
    def caption(self):  # noqa: ANN201 - QLabel: the overview title / the summary panel
        return self.overlays.caption

    @property
    def toast(self):  # noqa: ANN201 - QLabel
        return self.overlays.toast

    @property
    def current(self) -> Slide:
        return self.slides[self.index] if self.slides else Slide(OVERVIEW, -1)

    @property
    def slide(self) -> int:
        """-1 the overview, 0..n-1 a stage (any of its parts), n the summary."""
        return self.current.stage

    @property
    def stage_count(self) -> int:
        journey = self.window.scene.journey
        return len(journey.stages) if journey else 0

    # ------------------------------------------------------------ enter / leave

    def enter(self) -> None:
        if self.active:
            return
        w = self.window
        if self._settler is not None:
            self._settler.stop()
        self._saved = window_state.capture(w, self.session)
        self.session.view.hold_persistence(True)  # nothing set while presenting is kept
        if hasattr(self.session.view, "set_show_legend"):  # editor-sized text: not on slides
            self.session.view.set_show_legend(False)  # (the snapshot puts it back)
        self.active = True
        w.views.setCurrentWidget(w.view)
        window_state.hide_chrome(w)
        w.scene.clearSelection()  # restored on leaving (it is in the view state)
        w.scene.addItem(self.spotlight)
        w.scene.presentation = True  # projector colours, no grid paper
        w.view.presenting = True
        w.view.resetCachedContent()
        for watched in (w, w.view, w.view.viewport()):
            watched.installEventFilter(self)
        w.scene.sceneRectChanged.connect(self._refit.start)
        w.showFullScreen()
        w.view.setFocus()
        self.go(-1)

    def leave(self) -> None:
        if not self.active or self._saved is None:
            return
        w, saved = self.window, self._saved
        self.active = False
        self._refit.stop()
        w.scene.sceneRectChanged.disconnect(self._refit.start)
        for watched in (w, w.view, w.view.viewport()):
            watched.removeEventFilter(self)
        if self.spotlight.scene() is not None:
            w.scene.removeItem(self.spotlight)
        self.overlays.hide_all()
        w.scene.presentation = False
        w.view.presenting = False
        w.view.resetCachedContent()
        self._settler = window_state.restore(w, self.session, saved)
        self.session.view.hold_persistence(False)
        self._saved = None

    # ------------------------------------------------------------ slides

    def screen_size(self) -> QSizeF:
        return QSizeF(self.window.view.viewport().size())

    def plan(self) -> list[Slide]:
        return slide_layout.plan(self.window.scene, self.screen_size(),
                                 self.window.view.viewport().logicalDpiY(), 0.0)

    def go(self, stage: int) -> None:
        """Show a stage's first slide: -1 the overview, 0..n-1 a stage, n the summary."""
        self.slides = self.plan()
        stage = max(-1, min(stage, self.stage_count))
        self.show(next(i for i, s in enumerate(self.slides) if s.stage == stage))

    def show(self, index: int) -> None:
        """Show slide `index` of `slides` (laid out again for the map as it is now)."""
        self.slides = self.plan()
        self.index = max(0, min(index, len(self.slides) - 1))
        self._apply(self.slides[self.index])

    def next(self) -> None:
        self.show(self.index + 1)

    def previous(self) -> None:
        self.show(self.index - 1)

    def refit(self) -> None:
        """The map changed (a toggle, an edit, the screen size): the same stage and part
        laid out again."""
        if not self.active:
            return
        before = self.current
        self.slides = self.plan()
        same = [i for i, s in enumerate(self.slides) if s.stage == before.stage]
        self.index = same[min(before.part, len(same) - 1)] if same else 0
        self._apply(self.slides[self.index])

    def stage_rect(self, index: int) -> QRectF:
        return slide_layout.stage_column(self.window.scene, index)

    def _apply(self, slide: Slide) -> None:
        w = self.window
        scene, view, size = w.scene, w.view, self.screen_size()
        source = slide.source
        if slide.kind == OVERVIEW:
            band = self.overlays.title_band(self._overview_html(), size.toSize())
            source = slide_layout.overview_source(scene.sceneRect(), size, band)
        elif slide.kind == SUMMARY:
            self.overlays.summary(self.summary_html(), size.toSize())
        else:
            lane = self.stage_rect(slide.stage)
            self.overlays.stage(self.part_text(slide), size.toSize(),
                                (lane.left() - source.left()) * slide.scale(size),
                                (lane.right() - source.left()) * slide.scale(size))
        focus = self.stage_rect(slide.stage) if slide.kind == STAGE else QRectF()
        self.spotlight.set_focus(scene.sceneRect().united(source), focus)
        view.setSceneRect(scene.sceneRect().united(source))
        scale = size.width() / source.width()
        view.setTransform(QTransform.fromScale(scale, scale))
        view.centerOn(source.center())
        view.zoom_applied()

    def part_text(self, slide: Slide) -> str:
        journey = self.window.scene.journey
        if slide.kind != STAGE or slide.parts < 2 or slide.part == 0 or journey is None:
            return ""
        return self.tr("%1. %2 · part %3 of %4").replace("%1", str(slide.stage + 1)).replace(
            "%2", journey.stages[slide.stage].name).replace("%3", str(slide.part + 1)).replace(
            "%4", str(slide.parts))

    def _overview_html(self) -> str:
        return overview_html(self.session.document.project, self.window.scene.journey)

    def summary_html(self, result: Analysis | None = None) -> str:
        if result is None:
            result = self.session.analysis.current()
        return _summary_html(self.session.document.project, result)

    # ------------------------------------------------------------ keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self.active:
            return False
        kind = event.type()
        if kind == QEvent.Type.KeyPress and watched is not self.window:
            return self.handle_key(event)  # type: ignore[arg-type]
        if kind == QEvent.Type.Resize and watched is self.window.view.viewport():
            self._refit.start()
        elif kind == QEvent.Type.MouseMove and watched is self.window.view.viewport():
            return event.buttons() == Qt.MouseButton.NoButton  # no hover: no handles shown
        elif kind == QEvent.Type.Close and watched is self.window:
            self.leave()  # the window stored on closing is the editor's, not the slides'
        return False

    def handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        view = self.session.view
        if self.window.view.editor is not None:
            return False  # typing in an in-place editor
        if key == Qt.Key.Key_Escape:
            self.leave()
        elif key in NEXT_KEYS:
            self.next()
        elif key in PREVIOUS_KEYS:
            self.previous()
        elif key == Qt.Key.Key_Home:
            self.show(0)
        elif key == Qt.Key.Key_End:
            self.show(len(self.slides) - 1)
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self._lens(key - Qt.Key.Key_0)
        elif key == Qt.Key.Key_G:
            view.set_gap_overlay(not view.gap_overlay)
            self.overlays.flash(self.tr("Gap marks on") if view.gap_overlay
                                else self.tr("Gap marks off"))
        elif key == Qt.Key.Key_E:
            view.set_show_curve(not view.show_curve)
            self.refit()
            self.overlays.flash(self.tr("Emotion curve shown") if view.show_curve
                                else self.tr("Emotion curve hidden"))
        elif key == Qt.Key.Key_B:
            view.set_show_backstage(not view.show_backstage)
            self.refit()
            self.overlays.flash(self.tr("Backstage lane shown") if view.show_backstage
                                else self.tr("Backstage lane hidden"))
        elif key == Qt.Key.Key_N:
            self.add_note()
        else:
            return False
        return True

    def _lens(self, number: int) -> None:
        tiers = self.session.document.project.tiers
        tier = tiers[number - 1] if 0 < number <= len(tiers) else None
        self.session.view.set_lens_tier(tier.id if tier else None)
        self.overlays.flash(self.tr("Viewing as tier %1: %2").replace("%1", str(number))
                            .replace("%2", tier.name) if tier else self.tr("Viewing all tiers"))

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
        note = text
        if 0 <= self.slide < len(journey.stages):
            stage = journey.stages[self.slide].name
            note = f"{stage}: {text}"
            shown = self.tr("Note taken for %1: %2").replace("%1", stage).replace("%2", text)
        else:
            shown = self.tr("Note taken: %1").replace("%1", text)
        self.session.document.set_journey_fields(
            journey.id, {"opportunities": [*journey.opportunities, note]})
        if self.active:
            self.overlays.flash(shown)
