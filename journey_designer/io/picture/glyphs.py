"""Characters no font can draw: find an installed font that can, or put a stand-in.

Pictures (io/render) and charts (charts/) draw text with a list of fonts: DejaVu Sans,
then a CJK font when one is installed. A name may hold anything: an emoji, Thai, Hindi,
Arabic, a zero-width joiner. matplotlib stops with "failed to find glyph" (or writes a
broken PDF) on some of them and warns once per character on the others. So every string
goes through `Coverage.clean` before it is measured or drawn:

- Invisible format characters (category Cf: zero-width space and joiners, U+FEFF,
  direction marks, soft hyphens) and variation selectors are dropped: they draw nothing
  by definition, and a stand-in box would put something visible where the user sees
  nothing anywhere else (matplotlib's PDF writer also fails on U+FEFF).
- A character the base fonts lack is looked up in every installed outline font
  (matplotlib's list, plus fonts installed after it cached that list); the first that
  has it joins the fallback list, so installing e.g. fonts-thai-tlwg is all it takes.
- What no installed font can draw becomes U+FFFD "�", the character Unicode made for
  "could not be shown": unlike "?", it cannot be mistaken for part of a name ("Why?").
  A run of such characters (a Thai word, an emoji with its skin tone) becomes one "�",
  so a card shows "� Thai" rather than a row of boxes that pushes the rest out of sight.
  A mark or emoji modifier that cannot be drawn on a character that can is dropped.

`missing_message` names the scripts that were missing and the Debian packages that draw
them, for the one warning a picture gives.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from pathlib import Path

import matplotlib
from matplotlib import font_manager, ft2font

from journey_designer import messages

REPLACEMENT = "\ufffd"
_KEPT_CONTROLS = "\n\t"
_MARKS = ("Mn", "Mc", "Me")
_SKIN_TONES = range(0x1F3FB, 0x1F400)
_MPL_DATA = Path(matplotlib.get_data_path()).resolve()


def _t(text: str) -> str:
    return messages.translate("CLI", text)


def invisible(char: str) -> bool:
    """Whether `char` draws nothing by design (format and control characters, variation
    selectors); new lines and tabs are kept for the charts' multi-line labels."""
    category = unicodedata.category(char)
    if category == "Cf":
        return True
    if category == "Cc":
        return char not in _KEPT_CONTROLS
    code = ord(char)
    return 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF


def _attaches(char: str) -> bool:
    """A mark or modifier that only decorates the character before it."""
    return unicodedata.category(char) in _MARKS or ord(char) in _SKIN_TONES


class Coverage:
    """Which characters a list of fonts draws; a miss looks through the installed fonts
    and adds the first that has the character to `extras` (family, file)."""

    def __init__(self, files: Iterable[str | Path]) -> None:
        self._faces = [font_manager.get_font(path) for path in files]
        self.extras: list[tuple[str, str]] = []
        self._drawable: dict[int, bool] = {}
        self._cleaned: dict[str, tuple[str, frozenset[str]]] = {}

    def drawable(self, char: str) -> bool:
        code = ord(char)
        found = self._drawable.get(code)
        if found is None:
            found = any(face.get_char_index(code) for face in self._faces)
            if not found and not char.isspace():
                extra = installed_font_for(code)
                if extra is not None and extra not in self.extras:
                    self.extras.append(extra)
                    self._faces.append(font_manager.get_font(extra[1]))
                    found = True
            self._drawable[code] = found or char.isspace()
        return found or char.isspace()

    def clean(self, text: str) -> tuple[str, frozenset[str]]:
        """`text` as it can be drawn, and the characters that could not be (see the
        module's docstring); cached per string."""
        done = self._cleaned.get(text)
        if done is not None:
            return done
        out: list[str] = []
        missing: set[str] = set()
        replaced = False  # the last character written is a stand-in
        for char in text:
            if invisible(char):
                continue
            if self.drawable(char):
                if not (replaced and _attaches(char)):  # a mark on a stand-in: part of it
                    out.append(char)
                    replaced = False
                continue
            missing.add(char)
            if _attaches(char) and out and not replaced:
                continue  # an accent or skin tone the fonts lack: the base stays
            if not replaced:
                out.append(REPLACEMENT)
                replaced = True
        done = ("".join(out), frozenset(missing))
        if len(self._cleaned) < 100_000:
            self._cleaned[text] = done
        return done


