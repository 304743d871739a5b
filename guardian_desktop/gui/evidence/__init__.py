"""The "Save the evidence" screen: add screenshots safely, blur, edit, redact and remove."""

from __future__ import annotations

from .screen import EvidenceScreen

__all__ = ["EvidenceScreen"]
