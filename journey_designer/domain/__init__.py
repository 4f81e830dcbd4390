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
    Phase,
    Project,
    Risk,
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
    "Phase",
    "Problem",
    "Project",
    "ProjectFileError",
    "Risk",
    "Settings",
    "Stage",
    "Tier",
    "Touchpoint",
    "Transition",
    "Trigger",
]
