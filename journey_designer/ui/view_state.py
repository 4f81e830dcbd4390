"""What the user is looking at, as one small model: the journey shown, the selection,
the tier lens and the view toggles. One setter and one signal per field; the map, the
tabs, the toolbar combo, the menus and the docks show it and change it only here.

The toggles are kept in the settings (see settings.SPEC); the journey, the selection
and the lens belong to one project and are not. Presentation mode takes a `snapshot()`
on entry, holds persistence while it runs, and `restore()`s it on leaving.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from PySide6.QtCore import QObject, Signal

from journey_designer.ui.settings import AppSettings


@dataclass(frozen=True)
class Selection:
    """Selected cards and arrows of the shown journey, or a clicked stage header."""

    cards: tuple[str, ...] = ()
    arrows: tuple[tuple[str, str], ...] = ()
    stage: str | None = None


@dataclass(frozen=True)
class ViewSnapshot:
    journey_id: str | None = None
    selection: Selection = Selection()
    lens_tier: str | None = None
    show_curve: bool = True
    show_backstage: bool = False
    gap_overlay: bool = False
    snap_to_grid: bool = True
    show_legend: bool = True


FIELDS = tuple(f.name for f in fields(ViewSnapshot))
SETTING_KEYS = {"show_curve": "view/show_emotion_curve", "show_backstage": "view/show_backstage",
                "gap_overlay": "view/gap_overlay", "snap_to_grid": "view/snap_to_grid",
                "show_legend": "view/show_legend"}


class ViewState(QObject):
    """See the module docstring. `marked` (touchpoints flagged on the map by the gap
    overlay) is derived from the analysis, so it is neither persisted nor snapshotted."""

    journey_id_changed = Signal(object)
    selection_changed = Signal(object)  # Selection
    lens_tier_changed = Signal(object)
    show_curve_changed = Signal(bool)
    show_backstage_changed = Signal(bool)
    gap_overlay_changed = Signal(bool)
    snap_to_grid_changed = Signal(bool)
    show_legend_changed = Signal(bool)
    marked_changed = Signal(object)  # frozenset[str]

    def __init__(self, settings: AppSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._held = False
        self._values: dict[str, Any] = {name: getattr(ViewSnapshot(), name) for name in FIELDS}
        if settings is not None:
            for name, key in SETTING_KEYS.items():
                self._values[name] = bool(settings.get(key))
        self.marked: frozenset[str] = frozenset()

    # ------------------------------------------------------------ fields

    @property
    def journey_id(self) -> str | None:
        return self._values["journey_id"]

    @property
    def selection(self) -> Selection:
        return self._values["selection"]

    @property
    def lens_tier(self) -> str | None:
        return self._values["lens_tier"]

    @property
    def show_curve(self) -> bool:
        return self._values["show_curve"]

    @property
    def show_backstage(self) -> bool:
        return self._values["show_backstage"]

    @property
    def gap_overlay(self) -> bool:
        return self._values["gap_overlay"]

    @property
    def snap_to_grid(self) -> bool:
        return self._values["snap_to_grid"]

    @property
    def show_legend(self) -> bool:
        return self._values["show_legend"]

    def set_journey_id(self, value: str | None) -> None:
        self._set("journey_id", value)

    def set_selection(self, value: Selection | tuple[str, ...]) -> None:
        if not isinstance(value, Selection):
            value = Selection(cards=tuple(value))
        self._set("selection", value)

    def set_lens_tier(self, value: str | None) -> None:
        self._set("lens_tier", value)

    def set_show_curve(self, value: bool) -> None:
        self._set("show_curve", bool(value))

    def set_show_backstage(self, value: bool) -> None:
        self._set("show_backstage", bool(value))

    def set_gap_overlay(self, value: bool) -> None:
        self._set("gap_overlay", bool(value))

    def set_snap_to_grid(self, value: bool) -> None:
        self._set("snap_to_grid", bool(value))

    def set_show_legend(self, value: bool) -> None:
        self._set("show_legend", bool(value))

    def set_marked(self, value: frozenset[str] | set[str]) -> None:
        value = frozenset(value)
        if value != self.marked:
            self.marked = value
            self.marked_changed.emit(value)

    def _set(self, name: str, value: Any) -> None:
        if self._values[name] == value:
            return
        self._values[name] = value
        key = SETTING_KEYS.get(name)
        if key is not None and self._settings is not None and not self._held:
            self._settings.set(key, value)
        getattr(self, f"{name}_changed").emit(value)

    # ------------------------------------------------------------ snapshot

    def snapshot(self) -> ViewSnapshot:
        return ViewSnapshot(**self._values)

    def restore(self, saved: ViewSnapshot) -> None:
        """Every field as in `saved`; a signal for each one that differs."""
        for name in FIELDS:
            self._set(name, getattr(saved, name))

    def hold_persistence(self, held: bool) -> None:
        """While held, changes are not written to the settings (presentation mode)."""
        self._held = held
