"""Key files that are damaged, hostile or stale; re-keying and new recovery codes; the
anchor that notices an older database; item seals; a damaged write-ahead log."""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from guardian_desktop.core import integrity, keys
from guardian_desktop.core.errors import (
    DamagedCaseError,
    GuardianError,
    NoKeyringError,
    NotACaseError,
    StorageFullError,
    WrongSecretError,
)
from guardian_desktop.core.evidence import add_prepared, prepare_bytes
from guardian_desktop.core.vault import CaseVault
from tests.conftest import make_screenshot

PASS = "correct horse battery"
LABEL = "Hardening case"


def new_case(tmp_path: Path, items: int = 0) -> tuple[Path, str]:
    vault, code = CaseVault.create(tmp_path / "case", PASS, LABEL)
    for seed in range(items):
        add_prepared(vault, prepare_bytes(make_screenshot(seed), f"s{seed}.png"))
    vault.close()
    return vault.folder, code


def flip_in_slot(path: Path, kind: str) -> None:
    """Change one character of a slot's wrapped key; the JSON still parses."""
    doc = json.loads(path.read_text())
    slot = next(s for s in doc["slots"] if s["kind"] == kind)
    w = slot["wrapped"]
    slot["wrapped"] = ("B" if w[5] != "B" else "C").join((w[:5], w[6:]))
    path.write_text(json.dumps(doc, indent=2))


# --- damage found, recovered from, never spread --------------------------------------


def test_damaged_recovery_slot_never_overwrites_the_good_backup(tmp_path: Path) -> None:
    folder, code = new_case(tmp_path)
    flip_in_slot(folder / keys.KEY_FILE, "recovery")
    with CaseVault.open(folder, passphrase=PASS) as v:
        assert any("damaged" in n for n in v.notices)
        assert v.verify().ok  # repaired on open, so the check is now clean
    # The recovery code still works: the good slot from the backup was kept.
    with CaseVault.open(folder, recovery_code=code) as v:
        assert v.verify().ok
    assert keys.KeyFile.from_bytes((folder / keys.KEY_FILE_BACKUP).read_bytes()).intact


def test_damaged_passphrase_slot_opens_from_backup_with_its_own_message(tmp_path: Path) -> None:
    folder, _ = new_case(tmp_path)
    good_backup = (folder / keys.KEY_FILE_BACKUP).read_bytes()
    flip_in_slot(folder / keys.KEY_FILE, "passphrase")
    with CaseVault.open(folder, passphrase=PASS) as v:
        assert any("the backup opened it" in n for n in v.notices)
    assert (folder / keys.KEY_FILE).read_bytes() == (folder / keys.KEY_FILE_BACKUP).read_bytes()
    assert (
        keys.KeyFile.from_bytes(good_backup).slots
        == keys.KeyFile.from_bytes((folder / keys.KEY_FILE).read_bytes()).slots
    )
    with pytest.raises(WrongSecretError):  # a wrong one is still called wrong
        CaseVault.open(folder, passphrase="not the passphrase at all")


def test_wrong_passphrase_is_not_called_damage_and_damage_is_not_called_wrong(
    tmp_path: Path,
) -> None:
    folder, _ = new_case(tmp_path)
    with pytest.raises(WrongSecretError):
        CaseVault.open(folder, passphrase="not the passphrase at all")
    flip_in_slot(folder / keys.KEY_FILE, "passphrase")
    flip_in_slot(folder / keys.KEY_FILE_BACKUP, "passphrase")
    with pytest.raises(DamagedCaseError, match="Try your recovery code"):
        CaseVault.open(folder, passphrase=PASS)


def test_every_key_file_is_tried_before_wrong(tmp_path: Path) -> None:
    """A pending file holding the only good slot still opens the case."""
    folder, _ = new_case(tmp_path)
    shutil.copy(folder / keys.KEY_FILE, folder / keys.KEY_FILE_PENDING)
    doc = json.loads((folder / keys.KEY_FILE_PENDING).read_text())
    doc["generation"] += 5
    doc.pop("checksum")
    doc["checksum"] = keys._checksum(doc)
    (folder / keys.KEY_FILE_PENDING).write_text(json.dumps(doc))
    flip_in_slot(folder / keys.KEY_FILE, "passphrase")
    flip_in_slot(folder / keys.KEY_FILE_BACKUP, "passphrase")
    with CaseVault.open(folder, passphrase=PASS) as v:
        assert v.info().label == LABEL
    assert not (folder / keys.KEY_FILE_PENDING).exists()


