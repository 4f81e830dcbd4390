"""The state of the view (journey shown, selection, tier lens, toggles) is one object with
a setter and a signal per field; every widget shows it and changes it through it."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from journey_designer.ui.settings import AppSettings
from journey_designer.ui.view_state import Selection, ViewState


def _settings(tmp_path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def test_each_field_has_one_setter_and_one_signal(qtbot, tmp_path) -> None:
    state = ViewState(_settings(tmp_path))
    seen: list[tuple[str, object]] = []
    for name in ("journey_id", "selection", "lens_tier", "show_curve", "show_backstage",
                 "gap_overlay", "snap_to_grid"):
        getattr(state, f"{name}_changed").connect(lambda v, n=name: seen.append((n, v)))
    state.set_lens_tier("t1")
    state.set_lens_tier("t1")  # no change: no signal
    state.set_show_backstage(not state.show_backstage)
    state.set_selection(Selection(cards=("a", "b")))
    assert seen == [("lens_tier", "t1"), ("show_backstage", state.show_backstage),
                    ("selection", Selection(cards=("a", "b")))]


def test_toggles_are_kept_in_the_settings_between_runs(qtbot, tmp_path) -> None:
    settings = _settings(tmp_path)
    first = ViewState(settings)
    first.set_show_backstage(True)
    first.set_snap_to_grid(False)
    first.set_gap_overlay(True)
    first.set_lens_tier("t2")  # a tier of one project: not kept
    again = ViewState(settings)
    assert (again.show_backstage, again.snap_to_grid, again.gap_overlay) == (True, False, True)
    assert again.lens_tier is None
    assert settings.get("view/show_backstage") is True


def test_a_snapshot_restores_every_field_and_changes_made_while_held_stay_out_of_settings(
        qtbot, tmp_path) -> None:
    settings = _settings(tmp_path)
    state = ViewState(settings)
    state.set_journey_id("j1")
    state.set_lens_tier("t1")
    saved = state.snapshot()
    state.hold_persistence(True)
    state.set_show_curve(False)
    state.set_show_backstage(True)
    state.set_lens_tier(None)
    state.set_journey_id("j2")
    assert settings.get("view/show_backstage") is False  # nothing leaks while held
    state.restore(saved)
    state.hold_persistence(False)
    assert state.snapshot() == saved
    assert settings.get("view/show_backstage") is False
    assert settings.get("view/show_emotion_curve") is True


def test_menu_toggles_and_the_view_state_follow_each_other(qtbot, window) -> None:
    view = window.session.view
    action = window.actions["actionShowBackstage"]
    action.trigger()  # widget -> model
    assert view.show_backstage is True
    assert window.scene.backstage.isVisible()
    view.set_show_backstage(False)  # model -> widget
    assert not action.isChecked()
    assert not window.scene.backstage.isVisible()
    view.set_snap_to_grid(False)
    assert not window.actions["actionSnapToGrid"].isChecked()
    view.set_gap_overlay(True)
    assert window.gaps.panel.overlay.isChecked()
    window.gaps.panel.overlay.setChecked(False)
    assert view.gap_overlay is False


def test_the_tier_lens_is_held_once(qtbot, window) -> None:
    view = window.session.view
    tiers = window.document.project.tiers
    view.set_lens_tier(tiers[1].id)  # model -> combo and map
    assert window.care.lens.currentData() == tiers[1].id
    assert window.scene.lens_tier == tiers[1].id
    assert any(card.data.lens for card in window.scene.cards.values())
    window.care.lens.setCurrentIndex(0)  # the combo -> model -> map
    window.care.lens.activated.emit(0)
    assert view.lens_tier is None
    assert all(card.data.lens == "" for card in window.scene.cards.values())
    view.set_lens_tier(tiers[0].id)
    window.document.delete_tier(tiers[0].id)  # the lens tier goes away
    assert view.lens_tier is None
    assert window.care.lens.currentData() is None
    assert all(card.data.lens == "" for card in window.scene.cards.values())


def test_journey_and_selection_follow_the_tabs_and_the_map(qtbot, window) -> None:
    view = window.session.view
    second = window.document.add_journey("Second")
    assert view.journey_id == second  # a new journey is shown
    assert window.scene.journey_id == second
    view.set_journey_id("j1")  # model -> tabs and map
    assert window.tabs.tabData(window.tabs.currentIndex()) == "j1"
    assert "a" in window.scene.cards
    window.scene.select_cards(["a", "c"])  # the map -> model
    assert view.selection == Selection(cards=("a", "c"))
    view.set_selection(Selection(cards=("d",)))  # model -> the map
    assert [c.tp_id for c in window.scene.selected_cards()] == ["d"]


def test_presenting_restores_the_view_state_exactly_and_keeps_nothing_in_settings(
        qtbot, window) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    view, settings = window.session.view, window.settings
    window.scene.select_cards(["c"])
    before = view.snapshot()
    stored = {key: settings.get(key) for key in ("view/show_backstage", "view/gap_overlay",
                                                  "view/show_emotion_curve")}
    window.presentation.enter()
    for key in (Qt.Key.Key_2, Qt.Key.Key_B, Qt.Key.Key_G, Qt.Key.Key_E):
        QTest.keyClick(window.view, key)
    assert view.show_backstage and view.gap_overlay and not view.show_curve
    assert {key: settings.get(key) for key in stored} == stored  # not kept while presenting
    QTest.keyClick(window.view, Qt.Key.Key_Escape)
    assert view.snapshot() == before
    assert {key: settings.get(key) for key in stored} == stored
    assert not window.gaps.panel.overlay.isChecked()
    assert not window.actions["actionShowBackstage"].isChecked()
    assert window.actions["actionShowEmotionCurve"].isChecked()
    assert [c.tp_id for c in window.scene.selected_cards()] == ["c"]
