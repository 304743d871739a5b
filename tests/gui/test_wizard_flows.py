"""Drive the whole wizard for three people, from a new case to a saved PDF report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from guardian_desktop.core.answers import Answer
from guardian_desktop.core.models import OffenderIdentifier, Payment, Role
from guardian_desktop.core.vault import CaseVault
from guardian_desktop.gui import seams
from guardian_desktop.gui.main_window import MainWindow
from guardian_desktop.gui.start.new_case import NewCaseScreen
from guardian_desktop.gui.start.recovery_code import RecoveryCodeScreen
from guardian_desktop.gui.widgets import external
from guardian_desktop.gui.wizard.interview import InterviewPage
from guardian_desktop.gui.wizard.interview.contact import ContactQuestion, HelperQuestion
from guardian_desktop.gui.wizard.interview.images import SharedQuestion
from guardian_desktop.gui.wizard.interview.money import (
    DemandedPaymentsQuestion,
    MoneyDemandedQuestion,
)
from guardian_desktop.gui.wizard.interview.offender import AccountsQuestion, KnowsAccountQuestion
from guardian_desktop.gui.wizard.interview.story import (
    DemandQuestion,
    FirstContactQuestion,
    StoryQuestion,
)
from guardian_desktop.gui.wizard.platform import PlatformPage
from guardian_desktop.gui.wizard.report import ReportPage
from guardian_desktop.gui.wizard.stop_contact import StopContactPage

PASS = "a long passphrase"


@pytest.fixture
def no_browser(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    opened: list[str] = []

    def open_url(url: str) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(external, "open_url", open_url)
    return opened


@pytest.fixture
def save_to(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(seams, "save_file", lambda *a, **k: str(target))
    return target


def make_window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def current(window: MainWindow) -> QWidget:
    widget = window.stack.currentWidget()
    assert widget is not None
    return widget


def create_case_by_mouse(qtbot: QtBot, window: MainWindow, role: Role, age: str, label: str) -> str:
    qtbot.mouseClick(window.start.new_button, Qt.MouseButton.LeftButton)
    screen = current(window)
    assert isinstance(screen, NewCaseScreen)
    qtbot.mouseClick(screen.roles[role].button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.ages[age].button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(screen.label, label)
    qtbot.keyClicks(screen.pass1.edit, PASS)
    qtbot.keyClicks(screen.pass2.edit, PASS)
    qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    code_screen = current(window)
    assert isinstance(code_screen, RecoveryCodeScreen)
    assert not code_screen.continue_button.isEnabled()
    qtbot.mouseClick(code_screen.written.button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(code_screen.continue_button, Qt.MouseButton.LeftButton)
    assert window.wizard is not None
    return code_screen.code


def page(window: MainWindow, cls: type) -> object:
    assert window.wizard is not None
    return next(p for p in window.wizard.pages if isinstance(p, cls))


def interview(window: MainWindow) -> InterviewPage:
    found = page(window, InterviewPage)
    assert isinstance(found, InterviewPage)
    return found


def on_question(window: MainWindow, cls: type) -> Callable[[], bool]:
    return lambda: window.wizard is not None and isinstance(
        getattr(window.wizard.current_page, "current", None), cls
    ) and window.wizard.current_page.step_id == "details"  # fmt: skip


def click_next_until(qtbot: QtBot, window: MainWindow, done: Callable[[], bool]) -> None:
    """Press Next (with the mouse) until `done`, as a person going page by page would."""
    assert window.wizard is not None
    for _ in range(40):
        if done():
            return
        qtbot.mouseClick(window.wizard.next, Qt.MouseButton.LeftButton)
    raise AssertionError("Next never got there")


def make_and_save_report(qtbot: QtBot, window: MainWindow, save_to: Path) -> None:
    report = page(window, ReportPage)
    assert isinstance(report, ReportPage)
    assert window.wizard is not None and window.wizard.current_page is report
    qtbot.mouseClick(report.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: report.save_button.isEnabled() or report.error.isVisible(), timeout=60000
    )
    assert not report.error.isVisible(), report.error.text()
    assert report.preview_layout.count() >= 1
    qtbot.mouseClick(report.save_button, Qt.MouseButton.LeftButton)


def check_pdf(path: Path, *needles: str) -> None:
    assert path.exists()
    reader = PdfReader(str(path))
    text = "\n".join(p.extract_text() or "" for p in reader.pages)
    for needle in needles:
        assert needle in text, needle


def test_adult_victim_mouse(qtbot: QtBot, save_to: Path, no_browser: list[str]) -> None:
    window = make_window(qtbot)
    create_case_by_mouse(qtbot, window, Role.VICTIM, "no", "Adult case")
    wizard = window.wizard
    assert wizard is not None
    assert wizard.current_page.step_id == "safe"
    qtbot.mouseClick(wizard.next, Qt.MouseButton.LeftButton)
    stop = page(window, StopContactPage)
    assert isinstance(stop, StopContactPage)
    for choice in stop.checks.values():
        qtbot.mouseClick(choice.button, Qt.MouseButton.LeftButton)
    assert stop.is_complete()
    qtbot.mouseClick(wizard.next, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.next, Qt.MouseButton.LeftButton)
    plat = page(window, PlatformPage)
    assert isinstance(plat, PlatformPage)
    qtbot.mouseClick(plat.choices["instagram"].button, Qt.MouseButton.LeftButton)
    assert plat.details_layout.count() == 1
    qtbot.mouseClick(wizard.next, Qt.MouseButton.LeftButton)
    details = interview(window)
    story = details.current
    assert isinstance(story, StoryQuestion)
    qtbot.keyClicks(story.summary, "They threatened me on Instagram.")
    click_next_until(qtbot, window, on_question(window, MoneyDemandedQuestion))
    money = details.current
    assert isinstance(money, MoneyDemandedQuestion)
    qtbot.mouseClick(money.choice_.buttons[Answer.YES], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.next, Qt.MouseButton.LeftButton)
    demands = details.current
    assert isinstance(demands, DemandedPaymentsQuestion)
    amount = demands.entries.cards[0].editors["amount"]
    qtbot.keyClicks(amount, "200")
    click_next_until(qtbot, window, on_question(window, KnowsAccountQuestion))
    known = details.current
    assert isinstance(known, KnowsAccountQuestion)
    qtbot.mouseClick(known.choice_.buttons[Answer.YES], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.next, Qt.MouseButton.LeftButton)
    accounts = details.current
    assert isinstance(accounts, AccountsQuestion)
    qtbot.keyClicks(accounts.entries.cards[0].editors["username"], "bad.actor.99")
    assert not any(isinstance(q, HelperQuestion) for q in details.route())  # not helping
    click_next_until(qtbot, window, at(window, "report"))
    assert window.vault is not None
    assert [p.amount for p in window.vault.list_records(Payment)] == ["200"]
    assert [r.username for r in window.vault.list_records(OffenderIdentifier)] == ["bad.actor.99"]
    report = page(window, ReportPage)
    assert isinstance(report, ReportPage)
    assert report.open_ceop is None  # an adult: no CEOP button
    qtbot.mouseClick(report.open_police, Qt.MouseButton.LeftButton)
    assert no_browser == ["https://www.police.uk/"]
    assert "bad.actor.99" in report.summary.toPlainText()
    make_and_save_report(qtbot, window, save_to)
    check_pdf(save_to, "bad.actor.99")
    qtbot.keyClicks(report.reference, "CR/1234/26")
    QTest.keyClick(report.reference, Qt.Key.Key_Return)
    assert window.vault is not None
    assert window.vault.info().police_reference == "CR/1234/26"
    qtbot.mouseClick(wizard.next, Qt.MouseButton.LeftButton)
    assert wizard.current_page.step_id == "support"
    assert not wizard.next.isEnabled()
    window.close()


def test_counsellor(qtbot: QtBot, save_to: Path, no_browser: list[str]) -> None:
    window = make_window(qtbot)
    create_case_by_mouse(qtbot, window, Role.COUNSELLOR, "yes", "Student A")
    wizard = window.wizard
    assert wizard is not None
    assert wizard.title.text() == "Is the student safe right now?"
    qtbot.mouseClick(wizard.steps.viewport(), Qt.MouseButton.LeftButton,
                     pos=wizard.steps.visualItemRect(wizard.steps.item(4)).center())  # fmt: skip
    assert wizard.current_page.step_id == "details"
    details = interview(window)
    story = details.current
    assert isinstance(story, StoryQuestion)
    qtbot.keyClicks(story.summary, "A student was blackmailed on Snapchat.")
    click_next_until(qtbot, window, on_question(window, SharedQuestion))
    shared = details.current
    assert isinstance(shared, SharedQuestion)
    qtbot.mouseClick(shared.shared.buttons[Answer.NO], Qt.MouseButton.LeftButton)
    click_next_until(qtbot, window, on_question(window, HelperQuestion))
    helper = details.current
    assert isinstance(helper, HelperQuestion)
    qtbot.keyClicks(helper.helper_name, "Ms Teacher")
    click_next_until(qtbot, window, at(window, "report"))
    report = page(window, ReportPage)
    assert isinstance(report, ReportPage)
    assert report.open_ceop is not None
    qtbot.mouseClick(report.open_ceop, Qt.MouseButton.LeftButton)
    assert no_browser == ["https://www.ceop.police.uk/Safety-Centre/"]
    make_and_save_report(qtbot, window, save_to)
    check_pdf(save_to)
    assert window.vault is not None
    answers = window.vault.answers()
    assert answers.contact.helper_name == "Ms Teacher"
    assert answers.images.shared == "no"
    window.close()


# --- keyboard only ------------------------------------------------------------------------


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def tab_to(target: QWidget, limit: int = 300) -> None:
    """Press Tab until `target` has the focus, as a keyboard user would."""
    seen: list[str] = []
    for _ in range(limit):
        if focused() is target:
            return
        seen.append(focused().accessibleName())
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName()!r}: {seen[:30]}")


def choose(target: QWidget) -> None:
    """Pick a radio button the keyboard way: Tab into its group, then the arrow keys."""
    buttons = target.group().buttons()  # type: ignore[attr-defined]
    for _ in range(300):
        if focused() in buttons:
            break
        press(Qt.Key.Key_Tab)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
        for _ in range(len(buttons)):
            if focused() is target:
                break
            press(key)
    if not target.isChecked():  # type: ignore[attr-defined]
        press(Qt.Key.Key_Space)
    assert focused() is target and target.isChecked()  # type: ignore[attr-defined]


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def alt(qtbot: QtBot, letter: Qt.Key, until: Callable[[], object]) -> None:
    """Press Alt+letter (a button's mnemonic). Buttons animate the click, so wait for it."""
    press(letter, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(until()))


def alt_next(qtbot: QtBot, window: MainWindow) -> None:
    """Alt+N: the next question or step (waits for the button's animated click)."""
    assert window.wizard is not None
    wizard = window.wizard
    before = (wizard.current_page.step_id, getattr(wizard.current_page, "current", None))
    alt(qtbot, Qt.Key.Key_N, lambda: (
        wizard.current_page.step_id, getattr(wizard.current_page, "current", None)
    ) != before)  # fmt: skip


def at(window: MainWindow, step_id: str) -> Callable[[], bool]:
    return lambda: window.wizard is not None and window.wizard.current_page.step_id == step_id


def test_family_member_helping_under_18_keyboard_only(
    qtbot: QtBot, save_to: Path, no_browser: list[str]
) -> None:
    window = make_window(qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.start.help_button)
    tab_to(window.start.new_button)
    press(Qt.Key.Key_Space)
    screen = current(window)
    assert isinstance(screen, NewCaseScreen)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    choose(screen.roles[Role.HELPER].button)
    choose(screen.ages["yes"].button)
    tab_to(screen.label)
    qtbot.keyClicks(focused(), "My son")
    tab_to(screen.pass1.edit)
    qtbot.keyClicks(focused(), PASS)
    tab_to(screen.pass2.edit)
    qtbot.keyClicks(focused(), PASS)
    press(Qt.Key.Key_Return)  # the default button makes the case
    code = current(window)
    assert isinstance(code, RecoveryCodeScreen)
    tab_to(code.written.button)
    press(Qt.Key.Key_Space)
    tab_to(code.continue_button)
    press(Qt.Key.Key_Space)
    wizard = window.wizard
    assert wizard is not None
    info = wizard.ctx.vault.info()
    assert (info.role, info.under_18, info.label) == (Role.HELPER, True, "My son")
    assert wizard.title.text() == "Is the person you are helping safe right now?"

    alt(qtbot, Qt.Key.Key_N, at(window, "stop_contact"))
    stop = page(window, StopContactPage)
    assert isinstance(stop, StopContactPage)
    tab_to(stop.checks["no_more_payment"].button)
    press(Qt.Key.Key_Space)
    alt(qtbot, Qt.Key.Key_N, at(window, "evidence"))
    alt(qtbot, Qt.Key.Key_B, at(window, "stop_contact"))
    alt(qtbot, Qt.Key.Key_N, at(window, "evidence"))
    alt(qtbot, Qt.Key.Key_N, at(window, "platform"))
    plat = page(window, PlatformPage)
    assert isinstance(plat, PlatformPage)
    tab_to(plat.choices["snapchat"].button)
    press(Qt.Key.Key_Space)
    alt(qtbot, Qt.Key.Key_N, at(window, "details"))
    details = interview(window)
    story = details.current
    assert isinstance(story, StoryQuestion)
    alt(qtbot, Qt.Key.Key_W, lambda: focused() is story.summary)
    qtbot.keyClicks(focused(), "Someone on Snapchat asked my son for money.")
    for _ in range(10):
        if isinstance(details.current, KnowsAccountQuestion):
            break
        alt_next(qtbot, window)
    known = details.current
    assert isinstance(known, KnowsAccountQuestion)
    choose(known.choice_.buttons[Answer.YES])
    press(Qt.Key.Key_Return)  # Enter is Next on a yes/no question
    accounts = details.current
    assert isinstance(accounts, AccountsQuestion)
    card = accounts.entries.cards[0]
    assert focused() is card.editors["platform"]  # the first field of the first account
    tab_to(card.editors["username"])
    qtbot.keyClicks(focused(), "snap.threat")
    for _ in range(30):
        if isinstance(details.current, HelperQuestion):
            break
        alt_next(qtbot, window)
    helper = details.current
    assert isinstance(helper, HelperQuestion)
    alt(qtbot, Qt.Key.Key_Y, lambda: focused() is helper.helper_name)
    qtbot.keyClicks(focused(), "Parent Name")
    for _ in range(10):
        if at(window, "report")():
            break
        alt_next(qtbot, window)
    assert at(window, "report")()
    report = page(window, ReportPage)
    assert isinstance(report, ReportPage)
    alt(qtbot, Qt.Key.Key_M, lambda: report.builder.busy or report.save_button.isEnabled())
    qtbot.waitUntil(
        lambda: report.save_button.isEnabled() or report.error.isVisible(), timeout=60000
    )
    assert not report.error.isVisible(), report.error.text()
    alt(qtbot, Qt.Key.Key_S, save_to.exists)
    check_pdf(save_to, "snap.threat")
    alt(qtbot, Qt.Key.Key_C, lambda: no_browser)  # CEOP, as the person is under 18
    assert no_browser == ["https://www.ceop.police.uk/Safety-Centre/"]
    alt(qtbot, Qt.Key.Key_N, at(window, "support"))
    vault = wizard.ctx.vault
    assert vault.get_progress("stop_contact.no_more_payment") is True
    assert vault.get_progress("platform.selected") == ["snapchat"]
    assert vault.answers().contact.helper_name == "Parent Name"
    assert vault.get_progress("wizard.step") == "support"
    window.close()


def test_payment_cards_save_as_typed_and_remove(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, no_browser: list[str]
) -> None:
    """A new payment exists in the case from its first letter (no button to forget); a
    second one is added with Add another; Remove asks, then removes; an entry emptied
    again is removed when the page is left."""
    window = make_window(qtbot)
    create_case_by_mouse(qtbot, window, Role.VICTIM, "unsure", "Edit")
    assert window.wizard is not None and window.vault is not None
    vault = window.vault
    window.wizard.go_to("details")
    details = interview(window)
    window.wizard.answers.set(type(window.wizard.answers.current.money), "demanded",
                              Answer.YES, now=True)  # fmt: skip
    details.show_question("payments_demanded")
    demands = details.current
    assert isinstance(demands, DemandedPaymentsQuestion)
    entries = demands.entries
    assert len(entries.cards) == 1 and vault.list_records(Payment) == []
    qtbot.keyClicks(entries.cards[0].editors["amount"], "5")
    assert [p.amount for p in vault.list_records(Payment)] == ["5"]  # saved at once
    qtbot.keyClicks(entries.cards[0].editors["amount"], "0")
    qtbot.waitUntil(lambda: [p.amount for p in vault.list_records(Payment)] == ["50"])
    qtbot.mouseClick(entries.add_button, Qt.MouseButton.LeftButton)
    assert len(entries.cards) == 2
    second = entries.cards[1].editors["payee_name"]
    assert isinstance(second, QLineEdit)
    qtbot.keyClicks(second, "A Person")
    assert sorted(p.payee_name for p in vault.list_records(Payment)) == ["", "A"]  # at once
    qtbot.waitUntil(
        lambda: sorted(p.payee_name for p in vault.list_records(Payment)) == ["", "A Person"]
    )
    asked: list[object] = []

    def confirm(*args: object, **_kw: object) -> bool:
        asked.append(args)
        return True

    monkeypatch.setattr(seams, "confirm", confirm)
    qtbot.mouseClick(entries.cards[0].remove_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    assert [p.payee_name for p in vault.list_records(Payment)] == ["A Person"]
    assert entries.cards[0].title.text() == "Demand 1"
    second.selectAll()
    QTest.keyClick(second, Qt.Key.Key_Delete)  # emptied again, left behind
    assert len(vault.list_records(Payment)) == 1
    qtbot.mouseClick(window.wizard.back, Qt.MouseButton.LeftButton)  # leave the page
    assert vault.list_records(Payment) == []
    assert vault.list_records(OffenderIdentifier) == []
    window.close()


def test_close_mid_way_and_resume(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(qtbot)
    create_case_by_mouse(qtbot, window, Role.HELPER, "unsure", "Resume")
    assert window.wizard is not None and window.vault is not None
    folder = window.vault.folder
    window.wizard.go_to("stop_contact")
    stop = page(window, StopContactPage)
    assert isinstance(stop, StopContactPage)
    qtbot.mouseClick(stop.checks["stopped_replying"].button, Qt.MouseButton.LeftButton)
    window.wizard.go_to("details")
    details = interview(window)
    story = details.current
    assert isinstance(story, StoryQuestion)
    qtbot.keyClicks(story.summary, "Half typed")
    details.show_question("contact")
    contact = details.current
    assert isinstance(contact, ContactQuestion)
    qtbot.mouseClick(contact.share.button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(contact.phone, "07700 900123")
    details.show_question("first_contact")
    first = details.current
    assert isinstance(first, FirstContactQuestion)
    qtbot.keyClicks(first.where, "Monday")  # not yet saved by the debounce timer
    window.close()  # closing saves at once

    again = make_window(qtbot)
    monkeypatch.setattr(seams, "open_folder", lambda *a, **k: str(folder))
    qtbot.mouseClick(again.start.open_button, Qt.MouseButton.LeftButton)
    unlock = current(again)
    qtbot.keyClicks(unlock.passphrase.edit, PASS)  # type: ignore[attr-defined]
    QTest.keyClick(unlock.passphrase.edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: again.wizard is not None)  # the key is worked out on a thread
    wizard = again.wizard
    assert wizard is not None
    assert wizard.current_page.step_id == "details"
    details2 = interview(again)
    first2 = details2.current  # the same question comes back
    assert isinstance(first2, FirstContactQuestion)
    assert first2.where.text() == "Monday"
    story2 = details2.by_id["story"]
    assert isinstance(story2, StoryQuestion)
    assert story2.summary.toPlainText() == "Half typed"
    details2.show_question("contact")
    contact2 = details2.current
    assert isinstance(contact2, ContactQuestion)
    assert contact2.share.isChecked() and contact2.phone.isVisibleTo(contact2)
    assert contact2.phone.text() == "07700 900123"
    stop2 = page(again, StopContactPage)
    assert isinstance(stop2, StopContactPage)
    assert stop2.checks["stopped_replying"].isChecked()
    assert not stop2.checks["no_more_payment"].isChecked()
    again.close()


def test_typing_is_saved_after_a_pause(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    create_case_by_mouse(qtbot, window, Role.VICTIM, "no", "Debounce")
    assert window.wizard is not None and window.vault is not None
    window.wizard.go_to("details")
    details = interview(window)
    details.show_question("demand")
    demand = details.current
    assert isinstance(demand, DemandQuestion)
    qtbot.keyClicks(demand.demand, "£500 in gift cards")
    vault: CaseVault = window.vault
    qtbot.waitUntil(lambda: vault.answers().story.demand == "£500 in gift cards")
    window.close()
