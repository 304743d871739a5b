"""Settings: a new recovery code and re-keying the case, on real cases and widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from guardian_desktop.core.errors import WrongSecretError
from guardian_desktop.core.settings import Settings
from guardian_desktop.core.vault import CaseVault
from guardian_desktop.gui import key_actions, seams
from guardian_desktop.gui.key_actions import NewCodeDialog, RekeyDialog
from guardian_desktop.gui.main_window import MainWindow
from guardian_desktop.gui.preferences import PreferencesDialog

PASS = "a long passphrase"
NEW = "four words of spring"


@pytest.fixture
def case(tmp_path: Path) -> tuple[CaseVault, str]:
    return CaseVault.create(tmp_path / "case", PASS, "Key case")


@pytest.mark.parametrize(("button", "action"), [("new_code_button", "new_code"),
                                                ("rekey_button", "rekey")])  # fmt: skip
def test_settings_offer_the_key_actions_with_plain_words(
    qtbot: QtBot, button: str, action: str
) -> None:
    dialog = PreferencesDialog(Settings(), case_open=True)
    qtbot.addWidget(dialog)
    dialog.show()
    chosen: list[str] = []
    dialog.case_action_requested.connect(chosen.append)
    widget = getattr(dialog, button)
    assert widget.isVisible() and widget.accessibleName()
    assert "does not change the key" in dialog.keys_note.text()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    assert chosen == [action]
    closed = PreferencesDialog(Settings(), case_open=False)
    qtbot.addWidget(closed)
    assert not getattr(closed, button).isVisibleTo(closed)


def test_rekey_dialog_refuses_mismatch_and_weak_then_clears(qtbot: QtBot) -> None:
    dialog = RekeyDialog("Key case")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.new1.edit, NEW)
    qtbot.keyClicks(dialog.new2.edit, NEW + "x")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "not the same" in dialog.error.text()
    assert dialog.new1.text() == NEW  # what was typed first is kept
    dialog.new1.clear()
    qtbot.keyClicks(dialog.new1.edit, "12345678")
    qtbot.keyClicks(dialog.new2.edit, "12345678")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert "easy to guess" in dialog.error.text() and dialog.isVisible()
    dialog.new1.clear()
    qtbot.keyClicks(dialog.new1.edit, NEW)
    qtbot.keyClicks(dialog.new2.edit, NEW)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.new2.edit, Qt.Key.Key_Return)
    assert dialog.passphrase == NEW
    assert dialog.new1.text() == "" and dialog.new2.text() == ""  # cleared after use


def test_rekey_from_settings_changes_the_key_and_shows_a_new_code(
    qtbot: QtBot, case: tuple[CaseVault, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, old_code = case
    parent = QWidget()
    qtbot.addWidget(parent)
    shown: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(RekeyDialog, "ask", classmethod(lambda cls, label, parent=None: NEW))
    monkeypatch.setattr(
        NewCodeDialog, "show_code", classmethod(lambda cls, c, p=None: shown.append(c))
    )
    monkeypatch.setattr(seams, "inform", lambda p, title, text, **k: told.append(text))
    old_key = vault._key()
    assert key_actions.rekey_case(parent, vault)
    assert vault._key() != old_key and shown and "new key" in told[-1]
    folder = vault.folder
    vault.close()
    with pytest.raises(WrongSecretError):
        CaseVault.open(folder, recovery_code=old_code)
    CaseVault.open(folder, recovery_code=shown[0]).close()
    CaseVault.open(folder, passphrase=NEW).close()


def test_new_recovery_code_from_the_main_window(
    qtbot: QtBot, case: tuple[CaseVault, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, old_code = case
    window = MainWindow()
    qtbot.addWidget(window)
    window.vault = vault
    window._show_wizard()
    shown: list[str] = []
    monkeypatch.setattr(seams, "confirm", lambda *a: True)
    monkeypatch.setattr(
        NewCodeDialog, "show_code", classmethod(lambda cls, c, p=None: shown.append(c))
    )
    monkeypatch.setattr(
        PreferencesDialog, "ask", classmethod(lambda cls, *a, **k: (None, "new_code"))
    )
    window.show_settings()
    assert len(shown) == 1
    folder = vault.folder
    vault.close()
    with pytest.raises(WrongSecretError):
        CaseVault.open(folder, recovery_code=old_code)
    CaseVault.open(folder, recovery_code=shown[0]).close()


def test_new_code_dialog_shows_the_code_and_asks_before_closing(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = NewCodeDialog("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.code_screen.code_label.text().startswith("ABCD")
    asked: list[str] = []

    def go_back(parent: object, title: str, *rest: object) -> bool:
        asked.append(title)
        return False

    monkeypatch.setattr(seams, "confirm", go_back)
    dialog.reject()
    assert asked and dialog.isVisible()  # "Go back" keeps it open
    dialog.code_screen.written.button.setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.code_screen.continue_button, Qt.MouseButton.LeftButton)
    dialog.grab().save("/tmp/new_code_dialog.png")


def test_unlock_says_the_backup_opened_it_and_clears_the_fields(
    qtbot: QtBot, case: tuple[CaseVault, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from guardian_desktop.core import keys
    from guardian_desktop.gui.start.unlock import UnlockScreen

    vault, _ = case
    folder = vault.folder
    vault.close()
    (folder / keys.KEY_FILE).write_bytes(b"\x00garbage")
    told: list[str] = []
    monkeypatch.setattr(seams, "inform", lambda p, title, text, **k: told.append(text))
    screen = UnlockScreen(folder)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.keyClicks(screen.passphrase.edit, PASS)
    with qtbot.waitSignal(screen.unlocked, timeout=20_000) as opened:
        qtbot.mouseClick(screen.open_button, Qt.MouseButton.LeftButton)
    opened.args[0].close()
    assert told and "backup copy opened the case" in told[0]
    assert screen.passphrase.text() == ""


def test_new_case_refuses_a_weak_passphrase_kindly_and_clears_it_after_use(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from guardian_desktop.gui.start.new_case import NewCaseScreen

    monkeypatch.setattr(seams, "inform", lambda *a, **k: None)
    screen = NewCaseScreen()
    qtbot.addWidget(screen)
    screen.show()
    monkeypatch.setattr(screen, "target_folder", lambda: tmp_path / "cases")
    made: list[CaseVault] = []
    screen.created.connect(lambda vault, code, remember: made.append(vault))
    qtbot.mouseClick(screen.ages["yes"].button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(screen.label, "Year 10")
    qtbot.keyClicks(screen.pass1.edit, "12345678")
    qtbot.keyClicks(screen.pass2.edit, "12345678")
    qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    assert "easy to guess" in screen.error.text() and "words" in screen.error.text()
    assert screen.label.text() == "Year 10" and not made
    assert not (tmp_path / "cases").exists() or not list((tmp_path / "cases").iterdir())
    screen.pass1.clear()
    qtbot.keyClicks(screen.pass1.edit, NEW)
    qtbot.keyClicks(screen.pass2.edit, NEW)
    qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    assert made, screen.error.text()
    made[0].close()
    assert screen.pass1.text() == "" and screen.pass2.text() == ""


def test_recovery_with_a_weak_new_passphrase_is_refused_kindly(
    qtbot: QtBot, case: tuple[CaseVault, str]
) -> None:
    from guardian_desktop.gui.start.unlock import UnlockScreen

    vault, code = case
    folder = vault.folder
    vault.close()
    screen = UnlockScreen(folder)
    qtbot.addWidget(screen)
    screen.show()
    screen.show_recovery()
    qtbot.keyClicks(screen.recovery, code)
    qtbot.keyClicks(screen.new1.edit, "aaaaaaaaaa")
    qtbot.keyClicks(screen.new2.edit, "aaaaaaaaaa")
    qtbot.mouseClick(screen.recover_button, Qt.MouseButton.LeftButton)
    assert "easy to guess" in screen.error.text()
    assert screen.recovery.text() == code and not screen.busy  # nothing typed is lost
