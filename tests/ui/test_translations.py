"""The zh_CN translation: complete, up to date, and actually shown.

`test_every_visible_text_is_chinese` is the one that fails when a string in the UI has no
zh_CN translation: it builds the main window in Chinese on the Chinese sample and reads
every menu, dock, tab, label, button, combo item, header and analysis sentence.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QSpinBox,
    QTabBar,
    QTableWidget,
    QTabWidget,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)

from journey_designer import i18n
from journey_designer import messages as core_messages
from journey_designer.io.project_file.by_name import load_any
from journey_designer.ui.dialogs.derive_tiers import DeriveTiersDialog
from journey_designer.ui.dialogs.fix_first import FixFirstDialog
from journey_designer.ui.dialogs.preferences import PreferencesDialog
from journey_designer.ui.main_window import MainWindow
from journey_designer.ui.settings import AppSettings

REPO = Path(__file__).resolve().parents[2]
TS = REPO / "resources" / "translations" / "journey_designer_zh_CN.ts"
QM = REPO / "journey_designer" / "translations" / "journey_designer_zh_CN.qm"
ZH_SAMPLE = REPO / "journey_designer" / "samples" / "ecommerce_aftersales_zh.journey"

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
WORD = re.compile(r"[A-Za-z]{2,}")
# Latin words a Chinese UI keeps: abbreviations of the field, file types, date formats.
ALLOWED_WORDS = {"KPI", "KPIs", "MoT", "NPS", "CSAT", "SLA", "RFM", "REC", "ID", "PDF", "PNG", "SVG",
                 "CSV", "JSON", "Excel", "APP", "SaaS", "YYYY", "MM", "DD", "csv", "txt", "tsv",
                 "xlsx", "xls", "pdf", "png", "svg", "json", "journey"}
BRAND = "Journey Designer"
PLACEHOLDER = re.compile(r"%n|%\d|\{\w+\}")


def load_update_script():
    spec = importlib.util.spec_from_file_location("update_translations",
                                                  REPO / "scripts" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("update_translations", module)
    spec.loader.exec_module(module)
    return module


def messages(ts: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


# ---------------------------------------------------------------- the .ts and the .qm


def test_every_message_has_a_finished_translation() -> None:
    found = list(messages(TS))
    assert len(found) > 300
    problems = []
    for context, message in found:
        source = message.findtext("source") or ""
        kind = (message.find("translation") if message.find("translation") is not None
                else ET.Element("none")).get("type")
        forms = translations_of(message)
        if kind in ("unfinished", "obsolete", "vanished") or not forms \
                or not all(f.strip() for f in forms):
            problems.append(f"{context}: {source!r} ({kind or 'empty'})")
        elif message.get("numerus") == "yes" and len(forms) != 1:
            problems.append(f"{context}: {source!r} needs one plural form for zh_CN")
    assert not problems, "\n".join(problems)


def test_translations_keep_placeholders_and_accelerators() -> None:
    problems = []
    for context, message in messages(TS):
        source = message.findtext("source") or ""
        for text in translations_of(message):
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                problems.append(f"{context}: {source!r} -> {text!r}: placeholders differ")
            if re.search(r"&\w", source) and not re.search(r"&\w", text):
                problems.append(f"{context}: {source!r} -> {text!r}: lost its accelerator")
    assert not problems, "\n".join(problems)


def test_the_ts_knows_every_string_in_the_code(tmp_path: Path) -> None:
    """lupdate over the code finds no message that the .ts lacks a translation for
    (run scripts/update_translations.py, then translate what it lists)."""
    script = load_update_script()
    fresh = tmp_path / TS.name
    shutil.copy(TS, fresh)
    script.run_lupdate("zh_CN", fresh)
    assert script.unfinished("zh_CN", fresh) == []


def test_every_context_is_one_tr_looks_up() -> None:
    """PySide's tr() looks messages up under the object's class: a context lupdate named
    after a variable (`w.tr(...)`) is never found unless the script maps it to a class."""
    assert load_update_script().unknown_contexts(TS) == []


def test_the_shipped_catalogue_is_compiled_from_the_ts(tmp_path: Path) -> None:
    script = load_update_script()
    compiled = tmp_path / QM.name
    script.run_lrelease("zh_CN", compiled)
    assert compiled.read_bytes() == QM.read_bytes(), \
        "journey_designer/translations/*.qm is stale: run scripts/update_translations.py"
    written = tmp_path / "catalogue.json"
    script.write_json("zh_CN", written)
    shipped = core_messages.catalogue_path("zh_CN")
    assert written.read_text(encoding="utf-8") == shipped.read_text(encoding="utf-8"), \
        "journey_designer/translations/*.json is stale: run scripts/update_translations.py"


def test_the_qt_free_catalogue_follows_the_interface_language(qapp) -> None:
    """Chart labels (and the CLI, validation and file messages) come from the .json twin."""
    try:
        i18n.install_translator(qapp, "zh_CN")
        assert core_messages.language() == "zh_CN"
        chinese = QCoreApplication.translate("Charts", "Emotion")
        assert core_messages.translate("Charts", "Emotion") == chinese != "Emotion"
        i18n.install_translator(qapp, "en")
        assert core_messages.language() == "en"
        assert core_messages.translate("Charts", "Emotion") == "Emotion"
    finally:
        i18n.remove_translators(qapp)


@pytest.mark.parametrize("environ, expected", [
    ({"LANG": "zh_CN.UTF-8"}, "zh_CN"), ({"LC_ALL": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"}, "zh_CN"),
    ({"LC_ALL": "C", "LANG": "zh_CN.UTF-8"}, "en"), ({"LC_MESSAGES": "zh_CN"}, "zh_CN"), ({}, "en"),
])
def test_the_cli_language_follows_the_environment(environ: dict[str, str], expected: str) -> None:
    assert core_messages.environment_language(environ) == expected


# ---------------------------------------------------------------- language choice


class FakeLocale:
    name_of_system = "en_US"

    @classmethod
    def system(cls):
        return cls()

    def name(self) -> str:
        return self.name_of_system


@pytest.mark.parametrize("setting, system, expected", [
    ("zh_CN", "en_US", "zh_CN"),
    ("en", "zh_CN", "en"),
    ("", "zh_CN", "zh_CN"),
    ("", "zh_TW", "zh_CN"),
    ("", "de_DE", "en"),
    ("", "C", "en"),
    ("klingon", "en_GB", "en"),
])
def test_preferred_language_follows_the_setting_then_the_system(
        monkeypatch, setting: str, system: str, expected: str) -> None:
    monkeypatch.setattr(FakeLocale, "name_of_system", system)
    monkeypatch.setattr(i18n, "QLocale", FakeLocale)
    settings = AppSettings()
    settings.set("ui/language", setting)
    assert i18n.preferred_language(settings) == expected


def test_install_translator_switches_and_removes(qapp) -> None:
    try:
        assert i18n.install_translator(qapp, "zh_CN") == "zh_CN"
        assert QCoreApplication.translate("MainWindow", "&File") == "文件(&F)"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # Qt's own
        assert i18n.install_translator(qapp, "en") == "en"
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    finally:
        i18n.remove_translators(qapp)


def test_the_language_setting_is_used_at_start(qapp) -> None:
    AppSettings().set("ui/language", "zh_CN")
    try:
        assert i18n.install_translator(qapp, None) == "zh_CN"
        assert QCoreApplication.translate("MainWindow", "&Edit") == "编辑(&E)"
    finally:
        i18n.remove_translators(qapp)
    assert QCoreApplication.translate("MainWindow", "&Edit") == "&Edit"


def test_preferences_store_the_language(qtbot, unexpected_dialogs: list[str]) -> None:
    settings = AppSettings(QSettings())
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["Follow the system", "English", "简体中文"]
    assert dialog.language.currentData() == ""
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    dialog.accept()
    assert settings.get("ui/language") == "zh_CN"
    assert AppSettings().get("ui/language") == "zh_CN"  # remembered across sessions
    assert len(unexpected_dialogs) == 1 and unexpected_dialogs[0].startswith("information")

    again = PreferencesDialog(settings)
    qtbot.addWidget(again)
    assert again.language.currentData() == "zh_CN"
    again.language.setCurrentIndex(again.language.findData("en"))
    again.reject()
    assert settings.get("ui/language") == "zh_CN"  # Cancel keeps the old choice


# ---------------------------------------------------------------- the UI in Chinese


def project_texts(project) -> set[str]:
    """Every text the project holds (names, owners, pain points...): data, not UI."""
    found: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, str):
            found.add(value)
        elif dataclasses.is_dataclass(value):
            for field in dataclasses.fields(value):
                walk(getattr(value, field.name))
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(key)
                walk(item)
        elif isinstance(value, list | tuple | set | frozenset):
            for item in value:
                walk(item)

    walk(project)
    return {t for t in found if t.strip()}


def untranslated(text: str, data: list[str]) -> bool:
    """True when `text` still reads as English once project data, the brand and the
    allowed abbreviations are taken out."""
    rest = text.replace("&&", "").replace("&", "").replace(BRAND, " ")
    for name in data:
        rest = rest.replace(name, " ")
    return any(word not in ALLOWED_WORDS for word in WORD.findall(rest))


def model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model (QListWidget, a combo's popup): one column
        columns = 1
    header = getattr(view, "horizontalHeader", None) or getattr(view, "header", None)
    if header is not None and not header().isHidden():
        for column in range(columns):
            yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    for row in range(min(model.rowCount(root), 200)):
        for column in range(columns):
            value = model.data(model.index(row, column, root))
            if isinstance(value, str):
                yield value


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of every text a user can see in `root` and its children."""
    def menu_texts(menu: QMenu, path: str) -> Iterator[tuple[str, str]]:
        yield path, menu.title()
        for action in menu.actions():
            if action.menu() is not None:
                yield from menu_texts(action.menu(), f"{path} ▸ {action.menu().title()}")
            elif not action.isSeparator():
                yield f"{path} ▸ {action.objectName()}", action.text()

    for menu in root.findChildren(QMenu):
        yield from menu_texts(menu, menu.objectName() or "menu")
    for bar in root.findChildren(QToolBar):
        yield bar.objectName(), bar.windowTitle()
        for action in bar.actions():
            if not action.isSeparator():
                yield f"{bar.objectName()} ▸ {action.objectName()}", action.text()
    for dock in root.findChildren(QDockWidget):
        yield dock.objectName(), dock.windowTitle()
        yield f"{dock.objectName()} toggle", dock.toggleViewAction().text()
    for tabs in root.findChildren(QTabWidget):
        for i in range(tabs.count()):
            yield tabs.objectName(), tabs.tabText(i)
    for bar in root.findChildren(QTabBar):
        for i in range(bar.count()):
            yield bar.objectName() or "tab bar", bar.tabText(i)
    for widget in root.findChildren(QWidget):
        name = widget.objectName() or type(widget).__name__
        yield f"{name} tooltip", widget.toolTip()
        if isinstance(widget, QLabel | QAbstractButton):
            yield name, widget.text()
        if isinstance(widget, QGroupBox):
            yield name, widget.title()
        if isinstance(widget, QLineEdit):
            yield f"{name} placeholder", widget.placeholderText()
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield name, widget.itemText(i)
        if isinstance(widget, QAbstractSpinBox):
            yield name, widget.specialValueText()
        if isinstance(widget, QSpinBox):
            yield name, widget.suffix()
        if isinstance(widget, QTreeWidget):
            items = QTreeWidgetItemIterator(widget)
            while items.value():
                yield name, items.value().text(0)
                yield f"{name} tooltip", items.value().toolTip(0)
                items += 1
        elif isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(column)
                yield f"{name} header", header.text() if header else ""
                for row in range(widget.rowCount()):
                    item = widget.item(row, column)
                    yield name, item.text() if item else ""
        elif isinstance(widget, QAbstractItemView) and name != "historyView":
            for text in model_texts(widget):
                yield name, text


