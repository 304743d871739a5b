"""The encrypted case vault: one case is one folder holding one SQLCipher database.

On-disk format (see docs/case-format.md):
    NAME.gdcase/
        case.db        SQLCipher 4 database, encrypted with a random 256-bit raw key
        case.db-wal    its write-ahead log (encrypted too), present while open
        case.keys      the data key wrapped by passphrase and by recovery code (JSON),
                       with a checksum and a keyed anchor of the database's state
        case.keys.bak  a copy of case.keys, in case one of them is damaged
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import shutil
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import asdict, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import sqlcipher3
from sqlcipher3 import dbapi2

from .. import __version__
from . import integrity
from . import keys as keymod
from . import when as whenmod
from .answers import LEGACY_PROGRESS_KEYS, SECTIONS, CaseAnswers, Section
from .errors import (
    CaseExistsError,
    CaseInUseError,
    CaseNotFoundError,
    CaseReadOnlyError,
    DamagedCaseError,
    GuardianError,
    NotACaseError,
    StorageFullError,
    WrongSecretError,
)
from .models import (
    AuditEntry,
    CaseInfo,
    EvidenceItem,
    OffenderIdentifier,
    Payment,
    ReferenceNumber,
    Role,
    TimelineEvent,
    VerifyReport,
    exhibit_label,
)
from .schema import SCHEMA_VERSION, migrate

CASE_SUFFIX = ".gdcase"
DB_FILE = "case.db"
WAL_FILE = "case.db-wal"
DAMAGED_WAL = "case.db-wal.damaged"
# The anchor in the key file is refreshed at most this often while writing, and at close.
ANCHOR_INTERVAL_S = 2.0

T = TypeVar("T", OffenderIdentifier, TimelineEvent, Payment, ReferenceNumber)
_TABLES: dict[type, str] = {OffenderIdentifier: "identifier", TimelineEvent: "timeline",
                            Payment: "payment", ReferenceNumber: "reference"}  # fmt: skip
# Record fields holding a core.when value, migrated from free text in schema 3.
_WHEN_COLUMNS = (("identifier", "seen_at"), ("timeline", '"when"'), ("payment", '"when"'),
                 ("evidence", "happened_at"))  # fmt: skip

EVIDENCE_COLUMNS = (
    "id, exhibit_no, sha256, size, original_name, original_mtime_utc, original_ctime_utc, "
    "imported_utc, width, height, format, description, platform, happened_at, "
    "redacted_sha256, source, app_version"
)


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def case_folder(path: str | Path) -> Path:
    """The folder for a case path, adding the .gdcase ending if it is missing."""
    p = Path(path)
    return p if p.suffix == CASE_SUFFIX else p.with_name(p.name + CASE_SUFFIX)


def is_case(path: str | Path) -> bool:
    p = Path(path)
    return p.is_dir() and (p / DB_FILE).exists() and (p / keymod.KEY_FILE).exists()


def _is_locked(exc: Exception) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _is_full(exc: Exception) -> bool:
    return "full" in str(exc).lower()


class CaseVault:
    """An open, unlocked case. Thread-safe: every call holds one lock."""

    def __init__(self, folder: Path, conn: Any, data_key: bytes, case_id: str) -> None:
        self.folder = folder
        self._conn: Any = conn
        # A mutable buffer, wiped when the case closes (see docs/case-format.md for what
        # Python cannot promise about other copies).
        self._data_key: bytearray | None = bytearray(data_key)
        self.case_id = case_id
        self._lock = threading.RLock()
        # Plain-words notes from opening (a repaired key file, an older database, a
        # damaged log kept aside); the GUI and CLI show them.
        self.notices: list[str] = []
        # The same, as stable codes the GUI turns into translated words: "damaged_log",
        # "key_file_repaired", "backup_opened", "key_file_restored", "older_database".
        self.notice_codes: list[str] = []
        self._keyfile: keymod.KeyFile | None = None
        self._anchor_problem = ""
        self._anchor_written = 0.0
        self._anchor_dirty = False
        self._anchor_checked = False

    # --- creating and opening ----------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: str | Path,
        passphrase: str,
        label: str,
        *,
        role: Role = Role.VICTIM,
        under_18: bool | None = None,
        region: str = "england-wales",
        practice: bool = False,
    ) -> tuple[CaseVault, str]:
        """Create a new case. Returns the open vault and the recovery code (shown once).

        The case is built in a hidden folder beside the final one and renamed into place
        when whole, so a crash or a full disk never leaves a half-made case at the name."""
        keymod.check_passphrase(passphrase, label)
        folder = case_folder(path)
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            raise CaseExistsError(
                "There is already something at that place. Choose another name or folder."
            )
        try:
            folder.parent.mkdir(parents=True, exist_ok=True)
            _remove_stale_partials(folder)
            building = Path(
                __import__("tempfile").mkdtemp(prefix=f".{folder.name}.", suffix=".partial",
                                               dir=folder.parent)
            )  # fmt: skip
        except OSError as exc:
            if _is_full(exc) or getattr(exc, "errno", 0) == 28:
                raise StorageFullError(_FULL_ON_CREATE) from exc
            raise GuardianError(
                f"The case folder could not be made ({exc.strerror}). "
                "Choose another place, for example your Documents folder."
            ) from exc
        try:
            return cls._build(building, folder, passphrase, label, role=role,
                              under_18=under_18, region=region, practice=practice)  # fmt: skip
        except BaseException as exc:
            shutil.rmtree(building, ignore_errors=True)
            if isinstance(exc, OSError) and (_is_full(exc) or exc.errno == 28):
                raise StorageFullError(_FULL_ON_CREATE) from exc
            cause = exc.__cause__
            if isinstance(exc, GuardianError) and getattr(cause, "errno", 0) == 28:
                raise StorageFullError(_FULL_ON_CREATE) from exc
            raise

    @classmethod
    def _build(
        cls,
        building: Path,
        folder: Path,
        passphrase: str,
        label: str,
        *,
        role: Role,
        under_18: bool | None,
        region: str,
        practice: bool,
    ) -> tuple[CaseVault, str]:
        case_id = str(uuid.uuid4())
        data_key = keymod.new_data_key()
        recovery = keymod.new_recovery_code()
        keyfile = keymod.KeyFile(
            case_id=case_id,
            slots=[
                keymod.wrap_key(
                    data_key, keymod.normalise_passphrase(passphrase), "passphrase", case_id
                ),
                keymod.wrap_key(
                    data_key,
                    keymod.normalise_recovery_code(recovery).encode("ascii"),
                    "recovery",
                    case_id,
                ),
            ],
        )
        if os.name == "posix":
            os.chmod(building, 0o700)
        keymod.write_key_file(building, keyfile)
        # The database file is made private before SQLite writes to it (its -wal file
        # takes the same permissions).
        os.close(os.open(building / DB_FILE, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        vault = cls._connect(building, data_key, case_id, new=True)
        try:
            with vault._tx() as cur:
                cur.execute(
                    "INSERT INTO case_info (id, case_id, label, created_utc, role, under_18, "
                    "region, practice) VALUES (1, ?, ?, ?, ?, ?, ?, ?)",
                    (case_id, label, utc_now(), str(role), _tri(under_18), region, int(practice)),
                )
                cur.execute("INSERT INTO meta VALUES ('next_exhibit', '1')")
                vault._audit(cur, "case.created", f"Case created (schema {SCHEMA_VERSION})")
            vault._keyfile = keyfile
            vault._anchor_checked = True
            vault._write_anchor()
        finally:
            vault.close()
        if folder.is_dir():
            folder.rmdir()  # empty (checked above); a rename cannot replace it on Windows
        os.rename(building, folder)
        from .fsutil import fsync_dir

        with contextlib.suppress(OSError):
            fsync_dir(folder.parent)
        vault = cls._connect(folder, data_key, case_id, new=False)
        vault._keyfile = keymod.read_key_files(folder)[0][1]
        vault._anchor_checked = True
        return vault, recovery

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        passphrase: str | None = None,
        recovery_code: str | None = None,
        data_key: bytes | None = None,
    ) -> CaseVault:
        """Unlock a case with a passphrase, a recovery code or a remembered key.

        The path may be given with or without its .gdcase ending. Anything worth knowing
        that was found on the way (a repaired key file, a database older than the key
        file's anchor, a damaged log kept aside) is in `vault.notices`."""
        folder = Path(path)
        if not folder.exists() and case_folder(folder).exists():
            folder = case_folder(folder)
        if not folder.exists():
            raise CaseNotFoundError(
                "The case could not be found there. It may have been moved, or the USB "
                "stick may not be plugged in."
            )
        if not folder.is_dir() or not (folder / DB_FILE).exists():
            raise NotACaseError("This is not a Guardian Desktop case.")
        unlocked: keymod.Unlocked | None = None
        if passphrase is not None:
            unlocked = keymod.unlock_with_secret(folder, passphrase, "passphrase")
        elif recovery_code is not None:
            unlocked = keymod.unlock_with_secret(folder, recovery_code, "recovery")
        elif data_key is None:
            raise GuardianError("A passphrase or recovery code is needed to open this case.")
        if unlocked is not None:
            data_key, keyfile = unlocked.data_key, unlocked.keyfile
        else:
            keyfile = keymod.read_key_files(folder)[0][1]
        assert data_key is not None
        notices: list[str] = []
        codes: list[str] = []
        wal_problem = integrity.wal_damage(folder / WAL_FILE)
        if wal_problem:
            # SQLite would drop the unreadable part without a word: keep a copy first.
            keep, n = folder / DAMAGED_WAL, 1
            while keep.exists():  # an earlier copy is kept too
                n += 1
                keep = folder / f"{DAMAGED_WAL}.{n}"
            with contextlib.suppress(OSError):
                shutil.copyfile(folder / WAL_FILE, keep)
            notices.append(_WAL_NOTICE)
            codes.append("damaged_log")
        vault, finish_rekey = cls._connect_any(folder, data_key, keyfile)
        vault.notices, vault.notice_codes = notices, codes
        try:
            if unlocked is not None:
                vault._keyfile = keymod.repaired_key_file(unlocked, data_key)
            else:
                vault._keyfile = keyfile
            if finish_rekey is not None:
                vault._finish_rekey(finish_rekey)
                vault._rekey_was_interrupted()
            elif vault._keyfile.previous is not None and vault._keyfile.previous.unwrap(
                data_key, vault.case_id
            ):
                # The database was re-encrypted with the new key before the computer
                # stopped: step 3 only. (Opened with the old key - a key remembered before
                # the re-key - the record of the old key must stay until the new one opens.)
                kf = vault._keyfile
                vault._rewrite_keys(
                    keymod.KeyFile(kf.case_id, kf.slots, kf.generation, kf.anchor, None)
                )
                vault.record("case.rekeyed", "Re-key finished on opening after an interruption")
                vault._rekey_was_interrupted()
            # Before anything is written: is the database older than the anchor?
            vault._check_anchor()
            if unlocked is not None:
                vault._after_unlock(unlocked)
            if not vault._anchor_problem and vault._current_keyfile().anchor is None:
                with contextlib.suppress(GuardianError, OSError):
                    vault._write_anchor()
        except BaseException:
            vault.close()
            raise
        return vault

    @classmethod
    def _connect_any(
        cls, folder: Path, data_key: bytes, keyfile: keymod.KeyFile
    ) -> tuple[CaseVault, bytes | None]:
        """Connect with the data key; during an unfinished re-key the database may still
        be under the old key, kept in the key file wrapped by the new one. Returns the
        vault and, in that case, the new key to finish the re-key with."""
        try:
            return cls._connect(folder, data_key, keyfile.case_id, new=False), None
        except DamagedCaseError:
            previous = (
                keyfile.previous.unwrap(data_key, keyfile.case_id) if keyfile.previous else None
            )
            if previous is None:
                raise
        vault = cls._connect(folder, previous, keyfile.case_id, new=False)
        return vault, data_key

    def _after_unlock(self, unlocked: keymod.Unlocked) -> None:
        """Repair the key files from the copy that opened, and say so when it mattered."""
        states = {s.name: s for s in unlocked.states}
        main = states[keymod.KEY_FILE]
        upgrading = unlocked.keyfile.version < keymod.FORMAT_VERSION
        with contextlib.suppress(OSError, GuardianError):
            # Opening still works if this fails; verify then reports the key files.
            keymod.repair_key_files(self.folder, self._current_keyfile(), unlocked.states)
        if main.present and not main.intact:
            if unlocked.source == keymod.KEY_FILE:
                self.notice_codes.append("key_file_repaired")
                self.notices.append(
                    "The key file was damaged. Your passphrase still opened the case, and "
                    "the key file has been repaired from its good parts and its backup copy."
                )
            else:
                self.notice_codes.append("backup_opened")
                self.notices.append(
                    "The key file is damaged; the backup opened it. The key file has been "
                    "repaired from the backup copy. Nothing in the case was lost."
                )
        elif not main.present:
            self.notice_codes.append("key_file_restored")
            self.notices.append(
                "The key file was missing; the backup copy opened the case, and the key "
                "file has been put back."
            )
        if upgrading:
            with contextlib.suppress(GuardianError), self._tx() as cur:
                self._audit(cur, "case.keys_upgraded",
                            "Key file upgraded: checksum and anchor added")  # fmt: skip

    @classmethod
    def _connect(cls, folder: Path, data_key: bytes, case_id: str, *, new: bool) -> CaseVault:
        db_path = folder / DB_FILE
        if not new and db_path.stat().st_size == 0:
            raise DamagedCaseError("The case database is empty. It may have been damaged.")
        conn = sqlcipher3.connect(
            str(db_path), isolation_level=None, check_same_thread=False, timeout=0
        )
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute("PRAGMA cipher_memory_security = ON")
            conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except dbapi2.DatabaseError as exc:
                if _is_locked(exc):
                    raise CaseInUseError(_IN_USE) from exc
                if _is_read_only(exc):
                    raise CaseReadOnlyError(_READ_ONLY) from exc
                # The key file gave a verified key, so the database itself is damaged.
                raise DamagedCaseError(
                    "The case database could not be read with its key. It may be damaged, "
                    "or it may belong to another case's key file.",
                ) from exc
            conn.execute("PRAGMA busy_timeout = 0")
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            try:
                # Take the write lock now and keep it: never two writers.
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("COMMIT")
            except dbapi2.OperationalError as exc:
                if _is_locked(exc):
                    raise CaseInUseError(_IN_USE) from exc
                if _is_read_only(exc):
                    raise CaseReadOnlyError(_READ_ONLY) from exc
                raise
            before, after = migrate(conn)
        except dbapi2.Error as exc:  # e.g. WAL set-up on a read-only stick
            conn.close()
            raise _translate(exc) from exc
        except BaseException:
            conn.close()
            raise
        vault = cls(folder, conn, data_key, case_id)
        vault._finish_upgrade(before, after)
        return vault

    def _finish_upgrade(self, before: int, after: int) -> None:
        """The data steps of an upgrade. The schema steps set a 'pending' flag in the same
        transaction as the schema change, so a crash between the two is finished here on
        the next open instead of leaving old answers unmoved and old items unsealed."""
        pending = {
            r[0]
            for r in self._read(
                "SELECT key FROM meta WHERE key IN ('pending_answers_upgrade', 'pending_seal_all')"
            )
        }
        if not pending and not (before and before != after):
            return
        with self._tx() as cur:
            if "pending_answers_upgrade" in pending:
                if before:  # a new case has no old data to move
                    self._upgrade_data(cur)
                cur.execute("DELETE FROM meta WHERE key = 'pending_answers_upgrade'")
            if "pending_seal_all" in pending:
                self._seal_all(cur)
                cur.execute("DELETE FROM meta WHERE key = 'pending_seal_all'")
            if before and before != after:
                self._audit(cur, "case.upgraded", f"Schema upgraded from {before} to {after}")
            elif before:
                self._audit(
                    cur,
                    "case.upgraded",
                    f"Upgrade to schema {after} finished after an interruption",
                )

    def _seal_key(self, cur: Any) -> bytes:
        row = cur.execute("SELECT value FROM meta WHERE key = 'seal_key'").fetchone()
        if row:
            return bytes.fromhex(row[0])
        key = secrets.token_bytes(32)
        cur.execute("INSERT INTO meta (key, value) VALUES ('seal_key', ?)", (key.hex(),))
        return key

    def _seal_all(self, cur: Any) -> None:
        """Schema 4: seal the items already in the case as they are now."""
        key = self._seal_key(cur)
        for (item_id,) in cur.execute("SELECT id FROM evidence").fetchall():
            integrity.reseal(cur, key, item_id)

    def _upgrade_data(self, cur: Any) -> None:
        """Schema 3: narrative progress keys become typed answers; free-text dates
        become ISO 8601 where they can be read and stay as typed where not."""
        answers = CaseAnswers()
        for key, value in cur.execute("SELECT key, value FROM progress").fetchall():
            target = LEGACY_PROGRESS_KEYS.get(key)
            if target is None:
                continue
            kind, name = target
            section = answers.get(kind)
            data = json.loads(section.to_json())
            data[name] = json.loads(value)
            setattr(answers, kind.section, kind.from_dict(data))
        for kind in SECTIONS:
            section = answers.get(kind)
            if section != kind():
                cur.execute(
                    "INSERT OR REPLACE INTO answers (section, value) VALUES (?, ?)",
                    (kind.section, section.to_json()),
                )
        cur.executemany("DELETE FROM progress WHERE key = ?", [(k,) for k in LEGACY_PROGRESS_KEYS])
        changed: list[str] = []
        for table, column in _WHEN_COLUMNS:
            for row_id, value in cur.execute(f"SELECT id, {column} FROM {table}").fetchall():
                new = whenmod.migrate_text(value or "")
                if new != (value or ""):
                    cur.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (new, row_id))
                    changed.append(f"{table} #{row_id}: {value!r} read as {new}")
        if changed:
            # The typed text is kept in the chain of custody, so a reading can be checked.
            self._audit(cur, "case.dates_read", "Dates typed as text, read day first: "
                        + "; ".join(changed))  # fmt: skip

    def close(self) -> None:
        """Lock the case: record the anchor, close the database and wipe the key."""
        with self._lock:
            if self._conn is not None:
                if self._anchor_dirty:
                    with contextlib.suppress(GuardianError, OSError):
                        self._write_anchor()
                with contextlib.suppress(dbapi2.Error):
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self._conn.close()
                self._conn = None
            if self._data_key is not None:
                for i in range(len(self._data_key)):
                    self._data_key[i] = 0
            self._data_key = None

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def __enter__(self) -> CaseVault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- keys ----------------------------------------------------------------------------

    def _current_keyfile(self) -> keymod.KeyFile:
        if self._keyfile is None:
            self._keyfile = keymod.read_key_files(self.folder)[0][1]
        return self._keyfile

    def _rewrite_keys(self, keyfile: keymod.KeyFile) -> None:
        keyfile.generation = max(keyfile.generation, self._current_keyfile().generation) + 1
        keymod.write_key_file(self.folder, keyfile)
        self._keyfile = keyfile

    def change_passphrase(self, new_passphrase: str) -> None:
        """Rewrap the data key. The database is not touched, so the evidence is never at
        risk. The data key stays the same: see rekey() for when that is not enough."""
        keymod.check_passphrase(new_passphrase, self._label())
        key = self._key()
        current = self._current_keyfile()
        slots = [s for s in current.slots if s.kind != "passphrase"]
        slots.insert(
            0,
            keymod.wrap_key(
                key, keymod.normalise_passphrase(new_passphrase), "passphrase", self.case_id
            ),
        )
        self._rewrite_keys(keymod.KeyFile(self.case_id, slots, current.generation,
                                          current.anchor, current.previous))  # fmt: skip
        with self._tx() as cur:
            self._audit(cur, "case.passphrase_changed", "Passphrase changed")

    def new_recovery_code(self) -> str:
        """Replace the recovery code: the old one no longer opens this key file. Returns
        the new code (show it once). Anyone who already used the old code could have kept
        the data key: rekey() stops that."""
        key = self._key()
        current = self._current_keyfile()
        code = keymod.new_recovery_code()
        slots = [s for s in current.slots if s.kind != "recovery"]
        slots.append(keymod.wrap_key(key, keymod.secret_bytes(code, "recovery"), "recovery",
                                     self.case_id))  # fmt: skip
        self._rewrite_keys(keymod.KeyFile(self.case_id, slots, current.generation,
                                          current.anchor, current.previous))  # fmt: skip
        with self._tx() as cur:
            self._audit(cur, "case.recovery_code_changed", "New recovery code made")
        return code

    def rekey(self, passphrase: str) -> str:
        """Give the case a new data key and re-encrypt the database with it, for when a
        passphrase, a recovery code or the key itself may have leaked. `passphrase` opens
        the case from now on (it may be the same one); returns the new recovery code.

        Crash-safe order: (1) a key file holding only the new key's slots plus the old
        key wrapped by the new one; (2) PRAGMA rekey, one transaction; (3) a key file
        without the old key. A stop after (1) or (2) is finished on the next open with
        the passphrase; at every instant one complete key file and database are on disk,
        and the passphrase opens them."""
        keymod.check_passphrase(passphrase, self._label())
        old_key = self._key()
        new_key = keymod.new_data_key()
        code = keymod.new_recovery_code()
        current = self._current_keyfile()
        transition = keymod.KeyFile(
            self.case_id,
            [
                keymod.wrap_key(
                    new_key, keymod.normalise_passphrase(passphrase), "passphrase", self.case_id
                ),
                keymod.wrap_key(
                    new_key, keymod.secret_bytes(code, "recovery"), "recovery", self.case_id
                ),
            ],  # fmt: skip
            current.generation,
            current.anchor,
            keymod.PreviousKey.wrap(old_key, new_key, self.case_id),
        )
        if transition.anchor is not None and not self._anchor_problem:
            transition.anchor = self._anchor_now(new_key)
        elif transition.anchor is not None:
            # Keep the old anchor's meaning under the new key: re-authenticate it.
            a = transition.anchor
            transition.anchor = keymod.Anchor.make(new_key, self.case_id, a.seq, a.head, a.items)
        remembered = keymod.keyring_load(self.case_id) is not None
        with self._lock:
            self._rewrite_keys(transition)
            if remembered:
                # Now, not at the end: the new key opens the case at every later point
                # (through the old key's record until the database is re-encrypted).
                with contextlib.suppress(GuardianError):
                    keymod.keyring_store(self.case_id, new_key)
            self._finish_rekey(new_key)
        return code

    def _finish_rekey(self, new_key: bytes) -> None:
        """Steps 2 and 3 of rekey(): re-encrypt the database, then drop the old key."""
        with self._lock:
            if self._conn is None:
                raise GuardianError("The case is locked. Open it again to go on.")
            try:
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self._conn.execute(f"PRAGMA rekey = \"x'{bytes(new_key).hex()}'\"")
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self._conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except dbapi2.Error as exc:
                raise _translate(exc) from exc
            if self._data_key is not None:
                for i in range(len(self._data_key)):
                    self._data_key[i] = 0
            self._data_key = bytearray(new_key)
            current = self._current_keyfile()
            done = keymod.KeyFile(self.case_id, current.slots, current.generation,
                                  current.anchor, None)  # fmt: skip
            self._rewrite_keys(done)
            with self._tx() as cur:
                self._audit(cur, "case.rekeyed", "New data key; case re-encrypted; new code")

    def _rekey_was_interrupted(self) -> None:
        """The new recovery code of an interrupted re-key may never have been shown, and
        the old one no longer opens the case: say so, so a new one is made at once."""
        self.notice_codes.append("rekey_finished")
        self.notices.append(
            "A change of the case's key was interrupted and has now been finished. Your "
            "passphrase works. The new recovery code may never have been shown, and the "
            "old one no longer opens this case: make a new recovery code now "
            "(Settings, or 'guardian-desktop case new-recovery-code')."
        )

    # --- the anchor: the database's state, kept in the key file -----------------------

    def _anchor_now(self, key: bytes | None = None) -> keymod.Anchor:
        rows = self._read("SELECT seq, entry_hash FROM audit ORDER BY seq DESC LIMIT 1")
        seq, head = (int(rows[0][0]), str(rows[0][1])) if rows else (0, "")
        items = int(self._read("SELECT count(*) FROM evidence")[0][0])
        return keymod.Anchor.make(key or self._key(), self.case_id, seq, head, items)

    def _write_anchor(self) -> None:
        """Record the database's state in the key file (cheap: about 1.5 KB written, only
        when the audit log or the item count changed)."""
        if self._anchor_problem or not self._anchor_checked:
            return  # keep the evidence of an older database until it is dealt with
        keyfile = self._current_keyfile()
        if keyfile.previous is not None:
            return  # an unfinished re-key: the anchor is under the new key; leave it
        anchor = self._anchor_now()
        self._anchor_written = time.monotonic()
        self._anchor_dirty = False
        if keyfile.anchor == anchor and keyfile.intact and keyfile.version >= 2:
            return
        self._rewrite_keys(keymod.KeyFile(self.case_id, keyfile.slots, keyfile.generation,
                                          anchor, keyfile.previous))  # fmt: skip

    def anchor_problem(self) -> str:
        """Plain words when the database is older than (or different from) the state
        recorded in the key file; empty when it matches or is newer."""
        keyfile = self._current_keyfile()
        anchor = keyfile.anchor
        if anchor is None:
            return ""
        if not anchor.verifies(self._key(), self.case_id):
            if keyfile.previous is not None:
                return ""  # an unfinished re-key, opened with the old key: cannot check yet
            return ("The key file's record of the case's state is not genuine, so an older "
                    "copy of the case could not be ruled out.")  # fmt: skip
        last = self._read("SELECT max(seq) FROM audit")[0][0] or 0
        if int(last) < anchor.seq:
            return (
                f"The case database is older than its key file: the record of changes ends "
                f"at entry {last}, but entry {anchor.seq} was written before. An older copy "
                "of case.db may have been put back, or its last part was lost. Evidence "
                "added later may be missing. Keep this folder as it is and look for a "
                "newer copy."
            )
        rows = self._read("SELECT entry_hash FROM audit WHERE seq = ?", (anchor.seq,))
        if anchor.seq and (not rows or rows[0][0] != anchor.head):
            return (
                f"The record of changes does not match the one written before (entry "
                f"{anchor.seq} differs). The case database may have been replaced by "
                "another copy or its history rewritten."
            )
        if int(last) == anchor.seq:
            items = int(self._read("SELECT count(*) FROM evidence")[0][0])
            if items != anchor.items:
                return (
                    f"The case should hold {anchor.items} item(s) but holds {items}. "
                    "The case database may have been changed outside the app."
                )
        return ""

    def _check_anchor(self) -> None:
        try:
            problem = self.anchor_problem()
        except GuardianError:
            # A damaged database still opens so what is left can be read; the anchor is
            # kept as it is and verify says what is wrong.
            problem = "The case's state could not be compared with its key file."
        self._anchor_checked = True
        if problem:
            self._anchor_problem = problem
            self.notices.append(problem)
            self.notice_codes.append("older_database")

    def _label(self) -> str:
        try:
            return self.info().label
        except GuardianError:
            return ""

    def remember_on_this_computer(self, remember: bool) -> None:
        """Store or forget the data key in the OS keyring. Raises NoKeyringError."""
        if remember:
            keymod.keyring_store(self.case_id, self._key())
        else:
            keymod.keyring_forget(self.case_id)

    def _key(self) -> bytes:
        if self._data_key is None:
            raise GuardianError("The case is locked. Open it again to go on.")
        return bytes(self._data_key)

    # --- transactions and the audit log -------------------------------------------------

    @contextlib.contextmanager
    def _tx(self) -> Iterator[Any]:
        with self._lock:
            if self._conn is None:
                raise GuardianError("The case is locked. Open it again to go on.")
            cur = self._conn.cursor()
            try:
                cur.execute("BEGIN IMMEDIATE")
                yield cur
                cur.execute("COMMIT")
            except BaseException as exc:
                with contextlib.suppress(dbapi2.Error):
                    cur.execute("ROLLBACK")
                if isinstance(exc, dbapi2.Error):
                    raise _translate(exc) from exc
                raise
            finally:
                cur.close()
            self._anchor_dirty = True
            if self._keyfile is not None and (
                time.monotonic() - self._anchor_written >= ANCHOR_INTERVAL_S
            ):
                with contextlib.suppress(GuardianError, OSError):
                    self._write_anchor()

    def _read(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        with self._lock:
            if self._conn is None:
                raise GuardianError("The case is locked. Open it again to go on.")
            try:
                return list(self._conn.execute(sql, params).fetchall())
            except dbapi2.Error as exc:
                raise _translate(exc) from exc

    def _audit(self, cur: Any, action: str, detail: str, *, coalesce: bool = False) -> None:
        """Append to the chain. With coalesce, an entry identical to the last one is not
        repeated (answers saved as they are typed would otherwise add one per pause)."""
        row = cur.execute(
            "SELECT entry_hash, action, detail FROM audit ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        if coalesce and row and row[1] == action and row[2] == detail:
            return
        prev = row[0] if row else "0" * 64
        at = utc_now()
        entry_hash = _chain_hash(prev, at, action, detail)
        cur.execute(
            "INSERT INTO audit (at_utc, action, detail, entry_hash) VALUES (?, ?, ?, ?)",
            (at, action, detail, entry_hash),
        )

    def record(self, action: str, detail: str) -> None:
        """Add an entry to the audit log (for exports and other events)."""
        with self._tx() as cur:
            self._audit(cur, action, detail)

    def audit_log(self) -> list[AuditEntry]:
        rows = self._read("SELECT seq, at_utc, action, detail, entry_hash FROM audit ORDER BY seq")
        return [AuditEntry(*r) for r in rows]

    # --- case details ---------------------------------------------------------------------

    def info(self) -> CaseInfo:
        rows = self._read(
            "SELECT case_id, label, created_utc, role, under_18, region, police_reference, "
            "practice FROM case_info WHERE id = 1"
        )
        if not rows:
            raise DamagedCaseError("The case details are missing from the case file.")
        r = rows[0]
        return CaseInfo(
            case_id=r[0],
            label=r[1],
            created_utc=r[2],
            role=Role(r[3]),
            under_18=None if r[4] is None else bool(r[4]),
            region=r[5],
            police_reference=r[6],
            practice=bool(r[7]),
        )

    def update_info(self, **changes: Any) -> None:
        allowed = {"label", "role", "under_18", "region", "police_reference"}
        unknown = set(changes) - allowed
        if unknown:
            raise ValueError(f"cannot change {sorted(unknown)}")
        if not changes:
            return
        values = [
            _tri(v) if k == "under_18" else (str(v) if k == "role" else v)
            for k, v in changes.items()
        ]
        sets = ", ".join(f"{k} = ?" for k in changes)
        with self._tx() as cur:
            cur.execute(f"UPDATE case_info SET {sets} WHERE id = 1", values)
            self._audit(cur, "case.changed", "Changed: " + ", ".join(sorted(changes)))

    # --- the interview's answers ---------------------------------------------------------

    def answers(self) -> CaseAnswers:
        """Every answers section; defaults for what was never answered."""
        rows = dict(self._read("SELECT section, value FROM answers"))
        out = CaseAnswers()
        for kind in SECTIONS:
            raw = rows.get(kind.section)
            if raw is None:
                continue
            try:
                data = json.loads(raw)
            except ValueError:
                continue  # a damaged row reads as unanswered; the rest still loads
            if isinstance(data, dict):
                setattr(out, kind.section, kind.from_dict(data))
        return out

    def save_answers(self, section: Section) -> None:
        """Store one section whole (saved as it is typed)."""
        with self._tx() as cur:
            cur.execute(
                "INSERT INTO answers (section, value) VALUES (?, ?) "
                "ON CONFLICT(section) DO UPDATE SET value = excluded.value",
                (section.section, section.to_json()),
            )
            self._audit(cur, "answers.changed", f"Answers changed: {section.section}",
                        coalesce=True)  # fmt: skip

    def get_progress(self, key: str, default: Any = None) -> Any:
        rows = self._read("SELECT value FROM progress WHERE key = ?", (key,))
        return json.loads(rows[0][0]) if rows else default

    def set_progress(self, key: str, value: Any) -> None:
        """Wizard progress and form fields, saved as they are typed (not audited: too chatty)."""
        with self._tx() as cur:
            cur.execute(
                "INSERT INTO progress (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value)),
            )

    def all_progress(self) -> dict[str, Any]:
        return {k: json.loads(v) for k, v in self._read("SELECT key, value FROM progress")}

    # --- evidence -------------------------------------------------------------------------

    def has_sha256(self, sha256: str) -> EvidenceItem | None:
        rows = self._read(f"SELECT {EVIDENCE_COLUMNS} FROM evidence WHERE sha256 = ?", (sha256,))
        return _evidence(rows[0]) if rows else None

    def add_evidence(
        self,
        *,
        data: bytes,
        sha256: str,
        width: int,
        height: int,
        fmt: str,
        rendition: bytes,
        thumbnail: bytes,
        original_name: str,
        original_mtime_utc: str | None = None,
        original_ctime_utc: str | None = None,
        description: str = "",
        platform: str = "",
        happened_at: str = "",
        source: str = "file",
    ) -> tuple[EvidenceItem, bool]:
        """Store one item in one transaction. Returns (item, added); added is False for a
        duplicate, which is not stored again."""
        if hashlib.sha256(data).hexdigest() != sha256:
            raise GuardianError("The file changed while it was being saved. Please add it again.")
        with self._tx() as cur:
            row = cur.execute(
                f"SELECT {EVIDENCE_COLUMNS} FROM evidence WHERE sha256 = ?", (sha256,)
            ).fetchone()
            if row:
                return _evidence(row), False
            number = int(
                cur.execute("SELECT value FROM meta WHERE key = 'next_exhibit'").fetchone()[0]
            )
            cur.execute("UPDATE meta SET value = ? WHERE key = 'next_exhibit'", (str(number + 1),))
            cur.execute(
                "INSERT INTO evidence (exhibit_no, sha256, size, original_name, "
                "original_mtime_utc, original_ctime_utc, imported_utc, width, height, format, "
                "description, platform, happened_at, source, app_version) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    number, sha256, len(data), original_name, original_mtime_utc,
                    original_ctime_utc, utc_now(), width, height, fmt, description, platform,
                    happened_at, source, __version__,
                ),
            )  # fmt: skip
            item_id = cur.lastrowid
            cur.execute(
                "INSERT INTO evidence_blob (item_id, original, rendition, thumbnail) "
                "VALUES (?, ?, ?, ?)",
                (item_id, data, rendition, thumbnail),
            )
            known = [sha256, *integrity.digests((rendition, thumbnail)), "", ""]
            integrity.reseal(cur, self._seal_key(cur), item_id, known)
            self._audit(
                cur,
                "evidence.added",
                f"{exhibit_label(number)} added from {source}: {original_name} "
                f"({len(data)} bytes, SHA-256 {sha256})",
            )
            row = cur.execute(
                f"SELECT {EVIDENCE_COLUMNS} FROM evidence WHERE id = ?", (item_id,)
            ).fetchone()
        return _evidence(row), True

    def list_evidence(self) -> list[EvidenceItem]:
        rows = self._read(f"SELECT {EVIDENCE_COLUMNS} FROM evidence ORDER BY exhibit_no")
        return [_evidence(r) for r in rows]

    def get_evidence(self, item_id: int) -> EvidenceItem:
        rows = self._read(f"SELECT {EVIDENCE_COLUMNS} FROM evidence WHERE id = ?", (item_id,))
        if not rows:
            raise GuardianError("That piece of evidence is no longer in the case.")
        return _evidence(rows[0])

    def _blob(self, item_id: int, column: str) -> bytes | None:
        rows = self._read(f"SELECT {column} FROM evidence_blob WHERE item_id = ?", (item_id,))
        if not rows:
            raise GuardianError("That piece of evidence is no longer in the case.")
        return None if rows[0][0] is None else bytes(rows[0][0])

    def original_bytes(self, item_id: int) -> bytes:
        data = self._blob(item_id, "original")
        assert data is not None
        return data

    def rendition(self, item_id: int, *, redacted: bool = True) -> bytes:
        """The downscaled JPEG for screen and report; the redacted one where there is one."""
        if redacted:
            data = self._blob(item_id, "redacted_rendition")
            if data is not None:
                return data
        data = self._blob(item_id, "rendition")
        assert data is not None
        return data

    def thumbnail(self, item_id: int) -> bytes:
        data = self._blob(item_id, "thumbnail")
        assert data is not None
        return data

    def redacted_bytes(self, item_id: int) -> bytes | None:
        return self._blob(item_id, "redacted")

    def redaction_boxes(self, item_id: int) -> list[list[int]]:
        rows = self._read("SELECT redaction_boxes FROM evidence WHERE id = ?", (item_id,))
        return list(json.loads(rows[0][0])) if rows else []

    def set_redaction(
        self,
        item_id: int,
        *,
        boxes: list[list[int]],
        redacted: bytes | None,
        redacted_rendition: bytes | None,
        thumbnail: bytes,
    ) -> EvidenceItem:
        """Store (or with no boxes, clear) the redacted version. The original is untouched."""
        item = self.get_evidence(item_id)
        digest = hashlib.sha256(redacted).hexdigest() if redacted else None
        with self._tx() as cur:
            cur.execute(
                "UPDATE evidence SET redacted_sha256 = ?, redaction_boxes = ? WHERE id = ?",
                (digest, json.dumps(boxes), item_id),
            )
            cur.execute(
                "UPDATE evidence_blob SET redacted = ?, redacted_rendition = ?, thumbnail = ? "
                "WHERE item_id = ?",
                (redacted, redacted_rendition, thumbnail, item_id),
            )
            integrity.reseal(cur, self._seal_key(cur), item_id)
            if digest:
                self._audit(
                    cur,
                    "evidence.redacted",
                    f"{item.exhibit}: {len(boxes)} area(s) covered; redacted copy SHA-256 "
                    f"{digest}; original SHA-256 {item.sha256} unchanged",
                )
            else:
                self._audit(cur, "evidence.redaction_removed", f"{item.exhibit}: redaction removed")
        return self.get_evidence(item_id)

    def update_evidence(self, item_id: int, **changes: str) -> EvidenceItem:
        allowed = {"description", "platform", "happened_at"}
        unknown = set(changes) - allowed
        if unknown:
            raise ValueError(f"cannot change {sorted(unknown)}")
        item = self.get_evidence(item_id)
        if changes:
            sets = ", ".join(f"{k} = ?" for k in changes)
            with self._tx() as cur:
                cur.execute(
                    f"UPDATE evidence SET {sets} WHERE id = ?", (*changes.values(), item_id)
                )
                integrity.reseal(cur, self._seal_key(cur), item_id)
                self._audit(
                    cur, "evidence.changed", f"{item.exhibit}: changed {', '.join(sorted(changes))}"
                )
        return self.get_evidence(item_id)

    def remove_evidence(self, item_id: int, reason: str = "") -> None:
        item = self.get_evidence(item_id)
        with self._tx() as cur:
            cur.execute("DELETE FROM evidence_blob WHERE item_id = ?", (item_id,))
            cur.execute("DELETE FROM evidence WHERE id = ?", (item_id,))
            detail = f"{item.exhibit} removed: {item.original_name} (SHA-256 {item.sha256})"
            self._audit(cur, "evidence.removed", detail + (f"; reason: {reason}" if reason else ""))

    # --- identifiers, timeline, payments --------------------------------------------------

    def save_record(self, record: T) -> T:
        """Insert (id None) or update a record; returns it with its id."""
        table = _TABLES[type(record)]
        data: dict[str, Any] = asdict(record)
        record_id = data.pop("id")
        cols = list(data)
        quoted = [f'"{c}"' for c in cols]
        with self._tx() as cur:
            if record_id is None:
                cur.execute(
                    f"INSERT INTO {table} ({', '.join(quoted)}) "
                    f"VALUES ({', '.join('?' for _ in cols)})",
                    tuple(data.values()),
                )
                record.id = int(cur.lastrowid)
                self._audit(cur, f"{table}.added", f"{table} #{record.id} added")
            else:
                cur.execute(
                    f"UPDATE {table} SET {', '.join(f'{q} = ?' for q in quoted)} WHERE id = ?",
                    (*data.values(), record_id),
                )
                self._audit(cur, f"{table}.changed", f"{table} #{record_id} changed", coalesce=True)
        return record

    def delete_record(self, kind: type[T], record_id: int) -> None:
        table = _TABLES[kind]
        with self._tx() as cur:
            cur.execute(f"DELETE FROM {table} WHERE id = ?", (record_id,))
            self._audit(cur, f"{table}.removed", f"{table} #{record_id} removed")

    def list_records(self, kind: type[T]) -> list[T]:
        table = _TABLES[kind]
        names = [f.name for f in fields(kind)]
        order = '"when", id' if kind is not OffenderIdentifier else "id"
        rows = self._read(
            f"SELECT {', '.join(f'{chr(34)}{n}{chr(34)}' for n in names)} FROM {table} "
            f"ORDER BY {order}"
        )
        return [kind(**dict(zip(names, r, strict=True))) for r in rows]

    # --- checking -------------------------------------------------------------------------

    def verify(self) -> VerifyReport:
        """Check the encryption's page MACs, re-hash every item, check each item's seal
        (details and every picture), the audit chain, the key files and the anchor."""
        report = VerifyReport(ok=True)
        try:
            report.problems.extend(
                f"Key file check: {p}"
                for p in keymod.check_key_files(self.folder, self._key(), self.case_id)
            )
        except GuardianError as exc:
            report.problems.append(f"Key file check: {exc}")
        if (self.folder / DAMAGED_WAL).exists():
            report.problems.append(
                f"Changes made just before the app last stopped could not all be read; a "
                f"copy of them was kept as {DAMAGED_WAL} in the case folder. Check the "
                "evidence list; once you are sure nothing is missing (or someone has taken "
                "a copy to look at), that file can be removed."
            )
        try:
            bad_pages = [r[0] for r in self._read("PRAGMA cipher_integrity_check")]
        except GuardianError as exc:
            bad_pages = [str(exc)]
        if bad_pages:
            report.problems.extend(f"Encryption check: {p}" for p in bad_pages)
        try:
            ok = self._read("PRAGMA integrity_check")
            if ok and ok[0][0] != "ok":
                report.problems.extend(f"Database check: {r[0]}" for r in ok)
        except GuardianError as exc:
            report.problems.append(f"Database check: {exc}")
        try:
            for item in self.list_evidence():
                data = self.original_bytes(item.id)
                report.items_checked += 1
                if hashlib.sha256(data).hexdigest() != item.sha256:
                    report.problems.append(
                        f"{item.exhibit}: the stored file does not match its hash"
                    )
                red = self.redacted_bytes(item.id)
                if item.redacted_sha256 and (
                    red is None or hashlib.sha256(red).hexdigest() != item.redacted_sha256
                ):
                    report.problems.append(f"{item.exhibit}: the redacted copy does not match")
            with self._lock:
                if self._conn is None:
                    raise GuardianError("The case is locked. Open it again to go on.")
                cur = self._conn.cursor()
                try:
                    seal_row = cur.execute(
                        "SELECT value FROM meta WHERE key = 'seal_key'"
                    ).fetchone()
                    for item_id, exhibit_no, stored in cur.execute(
                        "SELECT id, exhibit_no, seal FROM evidence ORDER BY exhibit_no"
                    ).fetchall():
                        good = (
                            integrity.item_seal(cur, bytes.fromhex(seal_row[0]), item_id)
                            if seal_row
                            else ""
                        )
                        if not stored or not good or not hmac.compare_digest(stored, good):
                            report.problems.append(
                                f"{exhibit_label(exhibit_no)}: its details or pictures do not "
                                "match what was stored (changed, or swapped with another item)"
                            )
                except dbapi2.Error as exc:
                    raise _translate(exc) from exc
                finally:
                    cur.close()
        except GuardianError as exc:
            report.problems.append(f"Evidence could not all be read: {exc}")
        from .transcripts import verify_transcripts  # chat exports and their transcripts

        report.items_checked += verify_transcripts(self, report.problems)
        try:
            prev = "0" * 64
            for entry in self.audit_log():
                if _chain_hash(prev, entry.at_utc, entry.action, entry.detail) != entry.entry_hash:
                    report.problems.append(f"Audit log entry {entry.seq} does not match its chain")
                prev = entry.entry_hash
        except GuardianError as exc:
            report.problems.append(f"Audit log could not be read: {exc}")
        try:
            problem = self.anchor_problem()
            if problem:
                report.problems.append(f"Rollback check: {problem}")
        except GuardianError as exc:
            report.problems.append(f"Rollback check: {exc}")
        report.ok = not report.problems
        return report

    def readable_summary(self) -> list[str]:
        """What can still be read from a damaged case, table by table."""
        out: list[str] = []
        for table, label in (
            ("case_info", "case details"),
            ("evidence", "evidence list"),
            ("identifier", "offender details"),
            ("timeline", "timeline"),
            ("payment", "payments"),
            ("reference", "reference numbers"),
            ("answers", "answers"),
            ("audit", "audit log"),
        ):
            try:
                n = self._read(f"SELECT count(*) FROM {table}")[0][0]
                out.append(f"{label}: {n} readable")
            except GuardianError:
                out.append(f"{label}: damaged")
        return out


_FULL_ON_CREATE = (
    "The disk is full, so the case could not be made. Nothing was left behind. Free some "
    "space or choose another place, then try again."
)

_WAL_NOTICE = (
    "The changes made just before the app last stopped could not all be read back: part "
    "of the case's log is damaged. What could be read is open now; some of the last "
    f"changes may be missing. A copy of the damaged log was kept ({DAMAGED_WAL}) in the "
    "case folder. Check the evidence list, and keep the folder as it is."
)


def _remove_stale_partials(folder: Path, older_than_s: float = 600.0) -> None:
    """Remove hidden half-made copies of this case left by a create that was stopped
    (not one another window may be making right now: only those untouched for a while)."""
    import glob

    now = time.time()
    for leftover in folder.parent.glob(f".{glob.escape(folder.name)}.*.partial"):
        with contextlib.suppress(OSError):
            if leftover.is_symlink() or not leftover.is_dir():
                continue
            if now - leftover.stat().st_mtime >= older_than_s:
                shutil.rmtree(leftover, ignore_errors=True)


_IN_USE = (
    "This case is already open in another window or program. Close it there first. "
    "If the app closed unexpectedly, wait a moment and try again."
)


_READ_ONLY = (
    "The case is in a place the app cannot write to, such as a locked USB stick or a "
    "read-only folder. Copy the whole case folder to this computer, then open the copy."
)


def _is_read_only(exc: Exception) -> bool:
    text = str(exc).lower()
    return "readonly" in text or "read-only" in text or "unable to open database" in text


def _translate(exc: Exception) -> GuardianError:
    text = str(exc).lower()
    if _is_read_only(exc):
        return CaseReadOnlyError(_READ_ONLY)
    if _is_full(exc):
        return StorageFullError(
            "The disk is full, so this was not saved. Nothing was half-written. "
            "Free some space, then try again."
        )
    if _is_locked(exc):
        return CaseInUseError(_IN_USE)
    if "malformed" in text or "not a database" in text or "hmac" in text:
        return DamagedCaseError(
            "Part of the case file is damaged and could not be read. Use 'Check this case' "
            "in Settings (or 'guardian-desktop verify') to see what can still be read, and "
            "keep a copy of the case folder."
        )
    return GuardianError(f"The case could not be read or saved ({exc}).")


def _chain_hash(prev: str, at: str, action: str, detail: str) -> str:
    return hashlib.sha256("\x1f".join((prev, at, action, detail)).encode("utf-8")).hexdigest()


def _tri(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _evidence(row: Any) -> EvidenceItem:
    return EvidenceItem(*row)


def default_cases_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("GuardianDesktop", appauthor=False)) / "cases"


__all__ = [
    "CASE_SUFFIX",
    "CaseVault",
    "WrongSecretError",
    "case_folder",
    "default_cases_dir",
    "is_case",
]
