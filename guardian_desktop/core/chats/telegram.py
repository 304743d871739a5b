"""Telegram Desktop "Export chat history" in machine-readable JSON (result.json).

One chat: {"name", "type", "id", "messages": [...]}. A whole-account export holds them in
{"chats": {"list": [...]}}. A message is {"id", "type": "message" | "service", "date",
"date_unixtime", "from", "from_id": "user123", "text"}; "text" is a string or a list of
pieces, each a string or {"type": "bold", "text": "..."}. "date" is the exporting
computer's local time; "date_unixtime" is exact, so it is used (in UTC) where present.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from .model import Chat, Message, MessageKind, NotThisFormat, Participant

MEDIA_KEYS = ("photo", "file", "thumbnail")
_ID = re.compile(r"[a-z_]*?(\d+)\Z")


def chats_in(data: Any) -> list[dict[str, Any]]:
    """The chat objects in a single-chat or whole-account result.json."""
    if isinstance(data, dict) and isinstance(data.get("messages"), list) and _looks(data):
        return [data]
    if isinstance(data, dict) and isinstance(data.get("chats"), dict):
        found = data["chats"].get("list")
        if isinstance(found, list):
            return [c for c in found if isinstance(c, dict) and isinstance(c.get("messages"), list)]
    return []


def _looks(data: dict[str, Any]) -> bool:
    msgs = data["messages"][:50]
    return all(isinstance(m, dict) for m in msgs) and (
        not msgs or any(m.get("type") in ("message", "service") and "date" in m for m in msgs)
    )


def text_of(value: Any) -> str:
    """Telegram text: a string, or a list of strings and {"type", "text"} pieces."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        out = []
        for piece in value:
            if isinstance(piece, str):
                out.append(piece)
            elif isinstance(piece, dict):
                out.append(str(piece.get("text", "")))
        return "".join(out)
    return ""


def numeric_id(value: Any) -> str:
    """'user123456' -> '123456'; 123456 -> '123456'."""
    m = _ID.match(str(value or "").strip())
    return m.group(1) if m else ""


def _when(m: dict[str, Any]) -> str:
    unix = m.get("date_unixtime")
    if unix not in (None, ""):
        try:
            return datetime.fromtimestamp(int(unix), UTC).isoformat(timespec="seconds")
        except (TypeError, ValueError, OverflowError, OSError):
            pass
    raw = str(m.get("date") or "")
    try:
        return datetime.fromisoformat(raw).isoformat(timespec="seconds")
    except ValueError:
        return ""


def parse(chat: dict[str, Any], name: str, index: int = 0) -> Chat:
    if not isinstance(chat.get("messages"), list):
        raise NotThisFormat(name)
    people: dict[str, str] = {}
    messages: list[Message] = []
    for i, m in enumerate(chat["messages"]):
        if not isinstance(m, dict):
            continue
        ref = f"messages[{i}] id {m.get('id', '')}".strip()
        at = _when(m)
        if m.get("type") == "service":
            actor = str(m.get("actor") or "")
            action = str(m.get("action") or "").replace("_", " ")
            text = text_of(m.get("text")) or action
            if m.get("duration_seconds") is not None:
                text = f"{text} ({m['duration_seconds']} s)"
            messages.append(
                Message(at, actor, text, MessageKind.SYSTEM, (), ref, numeric_id(m.get("actor_id")))
            )
            continue
        sender = str(m.get("from") or "")
        sid = numeric_id(m.get("from_id"))
        if sender and not people.get(sender):
            people[sender] = sid
        media = tuple(str(m[k]) for k in MEDIA_KEYS[:2] if isinstance(m.get(k), str))
        text = text_of(m.get("text"))
        kind = MessageKind.MEDIA if media or m.get("media_type") else MessageKind.TEXT
        if m.get("media_type") and not text:
            text = str(m["media_type"]).replace("_", " ")
        messages.append(Message(at, sender, text, kind, media, ref, sid))
    title = str(chat.get("name") or "") or ", ".join(list(people)[:4])
    return Chat(
        platform="telegram",
        fmt="telegram-json",
        title=title,
        participants=[Participant(n, i) for n, i in people.items()],
        messages=messages,
        chat_files=[name if index == 0 else f"{name} chats.list[{index}]"],
        chat_id=str(chat.get("id") or ""),
    )
