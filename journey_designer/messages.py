"""Messages of the parts that run without Qt (CLI, validation, file and workbook errors,
chart labels), in the user's language.

The translations are the same ones the UI uses: scripts/update_translations.py compiles
resources/translations/journey_designer_<lang>.ts both into the .qm that Qt loads and
into `translations/journey_designer_<lang>.json`, which this module reads. A module that
shows messages defines one wrapper, which the update script recognises like a Qt one::

    def _t(text: str) -> str:
        return messages.translate("CLI", text)

and writes `_t("unknown journey {name!r}").format(name=...)`: placeholders in braces, so
a translation can put them where its grammar wants them.

The language is process-wide: the UI sets it with the interface language (i18n.py), the
CLI from the environment (LC_ALL, LC_MESSAGES, LANG). English needs no catalogue.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Iterable
from pathlib import Path

CATALOGUES = Path(__file__).resolve().parent / "translations"
LANGUAGES: tuple[str, ...] = ("en", "zh_CN")

_language = "en"


def catalogue_path(language: str) -> Path:
    return CATALOGUES / f"journey_designer_{language}.json"


@functools.cache
def load_catalogue(language: str) -> dict[str, dict[str, str]]:
    """context -> source text -> translation; empty for English or a missing catalogue."""
    if language == "en":
        return {}
    try:
        data = json.loads(catalogue_path(language).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def set_language(language: str | None) -> str:
    """Use `language` ('en', 'zh_CN'; anything else: English) from now on; returns it."""
    global _language
    _language = language if language in LANGUAGES else "en"
    return _language


def language() -> str:
    return _language


def translate(context: str, text: str, language: str | None = None) -> str:
    """`text` in `language` (default: the one set), or `text` itself when untranslated."""
    found = load_catalogue(language or _language).get(context, {}).get(text)
    return found or text


def environment_language(environ: dict[str, str] | None = None) -> str:
    """The language the environment asks for, the way gettext reads it: zh_CN for any
    Chinese locale, else English."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    return "en"


_JOINS = {"names": {"zh_CN": "、"}, "clauses": {"zh_CN": "；"}}


def join_names(items: Iterable[str], language: str | None = None) -> str:
    """Names or cells listed in one message: "Gold, Silver" in English, "金卡、银卡" in Chinese.
    `language` defaults to the one set (the interface's); a workbook's own text passes the
    project's locale."""
    return _JOINS["names"].get(language or _language, ", ").join(items)


def join_clauses(items: Iterable[str], language: str | None = None) -> str:
    """Clauses or whole values listed in one message: "a; b" in English, "a；b" in Chinese."""
    return _JOINS["clauses"].get(language or _language, "; ").join(items)
