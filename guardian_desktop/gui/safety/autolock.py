"""Auto-lock: ask to lock the case after some minutes without input, and around sleep.

What is detected, per platform:
- Everywhere: no key, mouse button, wheel or touch input for N minutes (mouse moves count
  only while the app is the active one, so a pointer passing over the window does not
  keep the case open). Time spent asleep counts: the clock below adds wall-clock time
  when it runs ahead of the monotonic clock, so after waking the case locks at the next
  check (at most CHECK_EVERY_S later) or at the first key or click, whichever comes first;
  that first input is swallowed, not passed to the hidden content.
- Everywhere Qt reports it (QGuiApplication.applicationStateChanged): when the app becomes
  active again, the idle time is checked at once. Qt does not say why the app became
  inactive, so a screen lock on its own is only caught through the idle time.
- Linux with D-Bus: logind's PrepareForSleep (locks before sleep) and the freedesktop /
  GNOME screensaver ActiveChanged signal (locks when the screen locks). Without a bus, or
  on desktops that send neither, only the idle time applies.
- Windows: WM_POWERBROADCAST / PBT_APMSUSPEND locks before sleep, and WM_WTSSESSION_CHANGE
  (screen lock, user switch) once register_windows_session_events(window) has been called.
- macOS: Qt exposes neither sleep nor screen lock; only the idle time (sleep included) and
  the activation check apply.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys
import time
from collections.abc import Callable, Iterator

from PySide6.QtCore import (
    SLOT,
    QAbstractNativeEventFilter,
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QGuiApplication

DEFAULT_MINUTES = 5
CHECK_EVERY_S = 10.0  # the longest wait between checks, so a wake from sleep is noticed

_INPUT_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
    QEvent.Type.InputMethod,
}  # fmt: skip
_MOVE_EVENTS = {QEvent.Type.MouseMove, QEvent.Type.HoverMove, QEvent.Type.TabletMove}


class SleepAwareClock:
    """Seconds that also advance while the computer sleeps.

    The monotonic clock stops during sleep on Linux and macOS; the wall clock does not,
    but it can jump. Each call adds the larger of the two steps, so sleep counts and a
    wall clock set backwards cannot delay the lock. A clock set forwards can only make
    the lock come early, which is the safe side.
    """

    def __init__(
        self,
        monotonic: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
    ) -> None:
        self._monotonic = monotonic
        self._wall = wall
        self._last_mono = monotonic()
        self._last_wall = wall()
        self._total = 0.0

    def __call__(self) -> float:
        mono, wall = self._monotonic(), self._wall()
        self._total += max(0.0, mono - self._last_mono, wall - self._last_wall)
        self._last_mono, self._last_wall = mono, wall
        return self._total


class AutoLock(QObject):
    """Emits lockRequested once after the idle time; start() again after unlocking."""

    lockRequested = Signal()  # noqa: N815 - Qt signal naming

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        minutes: float = DEFAULT_MINUTES,
        timeout_ms: int | None = None,
        clock: Callable[[], float] | None = None,
        watch_system: bool = True,
    ) -> None:
        super().__init__(parent)
        self._clock = clock or SleepAwareClock()
        self._timeout_s = timeout_ms / 1000 if timeout_ms is not None else minutes * 60.0
        self._armed = False
        self._pauses = 0
        self._last_input = self._clock()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.check)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)
        self._system: list[QObject] = []
        self._native: _WindowsPowerFilter | None = None
        if watch_system:
            self._watch_system()

    # --- settings ----------------------------------------------------------------------

    @property
    def minutes(self) -> float:
        return self._timeout_s / 60.0

    def set_minutes(self, minutes: float) -> None:
        """Change the idle time now; 0 turns auto-lock off."""
        self.set_timeout_ms(int(minutes * 60_000))

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timeout_s = max(0, timeout_ms) / 1000
        self._reschedule()

    @property
    def enabled(self) -> bool:
        return self._timeout_s > 0

    @property
    def armed(self) -> bool:
        return self._armed

    @property
    def paused(self) -> bool:
        return self._pauses > 0

    # --- arming and pausing --------------------------------------------------------------

    def start(self) -> None:
        """Watch for idle time (call when a case opens or after unlocking).

        Pauses held for the case before are dropped: a screen closed mid-import never
        sends its resume, and must not keep auto-lock off for the rest of the session."""
        self._armed = True
        self._pauses = 0
        self._last_input = self._clock()
        self._reschedule()

    def stop(self) -> None:
        """Stop watching (no case open). Pauses end with the case that held them."""
        self._armed = False
        self._pauses = 0
        self._timer.stop()

    def pause(self) -> None:
        """Hold the lock off, for example while a long import runs. Pauses nest."""
        self._pauses += 1
        self._timer.stop()

    def resume(self) -> None:
        self._pauses = max(0, self._pauses - 1)
        if not self._pauses:
            self._last_input = self._clock()  # the idle time starts again from now
            self._reschedule()

    @contextlib.contextmanager
    def paused_while(self) -> Iterator[None]:
        self.pause()
        try:
            yield
        finally:
            self.resume()

    # --- watching ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind in _INPUT_EVENTS:
            return self._input()
        if kind in _MOVE_EVENTS and _app_is_active():
            return self._input()
        return False

    def _input(self) -> bool:
        """Note activity; returns True (swallow the event) when it came after the limit."""
        if self._overdue():
            self.request_lock()
            return True
        self._last_input = self._clock()
        return False

    def _overdue(self) -> bool:
        return (
            self._armed
            and not self._pauses
            and self.enabled
            and self._clock() - self._last_input >= self._timeout_s
        )

    def check(self) -> None:
        """Lock if the idle time has run out; otherwise wait again."""
        if self._overdue():
            self.request_lock()
        else:
            self._reschedule()

    def _reschedule(self) -> None:
        if not (self._armed and self.enabled and not self._pauses):
            self._timer.stop()
            return
        remaining = self._timeout_s - (self._clock() - self._last_input)
        wait = min(max(remaining, 0.001), CHECK_EVERY_S)
        self._timer.start(max(1, int(wait * 1000)))

    def request_lock(self) -> None:
        """Ask for the lock now (sleep, screen lock). Emitted once until start() again."""
        if not self._armed or self._pauses:
            return
        self._armed = False
        self._timer.stop()
        self.lockRequested.emit()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()  # back after a while, maybe after sleep or a screen lock

    # --- system events where the platform exposes them ---------------------------------

    def _watch_system(self) -> None:
        if sys.platform.startswith("linux"):
            watcher = _LinuxSessionWatcher(self.request_lock, self)
            self._system.append(watcher)
        elif sys.platform == "win32":
            app = QCoreApplication.instance()
            if app is not None:
                self._native = _WindowsPowerFilter(self.request_lock)
                app.installNativeEventFilter(self._native)

    def close(self) -> None:
        """Remove the filters (for tests and shutdown)."""
        self.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
            if self._native is not None:
                app.removeNativeEventFilter(self._native)
        if isinstance(app, QGuiApplication):
            with contextlib.suppress(RuntimeError):
                app.applicationStateChanged.disconnect(self._state_changed)


def _app_is_active() -> bool:
    return QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive


class _LinuxSessionWatcher(QObject):
    """logind sleep and screensaver signals over D-Bus; does nothing without a bus."""

    def __init__(self, lock: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = lock
        self.connected: list[str] = []
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # pragma: no cover - QtDBus missing from this Qt build
            return
        slot = SLOT("on_flag(bool)")  # PySide6 takes the str here, despite its stubs
        system = QDBusConnection.systemBus()
        if system.isConnected() and system.connect(  # type: ignore[call-overload]
            "org.freedesktop.login1", "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager", "PrepareForSleep", self, slot,
        ):  # fmt: skip
            self.connected.append("logind")
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            # Any sender: KDE, GNOME and others own these names in different processes.
            for interface, path in (
                ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
                ("org.freedesktop.ScreenSaver", "/ScreenSaver"),
                ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
            ):
                if session.connect("", path, interface, "ActiveChanged", self, slot):  # type: ignore[call-overload]
                    self.connected.append(f"{interface} {path}")

    @Slot(bool)
    def on_flag(self, starting: bool) -> None:
        """True: going to sleep, or the screen saver / lock screen came on."""
        if starting:
            self._lock()


# Windows messages (winuser.h, wtsapi32.h)
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
WM_WTSSESSION_CHANGE = 0x02B1
WTS_CONSOLE_DISCONNECT = 0x2
WTS_REMOTE_DISCONNECT = 0x4
WTS_SESSION_LOCK = 0x7


def windows_message_means_lock(message: int, wparam: int) -> bool:
    """Going to sleep, the screen locking or the user being switched away."""
    if message == WM_POWERBROADCAST:
        return wparam == PBT_APMSUSPEND
    if message == WM_WTSSESSION_CHANGE:
        return wparam in (WTS_SESSION_LOCK, WTS_CONSOLE_DISCONNECT, WTS_REMOTE_DISCONNECT)
    return False


class _MSG(ctypes.Structure):
    _fields_ = [  # noqa: RUF012 - ctypes layout
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
    ]


class _WindowsPowerFilter(QAbstractNativeEventFilter):
    def __init__(self, lock: Callable[[], None]) -> None:
        super().__init__()
        self._lock = lock

    def nativeEventFilter(self, event_type: object, message: object) -> tuple[bool, int]:  # noqa: N802
        data = getattr(event_type, "data", None)
        kind = data() if callable(data) else event_type
        if kind != b"windows_generic_MSG":
            return False, 0
        try:
            msg = _MSG.from_address(int(message))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return False, 0
        if windows_message_means_lock(msg.message, msg.wParam):
            QTimer.singleShot(0, self._lock)  # not inside the native handler
        return False, 0


def register_windows_session_events(window_id: int) -> bool:
    """Ask Windows to send screen-lock messages to this window (no-op elsewhere)."""
    if sys.platform != "win32":
        return False
    try:
        wtsapi = ctypes.WinDLL("wtsapi32")
        return bool(wtsapi.WTSRegisterSessionNotification(ctypes.c_void_p(window_id), 0))
    except (OSError, AttributeError):
        return False
