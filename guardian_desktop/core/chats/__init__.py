"""Chat exports (WhatsApp, Instagram, Facebook Messenger, Telegram, Snapchat) read into
conversations, with every input checked and capped. No Qt here, no writing to disk."""

from __future__ import annotations

from .containers import MAX_EXPORT_BYTES, ExportFile, Member
from .model import FORMAT_NAMES, Chat, Message, MessageKind, Participant
from .scan import Failure, FoundChat, ScanResult, looks_like_export, parse_one, scan

__all__ = [
    "FORMAT_NAMES",
    "MAX_EXPORT_BYTES",
    "Chat",
    "ExportFile",
    "Failure",
    "FoundChat",
    "Member",
    "Message",
    "MessageKind",
    "Participant",
    "ScanResult",
    "looks_like_export",
    "parse_one",
    "scan",
]
