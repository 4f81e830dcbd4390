"""Text of a picture of the map: measuring, wrapping and eliding with cached glyph
metrics, and drawing thousands of strings as a handful of artists.

matplotlib 3.11 shapes every Text through libraqm, about 1–3 ms a string on these
machines: a 2,000-card map has some 15,000 strings. So for raster output a TextLayer
draws glyph outlines (read once per character) collected per colour into one compound
path: one artist for all the text of a colour at that depth. For vector output (SVG,
PDF) it makes ordinary Text artists, so the text stays selectable and searchable.
Both ways share the same measured line breaks, so they agree on where text goes.

Every string is first cleaned (glyphs.Coverage): invisible characters dropped,
a font found among the installed ones for a script the base fonts lack, "�" for what no
font draws. Outlines are placed one character after the other, which is right for Latin,
Greek, Cyrillic and CJK but not for right-to-left or shaped scripts (Hebrew, Arabic,
Devanagari, Thai marks): such strings are drawn as Text artists even in raster output,
so matplotlib's text layout (libraqm) orders and joins them.
"""

from __future__ import annotations

import contextlib
import io
import re
import unicodedata
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from matplotlib import ft2font
from matplotlib.axes import Axes
from matplotlib.font_manager import FontProperties
from matplotlib.ft2font import FT2Font
from matplotlib.patches import PathPatch
from matplotlib.path import Path
from matplotlib.text import Text

from journey_designer.io.picture.glyphs import REPLACEMENT, Coverage, invisible
from journey_designer.io.picture.style import FontSet

if hasattr(ft2font, "LoadFlags"):  # matplotlib >= 3.10: FreeType flags are enums
    _NO_HINTING: Any = ft2font.LoadFlags.NO_HINTING
    _UNFITTED: Any = ft2font.Kerning.UNFITTED
else:  # pragma: no cover - older matplotlib
    _NO_HINTING = ft2font.LOAD_NO_HINTING  # type: ignore[attr-defined]
    _UNFITTED = ft2font.KERNING_UNFITTED  # type: ignore[attr-defined]

FONT_SCALE = 100.0  # glyph outlines are read at 100 px to the em, then scaled
POINTS_PER_UNIT = 0.72  # the figure is 100 units to the inch: a unit is 0.72 pt
_UNIT = [POINTS_PER_UNIT]  # points per map unit of the figure being built


def unit_points() -> float:
    """Points per map unit of the figure being built (less on a page of paper)."""
    return _UNIT[0]


@contextlib.contextmanager
def page_units(scale: float) -> Iterator[None]:
    """Build a figure whose map units are `scale` times as large as usual (a page):
    text sizes and line widths, fixed as the artists are made, follow."""
    _UNIT[0] = POINTS_PER_UNIT * scale
    try:
        yield
    finally:
        _UNIT[0] = POINTS_PER_UNIT
ELLIPSIS = "…"
_EMBOLDEN = 0.045  # outline stroke (ems) that makes a one-weight font look bold
_WIDE = "\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf" \
        "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6"
_TOKENS = re.compile(f"[{_WIDE}][\\s]*|[^\\s{_WIDE}]+\\s*|\\s+")
_RIGHT_TO_LEFT = ("R", "AL", "AN")


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity: one per character
class _Glyph:
    advance: float  # in ems
    face: int  # which font of the fallback list has it
    index: int  # glyph index in that font
    vertices: np.ndarray  # outline in ems, y up
    codes: np.ndarray
    synthetic_bold: bool  # bold asked of a font with one weight: embolden by stroking


def _open_face(path: str) -> FT2Font:
    """A font read from memory, not from an open file: FreeType reads the file lazily,
    and a forked process (see bands.py) would share the file's position with us."""
    with open(str(path), "rb") as handle:
        data = io.BytesIO(handle.read())
    index = getattr(path, "face_index", 0)
    face = FT2Font(data, face_index=index) if index else FT2Font(data)
    face.set_size(FONT_SCALE, 72)
    return face


