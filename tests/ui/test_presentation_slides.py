"""Slides a projector can show (issue 15): at 1920×1080 a stage slide fills the screen
with its stage, card titles at least 24 px and every other text at least 18 px; no
editor chrome; the overview title never covers the map; E and B re-fit; the lens and a
note taken show briefly; every word of the summary goes through the translator."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog

from journey_designer.io.project_file.json_io import load_json
from journey_designer.ui.main_window import MainWindow

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "journey_designer" / "samples")
                 .glob("*.json"))
SCREEN = (1920, 1080)


@pytest.fixture(params=[p.stem for p in SAMPLES])
def sample_window(request, qtbot):
    path = next(p for p in SAMPLES if p.stem == request.param)
    win = MainWindow(load_json(path))
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()


def _present_at_screen_size(qtbot, win) -> None:
    """Enter, then give the slides a 1920×1080 window (the offscreen screen is smaller)."""
    win.presentation.enter()
    qtbot.waitUntil(win.isFullScreen)
    qtbot.wait(50)  # full screen on the small offscreen screen, settled
    win.setWindowState(Qt.WindowState.WindowNoState)
    win.setGeometry(0, 0, *SCREEN)
    qtbot.waitUntil(lambda: win.view.viewport().size().toTuple() == SCREEN)
    qtbot.wait(50)
    assert win.view.viewport().size().toTuple() == SCREEN


class _TextRecorder:
    """Every text the map's items draw while the viewport paints, with its size on screen:
    font pixel size × the painter's scale (what a person in the room sees)."""

    def __init__(self, monkeypatch) -> None:
        self.seen: list[tuple[str, float, QRectF]] = []
        for name in ("drawText", "drawStaticText"):
            original = getattr(QPainter, name)
            monkeypatch.setattr(QPainter, name, self._wrap(original))

    def _wrap(self, original):
        recorder = self

        def draw(painter: QPainter, *args):
            font = painter.font()
            dpi = painter.device().logicalDpiY()
            pixels = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * dpi / 72
            transform = painter.worldTransform()
            scale = (transform.m21() ** 2 + transform.m22() ** 2) ** 0.5
            text = args[-1] if isinstance(args[-1], str) else args[-1].text()
            first = args[0]
            where = QRectF(first) if isinstance(first, (QRect, QRectF)) else QRectF(
                first.x(), first.y(), 1, 1) if hasattr(first, "x") else QRectF()
            recorder.seen.append((text, pixels * scale, transform.mapRect(where)))
            return original(painter, *args)
        return draw


def _visible_texts(win, recorder: _TextRecorder) -> list[tuple[str, float]]:
    recorder.seen.clear()
    win.view.resetCachedContent()
    for card in win.scene.cards.values():  # cached cards would not paint again
        card.update()
    win.view.viewport().grab()
    screen = QRectF(0, 0, *SCREEN)
    return [(text, size) for text, size, where in recorder.seen
            if text.strip() and (where.isNull() or screen.intersects(where))]


def test_stage_slides_are_readable_from_the_back_of_the_room(qtbot, sample_window,
                                                             monkeypatch) -> None:
    win = sample_window
    journey = win.scene.journey
    names = [tp.name for tp in journey.touchpoints]
    channels = {c.name for c in win.document.project.channels}
    _present_at_screen_size(qtbot, win)
    recorder = _TextRecorder(monkeypatch)
    p = win.presentation
    for stage in range(len(journey.stages)):
        p.go(stage)
        qtbot.wait(10)
        texts = _visible_texts(win, recorder)
        titles = [(t, s) for t, s in texts if t not in channels and " · " not in t and any(
            n.startswith(t.rstrip("…")) or n.endswith(t) for n in names)]
        others = [(t, s) for t, s in texts if (t, s) not in titles]
        assert titles, f"stage {stage + 1} shows card titles"
        assert min(s for _, s in titles) >= 24, (stage, sorted(titles, key=lambda x: x[1])[:3])
        assert min(s for _, s in others) >= 18, (stage, sorted(others, key=lambda x: x[1])[:3])
        # the stage fills the screen: its lane spans at least 85 % of the height shown
        lane = win.view.mapFromScene(p.stage_rect(stage)).boundingRect()
        shown = lane.intersected(win.view.viewport().rect())
        assert shown.height() >= 0.85 * SCREEN[1] or shown.height() == lane.height()
    p.leave()


