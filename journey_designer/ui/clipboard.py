"""Cards on the clipboard: our own MIME type (JSON), plus the names as plain text."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QMimeData

from journey_designer.ui.document import CLIPBOARD_FORMAT

MIME_TYPE = "application/x-journey-designer-cards"


def payload_to_mime(payload: dict[str, Any]) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME_TYPE, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    mime.setText("\n".join(tp.get("name", "") for tp in payload.get("touchpoints", [])))
    return mime


def payload_from_mime(mime: QMimeData | None) -> dict[str, Any] | None:
    """The cards on the clipboard, or None when it holds something else."""
    if mime is None or not mime.hasFormat(MIME_TYPE):
        return None
    try:
        payload = json.loads(bytes(mime.data(MIME_TYPE).data()).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(payload, dict) or payload.get("format") != CLIPBOARD_FORMAT:
        return None
    return payload
