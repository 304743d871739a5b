"""Quick exit: Shift three times within five seconds, or the button, hides, saves, locks, quits."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLineEdit, QMainWindow, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from guardian_desktop.core.vault import CaseVault
from guardian_desktop.gui.safety import quick_exit as qe_module
from guardian_desktop.gui.safety.clipboard import app_clipboard
from guardian_desktop.gui.safety.first_run import QuickExitExplanation, QuickExitIntroDialog
from guardian_desktop.gui.safety.quick_exit import (
    QuickExit,
    QuickExitIndicator,
    copy_image,
    copy_text,
    make_quick_exit_button,
)

PASS = "correct horse battery"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Harness:
    """A real main window with a text field, a real case and a quick exit wired to both."""

    def __init__(self, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[str] = []
        self.opened_urls: list[str] = []
        monkeypatch.setattr(qe_module, "quit_application", lambda: self.calls.append("quit"))
        monkeypatch.setattr(qe_module, "open_neutral_page", self.opened_urls.append)
        self.vault, _code = CaseVault.create(tmp_path / "case", PASS, "Quick exit case")
        self.folder = self.vault.folder
        self.clock = FakeClock()
        self.quick_exit = QuickExit(clock=self.clock)
        self.quick_exit.install()
        self.window = QMainWindow()
        central = QWidget()
        layout = QVBoxLayout(central)
        self.indicator = QuickExitIndicator(self.quick_exit)
        self.button = make_quick_exit_button(central, self.quick_exit)
        self.edit = QLineEdit()
        self.edit.setAccessibleName("What happened")
        layout.addWidget(self.button)
        layout.addWidget(self.indicator)
        layout.addWidget(self.edit)
        self.window.setCentralWidget(central)
        qtbot.addWidget(self.window)
        self.window.show()
        qtbot.waitExposed(self.window)
        self.window.activateWindow()
        self.edit.setFocus()
        self.quick_exit.add_save_callback(self.save)
        self.quick_exit.set_lock_callback(self.lock)

    def save(self) -> None:
        self.calls.append("save")
        self.vault.set_progress("details.what_happened", self.edit.text())

    def lock(self) -> None:
        self.calls.append("lock")
        self.vault.close()

    def shift(self, widget: QWidget | None = None) -> None:
        QTest.keyClick(widget or self.edit, Qt.Key.Key_Shift)

    def close(self) -> None:
        self.quick_exit.uninstall()
        if self.vault.is_open:
            self.vault.close()
        app_clipboard.forget_all()
        QGuiApplication.clipboard().clear()


@pytest.fixture
def harness(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Harness]:
    h = Harness(qtbot, tmp_path, monkeypatch)
    yield h
    h.close()


def _assert_exited(h: Harness, typed: str) -> None:
    assert not h.window.isVisible()
    assert h.calls == ["save", "lock", "quit"]
    assert not h.vault.is_open
    reopened = CaseVault.open(h.folder, passphrase=PASS)
    try:
        assert reopened.get_progress("details.what_happened") == typed
    finally:
        reopened.close()


def test_three_shift_presses_hide_save_lock_and_quit(qtbot: QtBot, harness: Harness) -> None:
    QTest.keyClicks(harness.edit, "he took my photos")
    copy_text("text the app copied")
    with qtbot.waitSignal(harness.quick_exit.triggered, timeout=2000):
        for _ in range(3):
            harness.clock.now += 1.0
            harness.shift()
    _assert_exited(harness, "he took my photos")
    assert QGuiApplication.clipboard().text() == ""


def test_clipboard_from_elsewhere_is_left_alone(qtbot: QtBot, harness: Harness) -> None:
    copy_text("text the app copied earlier")
    QGuiApplication.clipboard().setText("the person's own shopping list")
    for _ in range(3):
        harness.shift()
    assert harness.calls == ["save", "lock", "quit"]
    assert QGuiApplication.clipboard().text() == "the person's own shopping list"


def test_copied_image_is_cleared(harness: Harness) -> None:
    image = QImage(20, 10, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.red)
    copy_image(image)
    assert not QGuiApplication.clipboard().image().isNull()
    harness.quick_exit.trigger()
    assert QGuiApplication.clipboard().image().isNull()


def test_copies_ask_clipboard_history_not_to_keep_them(harness: Harness) -> None:
    copy_text("recovery code")
    mime = QGuiApplication.clipboard().mimeData()
    assert mime is not None
    assert "x-kde-passwordManagerHint" in mime.formats()


def test_two_presses_do_not_exit(harness: Harness) -> None:
    harness.shift()
    harness.clock.now += 1
    harness.shift()
    assert harness.calls == []
    assert harness.window.isVisible()
    assert harness.vault.is_open
    assert harness.quick_exit.progress == 2


def test_presses_through_the_window_system_count_once_each(harness: Harness) -> None:
    # The real path: the key reaches the QWindow, then the focused widget and its parents.
    handle = harness.window.windowHandle()
    assert handle is not None
    QTest.keyClick(handle, Qt.Key.Key_Shift)
    QTest.keyClick(handle, Qt.Key.Key_Shift)
    assert harness.quick_exit.progress == 2
    assert harness.calls == []
    QTest.keyClick(handle, Qt.Key.Key_Shift)
    assert harness.calls == ["save", "lock", "quit"]


def test_slow_presses_do_not_exit(harness: Harness) -> None:
    for _ in range(3):
        harness.shift()
        harness.clock.now += 2.6  # three presses spread over 5.2 seconds
    assert harness.calls == []
    assert harness.window.isVisible()
    assert harness.vault.is_open


def test_three_presses_within_a_sliding_five_seconds_exit(harness: Harness) -> None:
    harness.shift()  # t=0, too early to count with the next two
    harness.clock.now += 4
    harness.shift()  # t=4
    harness.clock.now += 4
    harness.shift()  # t=8: only t=4 is within five seconds
    assert harness.calls == []
    harness.clock.now += 0.5
    harness.shift()  # t=8.5: 4, 8 and 8.5 are within five seconds
    assert harness.calls == ["save", "lock", "quit"]


def test_shift_held_for_capitals_does_not_count(harness: Harness) -> None:
    for letter in (Qt.Key.Key_I, Qt.Key.Key_A, Qt.Key.Key_H):
        QTest.keyPress(harness.edit, Qt.Key.Key_Shift)
        QTest.keyClick(harness.edit, letter, Qt.KeyboardModifier.ShiftModifier)
        QTest.keyRelease(harness.edit, Qt.Key.Key_Shift)
    assert harness.calls == []
    assert harness.quick_exit.progress == 0


def test_another_key_starts_the_count_again(harness: Harness) -> None:
    harness.shift()
    harness.shift()
    QTest.keyClick(harness.edit, Qt.Key.Key_X)
    harness.shift()
    assert harness.calls == []
    assert harness.quick_exit.progress == 1


def test_presses_in_a_dialog_count(qtbot: QtBot, harness: Harness) -> None:
    dialog = QDialog(harness.window)
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    dialog.show()
    qtbot.waitExposed(dialog)
    for _ in range(3):
        harness.shift(field)
    assert not dialog.isVisible()
    assert harness.calls == ["save", "lock", "quit"]


def test_button_does_the_same(qtbot: QtBot, harness: Harness) -> None:
    QTest.keyClicks(harness.edit, "typed before the click")
    copy_text("app text")
    with qtbot.waitSignal(harness.quick_exit.triggered, timeout=2000):
        qtbot.mouseClick(harness.button, Qt.MouseButton.LeftButton)
    _assert_exited(harness, "typed before the click")
    assert QGuiApplication.clipboard().text() == ""


def test_button_is_labelled_and_never_a_default(harness: Harness) -> None:
    button = harness.button
    assert button.text() == "Quick exit"
    assert button.accessibleName() == "Quick exit"
    assert button.accessibleDescription()
    assert button.toolTip() == "Or press Shift three times"
    assert not button.autoDefault()
    assert button.focusPolicy() != Qt.FocusPolicy.NoFocus


def test_indicator_shows_progress(qtbot: QtBot, harness: Harness) -> None:
    indicator = harness.indicator
    assert indicator.progress() == 0
    assert indicator.isHidden()
    assert indicator.accessibleName() == "Quick exit presses"
    with qtbot.waitSignal(harness.quick_exit.pressProgress) as blocker:
        harness.shift()
    assert blocker.args == [1]
    harness.shift()
    assert indicator.progress() == 2
    assert indicator.isVisible()
    assert "2 of 3" in indicator.accessibleDescription()
    harness.clock.now += 6
    harness.quick_exit._expire()  # what the five-second timer does
    assert indicator.progress() == 0
    assert indicator.isHidden()


def test_failing_save_still_locks_and_quits(harness: Harness) -> None:
    def broken() -> None:
        raise RuntimeError("disk gone")

    harness.quick_exit.add_save_callback(broken)
    harness.quick_exit.trigger()
    assert harness.calls == ["save", "lock", "quit"]
    assert not harness.vault.is_open


def test_neutral_page_opens_only_when_chosen(harness: Harness) -> None:
    harness.quick_exit.neutral_url = "https://www.bbc.co.uk/weather"
    harness.quick_exit.trigger()
    assert harness.opened_urls == ["https://www.bbc.co.uk/weather"]


def test_no_page_opens_by_default(harness: Harness) -> None:
    harness.quick_exit.trigger()
    assert harness.opened_urls == []
    assert harness.calls[-1] == "quit"


def test_first_run_explanation_is_honest(qtbot: QtBot) -> None:
    widget = QuickExitExplanation()
    qtbot.addWidget(widget)
    text = " ".join(widget.does + widget.does_not)
    assert "does not delete your case" in text
    assert "browser history" in text
    assert "taskbar" in text
    assert "hides every window" in text
    dialog = QuickExitIntroDialog()
    qtbot.addWidget(dialog)
    assert dialog.ok_button.accessibleName() == "I understand"
