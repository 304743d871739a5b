"""Unlock a case with its passphrase, or with the recovery code and a new passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from guardian_desktop.core.errors import GuardianError, WrongSecretError
from guardian_desktop.core.keys import MIN_PASSPHRASE_LENGTH
from guardian_desktop.core.vault import CaseVault

from ..errors import error_text
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
        self.back_button.clicked.connect(self.cancelled.emit)
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

    def unlock(self) -> None:
        if not self.passphrase.text():
            self.error.show_message(self.tr("Type the passphrase first."))
            return
        self._open(passphrase=self.passphrase.text())

    def recover(self) -> None:
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
        vault = self._open(recovery_code=self.recovery.text(), emit=False)
        if vault is None:
            return
        try:
            vault.change_passphrase(self.new1.text())
        except GuardianError as exc:
            vault.close()
            self.error.show_message(error_text(exc))
            return
        self.unlocked.emit(vault, self.remember.isChecked())

    def _open(self, *, emit: bool = True, **secret: str) -> CaseVault | None:
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            vault = CaseVault.open(self.folder, **secret)  # type: ignore[arg-type]
        except WrongSecretError as exc:
            self.error.show_message(error_text(exc))
            return None
        except GuardianError as exc:
            self.error.show_message(error_text(exc))
            return None
        finally:
            self.unsetCursor()
        self.error.show_message("")
        if emit:
            self.unlocked.emit(vault, self.remember.isChecked())
        return vault
