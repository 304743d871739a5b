"""Auto-lock after idle time, and the lock screen that hides the content and unlocks it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLineEdit, QMainWindow, QToolBar, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from guardian_desktop.core.vault import CaseVault
from guardian_desktop.gui.safety import autolock as autolock_module
from guardian_desktop.gui.safety.autolock import (
    AutoLock,
    SleepAwareClock,
    windows_message_means_lock,
)
from guardian_desktop.gui.safety.quick_exit import QuickExit
from guardian_desktop.gui.safety.unlock_dialog import CaseLock

PASS = "correct horse battery"
ROOT = Path(__file__).resolve().parents[2]


class FakeClock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def field(qtbot: QtBot) -> QLineEdit:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    return edit


@pytest.fixture
def make_lock() -> Iterator[list[AutoLock]]:
    made: list[AutoLock] = []
    yield made
    for lock in made:
        lock.close()


def _autolock(made: list[AutoLock], **kwargs: object) -> AutoLock:
    lock = AutoLock(watch_system=False, **kwargs)  # type: ignore[arg-type]
    made.append(lock)
    return lock


def test_idle_time_locks(qtbot: QtBot, make_lock: list[AutoLock]) -> None:
    lock = _autolock(make_lock, timeout_ms=200)
    lock.start()
    with qtbot.waitSignal(lock.lockRequested, timeout=3000):
        pass
    assert not lock.armed  # asked once; start() again after unlocking


def test_input_resets_the_idle_time(field: QLineEdit, make_lock: list[AutoLock]) -> None:
    clock = FakeClock()
    lock = _autolock(make_lock, timeout_ms=1000, clock=clock)
    fired: list[int] = []
    lock.lockRequested.connect(lambda: fired.append(1))
    lock.start()
    clock.now += 0.8
    QTest.keyClick(field, Qt.Key.Key_A)  # activity at 0.8 s
    clock.now += 0.7
    lock.check()  # 1.5 s since start, 0.7 s since the key
    assert fired == []
    QTest.mouseClick(field, Qt.MouseButton.LeftButton)  # activity at 1.5 s
    clock.now += 0.9
    lock.check()
    assert fired == []
    clock.now += 0.2
    lock.check()  # 1.1 s since the click
    assert fired == [1]


def test_first_input_after_a_long_gap_locks_and_is_swallowed(
    field: QLineEdit, make_lock: list[AutoLock]
) -> None:
    clock = FakeClock()
    lock = _autolock(make_lock, timeout_ms=1000, clock=clock)
    fired: list[int] = []
    lock.lockRequested.connect(lambda: fired.append(1))
    lock.start()
    clock.now += 3600  # asleep: the timer did not get a chance to fire
    QTest.keyClick(field, Qt.Key.Key_A)
    assert fired == [1]
    assert field.text() == ""  # the key did not reach the content


def test_zero_turns_it_off_and_it_can_change_at_run_time(
    make_lock: list[AutoLock],
) -> None:
    clock = FakeClock()
    lock = _autolock(make_lock, minutes=0, clock=clock)
    fired: list[int] = []
    lock.lockRequested.connect(lambda: fired.append(1))
    lock.start()
    assert not lock.enabled
    clock.now += 10_000
    lock.check()
    assert fired == []
    lock.set_minutes(1)
    assert lock.minutes == 1
    clock.now += 61
    lock.check()
    assert fired == [1]


def test_default_is_five_minutes(make_lock: list[AutoLock]) -> None:
    assert _autolock(make_lock).minutes == 5


def test_paused_while_importing(make_lock: list[AutoLock]) -> None:
    clock = FakeClock()
    lock = _autolock(make_lock, timeout_ms=1000, clock=clock)
    fired: list[int] = []
    lock.lockRequested.connect(lambda: fired.append(1))
    lock.start()
    with lock.paused_while():
        clock.now += 100
        lock.check()
        lock.request_lock()
        assert fired == []
    clock.now += 0.5  # the idle time starts again when the pause ends
    lock.check()
    assert fired == []
    clock.now += 0.6
    lock.check()
    assert fired == [1]


def test_becoming_active_after_sleep_locks_at_once(make_lock: list[AutoLock]) -> None:
    clock = FakeClock()
    lock = _autolock(make_lock, timeout_ms=60_000, clock=clock)
    fired: list[int] = []
    lock.lockRequested.connect(lambda: fired.append(1))
    lock.start()
    clock.now += 8 * 3600
    lock._state_changed(Qt.ApplicationState.ApplicationActive)
    assert fired == [1]


def test_sleep_aware_clock_counts_sleep_and_ignores_wall_clock_going_back() -> None:
    mono, wall = [0.0], [1_000_000.0]
    clock = SleepAwareClock(lambda: mono[0], lambda: wall[0])
    mono[0] += 5
    wall[0] += 5
    assert clock() == pytest.approx(5)
    wall[0] += 3600  # asleep: the monotonic clock stood still
    assert clock() == pytest.approx(3605)
    mono[0] += 10
    wall[0] -= 7200  # the wall clock set back two hours
    assert clock() == pytest.approx(3615)


def test_windows_sleep_and_screen_lock_messages() -> None:
    assert windows_message_means_lock(autolock_module.WM_POWERBROADCAST, 0x4)
    assert not windows_message_means_lock(autolock_module.WM_POWERBROADCAST, 0x7)  # resume
    assert windows_message_means_lock(autolock_module.WM_WTSSESSION_CHANGE, 0x7)
    assert not windows_message_means_lock(autolock_module.WM_WTSSESSION_CHANGE, 0x8)  # unlock
    assert not windows_message_means_lock(0x0100, 0x4)


def test_windows_message_filter_reads_the_message(qtbot: QtBot) -> None:
    import ctypes

    from PySide6.QtCore import QByteArray, QCoreApplication

    hits: list[int] = []
    native = autolock_module._WindowsPowerFilter(lambda: hits.append(1))
    msg = autolock_module._MSG(None, autolock_module.WM_POWERBROADCAST, 0x4, 0)
    kind = QByteArray(b"windows_generic_MSG")
    assert native.nativeEventFilter(kind, ctypes.addressof(msg)) == (False, 0)
    qtbot.waitUntil(lambda: hits == [1], timeout=2000)
    other = autolock_module._MSG(None, 0x0100, 0x4, 0)  # a key press
    native.nativeEventFilter(kind, ctypes.addressof(other))
    native.nativeEventFilter(QByteArray(b"xcb_generic_event_t"), ctypes.addressof(msg))
    QCoreApplication.processEvents()  # would run a queued lock, if one had been queued
    assert hits == [1]


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("dbus-run-session") is None,
    reason="needs a D-Bus session (Linux)",
)
def test_screen_lock_signal_on_dbus_locks(tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        from PySide6.QtCore import QTimer
        from PySide6.QtDBus import QDBusConnection, QDBusMessage
        from PySide6.QtWidgets import QApplication
        from guardian_desktop.gui.safety.autolock import AutoLock
        app = QApplication([])
        lock = AutoLock(minutes=5)
        lock.start()
        hits = []
        lock.lockRequested.connect(lambda: (hits.append(1), app.quit()))
        def send():
            msg = QDBusMessage.createSignal(
                "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged")
            msg.setArguments([True])
            QDBusConnection.sessionBus().send(msg)
        QTimer.singleShot(0, send)
        QTimer.singleShot(10000, app.quit)
        app.exec()
        print("LOCKED" if hits else "NOT LOCKED")
        """
    )
    proc = subprocess.run(
        ["dbus-run-session", "--", sys.executable, "-c", script],
        capture_output=True, text=True, cwd=ROOT, timeout=60,
        env={**_env(), "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    if "LOCKED" not in proc.stdout:
        pytest.skip(f"no D-Bus session could start here: {proc.stderr[-300:]}")
    assert proc.stdout.strip().endswith("LOCKED") and "NOT LOCKED" not in proc.stdout


def _env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}


# --- the lock screen ---------------------------------------------------------------------


class LockedWindow:
    def __init__(self, qtbot: QtBot, tmp_path: Path) -> None:
        self.vault, self.code = CaseVault.create(tmp_path / "case", PASS, "Lock case")
        self.folder = self.vault.folder
        self.vault.set_progress("wizard.step", 4)
        self.window = QMainWindow()
        self.toolbar = QToolBar("Tools")
        self.window.addToolBar(self.toolbar)
        self.content = QWidget()
        layout = QVBoxLayout(self.content)
        self.edit = QLineEdit("half-typed note")
        layout.addWidget(self.edit)
        self.window.setCentralWidget(self.content)
        qtbot.addWidget(self.window)
        self.window.show()
        qtbot.waitExposed(self.window)
        self.edit.setFocus()
        self.quick_exit = QuickExit()
        self.lock = CaseLock(self.window, quick_exit=self.quick_exit)
        self.reopened: list[CaseVault] = []
        self.lock.unlocked.connect(self.reopened.append)

    def lock_now(self) -> None:
        self.lock.lock(self.folder)  # the content goes first ...
        self.vault.set_progress("details.note", self.edit.text())
        self.vault.close()  # ... then save and close, as the main window does

    def close(self) -> None:
        for vault in [self.vault, *self.reopened]:
            vault.close()


@pytest.fixture
def locked(qtbot: QtBot, tmp_path: Path) -> Iterator[LockedWindow]:
    w = LockedWindow(qtbot, tmp_path)
    yield w
    w.close()


def test_locking_hides_the_content(qtbot: QtBot, locked: LockedWindow) -> None:
    dialog = QDialog(locked.window)
    dialog.show()
    qtbot.waitExposed(dialog)
    locked.lock_now()
    assert locked.lock.is_locked
    assert not locked.content.isVisible()
    assert not locked.edit.isVisible()
    assert not locked.toolbar.isVisible()
    assert not dialog.isVisible()
    panel = locked.lock.panel
    assert panel is not None and locked.window.centralWidget() is panel
    assert panel.secret.accessibleName() == "Passphrase"
    assert panel.quick_exit_button is not None
    assert not locked.vault.is_open


def test_wrong_passphrase_gives_a_plain_message_and_keeps_the_field(
    qtbot: QtBot, locked: LockedWindow
) -> None:
    locked.lock_now()
    panel = locked.lock.panel
    assert panel is not None
    QTest.keyClicks(panel.secret, "not the passphrase")
    QTest.keyClick(panel.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "does not open this case" in panel.error.text())
    assert panel.error.isVisible()
    assert panel.secret.text() == "not the passphrase"
    assert locked.reopened == []
    assert locked.lock.is_locked
    assert not locked.edit.isVisible()


def test_right_passphrase_reopens_and_brings_the_content_back(
    qtbot: QtBot, locked: LockedWindow
) -> None:
    locked.lock_now()
    panel = locked.lock.panel
    assert panel is not None
    panel.secret.setText(PASS)
    with qtbot.waitSignal(locked.lock.unlocked, timeout=5000):
        qtbot.mouseClick(panel.unlock_button, Qt.MouseButton.LeftButton)
    assert len(locked.reopened) == 1
    vault = locked.reopened[0]
    assert vault.is_open
    assert vault.get_progress("wizard.step") == 4  # the wizard goes back to the same step
    assert vault.get_progress("details.note") == "half-typed note"
    assert not locked.lock.is_locked
    assert locked.window.centralWidget() is locked.content
    assert locked.edit.isVisible()
    assert locked.edit.text() == "half-typed note"
    assert locked.toolbar.isVisible()


def test_recovery_code_unlocks_too(qtbot: QtBot, locked: LockedWindow) -> None:
    locked.lock_now()
    panel = locked.lock.panel
    assert panel is not None
    qtbot.mouseClick(panel.switch_button, Qt.MouseButton.LeftButton)
    assert panel.secret.accessibleName() == "Recovery code"
    panel.secret.setText(locked.code.lower().replace("-", " "))
    with qtbot.waitSignal(locked.lock.unlocked, timeout=5000):
        QTest.keyClick(panel.secret, Qt.Key.Key_Return)
    assert locked.reopened[0].is_open
    assert locked.edit.isVisible()


def test_close_from_the_lock_screen(qtbot: QtBot, locked: LockedWindow) -> None:
    locked.lock_now()
    panel = locked.lock.panel
    assert panel is not None
    with qtbot.waitSignal(locked.lock.close_requested, timeout=2000):
        qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert not locked.lock.is_locked
    assert locked.reopened == []


def test_autolock_drives_the_lock_screen(qtbot: QtBot, locked: LockedWindow) -> None:
    auto = AutoLock(timeout_ms=150, watch_system=False)
    try:
        auto.lockRequested.connect(locked.lock_now)
        auto.start()
        with qtbot.waitSignal(locked.lock.locked, timeout=3000):
            pass
        assert not locked.edit.isVisible()
        assert not locked.vault.is_open
    finally:
        auto.close()
