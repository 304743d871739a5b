"""Typed answers, dates and platform ids in core, and the schema 3 upgrade of old cases."""

from __future__ import annotations

import json
import sqlite3  # noqa: F401  (sqlcipher3 shares its API)
from datetime import date, datetime
from pathlib import Path

import pytest

from guardian_desktop.core import platforms, when
from guardian_desktop.core.answers import (
    Answer,
    CaseAnswers,
    Contact,
    Risk,
    Story,
    exhibit_initials,
    exhibit_reference,
    treat_as_under_18,
)
from guardian_desktop.core.models import Payment, TimelineEvent
from guardian_desktop.core.vault import CaseVault

PASS = "correct horse battery"


def test_answers_round_trip_on_disk(tmp_path: Path) -> None:
    vault, _code = CaseVault.create(tmp_path / "c", PASS, "Label")
    story = Story(summary="Bad things", first_contact_at="2025-10-25T22:47:00+01:00")
    vault.save_answers(story)
    risk = Risk(self_harm=Answer.YES, knows_contacts=Answer.NO)
    vault.save_answers(risk)
    vault.close()
    again = CaseVault.open(tmp_path / "c.gdcase", passphrase=PASS)
    answers = again.answers()
    assert answers.story == story
    assert answers.risk.self_harm is Answer.YES
    assert answers.risk.flags() == ["self_harm"]
    assert answers.contact == Contact()
    again.close()


def test_typing_saves_coalesce_in_the_audit_log(tmp_path: Path) -> None:
    vault, _code = CaseVault.create(tmp_path / "c", PASS, "Label")
    for text in ("a", "ab", "abc"):
        vault.save_answers(Story(summary=text))
    actions = [e.action for e in vault.audit_log()]
    assert actions.count("answers.changed") == 1
    pay = vault.save_record(Payment(amount="1"))
    for amount in ("10", "100"):
        pay.amount = amount
        vault.save_record(pay)
    assert [e.action for e in vault.audit_log()].count("payment.changed") == 1
    assert vault.verify().ok
    vault.close()


def test_a_damaged_answers_row_reads_as_unanswered(tmp_path: Path) -> None:
    vault, _code = CaseVault.create(tmp_path / "c", PASS, "Label")
    vault.save_answers(Story(summary="kept"))
    with vault._tx() as cur:
        cur.execute("INSERT INTO answers VALUES ('risk', '{not json')")
        cur.execute("INSERT INTO answers VALUES ('contact', ?)", (json.dumps({"bogus": 1}),))
    answers = vault.answers()
    assert answers.story.summary == "kept" and answers.risk == Risk()
    vault.close()


def test_unknown_age_is_treated_as_under_18() -> None:
    assert treat_as_under_18(None) and treat_as_under_18(True) and not treat_as_under_18(False)


def test_exhibit_initials_follow_the_producer() -> None:
    answers = CaseAnswers()
    answers.contact.name = "Sam Example"
    answers.contact.helper_name = "Jo Parent-Smith"
    assert exhibit_initials(answers, helping=False) == ""  # the name is not shared
    answers.contact.share_contact = True
    assert exhibit_initials(answers, helping=False) == "SE"
    assert exhibit_initials(answers, helping=True) == "JPS"
    answers.contact.exhibit_initials = "kt"
    assert exhibit_initials(answers, helping=True) == "KT"
    assert exhibit_reference("SE", 1) == "SE/1" and exhibit_reference("", 1) == ""


@pytest.mark.parametrize(
    ("typed", "kind", "day"),
    [
        ("25/10/2025 22:47", when.WhenKind.DATETIME, date(2025, 10, 25)),
        ("25/10/2025", when.WhenKind.DATE, date(2025, 10, 25)),
        ("2025-10-25 22:47", when.WhenKind.DATETIME, date(2025, 10, 25)),
        ("25 October 2025 at 10:47pm", when.WhenKind.DATETIME, date(2025, 10, 25)),
        ("Oct 25, 2025", when.WhenKind.DATE, date(2025, 10, 25)),
        ("3.1.26", when.WhenKind.DATE, date(2026, 1, 3)),
        ("the night of the party", None, None),
    ],
)
def test_typed_dates_are_read_day_first(typed: str, kind: when.WhenKind | None, day: date) -> None:
    stored = when.read_text(typed)
    if kind is None:
        assert stored is None
        return
    assert stored is not None
    parsed = when.parse(stored)
    assert parsed.kind is kind and parsed.day == day
    if parsed.moment is not None:
        assert parsed.moment.hour == 22 and parsed.moment.minute == 47
        # the computer's own offset on that day, so summer time is right
        naive = parsed.moment.replace(tzinfo=None)
        assert parsed.moment.utcoffset() == naive.astimezone().utcoffset()


