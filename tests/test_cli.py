"""The command line: real cases, exit codes, messages on stderr."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from guardian_desktop.cli import main
from tests.conftest import make_screenshot

PASS = "correct horse battery"


@pytest.fixture
def env_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GUARDIAN_PASSPHRASE", PASS)


def _new_case(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str]:
    assert main(["case", "new", str(tmp_path / "c"), "--label", "CLI case", "--under-18"]) == 0
    out = capsys.readouterr().out
    code = re.search(r"([0-9A-Z]{4}(?:-[0-9A-Z]{4}){6})", out)
    assert code, out
    return tmp_path / "c.gdcase", code.group(1)


def test_case_evidence_verify(
    tmp_path: Path, env_pass: None, capsys: pytest.CaptureFixture[str]
) -> None:
    case, _ = _new_case(tmp_path, capsys)
    shot = tmp_path / "shot.png"
    shot.write_bytes(make_screenshot(1))
    text = tmp_path / "fake.png"
    text.write_text("hello")
    rc = main(["evidence", "add", str(case), str(shot), str(text), "--platform", "Snapchat"])
    captured = capsys.readouterr()
    assert rc == 1  # one file was not added, and it says why
    assert "GD-001" in captured.out and "fake.png" in captured.err
    assert main(["evidence", "list", str(case)]) == 0
    listing = capsys.readouterr().out
    assert "GD-001" in listing and "Snapchat" in listing and "1 item(s)" in listing
    assert main(["verify", str(case)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "intact" in out and "key files and their backup OK" in out


def test_wrong_passphrase_exit_3(
    tmp_path: Path,
    env_pass: None,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    case, _ = _new_case(tmp_path, capsys)
    monkeypatch.setenv("GUARDIAN_PASSPHRASE", "wrong passphrase")
    assert main(["verify", str(case)]) == 3
    assert "does not open" in capsys.readouterr().err
    assert main(["verify", str(case), "--recovery-code", "0000-0000-0000-0000-0000-0000-0000"]) == 3


def test_passwd_with_recovery_code(
    tmp_path: Path,
    env_pass: None,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    case, code = _new_case(tmp_path, capsys)
    new_file = tmp_path / "new.txt"
    new_file.write_text("another long passphrase\n")
    rc = main(
        [
            "case",
            "passwd",
            str(case),
            "--recovery-code",
            code,
            "--new-passphrase-file",
            str(new_file),
        ]
    )
    assert rc == 0
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text("another long passphrase\n")
    monkeypatch.delenv("GUARDIAN_PASSPHRASE")
    assert main(["verify", str(case), "--passphrase-file", str(pass_file)]) == 0


def test_damaged_case_exit_4(
    tmp_path: Path, env_pass: None, capsys: pytest.CaptureFixture[str]
) -> None:
    case, _ = _new_case(tmp_path, capsys)
    (case / "case.db").write_bytes(b"\0" * 8192)
    assert main(["verify", str(case)]) == 4
    assert capsys.readouterr().err.strip()


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["case"], ["evidence", "add"], ["verify"], ["nonsense"]):
        with pytest.raises(SystemExit) as info:
            main(argv)
        assert info.value.code == 2


def test_no_passphrase_without_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc = main(["case", "new", str(tmp_path / "x"), "--label", "x"])
    assert rc == 1
    assert "GUARDIAN_PASSPHRASE" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [[], ["case"], ["case", "new"], ["case", "passwd"], ["case", "rekey"],
     ["case", "new-recovery-code"], ["evidence"], ["evidence", "add"],
     ["evidence", "list"], ["verify"], ["report"], ["bundle"]],
)  # fmt: skip
def test_help_at_every_level(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([*argv, "--help"])
    assert info.value.code == 0
    assert "usage:" in capsys.readouterr().out


def test_entry_point_runs_as_module(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "guardian_desktop", "case", "--help"],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
        timeout=60,
    )
    assert proc.returncode == 0 and "passwd" in proc.stdout


def test_path_with_or_without_ending_and_missing_case(
    tmp_path: Path, env_pass: None, capsys: pytest.CaptureFixture[str]
) -> None:
    _new_case(tmp_path, capsys)
    assert main(["evidence", "list", str(tmp_path / "c")]) == 0  # as given to 'case new'
    assert main(["verify", str(tmp_path / "c.gdcase")]) == 0
    capsys.readouterr()
    assert main(["verify", str(tmp_path / "gone")]) == 1  # missing is not "damaged"
    assert "could not be found" in capsys.readouterr().err


def test_recovery_code_from_a_file_or_a_prompt(
    tmp_path: Path,
    env_pass: None,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    case, code = _new_case(tmp_path, capsys)
    monkeypatch.setenv("GUARDIAN_PASSPHRASE", "wrong passphrase")  # so only the code opens
    code_file = tmp_path / "code.txt"
    code_file.write_text(code.lower() + "\n")
    assert main(["verify", str(case), "--recovery-code-file", str(code_file)]) == 0
    asked: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        asked.append(prompt)
        return code

    monkeypatch.setattr("getpass.getpass", fake_getpass)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    assert main(["verify", str(case), "--ask-recovery-code"]) == 0
    assert asked == ["Recovery code: "]


def test_help_warns_that_the_code_on_the_command_line_is_visible(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        main(["verify", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "process list" in text and "--recovery-code-file" in text
    assert "--ask-recovery-code" in text


def test_rekey_and_new_recovery_code(
    tmp_path: Path,
    env_pass: None,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    case, old_code = _new_case(tmp_path, capsys)
    assert main(["case", "new-recovery-code", str(case)]) == 0
    out = capsys.readouterr().out
    code2 = re.search(r"([0-9A-Z]{4}(?:-[0-9A-Z]{4}){6})", out)
    assert code2 and "no longer opens" in out
    assert main(["verify", str(case), "--recovery-code", old_code]) == 3
    new_file = tmp_path / "new.txt"
    new_file.write_text("a different long passphrase\n")
    assert main(["case", "rekey", str(case), "--new-passphrase-file", str(new_file)]) == 0
    out = capsys.readouterr().out
    code3 = re.search(r"([0-9A-Z]{4}(?:-[0-9A-Z]{4}){6})", out)
    assert code3 and "new key" in out
    assert main(["verify", str(case), "--recovery-code", code2.group(1)]) == 3
    assert main(["verify", str(case), "--recovery-code", code3.group(1)]) == 0
    monkeypatch.setenv("GUARDIAN_PASSPHRASE", "a different long passphrase")
    assert main(["verify", str(case)]) == 0


def test_passwd_says_what_it_does_not_do(
    tmp_path: Path, env_pass: None, capsys: pytest.CaptureFixture[str]
) -> None:
    case, _ = _new_case(tmp_path, capsys)
    new_file = tmp_path / "new.txt"
    new_file.write_text("12345678\n")
    assert main(["case", "passwd", str(case), "--new-passphrase-file", str(new_file)]) == 1
    assert "easy to guess" in capsys.readouterr().err
    new_file.write_text("another long passphrase\n")
    assert main(["case", "passwd", str(case), "--new-passphrase-file", str(new_file)]) == 0
    assert "case rekey" in capsys.readouterr().out


def test_weak_passphrase_for_a_new_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GUARDIAN_PASSPHRASE", "aaaaaaaaaa")
    assert main(["case", "new", str(tmp_path / "w"), "--label", "W"]) == 1
    assert "several ordinary words" in capsys.readouterr().err.lower()
    assert not (tmp_path / "w.gdcase").exists()


def test_open_repairs_key_files_and_says_when_the_backup_opened_it(
    tmp_path: Path, env_pass: None, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    case, _ = _new_case(tmp_path, capsys)
    doc = json.loads((case / "case.keys.bak").read_text())
    doc["checksum"] = "sha256:" + "0" * 64
    (case / "case.keys.bak").write_text(json.dumps(doc))
    # Opening repairs a damaged backup from the good key file, quietly.
    assert main(["verify", str(case)]) == 0
    capsys.readouterr()
    (case / "case.keys").write_text("[]")
    assert main(["verify", str(case)]) == 0
    assert "the backup opened it" in capsys.readouterr().err


def test_bundle_prints_its_fingerprint_and_honours_chosen_exhibits_and_a_zip_password(
    tmp_path: Path, env_pass: None, capsys: pytest.CaptureFixture[str]
) -> None:
    import hashlib
    import zipfile

    import pyzipper

    case, _ = _new_case(tmp_path, capsys)
    shots = []
    for n in range(2):
        shots.append(tmp_path / f"s{n}.png")
        shots[-1].write_bytes(make_screenshot(n))
    assert main(["evidence", "add", str(case), *map(str, shots)]) == 0
    capsys.readouterr()
    out = tmp_path / "b.zip"
    assert main(["bundle", str(case), "--out", str(out), "--exhibits", "GD-2"]) == 0
    printed = capsys.readouterr().out
    assert hashlib.sha256(out.read_bytes()).hexdigest() in printed
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
    assert "GD-002-original.png" in names and "GD-001-original.png" not in names
    secret = tmp_path / "zip-pw"
    secret.write_text("zip pass\n")
    locked = tmp_path / "locked.zip"
    args = ["bundle", str(case), "--out", str(locked), "--zip-password-file", str(secret)]
    assert main(args) == 0
    assert "separately" in capsys.readouterr().out
    with pyzipper.AESZipFile(locked) as zf:
        zf.setpassword(b"zip pass")
        assert zf.read("SHA256SUMS")
    assert main(["bundle", str(case), "--out", str(out), "--exhibits", "nope"]) == 1


def test_report_splits_one_pdf_per_n_exhibits(
    tmp_path: Path, env_pass: None, capsys: pytest.CaptureFixture[str]
) -> None:
    case, _ = _new_case(tmp_path, capsys)
    shots = []
    for n in range(3):
        shots.append(tmp_path / f"s{n}.png")
        shots[-1].write_bytes(make_screenshot(n))
    assert main(["evidence", "add", str(case), *map(str, shots)]) == 0
    out = tmp_path / "r.pdf"
    assert main(["report", str(case), "--out", str(out), "--split-every", "2"]) == 0
    assert sorted(p.name for p in tmp_path.glob("r-part-*.pdf")) == [
        "r-part-1-of-2.pdf",
        "r-part-2-of-2.pdf",
    ]


def test_disk_full_during_case_new_is_a_plain_message(
    tmp_path: Path,
    env_pass: None,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from guardian_desktop.core import keys

    def full(*_a: object, **_k: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(keys, "_write_durably", full)
    place = tmp_path / "place"
    place.mkdir()
    assert main(["case", "new", str(place / "c"), "--label", "Full"]) == 1
    err = capsys.readouterr().err
    assert "disk is full" in err and "Traceback" not in err
    assert list(place.iterdir()) == []  # nothing half-made blocks the name
