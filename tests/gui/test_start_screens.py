"""Start, new case, recovery code, unlock: plain messages, nothing typed is lost."""

from __future__ import annotations

from pathlib import Path

import keyring
import keyring.errors
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from guardian_desktop.core.models import Role
from guardian_desktop.core.settings import load_settings
from guardian_desktop.core.vault import CaseVault, default_cases_dir
from guardian_desktop.gui import seams
from guardian_desktop.gui.main_window import PRACTICE_PASSPHRASE, MainWindow
from guardian_desktop.gui.start.new_case import NewCaseScreen
from guardian_desktop.gui.start.recovery_code import RecoveryCodeScreen
from guardian_desktop.gui.start.unlock import UnlockScreen
from guardian_desktop.gui.widgets import external
from guardian_desktop.gui.wizard.view import WizardView


def _no_keyring(*_args: object) -> None:
    raise keyring.errors.NoKeyringError("no backend")


PASS = "correct horse battery"
LEFT = Qt.MouseButton.LeftButton


def make_window(qtbot: QtBot, practice: bool = False) -> MainWindow:
    window = MainWindow(practice=practice)
    qtbot.addWidget(window)
    window.show()
    return window


def make_case(tmp_path: Path, name: str = "c") -> tuple[Path, str]:
    vault, code = CaseVault.create(tmp_path / name, PASS, "Label", role=Role.HELPER)
    folder = vault.folder
    vault.close()
    return folder, code


def open_unlock(
    qtbot: QtBot, window: MainWindow, folder: Path, mp: pytest.MonkeyPatch
) -> UnlockScreen:
    mp.setattr(seams, "open_folder", lambda *a, **k: str(folder))
    qtbot.mouseClick(window.start.open_button, LEFT)
    screen = window.stack.currentWidget()
    assert isinstance(screen, UnlockScreen)
    return screen


def test_wrong_passphrase_plain_message_keeps_fields(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, _ = make_case(tmp_path)
    window = make_window(qtbot)
    screen = open_unlock(qtbot, window, folder, monkeypatch)
    qtbot.mouseClick(screen.forgot_button, LEFT)
    qtbot.keyClicks(screen.new1.edit, "new passphrase 1")
    qtbot.keyClicks(screen.passphrase.edit, "wrong one")
    qtbot.mouseClick(screen.open_button, LEFT)
    qtbot.waitUntil(lambda: screen.error.isVisible())
    assert "does not open this case" in screen.error.text()
    assert screen.passphrase.text() == "wrong one"
    assert screen.new1.text() == "new passphrase 1"
    assert window.stack.currentWidget() is screen
    screen.passphrase.edit.selectAll()
    qtbot.keyClicks(screen.passphrase.edit, PASS)
    QTest.keyClick(screen.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), WizardView))
    window.close()


def test_forgot_passphrase_recovery_code_sets_new_one(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, code = make_case(tmp_path)
    window = make_window(qtbot)
    screen = open_unlock(qtbot, window, folder, monkeypatch)
    qtbot.mouseClick(screen.forgot_button, LEFT)
    assert screen.recovery_box.isVisible()
    qtbot.keyClicks(screen.recovery, "AAAA-BBBB")
    qtbot.keyClicks(screen.new1.edit, "brand new phrase")
    qtbot.keyClicks(screen.new2.edit, "brand new phrase")
    qtbot.mouseClick(screen.recover_button, LEFT)
    qtbot.waitUntil(lambda: "recovery code does not open" in screen.error.text())
    assert screen.new2.text() == "brand new phrase"
    screen.recovery.setText(code.lower().replace("-", " "))
    qtbot.mouseClick(screen.recover_button, LEFT)
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), WizardView))
    window.close()
    CaseVault.open(folder, passphrase="brand new phrase").close()


