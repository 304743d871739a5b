"""Unlock a case with its passphrase, or with the recovery code and a new passphrase.

The key derivation runs on a worker thread (gui/lifecycle.UnlockTask): the screen shows
that it is working and stays responsive, and a wrong passphrase keeps what was typed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guardian_desktop.core.keys import MIN_PASSPHRASE_LENGTH, passphrase_problem
from guardian_desktop.core.vault import CaseVault

from ..errors import error_text
from ..lifecycle import Opener, UnlockTask, start_unlock
from ..widgets.banner import ErrorLine
from ..widgets.choice import WrapChoice
from ..widgets.flow import button_row
from ..widgets.passphrase import PassphraseField
from ..widgets.text import body_label, column, form_label, heading_label, scrolling


class UnlockScreen(QWidget):
    unlocked = Signal(object, bool)  # vault, remember on this computer
    cancelled = Signal()

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        inner, body = column(0.9)
        em = self.fontMetrics().height()
        body.setContentsMargins(em * 2, em, em * 2, em)
        body.addWidget(heading_label(self.tr("Open a case"), 1))
        body.addWidget(body_label(self.tr("Case: {name}").format(name=str(folder))))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.passphrase = PassphraseField(self.tr("Passphrase"))
        form.addRow(form_label(self.tr("&Passphrase"), self.passphrase.edit), self.passphrase)
        body.addLayout(form)
        self.passphrase.edit.returnPressed.connect(self.unlock)
        self.open_button = QPushButton(self.tr("&Open the case"))
        self.open_button.setAccessibleName(self.tr("Open the case"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.unlock)
        self.forgot_button = QPushButton(self.tr("I &forgot my passphrase"))
        self.forgot_button.setAccessibleName(self.tr("I forgot my passphrase"))
        self.forgot_button.clicked.connect(self.show_recovery)
        self.back_button = QPushButton(self.tr("Go ba&ck"))
        self.back_button.setAccessibleName(self.tr("Go back to the start"))
        self.back_button.clicked.connect(self._back)
        body.addWidget(button_row(self.open_button, self.forgot_button, self.back_button))

        self.recovery_box = QWidget()
        rlay = QVBoxLayout(self.recovery_box)
        rlay.setContentsMargins(0, 0, 0, 0)
        rlay.addWidget(heading_label(self.tr("Use your recovery code"), 2))
        rlay.addWidget(body_label(self.tr(
            "Type the recovery code from when you made the case. Then choose a new "
            "passphrase. Small letters and spaces are fine."
        )))  # fmt: skip
        rform = QFormLayout()
        rform.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.recovery = QLineEdit()
        self.recovery.setAccessibleName(self.tr("Recovery code"))
        self.new1 = PassphraseField(self.tr("New passphrase"))
        self.new2 = PassphraseField(self.tr("New passphrase again"))
        rform.addRow(form_label(self.tr("&Recovery code"), self.recovery), self.recovery)
        rform.addRow(form_label(self.tr("&New passphrase"), self.new1.edit), self.new1)
        rform.addRow(form_label(self.tr("New passphrase &again"), self.new2.edit), self.new2)
        rlay.addLayout(rform)
        self.recover_button = QPushButton(self.tr("Open with the recovery co&de"))
        self.recover_button.setAccessibleName(self.tr("Open with the recovery code"))
        self.recover_button.clicked.connect(self.recover)
        rlay.addWidget(self.recover_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.recovery_box.hide()
        body.addWidget(self.recovery_box)

        self.remember = WrapChoice(self.tr(
            "Remember the case on this computer, so it opens without the passphrase"))  # fmt: skip
        body.addWidget(self.remember)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # it moves while the key is worked out
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Opening the case"))
        self.progress_label = body_label(self.tr("Opening the case. This takes a moment."))
        self.progress.hide()
        self.progress_label.hide()
        body.addWidget(self.progress_label)
        body.addWidget(self.progress)
        self.task: UnlockTask | None = None
        self.error = ErrorLine()
        body.addWidget(self.error)
        body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling(inner))
        self.setFocusProxy(self.passphrase)

    def show_recovery(self) -> None:
        self.recovery_box.show()
        self.recovery.setFocus()

    def snapshot(self) -> dict[str, object]:
        """What was typed, to carry into a rebuilt screen (kept in memory only)."""
        return {
            "passphrase": self.passphrase.text(),
            "recovery_shown": self.recovery_box.isVisibleTo(self),
            "recovery": self.recovery.text(),
            "new1": self.new1.text(),
            "new2": self.new2.text(),
            "remember": self.remember.isChecked(),
        }

    def restore(self, state: dict[str, object]) -> None:
        self.passphrase.edit.setText(str(state["passphrase"]))
        self.recovery_box.setVisible(bool(state["recovery_shown"]))
        self.recovery.setText(str(state["recovery"]))
        self.new1.edit.setText(str(state["new1"]))
        self.new2.edit.setText(str(state["new2"]))
        self.remember.setChecked(bool(state["remember"]))

    @property
    def busy(self) -> bool:
        return self.task is not None

    def unlock(self) -> None:
        if self.busy:
            return
        if not self.passphrase.text():
            self.error.show_message(self.tr("Type the passphrase first."))
            return
        self._start({"passphrase": self.passphrase.text()}, CaseVault.open)

    def recover(self) -> None:
        if self.busy:
            return
        if len(self.new1.text()) < MIN_PASSPHRASE_LENGTH:
            self.error.show_message(self.tr(
                "The new passphrase is too short. Use at least {n} characters."
            ).format(n=MIN_PASSPHRASE_LENGTH))  # fmt: skip
            return
        if self.new1.text() != self.new2.text():
            self.error.show_message(
                self.tr("The two new passphrases are not the same. Type the second one again.")
            )
            return
        if passphrase_problem(self.new1.text()):
            self.error.show_message(self.tr(
                "That new passphrase would be easy to guess. Please choose another one. "
                "Several ordinary words together make a strong passphrase."
            ))  # fmt: skip
            self.new2.clear()
            self.new1.setFocus()
            return
        new_passphrase = self.new1.text()

        def open_and_change(folder: Path, **secret: str) -> CaseVault:
            vault = CaseVault.open(folder, **secret)  # type: ignore[arg-type]
            try:
                vault.change_passphrase(new_passphrase)
            except BaseException:
                vault.close()
                raise
            return vault

        self._start({"recovery_code": self.recovery.text()}, open_and_change)

    def cancel(self) -> None:
        """Going back while the key is being worked out: the opened case is closed."""
        if self.task is not None:
            self.task.discard()
            self.task = None
        self._set_busy(False)

    def _back(self) -> None:
        self.cancel()
        self.cancelled.emit()

    def _start(self, secret: dict[str, str], opener: Opener) -> None:
        self.error.show_message("")
        self._set_busy(True)
        self.task = start_unlock(
            self.folder,
            secret,
            self._done,
            opener=opener,
            owner=self,
        )

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.open_button, self.forgot_button, self.recover_button):
            widget.setEnabled(not busy)
        self.passphrase.edit.setReadOnly(busy)
        self.progress.setVisible(busy)
        self.progress_label.setVisible(busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _done(self, task: UnlockTask) -> None:
        self.task = None
        self._set_busy(False)
        if task.error is not None or task.vault is None:
            self.error.show_message(error_text(task.error) if task.error else "")
            self.passphrase.setFocus()
            return
        self.error.show_message("")
        for field in (self.passphrase, self.recovery, self.new1, self.new2):
            field.clear()  # secrets stay in the fields no longer than needed
        from ..key_actions import show_opening_notices

        show_opening_notices(self, task.vault)
        self.unlocked.emit(task.vault, self.remember.isChecked())
