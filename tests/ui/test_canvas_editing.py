"""Editing the map through the real canvas: each gesture changes the domain as a user
expects, is one undo step, and undo restores the exact previous project."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QMessageBox
from ui_helpers import drag, send_mouse, snapshot, view_point

from journey_designer.layout.lanes import CARD_HEIGHT, CARD_WIDTH, HEADER_HEIGHT


def _double_click(win, scene_x, scene_y) -> None:
    point = view_point(win, scene_x, scene_y)
    send_mouse(win, QMouseEvent.Type.MouseButtonPress, point)
    send_mouse(win, QMouseEvent.Type.MouseButtonRelease, point, buttons=Qt.MouseButton.NoButton)
    send_mouse(win, QMouseEvent.Type.MouseButtonDblClick, point)
    send_mouse(win, QMouseEvent.Type.MouseButtonRelease, point, buttons=Qt.MouseButton.NoButton)


def _type_in_inline_editor(qtbot, win, text: str) -> None:
    editor = win.view.findChild(QLineEdit, "inlineEditor")
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(10)


def test_double_click_in_a_stage_adds_a_card_there_and_names_it(qtbot, window) -> None:
    before = snapshot(window)
    _double_click(window, 520 + 100, 400)  # empty space in lane 3 ("Renew")
    journey = window.document.project.journeys[0]
    added = journey.touchpoints[-1]
    assert len(journey.touchpoints) == 5
    assert added.stage == "s3"
    assert added.id in window.scene.cards
    _type_in_inline_editor(qtbot, window, "Renewal call")
    assert added.name == "Renewal call"
    assert window.scene.cards[added.id].data.name == "Renewal call"
    window.document.undo_stack.undo()  # the rename
    window.document.undo_stack.undo()  # the add
    assert window.document.project == before
    assert added.id not in window.scene.cards


def test_dragging_ten_cards_is_one_undo_step(qtbot, window) -> None:
    doc = window.document
    for i in range(6):
        doc.add_touchpoint("j1", "s2", 290, 180 + i * 110, f"Extra {i}")
    before = snapshot(window)
    steps = doc.undo_stack.count()
    cards = list(window.scene.cards.values())
    assert len(cards) == 10
    for card in cards:
        card.setSelected(True)
    first = cards[0]
    start = view_point(window, first.pos().x() + 60, first.pos().y() + 40)
    end = start + (view_point(window, 260, 40) - view_point(window, 0, 0))  # one lane right
    drag(window, start, end)  # a press on a selected card drags the whole selection
    assert doc.undo_stack.count() == steps + 1
    old = {tp.id: tp for tp in before.journeys[0].touchpoints}
    for tp in doc.project.journeys[0].touchpoints:
        assert tp.y == old[tp.id].y + 40
        if old[tp.id].stage != "s3":
            assert tp.x == old[tp.id].x + 260
        else:  # the last lane: the card stays inside the map
            assert tp.x == old[tp.id].x
    assert doc.editor.touchpoint("j1", "a").stage == "s2"  # dropped into the next lane
    assert doc.editor.touchpoint("j1", "c").stage == "s3"
    arrow = window.scene.arrows[("a", "c")]
    assert arrow.boundingRect().intersects(arrow.mapFromScene(
        window.scene.cards["a"].sceneBoundingRect()).boundingRect())
    doc.undo_stack.undo()
    assert doc.project == before
    assert window.scene.cards["a"].pos() == QPointF(30, 60)


def test_drag_snaps_to_the_grid(qtbot, window) -> None:
    card = window.scene.cards["d"]
    start = view_point(window, card.pos().x() + 50, card.pos().y() + 40)
    drag(window, start, start + (view_point(window, 13, 27) - view_point(window, 0, 0)))
    tp = window.document.editor.touchpoint("j1", "d")
    assert tp.x % 10 == 0 and tp.y % 10 == 0
    assert (tp.x, tp.y) == (560, 90)


def test_connect_two_cards_by_dragging_from_the_handle(qtbot, window) -> None:
    before = snapshot(window)
    source = window.scene.cards["a"]
    source.setSelected(True)
    handle = source.mapToScene(source.handle_center())
    target = window.scene.cards["d"]
    drag(window, view_point(window, handle.x(), handle.y()),
         view_point(window, target.pos().x() + 90, target.pos().y() + 40))
    journey = window.document.project.journeys[0]
    new = journey.transitions[-1]
    assert (new.source, new.target) == ("a", "d")
    assert abs(new.share - 0.4) < 1e-9  # what was left of "Apply online"'s customers
    assert ("a", "d") in window.scene.arrows
    window.document.undo_stack.undo()
    assert window.document.project == before
    assert ("a", "d") not in window.scene.arrows


def test_edit_an_arrows_share_in_place(qtbot, window) -> None:
    arrow = window.scene.arrows[("c", "d")]
    label = arrow.label_rect().center()
    _double_click(window, label.x(), label.y())
    _type_in_inline_editor(qtbot, window, "55")
    assert window.document.editor.transition("j1", "c", "d").share == 0.55
    assert arrow.label() == "55 %"


def test_rename_a_stage_in_place(qtbot, window) -> None:
    _double_click(window, 260 + 100, HEADER_HEIGHT / 2)
    _type_in_inline_editor(qtbot, window, "Everyday use")
    assert window.document.editor.stage("j1", "s2").name == "Everyday use"
    assert window.scene.lanes["s2"].name == "Everyday use"


def test_reorder_stages_by_dragging_a_header(qtbot, window) -> None:
    before = snapshot(window)
    drag(window, view_point(window, 40, 20), view_point(window, 600, 20))
    journey = window.document.project.journeys[0]
    assert [s.id for s in journey.stages] == ["s2", "s3", "s1"]
    assert window.document.editor.touchpoint("j1", "a").x == 30 + 520  # cards moved with it
    assert window.scene.cards["a"].pos().x() == 550
    assert window.scene.lanes["s1"].index == 2
    window.document.undo_stack.undo()
    assert window.document.project == before
    assert window.scene.cards["a"].pos().x() == 30


def test_delete_a_stage_asks_with_the_count_and_takes_its_cards(qtbot, window, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    before = snapshot(window)
    window.editing.delete_stage("s1")
    assert "2 touchpoint(s)" in asked[0]
    journey = window.document.project.journeys[0]
    assert [s.id for s in journey.stages] == ["s2", "s3"]
    assert {tp.id for tp in journey.touchpoints} == {"c", "d"}
    assert journey.entries == []
    assert set(window.scene.cards) == {"c", "d"}
    window.document.undo_stack.undo()
    assert window.document.project == before
    assert set(window.scene.cards) == {"a", "b", "c", "d"}


def test_cancelled_stage_deletion_changes_nothing(qtbot, window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    before = snapshot(window)
    window.editing.delete_stage("s1")
    assert window.document.project == before
    assert window.document.undo_stack.count() == 0


def test_rubber_band_and_ctrl_click_select(qtbot, window) -> None:
    drag(window, view_point(window, 10, 55), view_point(window, 250, 300))
    assert {c.tp_id for c in window.scene.selected_cards()} == {"a", "b"}
    card = window.scene.cards["d"]
    point = view_point(window, card.pos().x() + 50, card.pos().y() + 30)
    send_mouse(window, QMouseEvent.Type.MouseButtonPress, point,
               modifiers=Qt.KeyboardModifier.ControlModifier)
    send_mouse(window, QMouseEvent.Type.MouseButtonRelease, point, buttons=Qt.MouseButton.NoButton,
               modifiers=Qt.KeyboardModifier.ControlModifier)
    assert {c.tp_id for c in window.scene.selected_cards()} == {"a", "b", "d"}


def test_copy_paste_gives_new_ids_and_brings_arrows_between_pasted_cards(qtbot, window) -> None:
    before = snapshot(window)
    window.scene.select_cards(["a", "c"])
    window.actions["actionCopy"].trigger()
    window.actions["actionPaste"].trigger()
    journey = window.document.project.journeys[0]
    pasted = journey.touchpoints[-2:]
    assert [tp.name for tp in pasted] == ["Apply online", "First purchase"]
    assert not {tp.id for tp in pasted} & {"a", "b", "c", "d"}
    assert (pasted[0].x, pasted[0].y) == (50, 80)
    new_arrows = [t for t in journey.transitions if t.source == pasted[0].id]
    assert [(t.target, t.share) for t in new_arrows] == [(pasted[1].id, 0.6)]
    assert {c.tp_id for c in window.scene.selected_cards()} == {tp.id for tp in pasted}
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert window.document.project == before


def test_cut_then_paste_and_duplicate(qtbot, window) -> None:
    window.scene.select_cards(["d"])
    window.actions["actionCut"].trigger()
    assert "d" not in window.scene.cards
    window.actions["actionPaste"].trigger()
    names = [tp.name for tp in window.document.project.journeys[0].touchpoints]
    assert names.count("Renewal notice") == 1
    window.actions["actionDuplicate"].trigger()
    names = [tp.name for tp in window.document.project.journeys[0].touchpoints]
    assert names.count("Renewal notice") == 2


def test_delete_key_removes_cards_with_their_arrows_and_undo_restores_order(qtbot, window):
    before = snapshot(window)
    window.scene.select_cards(["c"])
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Delete)
    journey = window.document.project.journeys[0]
    assert [tp.id for tp in journey.touchpoints] == ["a", "b", "d"]
    assert journey.transitions == []
    assert window.scene.arrows == {}
    window.document.undo_stack.undo()
    assert window.document.project == before
    assert set(window.scene.arrows) == {("a", "c"), ("b", "c"), ("c", "d")}


def test_delete_a_selected_arrow(qtbot, window) -> None:
    window.scene.arrows[("b", "c")].setSelected(True)
    window.actions["actionDelete"].trigger()
    assert [(t.source, t.target) for t in window.document.project.journeys[0].transitions] == [
        ("a", "c"), ("c", "d")]


def test_align_and_auto_arrange(qtbot, window) -> None:
    doc = window.document
    doc.move_touchpoints("j1", {"b": (47, 300)})
    window.scene.select_cards(["a", "b"])
    window.actions["actionAlignLeft"].trigger()
    assert doc.editor.touchpoint("j1", "b").x == doc.editor.touchpoint("j1", "a").x
    doc.move_touchpoints("j1", {"b": (80, 400), "a": (40, 240)})
    window.scene.select_cards(["a"])
    window.actions["actionArrangeStage"].trigger()
    a, b = doc.editor.touchpoint("j1", "a"), doc.editor.touchpoint("j1", "b")
    assert (a.x, a.y, b.x, b.y) == (30, 60, 30, 180)


def test_canvas_follows_domain_changes_made_elsewhere(qtbot, window) -> None:
    doc = window.document
    tp_id = doc.add_touchpoint("j1", "s3", 550, 300, "Loyalty call")
    assert window.scene.cards[tp_id].data.name == "Loyalty call"
    doc.move_touchpoints("j1", {tp_id: (40, 400)})
    assert window.scene.cards[tp_id].pos() == QPointF(40, 400)
    assert doc.editor.touchpoint("j1", tp_id).stage == "s1"
    doc.set_touchpoint_fields("j1", tp_id, {"emotion": -3, "moment_of_truth": True})
    assert window.scene.cards[tp_id].data.emotion == -3
    assert window.scene.cards[tp_id].data.moment_of_truth
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert tp_id not in window.scene.cards


def test_emotion_curve_follows_edits(qtbot, window) -> None:
    window.document.set_touchpoint_fields("j1", "d", {"emotion": -3})
    window.scene.refresh_lanes()
    assert -3 in [emotion for _, emotion in window.scene.curve.points]
    window.document.undo_stack.undo()
    window.scene.refresh_lanes()
    assert sorted(e for _, e in window.scene.curve.points) == [-1, 0, 1, 2]


def test_backstage_lane_shows_and_hides(qtbot, window) -> None:
    window.document.set_touchpoint_fields("j1", "c", {"backstage": ["Risk engine", "CRM"]})
    window.actions["actionShowBackstage"].setChecked(True)
    assert window.scene.backstage.isVisible()
    assert window.scene.backstage.entries == [(270.0, ["Risk engine", "CRM"])]
    window.actions["actionShowBackstage"].setChecked(False)
    assert not window.scene.backstage.isVisible()
    assert window.settings.get("view/show_backstage") is False


def test_card_sizes_match_the_layout(window) -> None:
    rect = window.scene.cards["a"].card_rect()
    assert (rect.width(), rect.height()) == (CARD_WIDTH, CARD_HEIGHT)


def test_shift_click_adds_to_the_selection(qtbot, window) -> None:
    window.scene.select_cards(["a"])
    card = window.scene.cards["c"]
    point = view_point(window, card.pos().x() + 50, card.pos().y() + 30)
    send_mouse(window, QMouseEvent.Type.MouseButtonPress, point,
               modifiers=Qt.KeyboardModifier.ShiftModifier)
    send_mouse(window, QMouseEvent.Type.MouseButtonRelease, point, buttons=Qt.MouseButton.NoButton,
               modifiers=Qt.KeyboardModifier.ShiftModifier)
    assert {c.tp_id for c in window.scene.selected_cards()} == {"a", "c"}
