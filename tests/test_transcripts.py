"""Chat exports stored as transcript exhibits in a real SQLCipher case: numbering, bytes and
hashes, marks and range, media and the under-18 rule, identifiers, verify, and the PDF."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from guardian_desktop.core import transcripts as T
from guardian_desktop.core.models import OffenderIdentifier, Payment
from guardian_desktop.core.vault import CaseVault
from guardian_desktop.report import transcript as RT
from guardian_desktop.report.pdfkit import make_styles
from guardian_desktop.report.sections import Layout

from . import chat_exports as ce

PASSPHRASE = "correct horse battery staple"


def _case(tmp_path: Path, under_18: bool | None, name: str = "case") -> CaseVault:
    vault, _code = CaseVault.create(tmp_path / name, PASSPHRASE, "Test", under_18=under_18)
    return vault


def _write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    p = tmp_path / name
    p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return p


def test_a_transcript_takes_the_next_exhibit_number_and_keeps_the_bytes(
    tmp_path: Path, screenshot_png: bytes
) -> None:
    from guardian_desktop.core.evidence import add_prepared, prepare_bytes

    vault = _case(tmp_path, under_18=False)
    add_prepared(vault, prepare_bytes(screenshot_png, "shot.png"))  # GD-001
    export = _write(tmp_path, "result.json", json.dumps(ce.telegram_chat()))
    result = T.import_exports(vault, [export])
    (t,) = result.added
    assert t.exhibit == "GD-002" and t.platform == "telegram"
    assert t.participants == [("Alex", "123"), ("Sam", "456")]
    assert t.message_count == 4 and t.zone_recorded
    assert t.first_at == "2025-10-25T21:40:00+00:00" and t.last_at.startswith("2025-10-25T21:43")
    (stored,) = t.exports
    assert T.export_bytes(vault, stored.id) == export.read_bytes()
    assert stored.sha256 == __import__("hashlib").sha256(export.read_bytes()).hexdigest()
    lines = T.lines(vault, t.id)
    assert [ln.line_no for ln in lines] == [1, 2, 3, 4]
    assert lines[1].text == "Pay £500 to @cashking now" and lines[1].sender_id == "123"
    item, _added = add_prepared(vault, prepare_bytes(ce.tiny_jpeg(), "next.jpg"))
    assert item.exhibit == "GD-003"  # one sequence for pictures and transcripts
    assert any(e.action == "transcript.added" and "GD-002" in e.detail and stored.sha256 in e.detail
               for e in vault.audit_log())  # fmt: skip
    again = T.import_exports(vault, [export])
    assert not again.added and [d.exhibit for d in again.duplicates] == ["GD-002"]


def test_marks_range_zone_search_and_dates_are_saved_and_audited(tmp_path: Path) -> None:
    vault = _case(tmp_path, under_18=False)
    export = _write(tmp_path, "WhatsApp Chat with Alex Smith.txt", ce.WHATSAPP_ANDROID_UK)
    (t,) = T.import_exports(vault, [export]).added
    assert not t.zone_recorded
    T.mark_key(vault, t.id, 4, True, "threat")
    T.set_range(vault, t.id, 2, 8)
    T.set_stated_zone(vault, t.id, "Europe/London")
    vault.close()
    vault = CaseVault.open(tmp_path / "case.gdcase", passphrase=PASSPHRASE)
    t = T.get_transcript(vault, t.id)
    assert t.included == (2, 8) and not t.is_whole and t.stated_zone == "Europe/London"
    ((kt, key),) = T.key_messages(vault)
    assert key.line_no == 4 and key.key_note == "threat" and kt.exhibit == "GD-001"
    assert T.search(vault, t.id, "PAY") == [4, 9]
    from datetime import date

    assert T.line_on_or_after(vault, t.id, date(2025, 10, 26)) == 7
    actions = [e.action for e in vault.audit_log()]
    assert {"transcript.marked", "transcript.range", "transcript.zone"} <= set(actions)
    T.mark_key(vault, t.id, 4, False)
    assert T.key_messages(vault) == []
    T.set_range(vault, t.id, 1, t.message_count)
    assert T.get_transcript(vault, t.id).is_whole


@pytest.mark.parametrize("under_18", [True, None])
def test_under_18_or_unknown_age_never_stores_media(tmp_path: Path, under_18: bool | None) -> None:
    vault = _case(tmp_path, under_18=under_18)
    export = _write(tmp_path, "WhatsApp Chat with Alex Smith.zip", ce.whatsapp_zip())
    result = T.import_exports(vault, [export], include_media=True)  # asked for, refused
    (t,) = result.added
    assert result.media_added == [] and vault.list_evidence() == []
    assert "under 18" in t.media_note and "2 photo" in t.media_note
    zip_row = next(e for e in t.exports if e.kind == "zip")
    assert not zip_row.kept and T.export_bytes(vault, zip_row.id) is None
    assert {m.path for m in zip_row.members} >= {"IMG-20251025-WA0001.jpg"}
    chat_file = next(e for e in t.exports if e.kind == "member")
    assert T.export_bytes(vault, chat_file.id) == ce.WHATSAPP_ANDROID_UK.encode("utf-8")
    # The photo's bytes are in no table of the case: not as an item, not inside a kept .zip.
    blobs = vault._read("SELECT data FROM chat_export_blob")
    assert all(ce.tiny_jpeg() not in bytes(b[0]) for b in blobs)
    assert all(b"PK\x03\x04" not in bytes(b[0])[:4] for b in blobs)


def test_an_adult_who_says_yes_gets_each_photo_as_its_own_linked_exhibit(tmp_path: Path) -> None:
    vault = _case(tmp_path, under_18=False)
    export = _write(tmp_path, "instagram-sam-2025.zip", ce.instagram_download_zip())
    result = T.import_exports(vault, [export], include_media=True)
    (t,) = result.added
    (photo,) = result.media_added
    assert (t.exhibit, photo.exhibit) == ("GD-001", "GD-002")
    assert photo.description == "Sent in the chat GD-001, line 3"
    line = T.lines(vault, t.id, 3, 3)[0]
    assert line.media_exhibit_no == 2
    (zip_row,) = t.exports
    assert zip_row.kept and T.export_bytes(vault, zip_row.id) == export.read_bytes()
    assert t.media_note == ""


def test_an_adult_who_says_no_keeps_the_chat_without_its_media(tmp_path: Path) -> None:
    vault = _case(tmp_path, under_18=False)
    export = _write(tmp_path, "wa.zip", ce.whatsapp_zip())
    result = T.import_exports(vault, [export], include_media=False)
    assert result.media_added == []
    (t,) = result.added
    assert [e.kind for e in t.exports] == ["zip", "member"]
    assert not t.exports[0].kept


def test_identifiers_are_offered_and_stored_only_when_confirmed(tmp_path: Path) -> None:
    vault = _case(tmp_path, under_18=False)
    export = _write(tmp_path, "WhatsApp Chat with Alex Smith.txt", ce.WHATSAPP_ANDROID_UK)
    (t,) = T.import_exports(vault, [export]).added
    found = {(c.kind, c.value): c for c in T.identifier_candidates(vault, t.id)}
    assert ("phone", "+44 7700 900123") in found
    assert ("email", "pay.me@example.com") in found
    wallet = found[("wallet_bitcoin", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")]
    assert wallet.line_no == 4 and wallet.is_payment
    assert vault.list_records(OffenderIdentifier) == [] and vault.list_records(Payment) == []
    T.accept_candidate(vault, found[("phone", "+44 7700 900123")])
    T.accept_candidate(vault, wallet)
    (ident,) = vault.list_records(OffenderIdentifier)
    assert ident.phone == "+44 7700 900123" and "GD-001, line 9" in ident.notes
    (pay,) = vault.list_records(Payment)
    assert pay.wallet_address.startswith("bc1q") and pay.chain == "Bitcoin"
    again = {(c.kind, c.value) for c in T.identifier_candidates(vault, t.id)}
    assert ("phone", "+44 7700 900123") not in again  # already in the case


def test_verify_finds_a_changed_export_or_transcript_line(tmp_path: Path) -> None:
    vault = _case(tmp_path, under_18=False)
    export = _write(tmp_path, "wa.zip", ce.whatsapp_zip())
    (t,) = T.import_exports(vault, [export], include_media=True).added
    report = vault.verify()
    assert report.ok, report.problems
    with vault._tx() as cur:  # someone edits a message inside the database
        cur.execute("UPDATE transcript_message SET text = 'nothing' WHERE line_no = 4")
    report = vault.verify()
    assert any("GD-001" in p and "lines" in p for p in report.problems)
    with vault._tx() as cur:
        cur.execute("UPDATE chat_export_blob SET data = ?", (b"PK\x03\x04 changed",))
    report = vault.verify()
    assert any("wa.zip" in p and "does not match" in p for p in report.problems)


def _section_pdf(vault: CaseVault) -> bytes:
    lay = Layout(A4[0] - 100, A4[1] - 110, make_styles())
    story = RT.transcript_sections(RT.gather(vault), lay)
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def test_the_pdf_section_prints_lines_times_senders_hashes_and_key_marks(tmp_path: Path) -> None:
    vault = _case(tmp_path, under_18=None)
    wa = _write(tmp_path, "WhatsApp Chat with Alex Smith.zip", ce.whatsapp_zip())
    ig = _write(tmp_path, "message_1.json", json.dumps(ce.instagram_thread()))
    (t, t2) = T.import_exports(vault, [wa, ig]).added
    T.mark_key(vault, t.id, 4, True, "threat")
    T.set_stated_zone(vault, t.id, "Europe/London")
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(_section_pdf(vault))).pages)
    flat = " ".join(text.split())
    assert "Exhibit GD-001: chat transcript" in flat and "Exhibit GD-002" in flat
    assert t.exports[0].sha256 in flat.replace(" ", "") or t.exports[0].sha256[:32] in flat
    assert "phone's local time; the offset was not recorded" in flat
    assert "Europe/London" in flat
    assert "22:47:00 +01:00*" in flat  # British Summer Time on 25 October 2025, as stated
    assert "Offsets marked * come from that zone" in flat
    assert "I have your pictures." in flat and "Alex Smith" in flat
    assert "KEY" in flat and "threat" in flat
    assert "Media left out" in flat
    assert "Café" in flat  # the mojibake fixed all the way to the page
    assert "2025-10-25 22:20:00 +00:00" in flat  # Instagram's times carry their offset
    assert RT.key_message_lines(vault) == [
        "GD-001 line 4, 2025-10-25 22:47:00 (phone local time), Alex Smith: I have your "
        "pictures. Pay £500 or I send them to everyone. Send it to "
        "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"
    ]


@pytest.mark.parametrize(
    ("text", "offset"),
    [("Europe/London", "+00:00"), ("UTC+1", "+01:00"), ("-05:30", "-05:30"), ("GMT", "+00:00"),
     ("Mars/Olympus", None), ("", None)],
)  # fmt: skip
def test_a_stated_zone_is_read_as_a_name_or_an_offset(text: str, offset: str | None) -> None:
    from datetime import datetime

    zone = RT.stated_zone(text)
    if offset is None:
        assert zone is None
    else:
        assert zone is not None
        got = zone.utcoffset(datetime(2025, 12, 1, 12, 0))
        assert got is not None and RT._offset_text(got) == offset


def test_a_long_chat_is_printed_in_parts_with_only_the_chosen_range(tmp_path: Path) -> None:
    vault = _case(tmp_path, under_18=False)
    export = _write(tmp_path, "WhatsApp Chat with Alex.txt", ce.whatsapp_lines(4_500))
    (t,) = T.import_exports(vault, [export]).added
    T.set_range(vault, t.id, 101, 4_300)
    text = " ".join(
        " ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(_section_pdf(vault))).pages
    )
    assert "part 1 of 3 (lines 101 to 2100)" in text and "part 3 of 3" in text
    assert "message number 100 " in text  # line 101 holds message 100
    assert "message number 99 " not in text and "message number 4300 " not in text
    assert "Lines 101 to 4300 of 4500, as chosen by the person." in text


def test_a_case_from_before_transcripts_gains_the_tables_when_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real schema 4 case (made with the migrations before transcripts) is upgraded."""
    from guardian_desktop.core import schema
    from guardian_desktop.core import vault as vault_module
    from guardian_desktop.core.schema import SCHEMA_VERSION

    monkeypatch.setattr(vault_module, "migrate", lambda conn: schema.migrate(conn, upto=4))
    vault = _case(tmp_path, under_18=False)
    assert vault._read("PRAGMA user_version")[0][0] == 4
    vault.close()
    monkeypatch.undo()
    vault = CaseVault.open(tmp_path / "case.gdcase", passphrase=PASSPHRASE)
    assert vault._read("PRAGMA user_version")[0][0] == SCHEMA_VERSION
    export = _write(tmp_path, "result.json", json.dumps(ce.telegram_chat()))
    assert len(T.import_exports(vault, [export]).added) == 1
    assert vault.verify().ok


