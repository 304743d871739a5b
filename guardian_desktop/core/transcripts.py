"""Chat exports kept as transcript exhibits: the export's bytes, its messages in order with
line numbers, key marks and the part chosen for the report. No Qt here.

A transcript takes its exhibit number (GD-007) from the same sequence as the pictures
(meta 'next_exhibit'), in the same transaction as it is stored. Every change is audited.
Under 18 or age unknown, no media from an export is stored: not as exhibits, and not
inside a kept .zip (only the chat file's bytes and the .zip's fingerprints are kept).
"""

from __future__ import annotations

import hashlib
import io
import json
import threading
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from . import platforms
from .answers import Answer, Branch, closed_branches
from .chats import FORMAT_NAMES, ExportFile, FoundChat, Member, ScanResult, scan
from .chats.containers import sha256 as sha256_of
from .chats.identifiers import CHAINS, Found, find, normalise
from .chats.model import MessageKind
from .errors import EvidenceRejected, GuardianError
from .models import EvidenceItem, OffenderIdentifier, Payment, exhibit_label
from .vault import CaseVault, utc_now

TRANSCRIPT_COLUMNS = (
    "id, exhibit_no, platform, format, title, chat_id, chat_files, imported_utc, first_at, "
    "last_at, message_count, zone_recorded, stated_zone, media_note, notes, range_first, "
    "range_last, description, messages_sha256"
)
LINE_COLUMNS = (
    "line_no, at, sender, sender_id, kind, text, media, source_ref, media_exhibit_no, is_key, "
    "key_note"
)
ZONE_NOT_RECORDED = "phone local time, offset not recorded"
BULK_CACHE_KIB = -65536  # 64 MB (negative: KiB), only while a transcript's lines are stored


@dataclass
class StoredExport:
    id: int
    sha256: str
    size: int
    original_name: str
    kind: str  # "zip", "file" or "member" (a chat file taken out of a .zip)
    kept: bool  # False: only its fingerprints are kept (it holds media of an under-18)
    within: str  # for a member: the .zip it came from
    original_mtime_utc: str | None
    imported_utc: str
    members: list[Member] = field(default_factory=list)


@dataclass
class TranscriptLine:
    line_no: int
    at: str
    sender: str
    sender_id: str
    kind: str
    text: str
    media: tuple[str, ...]
    source_ref: str
    media_exhibit_no: int | None
    is_key: bool
    key_note: str

    @property
    def zone_recorded(self) -> bool:
        return len(self.at) > 19 and (self.at.endswith("Z") or self.at[19] in "+-")


@dataclass
class Transcript:
    id: int
    exhibit_no: int
    platform: str
    format: str
    title: str
    chat_id: str
    chat_files: list[str]
    imported_utc: str
    first_at: str
    last_at: str
    message_count: int
    zone_recorded: bool
    stated_zone: str
    media_note: str
    notes: list[str]
    range_first: int | None
    range_last: int | None
    description: str
    messages_sha256: str
    participants: list[tuple[str, str]] = field(default_factory=list)  # (name, numeric id)
    exports: list[StoredExport] = field(default_factory=list)

    @property
    def exhibit(self) -> str:
        return exhibit_label(self.exhibit_no)

    @property
    def format_name(self) -> str:
        return FORMAT_NAMES.get(self.format, self.format)

    @property
    def included(self) -> tuple[int, int]:
        """The line range chosen for the report (all lines by default)."""
        first = self.range_first or 1
        last = self.range_last or self.message_count
        return first, max(first, last)

    @property
    def is_whole(self) -> bool:
        return self.included == (1, self.message_count) or self.message_count == 0


def _digest(rows: Iterable[Sequence[Any]]) -> str:
    """SHA-256 over every line as stored, so a changed or missing line is found."""
    h = hashlib.sha256()
    for r in rows:
        h.update("\x1f".join("" if v is None else str(v) for v in r).encode("utf-8"))
        h.update(b"\x1e")
    return h.hexdigest()


_DIGEST_COLUMNS = "line_no, at, sender, sender_id, kind, text, media, source_ref"


# --- adding -----------------------------------------------------------------------------------


