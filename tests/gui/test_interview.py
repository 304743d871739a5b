"""The guided interview (step 5): branches, nothing typed ever lost, Check your answers,
errors that link to their field, and every page usable at 1024x640 with the keyboard."""

from __future__ import annotations

import re
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from guardian_desktop.core import when as whenmod
from guardian_desktop.core.answers import Answer, Money, Offender, Risk
from guardian_desktop.core.models import (
    OffenderIdentifier,
    Payment,
    ReferenceKind,
    ReferenceNumber,
    Role,
    TimelineEvent,
)
from guardian_desktop.core.settings import Settings
from guardian_desktop.core.vault import CaseVault
from guardian_desktop.gui.main_window import MainWindow
from guardian_desktop.gui.safety import quick_exit as qe_module
from guardian_desktop.gui.widgets.answer_choice import AnswerChoice
from guardian_desktop.gui.widgets.choice import WrapChoice
from guardian_desktop.gui.widgets.records import RecordCard, RecordList
from guardian_desktop.gui.widgets.when_edit import WhenEdit
from guardian_desktop.gui.wizard.interview import InterviewPage
from guardian_desktop.gui.wizard.interview.question import Question
from guardian_desktop.gui.wizard.view import WizardView

PASS = "a long passphrase"
DATE, TIME = "25/10/2025", "22:47"


def open_window(
    qtbot: QtBot, tmp_path: Path, role: Role = Role.VICTIM, under_18: bool | None = False
) -> tuple[MainWindow, CaseVault]:
    vault, _code = CaseVault.create(
        tmp_path / "case", PASS, "Interview", role=role, under_18=under_18
    )
    settings = Settings()
    settings.quick_exit_explained = True
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.vault = vault
    window._show_wizard()
    assert window.wizard is not None
    window.wizard.go_to("details")
    return window, vault


def interview(window: MainWindow) -> InterviewPage:
    assert window.wizard is not None
    page = window.wizard.page("details")
    assert isinstance(page, InterviewPage)
    return page


def qids(page: InterviewPage) -> list[str]:
    return [q.qid for q in page.route()]


def answer(qtbot: QtBot, question: Question, key: str, value: Answer) -> None:
    choice = question.fields[key]
    assert isinstance(choice, AnswerChoice)
    qtbot.mouseClick(choice.buttons[value], Qt.MouseButton.LeftButton)


# --- branches ------------------------------------------------------------------------------


