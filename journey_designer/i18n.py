"""The interface language: which translation to load, and loading it.

The program's own messages are in `translations/journey_designer_<lang>.qm` (compiled
from resources/translations/*.ts by scripts/update_translations.py); Qt's own messages
(standard buttons, file dialogs) come from the qtbase catalogue shipped with PySide6.
English is the source language: it needs no catalogue.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from journey_designer import messages
from journey_designer.ui.settings import AppSettings

LANGUAGES: tuple[str, ...] = ("en", "zh_CN")
SETTING = "ui/language"
TRANSLATIONS = Path(__file__).resolve().parent / "translations"

# The translators installed by install_translator, per application (kept referenced:
# a QTranslator that Python collects while installed would leave Qt a dangling pointer).
_installed: dict[int, list[QTranslator]] = {}


def catalogue(language: str) -> Path:
    """The compiled catalogue of the program's messages in `language`."""
    return TRANSLATIONS / f"journey_designer_{language}.qm"


def system_language() -> str:
    """The language the system asks for: zh_CN for any Chinese locale, else English."""
    return "zh_CN" if QLocale.system().name().lower().startswith("zh") else "en"


def preferred_language(settings: AppSettings | None = None) -> str:
    """The language chosen in Preferences, or the system's when none is chosen."""
    chosen = (settings or AppSettings()).get(SETTING)
    if chosen in LANGUAGES:
        return str(chosen)
    return system_language()


def _chart_text(text: str) -> str:
    return QCoreApplication.translate("Charts", text)


def _route_charts(on: bool) -> None:
    """Chart titles and labels (charts/ has no Qt) through the "Charts" context."""
    from journey_designer.charts import set_translator  # matplotlib: only when needed

    set_translator(_chart_text if on else None)


def remove_translators(app: QCoreApplication) -> None:
    """Take out the translators install_translator put in (back to English)."""
    installed = _installed.pop(id(app), [])
    messages.set_language("en")
    for translator in installed:
        app.removeTranslator(translator)
    if installed:
        _route_charts(False)


def install_translator(app: QCoreApplication, language: str | None = None) -> str:
    """Load the catalogues of `language` ('en', 'zh_CN'; '' or None: the preferred one)
    into `app`, replacing any installed before. Returns the language in use: 'en' when
    the catalogue of the one asked for is missing."""
    wanted = language or preferred_language()
    remove_translators(app)
    if wanted not in LANGUAGES or wanted == "en":
        return "en"
    own = QTranslator(app)
    if not own.load(str(catalogue(wanted))):
        return "en"
    loaded = [own]
    qt_own = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{wanted}", qt_folder):
        loaded.append(qt_own)
    for translator in loaded:
        app.installTranslator(translator)
    _installed[id(app)] = loaded
    _route_charts(True)
    messages.set_language(wanted)  # file, workbook and validation messages (no Qt there)
    return wanted
