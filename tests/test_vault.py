"""The case vault on real SQLCipher files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from guardian_desktop.core import keys, schema
from guardian_desktop.core.errors import (
    CaseExistsError,
    CaseInUseError,
    DamagedCaseError,
    GuardianError,
    NoKeyringError,
    NotACaseError,
    StorageFullError,
    WrongSecretError,
)
from guardian_desktop.core.evidence import add_prepared, prepare_bytes
from guardian_desktop.core.models import OffenderIdentifier, Payment, Role, TimelineEvent
from guardian_desktop.core.vault import CaseVault
from tests.conftest import make_screenshot

PASS = "correct horse battery"
SECRET_NOTE = "Zebra-note-4471 paid with gift card"
SECRET_USER = "offender_handle_8812"


def new_case(tmp_path: Path, **kw: object) -> tuple[CaseVault, str]:
    return CaseVault.create(tmp_path / "case", PASS, "Practice label 77", **kw)  # type: ignore[arg-type]


def add_shot(vault: CaseVault, seed: int, **meta: str) -> int:
    item, added = add_prepared(vault, prepare_bytes(make_screenshot(seed), f"s{seed}.png"), **meta)
    assert added
    return item.id


def test_create_and_reopen_keeps_everything(tmp_path: Path) -> None:
    vault, code = new_case(tmp_path, role=Role.COUNSELLOR, under_18=True, region="scotland")
    assert len(keys.normalise_recovery_code(code)) == 28
    add_shot(vault, 1, description="first", platform="Instagram")
    vault.save_record(OffenderIdentifier(platform="Instagram", username=SECRET_USER))
    vault.save_record(TimelineEvent(when="2026-11-01T20:15:00+00:00", description="first msg"))
    vault.save_record(Payment(kind="demanded", amount="500", currency="GBP", method="gift card"))
    vault.set_progress("wizard.step", "details")
    folder = vault.folder
    vault.close()

    again = CaseVault.open(folder, passphrase=PASS)
    info = again.info()
    assert (info.label, info.role, info.under_18, info.region) == (
        "Practice label 77",
        Role.COUNSELLOR,
        True,
        "scotland",
    )
    items = again.list_evidence()
    assert [(i.exhibit, i.description, i.platform) for i in items] == [
        ("GD-001", "first", "Instagram")
    ]
    assert again.list_records(OffenderIdentifier)[0].username == SECRET_USER
    assert again.list_records(Payment)[0].amount == "500"
    assert again.get_progress("wizard.step") == "details"
    assert [e.action for e in again.audit_log()][:2] == ["case.created", "evidence.added"]
    again.close()


def test_files_hold_no_plaintext_and_sqlite_cannot_read(tmp_path: Path) -> None:
    vault, _ = new_case(tmp_path)
    add_shot(vault, 2, description=SECRET_NOTE)
    vault.save_record(OffenderIdentifier(username=SECRET_USER, notes=SECRET_NOTE))
    vault.set_progress("details.summary", SECRET_NOTE)
    # While open, the write-ahead log holds the recent writes: check it too.
    files = [p for p in vault.folder.iterdir() if p.is_file()]
    assert any(p.name == "case.db-wal" for p in files)
    for p in files:
        raw = p.read_bytes()
        for needle in (SECRET_NOTE, SECRET_USER, "Practice label 77", "s2.png"):
            assert needle.encode() not in raw, (p.name, needle)
            assert needle.encode("utf-16-le") not in raw
    db = vault.folder / "case.db"
    vault.close()
    assert not db.read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(db).execute("SELECT * FROM sqlite_master").fetchall()


def test_wrong_passphrase_and_wrong_code_are_told_apart(tmp_path: Path) -> None:
    vault, _ = new_case(tmp_path)
    folder = vault.folder
    vault.close()
    with pytest.raises(WrongSecretError) as wrong_pass:
        CaseVault.open(folder, passphrase="not the passphrase")
    assert wrong_pass.value.kind == "passphrase"
    with pytest.raises(WrongSecretError) as wrong_code:
        CaseVault.open(folder, recovery_code="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG")
    assert wrong_code.value.kind == "recovery code"


def test_recovery_code_opens_and_sets_new_passphrase(tmp_path: Path) -> None:
    vault, code = new_case(tmp_path)
    add_shot(vault, 3)
    folder = vault.folder
    vault.close()
    # Typed from paper: lower case, spaces, an O for a zero.
    typed = code.lower().replace("-", " ").replace("0", "o")
    with CaseVault.open(folder, recovery_code=typed) as v:
        v.change_passphrase("a brand new passphrase")
    with pytest.raises(WrongSecretError):
        CaseVault.open(folder, passphrase=PASS)
    with CaseVault.open(folder, passphrase="a brand new passphrase") as v:
        assert len(v.list_evidence()) == 1
    with CaseVault.open(folder, recovery_code=code) as v:  # the code still works
        assert v.verify().ok


@pytest.mark.parametrize("crash_at", [1, 2, 3])
def test_passphrase_change_survives_a_crash_between_steps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, crash_at: int
) -> None:
    vault, code = new_case(tmp_path)
    add_shot(vault, 4)
    folder = vault.folder
    calls = {"n": 0}
    real_replace = keys.os.replace

    def crashing_replace(src: object, dst: object) -> None:
        calls["n"] += 1
        if calls["n"] == crash_at:
            raise SystemExit("power cut")
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(keys.os, "replace", crashing_replace)
    if crash_at <= 2:
        with pytest.raises(SystemExit):
            vault.change_passphrase("the new passphrase")
    else:
        vault.change_passphrase("the new passphrase")  # crash-free: two replaces only
    monkeypatch.setattr(keys.os, "replace", real_replace)
    vault.close()
    # Whatever happened, one of the two passphrases opens the case, the new one always
    # (from the pending file if the rename did not happen), and the code still works.
    with CaseVault.open(folder, passphrase="the new passphrase") as v:
        assert len(v.list_evidence()) == 1
    with CaseVault.open(folder, recovery_code=code) as v:
        assert v.verify().ok
    # After opening with the new one, the change is complete: the old one is gone.
    with pytest.raises(WrongSecretError):
        CaseVault.open(folder, passphrase=PASS)


def test_damaged_key_file_falls_back_to_backup(tmp_path: Path) -> None:
    vault, _ = new_case(tmp_path)
    folder = vault.folder
    vault.close()
    (folder / keys.KEY_FILE).write_bytes(b"{ this is not json")
    with CaseVault.open(folder, passphrase=PASS) as v:
        assert v.info().label == "Practice label 77"
    # Opening repaired the damaged copy from the backup.
    assert keys.KeyFile.from_bytes((folder / keys.KEY_FILE).read_bytes()).case_id
    (folder / keys.KEY_FILE).write_bytes(b"")
    (folder / keys.KEY_FILE_BACKUP).write_bytes(b"{")
    with pytest.raises(DamagedCaseError):
        CaseVault.open(folder, passphrase=PASS)


def test_flipped_byte_in_a_data_page_is_found_by_verify(tmp_path: Path) -> None:
    vault, _ = new_case(tmp_path)
    for seed in range(5):
        add_shot(vault, 10 + seed)
    folder = vault.folder
    vault.close()
    db = folder / "case.db"
    raw = bytearray(db.read_bytes())
    page = 4096
    assert len(raw) > 20 * page
    target = (len(raw) // page // 2) * page + 1000  # inside a page in the middle
    raw[target] ^= 0xFF
    db.write_bytes(bytes(raw))
    try:
        v = CaseVault.open(folder, passphrase=PASS)
    except DamagedCaseError:
        return  # also a clear, specific answer
    report = v.verify()
    v.close()
    assert not report.ok
    assert any("Encryption check" in p or "does not match" in p for p in report.problems)


def test_second_writer_gets_a_clear_error(tmp_path: Path) -> None:
    vault, _ = new_case(tmp_path)
    with pytest.raises(CaseInUseError):
        CaseVault.open(vault.folder, passphrase=PASS)
    vault.close()
    CaseVault.open(vault.folder, passphrase=PASS).close()


def test_not_a_case_and_existing_case(tmp_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    with pytest.raises(NotACaseError):
        CaseVault.open(tmp_path / "folder", passphrase=PASS)
    with pytest.raises(NotACaseError):
        CaseVault.open(tmp_path / "missing.gdcase", passphrase=PASS)
    (tmp_path / "folder" / "case.db").write_bytes(b"x" * 10)
    with pytest.raises(NotACaseError):
        CaseVault.open(tmp_path / "folder", passphrase=PASS)
    vault, _ = new_case(tmp_path)
    vault.close()
    with pytest.raises(CaseExistsError):
        new_case(tmp_path)


def test_database_from_another_case_is_reported_damaged(tmp_path: Path) -> None:
    a, _ = CaseVault.create(tmp_path / "a", PASS, "A")
    b, _ = CaseVault.create(tmp_path / "b", PASS, "B")
    a.close()
    b.close()
    (a.folder / "case.db").write_bytes((b.folder / "case.db").read_bytes())
    with pytest.raises(DamagedCaseError):
        CaseVault.open(a.folder, passphrase=PASS)


def test_short_passphrase_refused(tmp_path: Path) -> None:
    with pytest.raises(GuardianError, match="at least"):
        CaseVault.create(tmp_path / "c", "short", "x")
    assert not (tmp_path / "c.gdcase").exists()


def test_old_vault_is_upgraded(tmp_path: Path) -> None:
    """Build a schema-1 case by hand, as version 0.0 wrote it, then open it."""
    import sqlcipher3

    folder = tmp_path / "old.gdcase"
    folder.mkdir()
    case_id = "11111111-2222-3333-4444-555555555555"
    key = keys.new_data_key()
    keys.write_key_file(
        folder,
        keys.KeyFile(
            case_id, [keys.wrap_key(key, keys.normalise_passphrase(PASS), "passphrase", case_id)]
        ),
    )
    conn = sqlcipher3.connect(str(folder / "case.db"), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    assert schema.migrate(conn, upto=1) == (0, 1)
    conn.execute(
        "INSERT INTO case_info (id, case_id, label, created_utc, role, under_18, region) "
        "VALUES (1, ?, 'Old case', '2026-01-01T00:00:00+00:00', 'victim', 0, 'england-wales')",
        (case_id,),
    )
    conn.execute("INSERT INTO meta VALUES ('next_exhibit', '2')")
    conn.execute(
        "INSERT INTO evidence (id, exhibit_no, sha256, size, original_name, imported_utc, "
        "width, height, format) VALUES (1, 1, 'abc', 3, 'old.png', 'x', 1, 1, 'PNG')"
    )
    conn.execute(
        "INSERT INTO evidence_blob VALUES (1, x'010203', x'', x'', NULL, NULL)",
    )
    conn.close()

    with CaseVault.open(folder, passphrase=PASS) as v:
        assert v._read("PRAGMA user_version")[0][0] == schema.SCHEMA_VERSION
        item = v.list_evidence()[0]
        assert (item.original_name, item.source) == ("old.png", "file")
        assert v.redaction_boxes(1) == []
        assert v.audit_log()[-1].action == "case.upgraded"
        assert v.info().label == "Old case"


def test_newer_schema_is_refused_without_change(tmp_path: Path) -> None:
    vault, _ = new_case(tmp_path)
    vault._conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    vault.close()
    with pytest.raises(GuardianError, match="newer version"):
        CaseVault.open(vault.folder, passphrase=PASS)


def test_audit_log_is_append_only_and_chained(tmp_path: Path) -> None:
    vault, _ = new_case(tmp_path)
    add_shot(vault, 5)
    with pytest.raises(GuardianError), vault._tx() as cur:
        cur.execute("UPDATE audit SET detail = 'nothing happened'")
    with pytest.raises(GuardianError), vault._tx() as cur:
        cur.execute("DELETE FROM audit")
    assert vault.verify().ok
    # Someone who drops the triggers and edits history is caught by the chain.
    vault._conn.execute("DROP TRIGGER audit_no_update")
    vault._conn.execute("UPDATE audit SET detail = 'edited' WHERE seq = 2")
    report = vault.verify()
    assert not report.ok and any("Audit log entry 2" in p for p in report.problems)
    vault.close()


def test_remove_and_edit_are_audited(tmp_path: Path) -> None:
    vault, _ = new_case(tmp_path)
    item_id = add_shot(vault, 6)
    vault.update_evidence(item_id, description="threat message", platform="Snapchat")
    vault.remove_evidence(item_id, reason="added by mistake")
    actions = [(e.action, e.detail) for e in vault.audit_log()]
    assert actions[-2][0] == "evidence.changed"
    assert actions[-1][0] == "evidence.removed" and "added by mistake" in actions[-1][1]
    assert vault.list_evidence() == []
    # Exhibit numbers are never reused.
    assert vault.get_evidence(add_shot(vault, 7)).exhibit == "GD-002"
    vault.close()


def test_full_disk_loses_nothing(tmp_path: Path) -> None:
    vault, _ = new_case(tmp_path)
    add_shot(vault, 8)
    pages = vault._conn.execute("PRAGMA page_count").fetchone()[0]
    vault._conn.execute(f"PRAGMA max_page_count = {pages + 1}")  # the disk is now full
    big = prepare_bytes(make_screenshot(9, (1170, 2532)), "big.png")
    with pytest.raises(StorageFullError, match="disk is full"):
        add_prepared(vault, big)
    assert [i.original_name for i in vault.list_evidence()] == ["s8.png"]
    vault._conn.execute("PRAGMA max_page_count = 1073741823")
    add_prepared(vault, big)  # after space is freed, the same add works
    assert vault.verify().ok
    vault.close()


def test_keyring_remember_and_forget(tmp_path: Path, memory_keyring: object) -> None:
    vault, _ = new_case(tmp_path)
    vault.remember_on_this_computer(True)
    key = keys.keyring_load(vault.case_id)
    assert key is not None
    stored = list(memory_keyring.store)  # type: ignore[attr-defined]
    assert all("Practice" not in user for _, user in stored)  # no case label in the keyring
    folder, case_id = vault.folder, vault.case_id
    vault.close()
    with CaseVault.open(folder, data_key=key) as v:
        v.remember_on_this_computer(False)
    assert keys.keyring_load(case_id) is None


def test_no_keyring_is_a_plain_message(tmp_path: Path) -> None:
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        vault, _ = new_case(tmp_path)
        with pytest.raises(NoKeyringError, match="still open it"):
            vault.remember_on_this_computer(True)
        assert keys.keyring_load(vault.case_id) is None
        vault.close()
    finally:
        keyring.set_keyring(previous)


def test_locked_vault_refuses_politely(tmp_path: Path) -> None:
    vault, _ = new_case(tmp_path)
    vault.close()
    assert not vault.is_open
    with pytest.raises(GuardianError, match="locked"):
        vault.list_evidence()


@pytest.mark.parametrize(
    "message", ["unable to open database file", "attempt to write a readonly database"]
)
def test_read_only_place_is_not_called_damaged(message: str) -> None:
    from sqlcipher3 import dbapi2

    from guardian_desktop.core.errors import CaseReadOnlyError
    from guardian_desktop.core.vault import _translate

    error = _translate(dbapi2.OperationalError(message))
    assert isinstance(error, CaseReadOnlyError)
    assert "Copy the whole case folder" in str(error)


def test_tampered_key_file_costs_are_refused(tmp_path: Path) -> None:
    """A changed key file must not make an unlock run for hours or fail oddly."""
    import json

    vault, _ = new_case(tmp_path)
    folder = vault.folder
    vault.close()
    for name in (keys.KEY_FILE, keys.KEY_FILE_BACKUP):
        doc = json.loads((folder / name).read_text())
        for slot in doc["slots"]:
            slot["kdf"]["p"] = 100000
        (folder / name).write_text(json.dumps(doc))
    with pytest.raises(DamagedCaseError):
        CaseVault.open(folder, passphrase=PASS)
    for bad in ({"n": 3}, {"n": 2**30}, {"r": 1}):
        with pytest.raises(ValueError):
            slot = keys.wrap_key(keys.new_data_key(), b"x", "passphrase", "id").to_json()
            slot["kdf"].update(bad)  # type: ignore[union-attr]
            keys.KeySlot.from_json(slot)


def test_recovery_code_typed_on_another_keyboard(tmp_path: Path) -> None:
    vault, code = new_case(tmp_path)
    folder = vault.folder
    vault.close()
    cyrillic = code.translate(str.maketrans({"A": "А", "C": "С", "E": "Е", "0": "О"}))
    with CaseVault.open(folder, recovery_code=cyrillic) as v:
        assert v.verify().ok
    with pytest.raises(WrongSecretError):
        CaseVault.open(folder, recovery_code="ЖЖЖЖ-ЖЖЖЖ")
