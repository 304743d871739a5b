"""Key handling: a random data key, wrapped by a passphrase and by a recovery code.

The case database is encrypted with a random 256-bit data key (SQLCipher raw key). It is
stored only wrapped (AES-256-GCM) in the key file `case.keys`, once under a key derived from
the passphrase (scrypt, memory-hard) and once under a key derived from the recovery code.
Changing the passphrase rewrites only the key file, atomically; re-keying (a new data key)
re-encrypts the database too (see docs/case-format.md for the crash-safe order).

The key file carries a checksum over its canonical body, so a flipped byte is found; a
generation number, so a stale backup is told from a current file; and a keyed anchor (the
audit head and item count), so an older copy of the database put back is noticed.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import secrets
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .errors import (
    DamagedCaseError,
    GuardianError,
    NoKeyringError,
    NotACaseError,
    StorageFullError,
    WrongSecretError,
)
from .fsutil import atomic_write, fsync_dir

KEY_FILE = "case.keys"
KEY_FILE_BACKUP = "case.keys.bak"
KEY_FILE_PENDING = "case.keys.new"
KEY_FILES = (KEY_FILE, KEY_FILE_BACKUP, KEY_FILE_PENDING)
FORMAT = "guardian-desktop-keys"
# 1: slots only. 2: adds checksum, generation, anchor and an unfinished re-key.
FORMAT_VERSION = 2
# The slots' associated data keeps the first version, so slots written by 1 still open.
_AAD_VERSION = 1

# A key file is about 1.5 KB; anything far larger is not one (and must not be read whole).
MAX_KEY_FILE_BYTES = 64 * 1024
MAX_SLOTS = 8

# scrypt cost: n=2**17, r=8 uses 128 MiB and takes about 0.6 s on the CI machine.
PASSPHRASE_KDF = {"n": 2**17, "r": 8, "p": 1}
# The recovery code already holds 140 random bits; a lighter cost is enough.
RECOVERY_KDF = {"n": 2**14, "r": 8, "p": 1}

RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
RECOVERY_GROUPS = 7
RECOVERY_GROUP_LEN = 4

# The scrypt costs a key file may ask for (2**17 is written today; 2**10 in tests).
MIN_SCRYPT_N = 2**10
MAX_SCRYPT_N = 2**18

KEYRING_SERVICE = "Guardian Desktop"
MIN_PASSPHRASE_LENGTH = 8


class KeyFileError(ValueError):
    """A key file that cannot be used at all; the text says why (for verify)."""


def new_data_key() -> bytes:
    return secrets.token_bytes(32)


def new_recovery_code() -> str:
    chars = "".join(
        secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LEN)
    )
    return "-".join(
        chars[i : i + RECOVERY_GROUP_LEN] for i in range(0, len(chars), RECOVERY_GROUP_LEN)
    )


# Letters people type for the code's own: Crockford's look-alikes, and Cyrillic and Greek
# capitals that look like Latin ones (a code copied from paper on another keyboard layout).
_LOOK_ALIKES = str.maketrans(
    {"O": "0", "I": "1", "L": "1", "U": "V", "А": "A", "В": "B", "Е": "E", "К": "K",
     "М": "M", "Н": "H", "О": "0", "Р": "P", "С": "C", "Т": "T", "Х": "X", "У": "Y",
     "Α": "A", "Β": "B", "Ε": "E", "Η": "H", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "0",
     "Ρ": "P", "Τ": "T", "Χ": "X", "Υ": "Y", "Ζ": "Z"}
)  # fmt: skip


def normalise_recovery_code(code: str) -> str:
    """Accept lower case, spaces, dashes and look-alike letters, as people type from
    paper. Anything else is dropped, so the result is always plain ASCII."""
    mapped = code.upper().translate(_LOOK_ALIKES)
    return "".join(ch for ch in mapped if ch in RECOVERY_ALPHABET)


def normalise_passphrase(passphrase: str) -> bytes:
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


# --- weak passphrases --------------------------------------------------------------------

_RUNS = (
    "0123456789012345678901234567890",
    "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
    "qwertyuiopasdfghjklzxcvbnmqwertyuiop",
    "azertyuiopqsdfghjklmwxcvbn",
    "qwertzuiopasdfghjklyxcvbnm",
)
_COMMON = {"password", "passphrase", "password1", "iloveyou", "letmein1", "sunshine",
           "princess", "football", "baseball", "welcome1", "trustno1", "superman",
           "guardian", "guardiandesktop", "passw0rd", "11111111", "qwertyuiop"}  # fmt: skip


def passphrase_problem(passphrase: str, label: str = "") -> str | None:
    """Plain words if the passphrase is too short or trivially guessed, else None."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return (
            f"Please choose a passphrase of at least {MIN_PASSPHRASE_LENGTH} characters. "
            "A few ordinary words with spaces between them are easy to remember and hard "
            "to guess."
        )
    folded = "".join(ch for ch in unicodedata.normalize("NFKC", passphrase).casefold()
                     if not ch.isspace())  # fmt: skip
    label_folded = "".join(ch for ch in label.casefold() if not ch.isspace())
    trivial = (
        len(set(folded)) <= 2
        or folded in _COMMON
        or any(folded in run or folded in run[::-1] for run in _RUNS)
        or _is_repeat(folded)
        or (len(label_folded) >= 3 and (folded == label_folded or folded in label_folded * 2))
    )
    if trivial:
        return (
            "That passphrase would be easy to guess. Please choose another one. "
            "Several ordinary words together, such as four words you will remember, "
            "make a strong passphrase."
        )
    return None


