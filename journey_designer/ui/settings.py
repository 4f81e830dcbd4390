"""User settings: one spec table (key, type, default, doc) over QSettings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

STATE_VERSION = 2  # bump when docks/toolbars change so old layouts are not restored
# 2: Gaps stand on their own below Properties (no longer a tab beside it)


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    doc: str


SPEC: tuple[Setting, ...] = (
    Setting("files/recent", list, [], "Recently opened project files, newest first"),
    Setting("files/autosave_minutes", int, 3, "Minutes between autosaves of unsaved work"),
    Setting("view/snap_to_grid", bool, True, "Snap dragged cards to a 10-point grid"),
    Setting("view/show_backstage", bool, False, "Show the backstage (service blueprint) lane"),
    Setting("view/show_emotion_curve", bool, True, "Show the emotion curve lane"),
    Setting("view/gap_overlay", bool, False, "Mark the touchpoints with gaps on the map"),
    Setting("view/show_legend", bool, True, "Show the legend of the map's marks over the map"),
    Setting("ui/language", str, "", "Interface language: '' follows the system, 'en', 'zh_CN'"),
    Setting("ui/theme", str, "system", "Interface colours: 'system', 'light' or 'dark' (Fusion)"),
    Setting("export/picture_paper", str, "", "Export Picture paper: '' screen size, 'A4', 'A3', 'letter'"),
    Setting("export/picture_landscape", bool, False, "Export Picture on paper in landscape"),
    Setting("window/geometry", QByteArray, QByteArray(), "Main window geometry"),
    Setting("window/state", QByteArray, QByteArray(), "Dock and toolbar layout"),
)
_BY_KEY = {s.key: s for s in SPEC}
MAX_RECENT = 10


class AppSettings:
    """Typed access to the settings in SPEC."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.qsettings = settings or QSettings()

    def get(self, key: str) -> Any:
        spec = _BY_KEY[key]
        value = self.qsettings.value(key, spec.default)
        if spec.type is bool:
            return value in (True, "true", "1", 1)
        if spec.type is int:
            try:
                return int(value)
            except (TypeError, ValueError):
                return spec.default
        if spec.type is list:
            if value is None or value == "":
                return []
            return [str(v) for v in value] if isinstance(value, list) else [str(value)]
        return value

    def set(self, key: str, value: Any) -> None:
        assert key in _BY_KEY, key
        self.qsettings.setValue(key, value)

    def recent_files(self) -> list[Path]:
        """Recent files that still exist (missing ones are pruned from the list)."""
        existing = [p for p in self.get("files/recent") if Path(p).is_file()]
        if existing != self.get("files/recent"):
            self.set("files/recent", existing)
        return [Path(p) for p in existing]

    def add_recent(self, path: Path) -> None:
        text = str(path.resolve())
        recent = [p for p in self.get("files/recent") if p != text]
        self.set("files/recent", [text, *recent][:MAX_RECENT])

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self.set("window/geometry", geometry)
        self.set("window/state", state)