def test_checksum_finds_a_flipped_character(tmp_path: Path) -> None:
    folder, _ = new_case(tmp_path)
    raw = (folder / keys.KEY_FILE).read_bytes()
    assert keys.KeyFile.from_bytes(raw).intact
    flip_in_slot(folder / keys.KEY_FILE, "recovery")
    damaged = keys.KeyFile.from_bytes((folder / keys.KEY_FILE).read_bytes())
    assert not damaged.intact and "checksum" in damaged.problems[0]
    # Damage to the version number cannot pass the file off as version 1 (no checksum).
    renamed = raw.replace(b'"version"', b'"rversion"', 1)
    assert not keys.KeyFile.from_bytes(renamed).intact
    assert not keys.KeyFile.from_bytes(raw.replace(b'"version": 2', b'"version": 1')).intact


HOSTILE: dict[str, bytes] = {
    "list": b"[]",
    "null": b"null",
    "huge number": b'{"format": "guardian-desktop-keys", "version": 1e400}',
    "infinity": b'{"format": "guardian-desktop-keys", "version": Infinity}',
    "nan": b'{"format": "guardian-desktop-keys", "version": NaN}',
    "deep nesting": b"[" * 50_000 + b"]" * 50_000,
    "deep object": b'{"a":' * 20_000 + b"1" + b"}" * 20_000,
    "binary junk": bytes(random.Random(1).randrange(256) for _ in range(5000)),
    "long int": b'{"format": "guardian-desktop-keys", "version": ' + b"9" * 50_000 + b"}",
    "slots not a list": b'{"format":"guardian-desktop-keys","version":2,"case_id":"x","slots":7}',
    "empty": b"",
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_content_is_a_typed_error(name: str) -> None:
    with pytest.raises(keys.KeyFileError):
        keys.KeyFile.from_bytes(HOSTILE[name])


@pytest.mark.parametrize("target", keys.KEY_FILES)
@pytest.mark.parametrize("kind", ["null", "deep nesting", "binary junk", "huge", "fifo", "zero"])
def test_hostile_key_files_never_hang_or_crash(tmp_path: Path, target: str, kind: str) -> None:
    folder, _ = new_case(tmp_path)
    path = folder / target
    path.unlink(missing_ok=True)
    if kind == "huge":
        path.write_bytes(b"{" + b" " * (20 * 1024 * 1024) + b"}")
    elif kind == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no FIFOs here")
        os.mkfifo(path)
    elif kind == "zero":
        if not Path("/dev/zero").exists():
            pytest.skip("no /dev/zero here")
        path.symlink_to("/dev/zero")
    else:
        path.write_bytes(HOSTILE[kind])
    start = time.monotonic()
    with CaseVault.open(folder, passphrase=PASS) as v:  # a good copy opens it
        assert v.info().label == LABEL
        report = v.verify()
    assert time.monotonic() - start < 2
    if target == keys.KEY_FILE_PENDING:
        assert not os.path.lexists(path)  # a junk unfinished change is dropped
    else:
        assert report.ok  # repaired from the good copy
        assert keys.KeyFile.from_bytes(keys.read_regular_file(path) or b"").intact


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs and /dev/zero")
def test_all_three_hostile_is_a_clear_damaged_error(tmp_path: Path) -> None:
    folder, _ = new_case(tmp_path)
    for name in keys.KEY_FILES:
        (folder / name).unlink(missing_ok=True)
    (folder / keys.KEY_FILE).symlink_to("/dev/zero")
    (folder / keys.KEY_FILE_BACKUP).write_bytes(b"[]")
    os.mkfifo(folder / keys.KEY_FILE_PENDING)
    start = time.monotonic()
    with pytest.raises(DamagedCaseError, match="damaged"):
        CaseVault.open(folder, passphrase=PASS)
    assert time.monotonic() - start < 2


def test_fuzzed_key_files_give_typed_errors_or_open_from_a_good_copy(tmp_path: Path) -> None:
    folder, code = new_case(tmp_path)
    good = (folder / keys.KEY_FILE).read_bytes()
    rng = random.Random(20261130)
    for round_no in range(300):
        raw = bytearray(good)
        for _ in range(rng.randint(1, 4)):
            op = rng.randrange(4)
            pos = rng.randrange(len(raw))
            if op == 0:
                raw[pos] ^= 1 << rng.randrange(8)
            elif op == 1:
                del raw[pos : pos + rng.randint(1, 40)]
            elif op == 2:
                raw[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
            else:
                raw[pos] = ord(rng.choice('{}[]",:0123456789eE-+.ntfu\\'))
        try:
            parsed = keys.KeyFile.from_bytes(bytes(raw))
        except keys.KeyFileError:
            parsed = None
        if parsed is not None and parsed.intact:
            # Only a change that leaves the canonical body alone (spacing) keeps the
            # checksum: the content is then exactly the original.
            assert parsed.to_bytes() == keys.KeyFile.from_bytes(good).to_bytes()
        if round_no % 10 == 0:  # the full open path, fewer times (each one unwraps a key)
            (folder / keys.KEY_FILE).write_bytes(bytes(raw))
            with CaseVault.open(folder, passphrase=PASS) as v:
                assert v.info().label == LABEL
            assert (folder / keys.KEY_FILE).read_bytes() == (
                folder / keys.KEY_FILE_BACKUP
            ).read_bytes()
            good = (folder / keys.KEY_FILE).read_bytes()
    with CaseVault.open(folder, recovery_code=code) as v:
        assert v.verify().ok


def test_verify_checks_key_slots_and_backup(tmp_path: Path) -> None:
    folder, _ = new_case(tmp_path)
    v = CaseVault.open(folder, passphrase=PASS)
    assert v.verify().ok
    flip_in_slot(folder / keys.KEY_FILE_BACKUP, "recovery")
    problems = v.verify().problems
    assert any("backup copy of the key file" in p and "checksum" in p for p in problems)
    assert any("does not match the key file" in p for p in problems)
    v.close()


def test_stale_backup_does_not_bring_back_an_old_passphrase(tmp_path: Path) -> None:
    folder, _ = new_case(tmp_path)
    old_backup = (folder / keys.KEY_FILE_BACKUP).read_bytes()
    with CaseVault.open(folder, passphrase=PASS) as v:
        v.change_passphrase("a completely new passphrase")
    (folder / keys.KEY_FILE_BACKUP).write_bytes(old_backup)  # the crash before step 3
    with pytest.raises(WrongSecretError):
        CaseVault.open(folder, passphrase=PASS)
    with CaseVault.open(folder, passphrase="a completely new passphrase") as v:
        assert v.verify().ok


# --- weak passphrases ---------------------------------------------------------------


@pytest.mark.parametrize(
    "weak", ["aaaaaaaa", "12345678", "87654321", "abcdefgh", "qwertyuiop", "password",
             "abababab", "Hardening case", "hardeningcase", "1111 1111"],
)  # fmt: skip
def test_trivially_weak_passphrases_are_refused_kindly(tmp_path: Path, weak: str) -> None:
    place = tmp_path / "place"
    with pytest.raises(GuardianError, match="Several ordinary words|few ordinary words"):
        CaseVault.create(place / "w", weak, LABEL)
    assert not place.exists() or not list(place.iterdir())  # nothing made, nothing left


def test_good_passphrases_are_accepted() -> None:
    for ok in ("correct horse battery", "tea at four on fridays", "my-dog-Rex-2019!"):
        assert keys.passphrase_problem(ok, LABEL) is None


def test_changing_to_a_weak_passphrase_is_refused(tmp_path: Path) -> None:
    folder, _ = new_case(tmp_path)
    with CaseVault.open(folder, passphrase=PASS) as v, pytest.raises(GuardianError):
        v.change_passphrase("12345678")
    CaseVault.open(folder, passphrase=PASS).close()


# --- new recovery code and re-keying ------------------------------------------------


def test_new_recovery_code_retires_the_old_one(tmp_path: Path) -> None:
    folder, old_code = new_case(tmp_path, items=1)
    with CaseVault.open(folder, passphrase=PASS) as v:
        new_code = v.new_recovery_code()
        assert v.audit_log()[-1].action == "case.recovery_code_changed"
    assert keys.normalise_recovery_code(new_code) != keys.normalise_recovery_code(old_code)
    with pytest.raises(WrongSecretError):
        CaseVault.open(folder, recovery_code=old_code)
    with CaseVault.open(folder, recovery_code=new_code) as v:
        assert v.verify().ok
    CaseVault.open(folder, passphrase=PASS).close()


def test_rekey_gives_a_new_data_key_and_keeps_everything(
    tmp_path: Path, memory_keyring: object
) -> None:
    folder, old_code = new_case(tmp_path, items=2)
    v = CaseVault.open(folder, passphrase=PASS)
    v.remember_on_this_computer(True)
    old_key = v._key()
    new_code = v.rekey("a fresh long passphrase")
    new_key = v._key()
    assert new_key != old_key
    assert v.verify().ok
    v.close()
    assert keys.keyring_load(v.case_id) == new_key  # the remembered key follows
    with pytest.raises(DamagedCaseError):
        CaseVault.open(folder, data_key=old_key)  # a copied old key is now useless
    with pytest.raises(WrongSecretError):
        CaseVault.open(folder, recovery_code=old_code)
    with pytest.raises(WrongSecretError):
        CaseVault.open(folder, passphrase=PASS)
    with CaseVault.open(folder, recovery_code=new_code) as v2:
        assert len(v2.list_evidence()) == 2 and v2.verify().ok
        assert "case.rekeyed" in [e.action for e in v2.audit_log()]
    assert "previous_key" not in json.loads((folder / keys.KEY_FILE).read_text())


STOPS = ["transition-pending", "transition-renamed", "before-pragma", "after-pragma",
         "final-pending"]  # fmt: skip


@pytest.mark.parametrize("stop", STOPS)
def test_rekey_stopped_at_any_point_never_loses_the_case(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stop: str
) -> None:
    """The computer stops at each step of a re-key; the case always opens with the new
    passphrase (or, before the new key file is in place, the old one), and a finished
    open completes the re-key."""
    from guardian_desktop.core import vault as vaultmod

    folder, _ = new_case(tmp_path, items=2)
    v = CaseVault.open(folder, passphrase=PASS)
    old_key = v._key()
    writes = {"n": 0}
    real_replace, real_finish = keys.os.replace, CaseVault._finish_rekey

    class PowerCut(BaseException):
        pass

    def replace(src: object, dst: object) -> None:
        if str(dst).endswith(keys.KEY_FILE):
            writes["n"] += 1
            if (stop, writes["n"]) in {("transition-pending", 1), ("final-pending", 2)}:
                raise PowerCut
        real_replace(src, dst)  # type: ignore[arg-type]
        if stop == "transition-renamed" and str(dst).endswith(keys.KEY_FILE):
            raise PowerCut

    def finish(self: CaseVault, new_key: bytes) -> None:
        if stop == "before-pragma":
            raise PowerCut
        if stop == "after-pragma":
            self._conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
            raise PowerCut
        real_finish(self, new_key)

    monkeypatch.setattr(keys.os, "replace", replace)
    monkeypatch.setattr(vaultmod.CaseVault, "_finish_rekey", finish)
    with pytest.raises(PowerCut):
        v.rekey("a fresh long passphrase")
    monkeypatch.undo()
    v._conn.close()  # the process died: no tidy close
    v._conn = None

    if stop == "transition-pending":
        # The new key file never replaced the old one: the old passphrase opens, the
        # unfinished change is dropped and the old key stays.
        with CaseVault.open(folder, passphrase=PASS) as again:
            assert again._key() == old_key and again.verify().ok
        return
    with CaseVault.open(folder, passphrase="a fresh long passphrase") as again:
        assert again._key() != old_key
        assert len(again.list_evidence()) == 2
        assert again.verify().ok, again.verify().problems
    assert "previous_key" not in json.loads((folder / keys.KEY_FILE).read_text())
    with pytest.raises(DamagedCaseError):
        CaseVault.open(folder, data_key=old_key)


# --- rollback, history and swaps -------------------------------------------------------


def test_an_older_database_put_back_is_noticed(tmp_path: Path) -> None:
    folder, _ = new_case(tmp_path, items=1)
    shutil.copy(folder / "case.db", tmp_path / "old.db")
    with CaseVault.open(folder, passphrase=PASS) as v:
        add_prepared(v, prepare_bytes(make_screenshot(50), "later.png"))
    shutil.copy(tmp_path / "old.db", folder / "case.db")
    with CaseVault.open(folder, passphrase=PASS) as v:
        assert any("older than its key file" in n for n in v.notices)
        report = v.verify()
        assert not report.ok and any("Rollback check" in p for p in report.problems)
    # Not forgotten after one open: the anchor is not moved back.
    with CaseVault.open(folder, passphrase=PASS) as v:
        assert any("older than its key file" in n for n in v.notices)


def test_verify_catches_a_deleted_audit_tail_and_a_rewritten_chain(tmp_path: Path) -> None:
    from guardian_desktop.core.vault import _chain_hash

    folder, _ = new_case(tmp_path, items=3)
    v = CaseVault.open(folder, passphrase=PASS)
    v._conn.execute("DROP TRIGGER audit_no_delete")
    v._conn.execute("DELETE FROM audit WHERE seq > 2")
    report = v.verify()
    assert not report.ok and any("older than its key file" in p for p in report.problems)
    v._conn.close()
    v._conn = None

    folder2 = tmp_path / "two"
    vault, _ = CaseVault.create(folder2, PASS, LABEL)
    for seed in range(2):
        add_prepared(vault, prepare_bytes(make_screenshot(seed), f"s{seed}.png"))
    vault.close()
    v = CaseVault.open(vault.folder, passphrase=PASS)
    v._conn.execute("DROP TRIGGER audit_no_update")
    prev = "0" * 64
    for entry in v.audit_log():  # rewrite entry 2 and recompute the whole chain
        detail = "nothing was added" if entry.seq == 2 else entry.detail
        new = _chain_hash(prev, entry.at_utc, entry.action, detail)
        v._conn.execute("UPDATE audit SET detail = ?, entry_hash = ? WHERE seq = ?",
                        (detail, new, entry.seq))  # fmt: skip
        prev = new
    report = v.verify()
    assert not any("does not match its chain" in p for p in report.problems)  # chain is clean
    assert any("does not match the one written before" in p for p in report.problems)
    v._conn.close()
    v._conn = None


@pytest.mark.parametrize("column", ["original", "rendition", "thumbnail"])
def test_verify_catches_pictures_swapped_between_items(tmp_path: Path, column: str) -> None:
    folder, _ = new_case(tmp_path, items=2)
    with CaseVault.open(folder, passphrase=PASS) as v:
        a, b = (i.id for i in v.list_evidence())
        blob_a = v._read(f"SELECT {column} FROM evidence_blob WHERE item_id = ?", (a,))[0][0]
        blob_b = v._read(f"SELECT {column} FROM evidence_blob WHERE item_id = ?", (b,))[0][0]
        with v._tx() as cur:
            cur.execute(f"UPDATE evidence_blob SET {column} = ? WHERE item_id = ?", (blob_b, a))
            cur.execute(f"UPDATE evidence_blob SET {column} = ? WHERE item_id = ?", (blob_a, b))
            if column == "original":  # a careful swap moves the hashes too
                cur.execute("UPDATE evidence SET sha256 = 'x' || sha256")
                cur.execute(
                    "UPDATE evidence SET sha256 = (SELECT substr(e.sha256, 2) FROM evidence e "
                    "WHERE e.id = CASE evidence.id WHEN ? THEN ? ELSE ? END)", (a, b, a)
                )  # fmt: skip
        report = v.verify()
    assert not report.ok
    assert any("GD-001" in p and "swapped" in p for p in report.problems)
    assert any("GD-002" in p and "swapped" in p for p in report.problems)


def test_verify_catches_changed_details_but_not_changes_made_through_the_app(
    tmp_path: Path,
) -> None:
    folder, _ = new_case(tmp_path, items=1)
    with CaseVault.open(folder, passphrase=PASS) as v:
        item = v.list_evidence()[0]
        v.update_evidence(item.id, description="threat", platform="snapchat")
        assert v.verify().ok
        with v._tx() as cur:
            cur.execute("UPDATE evidence SET original_name = 'other.png'")
        assert not v.verify().ok


# --- the write-ahead log after a crash ---------------------------------------------------


def _crashed_copy(tmp_path: Path) -> Path:
    """A copy of a case taken while it was open with recent writes: as after a crash."""
    folder, _ = new_case(tmp_path, items=1)
    v = CaseVault.open(folder, passphrase=PASS)
    for seed in range(3):
        add_prepared(v, prepare_bytes(make_screenshot(10 + seed, (200, 300)), f"w{seed}.png"))
    copy = tmp_path / "crashed.gdcase"
    copy.mkdir()
    for p in folder.iterdir():
        if p.name != "case.db-shm":
            shutil.copy(p, copy / p.name)
    v.close()
    assert (copy / "case.db-wal").stat().st_size > 10_000
    return copy


def test_a_clean_crash_log_is_not_called_damaged(tmp_path: Path) -> None:
    copy = _crashed_copy(tmp_path)
    assert integrity.wal_damage(copy / "case.db-wal") is None
    with CaseVault.open(copy, passphrase=PASS) as v:
        assert not v.notices and len(v.list_evidence()) == 4


def test_damage_in_a_leftover_log_is_reported_and_kept(tmp_path: Path) -> None:
    copy = _crashed_copy(tmp_path)
    wal = copy / "case.db-wal"
    raw = bytearray(wal.read_bytes())
    raw[32 + 24 + 100] ^= 0xFF  # inside the first frame's page
    wal.write_bytes(bytes(raw))
    assert integrity.wal_damage(wal)
    with CaseVault.open(copy, passphrase=PASS) as v:
        assert any("could not all be read back" in n for n in v.notices)
        assert (copy / "case.db-wal.damaged").read_bytes() == bytes(raw)
        assert any("case.db-wal.damaged" in p for p in v.verify().problems)


# --- old cases, folders, keyring, the key in memory ----------------------------------------


def _old_case(tmp_path: Path) -> Path:
    """A case as the previous version made it: key file version 1 (no checksum, no
    generation, no anchor), schema 3 (no seals)."""
    import sqlcipher3

    from guardian_desktop.core import schema

    folder = tmp_path / "old.gdcase"
    folder.mkdir()
    case_id = "11111111-2222-3333-4444-555555555555"
    key = keys.new_data_key()
    doc = {
        "format": keys.FORMAT,
        "version": 1,
        "case_id": case_id,
        "slots": [
            keys.wrap_key(key, keys.normalise_passphrase(PASS), "passphrase", case_id).to_json(),
            keys.wrap_key(key, b"0" * 28, "recovery", case_id).to_json(),
        ],
    }
    raw = json.dumps(doc, indent=2).encode()
    (folder / keys.KEY_FILE).write_bytes(raw)
    (folder / keys.KEY_FILE_BACKUP).write_bytes(raw)
    conn = sqlcipher3.connect(str(folder / "case.db"), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    assert schema.migrate(conn, upto=3) == (0, 3)
    conn.execute(
        "INSERT INTO case_info (id, case_id, label, created_utc, role, under_18, region) "
        "VALUES (1, ?, 'Old case', '2026-01-01T00:00:00+00:00', 'victim', 0, 'england-wales')",
        (case_id,),
    )
    conn.execute("INSERT INTO meta VALUES ('next_exhibit', '2')")
    conn.execute(
        "INSERT INTO evidence (id, exhibit_no, sha256, size, original_name, imported_utc, "
        "width, height, format) VALUES (1, 1, ?, 3, 'old.png', 'x', 1, 1, 'PNG')",
        (__import__("hashlib").sha256(b"\x01\x02\x03").hexdigest(),),
    )
    conn.execute("INSERT INTO evidence_blob VALUES (1, x'010203', x'aa', x'bb', NULL, NULL)")
    conn.close()
    return folder


def test_a_case_made_the_old_way_opens_and_is_upgraded(tmp_path: Path) -> None:
    folder = _old_case(tmp_path)
    with CaseVault.open(folder, passphrase=PASS) as v:
        assert v.info().label == "Old case"
        assert v.verify().ok, v.verify().problems
        assert "case.keys_upgraded" in [e.action for e in v.audit_log()]
    upgraded = keys.KeyFile.from_bytes((folder / keys.KEY_FILE).read_bytes())
    assert upgraded.version == 2 and upgraded.intact and upgraded.anchor is not None
    assert (folder / keys.KEY_FILE).read_bytes() == (folder / keys.KEY_FILE_BACKUP).read_bytes()
    with CaseVault.open(folder, recovery_code="0" * 28) as v:
        assert v.verify().ok


def test_old_case_with_a_damaged_slot_keeps_the_good_backup_slot(tmp_path: Path) -> None:
    """Version 1 has no checksum: the upgrade keeps every distinct slot it cannot check."""
    folder = _old_case(tmp_path)
    flip_in_slot(folder / keys.KEY_FILE, "recovery")
    CaseVault.open(folder, passphrase=PASS).close()
    with CaseVault.open(folder, recovery_code="0" * 28) as v:
        assert v.info().label == "Old case"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_case_folder_is_private(tmp_path: Path) -> None:
    folder, _ = new_case(tmp_path, items=1)
    assert folder.stat().st_mode & 0o777 == 0o700
    for p in folder.iterdir():
        assert p.stat().st_mode & 0o077 == 0, p.name


def test_a_stopped_create_leaves_nothing_at_the_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def stop(*_a: object, **_k: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(CaseVault, "_connect", classmethod(lambda *a, **k: stop()))
    place = tmp_path / "place"
    place.mkdir()
    with pytest.raises(KeyboardInterrupt):
        CaseVault.create(place / "c", PASS, LABEL)
    monkeypatch.undo()
    assert list(place.iterdir()) == []
    # A hidden leftover from a killed create never blocks the name and is cleared.
    leftover = place / ".c.gdcase.abc.partial"
    leftover.mkdir()
    (leftover / "case.db").write_bytes(b"x")
    busy = place / ".c.gdcase.xyz.partial"  # another window making it right now
    busy.mkdir()
    hour_ago = time.time() - 3600
    os.utime(leftover, (hour_ago, hour_ago))
    v, _ = CaseVault.create(place / "c", PASS, LABEL)
    v.close()
    assert busy.exists()
    busy.rmdir()
    shutil.rmtree(place / "c.gdcase")
    v, _ = CaseVault.create(place / "c", PASS, LABEL)
    v.close()
    assert sorted(p.name for p in place.iterdir()) == ["c.gdcase"]


def test_disk_full_during_create_and_passwd_is_plain(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_a: object, **_k: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(keys, "_write_durably", full)
    place = tmp_path / "place"
    place.mkdir()
    with pytest.raises(StorageFullError, match="disk is full"):
        CaseVault.create(place / "c", PASS, LABEL)
    assert list(place.iterdir()) == []
    monkeypatch.undo()
    folder, _ = new_case(tmp_path)
    v = CaseVault.open(folder, passphrase=PASS)
    monkeypatch.setattr(keys, "_write_durably", full)
    with pytest.raises(StorageFullError, match="disk is full"):
        v.change_passphrase("a brand new passphrase")
    monkeypatch.undo()
    v.close()
    CaseVault.open(folder, passphrase=PASS).close()


def test_missing_case_is_not_called_damaged(tmp_path: Path) -> None:
    from guardian_desktop.core.errors import CaseNotFoundError

    with pytest.raises(CaseNotFoundError) as info:
        CaseVault.open(tmp_path / "nowhere", passphrase=PASS)
    assert info.value.exit_code == 1
    folder, _ = new_case(tmp_path)
    CaseVault.open(tmp_path / "case", passphrase=PASS).close()  # without .gdcase
    assert folder.name == "case.gdcase"
    with pytest.raises(NotACaseError):
        CaseVault.open(tmp_path, passphrase=PASS)


def test_plain_file_keyrings_are_refused(tmp_path: Path) -> None:
    import keyring
    import keyring.backend

    class PlaintextKeyring(keyring.backend.KeyringBackend):
        priority = 1
        stored: dict[str, str] = {}

        def set_password(self, service: str, username: str, password: str) -> None:
            self.stored[username] = password

        def get_password(self, service: str, username: str) -> str | None:
            return None

        def delete_password(self, service: str, username: str) -> None:
            pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    previous = keyring.get_keyring()
    keyring.set_keyring(PlaintextKeyring())
    try:
        folder, _ = new_case(tmp_path)
        with (
            CaseVault.open(folder, passphrase=PASS) as v,
            pytest.raises(NoKeyringError, match="ordinary file"),
        ):
            v.remember_on_this_computer(True)
        assert PlaintextKeyring.stored == {}
    finally:
        keyring.set_keyring(previous)


def test_the_data_key_buffer_is_wiped_at_close(tmp_path: Path) -> None:
    folder, _ = new_case(tmp_path)
    v = CaseVault.open(folder, passphrase=PASS)
    buffer = v._data_key
    assert buffer is not None and any(buffer)
    v.close()
    assert bytes(buffer) == bytes(32)


def test_anchor_follows_writes_and_close(tmp_path: Path) -> None:
    folder, _ = new_case(tmp_path)
    with CaseVault.open(folder, passphrase=PASS) as v:
        add_prepared(v, prepare_bytes(make_screenshot(3), "a.png"))
        last = v.audit_log()[-1]
    anchor = keys.KeyFile.from_bytes((folder / keys.KEY_FILE).read_bytes()).anchor
    assert anchor is not None and (anchor.seq, anchor.head, anchor.items) == (
        last.seq, last.entry_hash, 1)  # fmt: skip


def test_sqlite_cannot_read_the_key_file_secrets(tmp_path: Path) -> None:
    folder, _ = new_case(tmp_path)
    text = (folder / keys.KEY_FILE).read_text()
    assert LABEL not in text
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(folder / "case.db").execute("SELECT * FROM sqlite_master").fetchall()


@pytest.mark.slow
def test_sigkill_during_rekeys_never_loses_the_case(tmp_path: Path) -> None:
    """A real process re-keys again and again and is killed at several moments; each time
    the case opens with the passphrase, with every item, and verifies."""
    import signal
    import subprocess
    import sys
    import textwrap

    folder, _ = new_case(tmp_path, items=3)
    root = Path(__file__).resolve().parents[1]
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(root)!r})
        from guardian_desktop.core import keys
        keys.PASSPHRASE_KDF = {{"n": 2**10, "r": 8, "p": 1}}
        keys.RECOVERY_KDF = {{"n": 2**10, "r": 8, "p": 1}}
        from guardian_desktop.core.vault import CaseVault
        v = CaseVault.open({str(folder)!r}, passphrase={PASS!r})
        for i in range(10_000):
            v.rekey({PASS!r})
            print(i, flush=True)
        """
    )
    for kill_after in (0, 1, 3, 6):
        child = subprocess.Popen(
            [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, cwd=root
        )
        assert child.stdout is not None
        for line in child.stdout:
            if int(line) >= kill_after:
                break
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        with CaseVault.open(folder, passphrase=PASS) as v:
            assert len(v.list_evidence()) == 3
            report = v.verify()
            assert report.ok, report.problems
        assert "previous_key" not in json.loads((folder / keys.KEY_FILE).read_text())


def test_a_key_remembered_before_an_unfinished_rekey_does_not_strand_the_case(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Re-key stopped before the database was re-encrypted; the case is then opened with
    the old key remembered on this computer. The record of the old key must survive, so
    the new passphrase still opens the case afterwards."""
    from guardian_desktop.core import vault as vaultmod

    folder, _ = new_case(tmp_path, items=1)
    v = CaseVault.open(folder, passphrase=PASS)
    old_key = v._key()

    class PowerCut(BaseException):
        pass

    def stop(self: CaseVault, new_key: bytes) -> None:
        raise PowerCut

    monkeypatch.setattr(vaultmod.CaseVault, "_finish_rekey", stop)
    with pytest.raises(PowerCut):
        v.rekey("a fresh long passphrase")
    monkeypatch.undo()
    v._conn.close()
    v._conn = None
    with CaseVault.open(folder, data_key=old_key) as remembered:
        assert remembered.notices == [] and len(remembered.list_evidence()) == 1
        add_prepared(remembered, prepare_bytes(make_screenshot(7), "later.png"))
    assert "previous_key" in json.loads((folder / keys.KEY_FILE).read_text())
    with CaseVault.open(folder, passphrase="a fresh long passphrase") as again:
        assert again._key() != old_key and len(again.list_evidence()) == 2
        assert again.verify().ok, again.verify().problems


@pytest.mark.parametrize("stop", ["before-pragma", "after-pragma"])
def test_the_remembered_key_opens_the_case_after_a_stopped_rekey(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring: object, stop: str
) -> None:
    from guardian_desktop.core import vault as vaultmod

    folder, _ = new_case(tmp_path, items=1)
    v = CaseVault.open(folder, passphrase=PASS)
    v.remember_on_this_computer(True)
    case_id = v.case_id

    class PowerCut(BaseException):
        pass

    def finish(self: CaseVault, new_key: bytes) -> None:
        if stop == "after-pragma":
            self._conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        raise PowerCut

    monkeypatch.setattr(vaultmod.CaseVault, "_finish_rekey", finish)
    with pytest.raises(PowerCut):
        v.rekey("a fresh long passphrase")
    monkeypatch.undo()
    v._conn.close()
    v._conn = None
    remembered = keys.keyring_load(case_id)
    assert remembered is not None
    with CaseVault.open(folder, data_key=remembered) as again:
        assert len(again.list_evidence()) == 1 and again.verify().ok
    assert "previous_key" not in json.loads((folder / keys.KEY_FILE).read_text())
