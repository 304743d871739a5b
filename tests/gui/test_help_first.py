"""Help first, case later: help now with no case, the under-18 route, a case made at "Save
evidence", unlocking off the UI thread, Recent, discreet start, and the practice routes."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from guardian_desktop.core import keys
from guardian_desktop.core.models import Role
from guardian_desktop.core.settings import Settings, load_settings
from guardian_desktop.core.vault import CaseVault, default_cases_dir
from guardian_desktop.gui import seams
from guardian_desktop.gui.main_window import MainWindow
from guardian_desktop.gui.start.help_now import HelpNowView
from guardian_desktop.gui.start.new_case import NewCaseScreen
from guardian_desktop.gui.start.recovery_code import RecoveryCodeScreen
from guardian_desktop.gui.start.under_18 import Under18Screen
from guardian_desktop.gui.start.unlock import UnlockScreen
from guardian_desktop.gui.widgets.passphrase import PassphraseField
from guardian_desktop.gui.wizard.view import WizardView

PASS = "a long passphrase"
LEFT = Qt.MouseButton.LeftButton
SENSITIVE = ("sextortion", "blackmail", "threat", "image", "nude", "abuse", "police")


def make_window(qtbot: QtBot, settings: Settings | None = None) -> MainWindow:
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def texts(root: QWidget) -> list[str]:
    """Every word a person can see or hear on the widgets shown under `root`."""
    out: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            out.append(widget.text())
        if isinstance(widget, QLineEdit):
            out.append(widget.text() + widget.placeholderText())
        if isinstance(widget, QComboBox):
            out.extend(widget.itemText(i) for i in range(widget.count()))
        out.extend((widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()))
    return [t for t in out if t]


def joined(root: QWidget) -> str:
    return "\n".join(texts(root))


def passphrase_prompts(window: MainWindow) -> list[QWidget]:
    return [w for w in window.findChildren(PassphraseField) if w.isVisibleTo(window)]


def create_case(qtbot: QtBot, window: MainWindow, folder_name: str = "") -> NewCaseScreen:
    screen = window.stack.currentWidget()
    assert isinstance(screen, NewCaseScreen)
    if folder_name:
        screen.folder_name.clear()
        qtbot.keyClicks(screen.folder_name, folder_name)
    if not any(choice.isChecked() for choice in screen.ages.values()):
        qtbot.mouseClick(screen.ages["unsure"].button, LEFT)  # the age is asked, not assumed
    qtbot.keyClicks(screen.label, "Student AB")
    qtbot.keyClicks(screen.pass1.edit, PASS)
    qtbot.keyClicks(screen.pass2.edit, PASS)
    qtbot.mouseClick(screen.create_button, LEFT)
    code = window.stack.currentWidget()
    assert isinstance(code, RecoveryCodeScreen)
    qtbot.mouseClick(code.written.button, LEFT)
    qtbot.mouseClick(code.continue_button, LEFT)
    return screen


def test_help_now_from_launch_with_no_case_and_no_passphrase(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    start = window.start
    # "Get help now" is the first and default action: it has the focus at launch.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start.help_button)
    assert start.help_button.isDefault()
    assert passphrase_prompts(window) == []
    QTest.keyClick(start.help_button, Qt.Key.Key_Space)  # one key press, where the focus is
    view = window.stack.currentWidget()
    assert isinstance(view, HelpNowView)
    words = joined(view)
    assert "Are you safe right now?" in words
    assert "call 999" in words
    assert "Do not pay. Paying does not stop the threats." in words
    assert "Stop replying." in words
    # "Do not pay" is on screen at 1024x640 without scrolling.
    qtbot.waitUntil(lambda: view.save_button.isVisible())
    label = next(w for w in view.findChildren(QLabel) if w.text().startswith("Do not pay. Paying"))
    area = view.findChild(QScrollArea)
    assert area is not None
    top_left = label.mapTo(area.viewport(), label.rect().topLeft())
    bottom = label.mapTo(area.viewport(), label.rect().bottomLeft())
    assert top_left.y() >= 0 and bottom.y() <= area.viewport().height()
    # No case, no passphrase, nothing on disk.
    assert window.vault is None and window.wizard is None
    assert passphrase_prompts(window) == []
    assert not default_cases_dir().exists() or not any(default_cases_dir().iterdir())
    # The same help read by a family member speaks of "them".
    view.role.setCurrentIndex(view.role.findData("helper"))
    qtbot.waitUntil(lambda: "Do not pay, and help them not to pay." in joined(view))
    assert "Do not pay. Paying does not stop the threats." not in joined(view)
    qtbot.mouseClick(view.back_button, LEFT)
    assert window.stack.currentWidget() is window.start
    window.close()


def test_under_18_first_screen_shows_the_three_services_and_the_image_rule(
    qtbot: QtBot,
) -> None:
    window = make_window(qtbot)
    qtbot.mouseClick(window.start.under_18_button, LEFT)
    screen = window.stack.currentWidget()
    assert isinstance(screen, Under18Screen)
    assert [c.service.id for c in screen.cards] == ["ceop", "report_remove", "childline"]
    words = joined(screen)
    for expected in (
        "CEOP Safety Centre",
        "https://www.ceop.police.uk/Safety-Centre/",
        "Report Remove (Childline and IWF)",
        "https://www.iwf.org.uk/what-we-do/why-we-exist/report-remove",
        "Childline",
        "0800 1111",
        "do not screenshot, save or send on any nude image of you",
    ):
        assert expected in words, expected
    assert passphrase_prompts(window) == []
    # A parent is told plainly too, and to think about telling the school's DSL.
    screen.role.setCurrentIndex(screen.role.findData("helper"))
    qtbot.waitUntil(lambda: "nude image of them" in joined(screen))
    words = joined(screen)
    assert "nude image of you" not in words
    assert "do not screenshot, save or copy any nude image of them" in words
    assert "The law does not allow it, even to help." in words
    assert "Designated Safeguarding Lead (DSL)" in words
    # School staff: never store it, it is illegal.
    screen.role.setCurrentIndex(screen.role.findData("counsellor"))
    qtbot.waitUntil(lambda: "Never view, copy, print, share, store or save" in joined(screen))
    # Scotland has the same three.
    screen.region.setCurrentIndex(screen.region.findData("scotland"))
    assert [c.service.id for c in screen.cards] == ["ceop", "report_remove", "childline"]
    window.close()


def test_save_evidence_makes_the_case_and_lands_on_the_evidence_step(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    qtbot.mouseClick(window.start.help_button, LEFT)
    view = window.stack.currentWidget()
    assert isinstance(view, HelpNowView)
    view.role.setCurrentIndex(view.role.findData("counsellor"))
    ticks = view.views["stop_contact"].checks
    qtbot.waitUntil(lambda: ticks["stopped_replying"].button.isVisible())
    qtbot.mouseClick(ticks["stopped_replying"].button, LEFT)
    qtbot.mouseClick(view.save_button, LEFT)
    screen = window.stack.currentWidget()
    assert isinstance(screen, NewCaseScreen)
    assert screen.why.isVisibleTo(screen)
    assert "so only you can open them" in screen.why.text()
    assert screen.roles[Role.COUNSELLOR].isChecked()
    # Go back and forward: what was ticked is still there.
    qtbot.mouseClick(screen.cancel_button, LEFT)
    view = window.stack.currentWidget()
    assert isinstance(view, HelpNowView)
    assert view.views["stop_contact"].checks["stopped_replying"].isChecked()
    qtbot.mouseClick(view.save_button, LEFT)
    create_case(qtbot, window, folder_name="AB")
    wizard = window.wizard
    assert isinstance(wizard, WizardView) and window.stack.currentWidget() is wizard
    assert wizard.current_page.step_id == "evidence"
    vault = window.vault
    assert vault is not None
    assert vault.get_progress("wizard.step") == "evidence"
    assert vault.get_progress("stop_contact.stopped_replying") is True
    assert vault.folder.name == "AB.gdcase"
    assert vault.info().role == Role.COUNSELLOR
    # Counsellors can tell cases apart: the case's name is in the top bar.
    assert window.case_label.isVisible()
    assert "Student AB" in window.case_label.text()
    window.show_start()
    assert not window.case_label.isVisible()
    window.close()


def test_under_18_save_makes_an_under_18_case(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    qtbot.mouseClick(window.start.under_18_button, LEFT)
    screen = window.stack.currentWidget()
    assert isinstance(screen, Under18Screen)
    screen.role.setCurrentIndex(screen.role.findData("helper"))
    screen.region.setCurrentIndex(screen.region.findData("scotland"))
    qtbot.mouseClick(screen.save_button, LEFT)
    new = window.stack.currentWidget()
    assert isinstance(new, NewCaseScreen)
    assert new.ages["yes"].isChecked() and new.roles[Role.HELPER].isChecked()
    create_case(qtbot, window)
    assert window.vault is not None
    info = window.vault.info()
    assert (info.under_18, info.role, info.region) == (True, Role.HELPER, "scotland")
    assert window.wizard is not None and window.wizard.current_page.step_id == "evidence"
    window.close()


def test_folder_name_note_and_a_bad_name_keeps_everything(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    window.show_new_case()
    screen = window.stack.currentWidget()
    assert isinstance(screen, NewCaseScreen)
    assert "visible" in screen.folder_name.accessibleDescription() or "seen outside" in (
        screen.folder_name.accessibleDescription()
    )
    assert "initials" in joined(screen)
    screen.folder_name.setText("../Jane Smith/x")
    qtbot.mouseClick(screen.ages["no"].button, LEFT)
    qtbot.keyClicks(screen.pass1.edit, PASS)
    qtbot.keyClicks(screen.pass2.edit, PASS)
    qtbot.mouseClick(screen.create_button, LEFT)
    assert "Choose another folder name" in screen.error.text()
    assert screen.pass1.text() == PASS and screen.folder_name.text() == "../Jane Smith/x"
    assert window.vault is None
    window.close()


@pytest.mark.parametrize("allowed", [False, True])
def test_a_new_case_is_added_to_recent_only_when_allowed(qtbot: QtBot, allowed: bool) -> None:
    window = make_window(qtbot, Settings(remember_recent=allowed))
    window.show_new_case()
    create_case(qtbot, window, folder_name="JD")
    assert window.vault is not None
    folder = window.vault.folder
    window.show_start()
    assert load_settings().recent_cases == ([str(folder)] if allowed else [])
    assert window.start.recent.isVisibleTo(window) is allowed
    window.close()


def test_unlock_runs_off_the_ui_thread_and_the_window_stays_responsive(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = CaseVault.create(tmp_path / "slow", PASS, "Slow case")
    folder = vault.folder
    vault.close()
    real = keys.unlock_with_secret
    threads: list[threading.Thread] = []
    release = threading.Event()

    def slow_unlock(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread())
        release.wait(10)  # the key derivation "takes a while" until the test says so
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(keys, "unlock_with_secret", slow_unlock)
    monkeypatch.setattr(seams, "open_folder", lambda *a, **k: str(folder))
    window = make_window(qtbot)
    qtbot.mouseClick(window.start.open_button, LEFT)
    screen = window.stack.currentWidget()
    assert isinstance(screen, UnlockScreen)
    qtbot.keyClicks(screen.passphrase.edit, PASS)
    QTest.keyClick(screen.passphrase.edit, Qt.Key.Key_Return)
    # While the key is worked out, the screen says so and the event loop keeps running.
    assert screen.busy and screen.progress.isVisible() and screen.progress_label.isVisible()
    assert not screen.open_button.isEnabled()
    ticked: list[bool] = []
    QTimer.singleShot(0, lambda: ticked.append(True))
    qtbot.waitUntil(lambda: bool(ticked) and bool(threads))
    assert threads[0] is not threading.main_thread()
    assert window.wizard is None
    release.set()
    qtbot.waitUntil(lambda: window.wizard is not None)
    assert window.vault is not None and window.vault.is_open
    window.close()


def test_going_back_while_unlocking_closes_the_case_again(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = CaseVault.create(tmp_path / "back", PASS, "Back case")
    folder = vault.folder
    vault.close()
    real = CaseVault.open
    opened: list[CaseVault] = []
    release = threading.Event()

    def slow_open(*args: object, **kwargs: object) -> CaseVault:
        release.wait(10)
        v = real(*args, **kwargs)  # type: ignore[arg-type]
        opened.append(v)
        return v

    monkeypatch.setattr(CaseVault, "open", slow_open)
    monkeypatch.setattr(seams, "open_folder", lambda *a, **k: str(folder))
    window = make_window(qtbot)
    qtbot.mouseClick(window.start.open_button, LEFT)
    screen = window.stack.currentWidget()
    assert isinstance(screen, UnlockScreen)
    qtbot.keyClicks(screen.passphrase.edit, PASS)
    qtbot.mouseClick(screen.open_button, LEFT)
    task = screen.task
    assert task is not None
    qtbot.mouseClick(screen.back_button, LEFT)
    release.set()
    qtbot.waitUntil(lambda: task.isFinished() and bool(opened) and not opened[0].is_open)
    assert window.wizard is None and window.vault is None
    window.close()


def test_discreet_start_screen_says_nothing_sensitive(qtbot: QtBot) -> None:
    window = make_window(qtbot, Settings(discreet_mode=True))
    start = window.start
    assert start.title.text() == "Notes"
    words = joined(start).lower() + window.windowTitle().lower()
    for word in SENSITIVE:
        assert word not in words, word
    assert start.help_button.isVisible()
    # Without discreet mode the same check finds the words (so it can fail).
    plain = make_window(qtbot, Settings(discreet_mode=False))
    assert any(word in joined(plain.start).lower() for word in SENSITIVE)
    window.close()
    plain.close()


def test_discreet_mode_hides_the_case_name(qtbot: QtBot) -> None:
    window = make_window(qtbot, Settings(discreet_mode=True))
    window.start_practice("adult")
    assert window.wizard is not None
    assert not window.case_label.isVisible()
    window.close()


@pytest.mark.parametrize(
    ("route", "role", "under_18", "screenshots"),
    [
        ("adult", Role.VICTIM, False, 6),
        ("parent", Role.HELPER, True, 3),
        ("counsellor", Role.COUNSELLOR, True, 2),
    ],
)
def test_each_practice_route_opens(
    qtbot: QtBot, route: str, role: Role, under_18: bool, screenshots: int
) -> None:
    window = make_window(qtbot)
    start = window.start
    start.practice_route.setCurrentIndex(start.practice_route.findData(route))
    qtbot.mouseClick(start.practice_button, LEFT)
    assert isinstance(window.stack.currentWidget(), WizardView)
    vault = window.vault
    assert vault is not None
    info = vault.info()
    assert info.practice and (info.role, info.under_18) == (role, under_18)
    assert window.banner is not None and window.banner.isVisibleTo(window)
    items = vault.list_evidence()
    assert len(items) == screenshots
    assert all(i.original_name.startswith("practice-screenshot-") for i in items)
    answers = vault.answers()
    assert "practice case" in answers.story.summary.lower()
    assert answers.money.demanded.value == "yes"
    practice_dir = window.practice_dir
    assert practice_dir is not None
    window.close()
    assert not practice_dir.exists()


def test_every_new_screen_names_its_controls(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    for show in (window.show_help, window.show_under_18):
        show()
        screen = window.stack.currentWidget()
        assert screen is not None
        for widget in screen.findChildren(QWidget):
            if isinstance(widget, QAbstractButton | QComboBox) and widget.isVisibleTo(screen):
                if isinstance(widget.parent(), QComboBox):
                    continue
                assert widget.accessibleName().strip(), type(widget).__name__
    window.close()


def test_language_switch_rebuilds_the_start_and_open_screens_keeping_what_was_typed(
    qtbot: QtBot,
) -> None:
    from guardian_desktop.gui.app import GuardianApplication

    app = QApplication.instance()
    assert isinstance(app, GuardianApplication)
    window = make_window(qtbot)
    old_start = window.start
    try:
        # The start screen (in Welsh from i18n/guardian_cy.qm, built by `make setup`).
        window.languageChangeRequested("cy")
        assert window.start is not old_start
        assert window.stack.currentWidget() is window.start
        assert window.start.open_button.text() == "&Agor achos..."
        assert window.quick_exit_button.text() == "Gadael yn gyflym"
        # The help view: the same role and ticks, the guidance now in Welsh.
        window.languageChangeRequested("en")
        window.show_help("helper")
        view = window.stack.currentWidget()
        assert isinstance(view, HelpNowView)
        english = view.views["stop_contact"].checks["stopped_replying"].label.text()
        view.views["stop_contact"].checks["stopped_replying"].setChecked(True)
        window.languageChangeRequested("cy")
        again = window.stack.currentWidget()
        assert isinstance(again, HelpNowView) and again is not view
        assert again.current_role() == "helper"
        check = again.views["stop_contact"].checks["stopped_replying"]
        assert check.isChecked() and check.label.text() != english
        # The new-case screen: everything typed is still there.
        window.languageChangeRequested("en")
        window.show_new_case()
        screen = window.stack.currentWidget()
        assert isinstance(screen, NewCaseScreen)
        qtbot.mouseClick(screen.roles[Role.HELPER].button, LEFT)
        qtbot.keyClicks(screen.label, "My son")
        screen.folder_name.setText("JS")
        qtbot.keyClicks(screen.pass1.edit, PASS)
        window.languageChangeRequested("cy")
        rebuilt = window.stack.currentWidget()
        assert isinstance(rebuilt, NewCaseScreen) and rebuilt is not screen
        assert rebuilt.label.text() == "My son" and rebuilt.folder_name.text() == "JS"
        assert rebuilt.pass1.text() == PASS and rebuilt.roles[Role.HELPER].isChecked()
    finally:
        app.set_language("en")
        window.retranslate()
    assert window.quick_exit_button.text() == "Quick exit"
    window.close()


def test_the_lock_screen_unlocks_off_the_ui_thread_too(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMainWindow

    from guardian_desktop.gui.safety.unlock_dialog import CaseLock

    vault, _ = CaseVault.create(tmp_path / "locked", PASS, "Locked case")
    folder = vault.folder
    vault.close()
    threads: list[threading.Thread] = []
    release = threading.Event()

    def slow_open(path: Path, **secret: str) -> CaseVault:
        threads.append(threading.current_thread())
        release.wait(10)
        return CaseVault.open(path, **secret)  # type: ignore[arg-type]

    window = QMainWindow()
    window.setCentralWidget(QLineEdit("half typed"))
    qtbot.addWidget(window)
    window.show()
    lock = CaseLock(window, opener=slow_open)
    reopened: list[CaseVault] = []
    lock.unlocked.connect(reopened.append)
    lock.lock(folder)
    panel = lock.panel
    assert panel is not None
    panel.secret.setText(PASS)
    QTest.keyClick(panel.secret, Qt.Key.Key_Return)
    assert panel.busy and panel.progress.isVisible() and not panel.unlock_button.isEnabled()
    qtbot.waitUntil(lambda: bool(threads))
    assert threads[0] is not threading.main_thread()
    release.set()
    qtbot.waitUntil(lambda: bool(reopened))
    assert reopened[0].is_open and not lock.is_locked
    reopened[0].close()
