"""Snapchat "My Data" chat history, in the layouts Snapchat has used.

JSON, older: {"Received Saved Chat History": [{"From", "Media Type", "Created", "Text"}],
"Sent Saved Chat History": [{"To", ...}]} (also "Received Chat History" and the like).
JSON, newer: {"<friend username>": [{"From", "Media Type", "Created", "Content",
"IsSender", "Created(microseconds)"}]}. HTML: chat_history.html (or one page per friend)
with the same fields in table cells or blocks. "Created" is "2025-10-25 21:47:00 UTC".
Only saved chats are in the download: Snapchat deletes the rest.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any

from .model import Chat, Message, MessageKind, NotThisFormat, Participant

_CREATED = re.compile(r"(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) UTC")
ME = "Me (the person who downloaded the data)"


def _utc(text: str) -> str:
    m = _CREATED.search(text or "")
    if not m:
        return ""
    try:
        moment = datetime.fromisoformat(f"{m[1]}T{m[2]}").replace(tzinfo=UTC)
    except ValueError:
        return ""
    return moment.isoformat(timespec="seconds")


def is_snapchat(data: Any) -> bool:
    if not isinstance(data, dict) or not data:
        return False
    lists = [v for v in data.values() if isinstance(v, list)]
    if not lists:
        return False
    for rows in lists:
        for row in rows[:5]:
            if (
                isinstance(row, dict)
                and "Created" in row
                and ("Media Type" in row or "From" in row or "To" in row)
            ):
                return True
    return False


def parse_json(data: Any, name: str) -> list[Chat]:
    """One chat per friend."""
    if not is_snapchat(data):
        raise NotThisFormat(name)
    threads: dict[str, list[Message]] = {}
    for key, rows in data.items():
        if not isinstance(rows, list):
            continue
        old = "chat history" in key.lower()
        for i, row in enumerate(rows):
            if not isinstance(row, dict):
                continue
            ref = f"{key}[{i}]"
            text = str(row.get("Content") or row.get("Text") or "")
            mtype = str(row.get("Media Type") or "TEXT")
            at = _utc(str(row.get("Created") or ""))
            if old:
                friend = str(row.get("From") or row.get("To") or "")
                sender = str(row["From"]) if row.get("From") else ME
            else:
                friend = str(row.get("Conversation Title") or key)
                sender = str(row.get("From") or "") or (ME if row.get("IsSender") else key)
            kind = MessageKind.TEXT if mtype.upper() == "TEXT" else MessageKind.MEDIA
            if kind is MessageKind.MEDIA and not text:
                text = mtype.lower().replace("_", " ")
            threads.setdefault(friend, []).append(Message(at, sender, text, kind, (), ref))
    return [_chat(friend, msgs, name, "snapchat-json") for friend, msgs in threads.items()]


def _chat(friend: str, msgs: list[Message], name: str, fmt: str) -> Chat:
    msgs.sort(key=lambda m: m.at)
    people = {m.sender: None for m in msgs if m.sender}
    return Chat(
        platform="snapchat",
        fmt=fmt,
        title=friend,
        participants=[Participant(n) for n in people],
        messages=msgs,
        chat_files=[name],
        notes=["Snapchat keeps only saved chats; unsaved messages are not in its download."],
    )


class _Cells(HTMLParser):
    """Text of the page in document order, split at cell and block boundaries."""

    BLOCKS = {
        "td",
        "th",
        "tr",
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "span",
        "li",
        "br",
        "table",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[tuple[int, str]] = []  # (table row number or 0, text)
        self._buf: list[str] = []
        self._skip = 0
        self._rows = 0
        self._row = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in ("script", "style", "title"):
            self._skip += 1
        if tag in self.BLOCKS:
            self._flush()
        if tag == "tr":
            self._rows += 1
            self._row = self._rows

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "title"):
            self._skip = max(0, self._skip - 1)
        if tag in self.BLOCKS:
            self._flush()
        if tag in ("tr", "table"):
            self._row = 0

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._buf.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self._buf).split())
        if text:
            self.pieces.append((self._row, text))
        self._buf = []

    def close(self) -> None:
        super().close()
        self._flush()


_HEADERS = {"From", "To", "Media Type", "Created", "Content", "Text", "Sender", "Receiver"}
_TYPES = {
    "TEXT",
    "MEDIA",
    "SNAP",
    "IMAGE",
    "VIDEO",
    "NOTE",
    "STICKER",
    "SHARE",
    "LOCATION",
    "AUDIO",
    "STATUSPARTICIPANTREMOVED",
    "STATUS",
}


def sniff_html(head: str) -> bool:
    low = head.lower()
    return "snapchat" in low or ("chat history" in low and bool(_CREATED.search(head)))


def parse_html(text: str, name: str) -> list[Chat]:
    """Each UTC time closes a message made of the pieces since the last one:
    sender, type and text (in whichever order the page puts them)."""
    if not sniff_html(text[:65536]) or not _CREATED.search(text):
        raise NotThisFormat(name)
    parser = _Cells()
    parser.feed(text)
    parser.close()
    stem = name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    friend_default = stem.removeprefix("subpage_") if stem.startswith("subpage_") else ""
    threads: dict[str, list[Message]] = {}
    pending: list[str] = []
    direction = ""

    def add(cells: list[str], at: str) -> None:
        types = [i for i, p in enumerate(cells) if p.upper() in _TYPES]
        if types:
            t = types[-1]
            mtype = cells[t]
            who = cells[t - 1] if t > 0 else friend_default
            body = " ".join(cells[t + 1 :])
        else:
            mtype = "TEXT"
            who = cells[-2] if len(cells) > 1 else friend_default
            body = cells[-1] if cells else ""
        sender, friend = (ME, who) if direction == "sent" else (who, friend_default or who)
        kind = MessageKind.TEXT if mtype.upper() == "TEXT" else MessageKind.MEDIA
        ref = f"entry {sum(len(v) for v in threads.values()) + 1}"
        text = body or ("" if kind is MessageKind.TEXT else mtype.lower())
        threads.setdefault(friend, []).append(Message(at, sender, text, kind, (), ref))

    def flush_row(cells: list[str]) -> None:
        times = [c for c in cells if _CREATED.fullmatch(c.strip())]
        if times:
            add([c for c in cells if c not in times], _utc(times[0]))

    row_cells: list[str] = []
    current_row = 0
    for row, piece in parser.pieces:
        if row != current_row:
            flush_row(row_cells)
            row_cells, current_row = [], row
        low = piece.lower()
        if "chat history" in low and ("sent" in low or "received" in low):
            direction, pending = ("sent" if "sent" in low else "received"), []
            continue
        if piece in _HEADERS or "chat history" in low:
            continue
        if row:  # a table row: its cells, in whatever order, are one message
            row_cells.append(piece)
        elif _CREATED.fullmatch(piece.strip()):
            add(pending, _utc(piece))
            pending = []
        else:
            pending.append(piece)
    flush_row(row_cells)
    if not threads:
        raise NotThisFormat(name)
    return [_chat(friend, msgs, name, "snapchat-html") for friend, msgs in threads.items()]