@dataclass
class ImportResult:
    added: list[Transcript] = field(default_factory=list)
    duplicates: list[Transcript] = field(default_factory=list)
    failed: list[tuple[str, str, str]] = field(default_factory=list)  # (name, reason, detail)
    media_added: list[EvidenceItem] = field(default_factory=list)
    media_skipped: int = 0


def media_left_out_note(count: int) -> str:
    return (
        f"Media left out: this export refers to {count} photo(s), video(s) or file(s). "
        "They were not stored, because the person is under 18 or their age is not known, "
        "and such pictures must never be saved or copied. Only the chat's words are kept."
    )


def import_exports(
    vault: CaseVault,
    paths: Iterable[str | Path],
    *,
    include_media: bool = False,
    platform: str = "",
    description: str = "",
) -> ImportResult:
    """Read the exports and store each chat as a transcript exhibit. `include_media` is
    the person's answer after the reminder; it is ignored for under-18s and unknown ages."""
    return store_scanned(vault, scan(paths), include_media=include_media, platform=platform,
                         description=description)  # fmt: skip


def store_scanned(
    vault: CaseVault,
    scanned: ScanResult,
    *,
    include_media: bool = False,
    platform: str = "",
    description: str = "",
    cancel: threading.Event | None = None,
) -> ImportResult:
    """Store chats already found by chats.scan (the GUI scans first, to ask about media)."""
    result = ImportResult()
    result.failed += [(f.name, f.reason, f.detail) for f in scanned.failed]
    under_18 = vault.info().treat_as_under_18
    for found in scanned.chats:
        if cancel is not None and cancel.is_set():
            break
        try:
            with_media = include_media and not under_18
            transcript, added = add_chat(
                vault,
                found,
                keep_media=with_media,
                under_18=under_18,
                platform=platform,
                description=description,
            )
        except EvidenceRejected as exc:
            result.failed.append((found.source_label, exc.reason, exc.detail))
            continue
        (result.added if added else result.duplicates).append(transcript)
        if added and with_media:
            items, skipped = add_media(vault, found, transcript)
            result.media_added += items
            result.media_skipped += skipped
    return result


def media_count(scanned: ScanResult) -> int:
    """How many photos, videos or files the found chats refer to (to ask about them)."""
    return sum(f.chat.media_count for f in scanned.chats)


def _kept_exports(found: FoundChat, keep_media: bool) -> list[tuple[ExportFile, bool, str]]:
    """(file, keep its bytes, within) for each export file of the chat. A .zip is kept
    whole only when its media may be kept; otherwise its chat files are kept on their own
    and the .zip is recorded by its fingerprints alone."""
    out: list[tuple[ExportFile, bool, str]] = []
    for export in found.exports:
        if export.kind != "zip" or keep_media or _media_free(export, found):
            out.append((export, True, ""))
            continue
        out.append((export, False, ""))
        by_path = {m.path: m for m in export.members}
        for path in found.chat.chat_files:
            member = by_path.get(path.split(" chats.list[")[0])
            if member is None:
                continue
            data = found.container.read(member.path, max(member.size, 1))
            out.append(
                (
                    ExportFile(
                        f"{export.name}/{member.path}",
                        "member",
                        data,
                        sha256_of(data),
                        export.mtime_utc,
                    ),
                    True,
                    export.name,
                )  # fmt: skip
            )
    return out


def _media_free(export: ExportFile, found: FoundChat) -> bool:
    chat_files = {p.split(" chats.list[")[0] for p in found.chat.chat_files}
    return all(m.path in chat_files for m in export.members)


