"""The Document's edit API for the care plan: tiers, channels, care actions, KPIs,
phases and risks. Every method is one undo step (several commands in one macro)."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtGui import QUndoStack

from journey_designer.commands.plan_commands import (
    InsertItem,
    MoveItem,
    RemoveItem,
    SetItemFields,
    SetProjectFields,
)
from journey_designer.domain.care_fixes import care_for_gap
from journey_designer.domain.edit_checks import changed, item_problems, new_problems, project_problems
from journey_designer.domain.editing import ProjectEditor
from journey_designer.domain.ids import new_id
from journey_designer.domain.model import CareAction, Channel, Tier, Trigger

_ID_PREFIX = {"tiers": "tier", "channels": "ch", "actions": "act"}


class PlanEditingApi:
    """Mixed into Document (which provides editor, undo_stack and tr)."""

    editor: ProjectEditor
    undo_stack: QUndoStack
    tr: Callable[..., str]  # QObject.tr, from Document
    edit_refused: Any  # Signal(str), from Document

    # ------------------------------------------------------------ generic

    def add_item(self, list_name: str, item: Any, index: int | None = None) -> Any:
        if list_name in _ID_PREFIX and not getattr(item, "id", ""):
            item.id = new_id(_ID_PREFIX[list_name])
        self.undo_stack.push(InsertItem(self.editor, list_name, item, index,
                                        text=self._label("Add", list_name, item)))
        return getattr(item, "id", index)

    def item_problems(self, list_name: str, key: str | int,
                      changes: dict[str, Any] | None = None) -> list[str]:
        """What `validate` would find wrong with the item (after `changes`, if given)."""
        item = self.editor.item(list_name, key)
        return item_problems(self.editor.project, list_name,
                             changed(item, changes) if changes else item)

    def update_item(self, list_name: str, key: str | int, changes: dict[str, Any],
                    *, typing: bool = False) -> list[str]:
        """Change an item's fields as one undo step; [] when done (or unchanged), else the
        problems the CLI's rules would find that the item did not have (nothing changed).

        A care action whose cost follows its channel (None) keeps following when its
        channel changes; a cost equal to the old channel's (an older file) follows too."""
        item = self.editor.item(list_name, key)
        if all(getattr(item, k) == v for k, v in changes.items()):
            return []
        changes = dict(changes)
        if list_name == "actions" and "channel" in changes and "cost" not in changes:
            old = self.editor.project.channel_by_id().get(item.channel)
            if item.cost is not None and old is not None and item.cost == old.cost_per_contact:
                changes["cost"] = None
        refused = new_problems(self.item_problems(list_name, key),
                               self.item_problems(list_name, key, changes))
        if refused:
            self.edit_refused.emit(refused[0])
            return refused
        self.undo_stack.push(SetItemFields(self.editor, list_name, key, changes,
                                           text=self._label("Edit", list_name, item, changes),
                                           merge=typing))
        return []

    def delete_item(self, list_name: str, key: str | int) -> None:
        """Delete a KPI, phase, risk or care action (tiers and channels: see below)."""
        self.undo_stack.push(RemoveItem(self.editor, list_name, key, text=self._label(
            "Delete", list_name, self.editor.item(list_name, key))))

    def move_item(self, list_name: str, old_index: int, new_index: int) -> None:
        if old_index != new_index:
            self.undo_stack.push(MoveItem(self.editor, list_name, old_index, new_index,
                                          text=self._label("Reorder", list_name, self.editor.item(
                                              list_name, old_index))))

    def set_project_fields(self, changes: dict[str, Any]) -> list[str]:
        """Change the project's name, locale, budget or settings as one undo step; [] when
        done (or unchanged), else why the rules refuse it (nothing changed)."""
        project = self.editor.project
        if all(getattr(project, k) == v for k, v in changes.items()):
            return []
        refused = new_problems(project_problems(project),
                               project_problems(changed(project, changes)))
        if refused:
            self.edit_refused.emit(refused[0])
            return refused
        self.undo_stack.push(SetProjectFields(self.editor, changes, text=self._named_edit(
            self.tr("Edit project “%1”: %2"), project.name, changes)))
        return []

    def _label(self, verb: str, list_name: str, item: Any,
               changes: dict[str, Any] | None = None) -> str:
        """The History's name of an edit: 'Edit care action “Welcome call”: owner'."""
        nouns = {"tiers": self.tr("tier"), "channels": self.tr("channel"),
                 "actions": self.tr("care action"), "kpis": self.tr("KPI"),
                 "phases": self.tr("phase"), "risks": self.tr("risk")}
        verbs = {"Add": self.tr("Add %1 “%2”"), "Edit": self.tr("Edit %1 “%2”: %3"),
                 "Delete": self.tr("Delete %1 “%2”"), "Reorder": self.tr("Reorder %1 “%2”")}
        return verbs[verb].replace("%1", nouns[list_name]).replace(
            "%2", getattr(item, "name", "")).replace("%3", self._field_names(changes or {}))

    def _named_edit(self, template: str, name: str, changes: dict[str, Any]) -> str:
        return template.replace("%1", name).replace("%2", self._field_names(changes))

    def _field_names(self, changes: dict[str, Any]) -> str:
        labels = {
            "name": self.tr("name"), "tiers": self.tr("tiers"), "channel": self.tr("channel"),
            "purpose": self.tr("purpose"), "trigger": self.tr("trigger"),
            "owner": self.tr("owner"), "sla_minutes": self.tr("response time"),
            "cost": self.tr("cost"), "kpi": self.tr("KPI"), "message": self.tr("message"),
            "start": self.tr("start"), "end": self.tr("end"), "status": self.tr("status"),
            "share": self.tr("share"), "emotion": self.tr("emotion"),
            "moment_of_truth": self.tr("moment of truth"), "recovery": self.tr("recovery"),
            "channels": self.tr("channels"), "day": self.tr("day"), "stage": self.tr("stage"),
            "pain_points": self.tr("pain points"), "delight_points": self.tr("delight points"),
            "backstage": self.tr("backstage"), "locale": self.tr("language"),
            "budget_per_month": self.tr("monthly budget"), "settings": self.tr("settings"),
            "monthly_entries": self.tr("monthly entries"),
            "opportunities": self.tr("opportunities"),
        }
        shown = [labels.get(k, k.replace("_", " ")) for k in changes if k not in ("x", "y")]
        return self.tr(", ").join(shown) if shown else self.tr("position")

    # ------------------------------------------------------------ tiers and channels

    def delete_tier(self, tier_id: str) -> None:
        """Delete a tier and take it off every action that lists it (one undo step)."""
        self.undo_stack.beginMacro(self.tr("Delete tier"))
        for action_id in self.editor.actions_using("tiers", tier_id):
            tiers = [t for t in self.editor.item("actions", action_id).tiers if t != tier_id]
            self.undo_stack.push(SetItemFields(self.editor, "actions", action_id, {"tiers": tiers}))
        self.undo_stack.push(RemoveItem(self.editor, "tiers", tier_id))
        self.undo_stack.endMacro()

    def delete_channel(self, channel_id: str, replacement: str | None) -> None:
        """Delete a channel: its actions move to `replacement`, or are deleted with it
        when there is none; touchpoints stop listing it. One undo step."""
        self.undo_stack.beginMacro(self.tr("Delete channel"))
        for action_id in self.editor.actions_using("channels", channel_id):
            if replacement:
                self.undo_stack.push(SetItemFields(self.editor, "actions", action_id,
                                                   {"channel": replacement}))
            else:
                self.undo_stack.push(RemoveItem(self.editor, "actions", action_id))
        self._drop_channel_from_touchpoints(channel_id)
        self.undo_stack.push(RemoveItem(self.editor, "channels", channel_id))
        self.undo_stack.endMacro()

    def _drop_channel_from_touchpoints(self, channel_id: str) -> None:
        from journey_designer.commands.journey_commands import SetTouchpointFields

        for journey in self.editor.project.journeys:
            changes = {tp.id: {"channels": [c for c in tp.channels if c != channel_id]}
                       for tp in journey.touchpoints if channel_id in tp.channels}
            if changes:
                self.undo_stack.push(SetTouchpointFields(self.editor, journey.id, changes))

    def new_tier(self, name: str) -> Tier:
        return Tier(id=new_id("tier"), name=name)

    def new_channel(self, name: str) -> Channel:
        return Channel(id=new_id("ch"), name=name)

    # ------------------------------------------------------------ care actions

    def new_action(self, touchpoint: str, tiers: list[str], channel: str, name: str) -> CareAction:
        """A valid new action: triggered when the customer reaches the touchpoint; its cost
        follows the channel (None) until the user types one."""
        located = self.editor.project.touchpoint_index().get(touchpoint)
        event = located[1].name if located is not None and located[1].name.strip() else name
        return CareAction(id=new_id("act"), touchpoint=touchpoint, tiers=list(tiers),
                          channel=channel, name=name, trigger=Trigger("event", event=event),
                          cost=None)

    def add_care_for_gap(self, kind: str, tier_id: str, tp_id: str) -> list[str]:
        """The quick fix of a coverage gap: valid actions that close it (care_fixes), as
        one undo step. The ids of the new actions ([] if care cannot close the gap)."""
        project = self.editor.project
        tier = project.tier_by_id().get(tier_id)
        if tier is None:
            return []
        actions = care_for_gap(project, kind, tier_id, tp_id, lambda tp: self.tr(
            "Care for %1 at %2").replace("%1", tier.name).replace("%2", tp.name))
        if not actions:
            return []
        located = project.touchpoint_index()[tp_id]
        self.undo_stack.beginMacro(self.tr("Add care for %1 at “%2”").replace(
            "%1", tier.name).replace("%2", located[1].name))
        for action in actions:
            self.undo_stack.push(InsertItem(self.editor, "actions", action))
        self.undo_stack.endMacro()
        return [a.id for a in actions]

    def duplicate_action(self, action_id: str) -> str:
        original = self.editor.item("actions", action_id)
        twin = copy.deepcopy(original)
        twin.id = new_id("act")
        twin.name = self.tr("%1 (copy)").replace("%1", original.name)
        index = self.editor.index_of("actions", action_id) + 1
        self.undo_stack.push(InsertItem(self.editor, "actions", twin, index,
                                        text=self.tr("Duplicate care action")))
        return twin.id

    def add_action_to_touchpoints(self, template: CareAction,
                                  touchpoints: Iterable[str]) -> list[str]:
        """The same action on several touchpoints, as one undo step (bulk edit)."""
        targets = list(touchpoints)
        ids = []
        self.undo_stack.beginMacro(self.tr("Add care action to %n touchpoint(s)", "", len(targets)))
        for tp_id in targets:
            action = copy.deepcopy(template)
            action.id, action.touchpoint = new_id("act"), tp_id
            self.undo_stack.push(InsertItem(self.editor, "actions", action))
            ids.append(action.id)
        self.undo_stack.endMacro()
        return ids

    def set_owner_of_actions(self, action_ids: Iterable[str], owner: str) -> None:
        """Change the owner of many actions at once (one undo step)."""
        ids = [a for a in action_ids if self.editor.item("actions", a).owner != owner]
        if not ids:
            return
        self.undo_stack.beginMacro(self.tr("Change owner of %n care action(s)", "", len(ids)))
        for action_id in ids:
            self.undo_stack.push(SetItemFields(self.editor, "actions", action_id, {"owner": owner}))
        self.undo_stack.endMacro()

    def delete_actions(self, action_ids: Iterable[str]) -> None:
        ids = list(action_ids)
        if not ids:
            return
        self.undo_stack.beginMacro(self.tr("Delete %n care action(s)", "", len(ids)))
        for action_id in ids:
            self.undo_stack.push(RemoveItem(self.editor, "actions", action_id))
        self.undo_stack.endMacro()