def test_free_text_that_cannot_be_read_is_kept() -> None:
    assert when.migrate_text("about a week ago") == "about a week ago"
    assert when.parse("about a week ago").kind is when.WhenKind.TEXT
    assert when.migrate_text("") == ""
    assert when.parse("2025-02-30").kind is when.WhenKind.TEXT


def test_sorting_known_before_unknown() -> None:
    values = ["later sometime", "2025-10-26", "2025-10-25T22:47:00+01:00"]
    ordered = sorted(values, key=lambda v: when.parse(v).sort_key())
    assert ordered == ["2025-10-25T22:47:00+01:00", "2025-10-26", "later sometime"]


@pytest.mark.parametrize(
    ("name", "moment", "platform"),
    [
        ("Screenshot_20250306-012800_Instagram.jpg", datetime(2025, 3, 6, 1, 28), "instagram"),
        ("Screenshot 2025-03-06 at 01.28.00.png", datetime(2025, 3, 6, 1, 28), None),
        ("Screenshot 2025-03-06 012800.png", datetime(2025, 3, 6, 1, 28), None),
        ("Screenshot_2025-03-06-01-28-00-123_com.snapchat.android.jpg",
         datetime(2025, 3, 6, 1, 28), "snapchat"),
        ("Screenshot_20250306-012800_WhatsApp.png", datetime(2025, 3, 6, 1, 28), "whatsapp"),
        ("holiday.png", None, None),
    ],
)  # fmt: skip
def test_file_names_suggest_time_and_app(
    name: str, moment: datetime | None, platform: str | None
) -> None:
    stored = when.from_file_name(name)
    if moment is None:
        assert stored is None
    else:
        assert stored is not None
        parsed = when.parse(stored)
        assert parsed.kind is when.WhenKind.DATETIME
        assert parsed.moment is not None
        assert parsed.moment.replace(tzinfo=None) == moment
    assert platforms.from_file_name(name) == platform


def test_platform_ids() -> None:
    assert platforms.platform_id("Instagram") == "instagram"
    assert platforms.platform_id(" insta ") == "instagram"
    assert platforms.platform_id("X (Twitter)") == "x"
    assert platforms.platform_id("MyChatApp") == "MyChatApp"
    assert platforms.display_name("x") == "X (Twitter)"


def test_old_cases_upgrade_to_typed_answers_and_iso_dates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real schema 2 case (made with the first two migrations only) with narrative
    progress keys and free-text dates."""
    from guardian_desktop.core import schema
    from guardian_desktop.core import vault as vault_module

    monkeypatch.setattr(vault_module, "migrate", lambda conn: schema.migrate(conn, upto=2))
    vault, _code = CaseVault.create(tmp_path / "old", PASS, "Old")
    assert vault._read("PRAGMA user_version")[0][0] == 2
    with vault._tx() as cur:
        cur.execute("""INSERT INTO timeline ("when", description) VALUES (?, ?)""",
                    ("25/10/2025 22:47", "threat"))  # fmt: skip
        cur.execute("""INSERT INTO timeline ("when", description) VALUES (?, ?)""",
                    ("a week ago", "first message"))  # fmt: skip
        old = (("details.summary", "old story"), ("details.images_shared", "yes"),
               ("details.share_contact", True), ("wizard.step", "details"))  # fmt: skip
        for key, value in old:
            cur.execute("INSERT INTO progress VALUES (?, ?)", (key, json.dumps(value)))
    vault.close()
    monkeypatch.undo()

    upgraded = CaseVault.open(tmp_path / "old.gdcase", passphrase=PASS)
    answers = upgraded.answers()
    assert answers.story.summary == "old story"
    assert answers.images.shared is Answer.YES
    assert answers.contact.share_contact is True
    progress = upgraded.all_progress()
    assert progress == {"wizard.step": "details"}
    events = {e.description: e.when for e in upgraded.list_records(TimelineEvent)}
    assert when.parse(events["threat"]).kind is when.WhenKind.DATETIME
    assert events["first message"] == "a week ago"
    assert "case.upgraded" in [e.action for e in upgraded.audit_log()]
    assert upgraded.verify().ok
    upgraded.close()
