"""The pure-Python model of a journey-map care plan (no Qt, no storage)."""

from journey_designer.domain.errors import (
    InvalidProjectError,
    JourneyError,
    Problem,
    ProjectFileError,
)
from journey_designer.domain.model import (
    CareAction,
    Channel,
    Journey,
    Kpi,
    Peak,
    Phase,
    Project,
    Risk,
    ServiceLevel,
    Settings,
    Stage,
    Tier,
    Touchpoint,
    Transition,
    Trigger,
)

__all__ = [
    "CareAction",
    "Channel",
    "InvalidProjectError",
    "Journey",
    "JourneyError",
    "Kpi",
    "Peak",
    "Phase",
    "Problem",
    "Project",
    "ProjectFileError",
    "Risk",
    "ServiceLevel",
    "Settings",
    "Stage",
    "Tier",
    "Touchpoint",
    "Transition",
    "Trigger",
]