def add_chat(
    vault: CaseVault,
    found: FoundChat,
    *,
    keep_media: bool = False,
    under_18: bool = True,
    platform: str = "",
    description: str = "",
) -> tuple[Transcript, bool]:
    """Store one chat as a transcript exhibit in one transaction. Returns (transcript,
    added); added is False when the same chat from the same export is already stored."""
    chat = found.chat
    exports = _kept_exports(found, keep_media)
    existing = _find_duplicate(vault, exports[0][0].sha256, chat.chat_files)
    if existing is not None:
        return existing, False
    rows = []
    for n, m in enumerate(chat.messages, 1):
        rows.append((n, m.at, m.sender, m.sender_id, str(m.kind), m.text,
                     "\n".join(m.media), m.source_ref))  # fmt: skip
    digest = _digest(rows)
    media_count = chat.media_count + sum(
        1 for m in chat.messages if m.kind is MessageKind.MEDIA and not m.media
    )
    note = media_left_out_note(media_count) if under_18 and media_count else ""
    pid = platforms.platform_id(platform) if platform else chat.platform
    zone = all(m.zone_recorded for m in chat.messages if m.at) and bool(chat.first_at)
    now = utc_now()
    with vault._tx() as cur:
        number = int(cur.execute("SELECT value FROM meta WHERE key = 'next_exhibit'").fetchone()[0])
        cur.execute("UPDATE meta SET value = ? WHERE key = 'next_exhibit'", (str(number + 1),))
        cur.execute(
            f"INSERT INTO transcript ({TRANSCRIPT_COLUMNS.replace('id, ', '', 1)}) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                number, pid, chat.fmt, chat.title, chat.chat_id, json.dumps(chat.chat_files),
                now, chat.first_at, chat.last_at, len(rows), int(zone), "", note,
                json.dumps(chat.notes), None, None, description, digest,
            ),
        )  # fmt: skip
        tid = int(cur.lastrowid)
        export_lines = []
        for export, kept, within in exports:
            eid = _store_export(cur, export, kept, within, now)
            cur.execute("INSERT OR IGNORE INTO transcript_source VALUES (?, ?)", (tid, eid))
            what = "kept" if kept else "fingerprints only (it holds media)"
            export_lines.append(f"{export.name} ({export.size} bytes, SHA-256 {export.sha256}, "
                                f"{what})")  # fmt: skip
        cur.executemany(
            "INSERT INTO transcript_participant VALUES (?, ?, ?, ?)",
            [(tid, i, p.name, p.numeric_id) for i, p in enumerate(chat.participants)],
        )
        # A larger page cache for this one insert: a long chat's pages are then encrypted
        # and written once, not again each time the cache fills (about a third faster).
        cache = cur.execute("PRAGMA cache_size").fetchone()[0]
        cur.execute(f"PRAGMA cache_size = {BULK_CACHE_KIB}")
        try:
            cur.executemany(
                "INSERT INTO transcript_message (transcript_id, line_no, at, sender, sender_id, "
                "kind, text, media, source_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(tid, *r) for r in rows],
            )
        finally:
            cur.execute(f"PRAGMA cache_size = {int(cache)}")
        vault._audit(
            cur,
            "transcript.added",
            f"{exhibit_label(number)} chat transcript added: {FORMAT_NAMES.get(chat.fmt, chat.fmt)}"
            f", {len(rows)} messages; lines SHA-256 {digest}; from "
            + "; ".join(export_lines)
            + (f"; {note}" if note else ""),
        )
    return get_transcript(vault, tid), True


def _store_export(cur: Any, export: ExportFile, kept: bool, within: str, now: str) -> int:
    row = cur.execute("SELECT id, kept FROM chat_export WHERE sha256 = ?", (export.sha256,))
    found = row.fetchone()
    if found:
        if kept and not found[1]:  # now kept whole (an adult chose to keep media)
            cur.execute("INSERT OR REPLACE INTO chat_export_blob VALUES (?, ?)",
                        (found[0], export.data))  # fmt: skip
            cur.execute("UPDATE chat_export SET kept = 1 WHERE id = ?", (found[0],))
        return int(found[0])
    if hashlib.sha256(export.data).hexdigest() != export.sha256:
        raise GuardianError("The file changed while it was being saved. Please add it again.")
    cur.execute(
        "INSERT INTO chat_export (sha256, size, original_name, kind, kept, within, "
        "original_mtime_utc, imported_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (export.sha256, export.size, export.name, export.kind, int(kept), within,
         export.mtime_utc, now),
    )  # fmt: skip
    eid = int(cur.lastrowid)
    if kept:
        cur.execute("INSERT INTO chat_export_blob VALUES (?, ?)", (eid, export.data))
    cur.executemany(
        "INSERT INTO chat_export_member VALUES (?, ?, ?, ?)",
        [(eid, m.path, m.sha256, m.size) for m in export.members],
    )
    return eid


