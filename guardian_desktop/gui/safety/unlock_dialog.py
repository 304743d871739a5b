"""The lock screen: hides a window's content while the case is locked, and unlocks it again.

CaseLock.lock() takes the window's central widget out (so nothing of the case stays on
screen or in the accessibility tree), hides menu, tool and dock bars and every other
window of the app, and shows a prompt for the passphrase or the recovery code. When the
case opens again, `unlocked(vault)` is emitted first (the main window swaps in the new
vault while its content is still hidden), then the same content is put back, with the
focus where it was.

The prompt always asks for the passphrase, even for a case remembered on this computer:
a lock that opens itself would protect nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from guardian_desktop.core.errors import WrongSecretError
from guardian_desktop.core.vault import CaseVault

from ..errors import error_text
from ..lifecycle import UnlockTask, start_unlock
from ..widgets.text import body_label, heading_label
from .quick_exit import QuickExit, make_quick_exit_button

Opener = Callable[..., CaseVault]


class LockPanel(QWidget):
    """The prompt shown while locked. `opener` is CaseVault.open (tests may pass another)."""

    unlocked = Signal(object)  # the reopened CaseVault
    close_requested = Signal()

    def __init__(
        self,
        folder: Path,
        *,
        opener: Opener = CaseVault.open,
        quick_exit: QuickExit | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self._opener = opener
        self._use_recovery = False
        em = self.fontMetrics().height()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(em * 2, em, em * 2, em)
        layout.setSpacing(int(em * 0.8))
        if quick_exit is not None:
            top = QHBoxLayout()
            top.addStretch(1)
            self.quick_exit_button: QPushButton | None = make_quick_exit_button(self, quick_exit)
            top.addWidget(self.quick_exit_button)
            layout.addLayout(top)
        else:
            self.quick_exit_button = None

        self.heading = heading_label(QCoreApplication.translate("LockPanel", "The case is locked"))
        self.heading.setAccessibleName(
            QCoreApplication.translate("LockPanel", "The case is locked")
        )
        layout.addWidget(self.heading)
        layout.addWidget(body_label(QCoreApplication.translate("LockPanel",
            "It locked itself because nothing happened for a while, to keep it private. "
            "Everything you typed was saved. Type your passphrase to go back to where you "
            "were."
        )))  # fmt: skip

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(QCoreApplication.translate("LockPanel", "Passphrase"))
        self.secret_label = QLabel(QCoreApplication.translate("LockPanel", "&Passphrase"))
        self.secret_label.setBuddy(self.secret)
        self.show_box = QCheckBox(QCoreApplication.translate("LockPanel", "&Show"))
        self.show_box.setAccessibleName(QCoreApplication.translate("LockPanel", "Show what I type"))
        self.show_box.toggled.connect(self._show_secret)
        row = QHBoxLayout()
        row.addWidget(self.secret, 1)
        row.addWidget(self.show_box)
        form.addRow(self.secret_label, row)
        layout.addLayout(form)

        self.error = body_label("", selectable=False)
        self.error.setObjectName("lockError")
        self.error.setStyleSheet("#lockError { border: 2px solid palette(mid); padding: 0.4em; }")
        self.error.hide()
        layout.addWidget(self.error)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # it moves while the key is worked out
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(QCoreApplication.translate("LockPanel", "Opening the case"))
        self.progress.hide()
        self.task: UnlockTask | None = None
        layout.addWidget(self.progress)

        buttons = QHBoxLayout()
        self.unlock_button = QPushButton(QCoreApplication.translate("LockPanel", "&Unlock"))
        self.unlock_button.setAccessibleName(
            QCoreApplication.translate("LockPanel", "Unlock the case")
        )
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.switch_button = QPushButton(
            QCoreApplication.translate("LockPanel", "Use the &recovery code instead")
        )
        self.switch_button.setAccessibleName(
            QCoreApplication.translate("LockPanel", "Use the recovery code instead")
        )
        self.switch_button.clicked.connect(self.toggle_recovery)
        self.close_button = QPushButton(QCoreApplication.translate("LockPanel", "&Close the case"))
        self.close_button.setAccessibleName(
            QCoreApplication.translate("LockPanel", "Close the case and go to the start")
        )
        self.close_button.clicked.connect(self.close_requested.emit)
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.secret.returnPressed.connect(self.unlock)
        self.setFocusProxy(self.secret)

    def _show_secret(self, shown: bool) -> None:
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def toggle_recovery(self) -> None:
        self._use_recovery = not self._use_recovery
        if self._use_recovery:
            self.secret_label.setText(QCoreApplication.translate("LockPanel", "&Recovery code"))
            self.secret.setAccessibleName(QCoreApplication.translate("LockPanel", "Recovery code"))
            self.switch_button.setText(
                QCoreApplication.translate("LockPanel", "Use the &passphrase instead")
            )
            self.switch_button.setAccessibleName(
                QCoreApplication.translate("LockPanel", "Use the passphrase instead")
            )
        else:
            self.secret_label.setText(QCoreApplication.translate("LockPanel", "&Passphrase"))
            self.secret.setAccessibleName(QCoreApplication.translate("LockPanel", "Passphrase"))
            self.switch_button.setText(
                QCoreApplication.translate("LockPanel", "Use the &recovery code instead")
            )
            self.switch_button.setAccessibleName(
                QCoreApplication.translate("LockPanel", "Use the recovery code instead")
            )
        self.secret.clear()
        self.show_message("")
        self.secret.setFocus()

    def show_message(self, text: str) -> None:
        self.error.setText(text)
        self.error.setAccessibleName(text)
        self.error.setVisible(bool(text))

    @property
    def busy(self) -> bool:
        return self.task is not None

    def unlock(self) -> None:
        """Work out the key on a worker thread; the panel shows that it is working."""
        if self.task is not None:
            return
        text = self.secret.text()
        if not text:
            self.show_message(QCoreApplication.translate("LockPanel", "Type the passphrase first."))
            self.secret.setFocus()
            return
        kind = "recovery_code" if self._use_recovery else "passphrase"
        self.show_message("")
        self._set_busy(True)
        self.task = start_unlock(
            self.folder, {kind: text}, self._done, opener=self._opener, owner=self
        )

    def _set_busy(self, busy: bool) -> None:
        self.unlock_button.setEnabled(not busy)
        self.switch_button.setEnabled(not busy)
        self.secret.setReadOnly(busy)
        self.progress.setVisible(busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _done(self, task: UnlockTask) -> None:
        self.task = None
        self._set_busy(False)
        if task.error is not None or task.vault is None:
            self.show_message(error_text(task.error) if task.error is not None else "")
            self.secret.setFocus()
            if isinstance(task.error, WrongSecretError):
                self.secret.selectAll()
            return
        self.secret.clear()
        self.show_message("")
        self.unlocked.emit(task.vault)


class CaseLock(QObject):
    """Locks a QMainWindow's content behind a LockPanel and restores it after unlocking."""

    locked = Signal()
    unlocked = Signal(object)  # the reopened CaseVault, before the content comes back
    close_requested = Signal()  # the person chose to close the case from the lock screen

    def __init__(
        self,
        window: QMainWindow,
        *,
        quick_exit: QuickExit | None = None,
        opener: Opener = CaseVault.open,
    ) -> None:
        super().__init__(window)
        self.window = window
        self._quick_exit = quick_exit
        self._opener = opener
        self.panel: LockPanel | None = None
        self._content: QWidget | None = None
        self._focus: QWidget | None = None
        self._bars: list[QWidget] = []

    @property
    def is_locked(self) -> bool:
        return self.panel is not None

    def lock(self, folder: Path) -> None:
        """Hide the content now. Save and close the vault right after this call."""
        if self.panel is not None:
            return
        app = QApplication.instance()
        focus = QApplication.focusWidget() if isinstance(app, QApplication) else None
        self._focus = focus if focus is not None and self.window.isAncestorOf(focus) else None
        for widget in QApplication.topLevelWidgets():
            if widget is not self.window and widget.isVisible():
                widget.hide()  # dialogs and viewers showing the case; a dialog's exec() ends
        self._bars = [
            w
            for w in (
                *self.window.findChildren(QToolBar),
                *self.window.findChildren(QDockWidget),
                self.window.menuWidget(),
                self.window.statusBar() if self._has_status_bar() else None,
            )
            if w is not None and w.isVisible()
        ]
        for bar in self._bars:
            bar.hide()
        self._content = self.window.takeCentralWidget()
        self.panel = LockPanel(folder, opener=self._opener, quick_exit=self._quick_exit)
        self.panel.unlocked.connect(self._unlocked)
        self.panel.close_requested.connect(self._close_requested)
        self.window.setCentralWidget(self.panel)
        self.panel.show()  # the layout would only show it from the event loop
        self.panel.setFocus()
        self.locked.emit()

    def _has_status_bar(self) -> bool:
        # statusBar() creates one when there is none; look for an existing one instead.
        from PySide6.QtWidgets import QStatusBar

        return bool(self.window.findChildren(QStatusBar))

    def _unlocked(self, vault: CaseVault) -> None:
        self.unlocked.emit(vault)  # let the window rebuild from the vault while hidden
        self._restore()

    def release(self) -> None:
        """The window is closing while locked: drop any unlock still working and give the
        content back to the window, hidden, so it goes with the window. (Left out, it
        stayed a parentless widget tree that crashed a later app-wide style change.)"""
        if self.panel is None:
            return
        if self.panel.task is not None:
            self.panel.task.discard()
            self.panel.task = None
        content = self._content
        self._restore()
        if content is not None and shiboken6.isValid(content):
            content.hide()

    def _close_requested(self) -> None:
        if self.panel is not None and self.panel.task is not None:
            self.panel.task.discard()  # an unlock still working: its case is closed again
            self.panel.task = None
        self._restore()
        self.close_requested.emit()

    def _restore(self) -> None:
        if self.panel is None:
            return
        panel = self.window.takeCentralWidget()
        if self._content is not None:
            self.window.setCentralWidget(self._content)
            self._content.show()
        for bar in self._bars:
            if shiboken6.isValid(bar):
                bar.show()
        self._bars = []
        self._content = None
        if panel is not None:
            panel.deleteLater()
        self.panel = None
        focus, self._focus = self._focus, None
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.setFocus()
