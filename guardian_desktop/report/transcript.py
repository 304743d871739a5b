"""Chat transcripts in the police report: one exhibit section per chat export.

    chats = gather(vault)                           # read once per report
    story += transcript_sections(chats, layout)     # the exhibit sections
    key_messages(vault)                             # for the officer's page and summary

Each section says where the export came from and its SHA-256, then every line of the part
chosen for the report: line number, time (with its UTC offset, or marked as the phone's
local time), sender and text. Long chats are printed in parts of PART_LINES lines, each a
run of small tables, so 10,000 messages stay quick to build and easy to read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from pathlib import PurePosixPath

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer, Table

from ..core import transcripts as T
from ..core.textsafe import one_line, safe_markup, safe_text
from ..core.vault import CaseVault
from . import facts as F
from .i18n import _
from .pdfkit import FONT, FONT_BOLD, GREY_FILL, GREY_LINE, Heading, Styles, markup, para
from .sections import Layout

PART_LINES = 2_000  # a new titled part every this many lines
ROWS_PER_TABLE = 100  # small tables split across pages cheaply
MEMBERS_LISTED = 20  # files inside a download listed by name; the rest are counted
KEY_FILL = colors.Color(1.0, 0.93, 0.75)


@dataclass
class ChatExhibit:
    """One transcript and the lines chosen for the report."""

    transcript: T.Transcript
    lines: list[T.TranscriptLine]
    keys: list[T.TranscriptLine]  # every key message, in or out of the chosen lines


@dataclass
class KeyMessage:
    exhibit: str
    line_no: int
    when: str  # as printed, with its offset or "phone local time"
    sender: str
    text: str
    note: str

    def one_line(self, limit: int = 300) -> str:
        """'GD-004 line 12, 2025-10-25 22:47 (phone local time), Alex: Pay now'."""
        head = f"{self.exhibit} line {self.line_no}, {self.when}"
        who = f", {one_line(self.sender, 60)}" if self.sender else ""
        return one_line(f"{head}{who}: {self.text}", limit)


def gather(vault: CaseVault) -> list[ChatExhibit]:
    """Every transcript with the lines chosen for the report, read once."""
    out = []
    for t in T.list_transcripts(vault):
        first, last = t.included
        out.append(
            ChatExhibit(t, T.lines(vault, t.id, first, last), T.lines(vault, t.id, only_key=True))
        )
    return out


@dataclass
class BundleFile:
    """A file of a chat exhibit for the evidence bundle: the export kept byte for byte, or
    the transcript as plain text (tab-separated: line, time, sender, text)."""

    exhibit: str
    kind: str  # "chat export" or "transcript text"
    file_name: str
    data: bytes
    original_name: str
    imported_utc: str
    platform: str
    matches_case_record: bool


def bundle_files(vault: CaseVault, chosen: set[str] | None = None) -> list[BundleFile]:
    """The chat exhibits' files for the bundle (each kept export once, and a text copy of
    each transcript). `chosen` limits them to those exhibit numbers."""
    import hashlib

    out: list[BundleFile] = []
    seen: set[str] = set()
    for t in T.list_transcripts(vault):
        if chosen is not None and t.exhibit not in chosen:
            continue
        for e in t.exports:
            if not e.kept or e.sha256 in seen:
                continue
            data = T.export_bytes(vault, e.id)
            if data is None:
                continue
            seen.add(e.sha256)
            # A neutral name: a ZIP's password hides contents, not names, and an export's
            # own name often holds the other person's name ("WhatsApp Chat with ...").
            # The original name is in the manifest, inside the protected contents.
            suffix = PurePosixPath(e.original_name.replace("\\", "/")).suffix.lower()
            suffix = suffix if re.fullmatch(r"\.[a-z0-9]{1,5}", suffix) else ""
            out.append(
                BundleFile(
                    t.exhibit,
                    "chat export",
                    f"{t.exhibit}-export{suffix}",
                    data,
                    e.original_name,
                    e.imported_utc,
                    t.platform,
                    hashlib.sha256(data).hexdigest() == e.sha256,
                )  # fmt: skip
            )
        rows = [
            "\t".join(
                (
                    str(line.line_no),
                    line.at,
                    one_line(line.sender),
                    safe_text(line.text).replace("\n", " \u21b5 "),
                )
            )  # fmt: skip
            for line in T.lines(vault, t.id)
        ]
        text = ("line\ttime\tsender\ttext\n" + "\n".join(rows) + "\n").encode("utf-8")
        out.append(
            BundleFile(
                t.exhibit,
                "transcript text",
                f"{t.exhibit}-transcript.tsv",
                text,
                t.title,
                t.imported_utc,
                t.platform,
                True,
            )  # fmt: skip
        )
    return out


def key_messages(vault: CaseVault) -> list[KeyMessage]:
    """Messages marked as key (threats, demands, payment details), in exhibit order."""
    return [
        KeyMessage(
            t.exhibit, line.line_no, when_text(line.at), line.sender, line.text, line.key_note
        )  # fmt: skip
        for t, line in T.key_messages(vault)
    ]


def key_message_lines(vault: CaseVault, limit: int = 300) -> list[str]:
    """The key messages as plain lines for the copy-ready summary."""
    return [k.one_line(limit) for k in key_messages(vault)]


def with_key_messages(summary: str, vault: CaseVault, max_chars: int) -> str:
    """The copy-ready summary with the key chat messages put before its last line (where
    the evidence is), as many as fit in `max_chars`."""
    keys = key_message_lines(vault, 300)
    if not keys:
        return summary
    head, _sep, last = summary.rpartition("\n")
    if not head:
        head, last = summary, ""
    room = max_chars - len(summary) - 1
    added = [_("Key messages from the chat transcripts:")]
    for line in keys:
        entry = "- " + line
        if sum(len(a) + 1 for a in added) + len(entry) + 1 > room:
            break
        added.append(entry)
    if len(added) == 1:
        return summary
    return "\n".join([head, *added, last]) if last else "\n".join([head, *added])


def key_messages_block(chats: Sequence[ChatExhibit], lay: Layout) -> list[Flowable]:
    """A short list of the key chat messages, for the pages an officer reads first."""
    s = lay.styles
    rows = [(c.transcript, line) for c in chats for line in c.keys]
    if not rows:
        return []
    out: list[Flowable] = [
        CondPageBreak(80),
        markup(safe_markup(_("Key messages from the chat transcripts")), s.h2),
    ]
    for t, line in rows:
        note = f" ({line.key_note})" if line.key_note else ""
        out.append(
            para(
                f"{t.exhibit} {_('line')} {line.line_no}, {when_text(line.at)}, "
                f"{line.sender or _('app notice')}{note}: {line.text}",
                s.small,
                limit=600,
            )
        )
    return out


def when_text(at: str) -> str:
    """'2025-10-25 22:47:03 +00:00', or '2025-10-25 22:47:03 (phone local time)'."""
    if not at:
        return _("time not readable")
    day_time = at[:19].replace("T", " ")
    if len(at) > 19:
        offset = at[19:]
        return f"{day_time} {'+00:00' if offset == 'Z' else offset}"
    return day_time + " " + _("(phone local time)")


def _time_cell(at: str, zone: tzinfo | None = None) -> str:
    """Date and time on two lines; the recorded offset, or the offset of the zone the
    person stated (marked as stated) for a phone's local time."""
    if not at:
        return "?"
    day_time = at[:10] + "\n" + at[11:19]
    if len(at) > 19:
        return day_time + " " + at[19:]
    if zone is not None:
        try:
            offset = zone.utcoffset(datetime.fromisoformat(at))
        except ValueError:
            offset = None
        if offset is not None:
            return day_time + " " + _offset_text(offset) + "*"
    return day_time