class Fonts:
    """Glyph metrics and outlines of a FontSet (regular and bold), cached per character."""

    def __init__(self, fonts: FontSet) -> None:
        self.families = list(fonts.families)
        self._faces: dict[bool, list[FT2Font]] = {}
        self._one_weight = [b == r for r, b in zip(fonts.regular, fonts.bold, strict=True)]
        for bold, paths in ((False, fonts.regular), (True, fonts.bold)):
            self._faces[bold] = [_open_face(path) for path in paths]
        base = self._faces[False][0]
        self.ascent = base.ascender / base.units_per_EM
        self.descent = -base.descender / base.units_per_EM
        self.coverage = Coverage(fonts.regular)
        self._extras = 0  # how many of coverage.extras were added to the faces
        self._shaped: dict[str, bool] = {}
        self._glyphs: dict[tuple[bool, str], _Glyph] = {}
        self._kerning: dict[tuple[bool, int, int, int], float] = {}
        self._runs: dict[tuple[bool, str], tuple[list[tuple[_Glyph, float]], float]] = {}

    def glyph(self, char: str, bold: bool) -> _Glyph:
        key = (bold, char)
        found = self._glyphs.get(key)
        if found is None:
            found = self._glyphs[key] = self._load(char, bold)
        return found

    def _load(self, char: str, bold: bool) -> _Glyph:
        code = ord(char)
        which = self._face_for(code, bold)
        if which is None and not char.isspace() and self.coverage.drawable(char):
            self._add_extras()  # an installed font has it: now one of the faces
            which = self._face_for(code, bold)
        weight = bold
        if which is None and bold:  # a bold face with fewer characters than its regular
            which, weight = self._face_for(code, False), False
        if which is None:  # nothing draws it: invisible, or the stand-in
            if invisible(char) or char.isspace() or char == REPLACEMENT:
                return _Glyph(0.0, 0, 0, np.zeros((0, 2)), np.zeros(0, np.uint8), False)
            return self.glyph(REPLACEMENT, bold)
        face = self._faces[weight][which]
        loaded = face.load_char(code, _NO_HINTING)
        vertices, codes = face.get_path()
        return _Glyph(loaded.linearHoriAdvance / 65536 / FONT_SCALE, which,
                      face.get_char_index(code), np.asarray(vertices, float) / FONT_SCALE,
                      np.asarray(codes, np.uint8),
                      bold and (self._one_weight[which] or not weight))

    def _face_for(self, code: int, bold: bool) -> int | None:
        return next((i for i, f in enumerate(self._faces[bold]) if f.get_char_index(code)), None)

    def _add_extras(self) -> None:
        """Fonts the coverage found for other scripts join the fallback list (one weight:
        bold is drawn by stroking the outline)."""
        for family, path in self.coverage.extras[self._extras:]:
            face = _open_face(path)
            self._faces[False].append(face)
            self._faces[True].append(face)
            self._one_weight.append(True)
            if family not in self.families:
                self.families.append(family)
        self._extras = len(self.coverage.extras)

    def clean(self, text: str) -> str:
        """`text` as the fonts can draw it (see glyphs.py)."""
        cleaned = self.coverage.clean(text)[0]
        if len(self.coverage.extras) > self._extras:
            self._add_extras()
        return cleaned

    def missing_in(self, texts: Iterable[str]) -> set[str]:
        """The characters of `texts` no installed font draws."""
        missing: set[str] = set()
        for text in texts:
            missing |= self.coverage.clean(text)[1]
        if len(self.coverage.extras) > self._extras:
            self._add_extras()
        return missing

    def needs_shaping(self, text: str) -> bool:
        """Whether `text` must be laid out by matplotlib, not outline after outline:
        right-to-left characters, or marks other than the Latin combining accents."""
        found = self._shaped.get(text)
        if found is None:
            found = self._shaped[text] = any(
                unicodedata.bidirectional(c) in _RIGHT_TO_LEFT
                or (unicodedata.category(c) in ("Mn", "Mc") and not 0x300 <= ord(c) < 0x370)
                for c in text)
        return found

    def kerning(self, left: _Glyph, right: _Glyph, bold: bool) -> float:
        if left.face != right.face:
            return 0.0
        key = (bold, left.face, left.index, right.index)
        found = self._kerning.get(key)
        if found is None:
            face = self._faces[bold][left.face]
            found = self._kerning[key] = face.get_kerning(
                left.index, right.index, _UNFITTED) / 64 / FONT_SCALE  # type: ignore[arg-type]
        return found

    def run(self, text: str, bold: bool) -> tuple[list[tuple[_Glyph, float]], float]:
        """The glyphs of a line with their offsets (kerned, in ems), and its width."""
        key = (bold, text)
        found = self._runs.get(key)
        if found is None:
            placed = []
            x = 0.0
            previous = None
            for char in text:
                glyph = self.glyph(char, bold)
                if previous is not None:
                    x += self.kerning(previous, glyph, bold)
                placed.append((glyph, x))
                x += glyph.advance
                previous = glyph
            found = self._runs[key] = (placed, x)
        return found

    def em_width(self, text: str, bold: bool) -> float:
        return self.run(self.clean(text), bold)[1]

    def width(self, text: str, size: float, bold: bool = False) -> float:
        return self.em_width(text, bold) * size

    def elide(self, text: str, width: float, size: float, bold: bool = False) -> str:
        """`text`, or as much of it as fits in `width` followed by an ellipsis."""
        text = self.clean(text)
        if self.width(text, size, bold) <= width:
            return text
        room = width / size - self.em_width(ELLIPSIS, bold)
        used = 0.0
        for count, char in enumerate(text):
            used += self.glyph(char, bold).advance
            if used > room:
                return text[:count].rstrip() + ELLIPSIS
        return text  # pragma: no cover - the whole text fitted after all

    def wrap(self, text: str, width: float | Sequence[float], size: float, bold: bool = False,
             max_lines: int = 2) -> list[str]:
        """Greedy word wrap by measured width (Chinese breaks between characters, a word
        longer than a line breaks inside it); what does not fit in `max_lines` is elided.
        `width` may give each line its own width (the last one for the lines after)."""
        widths = [width] if isinstance(width, int | float) else list(width)

        def room(row: int) -> float:
            return widths[min(row, len(widths) - 1)]

        tokens = deque(_TOKENS.findall(" ".join(self.clean(text).split())))
        lines: list[str] = []
        line = ""
        while tokens and len(lines) < max_lines:
            token = tokens.popleft()
            fits = self.width((line + token).rstrip(), size, bold) <= room(len(lines))
            if fits:
                line += token
            elif line:  # the token starts the next line
                lines.append(line)
                line = ""
                tokens.appendleft(token)
            else:  # a token longer than a whole line: break it
                cut = self._fitting(token, room(len(lines)) / size, bold)
                lines.append(token[:cut])
                tokens.appendleft(token[cut:])
        rest = line + "".join(tokens)
        if rest.strip():
            if len(lines) < max_lines:
                lines.append(rest)
            else:
                lines[-1] = self.elide(lines[-1] + rest, room(max_lines - 1), size, bold)
        return [line.strip() for line in lines]

    def _fitting(self, text: str, ems: float, bold: bool) -> int:
        """How many of the first characters of `text` fit in `ems` (at least one)."""
        used = 0.0
        for count, char in enumerate(text):
            used += self.glyph(char, bold).advance
            if used > ems:
                return max(count, 1)
        return len(text)

    def properties(self, size: float, bold: bool) -> FontProperties:
        return FontProperties(family=self.families, size=size * _UNIT[0],
                              weight="bold" if bold else "normal")


