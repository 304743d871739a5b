"""Edges found in review: hostile nesting in a chat export, and dates at the ends of the
calendar, never stop a batch or a report."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from guardian_desktop.core import when
from guardian_desktop.core.chats.scan import scan
from guardian_desktop.core.models import TimelineEvent
from guardian_desktop.core.vault import CaseVault
from guardian_desktop.report.pdf import ReportOptions, build_report


@pytest.fixture
def zone(request: pytest.FixtureRequest) -> Iterator[None]:
    old = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    yield
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


def test_deeply_nested_json_is_refused_and_the_good_chat_kept(tmp_path: Path) -> None:
    good = tmp_path / "WhatsApp Chat with Bob.txt"
    good.write_text("25/10/2025, 22:47 - Bob: pay me or I send it\n", encoding="utf-8")
    bad = tmp_path / "message_1.json"
    bad.write_bytes(b"[" * 200_000 + b"]" * 200_000)
    result = scan([good, bad])
    assert [c.chat.messages[0].text for c in result.chats] == ["pay me or I send it"]
    assert [(f.name, f.reason) for f in result.failed] == [("message_1.json", "damaged_json")]


@pytest.mark.parametrize(
    ("zone", "typed"),
    [("Asia/Tokyo", "0001-01-01T00:30"), ("America/New_York", "9999-12-31T23:59"),
     ("Europe/London", "0001-01-01"), ("Europe/London", "31/12/9999")],
    indirect=["zone"],
)  # fmt: skip
def test_dates_at_the_ends_of_the_calendar_are_kept_as_text(zone: None, typed: str) -> None:
    assert when.read_text(typed) is None  # cannot be read as a date: kept as typed
    assert when.parse(typed).kind in (when.WhenKind.TEXT, when.WhenKind.EMPTY)
    assert when.parse(typed).sort_key() == (1, 0.0)


def test_two_digit_years() -> None:
    assert when.read_text("25/10/99") == "1999-10-25"
    assert when.read_text("25/10/25") == "2025-10-25"


def test_a_report_builds_with_a_slipped_year(tmp_path: Path) -> None:
    vault, _code = CaseVault.create(tmp_path / "c", "correct horse battery staple", "T")
    vault.save_record(TimelineEvent(when="0001-01-01", description="typo in the year"))
    vault.save_record(TimelineEvent(when="2025-10-25", description="the threat"))
    parts = build_report(vault, ReportOptions(check_originals=False))
    assert parts and parts[0].startswith(b"%PDF")
    vault.close()


def _case_with_a_chat(tmp_path: Path) -> CaseVault:
    from guardian_desktop.core import transcripts as T

    vault, _code = CaseVault.create(tmp_path / "c", "correct horse battery staple", "T",
                                    under_18=False)  # fmt: skip
    chat = tmp_path / "WhatsApp Chat with Bob.txt"
    chat.write_text("25/10/2025, 22:47 - Bob: pay or I post them\n", encoding="utf-8")
    (transcript,) = T.import_exports(vault, [chat]).added
    assert transcript.exhibit == "GD-001"
    return vault


def test_the_copy_ready_text_and_officer_page_name_chat_transcripts(tmp_path: Path) -> None:
    from pypdf import PdfReader

    from guardian_desktop.report.summary import plain_text_summary

    vault = _case_with_a_chat(tmp_path)
    evidence = [ln for ln in plain_text_summary(vault).splitlines() if ln.startswith("Evidence")]
    assert "GD-001 (1 message)" in evidence[0]
    pdf = build_report(vault, ReportOptions(check_originals=False))[0]
    import io

    officer = PdfReader(io.BytesIO(pdf)).pages[1].extract_text() or ""
    assert "Chat transcripts" in officer and "GD-001 (1 message)" in officer
    vault.close()


def test_a_removed_chat_transcript_is_explained(tmp_path: Path) -> None:
    from guardian_desktop.core import transcripts as T
    from guardian_desktop.report.facts import gather

    vault = _case_with_a_chat(tmp_path)
    (transcript,) = T.list_transcripts(vault)
    T.remove_transcript(vault, transcript.id, reason="wrong chat, added by mistake")
    removed = gather(vault).removals
    assert [(r.exhibit, r.reason) for r in removed] == [("GD-001", "wrong chat, added by mistake")]
    vault.close()


@pytest.mark.parametrize(
    ("amounts", "total"),
    [
        ([("0,05", "BTC")], "0.05 BTC"),  # a decimal comma
        ([("1,500", "GBP"), ("250.50", "GBP")], "1750.5 GBP"),
        ([("1.500,50", "EUR")], "1500.5 EUR"),
        ([("$250", "GBP"), ("€200", "GBP")], "250 USD; 200 EUR"),  # the symbol wins
        ([("0.05 BTC", "GBP")], "0.05 BTC"),
        ([("1.500", "EUR")], "1 amount(s) not given as a number"),  # 1.5 or 1500?
    ],
)
def test_payments_are_summed_only_when_the_number_is_clear(
    amounts: list[tuple[str, str]], total: str
) -> None:
    from guardian_desktop.core.models import Payment
    from guardian_desktop.report import facts as F

    payments = [Payment(kind="paid", amount=a, currency=c) for a, c in amounts]
    assert F.totals(payments) == total
    assert F.money(Payment(amount="$250", currency="GBP")) == "$250"
