"""The encrypted case vault: one case is one folder holding one SQLCipher database.

On-disk format (see docs/case-format.md):
    NAME.gdcase/
        case.db        SQLCipher 4 database, encrypted with a random 256-bit raw key
        case.db-wal    its write-ahead log (encrypted too), present while open
        case.keys      the data key wrapped by passphrase and by recovery code (JSON)
        case.keys.bak  a copy of case.keys, in case one of them is damaged
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import threading
import uuid
from collections.abc import Iterator
from dataclasses import asdict, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import sqlcipher3
from sqlcipher3 import dbapi2

from . import keys as keymod
from . import when as whenmod
from .answers import LEGACY_PROGRESS_KEYS, SECTIONS, CaseAnswers, Section
from .errors import (
    CaseExistsError,
    CaseInUseError,
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

T = TypeVar("T", OffenderIdentifier, TimelineEvent, Payment, ReferenceNumber)
_TABLES: dict[type, str] = {OffenderIdentifier: "identifier", TimelineEvent: "timeline",
                            Payment: "payment", ReferenceNumber: "reference"}  # fmt: skip
# Record fields holding a core.when value, migrated from free text in schema 3.
_WHEN_COLUMNS = (("identifier", "seen_at"), ("timeline", '"when"'), ("payment", '"when"'),
                 ("evidence", "happened_at"))  # fmt: skip

EVIDENCE_COLUMNS = (
    "id, exhibit_no, sha256, size, original_name, original_mtime_utc, original_ctime_utc, "
    "imported_utc, width, height, format, description, platform, happened_at, "
    "redacted_sha256, source"
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
        self._data_key: bytes | None = data_key
        self.case_id = case_id
        self._lock = threading.RLock()

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
        """Create a new case. Returns the open vault and the recovery code (shown once)."""
        if len(passphrase) < keymod.MIN_PASSPHRASE_LENGTH:
            raise GuardianError(
                f"Please choose a passphrase of at least {keymod.MIN_PASSPHRASE_LENGTH} characters."
            )
        folder = case_folder(path)
        if folder.exists() and any(folder.iterdir()):
            raise CaseExistsError(
                "There is already something at that place. Choose another name or folder."
            )
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise GuardianError(
                f"The case folder could not be made ({exc.strerror}). "
                "Choose another place, for example your Documents folder."
            ) from exc
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
        try:
            keymod.write_key_file(folder, keyfile)
            vault = cls._connect(folder, data_key, case_id, new=True)
        except OSError as exc:
            if "No space" in str(exc) or getattr(exc, "errno", 0) == 28:
                raise StorageFullError(
                    "The disk is full, so the case could not be made. Free some space or "
                    "choose another place, then try again."
                ) from exc
            raise
        with vault._tx() as cur:
            cur.execute(
                "INSERT INTO case_info (id, case_id, label, created_utc, role, under_18, "
                "region, practice) VALUES (1, ?, ?, ?, ?, ?, ?, ?)",
                (case_id, label, utc_now(), str(role), _tri(under_18), region, int(practice)),
            )
            cur.execute("INSERT INTO meta VALUES ('next_exhibit', '1')")
            vault._audit(cur, "case.created", f"Case created (schema {SCHEMA_VERSION})")
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
        """Unlock a case with a passphrase, a recovery code or a remembered key."""
        folder = Path(path)
        if not folder.exists():
            raise NotACaseError(
                "The case could not be found there. It may have been moved, or the USB "
                "stick may not be plugged in."
            )
        if not folder.is_dir() or not (folder / DB_FILE).exists():
            raise NotACaseError("This is not a Guardian Desktop case.")
        files = keymod.read_key_files(folder)
        keyfile = files[0][1]
        if passphrase is not None:
            data_key, keyfile = keymod.unlock_with_secret(folder, passphrase, "passphrase")
        elif recovery_code is not None:
            data_key, keyfile = keymod.unlock_with_secret(folder, recovery_code, "recovery")
        elif data_key is None:
            raise GuardianError("A passphrase or recovery code is needed to open this case.")
        vault = cls._connect(folder, data_key, keyfile.case_id, new=False)
        if passphrase is not None or recovery_code is not None:
            # Finish an interrupted passphrase change (the person used the new one) and
            # refresh a missing or damaged copy of the key file.
            with contextlib.suppress(OSError):
                keymod.repair_key_files(folder, keyfile)
        return vault

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
        if before and before != after:
            with vault._tx() as cur:
                if before < 3:
                    vault._upgrade_data(cur)
                vault._audit(cur, "case.upgraded", f"Schema upgraded from {before} to {after}")
        return vault

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
        for table, column in _WHEN_COLUMNS:
            for row_id, value in cur.execute(f"SELECT id, {column} FROM {table}").fetchall():
                new = whenmod.migrate_text(value or "")
                if new != (value or ""):
                    cur.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (new, row_id))

    def close(self) -> None:
        """Lock the case: close the database and drop the key from this object."""
        with self._lock:
            if self._conn is not None:
                with contextlib.suppress(dbapi2.Error):
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self._conn.close()
                self._conn = None
            self._data_key = None

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def __enter__(self) -> CaseVault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- keys ----------------------------------------------------------------------------

    def change_passphrase(self, new_passphrase: str) -> None:
        """Rewrap the data key. The database is not touched, so the evidence is never at risk."""
        if len(new_passphrase) < keymod.MIN_PASSPHRASE_LENGTH:
            raise GuardianError(
                f"Please choose a passphrase of at least {keymod.MIN_PASSPHRASE_LENGTH} characters."
            )
        key = self._key()
        current = keymod.read_key_files(self.folder)[0][1]
        slots = [s for s in current.slots if s.kind != "passphrase"]
        slots.insert(
            0,
            keymod.wrap_key(
                key, keymod.normalise_passphrase(new_passphrase), "passphrase", self.case_id
            ),
        )
        keymod.write_key_file(self.folder, keymod.KeyFile(case_id=self.case_id, slots=slots))
        with self._tx() as cur:
            self._audit(cur, "case.passphrase_changed", "Passphrase changed")

    def remember_on_this_computer(self, remember: bool) -> None:
        """Store or forget the data key in the OS keyring. Raises NoKeyringError."""
        if remember:
            keymod.keyring_store(self.case_id, self._key())
        else:
            keymod.keyring_forget(self.case_id)

    def _key(self) -> bytes:
        if self._data_key is None:
            raise GuardianError("The case is locked. Open it again to go on.")
        return self._data_key

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
                "description, platform, happened_at, source) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    number, sha256, len(data), original_name, original_mtime_utc,
                    original_ctime_utc, utc_now(), width, height, fmt, description, platform,
                    happened_at, source,
                ),
            )  # fmt: skip
            item_id = cur.lastrowid
            cur.execute(
                "INSERT INTO evidence_blob (item_id, original, rendition, thumbnail) "
                "VALUES (?, ?, ?, ?)",
                (item_id, data, rendition, thumbnail),
            )
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
        """Check the encryption's page MACs, re-hash every item and check the audit chain."""
        report = VerifyReport(ok=True)
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
        except GuardianError as exc:
            report.problems.append(f"Evidence could not all be read: {exc}")
        try:
            prev = "0" * 64
            for entry in self.audit_log():
                if _chain_hash(prev, entry.at_utc, entry.action, entry.detail) != entry.entry_hash:
                    report.problems.append(f"Audit log entry {entry.seq} does not match its chain")
                prev = entry.entry_hash
        except GuardianError as exc:
            report.problems.append(f"Audit log could not be read: {exc}")
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
