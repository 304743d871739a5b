"""Finding the chats in what the person chose: export files, folders and whole downloads.

result = scan(["WhatsApp Chat with Alex.zip", "instagram-download.zip"])
for found in result.chats: ...        # one FoundChat per conversation
for failure in result.failed: ...     # a named reason and plain words for each bad input
"""

from __future__ import annotations

import json
import posixpath
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import EvidenceRejected
from . import meta, snapchat, telegram, whatsapp
from .containers import (
    MAX_CHAT_FILE_BYTES,
    MAX_EXPORT_BYTES,
    MAX_MEDIA_BYTES,
    Container,
    ExportFile,
    FolderContainer,
    SingleFile,
    ZipContainer,
    is_zip,
    mtime_utc,
    read_capped,
    resolve,
    sha256,
)
from .model import Chat, NotThisFormat

SNIFF_BYTES = 65536
_KNOWN_JSON = re.compile(r"result\.json|chat_history\.json|message_\d+\.json")
CHAT_SUFFIXES = (".txt", ".json", ".html", ".htm")


@dataclass
class Failure:
    name: str
    reason: str
    detail: str


@dataclass
class FoundChat:
    """One conversation, the export file(s) it came from, and a way to read its media."""

    chat: Chat
    exports: list[ExportFile]
    container: Container
    source_label: str  # the name the person chose (file, folder or .zip)

    def media_path(self, ref: str) -> str | None:
        near = self.chat.chat_files[0].split(" chats.list[")[0] if self.chat.chat_files else ""
        return resolve(self.container, ref, near)

    def read_media(self, ref: str) -> tuple[str, bytes] | None:
        """(path inside the export, bytes) of an attached file, or None when it is not
        in the export. Raises EvidenceRejected for a file too big to be a photo."""
        path = self.media_path(ref)
        if path is None:
            return None
        return path, self.container.read(path, MAX_MEDIA_BYTES)


@dataclass
class ScanResult:
    chats: list[FoundChat] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)


def decode_text(data: bytes) -> str:
    for encoding in ("utf-8-sig", "utf-16"):
        try:
            if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
                continue
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def load_json(data: bytes, name: str) -> Any:
    text = decode_text(data)
    try:
        return json.loads(text)
    except (RecursionError, MemoryError) as exc:  # nested far deeper than any real export
        raise EvidenceRejected(
            "damaged_json",
            f"{name}: this file is not a chat export that can be read (it is built in a "
            "strange way). Nothing from it was added. Export the chat again from the app.",
        ) from exc
    except json.JSONDecodeError as exc:
        if _cut_short(text):
            raise EvidenceRejected(
                "truncated_json",
                f"{name}: the file stops part-way through, so it may not have finished "
                "downloading or copying. Download or export it again, then add the new copy.",
            ) from exc
        raise EvidenceRejected(
            "damaged_json",
            f"{name}: the file is damaged at line {exc.lineno}, so it could not be read. "
            "Download or export it again.",
        ) from exc


def _cut_short(text: str) -> bool:
    """True when the JSON text ends inside a string or with brackets still open (a copy
    or download that stopped part-way), rather than being wrong in the middle."""
    depth, in_string, escaped = 0, False, False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
    return in_string or depth > 0


def _unknown(name: str) -> EvidenceRejected:
    return EvidenceRejected(
        "unknown_format",
        f"{name}: this is not a chat export the app knows. It can read WhatsApp 'Export "
        "chat' files, Instagram and Facebook downloads in JSON, Telegram Desktop's "
        "result.json and Snapchat's chat history. Screenshots of the chat also work.",
    )


def platform_hint(*names: str) -> str:
    low = " ".join(names).lower()
    if "instagram" in low:
        return "instagram"
    if "facebook" in low or "messenger" in low:
        return "messenger"
    return ""


