"""Small things a user notices (issue 14): Fix First rows, KPI numbers, file filters,
dropdowns that hold still, a neutral English channel list, Chinese punctuation and
badges, and a dark theme chosen in Preferences."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QProxyStyle,
    QStyle,
    QStyleOptionComboBox,
)

from journey_designer.analysis.engine import analyze
from journey_designer.domain.model import Kpi
from journey_designer.domain.templates import blank_project
from journey_designer.io.project_file.json_io import loads
from journey_designer.ui.dialogs.fix_first import FixFirstDialog
from journey_designer.ui.palette_colours import is_dark

SAMPLES = Path(__file__).resolve().parents[2] / "journey_designer" / "samples"


def test_an_english_blank_project_lists_no_wechat_channel() -> None:
    english = [c.name for c in blank_project("en").channels]
    chinese = [c.name for c in blank_project("zh_CN").channels]
    assert not [n for n in english if "WeChat" in n]
    assert len(english) == len(chinese)
    assert "微信小程序" in chinese  # Chinese customers do use it


def _sample(name: str):
    return loads((SAMPLES / f"{name}.json").read_text(encoding="utf-8"))


def _fix_first(project, lang: str, qtbot) -> FixFirstDialog:
    dialog = FixFirstDialog(analyze(project), lang=lang)
    qtbot.addWidget(dialog)
    return dialog


def test_fix_first_numbers_each_row_once(qtbot) -> None:
    dialog = _fix_first(_sample("credit_card_care"), "en", qtbot)
    dialog.show()
    numbers = [dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())]
    assert ("#" in numbers) != dialog.table.verticalHeader().isVisible()


def test_fix_first_in_chinese_uses_chinese_list_punctuation(qtbot) -> None:
    project = _sample("ecommerce_aftersales_zh")
    dialog = _fix_first(project, "zh_CN", qtbot)
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())]
    tiers_col, why_col = headers.index("Tiers without care"), headers.index("Why")
    texts = [dialog.table.item(r, c).text() for r in range(dialog.table.rowCount())
             for c in (tiers_col, why_col)]
    assert any("、" in t or "；" in t for t in texts)
    assert not [t for t in texts if ", " in t or "; " in t]


def test_kpis_in_the_presentation_summary_have_no_trailing_zero(window) -> None:
    window.document.add_item("kpis", Kpi("Satisfaction", 31.0, 45.0, "points"))
    window.document.add_item("kpis", Kpi("Churn", 4.5, None, "%"))
    html = window.presentation.summary_html()
    assert "31 → 45 points" in html
    assert "4.5 → – %" in html
    assert "31.0" not in html


def test_import_does_not_offer_xls(window, monkeypatch) -> None:
    seen: list[str] = []

    def ask(_parent, _title, _folder, filters, *args, **kwargs):
        seen.append(filters)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", ask)
    window.actions["actionImportWorkbook"].trigger()
    assert seen and "*.xlsx" in seen[0] and "*.xls)" not in seen[0] and "*.xls " not in seen[0]


def test_save_as_with_the_json_filter_writes_json(window, monkeypatch, tmp_path) -> None:
    def ask(_parent, _title, _start, filters, *args, **kwargs):
        return str(tmp_path / "plan"), filters.split(";;")[1]  # the JSON filter chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    assert window.files.save_as()
    assert (tmp_path / "plan.json").is_file()
    assert not (tmp_path / "plan.journey").exists()


def test_dropdowns_open_without_moving_their_items(window) -> None:
    from journey_designer.ui.theme import apply_theme

    app = QApplication.instance()
    apply_theme(app, "light")
    try:
        combos = window.findChildren(QComboBox)
        assert combos
        for combo in combos:
            option = QStyleOptionComboBox()
            option.initFrom(combo)
            hint = combo.style().styleHint(QStyle.StyleHint.SH_ComboBox_Popup, option, combo)
            assert hint == 0, combo.objectName()  # a list below the box, not over it
    finally:
        apply_theme(app, "system")


def test_the_dark_theme_is_chosen_in_preferences(window, qtbot) -> None:
    from journey_designer.ui.dialogs.preferences import PreferencesDialog

    app = QApplication.instance()
    dialog = PreferencesDialog(window.settings, window)
    qtbot.addWidget(dialog)
    try:
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        dialog.accept()
        assert window.settings.get("ui/theme") == "dark"
        assert is_dark(app.palette())
        style = app.style()
        base = style.baseStyle() if isinstance(style, QProxyStyle) else style
        assert base.name().lower() == "fusion"
        text = app.palette().color(QPalette.ColorRole.Text)
        assert text.lightness() > 180
    finally:
        from journey_designer.ui.theme import apply_theme

        apply_theme(app, "system")
    assert not is_dark(app.palette())


class _Badges(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401
        return {"MoT": "关键", "REC": "补救"}.get(source, "") if context == "JourneyCard" else ""


@pytest.mark.parametrize(("key", "chinese"), [("MoT", "关键"), ("REC", "补救")])
def test_card_badges_are_translated(key: str, chinese: str) -> None:
    from journey_designer.ui.canvas.items.card import badge_text

    app = QCoreApplication.instance()
    translator = _Badges()
    app.installTranslator(translator)
    try:
        assert badge_text(key) == chinese
    finally:
        app.removeTranslator(translator)
    assert badge_text(key) == key


class _Dates(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401
        return "年-月-日" if (context, source) == ("ActionForm", "YYYY-MM-DD") else ""


def test_the_date_placeholder_speaks_the_interface_language(qtbot) -> None:
    from journey_designer.ui.document import Document
    from journey_designer.ui.panels.care_actions import ActionForm

    app = QCoreApplication.instance()
    translator = _Dates()
    app.installTranslator(translator)
    try:
        form = ActionForm(Document(blank_project(), None))
        qtbot.addWidget(form)
        assert form.start.placeholderText() == form.end.placeholderText() == "年-月-日"
    finally:
        app.removeTranslator(translator)
