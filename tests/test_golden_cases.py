"""Golden cases, one for each released format (key file and schema), made by that release's
own code (tests/golden/make_golden.py), plus a damaged key file and a damaged header.
Today's code must open, upgrade or refuse each exactly as expected."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from guardian_desktop.core import keys, schema
from guardian_desktop.core.errors import DamagedCaseError
from guardian_desktop.core.vault import CaseVault

GOLDEN = Path(__file__).parent / "golden"


def copy_of(name: str, tmp_path: Path) -> tuple[Path, dict[str, object]]:
    """A copy, so opening (which upgrades) never changes the committed files."""
    folder = tmp_path / f"{name}.gdcase"
    shutil.copytree(GOLDEN / name, folder)
    info = json.loads((folder / "info.json").read_text())
    (folder / "info.json").unlink()
    return folder, info


@pytest.mark.parametrize(
    ("name", "schema_before", "keys_before"),
    [("schema2-keys1", 2, 1), ("schema3-keys1", 3, 1), ("current-keys2", 5, 2)],
)
def test_each_released_format_opens_and_is_brought_up_to_date(
    tmp_path: Path, name: str, schema_before: int, keys_before: int
) -> None:
    folder, info = copy_of(name, tmp_path)
    assert (info["schema"], info["key_file_version"]) == (schema_before, keys_before)
    raw = keys.read_regular_file(folder / keys.KEY_FILE) or b""
    assert keys.KeyFile.from_bytes(raw).version == keys_before
    with CaseVault.open(folder, passphrase=str(info["passphrase"])) as v:
        assert v.notices == []
        assert v.info().label == info["label"]
        assert [i.sha256 for i in v.list_evidence()] == [info["sha256"]]
        assert v._read("PRAGMA user_version")[0][0] == schema.SCHEMA_VERSION
        report = v.verify()
        assert report.ok, report.problems
    upgraded = keys.KeyFile.from_bytes((folder / keys.KEY_FILE).read_bytes())
    assert upgraded.version == keys.FORMAT_VERSION and upgraded.intact
    assert upgraded.anchor is not None and upgraded.anchor.items == 1
    with CaseVault.open(folder, recovery_code=str(info["recovery_code"])) as v:
        assert v.verify().ok


def test_golden_damaged_key_file_opens_from_its_backup(tmp_path: Path) -> None:
    folder, info = copy_of("damaged-keyfile", tmp_path)
    assert not keys.KeyFile.from_bytes((folder / keys.KEY_FILE).read_bytes()).intact
    with CaseVault.open(folder, passphrase=str(info["passphrase"])) as v:
        assert v.notice_codes == ["backup_opened"]
        assert v.verify().ok
    assert keys.KeyFile.from_bytes((folder / keys.KEY_FILE).read_bytes()).intact


def test_golden_damaged_header_is_refused_as_damaged(tmp_path: Path) -> None:
    folder, info = copy_of("damaged-header", tmp_path)
    with pytest.raises(DamagedCaseError):
        CaseVault.open(folder, passphrase=str(info["passphrase"]))
    # The key files were not touched by the failed open.
    assert (folder / keys.KEY_FILE).read_bytes() == (
        GOLDEN / "damaged-header" / keys.KEY_FILE
    ).read_bytes()
