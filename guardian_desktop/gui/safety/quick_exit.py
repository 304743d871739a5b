"""Quick exit: Shift three times within five seconds (or a button) hides, saves, locks, quits.

The GOV.UK "Exit this page" pattern. A single Esc is not used: it clashes with closing
dialogs. A Shift press counts only when no other key was pressed while it was held, so
typing capital letters never triggers it; any other key starts the count again.

On trigger, in this order: every window is hidden at once, the save callbacks run (what
was typed goes into the vault), the lock callback runs (the vault is closed and its key
dropped), the clipboard is cleared if it holds what the app put there, a neutral web page
opens if the person chose one, and the app quits.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QPushButton, QSizePolicy, QWidget

from .clipboard import app_clipboard, copy_image, copy_text, remember_app_clipboard

PRESSES = 3
WINDOW_SECONDS = 5.0

_OTHER_MODIFIER_KEYS = {
    Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta,
    Qt.Key.Key_Super_L, Qt.Key.Key_Super_R, Qt.Key.Key_CapsLock,
}  # fmt: skip


# --- seams: tests replace these so no browser opens and the test run goes on ------------


def quit_application() -> None:
    QCoreApplication.quit()


def open_neutral_page(url: str) -> None:
    QDesktopServices.openUrl(QUrl(url))


# ---------------------------------------------------------------------------------------


class QuickExit(QObject):
    """Application-wide quick exit. Call install() once the QApplication exists."""

    pressProgress = Signal(int)  # noqa: N815 - Qt signal naming
    triggered = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        neutral_url: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.neutral_url = neutral_url
        self._presses: list[float] = []
        self._shift_down = False
        self._clean = False
        self._save_callbacks: list[Callable[[], object]] = []
        self._lock_callback: Callable[[], object] | None = None
        self._running = False
        self._installed = False
        # Empties the indicator when the five seconds pass without a third press.
        self._expiry = QTimer(self)
        self._expiry.setSingleShot(True)
        self._expiry.timeout.connect(self._expire)

    # --- set-up ------------------------------------------------------------------------

    def install(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True

    def uninstall(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
        self._installed = False

    def add_save_callback(self, callback: Callable[[], object]) -> None:
        """Called on exit, before locking, so what was typed is saved into the vault."""
        self._save_callbacks.append(callback)

    def remove_save_callback(self, callback: Callable[[], object]) -> None:
        with contextlib.suppress(ValueError):
            self._save_callbacks.remove(callback)

    def set_lock_callback(self, callback: Callable[[], object] | None) -> None:
        """Called on exit after saving: close the vault and drop its key."""
        self._lock_callback = callback

    @property
    def progress(self) -> int:
        return len(self._presses)

    # --- counting Shift presses -----------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            self._key_press(event)  # type: ignore[arg-type]
        elif kind == QEvent.Type.KeyRelease:
            if self._key_release(event):  # type: ignore[arg-type]
                return True
        elif kind == QEvent.Type.ApplicationStateChange:
            self._shift_down = False  # a release may have gone to another app
        return False

    def _key_press(self, event: QKeyEvent) -> None:
        # One key press reaches the window and then each widget up the chain: the
        # up/down state makes it count once.
        key = event.key()
        if key == Qt.Key.Key_Shift:
            if not event.isAutoRepeat() and not self._shift_down:
                self._shift_down = True
                others = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
                self._clean = others == Qt.KeyboardModifier.NoModifier
            return
        self._clean = False
        if key not in _OTHER_MODIFIER_KEYS and self._presses:
            self.reset()

    def _key_release(self, event: QKeyEvent) -> bool:
        if event.key() != Qt.Key.Key_Shift or event.isAutoRepeat() or not self._shift_down:
            return False
        self._shift_down = False
        if not self._clean:
            return False
        return self.register_press()

    def register_press(self) -> bool:
        """Count one Shift press; returns True when it triggered the exit."""
        if self._running:
            return True
        now = self._clock()
        self._presses = [t for t in self._presses if now - t <= WINDOW_SECONDS]
        self._presses.append(now)
        count = len(self._presses)
        self.pressProgress.emit(count)
        if count >= PRESSES:
            self._presses.clear()
            self._expiry.stop()
            self.trigger()
            return True
        self._arm_expiry(now)
        return False

    def _arm_expiry(self, now: float) -> None:
        remaining = WINDOW_SECONDS - (now - self._presses[0])
        self._expiry.start(max(1, int(remaining * 1000) + 1))

    def _expire(self) -> None:
        now = self._clock()
        before = len(self._presses)
        self._presses = [t for t in self._presses if now - t <= WINDOW_SECONDS]
        if len(self._presses) != before:
            self.pressProgress.emit(len(self._presses))
        if self._presses:
            self._arm_expiry(now)

    def reset(self) -> None:
        self._presses.clear()
        self._expiry.stop()
        self.pressProgress.emit(0)

    # --- the exit ------------------------------------------------------------------------

    def trigger(self) -> None:
        """Hide everything now, then save, lock, clear the app's clipboard and quit."""
        if self._running:
            return
        self._running = True
        hide_all_windows()
        # Let the window system see the hide before anything slow (Wayland needs the
        # event loop to flush it). User input waits, so nothing re-enters from a key.
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        for callback in list(self._save_callbacks):
            with contextlib.suppress(Exception):  # the exit must never stop half-way
                callback()
        if self._lock_callback is not None:
            with contextlib.suppress(Exception):
                self._lock_callback()
        with contextlib.suppress(Exception):
            app_clipboard.clear_if_ours()
        self.triggered.emit()
        if self.neutral_url:
            with contextlib.suppress(Exception):
                open_neutral_page(self.neutral_url)
        quit_application()