def test_cli_adds_exports_and_pictures_together_and_names_bad_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from guardian_desktop.cli import main

    from .conftest import make_screenshot

    monkeypatch.setenv("GUARDIAN_PASSPHRASE", PASSPHRASE)
    assert main(["case", "new", str(tmp_path / "c"), "--label", "CLI", "--age-unknown"]) == 0
    capsys.readouterr()
    shot = _write(tmp_path, "shot.png", make_screenshot(1))
    wa = _write(tmp_path, "WhatsApp Chat with Alex Smith.zip", ce.whatsapp_zip())
    bomb = _write(tmp_path, "bomb.zip", ce.zip_bomb())
    case = str(tmp_path / "c.gdcase")
    rc = main(["evidence", "add", case, str(shot), str(wa), str(bomb), "--with-media"])
    out, err = capsys.readouterr()
    assert rc == 1  # the bomb was not added, and it says why
    assert "GD-001" in out and "shot.png" in out
    assert "GD-002  chat transcript: WhatsApp chat export (Android), 9 messages" in out
    assert "Media left out" in out and "never added for someone under 18" in err
    assert "bomb.zip" in err and "zip bomb" in err
    assert main(["evidence", "list", case]) == 0
    listing = capsys.readouterr().out
    assert "1 item(s), 1 chat transcript(s)" in listing
    assert main(["verify", case]) == 0


