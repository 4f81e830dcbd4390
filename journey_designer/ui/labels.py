"""What the UI calls the core's fixed names: gap kinds, severities and bundled samples.

The core keeps these as stable identifiers (the CLI and JSON report print them); the UI
shows them through Qt's translation, under the "Labels" context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def gap_kind_label(kind: str) -> str:
    """'uncovered_moment_of_truth' -> 'uncovered moment of truth' (or its translation)."""
    labels = {
        "uncovered_moment_of_truth": _tr("uncovered moment of truth"),
        "uncovered_pain_point": _tr("uncovered pain point"),
        "care_silence": _tr("care silence"),
        "contact_fatigue": _tr("contact fatigue"),
        "marketing_in_service_recovery": _tr("marketing in service recovery"),
        "channel_overload": _tr("channel overload"),
        "value_mismatch": _tr("value mismatch"),
        "missing_human_touch": _tr("missing human touch"),
        "unreachable_touchpoint": _tr("unreachable touchpoint"),
        "dead_end": _tr("dead end"),
        "orphan_action": _tr("orphan action"),
    }
    return labels.get(kind) or kind.replace("_", " ")


def severity_label(severity: str) -> str:
    """The heading of a severity group: 'CRITICAL', 'HIGH'... (or their translations)."""
    labels = {"critical": _tr("CRITICAL"), "high": _tr("HIGH"), "medium": _tr("MEDIUM"),
              "low": _tr("LOW")}
    return labels.get(severity) or severity.upper()


def sample_label(name: str) -> str:
    """A bundled sample's menu text from its file stem: 'credit_card_care' -> 'credit card care'."""
    labels = {
        "credit_card_care": _tr("credit card care"),
        "ecommerce_aftersales_zh": _tr("ecommerce aftersales zh"),
        "saas_onboarding_renewal": _tr("saas onboarding renewal"),
    }
    return labels.get(name) or name.replace("_", " ")