class TextLayer:
    """Strings drawn at one depth, as glyph outlines (`as_paths`) or as Text artists."""

    def __init__(self, fonts: Fonts, as_paths: bool, zorder: float,
                 window: tuple[float, float] | None = None) -> None:
        self.fonts = fonts
        self.window = window  # strings outside this y range are left out
        self.as_paths = as_paths
        self.zorder = zorder
        self.clip = False  # clip Text artists to the Axes (a page of a larger map)
        self.xwindow: tuple[float, float] | None = None  # strings starting outside: left out
        self._texts: list[tuple[float, float, str, float, str, bool, str, Any]] = []
        # (colour, outline stroke) -> glyph -> ([x], [baseline y], [size])
        self._glyphs: dict[tuple[str, float],
                           dict[_Glyph, tuple[list[float], list[float], list[float]]]] = \
            defaultdict(dict)

    def baseline(self, y: float, size: float, va: str) -> float:
        if va == "center":
            return y + (self.fonts.ascent - self.fonts.descent) / 2 * size
        if va == "top":
            return y + self.fonts.ascent * size
        return y

    def add(self, x: float, y: float, text: str, size: float, colour: str, *,
            bold: bool = False, ha: str = "left", va: str = "center", group: Any = None) -> None:
        """A string; with `group` (a list of artists, vector output) its Text artist goes
        there instead of straight into the Axes (named parts of an SVG)."""
        text = self.fonts.clean(text)
        if not text:
            return
        base = self.baseline(y, size, va)
        if self.window is not None and not (
                self.window[0] - 2 * size <= base <= self.window[1] + 2 * size):
            return
        if self.xwindow is not None and not self.xwindow[0] - 1 <= x <= self.xwindow[1]:
            return
        if not self.as_paths or self.fonts.needs_shaping(text) or group is not None:
            self._texts.append((x, base, text, size, colour, bold, ha, group))
            return
        placed, width = self.fonts.run(text, bold)
        if ha != "left":
            x -= width * size / 2 if ha == "center" else width * size
        plain = self._glyphs[colour, 0.0]
        for glyph, offset in placed:
            if not len(glyph.codes):  # a space
                continue
            group = self._glyphs[colour, round(size * _EMBOLDEN, 2)] if glyph.synthetic_bold \
                else plain
            entry = group.get(glyph)
            if entry is None:
                entry = group[glyph] = ([], [], [])
            entry[0].append(x + offset * size)
            entry[1].append(base)
            entry[2].append(size)

    def draw(self, ax: Axes) -> None:
        """Add this layer's artists to `ax` (scene units, y pointing down)."""
        for x, y, text, size, colour, bold, ha, group in self._texts:
            artist = Text(x, y, text, fontproperties=self.fonts.properties(size, bold),
                          color=colour, ha=ha, va="baseline", zorder=self.zorder,
                          clip_on=self.clip,
                          parse_math=False)  # "$$$" in a name is text, not mathematics
            artist.set_transform(ax.transData)
            if group is None:
                ax.add_artist(artist)
            else:
                artist.set_figure(ax.figure)
                artist.axes = ax
                group.append(artist)
        for (colour, stroke), by_glyph in self._glyphs.items():
            path = _compound_path(by_glyph)
            if path is not None:  # a patch: a one-path collection would first measure
                # the path's extent curve by curve in Python (slow for many glyphs)
                ax.add_artist(PathPatch(path, facecolor=colour,
                                        edgecolor=colour if stroke else "none",
                                        linewidth=stroke * _UNIT[0], joinstyle="round",
                                        zorder=self.zorder, transform=ax.transData))

    @property
    def count(self) -> int:
        return len(self._texts) + sum(len(e[0]) for g in self._glyphs.values() for e in g.values())


def _compound_path(by_glyph: dict[_Glyph, tuple[list[float], list[float], list[float]]]
                   ) -> Path | None:
    """Every instance of every glyph as one path: outline × size, flipped, moved."""
    vertices: list[np.ndarray] = []
    codes: list[np.ndarray] = []
    for glyph, (xs, ys, sizes) in by_glyph.items():
        scale = np.asarray(sizes)[:, None, None] * np.array([1.0, -1.0])
        offset = np.column_stack([xs, ys])[:, None, :]
        vertices.append((glyph.vertices[None, :, :] * scale + offset).reshape(-1, 2))
        codes.append(np.tile(glyph.codes, len(xs)))
    if not vertices:
        return None
    return Path(np.concatenate(vertices), np.concatenate(codes))