def test_paid_yes_opens_payments_and_shows_already_paid_at_once(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, vault = open_window(qtbot, tmp_path)
    page = interview(window)
    assert "payments_paid" not in qids(page) and "payments_demanded" not in qids(page)
    page.show_question("money_demanded")
    answer(qtbot, page.current, "money.demanded", Answer.YES)
    assert "payments_demanded" in qids(page)
    page.show_question("money_paid")
    paid = page.current
    assert not paid.already_paid.isVisibleTo(paid)  # type: ignore[attr-defined]
    answer(qtbot, paid, "money.paid", Answer.YES)
    text = " ".join(lab.text() for lab in paid.already_paid.findChildren(QLabel))  # type: ignore[attr-defined]
    assert paid.already_paid.isVisibleTo(paid)  # type: ignore[attr-defined]
    assert "Tell your bank or payment provider at once" in text
    assert "Report Fraud" in text and "4 December 2025" in text and "Police Scotland on 101" in text
    assert vault.answers().money.paid == Answer.YES  # saved at once
    window.wizard.go_next()  # type: ignore[union-attr]
    assert page.current.qid == "payments_paid"
    answer(qtbot, paid, "money.paid", Answer.NO)  # changed mind: the branch closes again
    assert "payments_paid" not in qids(page)


def test_paid_no_and_not_asked_for_money_skip_the_money_pages(qtbot: QtBot, tmp_path: Path) -> None:
    window, _vault = open_window(qtbot, tmp_path)
    page = interview(window)
    page.show_question("money_demanded")
    answer(qtbot, page.current, "money.demanded", Answer.NO)
    assert window.wizard is not None
    window.wizard.go_next()
    assert page.current.qid == "offender_known"  # "Did you pay?" skipped: nothing was asked
    page.show_question("money_demanded")
    answer(qtbot, page.current, "money.demanded", Answer.UNKNOWN)
    window.wizard.go_next()
    assert page.current.qid == "money_paid"
    answer(qtbot, page.current, "money.paid", Answer.NO)
    window.wizard.go_next()
    assert page.current.qid == "offender_known"
    window.wizard.go_back()
    assert page.current.qid == "money_paid"


@pytest.mark.parametrize("knows", [Answer.YES, Answer.NO])
def test_knows_their_account_branch(qtbot: QtBot, tmp_path: Path, knows: Answer) -> None:
    window, vault = open_window(qtbot, tmp_path)
    page = interview(window)
    page.show_question("offender_known")
    answer(qtbot, page.current, "offender.knows_account", knows)
    assert window.wizard is not None
    window.wizard.go_next()
    if knows == Answer.NO:
        assert page.current.qid == "claimed_location"
        return
    assert page.current.qid == "offender_accounts"
    entries = page.current.entries  # type: ignore[attr-defined]
    assert isinstance(entries, RecordList)
    platform = entries.cards[0].editors["platform"]
    assert isinstance(platform, QComboBox)
    names = [platform.itemText(i) for i in range(platform.count())]
    assert "Instagram" in names and "Snapchat" in names
    platform.setFocus()
    index = platform.findData("snapchat")
    while platform.currentIndex() != index:
        QTest.keyClick(platform, Qt.Key.Key_Down)
    assert [r.platform for r in vault.list_records(OffenderIdentifier)] == ["snapchat"]
    seen = entries.cards[0].editors["seen_at"]
    assert isinstance(seen, WhenEdit)
    qtbot.keyClicks(seen.date_edit, DATE)
    window.wizard.go_next()
    stored = vault.list_records(OffenderIdentifier)[0].seen_at
    assert stored == "2025-10-25"


@pytest.mark.parametrize(("under_18", "childline"), [(False, False), (True, True), (None, True)])
def test_self_harm_yes_shows_support_numbers_at_once(
    qtbot: QtBot, tmp_path: Path, under_18: bool | None, childline: bool
) -> None:
    window, vault = open_window(qtbot, tmp_path, under_18=under_18)
    page = interview(window)
    page.show_question("self_harm")
    question = page.current
    support = question.support  # type: ignore[attr-defined]
    assert not support.isVisibleTo(question)
    answer(qtbot, question, "risk.self_harm", Answer.YES)
    assert support.isVisibleTo(question)
    text = " ".join(lab.text() for lab in support.findChildren(QLabel))
    assert "Samaritans: 116 123" in text
    assert ("0800 1111" in text) is childline
    assert vault.answers().risk.self_harm == Answer.YES
    answer(qtbot, question, "risk.self_harm", Answer.NO)
    assert not support.isVisibleTo(question)


def test_maybe_fake_shows_the_sourced_guidance(qtbot: QtBot, tmp_path: Path) -> None:
    window, _vault = open_window(qtbot, tmp_path)
    page = interview(window)
    page.show_question("images_fake")
    question = page.current
    view = question.fake_guidance  # type: ignore[attr-defined]
    assert not view.isVisibleTo(question)
    answer(qtbot, question, "images.maybe_fake", Answer.YES)
    text = " ".join(lab.text() for lab in view.findChildren(QLabel))
    assert "fake or made with AI" in text and "still blackmail" in text
    assert view.isVisibleTo(question)


@pytest.mark.parametrize(("under_18", "warned"), [(False, False), (True, True), (None, True)])
def test_images_page_never_asks_for_the_image_and_warns_under_18s(
    qtbot: QtBot, tmp_path: Path, under_18: bool | None, warned: bool
) -> None:
    window, _vault = open_window(qtbot, tmp_path, under_18=under_18)
    page = interview(window)
    page.show_question("images")
    text = " ".join(lab.text() for lab in page.current.findChildren(QLabel))
    assert "Do not add the images themselves." in text
    assert ("do not screenshot, save or send" in text) is warned
    assert ("Report Remove" in text) is warned


def test_helper_is_asked_about_themselves_and_initials_are_explained(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, vault = open_window(qtbot, tmp_path, role=Role.COUNSELLOR, under_18=True)
    page = interview(window)
    assert "helper" in qids(page)
    page.show_question("helper")
    qtbot.keyClicks(page.current.fields["contact.helper_name"], "Sam Example")
    page.show_question("exhibits")
    initials = page.current.fields["contact.exhibit_initials"]
    assert isinstance(initials, QLineEdit)
    assert initials.text() == "SE"  # prefilled from core.answers.exhibit_initials
    labels = " ".join(lab.text() for lab in page.current.findChildren(QLabel))
    assert "Police label exhibits with the initials of the person who saved them" in labels
    assert vault.answers().contact.helper_name == "Sam Example"


# --- nothing typed is ever lost --------------------------------------------------------------


def _type_line(qtbot: QtBot, edit: QLineEdit | QPlainTextEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def _fill_editor(qtbot: QtBot, key: str, editor: QWidget, expected: dict[str, Any]) -> None:
    if isinstance(editor, AnswerChoice):
        qtbot.mouseClick(editor.buttons[Answer.YES], Qt.MouseButton.LeftButton)
        expected[key] = "yes"
    elif isinstance(editor, WhenEdit):
        qtbot.keyClicks(editor.date_edit, DATE)
        qtbot.keyClicks(editor.time_edit, TIME)
        expected[key] = whenmod.read_text(f"{DATE} {TIME}")
    elif isinstance(editor, WrapChoice):
        qtbot.mouseClick(editor.button, Qt.MouseButton.LeftButton)
        expected[key] = True
    elif isinstance(editor, QComboBox):
        editor.setFocus()
        QTest.keyClick(editor, Qt.Key.Key_Down)
        expected[key] = editor.currentData()
    elif isinstance(editor, QLineEdit | QPlainTextEdit):
        value = "typed " + key.replace(".", " ")
        if key.endswith("amount"):
            value = "250"
        elif key.endswith("exhibit_initials"):
            value = "AB"
        _type_line(qtbot, editor, value)
        expected[key] = value
    else:
        raise AssertionError(f"no way to type into {key}: {type(editor).__name__}")


def _fill_card(qtbot: QtBot, prefix: str, card: RecordCard[Any], expected: dict[str, Any]) -> None:
    """Every field of the card: answers first, then what is shown, then the drop-downs
    (so every group is typed before a choice hides the others), then what they opened."""
    order = sorted(card.editors.items(), key=lambda kv: (
        0 if isinstance(kv[1], AnswerChoice) else 2 if isinstance(kv[1], QComboBox) else 1
    ))  # fmt: skip
    for name, editor in order:
        if editor.isVisibleTo(card):
            _fill_editor(qtbot, f"{prefix}.{name}", editor, expected)
    for name, editor in card.editors.items():
        if editor.isVisibleTo(card) and f"{prefix}.{name}" not in expected:
            _fill_editor(qtbot, f"{prefix}.{name}", editor, expected)


def fill_every_page(qtbot: QtBot, window: MainWindow) -> dict[str, Any]:
    """Go page by page with Next, typing in every field; yes to every branch."""
    assert window.wizard is not None
    page = interview(window)
    page.show_question("story")
    expected: dict[str, Any] = {}
    seen: list[str] = []
    while page.current.qid != "check":
        question = page.current
        seen.append(question.qid)
        for key, editor in question.fields.items():
            _fill_editor(qtbot, key, editor, expected)
        entries = getattr(question, "entries", None)
        if isinstance(entries, RecordList):
            _fill_card(qtbot, question.qid, entries.cards[0], expected)
        qtbot.mouseClick(window.wizard.next, Qt.MouseButton.LeftButton)
    assert seen == qids(page)[:-1]  # every page of the route, yes to every branch
    assert {"payments_demanded", "payments_paid", "offender_accounts", "helper"} <= set(seen)
    return expected


def leave(qtbot: QtBot, window: MainWindow, vault: CaseVault, how: str,
          monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    assert window.wizard is not None
    if how == "page change":
        qtbot.mouseClick(window.wizard.back, Qt.MouseButton.LeftButton)
        vault.close()  # as if the power went: only what the page change wrote is kept
    elif how == "close":
        qtbot.mouseClick(window.wizard.close_case, Qt.MouseButton.LeftButton)
    elif how == "auto-lock":
        window.autolock.lockRequested.emit()
    elif how == "quick exit":
        monkeypatch.setattr(qe_module, "quit_application", lambda: None)
        window.quick_exit.trigger()
    assert not vault.is_open, how


def check_case(folder: Path, expected: dict[str, Any], qtbot: QtBot) -> None:
    vault = CaseVault.open(folder, passphrase=PASS)
    try:
        answers = vault.answers()
        records: dict[str, list[Any]] = {
            "payments_demanded": [p for p in vault.list_records(Payment) if p.kind == "demanded"],
            "payments_paid": [p for p in vault.list_records(Payment) if p.kind == "paid"],
            "offender_accounts": vault.list_records(OffenderIdentifier),
            "timeline": vault.list_records(TimelineEvent),
            "references": vault.list_records(ReferenceNumber),
        }
        for key, value in expected.items():
            head, name = key.rsplit(".", 1)
            if head in records:
                got = [getattr(r, name) for r in records[head]]
                assert value in got, (key, got)
            else:
                got_value = getattr(getattr(answers, head), name)
                assert got_value == value, (key, got_value, value)
        assert answers.contact.exhibit_initials == "AB"
        wizard = WizardView(vault)  # and the pages show it all again
        qtbot.addWidget(wizard)
        page = wizard.page("details")
        assert isinstance(page, InterviewPage)
        for question in page.questions:
            for key, editor in question.fields.items():
                if isinstance(editor, QLineEdit):
                    assert editor.text() == expected[key], key
                elif isinstance(editor, QPlainTextEdit):
                    assert editor.toPlainText() == expected[key], key
        wizard.deleteLater()
    finally:
        vault.close()


@pytest.mark.parametrize("how", ["page change", "close", "auto-lock", "quick exit"])
@pytest.mark.parametrize("last", ["answer", "new card"])
def test_nothing_typed_is_lost(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str, last: str
) -> None:
    """Type in every field of every page, leave at once (no pause for the debounce), reopen
    the case from disk: everything is there. The last thing typed is a plain answer or a
    half-filled new entry made with Add another."""
    window, vault = open_window(qtbot, tmp_path, role=Role.HELPER, under_18=None)
    folder = vault.folder
    expected = fill_every_page(qtbot, window)
    page = interview(window)
    if last == "answer":
        page.show_question("story")
        summary = page.current.fields["story.summary"]
        assert isinstance(summary, QPlainTextEdit)
        summary.moveCursor(summary.textCursor().MoveOperation.End)
        qtbot.keyClicks(summary, " And more.")
        expected["story.summary"] += " And more."
    else:
        page.show_question("timeline")
        entries = page.current.entries  # type: ignore[attr-defined]
        qtbot.mouseClick(entries.add_button, Qt.MouseButton.LeftButton)
        new = entries.cards[-1].editors["description"]
        qtbot.keyClicks(new, "half typed event")
        expected["timeline.description#2"] = "half typed event"
    leave(qtbot, window, vault, how, monkeypatch)
    extra = expected.pop("timeline.description#2", None)
    check_case(folder, expected, qtbot)
    if extra:
        again = CaseVault.open(folder, passphrase=PASS)
        try:
            assert extra in [e.description for e in again.list_records(TimelineEvent)]
        finally:
            again.close()


def test_empty_entries_are_removed_when_the_page_is_left(qtbot: QtBot, tmp_path: Path) -> None:
    window, vault = open_window(qtbot, tmp_path)
    page = interview(window)
    page.show_question("timeline")
    entries = page.current.entries  # type: ignore[attr-defined]
    description = entries.cards[0].editors["description"]
    qtbot.keyClicks(description, "x")
    assert len(vault.list_records(TimelineEvent)) == 1
    QTest.keyClick(description, Qt.Key.Key_Backspace)
    assert window.wizard is not None
    window.wizard.go_next()
    assert vault.list_records(TimelineEvent) == []


# --- check your answers ----------------------------------------------------------------------


def test_check_your_answers_lists_given_and_missing_with_change_links(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, vault = open_window(qtbot, tmp_path, role=Role.HELPER)
    page = interview(window)
    page.show_question("story")
    qtbot.keyClicks(page.current.fields["story.summary"], "They asked for money.")
    window.wizard.answers.set(Money, "paid", Answer.YES)  # type: ignore[union-attr]
    window.wizard.answers.set(Offender, "knows_account", Answer.NO)  # type: ignore[union-attr]
    window.wizard.answers.set(Risk, "self_harm", Answer.NO, now=True)  # type: ignore[union-attr]
    assert window.wizard is not None
    window.wizard.go_next()
    window.wizard.go_to("report")
    qtbot.mouseClick(window.wizard.back, Qt.MouseButton.LeftButton)  # Back from the report
    check = page.current
    assert check.qid == "check"
    labels = [lab.text() for lab in check.findChildren(QLabel) if lab.isVisibleTo(check)]
    assert "They asked for money." in labels
    assert "Not given yet" in labels  # e.g. the first contact
    assert "Payment 1" in labels  # paid: yes opened the payments page, still empty
    assert "Account 1" not in labels  # knows their account: no
    buttons = check.change_buttons  # type: ignore[attr-defined]
    assert set(buttons) == {q.qid for q in page.route()} - {"check"}
    for qid in list(buttons):
        page.show_question("check")
        button = check.change_buttons[qid]  # type: ignore[attr-defined]
        assert button.accessibleName().startswith("Change: ")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert page.current.qid == qid, qid
        if qid not in ("money_demanded", "money_paid", "offender_known"):
            qtbot.mouseClick(window.wizard.next, Qt.MouseButton.LeftButton)
            assert page.current.qid == "check", f"Next after changing {qid}"
    # A change that opens a branch asks its new question before coming back.
    page.show_question("check")
    qtbot.mouseClick(check.change_buttons["offender_known"], Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    answer(qtbot, page.current, "offender.knows_account", Answer.YES)
    qtbot.mouseClick(window.wizard.next, Qt.MouseButton.LeftButton)
    assert page.current.qid == "offender_accounts"
    qtbot.mouseClick(window.wizard.next, Qt.MouseButton.LeftButton)
    assert page.current.qid == "check"
    assert vault.answers().offender.knows_account == Answer.YES


# --- errors ------------------------------------------------------------------------------------


def test_errors_are_summarised_at_the_top_and_link_to_their_field(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, vault = open_window(qtbot, tmp_path)
    page = interview(window)
    window.wizard.answers.set(Money, "paid", Answer.YES, now=True)  # type: ignore[union-attr]
    page.show_question("payments_paid")
    question = page.current
    card = question.entries.cards[0]  # type: ignore[attr-defined]
    amount = card.editors["amount"]
    assert isinstance(amount, QLineEdit)
    qtbot.keyClicks(amount, "about two hundred")
    when = card.editors["when"]
    qtbot.keyClicks(when.date_edit, "last tuesday")
    question.entries.flush()  # type: ignore[attr-defined]
    assert question.errors.isVisibleTo(question)
    links = question.errors.links
    texts = [link.text() for link in links]
    assert any("Amount: type a number" in t for t in texts), texts
    assert any("date could not be read" in t for t in texts), texts
    assert card.errors["amount"].isVisibleTo(card)  # by the field too
    qtbot.mouseClick(links[0], Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is amount
    saved = vault.list_records(Payment)[0]
    assert (saved.amount, saved.when) == ("about two hundred", "last tuesday")  # kept
    amount.selectAll()
    qtbot.keyClicks(amount, "200")
    assert not card.errors["amount"].isVisibleTo(card)


# --- the keyboard, mnemonics, names, 1024x640 ------------------------------------------------


MNEMONIC = re.compile(r"&([^&\s])")


def _mnemonics(root: QWidget) -> list[str]:
    keys: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        text = ""
        if (
            isinstance(widget, QAbstractButton)
            or isinstance(widget, QLabel)
            and widget.buddy() is not None
        ):
            text = widget.text()
        found = MNEMONIC.search(text.replace("&&", ""))
        if found:
            keys.append(found.group(1).lower())
    return keys


@pytest.mark.parametrize("role", [Role.VICTIM, Role.HELPER])
def test_every_page_named_unique_mnemonics_and_fits(
    qtbot: QtBot, tmp_path: Path, role: Role
) -> None:
    """Each page at 1024x640 with the text doubled: every control named, no Alt key used
    twice on the screen (the wizard's Back and Next included), nothing scrolls sideways and
    the only scroll area is the page's own."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old_font = app.font()
    window, _vault = open_window(qtbot, tmp_path, role=role)
    try:
        big = QFont(old_font)
        big.setPointSizeF(old_font.pointSizeF() * 2)
        app.setFont(big)
        page = interview(window)
        answers = window.wizard.answers  # type: ignore[union-attr]
        for kind, name in ((Money, "demanded"), (Money, "paid"), (Offender, "knows_account")):
            answers.set(kind, name, Answer.YES)
        answers.flush()
        problems: list[str] = []
        for question in page.route():
            page.show_question(question.qid)
            qtbot.waitUntil(question.isVisible)
            keys = _mnemonics(window)
            assert {"b", "n"} <= set(keys)  # the checker sees the wizard's Back and Next
            doubled = {k for k in keys if keys.count(k) > 1}
            if doubled:
                problems.append(f"{question.qid}: Alt+{sorted(doubled)} used twice")
            for widget in question.findChildren(QWidget):
                named = isinstance(widget, QAbstractButton | QLineEdit | QPlainTextEdit | QComboBox)
                if named and widget.isVisibleTo(question) and not widget.accessibleName():
                    problems.append(f"{question.qid}: {type(widget).__name__} has no name")
            inner = question.area.widget()
            assert inner is not None
            if inner.minimumSizeHint().width() > question.area.viewport().width():
                problems.append(f"{question.qid}: scrolls sideways")
            areas = [
                a for a in question.findChildren(type(question.area)) if a is not question.area
            ]
            if areas:
                problems.append(f"{question.qid}: a scroll area inside the page")
        assert not problems, "\n".join(problems)
    finally:
        app.setFont(old_font)


def test_enter_is_next_on_a_simple_question_and_focus_follows(qtbot: QtBot, tmp_path: Path) -> None:
    window, vault = open_window(qtbot, tmp_path)
    page = interview(window)
    page.show_question("claimed_location")
    field = page.current.fields["story.claimed_location"]
    assert QApplication.focusWidget() is field
    qtbot.keyClicks(field, "Lagos")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert page.current.qid == "images"
    assert QApplication.focusWidget() is page.current.fields["images.sent_any"].buttons[Answer.YES]  # type: ignore[attr-defined]
    assert vault.answers().story.claimed_location == "Lagos"
    focus = QApplication.focusWidget()
    assert focus is not None
    QTest.keyClick(focus, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.current.qid == "claimed_location"
    assert "question" in window.wizard.where.text()  # type: ignore[union-attr]
    assert window.wizard.title.text() == "Where did they say they were?"  # type: ignore[union-attr]
    page.show_question("images")
    answer(qtbot, page.current, "images.sent_any", Answer.NO)
    page.show_question("claimed_location")
    page.show_question("images")  # back on it: the focus is on the answer given, not on Yes
    assert QApplication.focusWidget() is page.current.fields["images.sent_any"].buttons[Answer.NO]  # type: ignore[attr-defined]


def test_saved_answers_are_typed_sections_not_progress_keys(qtbot: QtBot, tmp_path: Path) -> None:
    window, vault = open_window(qtbot, tmp_path)
    page = interview(window)
    page.show_question("demand")
    qtbot.keyClicks(page.current.fields["story.demand"], "money")
    assert window.wizard is not None
    window.wizard.go_next()
    assert vault.answers().story.demand == "money"
    progress = vault.all_progress()
    assert set(progress) <= {"wizard.step", "interview.question", "wizard.seen.safe"}, progress
    assert asdict(vault.answers().story)["demand"] == "money"
    assert ReferenceKind.STOPNCII.value == "stopncii"


def test_the_step_is_ticked_in_the_list_once_the_story_is_told(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, _vault = open_window(qtbot, tmp_path)
    page = interview(window)
    assert window.wizard is not None
    row = [p.step_id for p in window.wizard.pages].index("details")
    assert "\u2714" not in window.wizard.steps.item(row).text()
    page.show_question("story")
    qtbot.keyClicks(page.current.fields["story.summary"], "x")
    assert "\u2714" in window.wizard.steps.item(row).text()
    spoken = window.wizard.steps.item(row).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "question 1 of" in spoken


def test_a_branch_closed_by_no_is_left_out_of_check_and_the_report(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Paid: yes, a payment typed, then Paid: no. Check your answers says the entry is kept
    in the case but left out of the report, and the report (read back from the PDF and the
    copy-ready text) says No and never prints the payment; Change back to Yes puts it in."""
    import io

    from pypdf import PdfReader

    from guardian_desktop.report.pdf import ReportOptions, build_report
    from guardian_desktop.report.summary import plain_text_summary

    def report_text() -> str:
        pdf = build_report(vault, ReportOptions())[0]
        pages = PdfReader(io.BytesIO(pdf)).pages
        return " ".join(" ".join((p.extract_text() or "").split()) for p in pages)

    window, vault = open_window(qtbot, tmp_path)
    assert window.wizard is not None
    page = interview(window)
    page.show_question("money_demanded")
    answer(qtbot, page.current, "money.demanded", Answer.YES)
    page.show_question("money_paid")
    answer(qtbot, page.current, "money.paid", Answer.YES)
    window.wizard.go_next()
    assert page.current.qid == "payments_paid"
    card = page.current.entries.cards[0]  # type: ignore[attr-defined]
    qtbot.keyClicks(card.editors["amount"], "250")
    window.wizard.go_back()
    assert page.current.qid == "money_paid"
    answer(qtbot, page.current, "money.paid", Answer.NO)

    page.show_question("check")
    check = page.current
    labels = [lab.text() for lab in check.findChildren(QLabel) if lab.isVisibleTo(check)]
    assert not any("250" in text for text in labels)
    note = check.left_out["money_paid"]  # type: ignore[attr-defined]
    assert note.isVisibleTo(check)
    assert "Entries kept in the case: 1. They are not in the report" in note.text()
    assert "money_paid" in check.change_buttons  # type: ignore[attr-defined]

    window.wizard.save_all()
    assert [p.amount for p in vault.list_records(Payment)] == ["250"]  # kept in the case
    text = report_text()
    assert "250" not in text and "Paid No" in text
    assert "250" not in plain_text_summary(vault)

    # Change back to Yes: the payment is in Check and in the report again.
    qtbot.mouseClick(check.change_buttons["money_paid"], Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    answer(qtbot, page.current, "money.paid", Answer.YES)
    qtbot.mouseClick(window.wizard.next, Qt.MouseButton.LeftButton)
    assert page.current.qid == "payments_paid"
    qtbot.mouseClick(window.wizard.next, Qt.MouseButton.LeftButton)
    assert page.current.qid == "check"
    assert not check.left_out  # type: ignore[attr-defined]
    window.wizard.save_all()
    assert "250 GBP" in report_text()