def _find_duplicate(vault: CaseVault, sha256: str, chat_files: list[str]) -> Transcript | None:
    rows = vault._read(
        "SELECT t.id, t.chat_files FROM transcript t JOIN transcript_source s "
        "ON s.transcript_id = t.id JOIN chat_export e ON e.id = s.export_id WHERE e.sha256 = ?",
        (sha256,),
    )
    for tid, files in rows:
        if json.loads(files) == chat_files:
            return get_transcript(vault, int(tid))
    return None


def add_media(
    vault: CaseVault, found: FoundChat, transcript: Transcript
) -> tuple[list[EvidenceItem], int]:
    """Photos the chat carried, each its own exhibit linked to its line. Only ever called
    for an adult who said yes after the reminder; checked again here."""
    if vault.info().treat_as_under_18:
        return [], 0
    from .evidence import add_prepared, prepare_bytes

    added: list[EvidenceItem] = []
    skipped = 0
    for n, m in enumerate(found.chat.messages, 1):
        for ref in m.media:
            try:
                got = found.read_media(ref)
                if got is None:
                    skipped += 1
                    continue
                path, data = got
                prepared = prepare_bytes(data, path.rsplit("/", 1)[-1], source="chat")
            except EvidenceRejected:
                skipped += 1  # a video, a voice note or a damaged file: left in the export
                continue
            item, _new = add_prepared(
                vault,
                prepared,
                description=f"Sent in the chat {transcript.exhibit}, line {n}",
                platform=transcript.platform,
                happened_at=m.at if m.zone_recorded else "",
            )
            added.append(item)
            with vault._tx() as cur:
                cur.execute(
                    "UPDATE transcript_message SET media_exhibit_no = ? "
                    "WHERE transcript_id = ? AND line_no = ?",
                    (item.exhibit_no, transcript.id, n),
                )
                vault._audit(cur, "transcript.media_linked",
                             f"{transcript.exhibit} line {n}: picture {item.exhibit}")  # fmt: skip
    return added, skipped


# --- reading ----------------------------------------------------------------------------------


def _transcript(row: Sequence[Any]) -> Transcript:
    r = list(row)
    return Transcript(
        id=r[0], exhibit_no=r[1], platform=r[2], format=r[3], title=r[4], chat_id=r[5],
        chat_files=json.loads(r[6]), imported_utc=r[7], first_at=r[8], last_at=r[9],
        message_count=r[10], zone_recorded=bool(r[11]), stated_zone=r[12], media_note=r[13],
        notes=json.loads(r[14]), range_first=r[15], range_last=r[16], description=r[17],
        messages_sha256=r[18],
    )  # fmt: skip


def _line(r: Sequence[Any]) -> TranscriptLine:
    return TranscriptLine(
        r[0], r[1], r[2], r[3], r[4], r[5], tuple(r[6].split("\n")) if r[6] else (), r[7],
        r[8], bool(r[9]), r[10],
    )  # fmt: skip


def list_transcripts(vault: CaseVault) -> list[Transcript]:
    rows = vault._read(f"SELECT {TRANSCRIPT_COLUMNS} FROM transcript ORDER BY exhibit_no")
    out = [_transcript(r) for r in rows]
    for t in out:
        _fill(vault, t)
    return out


def get_transcript(vault: CaseVault, transcript_id: int) -> Transcript:
    rows = vault._read(f"SELECT {TRANSCRIPT_COLUMNS} FROM transcript WHERE id = ?",
                       (transcript_id,))  # fmt: skip
    if not rows:
        raise GuardianError("That chat transcript is no longer in the case.")
    return _fill(vault, _transcript(rows[0]))


def _fill(vault: CaseVault, t: Transcript) -> Transcript:
    t.participants = [
        (r[0], r[1])
        for r in vault._read(
            "SELECT name, numeric_id FROM transcript_participant WHERE transcript_id = ? "
            "ORDER BY idx",
            (t.id,),
        )
    ]
    t.exports = []
    for r in vault._read(
        "SELECT e.id, e.sha256, e.size, e.original_name, e.kind, e.kept, e.within, "
        "e.original_mtime_utc, e.imported_utc FROM chat_export e JOIN transcript_source s "
        "ON s.export_id = e.id WHERE s.transcript_id = ? ORDER BY e.id",
        (t.id,),
    ):
        members = [
            Member(*m)
            for m in vault._read(
                "SELECT path, sha256, size FROM chat_export_member WHERE export_id = ? "
                "ORDER BY path",
                (r[0],),
            )
        ]
        t.exports.append(StoredExport(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6], r[7],
                                      r[8], members))  # fmt: skip
    return t