def _offset_text(offset: timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


_FIXED = re.compile(r"(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?", re.I)


def stated_zone(text: str) -> tzinfo | None:
    """The zone a person stated: an IANA name ('Europe/London') or a fixed offset
    ('UTC+1', '+01:00'); None when it cannot be read (the words are still printed)."""
    value = text.strip()
    if not value:
        return None
    m = _FIXED.fullmatch(value)
    if m:
        hours, minutes = int(m[2]), int(m[3] or 0)
        if hours > 14 or minutes > 59:
            return None
        delta = timedelta(hours=hours, minutes=minutes)
        return timezone(-delta if m[1] == "-" else delta)
    if value.upper() in ("UTC", "GMT"):
        return UTC
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(value)
    except (ValueError, KeyError, OSError, ImportError):
        return None  # includes ZoneInfoNotFoundError (a KeyError) and a missing tzdata


def index_block(chats: Sequence[ChatExhibit], lay: Layout) -> list[Flowable]:
    """The chat exhibits in the exhibit index: number, conversation, size, export hash."""
    if not chats:
        return []
    s = lay.styles
    out: list[Flowable] = [
        CondPageBreak(90),
        markup(safe_markup(_("Chat transcripts")), s.h2),
    ]
    for c in chats:
        t = c.transcript
        hashes = ", ".join(e.sha256 for e in t.exports if e.kind != "member") or ", ".join(
            e.sha256 for e in t.exports
        )
        out.append(
            para(
                f"{t.exhibit}: {F.platform_name(t.platform) or t.format_name}, "
                f"{one_line(t.title, 80)}, "
                + _("{n} messages").format(n=t.message_count)
                + f". SHA-256 {hashes}",
                s.small,
            )
        )
    return out


def transcript_sections(chats: list[ChatExhibit], lay: Layout) -> list[Flowable]:
    """One exhibit section per transcript (nothing when the case has none)."""
    out: list[Flowable] = []
    for chat in chats:
        out += section(chat, lay)
    return out


def section(chat: ChatExhibit, lay: Layout) -> list[Flowable]:
    s = lay.styles
    t = chat.transcript
    title = _("Exhibit {exhibit}: chat transcript").format(exhibit=t.exhibit)
    out: list[Flowable] = [PageBreak(), Heading(title, s.h1, f"chat-{t.id}")]
    out.append(_facts_table(t, lay))
    if t.media_note:
        out.append(Spacer(1, 4))
        out.append(para(t.media_note, s.body))
    for note in t.notes:
        out.append(para(note, s.small))
    keys = chat.keys
    if keys:
        out.append(markup(safe_markup(_("Key messages marked by the person")), s.h2))
        for line in keys:
            note = f" ({line.key_note})" if line.key_note else ""
            out.append(
                para(
                    f"{_('Line')} {line.line_no}, {when_text(line.at)}, "
                    f"{line.sender or _('app notice')}{note}: {line.text}",
                    s.small,
                    limit=600,
                )
            )
    out += _lines(chat, lay)
    return out


def _obtained(t: T.Transcript) -> str:
    files = ", ".join(one_line(e.original_name, 120) for e in t.exports if e.kind != "member")
    files = files or ", ".join(one_line(e.original_name, 120) for e in t.exports)
    return _(
        "Made by the app's own export ({format}) and added to the case from {files} on "
        "{when} (UTC). The transcript was read from that file by Guardian Desktop; its "
        "words are not retyped."
    ).format(format=t.format_name, files=files, when=t.imported_utc[:16].replace("T", " "))


def _hash_lines(t: T.Transcript) -> str:
    parts = []
    for e in t.exports:
        kept = (
            "" if e.kept else " " + _("(fingerprint only: the file holds media and was not kept)")
        )
        parts.append(f"{one_line(e.original_name, 160)}: {e.sha256}{kept}")
        chat_members = [m for m in e.members if m.path in t.chat_files]
        others = [m for m in e.members if m.path not in t.chat_files]
        for m in chat_members + others[:MEMBERS_LISTED]:
            parts.append(f"  {one_line(m.path, 160)}: {m.sha256}")
        if len(others) > MEMBERS_LISTED:
            parts.append(
                "  "
                + _("and {n} more files inside, each with its SHA-256 kept in the case").format(
                    n=len(others) - MEMBERS_LISTED
                )
            )
    return "\n".join(parts)


def _facts_table(t: T.Transcript, lay: Layout) -> Flowable:
    s = lay.styles
    people = "; ".join(
        one_line(name, 120) + (f" (id {one_line(num, 40)})" if num else "")
        for name, num in t.participants
    )
    first, last = t.included
    if t.zone_recorded:
        zone = _("Times carry their UTC offset, as recorded by the app.")
    else:
        zone = _("Times are the phone's local time; the offset was not recorded.")
        if t.stated_zone:
            zone += " " + _("The person says the phone was set to: {zone}.").format(
                zone=one_line(t.stated_zone, 60)
            )
            if stated_zone(t.stated_zone) is not None:
                zone += " " + _("Offsets marked * come from that zone, not from the export.")
    shown = (
        _("All {n} lines.").format(n=t.message_count)
        if t.is_whole
        else _("Lines {first} to {last} of {n}, as chosen by the person.").format(
            first=first, last=last, n=t.message_count
        )
    )
    rows = [
        (_("Platform"), F.platform_name(t.platform) or F.not_given()),
        (_("Conversation"), one_line(t.title, 200) or F.not_given()),
        (_("Participants"), people or F.not_given()),
        (_("First and last message"), f"{when_text(t.first_at)} - {when_text(t.last_at)}"),
        (_("Times"), zone),
        (_("Messages"), shown),
        (_("How it was obtained"), _obtained(t)),
        (_("SHA-256 of the export"), _hash_lines(t)),
        (_("SHA-256 of the lines"), t.messages_sha256),
    ]
    if t.description.strip():
        rows.insert(0, (_("Description"), t.description))
    data = [[para(k, s.small_bold), para(v, s.hash if "SHA" in k else s.small)] for k, v in rows]
    table = Table(data, colWidths=[110, lay.frame_width - 110], splitInRow=1)
    table.setStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, GREY_LINE),
            ("BACKGROUND", (0, 0), (0, -1), GREY_FILL),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), FONT),
        ]
    )
    return table


