"""The broadband outage walkthrough (issue 14): a care manager builds a whole care plan
from a blank project through the window, as a user does.

Shared by tests/ui/test_walkthrough_broadband.py (offscreen, asserted) and
scripts/walkthrough_screens.py (under Xvfb, a screenshot after each major step). Canvas
work uses real gestures (double-click, typing, Enter, clicks on cards and arrow labels);
menus are triggered through their QActions; modal dialogs are answered through `patch`
(monkeypatch.setattr in the test).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLineEdit, QWidget

from journey_designer.layout.lanes import (
    CARD_HEIGHT,
    FIRST_CARD_Y,
    HEADER_HEIGHT,
    ROW_PITCH,
    lane_left,
)
from journey_designer.ui.dialogs.connect_to import ConnectToDialog
from journey_designer.ui.main_window import MainWindow
from journey_designer.ui.panels.gaps import GapRole

PROJECT_NAME = "Broadband care plan"
JOURNEY_NAME = "Broadband outage"
STAGES = ["Notice", "Report", "Diagnose", "Repair", "Restore", "Follow-up"]
# (stage index, row, card name)
CARDS = [
    (0, 0, "Internet drops"),
    (1, 0, "Call the helpline"),
    (1, 1, "Report in the app"),
    (2, 0, "Remote line test"),
    (3, 0, "Engineer visit"),
    (4, 0, "Service back"),
    (5, 0, "Satisfaction survey"),
]
# (source, target, share in % typed in place; None keeps what Connect To gives: the rest)
ARROWS = [
    ("Internet drops", "Call the helpline", 60),
    ("Internet drops", "Report in the app", None),
    ("Call the helpline", "Remote line test", None),
    ("Report in the app", "Remote line test", None),
    ("Remote line test", "Engineer visit", 70),
    ("Remote line test", "Service back", None),
    ("Engineer visit", "Service back", None),
    ("Service back", "Satisfaction survey", 80),
]
MOMENT_OF_TRUTH = "Engineer visit"
PAIN = ("Call the helpline", "long wait on hold")
# (-2 or worse counts as a pain point: the outage itself is one, so every tier needs care
# there too — for Bronze (2 contacts a week) the quick fixes must then keep its week light)
EMOTIONS = {"Internet drops": -3, "Call the helpline": -3, "Engineer visit": -1,
            "Service back": 2}
# (tier, channel, care action name) at the moment of truth
CARE = [
    ("Gold", "Account manager", "Account manager confirms the visit"),
    ("Silver", "Phone", "Call back with the engineer's arrival time"),
    ("Bronze", "SMS", "Text the engineer's arrival window"),
]
# (card, name, channel) of a marketing action for every tier, added once the plan is cared for
OFFER = ("Service back", "Offer a speed upgrade", "Email")
SEVERE = ("critical", "high")
SHOW = ("Show on the map", "Show in the Plan")  # the Gaps dock's entries that fix nothing


class Walkthrough:
    """Each step is a method; `wait(ms)` lets events run, `shot(name)` records a step."""

    def __init__(self, window: MainWindow, patch: Callable[[object, str, object], None],
                 wait: Callable[[int], None],
                 shot: Callable[[str], None] = lambda _name: None) -> None:
        self.w = window
        self.patch = patch
        self.wait = wait
        self.shot = shot
        self.quick_fixes: list[str] = []
        self.strict = True  # False (the screenshot script): note defects and go on
        self.defects: list[str] = []

    # ------------------------------------------------------------ lookups

    @property
    def project(self):
        return self.w.document.project

    @property
    def journey(self):
        return next(j for j in self.project.journeys if j.id == self.w.journey_id)

    def tp(self, name: str):
        return next(t for t in self.journey.touchpoints if t.name == name)

    def tier_id(self, name: str) -> str:
        return next(t.id for t in self.project.tiers if t.name == name)

    def channel_id(self, name: str) -> str:
        return next(c.id for c in self.project.channels if c.name == name)

    # ------------------------------------------------------------ gestures

    def _send(self, kind, point: QPoint, button=Qt.MouseButton.LeftButton,
              buttons=Qt.MouseButton.LeftButton) -> None:
        viewport = self.w.view.viewport()
        local = QPointF(point)
        event = QMouseEvent(kind, local, viewport.mapToGlobal(local), button, buttons,
                            Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)

    def _point(self, scene_x: float, scene_y: float) -> QPoint:
        self.w.view.ensureVisible(scene_x - 5, scene_y - 5, 10, 10, 20, 20)
        return self.w.view.mapFromScene(QPointF(scene_x, scene_y))

    def click(self, scene_x: float, scene_y: float) -> None:
        point = self._point(scene_x, scene_y)
        self._send(QMouseEvent.Type.MouseButtonPress, point)
        self._send(QMouseEvent.Type.MouseButtonRelease, point, buttons=Qt.MouseButton.NoButton)
        self.wait(5)

    def double_click(self, scene_x: float, scene_y: float) -> None:
        point = self._point(scene_x, scene_y)
        self._send(QMouseEvent.Type.MouseButtonPress, point)
        self._send(QMouseEvent.Type.MouseButtonRelease, point, buttons=Qt.MouseButton.NoButton)
        self._send(QMouseEvent.Type.MouseButtonDblClick, point)
        self._send(QMouseEvent.Type.MouseButtonRelease, point, buttons=Qt.MouseButton.NoButton)
        self.wait(5)

    def inline_editor(self) -> QLineEdit | None:
        editor = self.w.view.findChild(QLineEdit, "inlineEditor")
        return editor if editor is not None and editor.isVisible() else None

    def type_in_place(self, text: str) -> None:
        """Type into the open in-place editor and press Enter: the editor must close."""
        editor = self.inline_editor()
        assert editor is not None, "no in-place editor is open"
        editor.selectAll()
        QTest.keyClicks(editor, text)
        QTest.keyClick(editor, Qt.Key.Key_Return)
        self.wait(10)
        if self.inline_editor() is not None:
            self.defect(f"Enter did not finish the in-place edit of {text!r}: "
                        "the editor is still open")
            QTest.keyClick(self.inline_editor(), Qt.Key.Key_Escape)
            self.wait(10)

    def defect(self, what: str) -> None:
        assert not self.strict, what
        self.defects.append(what)

    def click_card(self, name: str) -> None:
        center = self.w.scene.cards[self.tp(name).id].sceneBoundingRect().center()
        self.click(center.x(), center.y())
        selected = self.w.session.view.selection.cards
        assert list(selected) == [self.tp(name).id], f"clicking {name!r} selected {selected}"

    def trigger(self, action_name: str) -> None:
        action = self.w.actions[action_name]
        assert action.isEnabled(), f"{action_name} is disabled"
        action.trigger()
        self.wait(5)

    # ------------------------------------------------------------ steps

    def new_blank(self) -> None:
        """File ▸ New: a blank English project with its six default stages."""
        self.trigger("actionNew")
        journey = self.journey
        assert not journey.touchpoints and len(journey.stages) == 6
        assert "WeChat mini-program" not in [c.name for c in self.project.channels]
        self.shot("01_blank")

    def name_project_and_journey(self) -> None:
        """The project is named in the Properties dock's Project section (shown while
        nothing on the map is selected); the journey through Journey ▸ Rename Journey…"""
        self.w.properties_dock.show()
        self.w.properties_dock.raise_()
        form = self.w.properties.project
        assert form.isVisible(), "the Project section is not shown with nothing selected"
        name = form.findChild(QLineEdit, "projectName")
        name.setFocus()
        name.selectAll()
        QTest.keyClicks(name, PROJECT_NAME)
        QTest.keyClick(name, Qt.Key.Key_Return)
        assert self.project.name == PROJECT_NAME
        self.patch(QInputDialog, "getText", lambda *a, **k: (JOURNEY_NAME, True))
        self.trigger("actionRenameJourney")
        assert self.journey.name == JOURNEY_NAME
        assert self.w.tabs.tabText(self.w.tabs.currentIndex()) == JOURNEY_NAME

    def rename_stages(self) -> None:
        for index, name in enumerate(STAGES):
            self.double_click(lane_left(index) + 130, HEADER_HEIGHT / 2)
            self.type_in_place(name)
        assert [s.name for s in self.journey.stages] == STAGES
        self.shot("02_stages")

    def add_cards(self) -> None:
        for index, row, name in CARDS:
            before = len(self.journey.touchpoints)
            self.double_click(lane_left(index) + 130,
                              FIRST_CARD_Y + CARD_HEIGHT / 2 + row * ROW_PITCH)
            assert len(self.journey.touchpoints) == before + 1, f"no card added for {name}"
            added = self.journey.touchpoints[-1]
            assert added.stage == self.journey.stages[index].id
            self.type_in_place(name)
            assert added.name == name
            assert self.w.scene.cards[added.id].data.name == name
        self.shot("03_cards")

    def connect_cards(self) -> None:
        """Edit ▸ Connect To… (Ctrl+L) from the selected card; a share typed on the
        arrow's label where the split is not what is left."""
        opened: list[ConnectToDialog] = []
        self.patch(ConnectToDialog, "open", lambda dialog: opened.append(dialog))
        for source, target, share in ARROWS:
            self.click_card(source)
            self.trigger("actionConnectTo")
            dialog = opened.pop()
            QTest.keyClicks(dialog.filter, target)
            QTest.keyClick(dialog.filter, Qt.Key.Key_Return)
            self.wait(5)
            key = (self.tp(source).id, self.tp(target).id)
            assert key in self.w.scene.arrows, f"{source} → {target} was not connected"
            if share is not None:
                label = self.w.scene.arrows[key].label_rect().center()
                self.double_click(label.x(), label.y())
                self.type_in_place(str(share))
                assert self.w.scene.arrows[key].label() == f"{share} %"
        self.shot("04_connected")

    def mark_cards(self) -> None:
        """Properties: emotions, a pain point, the moment of truth; Journey ▸ Entry/Exit."""
        self.w.properties_dock.show()
        self.w.properties_dock.raise_()
        form = self.w.properties.touchpoint
        for name, emotion in EMOTIONS.items():
            self.click_card(name)
            assert self.w.properties.stack.currentWidget() is form
            form.emotion.setFocus()
            form.emotion.selectAll()
            QTest.keyClicks(form.emotion, str(emotion))
            QTest.keyClick(form.emotion, Qt.Key.Key_Tab)
            assert self.tp(name).emotion == emotion
        name, pain = PAIN
        self.click_card(name)
        form.pains.setFocus()
        QTest.keyClicks(form.pains, pain)
        assert self.tp(name).pain_points == [pain]
        self.click_card(MOMENT_OF_TRUTH)
        QTest.mouseClick(form.mot, Qt.MouseButton.LeftButton,
                         pos=form.mot.rect().bottomLeft() + QPoint(8, -form.mot.height() // 2))
        assert self.tp(MOMENT_OF_TRUTH).moment_of_truth
        self.click_card("Internet drops")
        self.trigger("actionToggleEntry")
        self.click_card("Satisfaction survey")
        self.trigger("actionToggleExit")
        journey = self.journey
        assert journey.entries == [self.tp("Internet drops").id]
        assert journey.exits == [self.tp("Satisfaction survey").id]
        self.wait(10)
        assert form.exit.isChecked() and self.w.actions["actionToggleExit"].isChecked()
        self.shot("05_marked")

    def add_care(self) -> None:
        """Insert ▸ Care Action (Ctrl+Shift+C) at the moment of truth, once per tier,
        each narrowed to its tier and channel in the Care actions dock."""
        for tier, channel, action_name in CARE:
            self.insert_action(MOMENT_OF_TRUTH, action_name, [tier], channel)
        self.shot("06_care")

    def add_offer(self) -> None:
        """Marketing's upgrade offer once the service is back, for every tier: it gives
        Silver and Bronze more contacts in the outage week than their caps allow."""
        card, action_name, channel = OFFER
        self.insert_action(card, action_name, [t.name for t in self.project.tiers], channel,
                           purpose="Marketing")
        tired = {g.tier for g in self.severe_gaps() if g.kind == "contact_fatigue"}
        assert tired == {"Silver", "Bronze"}, tired
        self.shot("07b_offer")

    def insert_action(self, card: str, action_name: str, tiers: list[str], channel: str,
                      purpose: str | None = None) -> None:
        """Insert ▸ Care Action on the card, then its name, tiers, channel (and purpose)
        set in the Care actions dock."""
        panel = self.w.care.actions_panel
        form = panel.form
        self.click_card(card)
        before = len(self.project.actions)
        self.trigger("actionAddCareAction")
        assert len(self.project.actions) == before + 1
        action = self.project.actions[-1]
        assert panel.selected_ids() == [action.id]
        form.name.setFocus()
        form.name.selectAll()
        QTest.keyClicks(form.name, action_name)
        for i in range(form.tiers.count()):
            item = form.tiers.item(i)
            wanted = Qt.CheckState.Checked if item.text() in tiers else Qt.CheckState.Unchecked
            if item.checkState() != wanted:
                item.setCheckState(wanted)  # what a click on the box does
        # a pause as a person makes: keys typed within the interval extend the last search
        for box, text in ((form.channel, channel), (form.purpose, purpose)):
            if text is None:
                continue
            box.setFocus()
            self.wait(QApplication.keyboardInputInterval() + 50)
            QTest.keyClicks(box, text)
            self.wait(5)
            assert box.currentText() == text, f"typing {text!r} chose {box.currentText()!r}"
        action = next(a for a in self.project.actions if a.id == action.id)
        assert action.name == action_name
        assert action.tiers == [self.tier_id(t) for t in tiers]
        assert action.channel == self.channel_id(channel)
        if purpose is not None:
            assert action.purpose == purpose.lower()
        assert form.problem.text() == "", form.problem.text()

    def severe_gaps(self) -> list:
        result = self.w.gaps.runner.refresh_now()
        self.w.gaps.panel.show_result(result)
        return [g for g in result.gaps if g.severity in SEVERE]

    def _gap_item(self, gap):
        tree = self.w.gaps.panel.tree
        for i in range(tree.topLevelItemCount()):
            group = tree.topLevelItem(i)
            group.setExpanded(True)
            for j in range(group.childCount()):
                if group.child(j).data(0, GapRole).key == gap.key:
                    return group.child(j)
        raise AssertionError(f"gap not listed in the Gaps dock: {gap.message}")

    def close_gaps(self, limit: int = 40, shot: str = "07_gaps_closed") -> None:
        """Right-click each critical/high gap in the Gaps dock ▸ its first quick fix (Add
        care action here, or a fix of its own: a contact_fatigue gap's)."""
        self.w.gaps.dock.show()
        self.w.gaps.dock.raise_()
        panel = self.w.gaps.panel
        for _ in range(limit):
            gaps = self.severe_gaps()
            if not gaps:
                break
            gap = gaps[0]
            item = self._gap_item(gap)
            panel.tree.scrollToItem(item)
            menu = panel.menu_at(panel.tree.visualItemRect(item).center())
            assert menu is not None
            fixes = [a for a in menu.actions() if a.text() not in SHOW]
            assert fixes, f"no quick fix offered for a {gap.severity} gap: {gap.message}"
            self.quick_fixes.append(f"{gap.kind} ({gap.tier}): {fixes[0].text()}")
            fixes[0].trigger()
            menu.deleteLater()
            self.wait(5)
            after = {g.key: g for g in self.severe_gaps()}
            assert gap.key not in after, f"the quick fix did not close: {gap.message}"
            new = [g.message for key, g in after.items() if key not in {g.key for g in gaps}]
            assert not new, f"the quick fix for “{gap.message}” opened {new}"
        assert not self.severe_gaps(), [g.message for g in self.severe_gaps()]
        self.shot(shot)

    def save_as(self, path: Path) -> None:
        self.patch(QFileDialog, "getSaveFileName",
                   lambda *a, **k: (str(path), "Journey project (*.journey)"))
        self.trigger("actionSaveAs")
        assert path.is_file()
        assert not self.w.document.is_modified()
        assert path.name in self.w.windowTitle()
        self.w.view.fit_to_window()
        self.wait(20)
        self.shot("08_saved")

    def run(self, path: Path) -> None:
        self.new_blank()
        self.name_project_and_journey()
        self.rename_stages()
        self.add_cards()
        self.connect_cards()
        self.mark_cards()
        self.add_care()
        self.close_gaps()
        self.add_offer()
        self.close_gaps(shot="07c_fatigue_closed")
        self.save_as(path)


def grab(widget: QWidget, path: Path) -> None:
    assert widget.grab().save(str(path)), f"cannot write {path}"
