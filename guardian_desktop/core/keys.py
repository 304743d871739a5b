"""Key handling: a random data key, wrapped by a passphrase and by a recovery code.

The case database is encrypted with a random 256-bit data key (SQLCipher raw key). The data
key never changes. It is stored only wrapped (AES-256-GCM) in the key file `case.keys`,
once under a key derived from the passphrase (scrypt, memory-hard) and once under a key
derived from the recovery code. Changing the passphrase rewrites only the key file,
atomically, so the evidence is never re-encrypted and a crash cannot lock anyone out.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import secrets
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .errors import DamagedCaseError, NoKeyringError, NotACaseError, WrongSecretError
from .fsutil import atomic_write, fsync_dir

KEY_FILE = "case.keys"
KEY_FILE_BACKUP = "case.keys.bak"
KEY_FILE_PENDING = "case.keys.new"
FORMAT = "guardian-desktop-keys"
FORMAT_VERSION = 1

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


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _derive(secret: bytes, salt: bytes, cost: dict[str, int]) -> bytes:
    return hashlib.scrypt(
        secret, salt=salt, n=cost["n"], r=cost["r"], p=cost["p"], maxmem=2**30, dklen=32
    )


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
    def from_json(cls, data: dict[str, object]) -> KeySlot:
        """Read a slot, accepting only the shapes and costs this app writes: a changed
        key file must not make an unlock run for hours or fail in odd ways."""
        kdf = data["kdf"]
        if not isinstance(kdf, dict) or kdf.get("name") != "scrypt":
            raise ValueError("unknown key derivation")
        slot = cls(
            kind=str(data["kind"]),
            salt=_unb64(str(kdf["salt"])),
            cost={"n": int(kdf["n"]), "r": int(kdf["r"]), "p": int(kdf["p"])},
            nonce=_unb64(str(data["nonce"])),
            wrapped=_unb64(str(data["wrapped"])),
        )
        n, r, p = slot.cost["n"], slot.cost["r"], slot.cost["p"]
        if not (MIN_SCRYPT_N <= n <= MAX_SCRYPT_N and n & (n - 1) == 0 and r == 8 and p == 1):
            raise ValueError("key derivation cost out of range")
        if slot.kind not in {"passphrase", "recovery"}:
            raise ValueError("unknown key slot")
        if (len(slot.salt), len(slot.nonce), len(slot.wrapped)) != (16, 12, 48):
            raise ValueError("key slot has the wrong size")
        return slot


def _aad(case_id: str, kind: str) -> bytes:
    return f"{FORMAT}:{FORMAT_VERSION}:{case_id}:{kind}".encode()


def wrap_key(data_key: bytes, secret: bytes, kind: str, case_id: str) -> KeySlot:
    cost = PASSPHRASE_KDF if kind == "passphrase" else RECOVERY_KDF
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    kek = _derive(secret, salt, cost)
    wrapped = AESGCM(kek).encrypt(nonce, data_key, _aad(case_id, kind))
    return KeySlot(kind=kind, salt=salt, cost=dict(cost), nonce=nonce, wrapped=wrapped)


def unwrap_key(slot: KeySlot, secret: bytes, case_id: str) -> bytes | None:
    kek = _derive(secret, slot.salt, slot.cost)
    try:
        return AESGCM(kek).decrypt(slot.nonce, slot.wrapped, _aad(case_id, slot.kind))
    except InvalidTag:
        return None


@dataclass
class KeyFile:
    case_id: str
    slots: list[KeySlot] = field(default_factory=list)

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "case_id": self.case_id,
            "slots": [s.to_json() for s in self.slots],
        }
        return json.dumps(doc, indent=2).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeyFile:
        doc = json.loads(raw.decode("utf-8"))
        if doc.get("format") != FORMAT:
            raise ValueError("not a key file")
        if int(doc.get("version", 0)) > FORMAT_VERSION:
            raise ValueError("key file from a newer version")
        return cls(case_id=str(doc["case_id"]), slots=[KeySlot.from_json(s) for s in doc["slots"]])

    def slot(self, kind: str) -> KeySlot | None:
        return next((s for s in self.slots if s.kind == kind), None)


def _write_durably(path: Path, data: bytes) -> None:
    with open(path, "wb") as fh:
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
    _write_durably(pending, data)
    fsync_dir(folder)
    os.replace(pending, folder / KEY_FILE)
    fsync_dir(folder)
    atomic_write(folder / KEY_FILE_BACKUP, data)


def _try_read(path: Path) -> KeyFile | None:
    try:
        return KeyFile.from_bytes(path.read_bytes())
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, OSError):
        return None


def read_key_files(folder: Path) -> list[tuple[str, KeyFile]]:
    """The key files to try, as (file name, contents): the current one and an unfinished
    change. The backup copy is used only when the current file cannot be read, so an old
    passphrase stops working once a change is complete."""
    found: list[tuple[str, KeyFile]] = []
    main = _try_read(folder / KEY_FILE)
    if main is not None:
        found.append((KEY_FILE, main))
    else:
        backup = _try_read(folder / KEY_FILE_BACKUP)
        if backup is not None:
            found.append((KEY_FILE_BACKUP, backup))
    pending = _try_read(folder / KEY_FILE_PENDING)
    if pending is not None:
        found.append((KEY_FILE_PENDING, pending))
    if not found:
        if any((folder / n).exists() for n in (KEY_FILE, KEY_FILE_BACKUP, KEY_FILE_PENDING)):
            raise DamagedCaseError(
                "The key file of this case is damaged, and no backup copy could be read."
            )
        raise NotACaseError("This folder is not a Guardian Desktop case: it has no key file.")
    return found


def repair_key_files(folder: Path, current: KeyFile) -> None:
    """After a successful unlock: make case.keys and its backup hold `current`, and drop
    an unfinished change that is not the current one."""
    data = current.to_bytes()
    main = folder / KEY_FILE
    backup = folder / KEY_FILE_BACKUP
    pending = folder / KEY_FILE_PENDING
    if _try_read(main) is None or main.read_bytes() != data:
        write_key_file(folder, current)
    elif _try_read(backup) is None or backup.read_bytes() != data:
        atomic_write(backup, data)
    if pending.exists() and _try_read(pending) != current:
        pending.unlink()


def unlock_with_secret(folder: Path, secret: str, kind: str) -> tuple[bytes, KeyFile]:
    """Return (data key, the key file that opened) or raise WrongSecretError."""
    if kind == "recovery":
        secret_bytes = normalise_recovery_code(secret).encode("ascii")
    else:
        secret_bytes = normalise_passphrase(secret)
    tried: set[tuple[bytes, bytes]] = set()
    for _name, keyfile in read_key_files(folder):
        slot = keyfile.slot(kind)
        if slot is None or (slot.salt, slot.wrapped) in tried:
            continue
        tried.add((slot.salt, slot.wrapped))
        key = unwrap_key(slot, secret_bytes, keyfile.case_id)
        if key is not None:
            return key, keyfile
    raise WrongSecretError("recovery code" if kind == "recovery" else "passphrase")


# --- "Remember on this computer": the OS keyring -------------------------------------


def _keyring_user(case_id: str) -> str:
    # No case label here: the keyring entry must not say what the case is about.
    return f"case-{case_id}"


def keyring_store(case_id: str, data_key: bytes) -> None:
    import keyring
    import keyring.errors

    try:
        keyring.set_password(KEYRING_SERVICE, _keyring_user(case_id), data_key.hex())
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