def _line_text(line: T.TranscriptLine) -> str:
    text = line.text
    if line.media:
        names = ", ".join(n.rsplit("/", 1)[-1] for n in line.media)
        text = f"[{_('attached')}: {names}]" + (f"\n{text}" if text else "")
    if line.media_exhibit_no:
        text += "\n" + _("(the picture is exhibit {exhibit})").format(
            exhibit=f"GD-{line.media_exhibit_no:03d}"
        )
    if line.kind == "deleted":
        text = f"[{text or _('deleted')}]"
    return text


def _lines(chat: ChatExhibit, lay: Layout) -> list[Flowable]:
    s = lay.styles
    t = chat.transcript
    out: list[Flowable] = []
    widths = [34.0, 72.0, 82.0, lay.frame_width - 188.0]
    head = [_("Line"), _("Time"), _("Sender"), _("Message")]
    zone = None if t.zone_recorded else stated_zone(t.stated_zone)
    total = len(chat.lines)
    parts = max(1, -(-total // PART_LINES))
    for p in range(parts):
        chunk = chat.lines[p * PART_LINES : (p + 1) * PART_LINES]
        if parts > 1 and chunk:
            label = _("{exhibit} transcript, part {k} of {n} (lines {first} to {last})").format(
                exhibit=t.exhibit, k=p + 1, n=parts, first=chunk[0].line_no, last=chunk[-1].line_no
            )
            out += [CondPageBreak(120), Heading(label, s.h2, f"chat-{t.id}-{p + 1}", level=1)]
        for start in range(0, len(chunk), ROWS_PER_TABLE):
            out.append(_table(chunk[start : start + ROWS_PER_TABLE], head, widths, s, zone))
    if not total:
        out.append(markup(safe_markup(_("No messages in the chosen lines.")), s.body))
    return out


# Scripts that need shaping (joining, right to left, clusters); other text skips it, which
# makes a long transcript several times faster to lay out.
_NEEDS_SHAPING = re.compile("[\u0590-\u08ff\u0900-\u0dff\u0e00-\u0e7f\u1000-\u109f\ufb1d-\ufeff]")
# Characters DejaVu Sans draws, printed as plain table text when they fit on one line.
_PLAIN = re.compile("[ -~\u00a0-\u024f\u2018-\u201e\u2026\u20ac\u00a3]*")


def _cell(text: str, width: float, style: ParagraphStyle, flat: ParagraphStyle) -> object:
    """Plain text when it fits on one line in the base font (fast); else a paragraph,
    shaped only when its script needs it."""
    plain = "\n" not in text and _PLAIN.fullmatch(text)
    if plain and stringWidth(text, FONT, style.fontSize) <= width:
        return text
    return para(text, style if _NEEDS_SHAPING.search(text) else flat)


def _table(
    rows: list[T.TranscriptLine],
    head: list[str],
    widths: list[float],
    s: Styles,
    zone: tzinfo | None = None,
) -> Table:
    cell = s.cell
    flat = ParagraphStyle("gd-chat-flat", parent=cell, shaping=0)
    w_sender, w_text = widths[2] - 4, widths[3] - 4
    data: list[list[object]] = [list(head)]
    keys: list[int] = []
    for i, line in enumerate(rows, 1):
        sender = line.sender or _("app notice")
        number = f"{line.line_no}\n{_('KEY')}" if line.is_key else str(line.line_no)
        if line.is_key:
            keys.append(i)
        data.append(
            [number, _time_cell(line.at, zone), _cell(sender, w_sender, cell, flat),
             _cell(_line_text(line), w_text, cell, flat)]
        )  # fmt: skip
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1)
    cmds: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
        ("FONTSIZE", (0, 0), (1, -1), 7.5),
        ("LEADING", (0, 0), (1, -1), 9),
        ("FONTSIZE", (2, 1), (-1, -1), cell.fontSize),
        ("LEADING", (2, 1), (-1, -1), cell.leading),
        ("FONTSIZE", (0, 0), (-1, 0), 8),
        ("BACKGROUND", (0, 0), (-1, 0), GREY_FILL),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, GREY_LINE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]
    for i in keys:
        cmds.append(("BACKGROUND", (0, i), (-1, i), KEY_FILL))
        cmds.append(("FONTNAME", (0, i), (0, i), FONT_BOLD))
    table.setStyle(cmds)
    return table
