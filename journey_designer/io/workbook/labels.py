"""The cells of one project: what the export writes and the import compares with.

`ProjectLabels(project)` names every tier, channel, journey, stage and touchpoint the
way the workbook does, finds them again from what a user typed, and renders an action's
Action Plan row and a touchpoint's Journey Map column.

Names changed in one sheet are known to the others in the same import: a reader that finds
a tier renamed on the Tiers sheet calls `labels.rename("tier", id, new_name)`, and the
Action Plan's Tiers cells may then use the new name (the old one still works; the labels
the cells are compared with stay as exported).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from journey_designer import messages
from journey_designer.domain import CareAction, Journey, Project, Touchpoint
from journey_designer.io.workbook.layout import (
    ACTION_COLUMNS,
    Names,
    date_value,
    fold,
    lines_text,
    number_value,
    trigger_text,
)
from journey_designer.io.workbook.words import join_names, workbook_words
from journey_designer.io.workbook.xml_rows import clean_text

Cell = Any  # str | float | int | date | None: a value as written to, or read from, a cell
ROW_ORDER = ("id", "name", "journey", "stage", "touchpoint", "tiers", "channel", "trigger", "purpose",
             "owner", "start", "end", "sla_minutes", "cost", "kpi", "status", "message", "trigger_type",
             "trigger_event", "trigger_days", "trigger_date", "trigger_metric", "trigger_value",
             "trigger_direction")
assert ROW_ORDER == tuple(c.key for c in ACTION_COLUMNS), "action_row must follow ACTION_COLUMNS"


def _t(text: str) -> str:
    return messages.translate("Workbook", text)


class _Renamable(Names):
    """Names that also answer to the names given in the workbook being read (renames)."""

    def rename(self, object_id: str, name: str) -> None:
        name = name.strip()
        if not name or object_id not in self._ids:
            return
        for table, key in ((self._by_name, name), (self._by_fold, fold(name))):
            if object_id not in table[key]:
                table[key].append(object_id)


class ProjectLabels:
    """Labels of a project's objects in cells, and the way back from a label to an id."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.words = workbook_words(project.locale)  # cells are written in the project's language
        separator = self.words.text("separator")
        self.tiers = _Renamable("tier", ((t.id, t.name) for t in project.tiers), multi=True,
                                separator=separator)
        self.channels = _Renamable("channel", ((c.id, c.name) for c in project.channels), multi=True,
                                   separator=separator)
        self.journeys = Names("journey", ((j.id, j.name) for j in project.journeys))
        self.stages = {j.id: Names("stage", ((s.id, s.name) for s in j.stages)) for j in project.journeys}
        self.touchpoints: dict[str, tuple[Journey, Touchpoint]] = project.touchpoint_index()
        self._tp_by_name: defaultdict[str, list[str]] = defaultdict(list)
        self._tp_by_fold: defaultdict[str, list[str]] = defaultdict(list)
        for tp_id, (_, tp) in self.touchpoints.items():
            self._tp_by_name[tp.name].append(tp_id)
            self._tp_by_fold[fold(tp.name)].append(tp_id)
        self.tp_by_id: list[str] = []
        self._places: dict[str, tuple[str, str, str]] = {}
        self._tp_labels = {tp_id: self._tp_label(tp_id) for tp_id in self.touchpoints}

    def rename(self, kind: str, object_id: str, name: str) -> None:
        """`name` (given in the workbook being read) also finds the tier, channel or touchpoint
        `object_id` from now on; the labels cells are compared with do not change."""
        if kind == "tier":
            self.tiers.rename(object_id, name)
        elif kind == "channel":
            self.channels.rename(object_id, name)
        elif kind == "touchpoint" and object_id in self.touchpoints and name.strip():
            for table, key in ((self._tp_by_name, name.strip()), (self._tp_by_fold, fold(name))):
                if object_id not in table[key]:
                    table[key].append(object_id)

    # ------------------------------------------------------------ touchpoints

    def place(self, tp_id: str) -> tuple[str, str]:
        """The journey and stage cells of a touchpoint (empty for an unknown one)."""
        if tp_id not in self.touchpoints:
            return "", ""
        journey, tp = self.touchpoints[tp_id]
        stages = self.stages[journey.id]
        stage = stages.label(tp.stage) if any(s.id == tp.stage for s in journey.stages) else tp.stage
        return self.journeys.label(journey.id), stage

    def _tp_label(self, tp_id: str) -> str:
        journey, stage = self.place(tp_id)
        name = self.touchpoints[tp_id][1].name
        usable = name and name == name.strip() and clean_text(name) == name
        if usable and self.find_touchpoint(journey, stage, name)[0] == tp_id:
            return name
        self.tp_by_id.append(tp_id)
        return tp_id

    def touchpoint_label(self, tp_id: str) -> str:
        return self._tp_labels.get(tp_id, tp_id)

    def find_touchpoint(self, journey: str, stage: str, name: str) -> tuple[str | None, str]:
        """The touchpoint the three cells name, or None and why not (in the interface's language)."""
        if not name:
            return None, _t("no touchpoint is given")
        journey_id = None
        if journey:
            journey_id = self.journeys.resolve(journey)
            if journey_id is None:
                return None, self.journeys.problem(journey)

        def fits(tp_id: str) -> bool:
            owner, tp = self.touchpoints[tp_id]
            if journey_id is not None and owner.id != journey_id:
                return False
            return not stage or tp.stage == stage or self.stages[owner.id].resolve(stage) == tp.stage

        for found in (self._tp_by_name.get(name, []), None, self._tp_by_fold.get(fold(name), [])):
            if found is None:  # between exact names and names ignoring case: the id
                if name in self.touchpoints and fits(name):
                    return name, ""
                continue
            matching = [tp_id for tp_id in found if fits(tp_id)]
            if len(matching) == 1:
                return matching[0], ""
            if len(matching) > 1:
                return None, _t('touchpoint "{name}" is ambiguous: {count} touchpoints have that name here '
                                '— use the id ({ids})').format(name=name, count=len(matching),
                                                               ids=join_names(matching[:5]))
        if journey or stage:
            return None, _t('unknown touchpoint "{name}" in that journey and stage').format(name=name)
        return None, _t('unknown touchpoint "{name}"').format(name=name)

    # ------------------------------------------------------------ rows and columns

    def action_row(self, action: CareAction) -> list[Cell]:
        """The Action Plan cells of `action`, in ACTION_COLUMNS order (empty text as None)."""
        place = self._places.get(action.touchpoint)
        if place is None:
            place = self._places[action.touchpoint] = (*self.place(action.touchpoint),
                                                       self.touchpoint_label(action.touchpoint))
        trigger, choice = action.trigger, self.words.choice
        row = [action.id, action.name, *place, self.tiers.labels(action.tiers),
               self.channels.label(action.channel), trigger_text(trigger, self.words),
               choice("purpose", action.purpose), action.owner, date_value(action.start),
               date_value(action.end), number_value(action.sla_minutes), number_value(action.cost),
               action.kpi, choice("status", action.status), action.message,
               choice("trigger_type", trigger.type), trigger.event, number_value(trigger.days),
               date_value(trigger.date), trigger.metric, number_value(trigger.value),
               choice("direction", trigger.direction or "at_least") if trigger.type == "threshold" else None]
        return [None if value == "" else value for value in row]

    def map_cells(self, journey: Journey, tp: Touchpoint) -> dict[str, Cell]:
        """The Journey Map cells of one touchpoint's column, by row key."""
        journey_label, stage = self.place(tp.id)
        return {
            "stage": stage, "name": tp.name, "channels": self.channels.labels(tp.channels),
            "emotion": tp.emotion, "pain_points": lines_text(tp.pain_points),
            "delight_points": lines_text(tp.delight_points),
            "moment_of_truth": self.words.yes if tp.moment_of_truth else "",
            "backstage": lines_text(tp.backstage),
        }

    def notes(self) -> list[str]:
        """What the reader should know about names shown as ids."""
        found = [names.note(self.words) for names in (self.tiers, self.channels, self.journeys)]
        found += [names.note(self.words) for names in self.stages.values()]
        if self.tp_by_id:
            more = " …" if len(self.tp_by_id) > 5 else ""
            shown = join_names(self.tp_by_id[:5], self.words.locale) + more
            found.append(self.words.text("tp_by_id", count=len(self.tp_by_id), ids=shown))
        return [note for note in found if note]
