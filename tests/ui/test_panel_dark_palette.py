"""Invalid fields and error text in the panels read well under the dark theme and the
light one (issue 14): measured on the pixels a user sees, as the WCAG contrast ratio
between the text and what is behind it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QScrollArea, QWidget
from ui_helpers import small_project

from journey_designer.ui import theme
from journey_designer.ui.main_window import MainWindow
from journey_designer.ui.palette_colours import luminance

WCAG_TEXT = 4.5


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def text_contrast(widget: QWidget) -> float:
    """The contrast between the most common colour inside `widget` (its background) and
    the pixel that differs most from it (the core of a glyph). Focus leaves the widget
    first: a blinking text cursor is not text."""
    widget.clearFocus()
    scroll = widget.parentWidget()
    while scroll is not None and not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    if scroll is not None:  # the user scrolls the dock to the field
        scroll.ensureWidgetVisible(widget)
    window = widget.window()  # as the window shows it, behind and around the widget
    image = window.grab(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())).toImage()
    inside = [image.pixelColor(x, y) for y in range(3, image.height() - 3)
              for x in range(3, image.width() - 3)]
    background = QColor(Counter(c.rgb() for c in inside).most_common(1)[0][0])
    return max(contrast(c, background) for c in inside)


@pytest.fixture(params=["dark", "light"])
def themed_window(request, qtbot) -> Iterator[MainWindow]:
    app = QApplication.instance()
    saved = app.palette()
    theme.apply_theme(app, request.param)
    window = MainWindow(small_project())
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.document.undo_stack.setClean()
    window.close()
    window.deleteLater()
    theme.apply_theme(app, "system")
    app.setPalette(saved)


def _type(widget: QLineEdit, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    QTest.keyClicks(widget, text)


def test_an_invalid_share_and_its_reason_are_readable(qtbot, themed_window) -> None:
    window = themed_window
    window.scene.arrows[("a", "c")].setSelected(True)
    form = window.properties.transition
    _type(form.share, "120")
    qtbot.wait(20)
    assert form.message.text()  # the reason is shown …
    assert form.share.styleSheet()  # … and the field is marked
    assert text_contrast(form.share) >= WCAG_TEXT
    assert text_contrast(form.message) >= WCAG_TEXT


def test_an_invalid_budget_in_the_project_section_is_readable(qtbot, themed_window) -> None:
    window = themed_window
    window.scene.clearSelection()
    form = window.properties.project
    _type(form.budget, "-3")
    QTest.keyClick(form.budget, Qt.Key.Key_Return)
    qtbot.wait(20)
    assert form.message.text() and form.budget.styleSheet()
    assert window.document.project.budget_per_month is None
    assert text_contrast(form.budget) >= WCAG_TEXT
    assert text_contrast(form.message) >= WCAG_TEXT


def test_an_invalid_action_date_is_readable(qtbot, themed_window) -> None:
    window = themed_window
    document = window.document
    action = document.new_action("d", [t.id for t in document.project.tiers],
                                 document.project.channels[0].id, "Sorry call")
    document.add_item("actions", action)
    window.session.show_action(action.id)
    window.care.actions_dock.raise_()
    form = window.care.actions_panel.form
    qtbot.waitUntil(lambda: form.action_id == action.id, timeout=2000)
    qtbot.wait(50)  # the dock's refresh after the add has run
    _type(form.end, "2026-02-31")
    QTest.keyClick(form.end, Qt.Key.Key_Return)
    qtbot.wait(20)
    assert form.problem.text() and form.end.styleSheet()
    assert document.editor.item("actions", action.id).end is None
    assert text_contrast(form.end) >= WCAG_TEXT
    assert text_contrast(form.problem) >= WCAG_TEXT


def test_a_refused_plan_cell_and_peak_say_why_readably(qtbot, themed_window) -> None:
    window = themed_window
    window.care.plan_dock.show()
    plan = window.care.plan
    tiers = plan.editors["tiers"]
    table = tiers.table
    index = tiers.model.index(0, 1)  # the first tier's share
    table.setCurrentIndex(index)  # the table opens its editor on the current cell
    editor = table.findChild(QLineEdit)
    _type(editor, "250")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)
    assert tiers.message.text()
    assert text_contrast(tiers.message) >= WCAG_TEXT
    plan.setCurrentWidget(plan.peaks)
    plan.peaks.add_button.click()
    assert not plan.peaks.edit_cell(0, 1, "13-40")
    qtbot.wait(20)
    assert plan.peaks.message.text()
    assert text_contrast(plan.peaks.message) >= WCAG_TEXT


def test_a_field_marked_before_the_theme_changes_stays_readable(qtbot, window) -> None:
    """Preferences ▸ theme while a field is red: the mark follows the new palette."""
    app = QApplication.instance()
    saved = app.palette()
    window.scene.arrows[("a", "c")].setSelected(True)
    form = window.properties.transition
    _type(form.share, "120")
    form.share.clearFocus()  # the user leaves the field red, then changes the theme
    assert form.message.text()
    try:
        theme.apply_theme(app, "dark")
        qtbot.wait(20)
        assert text_contrast(form.share) >= WCAG_TEXT
        assert text_contrast(form.message) >= WCAG_TEXT
    finally:
        theme.apply_theme(app, "system")
        app.setPalette(saved)


def test_a_theme_change_recolours_the_marked_widgets_without_walking_every_widget(
        qtbot, monkeypatch) -> None:
    """Only the widgets marked invalid or as error text are coloured again, also after
    one of them was deleted. Walking QApplication.allWidgets() made a Python wrapper for
    each of thousands of widgets; a garbage collection in the middle deleted one the list
    still pointed to, and the test suite crashed (segfault) in a theme change."""
    from journey_designer.ui.palette_colours import error_text, mark_invalid

    app = QApplication.instance()
    saved = app.palette()
    form = QWidget()
    field, gone, message = QLineEdit(form), QLineEdit(form), QLineEdit(form)
    mark_invalid(field, True)
    mark_invalid(gone, True)
    error_text(message)
    gone.deleteLater()
    qtbot.waitUntil(lambda: len(form.findChildren(QLineEdit)) == 2)

    def walked() -> list[QWidget]:
        raise AssertionError("every widget of the application was walked")
    monkeypatch.setattr(QApplication, "allWidgets", staticmethod(walked))
    light = field.styleSheet()
    try:
        theme.apply_theme(app, "dark")
        assert field.styleSheet() and field.styleSheet() != light
        assert "color" in message.styleSheet()
    finally:
        theme.apply_theme(app, "system")
        app.setPalette(saved)
        form.deleteLater()
