"""Integrity checks the vault runs beyond SQLCipher's page MACs: a damaged write-ahead log
left by a crash, and each evidence item's seal over its details and every picture of it."""

from __future__ import annotations

import hashlib
import hmac
import json
import struct
from pathlib import Path
from typing import Any

WAL_MAGIC = (0x377F0682, 0x377F0683)
WAL_HEADER = 32
FRAME_HEADER = 24
# Checking costs about 0.1 ms per frame in Python; a log far beyond the auto-checkpoint
# size (1,000 pages) is checked up to this many frames.
MAX_FRAMES_CHECKED = 50_000


def _checksum(data: bytes, big_endian: bool, s1: int, s2: int) -> tuple[int, int]:
    """SQLite's WAL checksum (wal.c walChecksumBytes) over `data` (a multiple of 8)."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    mask = 0xFFFFFFFF
    for i in range(0, len(words), 2):
        s1 = (s1 + words[i] + s2) & mask
        s2 = (s2 + words[i + 1] + s1) & mask
    return s1, s2


def wal_damage(wal: Path) -> str | None:
    """Plain words if the write-ahead log holds committed changes SQLite would silently
    drop: a damaged header, or a frame whose checksum fails with a commit of the same log
    at or after it. A torn last transaction that never committed (the usual state after a
    crash) is not damage. None if the log is absent, empty or whole."""
    try:
        with open(wal, "rb") as fh:
            header = fh.read(WAL_HEADER)
            if not header:
                return None
            if len(header) < WAL_HEADER:
                return "its header is cut short"
            magic, _version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", header)
            if magic not in WAL_MAGIC or page_size < 512 or page_size > 65536:
                return "its header is damaged"
            big = bool(magic & 1)
            s1, s2 = _checksum(header[:24], big, 0, 0)
            if (s1, s2) != (c1, c2):
                # Only damage if frames follow: an empty log with a torn header lost nothing.
                return "its header is damaged" if fh.read(FRAME_HEADER) else None
            frame_size = FRAME_HEADER + page_size
            bad_at: int | None = None
            for index in range(MAX_FRAMES_CHECKED):
                if bad_at is None:
                    frame = fh.read(frame_size)
                    if len(frame) < frame_size:
                        break
                    n1, n2 = _checksum(frame[:8] + frame[FRAME_HEADER:], big, s1, s2)
                    if _same_salts(frame, salt1, salt2) and (n1, n2) == struct.unpack(
                        ">2I", frame[16:24]
                    ):
                        s1, s2 = n1, n2
                        continue
                    bad_at = index
                else:
                    frame = fh.read(FRAME_HEADER)
                    if len(frame) < FRAME_HEADER:
                        break
                    fh.seek(page_size, 1)
                # From the first bad frame on: is a commit of this log lost?
                commit = struct.unpack(">I", frame[4:8])[0]
                if commit and _same_salts(frame, salt1, salt2):
                    return f"a saved change after frame {bad_at + 1} cannot be read"
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"it cannot be read ({exc.strerror})"
    return None


def _same_salts(frame: bytes, salt1: int, salt2: int) -> bool:
    return len(frame) >= 16 and struct.unpack(">2I", frame[8:16]) == (salt1, salt2)


# --- item seals ---------------------------------------------------------------------------

SEALED_COLUMNS = (
    "id, exhibit_no, sha256, size, original_name, original_mtime_utc, original_ctime_utc, "
    "imported_utc, width, height, format, description, platform, happened_at, source, "
    "redacted_sha256, redaction_boxes"
)
SEALED_BLOBS = "original, rendition, thumbnail, redacted, redacted_rendition"


def _digest(blob: Any) -> str:
    return "" if blob is None else hashlib.sha256(bytes(blob)).hexdigest()


def seal(seal_key: bytes, row: tuple[Any, ...], digests: list[str]) -> str:
    """HMAC-SHA256 over one item's details (SEALED_COLUMNS) and the SHA-256 of each of
    its pictures (SEALED_BLOBS, "" where there is none), so no detail or picture can be
    changed or swapped between items without the seal failing."""
    body = json.dumps([list(row), digests], separators=(",", ":"))
    return hmac.new(seal_key, body.encode("utf-8"), "sha256").hexdigest()


def digests(blobs: tuple[Any, ...]) -> list[str]:
    return [_digest(b) for b in blobs]


def item_seal(cur: Any, seal_key: bytes, item_id: int) -> str:
    row = cur.execute(f"SELECT {SEALED_COLUMNS} FROM evidence WHERE id = ?", (item_id,)).fetchone()
    blobs = cur.execute(
        f"SELECT {SEALED_BLOBS} FROM evidence_blob WHERE item_id = ?", (item_id,)
    ).fetchone()
    return seal(seal_key, tuple(row), digests(tuple(blobs or (None,) * 5)))


def reseal(cur: Any, seal_key: bytes, item_id: int, known: list[str] | None = None) -> None:
    """Store the item's seal; `known` gives the pictures' digests when the caller has
    them (an import), so the pictures need not be read back."""
    if known is None:
        value = item_seal(cur, seal_key, item_id)
    else:
        row = cur.execute(
            f"SELECT {SEALED_COLUMNS} FROM evidence WHERE id = ?", (item_id,)
        ).fetchone()
        value = seal(seal_key, tuple(row), known)
    cur.execute("UPDATE evidence SET seal = ? WHERE id = ?", (value, item_id))
