"""Deleting a case: files overwritten and removed, keyring entry gone, other folders refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from guardian_desktop.core import deletion, keys
from guardian_desktop.core.deletion import delete_case
from guardian_desktop.core.errors import NotACaseError
from guardian_desktop.core.evidence import add_prepared, prepare_bytes
from guardian_desktop.core.vault import CaseVault
from tests.conftest import MemoryKeyring, make_screenshot

PASS = "correct horse battery"


def _case(tmp_path: Path, remember: bool = True) -> tuple[Path, str]:
    vault, _code = CaseVault.create(tmp_path / "cases" / "blackmail", PASS, "Secret label")
    add_prepared(vault, prepare_bytes(make_screenshot(1), "chat.png"))
    if remember:
        vault.remember_on_this_computer(True)
    folder, case_id = vault.folder, vault.case_id
    vault.close()
    return folder, case_id


def test_a_real_case_is_deleted(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    folder, case_id = _case(tmp_path)
    assert keys.keyring_load(case_id) is not None
    files = sorted(p.name for p in folder.iterdir())
    assert "case.db" in files and "case.keys" in files

    overwritten: list[bytes] = []
    real = deletion._overwrite

    def spy(path: Path) -> int:
        size = real(path)
        overwritten.append(path.read_bytes())  # truncated to nothing before removal
        return size

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(deletion, "_overwrite", spy)
        report = delete_case(folder, case_id)
    assert report.ok, report.problems
    assert report.files_overwritten == len(files)
    assert report.bytes_overwritten > 0
    assert overwritten and all(data == b"" for data in overwritten)
    assert not folder.exists()
    assert list(folder.parent.iterdir()) == []  # not even the renamed folder is left
    assert keys.keyring_load(case_id) is None
    assert memory_keyring.store == {}
    text = report.text()
    assert "SSD" in text and "backups" in text and "cloud" in text


def test_overwrite_replaces_the_bytes_before_truncating(tmp_path: Path) -> None:
    path = tmp_path / "file.bin"
    path.write_bytes(b"A" * 5000)
    seen: list[bytes] = []
    real_truncate = deletion.os.ftruncate

    def watch(fd: int, length: int) -> None:
        seen.append(path.read_bytes())
        real_truncate(fd, length)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(deletion.os, "ftruncate", watch)
        assert deletion._overwrite(path) == 5000
    assert len(seen[0]) == 5000 and b"AAAAAAAA" not in seen[0]
    assert path.read_bytes() == b""


def test_a_folder_that_is_not_a_case_is_refused_and_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "Documents"
    folder.mkdir()
    (folder / "letter.txt").write_text("keep me")
    with pytest.raises(NotACaseError, match="not a case folder"):
        delete_case(folder, "anything")
    assert (folder / "letter.txt").read_text() == "keep me"


def test_a_folder_with_subfolders_is_refused(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    folder, case_id = _case(tmp_path)
    (folder / "photos").mkdir()
    (folder / "photos" / "holiday.jpg").write_bytes(b"jpeg")
    before = sorted(p.name for p in folder.iterdir())
    with pytest.raises(NotACaseError, match="never holds"):
        delete_case(folder, case_id)
    assert sorted(p.name for p in folder.iterdir()) == before
    assert (folder / "photos" / "holiday.jpg").read_bytes() == b"jpeg"
    assert keys.keyring_load(case_id) is not None  # nothing was done at all


def test_another_cases_id_is_refused(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    folder, case_id = _case(tmp_path)
    with pytest.raises(NotACaseError, match="different case"):
        delete_case(folder, "not-" + case_id)
    assert (folder / "case.db").exists()


def test_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NotACaseError):
        delete_case(tmp_path / "gone.gdcase", "x")


def test_deletion_module_does_not_import_qt() -> None:
    source = Path(deletion.__file__).read_text(encoding="utf-8")
    assert "PySide6" not in source
