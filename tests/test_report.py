"""The police-ready PDF report, built from real SQLCipher cases and read back with pypdf."""

from __future__ import annotations

import getpass
import io
import os
import re
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from guardian_desktop.core.textsafe import safe_markup, safe_text
from guardian_desktop.core.vault import CaseVault
from guardian_desktop.report.pdf import (
    ReportOptions,
    build_report,
    default_paper,
    part_paths,
    write_report,
)
from guardian_desktop.report.summary import plain_text_summary

from .report_cases import (
    ARABIC,
    CYRILLIC,
    GREEK,
    PASSPHRASE,
    POLISH,
    WELSH,
    fast_kdf,
    make_hostile_case,
)


@pytest.fixture(scope="module")
def practice_pdf(practice: CaseVault) -> bytes:
    parts = build_report(practice, ReportOptions(statement_name="Sam Example"))
    assert len(parts) == 1
    return parts[0]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseVault]:
    with fast_kdf():
        vault = make_hostile_case(tmp_path_factory.mktemp("h"))
    yield vault
    vault.close()


@pytest.fixture(scope="module")
def hostile_pdf(hostile: CaseVault) -> bytes:
    return build_report(hostile, ReportOptions())[0]


def pages_text(pdf: bytes, password: str | None = None) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    if password is not None:
        reader.decrypt(password)
    return [page.extract_text() or "" for page in reader.pages]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_pages_are_numbered_and_never_carry_the_case_label(
    practice: CaseVault, practice_pdf: bytes
) -> None:
    texts = pages_text(practice_pdf)
    n = len(texts)
    assert n >= 10
    label = practice.info().label
    assert label
    for number, text in enumerate(texts, 1):
        assert f"Page {number} of {n}" in text
        assert label not in text  # "only you will see it"
        assert "PRACTICE - NOT A REAL CASE" in text


def test_report_holds_every_hash_and_the_offender(practice: CaseVault, practice_pdf: bytes) -> None:
    text = squash("".join(pages_text(practice_pdf)))
    items = practice.list_evidence()
    assert len(items) == 6
    for item in items:
        assert item.sha256 in text
        assert f"Exhibit{item.exhibit}" in text
        if item.redacted_sha256:
            assert item.redacted_sha256 in text
    assert any(i.redacted_sha256 for i in items)
    for needle in ("jess_x_practice", "jess.x.practice", "12345678901", "+447700900123"):
        assert needle in text
    for section in ("1.Fortheofficer", "6.Exhibitindex", "8.Integrityandchainofcustody"):
        assert section in text
    for command in ("sha256sum", "shasum-a256", "certutil-hashfile"):
        assert command in text
    assert "Statementoftruth" in text and "SamExample" in text
    assert "UTC+00:00" in text  # times carry their offset


def test_cover_contents_page_numbers_point_at_sections(practice_pdf: bytes) -> None:
    texts = pages_text(practice_pdf)
    # The numbers are drawn after the page is laid out: read the page by position.
    contents = PdfReader(io.BytesIO(practice_pdf)).pages[0].extract_text(extraction_mode="layout")
    for title in ("3. Offender details", "6. Exhibit index", "8. Integrity and chain of custody"):
        m = re.search(re.escape(title) + r"[ .]*(\d+)", contents)
        assert m, title
        page = int(m.group(1))
        assert title in texts[page - 1]


def test_tall_capture_is_split_with_part_captions(practice_pdf: bytes) -> None:
    text = "".join(pages_text(practice_pdf))
    assert "Exhibit GD-004 (SE/4) - part 1 of 2" in text
    assert "Exhibit GD-004 (SE/4) - part 2 of 2" in text


def test_renditions_are_copied_into_the_pdf_unchanged(
    practice: CaseVault, practice_pdf: bytes
) -> None:
    for item in practice.list_evidence():
        assert practice.rendition(item.id) in practice_pdf  # not decoded and re-compressed


def test_metadata_reveals_nothing_personal(practice: CaseVault, practice_pdf: bytes) -> None:
    meta = PdfReader(io.BytesIO(practice_pdf)).metadata
    assert meta is not None
    assert meta.title == "Evidence report"
    assert meta.author == "Guardian Desktop"
    assert meta.creator == "Guardian Desktop"
    assert meta.producer == "Guardian Desktop"
    values = " ".join(str(v) for v in meta.values())
    personal = [str(practice.folder), str(Path.home()), socket.gethostname(), getpass.getuser()]
    for secret in personal:
        assert secret not in values
    assert str(practice.folder).encode() not in practice_pdf
    assert str(Path.home()).encode() not in practice_pdf
    assert b"Sam Example" not in practice_pdf.split(b"/Info")[0][-2000:]
    fonts = set(re.findall(rb"/BaseFont /([A-Za-z+-]+)", practice_pdf))
    assert fonts and all(b"+" in f for f in fonts)  # every font embedded as a subset
    assert b"/Helvetica" not in practice_pdf


def test_an_empty_case_still_makes_a_report(tmp_path: Path) -> None:
    vault, _code = CaseVault.create(tmp_path / "empty", PASSPHRASE, "Empty")
    with vault:
        texts = pages_text(build_report(vault, ReportOptions(max_part_bytes=1000))[0])
    text = "\n".join(texts)
    assert "No pictures were added to this case." in text
    assert "No offender details were recorded." in text
    assert f"Page {len(texts)} of {len(texts)}" in texts[-1]


def test_practice_mark_only_on_practice_cases(hostile_pdf: bytes) -> None:
    texts = pages_text(hostile_pdf)
    assert not any("PRACTICE" in t for t in texts)


