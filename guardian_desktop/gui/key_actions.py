"""Settings actions for the case's keys: a new recovery code, and re-keying the case."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from guardian_desktop.core import keys
from guardian_desktop.core.errors import GuardianError
from guardian_desktop.core.vault import CaseVault

from . import seams
from .errors import error_text
from .start.recovery_code import RecoveryCodeScreen
from .widgets.passphrase import PassphraseField
from .widgets.text import body_label, form_label, heading_label


class RekeyDialog(QDialog):
    """Asks for the passphrase to use after re-keying (twice). The fields are cleared as
    soon as the dialog closes."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.passphrase = ""
        self.setWindowTitle(self.tr("Re-key this case"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Give the case a new key"), 2))
        layout.addWidget(body_label(self.tr(
"Do this if you think someone else may have seen your passphrase or recovery "
            "code, or used this computer. The case is encrypted again with a new key. "
            "Old copies of the key, the old passphrase and the old recovery code stop "
            "opening it. You get a new recovery code at the end."
        )))  # fmt: skip
        layout.addWidget(body_label(self.tr(
"Choose the passphrase to use from now on. Several ordinary words together "
            "make a strong one. Keep the app open until it says it is done."
        )))  # fmt: skip
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.new1 = PassphraseField(self.tr("New passphrase"))
        self.new2 = PassphraseField(self.tr("New passphrase again"))
        form.addRow(form_label(self.tr("&New passphrase:"), self.new1.edit), self.new1)
        form.addRow(form_label(self.tr("Type it &again:"), self.new2.edit), self.new2)
        layout.addLayout(form)
        self.error = body_label("")
        self.error.setVisible(False)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(
            self.tr("&Re-key the case"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setAccessibleName(self.tr("Re-key the case with the new passphrase"))
        self.ok.setDefault(True)
        cancel = buttons.addButton(self.tr("&Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Cancel and keep the case as it is"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.finished.connect(self._clear)
        # Wrapped text needs a width to wrap to; then the height follows it.
        self.setMinimumWidth(self.fontMetrics().height() * 30)
        self.new1.setFocus()

    def _accept(self) -> None:
        first, second = self.new1.text(), self.new2.text()
        if first != second:
            self._show_error(
                self.tr("The two passphrases are not the same. Please type them again.")
            )
            return
        if len(first) < keys.MIN_PASSPHRASE_LENGTH:
            self._show_error(self.tr(
"Please choose a passphrase of at least 8 characters. A few ordinary words "
                "with spaces between them are easy to remember and hard to guess."
            ))  # fmt: skip
            return
        if keys.passphrase_problem(first, self.label):
            self._show_error(self.tr(
"That passphrase would be easy to guess. Please choose another one. Several "
                "ordinary words together make a strong passphrase."
            ))  # fmt: skip
            return
        self.passphrase = first
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)
        self.adjustSize()  # room for the message, nothing else cut off
        self.new2.clear()
        self.new1.setFocus()

    def _clear(self) -> None:
        self.new1.clear()
        self.new2.clear()

    @classmethod
    def ask(cls, label: str, parent: QWidget | None = None) -> str | None:
        """The new passphrase, or None if cancelled. Tests replace it."""
        dialog = cls(label, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        passphrase = dialog.passphrase
        dialog.passphrase = ""
        dialog.deleteLater()
        return passphrase if accepted else None


class NewCodeDialog(QDialog):
    """Shows a new recovery code once: print it, copy it, tick that it is written down."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your new recovery code"))
        layout = QVBoxLayout(self)
        self.code_screen = RecoveryCodeScreen(code)
        self.code_screen.continue_button.setText(self.tr("&Done"))
        self.code_screen.continue_button.setAccessibleName(
            self.tr("Done: the code is written down")
        )
        self.code_screen.done.connect(self.accept)
        layout.addWidget(body_label(self.tr("The old recovery code no longer opens the case.")))
        layout.addWidget(self.code_screen)
        self.setFocusProxy(self.code_screen)

    def reject(self) -> None:
        # The code is shown only once: closing without ticking asks first.
        if seams.confirm(
            self,
            self.tr("Close without writing it down?"),
            self.tr(
                "This code is shown only now. Without it, only your passphrase opens the case.",
            ),
            self.tr("&Close anyway"),
            self.tr("&Go back"),
        ):
            super().reject()

    @classmethod
    def show_code(cls, code: str, parent: QWidget | None = None) -> None:
        """Tests replace it."""
        dialog = cls(code, parent)
        dialog.exec()
        dialog.deleteLater()


@contextlib.contextmanager
def _auto_lock_paused(parent: QWidget | None) -> Iterator[None]:
    """No auto-lock while a new recovery code is made and shown: a lock would hide the
    code, and it is shown only once. The person closes the dialog; the idle time starts
    again from then."""
    from .safety.autolock import AutoLock

    window = parent.window() if parent is not None else None
    autolock = getattr(window, "autolock", None)
    if not isinstance(autolock, AutoLock):
        yield
        return
    with autolock.paused_while():
        yield


def make_new_recovery_code(parent: QWidget, vault: CaseVault) -> bool:
    """Settings > New recovery code. Returns True if a new code was made and shown."""
    if not seams.confirm(
        parent,
        QCoreApplication.translate("KeyActions", "Make a new recovery code?"),
        QCoreApplication.translate(
            "KeyActions",
            "Your old recovery code will stop opening this case, and you will get a new "
            "one to write down. Your passphrase stays the same.\n\nThis does not change the "
            "key that encrypts the case. If someone may already have opened the case with "
            "the old code, re-key the case instead.",
        ),
        QCoreApplication.translate("KeyActions", "&Make a new code"),
        QCoreApplication.translate("KeyActions", "&Cancel"),
    ):
        return False
    with _auto_lock_paused(parent):
        try:
            code = vault.new_recovery_code()
        except GuardianError as exc:
            seams.inform(
                parent,
                QCoreApplication.translate("KeyActions", "The recovery code was not changed"),
                error_text(exc),
                warning=True,
            )
            return False
        NewCodeDialog.show_code(code, parent)
    return True


def rekey_case(parent: QWidget, vault: CaseVault) -> bool:
    """Settings > Re-key this case. Returns True when the case has a new key."""
    label = ""
    with contextlib.suppress(GuardianError):
        label = vault.info().label
    passphrase = RekeyDialog.ask(label, parent)
    if passphrase is None:
        return False
    with _auto_lock_paused(parent):
        return _rekey_and_show_code(parent, vault, passphrase)


def _rekey_and_show_code(parent: QWidget, vault: CaseVault, passphrase: str) -> bool:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        code = vault.rekey(passphrase)
    except GuardianError as exc:
        QGuiApplication.restoreOverrideCursor()
        seams.inform(
            parent,
            QCoreApplication.translate("KeyActions", "The case was not re-keyed"),
            error_text(exc)
            + "\n\n"
            + QCoreApplication.translate("KeyActions", "Your case is safe and opens as before."),
            warning=True,
        )
        return False
    finally:
        passphrase = ""
    QGuiApplication.restoreOverrideCursor()
    seams.inform(
        parent,
        QCoreApplication.translate("KeyActions", "The case has a new key"),
        QCoreApplication.translate(
            "KeyActions",
            "The case is now encrypted with a new key. Use your new passphrase from now on. "
            "Old copies of the key, the old passphrase and the old recovery code no longer "
            "open it. Next, write down your new recovery code.",
        ),
    )
    NewCodeDialog.show_code(code, parent)
    return True


def opening_notices(vault: CaseVault) -> list[str]:
    """What was found while opening the case, in translated plain words."""
    texts = {
        "damaged_log": QCoreApplication.translate(
            "KeyActions",
            "The last changes made before the app stopped could not all be read back: part "
            "of the case's log is damaged. What could be read is open now. Check the "
            "evidence list. A copy of the damaged part was kept in the case folder.",
        ),
        "key_file_repaired": QCoreApplication.translate(
            "KeyActions",
            "The case's key file was damaged. Your passphrase still opened the case, and the "
            "key file has been repaired. Nothing in the case was lost.",
        ),
        "backup_opened": QCoreApplication.translate(
            "KeyActions",
            "The case's key file is damaged; its backup copy opened the case. The key file "
            "has been repaired from the backup. Nothing in the case was lost.",
        ),
        "key_file_restored": QCoreApplication.translate(
            "KeyActions",
            "The case's key file was missing; its backup copy opened the case, and the key "
            "file has been put back.",
        ),
        "rekey_finished": QCoreApplication.translate(
            "KeyActions",
            "A change of the case's key was interrupted and has now been finished. Your "
            "passphrase works. The new recovery code may never have been shown, and the old "
            "one no longer opens this case: make a new recovery code now in Settings.",
        ),
        "older_database": QCoreApplication.translate(
            "KeyActions",
            "This case's database is older than the last one this app saved, or its record "
            "of changes was altered. Evidence added later may be missing. Keep the case "
            "folder as it is, look for a newer copy, and use 'Check this case' in Settings.",
        ),
    }
    return [texts[c] for c in vault.notice_codes if c in texts]


def show_opening_notices(parent: QWidget, vault: CaseVault) -> None:
    notices = opening_notices(vault)
    if notices:
        seams.inform(
            parent,
            QCoreApplication.translate("KeyActions", "Something was found while opening the case"),
            "\n\n".join(notices),
            warning=True,
        )
