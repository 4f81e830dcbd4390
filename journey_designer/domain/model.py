"""The project model: plain dataclasses, the single source of truth of a plan.

Field names follow design.md's "Project JSON"; the only renamings are Python
keywords (`from` -> `source`, `to` -> `target` on transitions). Lists keep their
order, ids are strings unique in the project.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

CareLevel = Literal["basic", "deep", "exclusive"]
ChannelKind = Literal["automated", "human"]
Purpose = Literal["service", "marketing", "care"]
Direction = Literal["at_least", "at_most"]
TriggerType = Literal["event", "offset", "date", "threshold"]
Status = Literal["planned", "active", "done"]
Locale = Literal["en", "zh_CN"]

CARE_LEVELS: tuple[str, ...] = ("basic", "deep", "exclusive")
CHANNEL_KINDS: tuple[str, ...] = ("automated", "human")
PURPOSES: tuple[str, ...] = ("service", "marketing", "care")
DIRECTIONS: tuple[str, ...] = ("at_least", "at_most")
TRIGGER_TYPES: tuple[str, ...] = ("event", "offset", "date", "threshold")
STATUSES: tuple[str, ...] = ("planned", "active", "done")
LOCALES: tuple[str, ...] = ("en", "zh_CN")
EMOTION_RANGE = range(-3, 4)


@dataclass(slots=True)
class Settings:
    """Project-wide analysis settings."""

    care_silence_limit: int = 3
    fatigue_window_days: int = 7
    # format 2: the share of a tier's customers allowed over its contact cap, and the
    # longest stretch of days a tier may go without a contact (None: not checked)
    fatigue_tolerance: float = 0.05
    care_silence_days: int | None = None


@dataclass(slots=True)
class Tier:
    """A customer tier (gold/silver/bronze...) with its share and care budget."""

    id: str
    name: str
    share: float = 0.0
    value_per_customer: float = 0.0
    care_level: CareLevel = "basic"
    max_contacts_per_window: int = 3
    human_touch_at_mot: bool = False


@dataclass(frozen=True, slots=True)
class ServiceLevel:
    """A contact centre's target: `share` of contacts answered within `within_seconds`."""

    share: float = 0.8
    within_seconds: float = 20.0


@dataclass(slots=True)
class Channel:
    """A way to reach customers; human channels have a daily capacity.

    Format 2: channels of one `context_group` share the customer's history (one CRM);
    a human channel's staffing is its opening hours, handling time, agents on duty and
    service-level target (all None: not staffed in the plan).
    """

    id: str
    name: str
    kind: ChannelKind = "automated"
    capacity_per_day: int | None = None
    cost_per_contact: float = 0.0
    context_group: str | None = None
    hours_per_day: float | None = None
    handling_minutes: float | None = None
    agents: int | None = None
    service_level: ServiceLevel | None = None


@dataclass(slots=True)
class Stage:
    id: str
    name: str


@dataclass(slots=True)
class Touchpoint:
    """A place where the customer meets the company, inside one stage."""

    id: str
    stage: str
    name: str
    channels: list[str] = field(default_factory=list)
    emotion: int = 0
    pain_points: list[str] = field(default_factory=list)
    delight_points: list[str] = field(default_factory=list)
    moment_of_truth: bool = False
    recovery: bool = False
    owner: str = ""
    day: float | None = None
    backstage: list[str] = field(default_factory=list)
    x: float | None = None
    y: float | None = None


@dataclass(slots=True)
class Transition:
    """Share of the customers at `source` who go on to `target`."""

    source: str
    target: str
    share: float


@dataclass(slots=True)
class Peak:
    """A yearly busy period: daily entries × `factor` for `days` days from `start` ("MM-DD")."""

    name: str
    start: str = "01-01"
    days: int = 1
    factor: float = 1.0


@dataclass(slots=True)
class Journey:
    id: str
    name: str
    monthly_entries: float = 0.0
    stages: list[Stage] = field(default_factory=list)
    touchpoints: list[Touchpoint] = field(default_factory=list)
    transitions: list[Transition] = field(default_factory=list)
    entries: list[str] = field(default_factory=list)
    exits: list[str] = field(default_factory=list)
    opportunities: list[str] = field(default_factory=list)
    peaks: list[Peak] = field(default_factory=list)


@dataclass(slots=True)
class Trigger:
    """When an action fires; only the fields of its type are set.

    `direction` (threshold only): the metric reaches `value` from below ("at_least", the
    default when None) or falls to it ("at_most": a rating of 2 or less).
    """

    type: TriggerType = "event"
    event: str | None = None
    days: float | None = None
    date: str | None = None
    metric: str | None = None
    value: float | None = None
    direction: Direction | None = None


@dataclass(slots=True)
class CareAction:
    """What one or more tiers receive at a touchpoint, through one channel."""

    id: str
    touchpoint: str
    tiers: list[str] = field(default_factory=list)
    channel: str = ""
    name: str = ""
    purpose: Purpose = "service"
    trigger: Trigger = field(default_factory=Trigger)
    owner: str = ""
    sla_minutes: int | None = None
    cost: float | None = None
    kpi: str = ""
    message: str = ""
    start: str | None = None
    end: str | None = None
    status: Status = "planned"


@dataclass(slots=True)
class Kpi:
    name: str
    baseline: float | None = None
    target: float | None = None
    unit: str = ""


@dataclass(slots=True)
class Phase:
    name: str
    start: str | None = None
    end: str | None = None
    tasks: list[str] = field(default_factory=list)
    owner: str = ""


@dataclass(slots=True)
class Risk:
    name: str
    kind: str = ""
    mitigation: str = ""
    owner: str = ""


@dataclass(slots=True)
class Project:
    """A whole care plan: tiers, channels, journeys, actions and the plan around them."""

    name: str
    locale: Locale = "en"
    settings: Settings = field(default_factory=Settings)
    tiers: list[Tier] = field(default_factory=list)
    channels: list[Channel] = field(default_factory=list)
    journeys: list[Journey] = field(default_factory=list)
    actions: list[CareAction] = field(default_factory=list)
    kpis: list[Kpi] = field(default_factory=list)
    phases: list[Phase] = field(default_factory=list)
    risks: list[Risk] = field(default_factory=list)
    budget_per_month: float | None = None  # format 2: monthly care budget (money)

    def touchpoint_index(self) -> dict[str, tuple[Journey, Touchpoint]]:
        """Every touchpoint by id, with the journey it belongs to."""
        return {tp.id: (j, tp) for j in self.journeys for tp in j.touchpoints}

    def tier_by_id(self) -> dict[str, Tier]:
        return {t.id: t for t in self.tiers}

    def channel_by_id(self) -> dict[str, Channel]:
        return {c.id: c for c in self.channels}
