"""The evidence bundle: originals by exhibit number, the PDF, and manifests that match."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from guardian_desktop.core.vault import CaseVault
from guardian_desktop.report.bundle import build_bundle, write_bundle
from guardian_desktop.report.pdf import ReportOptions

from .report_cases import HOSTILE_NAME, make_hostile_case


@pytest.fixture(scope="module")
def bundle(practice: CaseVault) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(build_bundle(practice, ReportOptions())))


def test_bundle_holds_originals_redacted_copies_and_the_report(
    practice: CaseVault, bundle: zipfile.ZipFile
) -> None:
    names = set(bundle.namelist())
    assert {"README.txt", "manifest.csv", "manifest.json", "SHA256SUMS", "report.pdf"} <= names
    for item in practice.list_evidence():
        original = f"{item.exhibit}-original.png"
        assert bundle.read(original) == practice.original_bytes(item.id)
        if item.redacted_sha256:
            assert bundle.read(f"{item.exhibit}-redacted.png") == practice.redacted_bytes(item.id)
        else:
            assert f"{item.exhibit}-redacted.png" not in names
    assert any(n.endswith("-redacted.png") for n in names)
    assert bundle.read("report.pdf").startswith(b"%PDF-")
    assert all(".." not in n and not n.startswith("/") for n in names)


def test_manifests_match_the_files(practice: CaseVault, bundle: zipfile.ZipFile) -> None:
    rows = list(csv.DictReader(io.StringIO(bundle.read("manifest.csv").decode("utf-8-sig"))))
    doc = json.loads(bundle.read("manifest.json"))
    assert doc["hash_algorithm"] == "SHA-256"
    assert [r["file_name"] for r in rows] == [f["file_name"] for f in doc["files"]]
    listed = {r["file_name"] for r in rows}
    assert listed == set(bundle.namelist()) - {
        "README.txt",
        "manifest.csv",
        "manifest.json",
        "SHA256SUMS",
        "check-files.ps1",
    }
    for row, entry in zip(rows, doc["files"], strict=True):
        data = bundle.read(row["file_name"])
        assert row["sha256"] == entry["sha256"] == hashlib.sha256(data).hexdigest()
        assert int(row["size"]) == entry["size"] == len(data)
        assert row["matches_case_record"] == "true" and entry["matches_case_record"] is True
    by_exhibit = {r["exhibit"]: r for r in rows if r["kind"] == "original"}
    for item in practice.list_evidence():
        row = by_exhibit[item.exhibit]
        assert row["sha256"] == item.sha256
        assert row["imported_utc"] == item.imported_utc
        assert row["original_name"] == item.original_name
    sums = bundle.read("SHA256SUMS").decode("utf-8").splitlines()
    covered = set()
    for line in sums:
        digest, name = line.split("  ", 1)
        assert hashlib.sha256(bundle.read(name)).hexdigest() == digest
        covered.add(name)
    assert covered == set(bundle.namelist()) - {"SHA256SUMS"}  # every other file


def test_readme_explains_how_to_check_hashes(bundle: zipfile.ZipFile) -> None:
    readme = bundle.read("README.txt").decode("utf-8")
    for command in (
        "sha256sum -c SHA256SUMS",
        "shasum -a 256 -c SHA256SUMS",
        "certutil -hashfile",
        "Get-FileHash -Algorithm SHA256",
        "check-files.ps1",
    ):
        assert command in readme
    script = bundle.read("check-files.ps1").decode("utf-8")
    assert "Get-FileHash -Algorithm SHA256" in script and "SHA256SUMS" in script


def test_bundle_never_holds_the_case_label(practice: CaseVault, bundle: zipfile.ZipFile) -> None:
    label = practice.info().label.encode("utf-8")
    for name in bundle.namelist():
        if not name.endswith((".png", ".pdf")):
            assert label not in bundle.read(name), name


@pytest.mark.skipif(shutil.which("sha256sum") is None, reason="needs sha256sum")
def test_sums_verify_with_sha256sum(bundle: zipfile.ZipFile, tmp_path: Path) -> None:
    bundle.extractall(tmp_path)
    done = subprocess.run(
        ["sha256sum", "-c", "SHA256SUMS"], cwd=tmp_path, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count(": OK") == len(bundle.namelist()) - 1
    (tmp_path / "GD-001-original.png").write_bytes(b"changed")
    again = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=tmp_path, capture_output=True)
    assert again.returncode != 0


def test_bundle_with_a_password_opens_only_with_it(practice: CaseVault, tmp_path: Path) -> None:
    import pyzipper

    saved = write_bundle(practice, tmp_path / "locked", bundle_password="bundle pw 1")
    assert saved.sha256 == hashlib.sha256(saved.path.read_bytes()).hexdigest()
    with pyzipper.AESZipFile(saved.path) as zf:
        names = zf.namelist()
        assert "GD-001-original.png" in names
        with pytest.raises(RuntimeError):
            zf.read("README.txt")  # no password
        zf.setpassword(b"wrong one")
        with pytest.raises(RuntimeError):
            zf.read("GD-001-original.png")
        zf.setpassword(b"bundle pw 1")
        item = practice.list_evidence()[0]
        assert zf.read("GD-001-original.png") == practice.original_bytes(item.id)
    with zipfile.ZipFile(saved.path) as plain, pytest.raises(RuntimeError):
        plain.read("README.txt")  # the standard library cannot read it without the password
    assert "AES-256" in practice.audit_log()[-1].detail


def test_write_bundle_logs_the_export(practice: CaseVault, tmp_path: Path) -> None:
    out = tmp_path / "chosen"
    out.mkdir()
    saved = write_bundle(practice, out / "evidence", ReportOptions(password="pdf password"))
    path = saved.path
    assert path == out / "evidence.zip"
    assert os.listdir(out) == ["evidence.zip"]
    with zipfile.ZipFile(path) as zf:
        assert zf.testzip() is None
        assert b"/Encrypt" in zf.read("report.pdf")
    entry = practice.audit_log()[-1]
    assert entry.action == "export.bundle"
    assert "evidence.zip" in entry.detail and "password protected" in entry.detail
    assert hashlib.sha256(path.read_bytes()).hexdigest() in entry.detail


def test_hostile_names_cannot_become_spreadsheet_formulas(tmp_path: Path) -> None:
    vault = make_hostile_case(tmp_path)
    try:
        zf = zipfile.ZipFile(io.BytesIO(build_bundle(vault, ReportOptions())))
    finally:
        vault.close()
    text = zf.read("manifest.csv").decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    names = [r["original_name"] for r in rows]
    assert "'" + HOSTILE_NAME in names
    assert not any(v.startswith(("=", "+", "-", "@")) for r in rows for v in r.values())
    assert "\u202e" not in text and "\x00" not in text
    assert "\u202e" not in zf.read("manifest.json").decode("utf-8")
