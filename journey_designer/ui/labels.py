"""What the UI calls the core's fixed names: gap kinds, severities and bundled samples.

The core keeps these as stable identifiers (the CLI and JSON report print them); the UI
shows them through Qt's translation, under the "Labels" context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journey_designer.analysis import report


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def gap_kind_label(kind: str) -> str:
    """'uncovered_moment_of_truth' -> 'uncovered moment of truth' (or its translation: the
    report's wording, which follows the interface language set by i18n)."""
    return report.gap_kind_label(kind)


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