def _is_repeat(text: str) -> bool:
    """True for text made of one short piece said again and again ("abcabcabc")."""
    for size in range(1, min(4, len(text) // 2) + 1):
        piece = text[:size]
        if (piece * (len(text) // size + 1))[: len(text)] == text:
            return True
    return False


def check_passphrase(passphrase: str, label: str = "") -> None:
    problem = passphrase_problem(passphrase, label)
    if problem:
        raise GuardianError(problem)


# --- slots -------------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise KeyFileError("not text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _int(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise KeyFileError("not a whole number")
    return value


def _derive(secret: bytes, salt: bytes, cost: dict[str, int]) -> bytes:
    return hashlib.scrypt(
        secret, salt=salt, n=cost["n"], r=cost["r"], p=cost["p"], maxmem=2**30, dklen=32
    )


def _subkey(data_key: bytes, purpose: str) -> bytes:
    """A key for one purpose derived from the data key (HMAC-SHA256 as a one-step KDF)."""
    return hmac.new(bytes(data_key), f"guardian-desktop:{purpose}".encode(), "sha256").digest()


@dataclass
class KeySlot:
    kind: str  # "passphrase" or "recovery"
    salt: bytes
    cost: dict[str, int]
    nonce: bytes
    wrapped: bytes

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "kdf": {"name": "scrypt", **self.cost, "salt": _b64(self.salt)},
            "cipher": "AES-256-GCM",
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
        }

    @classmethod
    def from_json(cls, data: object) -> KeySlot:
        """Read a slot, accepting only the shapes and costs this app writes: a changed
        key file must not make an unlock run for hours or fail in odd ways."""
        if not isinstance(data, dict):
            raise KeyFileError("a key slot is not an object")
        kdf = data.get("kdf")
        if not isinstance(kdf, dict) or kdf.get("name") != "scrypt":
            raise KeyFileError("unknown key derivation")
        slot = cls(
            kind=str(data.get("kind")),
            salt=_unb64(kdf.get("salt")),
            cost={"n": _int(kdf.get("n")), "r": _int(kdf.get("r")), "p": _int(kdf.get("p"))},
            nonce=_unb64(data.get("nonce")),
            wrapped=_unb64(data.get("wrapped")),
        )
        n, r, p = slot.cost["n"], slot.cost["r"], slot.cost["p"]
        if not (MIN_SCRYPT_N <= n <= MAX_SCRYPT_N and n & (n - 1) == 0 and r == 8 and p == 1):
            raise KeyFileError("key derivation cost out of range")
        if slot.kind not in {"passphrase", "recovery"}:
            raise KeyFileError("unknown key slot")
        if (len(slot.salt), len(slot.nonce), len(slot.wrapped)) != (16, 12, 48):
            raise KeyFileError("key slot has the wrong size")
        return slot

    @property
    def ident(self) -> tuple[bytes, bytes]:
        return (self.salt, self.wrapped)


def _aad(case_id: str, kind: str) -> bytes:
    return f"{FORMAT}:{_AAD_VERSION}:{case_id}:{kind}".encode()


def wrap_key(data_key: bytes, secret: bytes, kind: str, case_id: str) -> KeySlot:
    cost = PASSPHRASE_KDF if kind == "passphrase" else RECOVERY_KDF
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    kek = _derive(secret, salt, cost)
    wrapped = AESGCM(kek).encrypt(nonce, bytes(data_key), _aad(case_id, kind))
    return KeySlot(kind=kind, salt=salt, cost=dict(cost), nonce=nonce, wrapped=wrapped)


def unwrap_key(slot: KeySlot, secret: bytes, case_id: str) -> bytes | None:
    kek = _derive(secret, slot.salt, slot.cost)
    try:
        return AESGCM(kek).decrypt(slot.nonce, slot.wrapped, _aad(case_id, slot.kind))
    except InvalidTag:
        return None


def secret_bytes(secret: str, kind: str) -> bytes:
    if kind == "recovery":
        return normalise_recovery_code(secret).encode("ascii")
    return normalise_passphrase(secret)


# --- the anchor and an unfinished re-key ----------------------------------------------------


@dataclass(frozen=True)
class Anchor:
    """The database's state when last written: the audit log's last entry and the number
    of items, authenticated with a key derived from the data key."""

    seq: int
    head: str
    items: int
    mac: str = ""

    def _message(self, case_id: str) -> bytes:
        return f"anchor:{case_id}:{self.seq}:{self.head}:{self.items}".encode()

    @classmethod
    def make(cls, data_key: bytes, case_id: str, seq: int, head: str, items: int) -> Anchor:
        bare = cls(seq, head, items)
        mac = hmac.new(_subkey(data_key, "anchor"), bare._message(case_id), "sha256")
        return cls(seq, head, items, mac.hexdigest())

    def verifies(self, data_key: bytes, case_id: str) -> bool:
        good = Anchor.make(data_key, case_id, self.seq, self.head, self.items)
        return hmac.compare_digest(good.mac, self.mac)

    def to_json(self) -> dict[str, object]:
        return {"seq": self.seq, "head": self.head, "items": self.items, "mac": self.mac}

    @classmethod
    def from_json(cls, data: object) -> Anchor:
        if not isinstance(data, dict):
            raise KeyFileError("the anchor is not an object")
        head, mac = data.get("head"), data.get("mac")
        if (
            not isinstance(head, str)
            or not isinstance(mac, str)
            or len(head) > 64
            or len(mac) != 64
        ):
            raise KeyFileError("the anchor has the wrong shape")
        return cls(_int(data.get("seq")), head, _int(data.get("items")), mac)


@dataclass(frozen=True)
class PreviousKey:
    """During a re-key: the old data key, wrapped under the new one, so a case whose
    database was not yet re-encrypted when the computer stopped still opens."""

    nonce: bytes
    wrapped: bytes

    @classmethod
    def wrap(cls, old_key: bytes, new_key: bytes, case_id: str) -> PreviousKey:
        nonce = secrets.token_bytes(12)
        aead = AESGCM(_subkey(new_key, "previous"))
        return cls(nonce, aead.encrypt(nonce, bytes(old_key), f"previous:{case_id}".encode()))

    def unwrap(self, new_key: bytes, case_id: str) -> bytes | None:
        try:
            return AESGCM(_subkey(new_key, "previous")).decrypt(
                self.nonce, self.wrapped, f"previous:{case_id}".encode()
            )
        except InvalidTag:
            return None

    def to_json(self) -> dict[str, object]:
        return {"nonce": _b64(self.nonce), "wrapped": _b64(self.wrapped)}

    @classmethod
    def from_json(cls, data: object) -> PreviousKey:
        if not isinstance(data, dict):
            raise KeyFileError("the re-key record is not an object")
        out = cls(_unb64(data.get("nonce")), _unb64(data.get("wrapped")))
        if (len(out.nonce), len(out.wrapped)) != (12, 48):
            raise KeyFileError("the re-key record has the wrong size")
        return out


# --- the key file ----------------------------------------------------------------------


@dataclass
class KeyFile:
    case_id: str
    slots: list[KeySlot] = field(default_factory=list)
    generation: int = 0
    anchor: Anchor | None = None
    previous: PreviousKey | None = None
    # How the file was read: the format version, and whether its checksum matched (a
    # version-1 file has none and counts as matching; its slots are still checked by GCM).
    version: int = FORMAT_VERSION
    intact: bool = True
    problems: list[str] = field(default_factory=list, compare=False)

    def body(self) -> dict[str, object]:
        doc: dict[str, object] = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "case_id": self.case_id,
            "generation": self.generation,
            "slots": [s.to_json() for s in self.slots],
        }
        if self.anchor is not None:
            doc["anchor"] = self.anchor.to_json()
        if self.previous is not None:
            doc["previous_key"] = self.previous.to_json()
        return doc

    def to_bytes(self) -> bytes:
        doc = self.body()
        doc["checksum"] = _checksum(doc)
        return json.dumps(doc, indent=2).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeyFile:
        """Parse a key file. Raises KeyFileError when nothing in it can be used; a file
        whose checksum does not match comes back with intact=False and the slots that
        still read (each is checked by its own GCM tag when tried)."""
        if len(raw) > MAX_KEY_FILE_BYTES:
            raise KeyFileError("the key file is far too large")
        try:
            doc = json.loads(
                raw.decode("utf-8"),
                parse_constant=_no_constant,
                parse_float=_no_float,
            )
        except (ValueError, RecursionError, MemoryError, UnicodeDecodeError) as exc:
            raise KeyFileError(f"the key file cannot be read ({type(exc).__name__})") from exc
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise KeyFileError("not a key file")
        try:
            version = _int(doc.get("version"))
        except KeyFileError:
            version = 0  # damaged: the checksum below decides, the slots may still open
        if version > FORMAT_VERSION:
            raise KeyFileError("key file from a newer version")
        case_id = doc.get("case_id")
        if not isinstance(case_id, str) or not 0 < len(case_id) <= 64:
            raise KeyFileError("the key file has no case id")
        out = cls(case_id=case_id, version=version)
        # Version 1 had no checksum. Any other file is checked, so damage to the version
        # number itself cannot pass a file off as version 1.
        if "checksum" in doc or version != 1:
            given = doc.pop("checksum", None)
            out.intact = isinstance(given, str) and hmac.compare_digest(
                given.encode("utf-8", "replace"), _checksum(doc).encode("ascii")
            )
            if not out.intact:
                out.problems.append("its checksum does not match (it has been damaged)")
            try:
                out.generation = _int(doc.get("generation", 0))
            except KeyFileError:
                out.problems.append("its generation cannot be read")
        if version < 1:
            out.problems.append("its version number cannot be read")
        raw_slots = doc.get("slots")
        if not isinstance(raw_slots, list):
            raise KeyFileError("the key file has no key slots")
        for index, raw_slot in enumerate(raw_slots[:MAX_SLOTS]):
            try:
                out.slots.append(KeySlot.from_json(raw_slot))
            except (KeyFileError, ValueError, TypeError) as exc:
                out.problems.append(f"key slot {index + 1} cannot be read ({exc})")
        if len(raw_slots) > MAX_SLOTS:
            out.problems.append("it has too many key slots")
        for key, kind in (("anchor", Anchor), ("previous_key", PreviousKey)):
            if key in doc:
                try:
                    setattr(out, "anchor" if key == "anchor" else "previous",
                            kind.from_json(doc[key]))  # fmt: skip
                except (KeyFileError, ValueError, TypeError) as exc:
                    out.problems.append(f"its {key.replace('_', ' ')} cannot be read ({exc})")
        if out.problems and out.intact:
            # A matching checksum over unusable content: written by something else.
            out.intact = False
        return out

    def slot(self, kind: str) -> KeySlot | None:
        return next((s for s in self.slots if s.kind == kind), None)

    def slots_of(self, kind: str) -> list[KeySlot]:
        return [s for s in self.slots if s.kind == kind]


def _checksum(body: dict[str, object]) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return "sha256:" + hashlib.sha256(canonical.encode("ascii")).hexdigest()


def _no_constant(name: str) -> Any:
    raise KeyFileError(f"{name} is not allowed in a key file")


def _no_float(text: str) -> Any:
    raise KeyFileError("fractions are not allowed in a key file")


def read_regular_file(path: Path, limit: int = MAX_KEY_FILE_BYTES) -> bytes | None:
    """The bytes of `path` if it is a regular file of at most `limit` bytes; None if it
    is not there. A link, a FIFO, a device or a huge file raises KeyFileError at once,
    without blocking or reading it."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(st.st_mode):
        raise KeyFileError("it is not an ordinary file")
    if st.st_size > limit:
        raise KeyFileError("it is far too large to be a key file")
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise KeyFileError(f"it cannot be opened ({exc.strerror})") from exc
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise KeyFileError("it is not an ordinary file")
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, limit + 1 - total)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise KeyFileError("it is far too large to be a key file")
        return b"".join(chunks)
    finally:
        os.close(fd)


@dataclass
class KeyFileState:
    """One of the three key files as found on disk."""

    name: str
    present: bool
    keyfile: KeyFile | None = None
    error: str = ""
    raw: bytes = b""

    @property
    def intact(self) -> bool:
        return self.keyfile is not None and self.keyfile.intact


def load_key_files(folder: Path) -> list[KeyFileState]:
    states: list[KeyFileState] = []
    for name in KEY_FILES:
        path = folder / name
        try:
            raw = read_regular_file(path)
            if raw is None:
                states.append(KeyFileState(name, present=False))
                continue
            states.append(KeyFileState(name, True, KeyFile.from_bytes(raw), raw=raw))
        except KeyFileError as exc:
            states.append(KeyFileState(name, True, error=str(exc)))
        except OSError as exc:
            states.append(KeyFileState(name, True, error=f"it cannot be read ({exc.strerror})"))
    return states


def _candidates(states: list[KeyFileState]) -> list[KeyFileState]:
    """The key files to try, best first: the intact current files, an unfinished change,
    then damaged files (their slots are still checked by their GCM tags). An intact file
    of an older generation than the current one is stale (an old passphrase must stop
    working once a change is complete) and is not tried."""
    readable = [s for s in states if s.keyfile is not None]
    if not readable:
        return []
    intact = [s for s in readable if s.intact]
    case_id = (intact or readable)[0].keyfile.case_id  # type: ignore[union-attr]
    readable = [s for s in readable if s.keyfile.case_id == case_id]  # type: ignore[union-attr]
    intact = [s for s in readable if s.intact]
    settled = [s for s in intact if s.name != KEY_FILE_PENDING]
    current_gen = max((s.keyfile.generation for s in settled), default=-1)  # type: ignore[union-attr]
    out = [s for s in settled if s.keyfile.generation == current_gen]  # type: ignore[union-attr]
    out += [s for s in intact if s.name == KEY_FILE_PENDING
            and s.keyfile.generation > current_gen]  # type: ignore[union-attr]  # fmt: skip
    out += [s for s in readable if not s.intact]
    return out


def read_key_files(folder: Path) -> list[tuple[str, KeyFile]]:
    """The key files to try, as (file name, contents), best first. Raises NotACaseError
    when there is no key file and DamagedCaseError when none can be read."""
    states = load_key_files(folder)
    found = [(s.name, s.keyfile) for s in _candidates(states) if s.keyfile is not None]
    if not found:
        if any(s.present for s in states):
            raise DamagedCaseError(
                "The key file of this case is damaged, and no backup copy could be read. "
                "Keep the whole case folder as it is; it may still be recovered."
            )
        raise NotACaseError("This folder is not a Guardian Desktop case: it has no key file.")
    return found


@dataclass
class Unlocked:
    """The result of an unlock: the data key, the slot and file that opened, and what
    was found on the way."""

    data_key: bytes
    keyfile: KeyFile
    source: str
    slot: KeySlot
    states: list[KeyFileState]


def unlock_with_secret(folder: Path, secret: str, kind: str) -> Unlocked:
    """Try the slot of `kind` in every usable key file before saying "wrong"."""
    states = load_key_files(folder)
    candidates = _candidates(states)
    if not candidates:
        read_key_files(folder)  # raises the right error
    secret_b = secret_bytes(secret, kind)
    tried: set[tuple[bytes, bytes]] = set()
    checked_good_slot = False
    for state in candidates:
        keyfile = state.keyfile
        assert keyfile is not None
        for slot in keyfile.slots_of(kind):
            if slot.ident in tried:
                checked_good_slot = checked_good_slot or keyfile.intact
                continue
            tried.add(slot.ident)
            checked_good_slot = checked_good_slot or keyfile.intact
            key = unwrap_key(slot, secret_b, keyfile.case_id)
            if key is not None:
                return Unlocked(key, keyfile, state.name, slot, states)
    label = "recovery code" if kind == "recovery" else "passphrase"
    if not checked_good_slot:
        other = "passphrase" if kind == "recovery" else "recovery code"
        raise DamagedCaseError(
            f"The key file of this case is damaged, and no good copy could check your {label}. "
            f"Try your {other}. Keep the whole case folder as it is."
        )
    raise WrongSecretError(label)


def repaired_key_file(unlocked: Unlocked, data_key: bytes) -> KeyFile:
    """The key file to keep after an unlock: intact, holding the slot that opened, the
    other slots from the best copies, and the newest anchor that verifies."""
    opened = unlocked.keyfile
    good = [s.keyfile for s in _candidates(unlocked.states) if s.keyfile is not None]
    if opened.intact and opened.version >= 2:
        sources = [opened]
    else:
        # A damaged or version-1 file: its other slots may be the damaged part, so keep
        # each distinct slot from every copy (each is checked by its GCM tag when tried).
        sources = [opened] + [k for k in good if k is not opened]
    slots = [unlocked.slot]
    seen = {unlocked.slot.ident}
    for keyfile in sources:
        for slot in keyfile.slots:
            same_kind = [s for s in slots if s.kind == slot.kind]
            if slot.kind != unlocked.slot.kind and slot.ident not in seen and len(same_kind) < 3:
                slots.append(slot)
                seen.add(slot.ident)
    anchors = [
        k.anchor for k in good
        if k.anchor is not None and k.anchor.verifies(data_key, opened.case_id)
    ]  # fmt: skip
    anchor = max(anchors, key=lambda a: a.seq, default=None)
    generation = max((k.generation for k in good), default=0)
    if opened.intact and opened.version >= 2 and opened.generation >= generation:
        generation = opened.generation
    else:
        generation += 1
    return KeyFile(
        case_id=opened.case_id,
        slots=slots,
        generation=generation,
        anchor=anchor,
        previous=opened.previous,
    )


def _write_durably(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with open(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def write_key_file(folder: Path, keyfile: KeyFile) -> None:
    """Write the key file so that at every instant one complete copy is on disk.

    Step 1 writes case.keys.new; step 2 renames it over case.keys; step 3 refreshes the
    backup copy. A crash after step 1 leaves both files, and unlocking tries both.
    """
    data = keyfile.to_bytes()
    pending = folder / KEY_FILE_PENDING
    try:
        # Never write through whatever is at that name (a link, a FIFO): replace it.
        with contextlib.suppress(FileNotFoundError):
            os.unlink(pending)
        _write_durably(pending, data)
        fsync_dir(folder)
        os.replace(pending, folder / KEY_FILE)
        fsync_dir(folder)
        atomic_write(folder / KEY_FILE_BACKUP, data)
    except OSError as exc:
        if getattr(exc, "errno", 0) == 28 or "No space" in str(exc):
            raise StorageFullError(
                "The disk is full, so the key file could not be saved. Nothing was changed "
                "that you need: your passphrase and recovery code still open the case. Free "
                "some space, then try again."
            ) from exc
        raise
    keyfile.intact, keyfile.version, keyfile.problems = True, FORMAT_VERSION, []


def repair_key_files(folder: Path, current: KeyFile, states: list[KeyFileState]) -> bool:
    """Make case.keys and its backup hold `current` (intact), and drop an unfinished
    change that is not it. A valid backup is only ever replaced by an intact file.
    Returns True if anything was rewritten."""
    data = current.to_bytes()
    by_name = {s.name: s for s in states}
    main, backup, pending = by_name[KEY_FILE], by_name[KEY_FILE_BACKUP], by_name[KEY_FILE_PENDING]
    changed = False
    if main.raw != data:
        write_key_file(folder, current)
        changed = True
    elif backup.raw != data:
        atomic_write(folder / KEY_FILE_BACKUP, data)
        changed = True
    if pending.present and os.path.lexists(folder / KEY_FILE_PENDING):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(folder / KEY_FILE_PENDING)
        changed = True
    return changed


def check_key_files(folder: Path, data_key: bytes, case_id: str) -> list[str]:
    """Problems with the key files, in plain words (empty when all is well): each file
    reads, its checksum matches, every slot parses, and the backup matches."""
    problems: list[str] = []
    states = {s.name: s for s in load_key_files(folder)}
    names = {KEY_FILE: "The key file", KEY_FILE_BACKUP: "The backup copy of the key file",
             KEY_FILE_PENDING: "An unfinished key file change"}  # fmt: skip
    for name, state in states.items():
        if not state.present:
            if name != KEY_FILE_PENDING:
                problems.append(f"{names[name]} ({name}) is missing.")
            continue
        if state.keyfile is None:
            problems.append(f"{names[name]} ({name}) cannot be read: {state.error}.")
            continue
        kf = state.keyfile
        for problem in kf.problems:
            problems.append(f"{names[name]} ({name}): {problem}.")
        if kf.case_id != case_id:
            problems.append(f"{names[name]} ({name}) belongs to another case.")
        if kf.intact and kf.version < 2:
            problems.append(f"{names[name]} ({name}) is in the old format without a checksum.")
        if not kf.slots_of("passphrase") and not kf.slots_of("recovery"):
            problems.append(f"{names[name]} ({name}) has no usable key slot.")
        if kf.anchor is not None and not kf.anchor.verifies(data_key, case_id):
            problems.append(
                f"{names[name]} ({name}): its record of the case's state is not genuine."
            )
    main, backup = states[KEY_FILE], states[KEY_FILE_BACKUP]
    if (
        main.present
        and backup.present
        and main.raw != backup.raw
        and main.keyfile
        and backup.keyfile
    ):
        problems.append(
            "The backup copy of the key file does not match the key file. Opening the case "
            "again with your passphrase brings them back in line."
        )
    return problems


# --- "Remember on this computer": the OS keyring -------------------------------------


def _keyring_user(case_id: str) -> str:
    # No case label here: the keyring entry must not say what the case is about.
    return f"case-{case_id}"


def _plain_file_backend(backend: object) -> bool:
    """True for keyring backends that keep secrets in a file on disk (keyrings.alt and
    the like), where anyone who copies the file has the key."""
    inner = getattr(backend, "backends", None)
    if isinstance(inner, list | tuple):
        return any(_plain_file_backend(b) for b in inner) or not inner
    cls = type(backend)
    module = cls.__module__ or ""
    name = cls.__name__.lower()
    return (
        module.startswith("keyrings.alt")
        or "plaintext" in name
        or "file" in module.rsplit(".", 1)[-1]
        or hasattr(backend, "file_path")
    )


def keyring_store(case_id: str, data_key: bytes) -> None:
    import keyring
    import keyring.errors

    if _plain_file_backend(keyring.get_keyring()):
        raise NoKeyringError(
            "This computer's password store keeps secrets in an ordinary file, where "
            "anyone who copies it could open the case. So the app will not remember the "
            "case here. You can still open it with your passphrase."
        )
    try:
        keyring.set_password(KEYRING_SERVICE, _keyring_user(case_id), bytes(data_key).hex())
    except (keyring.errors.KeyringError, RuntimeError) as exc:
        raise NoKeyringError(
            "This computer has no password store the app can use, so it cannot remember "
            "the case. You can still open it with your passphrase."
        ) from exc


def keyring_load(case_id: str) -> bytes | None:
    import keyring
    import keyring.errors

    try:
        value = keyring.get_password(KEYRING_SERVICE, _keyring_user(case_id))
    except (keyring.errors.KeyringError, RuntimeError):
        return None
    if not value:
        return None
    try:
        key = bytes.fromhex(value)
    except ValueError:
        return None
    return key if len(key) == 32 else None


def keyring_forget(case_id: str) -> None:
    import keyring
    import keyring.errors

    with contextlib.suppress(keyring.errors.KeyringError, RuntimeError):
        keyring.delete_password(KEYRING_SERVICE, _keyring_user(case_id))