# ------------------------------------------------------------------ installed fonts

_candidates: list[tuple[str, str]] | None = None
_first: dict[int, int] | None = None


def _usable(path: str) -> bool:
    """An outline font (colour bitmap emoji fonts cannot be drawn at any size), not one
    of matplotlib's own TeX and STIX fonts, whose character maps are not plain Unicode."""
    resolved = Path(path).resolve()
    if resolved.is_relative_to(_MPL_DATA) and not resolved.name.startswith("DejaVuSans"):
        return False
    try:
        face = font_manager.get_font(path)
    except (OSError, RuntimeError, ValueError):
        return False
    return ft2font.FaceFlags.SCALABLE in face.face_flags and \
        ft2font.FaceFlags.COLOR not in face.face_flags


def installed_fonts() -> list[tuple[str, str]]:
    """(family, file) of every installed outline font, regular upright faces first.
    Fonts installed after matplotlib cached its font list are added to it."""
    global _candidates
    if _candidates is None:
        known = {entry.fname for entry in font_manager.fontManager.ttflist}
        try:
            on_disk = font_manager.findSystemFonts()
        except OSError:  # pragma: no cover - an unreadable font folder
            on_disk = []
        for path in on_disk:
            if path not in known and Path(path).suffix.lower() in (".ttf", ".otf", ".ttc"):
                try:
                    font_manager.fontManager.addfont(path)
                except (OSError, RuntimeError, ValueError):
                    continue
        entries = sorted(font_manager.fontManager.ttflist,
                         key=lambda e: (e.style != "normal", abs(int(e.weight) - 400)
                                        if isinstance(e.weight, int) else 500,
                                        "mono" in e.name.lower(), e.name, e.fname))
        seen: set[str] = set()
        _candidates = []
        for entry in entries:
            if entry.fname not in seen and _usable(entry.fname):
                seen.add(entry.fname)
                _candidates.append((entry.name, entry.fname))
    return _candidates


def _first_fonts() -> dict[int, int]:
    """Character -> index in installed_fonts() of the first font that has it. Built
    once, on the first character the base fonts lack, from each font's character map
    (some 30 ms for 70 fonts here): asking every font for every missing character of a
    Chinese project without a CJK font took ~30 ms a character."""
    global _first
    if _first is None:
        found: dict[int, int] = {}
        for index, (_, path) in enumerate(installed_fonts()):
            try:
                charmap = font_manager.get_font(path).get_charmap()
            except (OSError, RuntimeError, ValueError):  # pragma: no cover - a damaged font
                continue
            for code, glyph in charmap.items():
                if glyph:
                    found.setdefault(code, index)
        _first = found
    return _first


def installed_font_for(code: int) -> tuple[str, str] | None:
    """The first installed font (family, file) that has a glyph for `code`."""
    index = _first_fonts().get(code)
    return None if index is None else installed_fonts()[index]


def forget_installed_fonts() -> None:
    """Look at the installed fonts again next time (tests hide and show fonts)."""
    global _candidates, _first
    _candidates = _first = None


# ------------------------------------------------------------------ naming what is missing