def test_new_case_problems_keep_what_was_typed(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    qtbot.mouseClick(window.start.new_button, LEFT)
    screen = window.stack.currentWidget()
    assert isinstance(screen, NewCaseScreen)
    assert screen.region.count() == 3
    qtbot.mouseClick(screen.roles[Role.COUNSELLOR].button, LEFT)
    qtbot.mouseClick(screen.ages["yes"].button, LEFT)
    qtbot.keyClicks(screen.label, "Year 10")
    qtbot.keyClicks(screen.pass1.edit, "short")
    qtbot.mouseClick(screen.create_button, LEFT)
    assert "too short" in screen.error.text()
    qtbot.keyClicks(screen.pass1.edit, " but now long")
    qtbot.keyClicks(screen.pass2.edit, "different")
    qtbot.mouseClick(screen.create_button, LEFT)
    assert "not the same" in screen.error.text()
    assert screen.label.text() == "Year 10" and screen.roles[Role.COUNSELLOR].isChecked()
    qtbot.mouseClick(screen.pass1.show_box, LEFT)
    assert screen.pass1.edit.echoMode() == screen.pass1.edit.EchoMode.Normal
    window.close()


def test_new_case_elsewhere_print_copy_and_no_keyring(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    monkeypatch.setattr(seams, "open_folder", lambda *a, **k: str(stick))
    told: list[str] = []
    monkeypatch.setattr(seams, "inform", lambda _p, _t, text, **k: told.append(text))
    monkeypatch.setattr(keyring, "set_password", _no_keyring)
    printed: list[str] = []
    monkeypatch.setattr(external, "print_text", lambda _p, _t, text: printed.append(text) or True)
    window = make_window(qtbot)
    qtbot.mouseClick(window.start.new_button, LEFT)
    screen = window.stack.currentWidget()
    assert isinstance(screen, NewCaseScreen)
    qtbot.mouseClick(screen.choose_button, LEFT)
    assert screen.elsewhere.isChecked()
    qtbot.mouseClick(screen.ages["no"].button, LEFT)
    qtbot.keyClicks(screen.pass1.edit, PASS)
    qtbot.keyClicks(screen.pass2.edit, PASS)
    qtbot.mouseClick(screen.remember.button, LEFT)
    qtbot.mouseClick(screen.create_button, LEFT)  # this machine has no keyring
    assert told and "cannot remember" in told[0]
    code = window.stack.currentWidget()
    assert isinstance(code, RecoveryCodeScreen)
    assert len(list(stick.glob("*.gdcase"))) == 1
    qtbot.mouseClick(code.print_button, LEFT)
    assert code.code in printed[0]
    qtbot.mouseClick(code.copy_button, LEFT)
    assert QGuiApplication.clipboard().text() == code.code
    window.close()


def test_remembered_case_opens_without_passphrase(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring: object
) -> None:
    vault, _ = CaseVault.create(tmp_path / "r", PASS, "Remembered")
    vault.remember_on_this_computer(True)
    folder = vault.folder
    vault.close()
    window = make_window(qtbot)
    monkeypatch.setattr(seams, "open_folder", lambda *a, **k: str(folder))
    qtbot.mouseClick(window.start.open_button, LEFT)
    assert isinstance(window.stack.currentWidget(), WizardView)
    window.close()


def test_not_a_case_says_so(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(seams, "inform", lambda _p, _t, text, **k: told.append(text))
    monkeypatch.setattr(seams, "open_folder", lambda *a, **k: str(tmp_path))
    window = make_window(qtbot)
    qtbot.mouseClick(window.start.open_button, LEFT)
    assert told and ".gdcase" in told[0]
    assert window.stack.currentWidget() is window.start
    window.close()


def test_recent_cases_only_when_allowed(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, _ = make_case(tmp_path)
    window = make_window(qtbot)
    assert not window.start.remember.isChecked()
    assert not window.start.recent.isVisibleTo(window)
    screen = open_unlock(qtbot, window, folder, monkeypatch)
    qtbot.keyClicks(screen.passphrase.edit, PASS)
    qtbot.mouseClick(screen.open_button, LEFT)
    qtbot.waitUntil(lambda: window.wizard is not None)
    window.show_start()
    assert load_settings().recent_cases == []
    qtbot.mouseClick(window.start.remember.button, LEFT)
    assert load_settings().remember_recent is True
    screen = open_unlock(qtbot, window, folder, monkeypatch)
    qtbot.keyClicks(screen.passphrase.edit, PASS)
    qtbot.mouseClick(screen.open_button, LEFT)
    qtbot.waitUntil(lambda: window.wizard is not None)
    window.show_start()
    assert load_settings().recent_cases == [str(folder)]
    assert window.start.recent.isVisibleTo(window) and window.start.recent.count() == 1
    window.start.recent.itemActivated.emit(window.start.recent.item(0))
    assert isinstance(window.stack.currentWidget(), UnlockScreen)
    window.show_start()
    qtbot.mouseClick(window.start.remember.button, LEFT)
    assert load_settings().recent_cases == []
    window.close()


def test_practice_case_banner_and_cleanup(qtbot: QtBot) -> None:
    window = make_window(qtbot, practice=True)
    assert window.banner is not None and window.banner.isVisibleTo(window)
    assert PRACTICE_PASSPHRASE in window.banner.accessibleDescription()
    assert window.practice_dir is not None
    practice_dir = window.practice_dir
    assert practice_dir.parent == default_cases_dir() / "practice"
    assert isinstance(window.stack.currentWidget(), WizardView)
    assert window.vault is not None and window.vault.info().practice
    wizard = window.wizard
    assert wizard is not None
    for step in ("stop_contact", "details", "report", "support"):
        wizard.go_to(step)
        assert window.banner.isVisibleTo(window)
    window.close()
    assert not practice_dir.exists()
