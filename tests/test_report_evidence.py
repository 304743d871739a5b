"""What an officer can check in the report, read back from real PDFs: the officer's page, whole
identifiers, every script in the text layer, continuity, the audit log and the contact choice."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from guardian_desktop import __version__
from guardian_desktop.core.answers import Answer
from guardian_desktop.core.evidence import add_prepared, prepare_bytes
from guardian_desktop.core.models import (
    OffenderIdentifier,
    Payment,
    ReferenceNumber,
    Role,
)
from guardian_desktop.core.vault import CaseVault
from guardian_desktop.report.pdf import ReportOptions, build_report
from guardian_desktop.report.summary import form_fields, plain_text_summary

from .report_cases import PASSPHRASE, fast_kdf, png

LABEL = "Private label only I see"
TITLE = "Blackmail of J. on Instagram"
WALLET = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq0000aaaabbbbccccdddd"
ZWSP_USER = "real\u200buser"
SCRIPTS = {
    "chinese": "王小明",
    "japanese": "やまだ",
    "korean": "김민수",
    "thai": "สวัสดี",
    "devanagari": "नमस्ते",  # a conjunct (स्त): its letters are mapped back
    "hebrew": "שלום",
    "cyrillic": "Привет",
    "greek": "Καλημέρα",
    "emoji": "\U0001f600",
}


@pytest.fixture(scope="module")
def helper_case(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseVault]:
    """A mother helping her under-18 son: his own contact details are not to be shared."""
    with fast_kdf():
        vault, _code = CaseVault.create(
            tmp_path_factory.mktemp("h") / "case", PASSPHRASE, LABEL, role=Role.HELPER,
            under_18=True,
        )  # fmt: skip
    a = vault.answers()
    a.story.summary = "He was asked for money. " + " ".join(SCRIPTS.values())
    a.story.report_title = TITLE
    a.story.claimed_location = "Said he was in Lagos"
    a.story.first_contact_at = "2025-10-25T22:47:00+01:00"
    a.risk.more_images = Answer.YES
    a.risk.self_harm = Answer.YES
    a.images.identifiable = Answer.YES
    a.images.maybe_fake = Answer.UNKNOWN
    a.contact.share_contact = False
    a.contact.name = "Sam Private"
    a.contact.phone = "07700 900999"
    a.contact.helper_name = "Jo Example"
    a.contact.helper_role = "mother"
    a.contact.helper_contact = "07700 900111"
    for section in (a.story, a.risk, a.images, a.contact):
        vault.save_answers(section)
    for n in range(3):
        add_prepared(vault, prepare_bytes(png(n), f"shot-{n}.png"), platform="instagram")
    wide = prepare_bytes(png(9, size=(1920, 1080), text="desktop"), "desktop.png")
    add_prepared(vault, wide, description="Desktop capture")
    second = vault.list_evidence()[1]
    vault.remove_evidence(second.id, reason="Duplicate of GD-001")
    vault.save_record(
        OffenderIdentifier(platform="instagram", username=ZWSP_USER, numeric_id="998877665544")
    )
    vault.save_record(
        Payment(kind="demanded", amount="500", currency="GBP", method="crypto",
                wallet_address=WALLET, chain="Bitcoin", when="2025-10-26")
    )  # fmt: skip
    vault.save_record(
        Payment(kind="paid", amount="100", currency="GBP", method="gift_card",
                gift_card_brand="Steam", gift_card_code="ABCD-EFGH-IJKL")
    )  # fmt: skip
    vault.save_record(ReferenceNumber(kind="ceop", number="CEOP-12345"))
    vault.save_record(ReferenceNumber(kind="stopncii", number="NCII-778899", pin="PIN-4321"))
    yield vault
    vault.close()


@pytest.fixture(scope="module")
def helper_pdf(helper_case: CaseVault) -> bytes:
    return build_report(helper_case, ReportOptions())[0]


def texts(pdf: bytes) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages]


def test_label_never_printed_and_the_title_is(helper_pdf: bytes, helper_case: CaseVault) -> None:
    pages = texts(helper_pdf)
    assert all(LABEL not in t for t in pages)
    assert TITLE in pages[0]
    assert LABEL.encode() not in helper_pdf
    assert LABEL not in plain_text_summary(helper_case)


def test_officer_page_comes_after_the_cover_and_holds_what_an_officer_needs(
    helper_pdf: bytes,
) -> None:
    page = " ".join(texts(helper_pdf)[1].split())
    assert "1. For the officer: read this first" in page
    for needle in (
        "Jo Example (mother)",
        "07700 900111",  # the helper's contact is always there
        "Under 18: a child",
        "The offender demands more images",
        "Thoughts of self-harm",
        "Treat as a child",
        "Person can be identified in the images",
        "998877665544",
        "Demands (each one, not added up)",
        "Largest single demand",
        "500 GBP",
        "Paid: sum of all payments made",
        "100 GBP",
        "ABCD-EFGH-IJKL",
        "CEOP-12345",
        "NCII-778899",
        "25 October 2025, 22:47 UTC+01:00",
        "Said he was in Lagos",
        "Exhibit index starts on page",
    ):
        assert needle in page, needle
    # The person chose not to share their own details.
    assert "07700 900999" not in page and "Sam Private" not in page
    assert "PIN-4321" not in page  # the StopNCII PIN would let anyone manage that case


def test_contact_choice_is_read_from_the_case(helper_pdf: bytes) -> None:
    text = "\n".join(texts(helper_pdf))
    assert "07700 900999" not in text and "Sam Private" not in text


def test_identifiers_are_whole_and_invisible_characters_shown(helper_pdf: bytes) -> None:
    lines = "\n".join(texts(helper_pdf)).splitlines()
    assert any(WALLET in line for line in lines)  # one line, never broken
    assert any("real\u27e8U+200B\u27e9user" in line for line in lines)
    assert not any("real user" in line or "realuser" in line for line in lines)


def test_every_script_is_in_the_text_layer(helper_pdf: bytes) -> None:
    text = texts(helper_pdf)[2] + texts(helper_pdf)[3]
    for name, sample in SCRIPTS.items():
        assert sample in text, name


def test_every_audit_row_is_printed_and_removals_explained(
    helper_pdf: bytes, helper_case: CaseVault
) -> None:
    text = " ".join("\n".join(texts(helper_pdf)).split())
    assert "GD-002 was removed on" in text and "Duplicate of GD-001" in text
    audit = helper_case.audit_log()
    layout = PdfReader(io.BytesIO(helper_pdf)).pages
    table = "\n".join(p.extract_text(extraction_mode="layout") or "" for p in layout)
    rows = re.findall(r"^\s*(\d+)\s+\d{1,2} \w+ \d{4},", table, re.M)
    assert [int(r) for r in rows] == [e.seq for e in audit]  # every row, none grouped
    assert "Evidence removed" in text


def test_exhibit_continuity_and_uk_reference(helper_pdf: bytes) -> None:
    text = "\n".join(texts(helper_pdf))
    assert "Exhibit GD-001 (JE/1)" in text  # the helper's initials
    assert "A file chosen on this computer" in text
    assert "Recorded in the case" in text and "Where it came from" in text
    assert "the original file as it was received" not in text
    assert f"Recorded with Guardian Desktop {__version__}" in " ".join(text.split())


def test_wide_capture_gets_a_landscape_page_and_zoomed_quarters(helper_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(helper_pdf))
    landscape = [
        i for i, p in enumerate(reader.pages) if float(p.mediabox.width) > float(p.mediabox.height)
    ]
    assert len(landscape) == 5  # the whole picture and four zoomed quarters
    assert "Zoomed: the top left quarter" in (reader.pages[landscape[1]].extract_text() or "")


def test_chosen_exhibits_and_one_pdf_per_n(helper_case: CaseVault) -> None:
    only = build_report(helper_case, ReportOptions(exhibits=frozenset({"GD-003"})))
    text = "\n".join(texts(only[0]))
    assert "Exhibit GD-003" in text and "Exhibit GD-001" not in text
    assert "chosen from 3 in the case" in text
    parts = build_report(helper_case, ReportOptions(exhibits_per_part=2))
    assert len(parts) == 2


def test_form_fields_for_police_report_fraud_and_ceop(helper_case: CaseVault) -> None:
    police = {f.label: f.text for f in form_fields(helper_case, "police", bundle_sha256="ab" * 32)}
    assert WALLET in police["Payment details (to whom, how, when)"]
    assert "ab" * 32 in police["Evidence"]
    ceop = {f.label: f.text for f in form_fields(helper_case, "ceop")}
    assert "Age of the young person" in ceop
    assert "Payment details (to whom, how, when)" not in ceop
    fraud = {f.label: f.text for f in form_fields(helper_case, "report_fraud")}
    assert "Money demanded and paid" in fraud


def test_cli_report_follows_the_contact_choice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from guardian_desktop.cli import main

    monkeypatch.setenv("GUARDIAN_PASSPHRASE", PASSPHRASE)
    vault, _code = CaseVault.create(tmp_path / "c", PASSPHRASE, "CLI label")
    with vault:
        a = vault.answers()
        a.contact.name, a.contact.phone = "Own Name", "07700 900222"
        a.contact.share_contact = False
        vault.save_answers(a.contact)
        folder = str(vault.folder)
    out = tmp_path / "no.pdf"
    assert main(["report", folder, "--out", str(out)]) == 0
    assert "07700 900222" not in "\n".join(texts(out.read_bytes()))
    with CaseVault.open(folder, passphrase=PASSPHRASE) as again:
        a = again.answers()
        a.contact.share_contact = True
        again.save_answers(a.contact)
    yes = tmp_path / "yes.pdf"
    assert main(["report", folder, "--out", str(yes)]) == 0
    assert "07700 900222" in "\n".join(texts(yes.read_bytes()))
