"""Instagram and Facebook Messenger "Download your information" chats (JSON).

messages/inbox/<thread>/message_1.json (and message_2.json ... for long chats) hold
{"participants": [{"name": ...}], "messages": [{"sender_name", "timestamp_ms", "content",
"photos": [{"uri"}], ...}], "title", "thread_path"}, newest message first. The text is
UTF-8 written as Latin-1 escapes ("\\u00c3\\u00a9" for "é"), so every string is decoded
back. Messenger's end-to-end encrypted chats download as {"participants": ["name"],
"threadName", "messages": [{"senderName", "text", "timestamp", "media": [{"uri"}]}]}.
Times are milliseconds since 1970 in UTC, so the zone is recorded.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from .model import Chat, Message, MessageKind, NotThisFormat, Participant

MEDIA_KEYS = ("photos", "videos", "audio_files", "files", "gifs", "sticker")


def fix_mojibake(text: str) -> str:
    """'Ã©' back to 'é', and the four Latin-1 characters of an emoji back to the emoji.
    Text that is not mojibake (real accents, real emoji) is returned unchanged."""
    if not text or text.isascii():
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def _fix(value: Any) -> Any:
    if isinstance(value, str):
        return fix_mojibake(value)
    if isinstance(value, list):
        return [_fix(v) for v in value]
    if isinstance(value, dict):
        return {k: _fix(v) for k, v in value.items()}
    return value


def is_meta(data: Any) -> bool:
    return (
        isinstance(data, dict)
        and isinstance(data.get("participants"), list)
        and isinstance(data.get("messages"), list)
        and all(isinstance(m, dict) for m in data["messages"][:50])
        and (
            not data["messages"]
            or any(("sender_name" in m or "senderName" in m) for m in data["messages"][:50])
        )
    )


def _utc(ms: Any) -> str:
    try:
        value = float(ms)
        if value > 1e11:  # milliseconds
            value /= 1000
        return datetime.fromtimestamp(value, UTC).isoformat(timespec="seconds")
    except (TypeError, ValueError, OverflowError, OSError):
        return ""


def parse(parts: list[tuple[str, Any]], platform: str = "") -> Chat:
    """One conversation from its message_N.json parts ((name, loaded JSON) each)."""
    if not parts or not all(is_meta(d) for _n, d in parts):
        raise NotThisFormat(parts[0][0] if parts else "")
    e2ee = any(isinstance(p, str) for _n, d in parts for p in d["participants"])
    rows: list[tuple[float, int, Message]] = []
    participants: dict[str, None] = {}
    title = ""
    thread = ""
    for part_no, (name, raw) in enumerate(parts):
        data = raw if e2ee else _fix(raw)
        title = title or str(data.get("title") or data.get("threadName") or "")
        thread = thread or str(data.get("thread_path") or "")
        for p in data["participants"]:
            pname = p if isinstance(p, str) else str((p or {}).get("name", ""))
            if pname:
                participants.setdefault(pname, None)
        for index, m in enumerate(data["messages"]):
            msg = _message(m, e2ee, f"{name.rsplit('/', 1)[-1]} messages[{index}]")
            ts = m.get("timestamp_ms", m.get("timestamp", 0))
            try:
                order = float(ts)
            except (TypeError, ValueError):
                order = 0.0
            # Newest first in the file: a later index is an earlier message at equal times.
            rows.append((order, -(part_no * 10_000_000 + index), msg))
            if msg.sender:
                participants.setdefault(msg.sender, None)
    rows.sort(key=lambda r: (r[0], r[1]))
    return Chat(
        platform=platform,
        fmt="meta-e2ee-json" if e2ee else "meta-json",
        title=title or ", ".join(list(participants)[:4]),
        participants=[Participant(n) for n in participants],
        messages=[r[2] for r in rows],
        chat_files=[n for n, _d in parts],
        chat_id=thread,
    )


def _message(m: dict[str, Any], e2ee: bool, ref: str) -> Message:
    sender = str(m.get("senderName" if e2ee else "sender_name") or "")
    at = _utc(m.get("timestamp" if e2ee else "timestamp_ms"))
    text = str(m.get("text" if e2ee else "content") or "")
    media: list[str] = []
    for key in ("media", *MEDIA_KEYS):
        value = m.get(key)
        items = value if isinstance(value, list) else ([value] if isinstance(value, dict) else [])
        for item in items:
            if isinstance(item, dict) and item.get("uri"):
                media.append(str(item["uri"]))
    share = m.get("share")
    if isinstance(share, dict) and share.get("link"):
        link = str(share["link"])
        text = f"{text}\n{link}" if text and link not in text else (text or link)
    if m.get("is_unsent") or m.get("isUnsent"):
        return Message(at, sender, text or "Message unsent", MessageKind.DELETED, (), ref)
    if media:
        return Message(at, sender, text, MessageKind.MEDIA, tuple(media), ref)
    if str(m.get("type", "")).lower() == "call" or "call_duration" in m:
        return Message(at, sender, text or "Call", MessageKind.SYSTEM, (), ref)
    return Message(at, sender, text, MessageKind.TEXT, (), ref)