def lines(
    vault: CaseVault,
    transcript_id: int,
    first: int | None = None,
    last: int | None = None,
    *,
    only_key: bool = False,
) -> list[TranscriptLine]:
    sql = f"SELECT {LINE_COLUMNS} FROM transcript_message WHERE transcript_id = ?"
    params: list[Any] = [transcript_id]
    if first is not None:
        sql += " AND line_no >= ?"
        params.append(first)
    if last is not None:
        sql += " AND line_no <= ?"
        params.append(last)
    if only_key:
        sql += " AND is_key = 1"
    return [_line(r) for r in vault._read(sql + " ORDER BY line_no", tuple(params))]


def search(vault: CaseVault, transcript_id: int, text: str) -> list[int]:
    """Line numbers whose text or sender holds `text` (any case)."""
    needle = text.strip().lower()
    if not needle:
        return []
    rows = vault._read(
        "SELECT line_no, sender, text FROM transcript_message WHERE transcript_id = ? "
        "ORDER BY line_no",
        (transcript_id,),
    )
    return [r[0] for r in rows if needle in r[2].lower() or needle in r[1].lower()]


def line_on_or_after(vault: CaseVault, transcript_id: int, day: date) -> int | None:
    """The first line on that date or later (by the time as the export gives it)."""
    rows = vault._read(
        "SELECT min(line_no) FROM transcript_message WHERE transcript_id = ? AND at != '' "
        "AND substr(at, 1, 10) >= ?",
        (transcript_id, day.isoformat()),
    )
    return rows[0][0] if rows and rows[0][0] is not None else None


def export_bytes(vault: CaseVault, export_id: int) -> bytes | None:
    rows = vault._read("SELECT data FROM chat_export_blob WHERE export_id = ?", (export_id,))
    return bytes(rows[0][0]) if rows else None


# --- marking ------------------------------------------------------------------------------------


def mark_key(vault: CaseVault, transcript_id: int, line_no: int, key: bool, note: str = "") -> None:
    """Mark (or unmark) a message as key: a threat, a demand, payment details."""
    t = get_transcript(vault, transcript_id)
    with vault._tx() as cur:
        cur.execute(
            "UPDATE transcript_message SET is_key = ?, key_note = ? WHERE transcript_id = ? "
            "AND line_no = ?",
            (int(key), note if key else "", transcript_id, line_no),
        )
        if cur.rowcount != 1:
            raise GuardianError("That line is not in the transcript.")
        what = "marked as key" + (f" ({note})" if note else "") if key else "no longer key"
        vault._audit(cur, "transcript.marked", f"{t.exhibit} line {line_no} {what}")


def set_range(vault: CaseVault, transcript_id: int, first: int | None, last: int | None) -> None:
    """The lines that go into the report; None, None for all."""
    t = get_transcript(vault, transcript_id)
    if first is not None and last is not None and not 1 <= first <= last <= t.message_count:
        raise GuardianError(f"Choose lines between 1 and {t.message_count}, the first before "
                            "the last.")  # fmt: skip
    if (first, last) == (1, t.message_count):
        first = last = None
    with vault._tx() as cur:
        cur.execute("UPDATE transcript SET range_first = ?, range_last = ? WHERE id = ?",
                    (first, last, transcript_id))  # fmt: skip
        what = "all lines" if first is None else f"lines {first} to {last}"
        vault._audit(cur, "transcript.range", f"{t.exhibit}: report shows {what}")


def set_stated_zone(vault: CaseVault, transcript_id: int, zone: str) -> None:
    """The time zone the person says the phone was in (WhatsApp does not record it)."""
    t = get_transcript(vault, transcript_id)
    with vault._tx() as cur:
        cur.execute("UPDATE transcript SET stated_zone = ? WHERE id = ?", (zone.strip(), t.id))
        vault._audit(cur, "transcript.zone", f"{t.exhibit}: phone's time zone stated as "
                     f"{zone.strip() or '(not stated)'}")  # fmt: skip