def test_the_police_report_prints_the_transcript_and_its_key_messages(tmp_path: Path) -> None:
    from guardian_desktop.report.pdf import ReportOptions, build_report
    from guardian_desktop.report.summary import plain_text_summary

    vault = _case(tmp_path, under_18=False)
    export = _write(tmp_path, "result.json", json.dumps(ce.telegram_chat()))
    (t,) = T.import_exports(vault, [export]).added
    T.mark_key(vault, t.id, 2, True, "demand")
    pdfs = build_report(vault, ReportOptions())
    pages = [
        " ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdfs[-1])).pages
    ]
    text = " ".join(pages)
    assert "Exhibit GD-001: chat transcript" in text
    assert "Pay £500 to @cashking now" in text
    assert "Key messages from the chat transcripts" in text
    first_key = next(i for i, p in enumerate(pages) if "Key messages from the chat" in p)
    section = next(i for i, p in enumerate(pages) if "GD-001: chat transcript" in p)
    assert first_key < section  # listed near the front, for the officer
    # The exhibit index names the chat (the officer's page names it too, more briefly).
    index = next(i for i, p in enumerate(pages) if "GD-001: Telegram, Alex, 4 messages" in p)
    assert index < section and "Chat transcripts" in pages[index]
    summary = plain_text_summary(vault)
    assert "Key messages from the chat transcripts:" in summary
    assert "- GD-001 line 2, 2025-10-25 21:41:00 +00:00, Alex: Pay £500 to @cashking now" in summary
    assert len(summary) <= 4000