@pytest.fixture
def chinese(qapp):
    assert i18n.install_translator(qapp, "zh_CN") == "zh_CN"
    yield
    i18n.remove_translators(qapp)


@pytest.fixture
def zh_window(qtbot, chinese):
    project = load_any(ZH_SAMPLE)
    assert project.locale == "zh_CN"
    win = MainWindow(project, ZH_SAMPLE)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.gaps.runner.result is not None, timeout=20_000)
    yield win
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()


def check(texts: list[tuple[str, str]], data: list[str]) -> None:
    english = sorted({f"{where}: {text!r}" for where, text in texts
                      if text.strip() and untranslated(text, data)})
    assert not english, "no zh_CN translation for:\n" + "\n".join(english)


def test_every_visible_text_is_chinese(qtbot, zh_window: MainWindow) -> None:
    window = zh_window
    data = sorted(project_texts(window.document.project), key=len, reverse=True)
    journey = window.document.project.journeys[0]
    window.scene.select_cards([journey.touchpoints[2].id])  # the touchpoint and care forms
    window.care.actions_dock.show()
    window.care.plan_dock.show()
    window.gaps.dock.show()
    window.gaps.dock.raise_()
    qtbot.wait(50)
    texts = list(visible_texts(window))
    menus = [t for where, t in texts if where.startswith("menu")]
    assert "文件(&F)" in menus and "编辑(&E)" in menus and "分析(&A)" in menus
    assert window.properties_dock.windowTitle() == "属性"
    assert window.views.tabText(0) == "旅程地图"
    gap_sentences = [t for where, t in texts if where == "gapTree"]
    assert len(gap_sentences) > 3 and all(CJK.search(t) for t in gap_sentences)
    check(texts, data)

    dialogs: list[QDialog] = [FixFirstDialog(window.gaps.runner.result, window),
                              DeriveTiersDialog(window.document, window),
                              PreferencesDialog(window.settings, window)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        check([(f"{dialog.objectName()} title", dialog.windowTitle()), *visible_texts(dialog)],
              [*data, "English"])


def test_undo_history_speaks_chinese(zh_window: MainWindow) -> None:
    """Undo texts come from methods inherited by Document (a PySide tr() context trap)."""
    window = zh_window
    journey = window.document.project.journeys[0]
    window.document.add_stage(journey.id, "新阶段")
    window.document.set_project_fields({"name": "改名后的方案"})
    stack = window.document.undo_stack
    texts = [stack.text(i) for i in range(stack.count())]
    assert texts[0] == "添加阶段", texts
    assert texts[1].startswith("编辑项目“") and texts[1].endswith("”：名称"), texts  # names what changed


def test_analysis_sentences_follow_the_project_locale() -> None:
    from journey_designer.analysis import analyze

    project = load_any(ZH_SAMPLE)
    data = sorted(project_texts(project), key=len, reverse=True)
    chinese = analyze(project)
    sentences = [g.message for g in chinese.gaps] + [r for p in chinese.priorities for r in p.reasons]
    assert chinese.gaps and chinese.priorities
    assert [s for s in sentences if not CJK.search(s) or untranslated(s, data)] == []
    project.locale = "en"
    english = analyze(project)
    assert [g.kind for g in english.gaps] == [g.kind for g in chinese.gaps]
    assert all(" customers " in g.message or g.message.startswith(("Care for", "Marketing", "'"))
               for g in english.gaps)


def test_the_english_ui_stays_english(window: MainWindow) -> None:
    """Without a translator (the default in tests) nothing is translated."""
    assert window.menuBar().actions()[0].text() == "&File"
    assert window.properties_dock.windowTitle() == "Properties"
