"""WhatsApp "Export chat" text files, from Android and from iPhone, in common locales.

Android:  25/10/2025, 22:47 - Alex: text        10/25/25, 10:47 PM - Alex: text
iPhone:   [25/10/2025, 22:47:03] Alex: text     [10/25/25, 10:47:03 PM] Alex: text
A line that does not start with a date and time continues the message above it. WhatsApp
writes the phone's local time with no zone, so every time here is "zone not recorded".
Day and month order is read from the dates themselves (a day over 12 settles it).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date

from .model import Chat, Message, MessageKind, NotThisFormat, Participant

_MARKS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\ufeff"  # invisible marks iOS adds
_DATE = r"(?P<date>\d{1,4}[./-]\d{1,2}[./-]\d{1,4})"
_TIME = (
    r"(?P<time>\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)"
    r"(?:[ \u202f\u00a0]?(?P<ampm>[AaPp]\.?[ \u202f\u00a0]?[Mm]\.?))?"
)
ANDROID = re.compile(_DATE + r",? " + _TIME + r" [-\u2013] (?P<rest>.*)\Z", re.S)
IOS = re.compile(r"\[" + _DATE + r",? " + _TIME + r"\] (?P<rest>.*)\Z", re.S)
_SENDER = re.compile(r"(?P<sender>[^:\n]{1,80}?): (?P<text>.*)\Z", re.S)

MEDIA_OMITTED = (
    "<media omitted>",
    "image omitted",
    "video omitted",
    "audio omitted",
    "sticker omitted",
    "gif omitted",
    "document omitted",
    "<média omis>",
    "<medien ausgeschlossen>",
    "<multimedia omitido>",
    "<media weggelaten>",
)
DELETED = ("this message was deleted", "you deleted this message", "message deleted")
_ATTACHED_IOS = re.compile(r"<attached: (?P<name>[^>]+)>")
_ATTACHED_ANDROID = re.compile(r"(?P<name>[^\n]+?\.[A-Za-z0-9]{2,5}) \(file attached\)")


@dataclass
class _Head:
    line_no: int
    date: str
    time: str
    ampm: str
    rest: str


def sniff(head: str) -> str | None:
    """'whatsapp-android' or 'whatsapp-ios' when the first dated lines look like one."""
    hits = {"whatsapp-android": 0, "whatsapp-ios": 0}
    for raw in head.splitlines()[:40]:
        line = raw.strip(_MARKS)
        if IOS.match(line):
            hits["whatsapp-ios"] += 1
        elif ANDROID.match(line):
            hits["whatsapp-android"] += 1
    best = max(hits, key=lambda k: hits[k])
    return best if hits[best] else None


def parse(text: str, name: str, *, day_first: bool | None = None) -> Chat:
    fmt = sniff(text[:65536])
    if fmt is None:
        raise NotThisFormat(name)
    pattern = IOS if fmt == "whatsapp-ios" else ANDROID
    heads: list[_Head] = []
    continuation: dict[int, list[str]] = {}
    preamble: list[str] = []
    for line_no, raw in enumerate(text.splitlines(), 1):
        line = raw.lstrip(_MARKS) if raw[:1] in _MARKS else raw
        m = pattern.match(line)
        if m:
            heads.append(_Head(line_no, m["date"], m["time"], m["ampm"] or "", m["rest"]))
            continuation[len(heads) - 1] = []
        elif heads:
            continuation[len(heads) - 1].append(raw)
        elif raw.strip():
            preamble.append(raw)
    notes: list[str] = []
    order = _date_order([h.date for h in heads], day_first)
    if order.note:
        notes.append(order.note)
    if preamble:
        notes.append(f"{len(preamble)} line(s) before the first dated line are shown as line 0.")
    messages: list[Message] = []
    names: dict[str, None] = {}
    if preamble:
        messages.append(Message("", "", "\n".join(preamble), MessageKind.SYSTEM, (), "line 1"))
    for i, head in enumerate(heads):
        body = head.rest
        if continuation[i]:
            body = "\n".join([body, *continuation[i]])
        at = _moment(head, order.day_first)
        sender, content = "", body
        sm = _SENDER.match(body)
        if sm:
            sender, content = sm["sender"].strip(_MARKS + " "), sm["text"]
        kind, media, content = _classify(content, fmt, bool(sender))
        if sender and kind is not MessageKind.SYSTEM:
            names.setdefault(sender, None)
        messages.append(Message(at, sender, content, kind, media, f"line {head.line_no}"))
    if not heads:
        raise NotThisFormat(name)
    platform = "whatsapp"
    return Chat(
        platform=platform,
        fmt=fmt,
        title=_title(name, list(names)),
        participants=[Participant(n) for n in names],
        messages=messages,
        chat_files=[name],
        notes=notes,
    )


def _classify(content: str, fmt: str, has_sender: bool) -> tuple[MessageKind, tuple[str, ...], str]:
    marked = content[:1] in _MARKS
    text = content.strip(_MARKS) if marked else content
    low = text.strip(_MARKS + " ").lower()
    if not has_sender:
        return MessageKind.SYSTEM, (), text
    attached = _ATTACHED_IOS.search(text) or _ATTACHED_ANDROID.match(text)
    if attached:
        name = attached["name"].strip(_MARKS + " ")
        rest = (text[: attached.start()] + text[attached.end() :]).strip(_MARKS + " \n")
        return MessageKind.MEDIA, (name,), rest
    if low in MEDIA_OMITTED:
        return MessageKind.MEDIA, (), text.strip(_MARKS + " ")
    if low.rstrip(".") in DELETED:
        return MessageKind.DELETED, (), text.strip(_MARKS + " ")
    if marked and fmt == "whatsapp-ios":
        # iPhone marks its own lines ("Messages and calls are end-to-end encrypted").
        return MessageKind.SYSTEM, (), text
    return MessageKind.TEXT, (), text


@dataclass
class _Order:
    day_first: bool
    note: str = ""


def _date_order(dates: list[str], forced: bool | None) -> _Order:
    if forced is not None:
        return _Order(forced)
    firsts: list[tuple[int, int, int]] = []
    for d in dates:
        parts = re.split(r"[./-]", d)
        if len(parts[0]) == 4:
            return _Order(False)  # year first: ISO order, month before day
        a, b, c = (int(p) for p in parts)
        firsts.append((a, b, c))
        if a > 12:
            return _Order(True)
        if b > 12:
            return _Order(False)
    if not firsts:
        return _Order(True)

    # Every day is 12 or under: take the order in which the dates run forwards.
    def backwards(day_first: bool) -> int:
        keys = [(c, b, a) if day_first else (c, a, b) for a, b, c in firsts]
        return sum(1 for x, y in zip(keys, keys[1:], strict=False) if y < x)

    dmy, mdy = backwards(True), backwards(False)
    if dmy < mdy:
        return _Order(True)
    if mdy < dmy:
        return _Order(False)
    return _Order(
        True,
        "The dates could be read day-first or month-first; they were read day-first "
        "(25/10 = 25 October). Check one date against the phone.",
    )


_DATE_SPLIT = re.compile(r"[./-]")
_TIME_SPLIT = re.compile(r"[:.]")


@functools.lru_cache(maxsize=4096)
def _day(text: str, day_first: bool) -> tuple[int, int, int] | None:
    """(year, month, day) of a date as written; a chat has few distinct dates, so cached."""
    parts = [int(p) for p in _DATE_SPLIT.split(text)]
    if len(_DATE_SPLIT.split(text)[0]) == 4:
        year, month, day = parts
    else:
        a, b, year = parts
        day, month = (a, b) if day_first else (b, a)
    if year < 100:
        year += 2000
    try:
        date(year, month, day)
    except ValueError:
        return None
    return year, month, day


def _moment(head: _Head, day_first: bool) -> str:
    day = _day(head.date, day_first)
    t = [int(p) for p in _TIME_SPLIT.split(head.time)]
    hour, minute = t[0], t[1]
    second = t[2] if len(t) > 2 else 0
    if head.ampm:
        ampm = head.ampm.lower().replace(".", "").replace(" ", "").replace("\u202f", "")
        ampm = ampm.replace("\u00a0", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
    if day is None or hour > 23 or minute > 59 or second > 59:
        return ""  # not a real date: shown as "time not readable", the text is kept
    return f"{day[0]:04d}-{day[1]:02d}-{day[2]:02d}T{hour:02d}:{minute:02d}:{second:02d}"


def _title(name: str, names: list[str]) -> str:
    stem = name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    m = re.match(r"WhatsApp Chat (?:with|-) (?P<who>.+)", stem, re.I)
    if m:
        return m["who"]
    return ", ".join(names[:4]) or stem