def test_removing_a_chat_keeps_its_number_unused_and_logs_what_it_was(tmp_path: Path) -> None:
    vault = _case(tmp_path, under_18=False)
    zipped = _write(tmp_path, "instagram-sam.zip", ce.instagram_download_zip())
    (t,) = T.import_exports(vault, [zipped]).added
    T.remove_transcript(vault, t.id, "wrong chat")
    assert T.list_transcripts(vault) == []
    assert vault._read("SELECT count(*) FROM chat_export")[0][0] == 0
    assert vault._read("SELECT count(*) FROM transcript_message")[0][0] == 0
    last = vault.audit_log()[-1]
    assert last.action == "transcript.removed" and "GD-001" in last.detail
    assert t.exports[0].sha256 in last.detail and "wrong chat" in last.detail
    (again,) = T.import_exports(vault, [zipped]).added
    assert again.exhibit == "GD-002"  # numbers are never reused
    assert vault.verify().ok


def test_the_evidence_bundle_holds_the_kept_export_and_a_text_transcript(tmp_path: Path) -> None:
    import hashlib
    import zipfile

    from guardian_desktop.report.bundle import build_bundle

    vault = _case(tmp_path, under_18=False)
    export = _write(tmp_path, "result.json", json.dumps(ce.telegram_chat()))
    T.import_exports(vault, [export])
    with zipfile.ZipFile(io.BytesIO(build_bundle(vault))) as zf:
        names = zf.namelist()
        assert zf.read("GD-001-export.json") == export.read_bytes()
        text = zf.read("GD-001-transcript.tsv").decode("utf-8")
        sums = zf.read("SHA256SUMS").decode("utf-8")
        manifest = zf.read("manifest.csv").decode("utf-8")
    assert "2\t2025-10-25T21:41:00+00:00\tAlex\tPay £500 to @cashking now" in text
    assert f"{hashlib.sha256(export.read_bytes()).hexdigest()}  GD-001-export.json" in sums
    assert "chat export" in manifest and "GD-001-transcript.tsv" in names


def test_every_script_in_a_chat_prints(tmp_path: Path) -> None:
    vault = _case(tmp_path, under_18=False)
    chat = ce.telegram_chat()
    chat["messages"].append(
        {"id": 9, "type": "message", "date": "2025-10-25T22:50:00", "date_unixtime": "1761429000",
         "from": "Алексей", "from_id": "user123", "text": "你好 こんにちは Привет שלום 😡"}
    )  # fmt: skip
    export = _write(tmp_path, "result.json", json.dumps(chat, ensure_ascii=False))
    T.import_exports(vault, [export])
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(_section_pdf(vault))).pages)
    for word in ("你好", "こんにちは", "Привет", "Алексей"):
        assert word in text