def test_every_card_of_a_stage_is_on_one_of_its_slides(qtbot, sample_window) -> None:
    win = sample_window
    journey = win.scene.journey
    _present_at_screen_size(qtbot, win)
    p = win.presentation
    seen: set[str] = set()
    for index in range(len(p.slides)):
        p.show(index)
        visible = win.view.mapToScene(win.view.viewport().rect()).boundingRect()
        seen |= {tp_id for tp_id, card in win.scene.cards.items()
                 if visible.contains(card.mapRectToScene(card.card_rect()))}
    assert seen == {tp.id for tp in journey.touchpoints}
    p.leave()


def test_slides_show_no_editor_chrome(qtbot, window) -> None:
    window.scene.select_cards(["a"])
    window.presentation.enter()
    for slide in range(-1, 4):
        window.presentation.go(slide)
        assert not window.view.horizontalScrollBar().isVisible()
        assert not window.view.verticalScrollBar().isVisible()
        assert not window.scene.selectedItems()
        assert window.scene.presentation  # projector colours: no grid paper
    # hovering a card's connection handle shows no handle while presenting
    card = window.scene.cards["c"]
    window.presentation.go(1)
    point = window.view.mapFromScene(card.mapToScene(card.handle_center()))
    QTest.mouseMove(window.view.viewport(), point)
    qtbot.wait(20)
    assert not card.isUnderMouse() or not getattr(card, "_hover", False)
    window.presentation.leave()
    assert [c.tp_id for c in window.scene.selected_cards()] == ["a"]


def test_the_overview_title_never_covers_the_map(qtbot, sample_window) -> None:
    win = sample_window
    _present_at_screen_size(qtbot, win)
    p = win.presentation
    p.go(-1)
    qtbot.wait(10)
    title = p.caption.geometry()
    assert p.caption.isVisible() and title.height() > 30
    view = win.view
    rects = [view.mapFromScene(card.mapRectToScene(card.card_rect())).boundingRect()
             for card in win.scene.cards.values()]
    rects += [view.mapFromScene(lane.mapRectToScene(lane.header_rect())).boundingRect()
              for lane in win.scene.lanes.values()]
    assert rects
    covered = [r for r in rects if r.intersects(title)]
    assert not covered, (title, covered[:3])
    # and the map is still as large as the rest of the screen allows
    whole = view.mapFromScene(win.scene.sceneRect()).boundingRect()
    assert whole.width() >= 0.9 * SCREEN[0] or whole.height() >= 0.8 * (SCREEN[1] - title.bottom())
    p.leave()


def test_e_and_b_re_fit_the_slide(qtbot, window) -> None:
    window.session.view.set_show_backstage(False)
    window.session.view.set_show_curve(True)
    p = window.presentation
    _present_at_screen_size(qtbot, window)
    p.go(1)
    QTest.keyClick(window.view, Qt.Key.Key_B)
    assert window.scene.show_backstage
    slides = [s for s in p.slides if s.stage == 1]
    backstage = window.scene.backstage.sceneBoundingRect()
    lane_part = QRectF(p.stage_rect(1).left(), backstage.top(), p.stage_rect(1).width(),
                       backstage.height())
    shown = False
    for slide in slides:
        p.show(p.slides.index(slide))
        visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
        shown = shown or visible.contains(lane_part.adjusted(1, 1, -1, -1))
    assert shown, "the backstage lane of the stage is on one of its slides"
    QTest.keyClick(window.view, Qt.Key.Key_E)
    assert not window.scene.show_curve
    assert p.slide == 1  # still on the same stage
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert visible.contains(p.stage_rect(1).adjusted(1, 1, -1, -1)) or len(
        [s for s in p.slides if s.stage == 1]) > 1
    p.leave()