def set_platform(vault: CaseVault, transcript_id: int, platform: str) -> None:
    """The app the chat was on, where the export does not say (an Instagram or Facebook
    download read on its own); stored as a platform id."""
    t = get_transcript(vault, transcript_id)
    pid = platforms.platform_id(platform) if platform.strip() else ""
    with vault._tx() as cur:
        cur.execute("UPDATE transcript SET platform = ? WHERE id = ?", (pid, t.id))
        vault._audit(cur, "transcript.platform", f"{t.exhibit}: platform set to "
                     f"{pid or '(not known)'}")  # fmt: skip


def key_messages(vault: CaseVault) -> list[tuple[Transcript, TranscriptLine]]:
    """Every message marked as key, in exhibit then line order: for the officer's page
    and the copy-ready summary."""
    out: list[tuple[Transcript, TranscriptLine]] = []
    for t in list_transcripts(vault):
        out += [(t, line) for line in lines(vault, t.id, only_key=True)]
    return out


def remove_transcript(vault: CaseVault, transcript_id: int, reason: str = "") -> None:
    """Take a chat out of the case (added by mistake). Its exhibit number is not reused;
    the audit log keeps what it was, its hashes and the reason. An export file still used
    by another transcript stays."""
    t = get_transcript(vault, transcript_id)
    with vault._tx() as cur:
        for table in ("transcript_message", "transcript_participant", "transcript_source"):
            cur.execute(f"DELETE FROM {table} WHERE transcript_id = ?", (t.id,))
        cur.execute("DELETE FROM transcript WHERE id = ?", (t.id,))
        for e in t.exports:
            used = cur.execute("SELECT 1 FROM transcript_source WHERE export_id = ?", (e.id,))
            if used.fetchone() is None:
                cur.execute("DELETE FROM chat_export_member WHERE export_id = ?", (e.id,))
                cur.execute("DELETE FROM chat_export_blob WHERE export_id = ?", (e.id,))
                cur.execute("DELETE FROM chat_export WHERE id = ?", (e.id,))
        hashes = "; ".join(f"{e.original_name} (SHA-256 {e.sha256})" for e in t.exports)
        detail = (
            f"{t.exhibit} chat transcript removed: {t.title}, {t.message_count} messages; {hashes}"
        )
        vault._audit(cur, "transcript.removed", detail + (f"; reason: {reason}" if reason else ""))


# --- identifiers offered for confirmation ----------------------------------------------------


@dataclass
class Candidate:
    """Something a transcript mentions that may identify the offender or where money was to go."""

    kind: str  # see chats.identifiers, plus "participant"
    value: str
    line_no: int
    exhibit: str
    platform: str
    numeric_id: str = ""

    @property
    def is_payment(self) -> bool:
        return Found(self.kind, self.value).is_payment


def identifier_candidates(vault: CaseVault, transcript_id: int) -> list[Candidate]:
    """Usernames, phone numbers, emails and wallet addresses in the transcript that the
    case does not hold yet. Nothing is stored until the person confirms one."""
    t = get_transcript(vault, transcript_id)
    known: set[str] = set()
    for ident in vault.list_records(OffenderIdentifier):
        for kind, value in (("username", ident.username), ("phone", ident.phone),
                            ("email", ident.email), ("numeric", ident.numeric_id)):  # fmt: skip
            if value:
                known.add(normalise(kind, value))
    for pay in vault.list_records(Payment):
        for value in (pay.wallet_address, pay.iban):
            if value:
                known.add(value.replace(" ", ""))
    out: list[Candidate] = []
    seen: set[str] = set()
    for name, numeric in t.participants:
        key = normalise("username", name)
        if (
            key not in known
            and key not in seen
            and name != "Me (the person who downloaded the data)"
        ):
            seen.add(key)
            out.append(Candidate("participant", name, 0, t.exhibit, t.platform, numeric))
    for line in lines(vault, transcript_id):
        for f in find(line.text):
            key = normalise(f.kind, f.value)
            if key in known or key in seen:
                continue
            seen.add(key)
            out.append(Candidate(f.kind, f.value, line.line_no, t.exhibit, t.platform))
    return out