def parse_one(name: str, data: bytes, *, hint: str = "") -> list[Chat]:
    """The chats in one file's content, whatever its name. Raises EvidenceRejected."""
    head = data[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n")
    is_whatsapp = whatsapp.sniff(decode_text(head)) is not None  # iPhone lines start with "["
    if head[:1] in (b"{", b"[") and not is_whatsapp:
        loaded = load_json(data, name)
        return _from_json(name, loaded, hint)
    text = decode_text(data)
    if head[:1] == b"<":
        try:
            return snapchat.parse_html(text, name)
        except NotThisFormat:
            raise _unknown(name) from None
    try:
        return [whatsapp.parse(text, name)]
    except NotThisFormat:
        raise _unknown(name) from None


def _from_json(name: str, loaded: Any, hint: str) -> list[Chat]:
    if meta.is_meta(loaded):
        return [meta.parse([(name, loaded)], platform_hint(hint, name))]
    found = telegram.chats_in(loaded)
    if found:
        return [telegram.parse(c, name, i) for i, c in enumerate(found)]
    if snapchat.is_snapchat(loaded):
        return snapchat.parse_json(loaded, name)
    raise _unknown(name)


def scan(paths: Iterable[str | Path]) -> ScanResult:
    """Every chat in the given files and folders; each bad input is named and skipped."""
    result = ScanResult()
    for raw in paths:
        p = Path(raw)
        try:
            if p.is_dir():
                _scan_container(FolderContainer(p), None, result, p.name)
            else:
                _scan_file(p, result)
        except EvidenceRejected as exc:
            result.failed.append(Failure(p.name, exc.reason, exc.detail))
    return result


def _scan_file(p: Path, result: ScanResult) -> None:
    data, st = read_capped(p, MAX_EXPORT_BYTES)
    if is_zip(data):
        export = ExportFile(p.name, "zip", data, sha256(data), mtime_utc(st))
        box = ZipContainer(data, p.name)
        export.members = box.hash_members()
        before = len(result.chats)
        _scan_container(box, export, result, p.name)
        if len(result.chats) == before:
            raise _no_chats(box, p.name)
        return
    export = ExportFile(p.name, "file", data, sha256(data), mtime_utc(st))
    for chat in parse_one(p.name, data):
        result.chats.append(FoundChat(chat, [export], SingleFile(p.name, data), p.name))


def _no_chats(box: Container, label: str) -> EvidenceRejected:
    if any(n.endswith(".html") and "/inbox/" in n for n in box.names()):
        return EvidenceRejected(
            "html_download",
            f"{label}: this download has its messages in HTML. Ask for your information "
            "again and choose the JSON format, then add that download.",
        )
    return EvidenceRejected(
        "no_chats",
        f"{label}: no chat the app knows was found inside. Check that it is a chat export "
        "or a data download that includes messages.",
    )


def _candidates(box: Container) -> list[str]:
    out = []
    for name in box.names():
        low = name.lower()
        leaf = posixpath.basename(low)
        if not low.endswith(CHAT_SUFFIXES) or leaf.startswith("._") or "__macosx/" in low:
            continue
        out.append(name)
    return sorted(out)


def _sniff(box: Container, name: str) -> bool:
    """Cheap first look at a file's start, so a big download is not parsed whole."""
    if box.size(name) == 0:
        return False
    if box.size(name) > MAX_CHAT_FILE_BYTES:
        return True  # read() names it as too big
    head = box.head(name, SNIFF_BYTES)
    text = decode_text(head)
    low = name.lower()
    if low.endswith(".txt"):
        return whatsapp.sniff(text) is not None
    if low.endswith(".json"):
        if _KNOWN_JSON.fullmatch(posixpath.basename(low)):
            return True  # a whole-account result.json may name its chats far into the file
        return any(
            k in text
            for k in ('"sender_name"', '"senderName"', '"messages"', '"Created"', '"participants"')
        )
    return snapchat.sniff_html(text) and ("chat" in low or "subpage" in low)


def _scan_container(
    box: Container, export: ExportFile | None, result: ScanResult, label: str
) -> None:
    meta_parts: dict[str, list[tuple[str, Any]]] = {}
    file_exports: dict[str, ExportFile] = {}
    hint = label
    for name in _candidates(box):
        try:
            if not _sniff(box, name):
                continue
            data = box.read(name, MAX_CHAT_FILE_BYTES)
            own = export or _file_export(box, name, data)
            file_exports[name] = own
            if name.lower().endswith(".json"):
                loaded = load_json(data, f"{label}: {name}")
                if meta.is_meta(loaded):
                    meta_parts.setdefault(posixpath.dirname(name), []).append((name, loaded))
                    continue
                chats = _from_json(name, loaded, hint)
            else:
                chats = parse_one(name, data, hint=hint)
        except EvidenceRejected as exc:
            if exc.reason == "unknown_format":
                continue  # other JSON and text files of a download are not chats
            result.failed.append(Failure(f"{label}: {name}", exc.reason, exc.detail))
            continue
        for chat in chats:
            result.chats.append(FoundChat(chat, [own], box, label))
    for folder, parts in sorted(meta_parts.items()):
        parts.sort(key=lambda p: _part_no(p[0]))
        chat = meta.parse(parts, platform_hint(hint, folder))
        exports = [export] if export else [file_exports[n] for n, _d in parts]
        result.chats.append(FoundChat(chat, exports, box, label))


def _part_no(name: str) -> tuple[int, str]:
    stem = posixpath.basename(name).rsplit(".", 1)[0]
    digits = stem.rsplit("_", 1)[-1]
    return (int(digits) if digits.isdigit() else 0, name)


def _file_export(box: Container, name: str, data: bytes) -> ExportFile:
    when = None
    if isinstance(box, FolderContainer):
        try:
            when = mtime_utc(box.stat(name))
        except OSError:
            when = None
    return ExportFile(f"{box.label}/{name}", "file", data, sha256(data), when)


def looks_like_export(path: str | Path) -> bool:
    """True for a .zip, a chat file, or a folder holding a chat: these go to the chat
    import; pictures (and folders of only pictures) go the screenshot way."""
    p = Path(path)
    if p.is_dir():
        try:
            box = FolderContainer(p)
            return any(_sniff(box, n) for n in _candidates(box))
        except EvidenceRejected:
            return False
    from ..evidence import IMAGE_SUFFIXES

    return p.suffix.lower() not in IMAGE_SUFFIXES