def test_the_lens_and_a_note_show_on_screen_briefly(qtbot, window, monkeypatch) -> None:
    p = window.presentation
    p.enter()
    p.go(1)
    tiers = window.document.project.tiers
    QTest.keyClick(window.view, Qt.Key.Key_2)
    assert p.toast.isVisible() and tiers[1].name in p.toast.text()
    QTest.keyClick(window.view, Qt.Key.Key_0)
    assert p.toast.isVisible() and tiers[1].name not in p.toast.text()
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("Offer a first-purchase guide", True)))
    QTest.keyClick(window.view, Qt.Key.Key_N)
    assert p.toast.isVisible() and "Offer a first-purchase guide" in p.toast.text()
    qtbot.waitUntil(lambda: not p.toast.isVisible(), timeout=6000)
    p.leave()


class _MarkingTranslator:
    """Every message of the presentation's contexts comes back marked, so text that does
    not go through the translator shows up unmarked."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTranslator

        class Marker(QTranslator):
            def translate(self, context, source, disambiguation=None, n=-1):  # noqa: N802
                if context and ("Presentation" in context or "Slide" in context):
                    return f"⟦{source.replace('%', '％')}⟧"  # placeholders stay unfilled
                return ""

            def isEmpty(self) -> bool:  # noqa: N802
                return False

        self.translator = Marker()


def _catalogue() -> dict[str, str]:
    """Source -> Chinese translation of every finished message in the zh_CN catalogue."""
    import xml.etree.ElementTree as ET

    ts = Path(__file__).resolve().parents[2] / "resources" / "translations" / \
        "journey_designer_zh_CN.ts"
    found = {}
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.text and \
                translation.get("type") != "unfinished":
            found[message.findtext("source")] = translation.text
    return found


def test_every_word_on_the_slides_goes_through_the_translator(qtbot, window,
                                                              monkeypatch) -> None:
    import html
    import re

    marker = _MarkingTranslator()
    app = QApplication.instance()
    app.installTranslator(marker.translator)
    shown: list[str] = []
    try:
        p = window.presentation
        p.enter()
        project = window.document.project
        content = [project.name, window.scene.journey.name, *(t.name for t in project.tiers),
                   *(k.name for k in project.kpis), *(k.unit for k in project.kpis),
                   *(s.name for s in window.scene.journey.stages), "Offer a guide"]
        result = window.session.analysis.current()
        content += [g.message for g in result.gaps]
        for slide in (-1, 3):
            p.go(slide)
            shown.append(html.unescape(re.sub(r"<[^>]+>", " ", p.caption.text())))
        monkeypatch.setattr(QInputDialog, "getText",
                            staticmethod(lambda *a, **k: ("Offer a guide", True)))
        p.go(1)
        for key in (Qt.Key.Key_2, Qt.Key.Key_0, Qt.Key.Key_G, Qt.Key.Key_G, Qt.Key.Key_E,
                    Qt.Key.Key_E, Qt.Key.Key_B, Qt.Key.Key_B, Qt.Key.Key_N):
            QTest.keyClick(window.view, key)
            shown.append(p.toast.text())
        p.leave()
    finally:
        app.removeTranslator(marker.translator)
    sources = set()
    for text in shown:
        sources |= {m.replace("％", "%") for m in re.findall(r"⟦([^⟧]*)⟧", text)}
        text = re.sub(r"⟦[^⟧]*⟧", " ", text)
        for word in sorted(content, key=len, reverse=True):
            if word:
                text = text.replace(word, " ")
        leftover = re.sub(r"[\d\s.,:;/%→–—·()+\-]", "", text)
        assert not leftover, (text, leftover)
    catalogue = _catalogue()
    missing = sorted(source for source in sources if source not in catalogue)
    assert not missing, f"not in the Chinese catalogue: {missing}"