def hide_all_windows() -> None:
    """Hide every top-level window and menu of the app, widgets first, then bare windows."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        popup = QApplication.activePopupWidget()
        while popup is not None and popup.isVisible():
            popup.hide()
            popup = QApplication.activePopupWidget()
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.hide()
    if isinstance(app, QGuiApplication):
        for window in QGuiApplication.topLevelWindows():
            if window.isVisible():
                window.hide()


class QuickExitIndicator(QWidget):
    """Three dots that fill as Shift is pressed; hidden (keeping its space) at zero."""

    def __init__(self, quick_exit: QuickExit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._progress = 0
        self.setAccessibleName(QCoreApplication.translate("QuickExit", "Quick exit presses"))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        quick_exit.pressProgress.connect(self.set_progress)
        self.set_progress(quick_exit.progress)

    def progress(self) -> int:
        return self._progress

    def set_progress(self, count: int) -> None:
        self._progress = max(0, min(PRESSES, count))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "QuickExit", "Shift pressed {count} of 3 times. Press it 3 times to leave at once."
            ).format(count=self._progress)
        )
        self.setToolTip(self.accessibleDescription())
        self.setVisible(self._progress > 0)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        em = self.fontMetrics().height()
        return QSize(int(em * 0.8 * PRESSES + em * 0.4 * (PRESSES - 1)), em)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        em = self.fontMetrics().height()
        size = em * 0.6
        gap = em * 0.6
        y = (self.height() - size) / 2
        colour = self.palette().windowText().color()
        for i in range(PRESSES):
            x = em * 0.1 + i * (size + gap)
            painter.setPen(colour)
            painter.setBrush(colour if i < self._progress else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(int(x), int(y), int(size), int(size))
        painter.end()


def make_quick_exit_button(parent: QWidget | None, quick_exit: QuickExit) -> QPushButton:
    """The visible "Quick exit" button. It never becomes a dialog's default button.

    Its look (GOV.UK's "Exit this page": red, white bold text) comes from the app's style
    sheet through the object name, so it differs from every other button on any theme."""
    button = QPushButton(parent)
    button.setObjectName("quickExitButton")
    retranslate_quick_exit_button(button)
    button.setAutoDefault(False)
    button.setDefault(False)
    button.clicked.connect(quick_exit.trigger)
    return button


def retranslate_quick_exit_button(button: QPushButton) -> None:
    """Set the button's words in the language now installed."""
    button.setText(QCoreApplication.translate("QuickExit", "Quick exit"))
    button.setAccessibleName(QCoreApplication.translate("QuickExit", "Quick exit"))
    button.setAccessibleDescription(
        QCoreApplication.translate(
            "QuickExit", "Hides the app at once, saves and locks the case, then closes the app."
        )
    )
    button.setToolTip(QCoreApplication.translate("QuickExit", "Or press Shift three times"))


__all__ = [
    "QuickExit",
    "QuickExitIndicator",
    "copy_image",
    "copy_text",
    "hide_all_windows",
    "make_quick_exit_button",
    "open_neutral_page",
    "quit_application",
    "remember_app_clipboard",
    "retranslate_quick_exit_button",
]