def accept_candidate(vault: CaseVault, candidate: Candidate) -> OffenderIdentifier | Payment:
    """Store one confirmed candidate as an offender identifier or a payment detail."""
    where = f"Found in {candidate.exhibit}" + (
        f", line {candidate.line_no}" if candidate.line_no else ", as a participant"
    )
    _open_branch(vault, Branch.DEMANDS if candidate.is_payment else Branch.ACCOUNTS)
    if candidate.is_payment:
        pay = Payment(kind="demanded", method="crypto" if candidate.kind != "iban" else
                      "bank_transfer", notes=where)  # fmt: skip
        if candidate.kind == "iban":
            pay.iban = candidate.value
        else:
            pay.wallet_address = candidate.value
            pay.chain = CHAINS.get(candidate.kind, "")
        return vault.save_record(pay)
    ident = OffenderIdentifier(platform=candidate.platform, notes=where)
    if candidate.kind == "phone":
        ident.phone = candidate.value
    elif candidate.kind == "email":
        ident.email = candidate.value
    elif candidate.kind == "username":
        ident.username = candidate.value.lstrip("@")
    else:
        ident.display_name = candidate.value
        ident.numeric_id = candidate.numeric_id
    return vault.save_record(ident)


def _open_branch(vault: CaseVault, branch: Branch) -> None:
    """Confirming an account or a payment detail found in a chat answers the question
    that opens it: a "No" there would leave it out of the report (closed_branches)."""
    answers = vault.answers()
    if branch not in closed_branches(answers):
        return
    if branch is Branch.ACCOUNTS:
        vault.save_answers(replace(answers.offender, knows_account=Answer.YES))
    else:
        vault.save_answers(replace(answers.money, demanded=Answer.YES))


# --- checking (vault.verify's hook) -------------------------------------------------------------


def verify_transcripts(vault: CaseVault, problems: list[str]) -> int:
    """Re-hash every kept export (and each file in a kept .zip) and every transcript's
    lines; append plain problems. Returns how many transcripts were checked."""
    try:
        return _verify(vault, problems)
    except GuardianError as exc:
        problems.append(f"Chat transcripts could not all be read: {exc}")
        return 0


def _verify(vault: CaseVault, problems: list[str]) -> int:
    exports = vault._read("SELECT id, sha256, original_name, kind, kept FROM chat_export")
    for eid, digest, name, kind, kept in exports:
        if not kept:
            continue
        data = export_bytes(vault, eid)
        if data is None or hashlib.sha256(data).hexdigest() != digest:
            problems.append(f"Chat export {name}: the stored file does not match its hash")
            continue
        if kind == "zip":
            _verify_members(vault, eid, name, data, problems)
    checked = 0
    for t in vault._read(f"SELECT {TRANSCRIPT_COLUMNS} FROM transcript ORDER BY exhibit_no"):
        tr = _transcript(t)
        rows = vault._read(
            f"SELECT {_DIGEST_COLUMNS} FROM transcript_message WHERE transcript_id = ? "
            "ORDER BY line_no",
            (tr.id,),
        )
        checked += 1
        if len(rows) != tr.message_count or _digest(rows) != tr.messages_sha256:
            problems.append(f"{tr.exhibit}: the transcript's lines do not match their hash")
    return checked


def _verify_members(
    vault: CaseVault, eid: int, name: str, data: bytes, problems: list[str]
) -> None:
    recorded = dict(vault._read("SELECT path, sha256 FROM chat_export_member WHERE export_id = ?",
                                (eid,)))  # fmt: skip
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            for path, digest in recorded.items():
                h = hashlib.sha256()
                with zf.open(path) as fh:
                    while chunk := fh.read(1 << 20):
                        h.update(chunk)
                if h.hexdigest() != digest:
                    problems.append(f"Chat export {name}: {path} does not match its hash")
    except (zipfile.BadZipFile, KeyError, OSError) as exc:
        problems.append(f"Chat export {name}: the files inside could not be checked ({exc})")