def test_hostile_text_builds_and_is_extractable(hostile: CaseVault, hostile_pdf: bytes) -> None:
    texts = pages_text(hostile_pdf)
    text = "\n".join(texts)
    for sample in (WELSH, POLISH, CYRILLIC, GREEK):
        assert squash(sample) in squash(text), sample
    assert "\ufe8e" in text or all(ch in text for ch in ARABIC.replace(" ", ""))  # shaped
    for bad in ("\u202e", "\u2066", "\u200f", "\x00", "\x07", "\x1b"):
        assert bad not in text
    assert "<script>" in text  # shown as text, not eaten as markup
    assert "\ufffd" in text  # neutralised characters stay visible
    n = len(texts)
    assert f"Page {n} of {n}" in texts[-1]
    for item in hostile.list_evidence():
        assert item.sha256 in squash(text)


def test_password_protected_report_opens_only_with_the_password(practice: CaseVault) -> None:
    pdf = build_report(practice, ReportOptions(password="s3cret pass"))[0]
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.is_encrypted
    encrypt = reader.trailer["/Encrypt"].get_object()
    assert encrypt["/V"] == 5 and encrypt["/R"] == 6  # type: ignore[index] # AES-256
    assert not PdfReader(io.BytesIO(pdf)).decrypt("wrong")
    with pytest.raises(Exception):  # noqa: B017 - pypdf raises FileNotDecryptedError
        _ = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    texts = pages_text(pdf, "s3cret pass")
    assert "Page 1 of" in texts[0]
    meta = PdfReader(io.BytesIO(pdf), password="s3cret pass").metadata
    assert meta is not None and meta.producer == "Guardian Desktop"


def test_large_report_splits_into_parts(practice: CaseVault) -> None:
    whole = build_report(practice, ReportOptions())[0]
    limit = len(whole) // 3
    parts = build_report(practice, ReportOptions(max_part_bytes=limit))
    assert len(parts) >= 3
    n = len(parts)
    items = practice.list_evidence()
    shown: list[str] = []
    for k, pdf in enumerate(parts, 1):
        texts = pages_text(pdf)
        text = "\n".join(texts)
        assert f"Part {k} of {n}" in texts[0]  # the cover says which part
        assert f"part {k} of {n}" in texts[0]  # and so does every page heading
        assert "6. Exhibit index" in text
        for item in items:
            assert item.sha256 in squash(text)  # the full index in every part
        assert ("1. For the officer: read this first" in text) == (k == 1)
        here = sorted(set(re.findall(r"Exhibit (GD-\d{3}) \(SE/", text)))
        shown.extend(here)
        if len(here) > 1:
            assert len(pdf) <= limit
    assert sorted(shown) == [i.exhibit for i in items]


def test_write_report_names_parts_and_logs_the_export(practice: CaseVault, tmp_path: Path) -> None:
    out = tmp_path / "export"
    out.mkdir()
    paths = write_report(practice, out / "police-report.pdf", ReportOptions())
    assert paths == [out / "police-report.pdf"]
    assert paths[0].read_bytes().startswith(b"%PDF-")
    assert sorted(os.listdir(out)) == ["police-report.pdf"]  # no temporary file left
    entry = practice.audit_log()[-1]
    assert entry.action == "export.report"
    assert "police-report.pdf" in entry.detail and str(out) not in entry.detail
    assert [p.name for p in part_paths(out / "r.pdf", 3)] == [
        "r-part-1-of-3.pdf",
        "r-part-2-of-3.pdf",
        "r-part-3-of-3.pdf",
    ]


def test_building_writes_no_temporary_files(
    practice: CaseVault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from guardian_desktop.report.bundle import build_bundle

    before = set(os.listdir(tempfile.gettempdir()))
    private_tmp = tmp_path / "tmp-watch"
    private_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    build_report(practice, ReportOptions(password="pw for test"))
    build_bundle(practice, ReportOptions())
    assert list(private_tmp.iterdir()) == []
    monkeypatch.undo()
    new = set(os.listdir(tempfile.gettempdir())) - before
    assert not [n for n in new if "report" in n or "gd" in n.lower()]


def test_letter_paper_and_options(practice: CaseVault) -> None:
    pdf = build_report(practice, ReportOptions(paper="letter"))[0]
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    assert default_paper("united-states") == "Letter"
    assert default_paper("england-wales") == "A4"
    with pytest.raises(ValueError):
        build_report(practice, ReportOptions(paper="A3"))


def test_plain_text_summary_is_short_and_complete(practice: CaseVault, hostile: CaseVault) -> None:
    text = plain_text_summary(practice)
    assert len(text) <= 4000
    for needle in ("jess_x_practice", "500 GBP", "GD-001 to GD-006", "PDF", "Paid: No"):
        assert needle in text
    long = plain_text_summary(hostile)
    assert len(long) <= 4000 and "PDF report" in long
    assert "\u202e" not in long and "\x00" not in long


def test_safe_text_neutralises_controls_and_bidi() -> None:
    assert safe_text("a\u202eb\x00c\r\nd") == "a\ufffdb\ufffdc\nd"
    assert safe_text("x\ty", keep_newlines=False) == "x y"
    assert safe_text("é ŵ ą Ж Ω م") == "é ŵ ą Ж Ω م"
    assert safe_text("abcdef", max_length=4) == "abc\u2026"
    assert safe_markup("<b>&</b>\nx") == "&lt;b&gt;&amp;&lt;/b&gt;<br/>x"


def test_report_logic_does_not_import_qt() -> None:
    code = (
        "import sys, guardian_desktop.report.pdf, guardian_desktop.report.bundle, "
        "guardian_desktop.report.summary, guardian_desktop.core.practice; "
        "print('PySide6' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
