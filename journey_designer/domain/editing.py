"""Index-keeping mutators of a journey: every change returns what its undo needs.

Undo must restore the exact previous project (lists in the same order), so each
removal records the index of everything it took away — the touchpoint, its
transitions, its entry/exit marks and its care actions — and the matching restore
puts them back at those indexes. Every mutation emits one domain Event.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from journey_designer.domain.events import Event, Observable, transition_key
from journey_designer.domain.list_ops import insert_at, put_back, take_where
from journey_designer.domain.model import (
    CareAction,
    Journey,
    Project,
    Stage,
    Touchpoint,
    Transition,
)
from journey_designer.domain.plan_editing import PlanEditing


@dataclass
class TouchpointRemoval:
    """What deleting one touchpoint took away, with indexes, for an exact undo."""

    journey: str
    index: int
    touchpoint: Touchpoint
    transitions: list[tuple[int, Transition]] = field(default_factory=list)
    entries: list[tuple[int, str]] = field(default_factory=list)
    exits: list[tuple[int, str]] = field(default_factory=list)
    actions: list[tuple[int, CareAction]] = field(default_factory=list)


@dataclass
class StageRemoval:
    journey: str
    index: int
    stage: Stage
    touchpoints: list[TouchpointRemoval]


@dataclass
class JourneyRemoval:
    index: int
    journey: Journey
    actions: list[tuple[int, CareAction]]


class ProjectEditor(PlanEditing, Observable):
    """The one place that changes a Project; emits an Event per change."""

    def __init__(self, project: Project) -> None:
        super().__init__()
        self.project = project

    # ------------------------------------------------------------ look-ups

    def journey(self, journey_id: str) -> Journey:
        for journey in self.project.journeys:
            if journey.id == journey_id:
                return journey
        raise KeyError(f"no journey {journey_id!r}")

    def touchpoint(self, journey_id: str, tp_id: str) -> Touchpoint:
        for tp in self.journey(journey_id).touchpoints:
            if tp.id == tp_id:
                return tp
        raise KeyError(f"no touchpoint {tp_id!r}")

    def stage(self, journey_id: str, stage_id: str) -> Stage:
        for stage in self.journey(journey_id).stages:
            if stage.id == stage_id:
                return stage
        raise KeyError(f"no stage {stage_id!r}")

    def transition(self, journey_id: str, source: str, target: str) -> Transition:
        for tr in self.journey(journey_id).transitions:
            if tr.source == source and tr.target == target:
                return tr
        raise KeyError(f"no transition {source!r} -> {target!r}")

    def replace_project(self, project: Project) -> None:
        self.project = project
        self.emit(Event("project", "reset"))

    # ------------------------------------------------------------ touchpoints

    def insert_touchpoint(self, journey_id: str, tp: Touchpoint, index: int | None = None) -> None:
        insert_at(self.journey(journey_id).touchpoints, tp, index)
        self.emit(Event("touchpoint", "added", journey_id, tp.id))

    def delete_touchpoint(self, journey_id: str, tp_id: str) -> TouchpointRemoval:
        journey = self.journey(journey_id)
        index = next(i for i, tp in enumerate(journey.touchpoints) if tp.id == tp_id)
        removal = TouchpointRemoval(journey_id, index, journey.touchpoints[index])
        for _, tr in (taken := take_where(journey.transitions,
                                           lambda t: tp_id not in (t.source, t.target))):
            self.emit(Event("transition", "removed", journey_id, transition_key(tr.source, tr.target)))
        removal.transitions = taken
        removal.entries = take_where(journey.entries, lambda e: e != tp_id)
        removal.exits = take_where(journey.exits, lambda e: e != tp_id)
        removal.actions = take_where(self.project.actions, lambda a: a.touchpoint != tp_id)
        if removal.actions:  # while the card is still there for listeners to look up
            self.emit(Event("action", "removed", journey_id, tp_id, parent=tp_id))
        del journey.touchpoints[index]
        self.emit(Event("touchpoint", "removed", journey_id, tp_id))
        return removal

    def restore_touchpoint(self, removal: TouchpointRemoval) -> None:
        journey = self.journey(removal.journey)
        journey.touchpoints.insert(removal.index, removal.touchpoint)
        put_back(journey.transitions, removal.transitions)
        put_back(journey.entries, removal.entries)
        put_back(journey.exits, removal.exits)
        put_back(self.project.actions, removal.actions)
        self.emit(Event("touchpoint", "added", removal.journey, removal.touchpoint.id))
        for _, tr in removal.transitions:
            self.emit(Event("transition", "added", removal.journey,
                            transition_key(tr.source, tr.target)))
        if removal.actions:
            tp_id = removal.touchpoint.id
            self.emit(Event("action", "added", removal.journey, tp_id, parent=tp_id))

    def set_touchpoint_fields(self, journey_id: str, tp_id: str,
                              changes: dict[str, Any]) -> dict[str, Any]:
        """Set fields; returns their previous values (apply them to undo)."""
        tp = self.touchpoint(journey_id, tp_id)
        old = {name: getattr(tp, name) for name in changes}
        for name, value in changes.items():
            setattr(tp, name, value)
        self.emit(Event("touchpoint", "changed", journey_id, tp_id, tuple(changes)))
        return old

    def set_entry_exit(self, journey_id: str, tp_id: str, *, entry: bool | None = None,
                       exit: bool | None = None) -> tuple[list[str], list[str]]:
        """Mark or unmark a touchpoint as entry/exit; returns the old lists for undo."""
        journey = self.journey(journey_id)
        old = (list(journey.entries), list(journey.exits))
        for wanted, marks in ((entry, journey.entries), (exit, journey.exits)):
            if wanted is True and tp_id not in marks:
                marks.append(tp_id)
            elif wanted is False and tp_id in marks:
                marks.remove(tp_id)
        self.emit(Event("touchpoint", "changed", journey_id, tp_id, ("entries", "exits")))
        return old

    def restore_entry_exit(self, journey_id: str, tp_id: str,
                           lists: tuple[list[str], list[str]]) -> None:
        journey = self.journey(journey_id)
        journey.entries[:], journey.exits[:] = lists
        self.emit(Event("touchpoint", "changed", journey_id, tp_id, ("entries", "exits")))

    # ------------------------------------------------------------ transitions

    def insert_transition(self, journey_id: str, tr: Transition, index: int | None = None) -> None:
        insert_at(self.journey(journey_id).transitions, tr, index)
        self.emit(Event("transition", "added", journey_id, transition_key(tr.source, tr.target)))

    def delete_transition(self, journey_id: str, source: str, target: str) -> tuple[int, Transition]:
        transitions = self.journey(journey_id).transitions
        index = next(i for i, t in enumerate(transitions)
                     if t.source == source and t.target == target)
        tr = transitions.pop(index)
        self.emit(Event("transition", "removed", journey_id, transition_key(source, target)))
        return index, tr

    def set_transition_share(self, journey_id: str, source: str, target: str,
                             share: float) -> float:
        tr = self.transition(journey_id, source, target)
        old, tr.share = tr.share, share
        self.emit(Event("transition", "changed", journey_id, transition_key(source, target),
                        ("share",)))
        return old

    # ------------------------------------------------------------ stages

    def insert_stage(self, journey_id: str, stage: Stage, index: int | None = None) -> None:
        insert_at(self.journey(journey_id).stages, stage, index)
        self.emit(Event("stage", "added", journey_id, stage.id))

    def delete_stage(self, journey_id: str, stage_id: str) -> StageRemoval:
        journey = self.journey(journey_id)
        index = next(i for i, s in enumerate(journey.stages) if s.id == stage_id)
        in_stage = [tp.id for tp in journey.touchpoints if tp.stage == stage_id]
        removals = [self.delete_touchpoint(journey_id, tp_id) for tp_id in in_stage]
        stage = journey.stages.pop(index)
        self.emit(Event("stage", "removed", journey_id, stage_id))
        return StageRemoval(journey_id, index, stage, removals)

    def restore_stage(self, removal: StageRemoval) -> None:
        self.journey(removal.journey).stages.insert(removal.index, removal.stage)
        self.emit(Event("stage", "added", removal.journey, removal.stage.id))
        for tp_removal in reversed(removal.touchpoints):
            self.restore_touchpoint(tp_removal)

    def rename_stage(self, journey_id: str, stage_id: str, name: str) -> str:
        stage = self.stage(journey_id, stage_id)
        old, stage.name = stage.name, name
        self.emit(Event("stage", "changed", journey_id, stage_id, ("name",)))
        return old

    def move_stage(self, journey_id: str, old_index: int, new_index: int) -> None:
        stages = self.journey(journey_id).stages
        stages.insert(new_index, stages.pop(old_index))
        self.emit(Event("stage", "reordered", journey_id))

    # ------------------------------------------------------------ journeys

    def insert_journey(self, journey: Journey, index: int | None = None) -> None:
        insert_at(self.project.journeys, journey, index)
        self.emit(Event("journey", "added", journey.id, journey.id))

    def delete_journey(self, journey_id: str) -> JourneyRemoval:
        journeys = self.project.journeys
        index = next(i for i, j in enumerate(journeys) if j.id == journey_id)
        tp_ids = {tp.id for tp in journeys[index].touchpoints}
        actions = take_where(self.project.actions, lambda a: a.touchpoint not in tp_ids)
        self._emit_care_of(journeys[index], actions, "removed")
        journey = journeys.pop(index)
        self.emit(Event("journey", "removed", journey_id, journey_id))
        return JourneyRemoval(index, journey, actions)

    def restore_journey(self, removal: JourneyRemoval) -> None:
        self.project.journeys.insert(removal.index, removal.journey)
        put_back(self.project.actions, removal.actions)
        self._emit_care_of(removal.journey, removal.actions, "added")
        self.emit(Event("journey", "added", removal.journey.id, removal.journey.id))

    def _emit_care_of(self, journey: Journey, actions: list[tuple[int, CareAction]],
                      change: Literal["added", "removed"]) -> None:
        # views that index actions by card (the map) must hear that these came or went
        with_care = {a.touchpoint for _, a in actions}
        for tp in journey.touchpoints:
            if tp.id in with_care:
                self.emit(Event("action", change, journey.id, tp.id, parent=tp.id))

    def set_journey_fields(self, journey_id: str, changes: dict[str, Any]) -> dict[str, Any]:
        journey = self.journey(journey_id)
        old = {name: getattr(journey, name) for name in changes}
        for name, value in changes.items():
            setattr(journey, name, value)
        self.emit(Event("journey", "changed", journey_id, journey_id, tuple(changes)))
        return old