# (first, last, script, Debian package with a font for it)
_RANGES: tuple[tuple[int, int, str, str], ...] = (
    (0x0E00, 0x0E7F, "Thai", "fonts-thai-tlwg"),
    (0x0900, 0x097F, "Devanagari (Hindi)", "fonts-noto-core"),
    (0x0590, 0x05FF, "Hebrew", "fonts-noto-core"),
    (0x0600, 0x08FF, "Arabic", "fonts-noto-core"),
    (0xFB50, 0xFDFF, "Arabic", "fonts-noto-core"),
    (0xFE70, 0xFEFF, "Arabic", "fonts-noto-core"),
    (0xFB1D, 0xFB4F, "Hebrew", "fonts-noto-core"),
    (0x1100, 0x11FF, "Korean (Hangul)", "fonts-wqy-microhei"),
    (0xAC00, 0xD7AF, "Korean (Hangul)", "fonts-wqy-microhei"),
    (0x3040, 0x30FF, "Japanese (kana)", "fonts-wqy-microhei"),
    (0x2E80, 0x2FDF, "Chinese (Han)", "fonts-wqy-microhei"),
    (0x3000, 0x303F, "Chinese (Han)", "fonts-wqy-microhei"),
    (0x3100, 0x31BF, "Chinese (Han)", "fonts-wqy-microhei"),
    (0x3400, 0x4DBF, "Chinese (Han)", "fonts-wqy-microhei"),
    (0x4E00, 0x9FFF, "Chinese (Han)", "fonts-wqy-microhei"),
    (0xF900, 0xFAFF, "Chinese (Han)", "fonts-wqy-microhei"),
    (0xFF00, 0xFFEF, "Chinese (Han)", "fonts-wqy-microhei"),
    (0x20000, 0x3FFFF, "Chinese (Han)", "fonts-wqy-microhei"),
    (0x1F000, 0x1FAFF, "emoji", "fonts-symbola"),
    (0x2600, 0x27BF, "emoji", "fonts-symbola"),
    (0x2B00, 0x2BFF, "emoji", "fonts-symbola"),
)
_OTHER = "other characters"


def script_of(char: str) -> tuple[str, str | None]:
    """The script (or "emoji") `char` belongs to, and a Debian package with a font for
    it (None when no font is known to have it: private-use or unassigned characters)."""
    code = ord(char)
    for first, last, script, package in _RANGES:
        if first <= code <= last:
            return script, package
    name = unicodedata.name(char, "")
    if not name or unicodedata.category(char) in ("Co", "Cn", "Cs"):
        return _OTHER, None
    if unicodedata.category(char) == "So":
        return "symbols", "fonts-symbola"
    first_word = name.split()[0]
    return first_word.capitalize(), "fonts-noto-core"  # "BENGALI LETTER KA" -> Bengali


def missing_scripts(chars: Iterable[str]) -> list[tuple[str, str | None]]:
    """(script, package) of the characters, each script once, in a stable order."""
    found: dict[str, str | None] = {}
    for char in sorted(set(chars)):
        script, package = script_of(char)
        found.setdefault(script, package)
    return sorted(found.items(), key=lambda item: (item[0] == _OTHER, item[0]))


def _script_labels() -> dict[str, str]:
    """The scripts of the table above in the language set (others keep Unicode's name)."""
    return {"Thai": _t("Thai"), "Devanagari (Hindi)": _t("Devanagari (Hindi)"),
            "Hebrew": _t("Hebrew"), "Arabic": _t("Arabic"),
            "Korean (Hangul)": _t("Korean (Hangul)"), "Japanese (kana)": _t("Japanese (kana)"),
            "Chinese (Han)": _t("Chinese (Han)"), "emoji": _t("emoji"), "symbols": _t("symbols"),
            _OTHER: _t("other characters")}


def missing_message(chars: Iterable[str]) -> str:
    """One line: which scripts no installed font draws, what stands in, what to install."""
    scripts = missing_scripts(chars)
    labels = _script_labels()
    names = ", ".join(labels.get(script, script) for script, _ in scripts)
    packages = sorted({p for _, p in scripts if p})
    text = _t("no installed font can draw some characters of the names ({scripts}); they "
              "are shown as “{replacement}”").format(scripts=names, replacement=REPLACEMENT)
    if packages:
        text += _t(" — to draw them, install fonts: apt-get install {packages}").format(
            packages=" ".join(packages))
    return text
