"""The case database schema and its migrations (PRAGMA user_version is the version)."""

from __future__ import annotations

from typing import Any

# Each entry upgrades the schema by one version. Never edit a released entry: add one.
MIGRATIONS: list[str] = [
    # 1: the first schema.
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE case_info (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        case_id TEXT NOT NULL,
        label TEXT NOT NULL,
        created_utc TEXT NOT NULL,
        role TEXT NOT NULL,
        under_18 INTEGER,
        region TEXT NOT NULL,
        police_reference TEXT NOT NULL DEFAULT '',
        practice INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE evidence (
        id INTEGER PRIMARY KEY,
        exhibit_no INTEGER NOT NULL UNIQUE,
        sha256 TEXT NOT NULL UNIQUE,
        size INTEGER NOT NULL,
        original_name TEXT NOT NULL,
        original_mtime_utc TEXT,
        original_ctime_utc TEXT,
        imported_utc TEXT NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        format TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        platform TEXT NOT NULL DEFAULT '',
        happened_at TEXT NOT NULL DEFAULT '',
        redacted_sha256 TEXT
    );
    CREATE TABLE evidence_blob (
        item_id INTEGER PRIMARY KEY REFERENCES evidence(id) ON DELETE CASCADE,
        original BLOB NOT NULL,
        rendition BLOB NOT NULL,
        thumbnail BLOB NOT NULL,
        redacted BLOB,
        redacted_rendition BLOB
    );
    CREATE TABLE identifier (
        id INTEGER PRIMARY KEY,
        platform TEXT NOT NULL DEFAULT '',
        username TEXT NOT NULL DEFAULT '',
        display_name TEXT NOT NULL DEFAULT '',
        profile_url TEXT NOT NULL DEFAULT '',
        numeric_id TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        seen_at TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE timeline (
        id INTEGER PRIMARY KEY,
        "when" TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        platform TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE payment (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL DEFAULT 'demanded',
        amount TEXT NOT NULL DEFAULT '',
        currency TEXT NOT NULL DEFAULT '',
        method TEXT NOT NULL DEFAULT '',
        details TEXT NOT NULL DEFAULT '',
        "when" TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE progress (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE audit (
        seq INTEGER PRIMARY KEY,
        at_utc TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL,
        entry_hash TEXT NOT NULL
    );
    CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    """,
    # 2: where a piece of evidence came from (file, clipboard, screen) and the redaction
    # boxes, so a redaction can be shown and undone.
    """
    ALTER TABLE evidence ADD COLUMN source TEXT NOT NULL DEFAULT 'file';
    ALTER TABLE evidence ADD COLUMN redaction_boxes TEXT NOT NULL DEFAULT '[]';
    """,
    # 3: the interview's typed answers, the money trail's payee fields, and the reference
    # numbers of reports already made. Narrative progress keys move into `answers` and
    # free-text dates become ISO 8601 where they can be read (vault._upgrade_data).
    """
    CREATE TABLE answers (section TEXT PRIMARY KEY, value TEXT NOT NULL);
    ALTER TABLE payment ADD COLUMN payee_name TEXT NOT NULL DEFAULT '';
    ALTER TABLE payment ADD COLUMN sort_code TEXT NOT NULL DEFAULT '';
    ALTER TABLE payment ADD COLUMN account_number TEXT NOT NULL DEFAULT '';
    ALTER TABLE payment ADD COLUMN iban TEXT NOT NULL DEFAULT '';
    ALTER TABLE payment ADD COLUMN wallet_address TEXT NOT NULL DEFAULT '';
    ALTER TABLE payment ADD COLUMN chain TEXT NOT NULL DEFAULT '';
    ALTER TABLE payment ADD COLUMN gift_card_brand TEXT NOT NULL DEFAULT '';
    ALTER TABLE payment ADD COLUMN gift_card_code TEXT NOT NULL DEFAULT '';
    ALTER TABLE payment ADD COLUMN payee_account TEXT NOT NULL DEFAULT '';
    ALTER TABLE payment ADD COLUMN transaction_ref TEXT NOT NULL DEFAULT '';
    ALTER TABLE payment ADD COLUMN bank_told TEXT NOT NULL DEFAULT '';
    ALTER TABLE payment ADD COLUMN bank_reference TEXT NOT NULL DEFAULT '';
    ALTER TABLE payment ADD COLUMN stopped TEXT NOT NULL DEFAULT '';
    CREATE TABLE reference (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL DEFAULT 'police_receipt',
        number TEXT NOT NULL DEFAULT '',
        pin TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        "when" TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT ''
    );
    INSERT OR REPLACE INTO meta (key, value) VALUES ('pending_answers_upgrade', '1');
    """,
    # 4: each item's seal, an HMAC over its details and the hashes of every picture of it
    # (original, rendition, thumbnail, redacted copies), so a swap or edit is found by
    # verify. The seal key is random, kept in `meta`, and survives re-keying.
    """
    ALTER TABLE evidence ADD COLUMN seal TEXT NOT NULL DEFAULT '';
    INSERT OR REPLACE INTO meta (key, value) VALUES ('pending_seal_all', '1');
    """,
    # 5: chat exports kept as transcript exhibits (core/transcripts.py). The export files
    # are kept byte for byte with their SHA-256 (and each file inside a .zip); a transcript
    # takes its exhibit number from the same meta 'next_exhibit' as the pictures.
    # transcript_message has no foreign key: checking one per line made storing 100,000
    # lines about four times slower; its rows are written and removed with their transcript.
    """
    CREATE TABLE chat_export (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE,
        size INTEGER NOT NULL,
        original_name TEXT NOT NULL,
        kind TEXT NOT NULL,
        kept INTEGER NOT NULL DEFAULT 1,
        within TEXT NOT NULL DEFAULT '',
        original_mtime_utc TEXT,
        imported_utc TEXT NOT NULL
    );
    CREATE TABLE chat_export_blob (
        export_id INTEGER PRIMARY KEY REFERENCES chat_export(id) ON DELETE CASCADE,
        data BLOB NOT NULL
    );
    CREATE TABLE chat_export_member (
        export_id INTEGER NOT NULL REFERENCES chat_export(id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        PRIMARY KEY (export_id, path)
    );
    CREATE TABLE transcript (
        id INTEGER PRIMARY KEY,
        exhibit_no INTEGER NOT NULL UNIQUE,
        platform TEXT NOT NULL DEFAULT '',
        format TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        chat_id TEXT NOT NULL DEFAULT '',
        chat_files TEXT NOT NULL DEFAULT '[]',
        imported_utc TEXT NOT NULL,
        first_at TEXT NOT NULL DEFAULT '',
        last_at TEXT NOT NULL DEFAULT '',
        message_count INTEGER NOT NULL DEFAULT 0,
        zone_recorded INTEGER NOT NULL DEFAULT 0,
        stated_zone TEXT NOT NULL DEFAULT '',
        media_note TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '[]',
        range_first INTEGER,
        range_last INTEGER,
        description TEXT NOT NULL DEFAULT '',
        messages_sha256 TEXT NOT NULL
    );
    CREATE TABLE transcript_source (
        transcript_id INTEGER NOT NULL REFERENCES transcript(id) ON DELETE CASCADE,
        export_id INTEGER NOT NULL REFERENCES chat_export(id),
        PRIMARY KEY (transcript_id, export_id)
    );
    CREATE TABLE transcript_participant (
        transcript_id INTEGER NOT NULL REFERENCES transcript(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        name TEXT NOT NULL,
        numeric_id TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (transcript_id, idx)
    );
    CREATE TABLE transcript_message (
        transcript_id INTEGER NOT NULL,
        line_no INTEGER NOT NULL,
        at TEXT NOT NULL DEFAULT '',
        sender TEXT NOT NULL DEFAULT '',
        sender_id TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT 'text',
        text TEXT NOT NULL DEFAULT '',
        media TEXT NOT NULL DEFAULT '',
        source_ref TEXT NOT NULL DEFAULT '',
        media_exhibit_no INTEGER,
        is_key INTEGER NOT NULL DEFAULT 0,
        key_note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (transcript_id, line_no)
    ) WITHOUT ROWID;
    """,
    # 6: the app version that recorded each item, for the report's continuity table.
    """
    ALTER TABLE evidence ADD COLUMN app_version TEXT NOT NULL DEFAULT '';
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: Any, upto: int = SCHEMA_VERSION) -> tuple[int, int]:
    """Bring the schema to `upto`, one transaction per step. Returns (before, after)."""
    before = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if before > SCHEMA_VERSION:
        from .errors import GuardianError

        raise GuardianError(
            "This case was made by a newer version of Guardian Desktop. "
            "Please update the app to open it. The case has not been changed."
        )
    version = before
    while version < upto:
        script = MIGRATIONS[version]
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _split(script):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except Exception:
            conn.execute("ROLLBACK")
            raise
        version += 1
    return before, version


def _split(script: str) -> list[str]:
    """Split a migration into whole statements (trigger bodies stay whole)."""
    import sqlcipher3

    statements: list[str] = []
    buf = ""
    for line in script.strip().splitlines():
        buf += line + "\n"
        if sqlcipher3.complete_statement(buf):
            statements.append(buf.strip())
            buf = ""
    if buf.strip():
        statements.append(buf.strip())
    return statements
