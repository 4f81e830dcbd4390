"""The Gaps dock, Fix first, and deriving tiers from real customer data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from ui_helpers import snapshot

from journey_designer.domain import CareAction


def _gold(window) -> str:
    return window.document.project.tiers[0].id


def test_gap_dock_lists_gaps_and_follows_edits_and_undo(qtbot, window) -> None:
    runner = window.gaps.runner
    result = runner.refresh_now()
    mot_gaps = [g for g in result.gaps if g.kind == "uncovered_moment_of_truth"]
    assert {g.tier for g in mot_gaps} == {"Gold", "Silver", "Bronze"}  # nobody cares at "c"
    panel = window.gaps.panel
    assert panel.tree.topLevelItem(0).text(0).startswith("CRITICAL (3)")
    window.document.add_item("actions", CareAction(
        "act-x", "c", [t.id for t in window.document.project.tiers],
        window.document.project.channels[4].id, "Thank-you call"))
    qtbot.waitUntil(lambda: not any(g.kind == "uncovered_moment_of_truth"
                                    for g in panel.result.gaps), timeout=10_000)
    window.document.undo_stack.undo()
    qtbot.waitUntil(lambda: sum(g.kind == "uncovered_moment_of_truth"
                                for g in panel.result.gaps) == 3, timeout=10_000)


def test_gap_filters_and_overlay(qtbot, window) -> None:
    window.gaps.runner.refresh_now()
    panel = window.gaps.panel
    panel.tier_filter.setCurrentIndex(panel.tier_filter.findData(_gold(window)))
    panel.tier_filter.activated.emit(panel.tier_filter.currentIndex())
    assert all(g.tier_id in (_gold(window), None) for g in panel.visible_gaps())
    panel.kind_filter.setCurrentIndex(panel.kind_filter.findData("uncovered_moment_of_truth"))
    panel.kind_filter.activated.emit(panel.kind_filter.currentIndex())
    assert [g.touchpoint_id for g in panel.visible_gaps()] == ["c"]
    panel.overlay.setChecked(True)
    assert window.scene.cards["c"].data.flagged
    assert not window.scene.cards["a"].data.flagged
    panel.overlay.setChecked(False)
    assert not window.scene.cards["c"].data.flagged


def test_clicking_a_gap_selects_and_shows_its_touchpoint(qtbot, window) -> None:
    window.gaps.runner.refresh_now()
    gap = next(g for g in window.gaps.panel.result.gaps if g.touchpoint_id == "c")
    window.gaps.panel.gap_activated.emit(gap)
    assert [c.tp_id for c in window.scene.selected_cards()] == ["c"]
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert visible.contains(window.scene.cards["c"].sceneBoundingRect())


def test_add_care_from_a_gap_is_one_undo_step(qtbot, window) -> None:
    before = snapshot(window)
    result = window.gaps.runner.refresh_now()
    gap = next(g for g in result.gaps if g.kind == "uncovered_moment_of_truth" and g.tier == "Gold")
    window.gaps.add_care_for_gap(gap)
    action = window.document.project.actions[-1]
    assert (action.touchpoint, action.tiers) == ("c", [_gold(window)])
    assert window.document.undo_stack.count() == 1
    after = window.gaps.runner.refresh_now()
    assert not [g for g in after.gaps if g.kind == "uncovered_moment_of_truth" and g.tier == "Gold"]
    window.document.undo_stack.undo()
    assert window.document.project == before


def test_fix_first_lists_the_priorities(qtbot, window) -> None:
    window.actions["actionFixFirst"].trigger()
    dialog = window.gaps.dialog
    assert dialog.table.rowCount() >= 1
    assert dialog.table.item(0, 0).text() in {"First purchase", "Renewal notice", "Branch visit"}
    chosen = []
    dialog.touchpoint_chosen.connect(chosen.append)
    dialog.table.cellDoubleClicked.emit(0, 0)
    assert chosen and chosen[0] in window.scene.cards
    dialog.close()


def test_derive_tiers_from_cdnow(qtbot, window, realdata) -> None:
    before = snapshot(window)
    dialog = window.care.derive_tiers()  # deletes itself when closed
    dialog.load_paths([realdata / "rfm" / "cdnow_lifetimes" / "CDNOW_master.txt"])
    qtbot.waitUntil(lambda: len(dialog.summary) > 0, timeout=30_000)
    assert "23,570 customers, revenue 2,500,315.63" in dialog.source.text()
    assert [s.customers for s in dialog.summary] == [4714, 7071, 11785]
    assert dialog.table.item(0, 3).text() == "359.49"
    dialog.apply_button.click()
    gold, silver, bronze = window.document.project.tiers
    assert round(gold.value_per_customer, 2) == 359.49
    assert abs(gold.share - 0.2) < 0.001 and abs(bronze.share - 0.5) < 0.001
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert window.document.project == before


def test_derive_tiers_from_a_broken_workbook_says_why(qtbot, window, realdata) -> None:
    dialog = window.care.derive_tiers()  # deletes itself when closed
    dialog.load_paths([realdata / "excel_pitfalls" / "calamine" / "pass_protected.xlsx"])
    qtbot.waitUntil(lambda: dialog.problem.text() != "", timeout=10_000)
    assert "password" in dialog.problem.text()
    assert not dialog.apply_button.isEnabled()
    dialog.reject()


def test_unexpected_dialogs_are_not_shown(unexpected_dialogs) -> None:
    assert QMessageBox.warning(None, "t", "m") == QMessageBox.StandardButton.Cancel
    assert unexpected_dialogs == ["warning: m"]


def test_realdata_fixture_points_at_the_shared_folder(realdata) -> None:
    assert isinstance(realdata, Path) and (realdata / "README.md").exists()


def test_charts_tab_draws_each_chart_and_saves_it(qtbot, window, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    window.gaps.runner.refresh_now()
    charts = window.gaps.charts
    window.views.setCurrentWidget(charts)
    for index in range(charts.choice.count()):
        charts.choice.setCurrentIndex(index)
        assert charts.canvas.figure.axes, charts.choice.currentText()
    target = tmp_path / "chart.svg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    charts.save_button.click()
    assert target.read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_charts_follow_edits(qtbot, window) -> None:
    window.views.setCurrentWidget(window.gaps.charts)
    window.gaps.runner.refresh_now()
    first = window.gaps.charts.canvas.figure
    window.document.set_touchpoint_fields("j1", "a", {"emotion": -3})
    window.gaps.runner.refresh_now()
    assert window.gaps.charts.canvas.figure is not first
