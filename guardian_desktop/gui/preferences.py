"""Settings the person chooses: language, safety options, and deleting the open case."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from guardian_desktop.core.guidance import language_meta
from guardian_desktop.core.settings import Settings

from .i18n import LANGUAGES
from .widgets.choice import WrapChoice
from .widgets.text import body_label, form_label, heading_label


class PreferencesDialog(QDialog):
    """Edits a copy of the settings; `result_settings` holds the choice after OK."""

    case_action_requested = Signal(str)  # "check", "new_code", "rekey" or "delete"

    def __init__(
        self, settings: Settings, *, case_open: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.result_settings = replace(settings)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("Same as this computer"), "")
        for code, name in LANGUAGES.items():
            meta = language_meta(code)
            label = name if meta.reviewed_by_native_speaker else self.tr(
                "%1 (not yet checked by a native speaker)"
            ).replace("%1", name)  # fmt: skip
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        form.addRow(form_label(self.tr("&Language:"), self.language), self.language)

        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(0, 240)
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.auto_lock.valueChanged.connect(self._minutes_suffix)
        self.auto_lock.setValue(settings.auto_lock_minutes)
        self._minutes_suffix(self.auto_lock.value())
        self.auto_lock.setAccessibleName(self.tr("Lock the case after this many minutes unused"))
        form.addRow(
            form_label(self.tr("Lock the case when &unused for:"), self.auto_lock), self.auto_lock
        )

        self.neutral_url = QLineEdit(settings.quick_exit_url)
        self.neutral_url.setPlaceholderText(self.tr("For example: https://www.bbc.co.uk/weather"))
        self.neutral_url.setAccessibleName(self.tr("Web page to open after a quick exit"))
        self.neutral_url.setAccessibleDescription(
            self.tr("Optional. Leave empty to open nothing. It must start with https://")
        )
        form.addRow(
            form_label(self.tr("After a quick exit, &open this page:"), self.neutral_url),
            self.neutral_url,
        )
        layout.addLayout(form)

        self.discreet = WrapChoice(
            self.tr(
                "&Discreet mode: show a plain name (\u201cNotes\u201d) in the window title and "
                "task bar, and no list of recent cases."
            )
        )
        self.discreet.setChecked(settings.discreet_mode)
        layout.addWidget(self.discreet)

        self.check_button = QPushButton(self.tr("C&heck this case"))
        self.check_button.setAccessibleName(self.tr("Check the open case"))
        self.check_button.setAccessibleDescription(
            self.tr(
                "Checks the encryption, every screenshot's fingerprint and the record of changes."
            )
        )
        self.check_button.setVisible(case_open)
        self.check_button.clicked.connect(lambda: self._case_action("check"))
        self.new_code_button = QPushButton(self.tr("Make a new &recovery code..."))
        self.new_code_button.setAccessibleName(self.tr("Make a new recovery code"))
        self.new_code_button.setAccessibleDescription(
            self.tr("The old recovery code stops opening the case. Your passphrase stays.")
        )
        self.new_code_button.setVisible(case_open)
        self.new_code_button.clicked.connect(lambda: self._case_action("new_code"))
        self.rekey_button = QPushButton(self.tr("Re-&key this case..."))
        self.rekey_button.setAccessibleName(self.tr("Re-key this case"))
        self.rekey_button.setAccessibleDescription(
            self.tr("Encrypts the case with a new key, a new passphrase and a new recovery code.")
        )
        self.rekey_button.setVisible(case_open)
        self.rekey_button.clicked.connect(lambda: self._case_action("rekey"))
        self.delete_button = QPushButton(self.tr("D&elete this case from this computer..."))
        self.delete_button.setAccessibleName(self.tr("Delete the open case from this computer"))
        self.delete_button.setVisible(case_open)
        self.delete_button.clicked.connect(lambda: self._case_action("delete"))
        if case_open:
            layout.addWidget(heading_label(self.tr("This case"), 2))
            layout.addWidget(self.check_button)
            self.keys_note = body_label(
                self.tr(
                    "Changing your passphrase does not change the key that encrypts the "
                    "case: an old copy of the case folder still opens with the old "
                    "passphrase, and anyone who already opened the case could have kept "
                    "its key. If you think someone saw your passphrase or recovery code, "
                    "or used this computer, re-key the case."
                )
            )
            layout.addWidget(self.keys_note)
            layout.addWidget(self.new_code_button)
            layout.addWidget(self.rekey_button)
            layout.addWidget(
                body_label(
                    self.tr(
                        "Only delete the case when you no longer need the evidence, for "
                        "example after the police have a copy."
                    )
                )
            )
            layout.addWidget(self.delete_button)

        self.error = body_label("")
        self.error.setVisible(False)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        ok = buttons.addButton(self.tr("&Save settings"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setDefault(True)
        buttons.addButton(self.tr("&Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.language.setFocus()

    def _minutes_suffix(self, minutes: int) -> None:
        """ "1 minute", "13 minutes": the plural form that fits, in every language."""
        self.auto_lock.setSuffix(self.tr(" minute(s)", "", minutes))

    def _save(self) -> None:
        url = self.neutral_url.text().strip()
        if url and not url.startswith("https://"):
            self.error.setText(
                self.tr("The web page must start with https:// - or leave it empty.")
            )
            self.error.setVisible(True)
            self.neutral_url.setFocus()
            return
        self.result_settings.language = str(self.language.currentData() or "")
        self.result_settings.auto_lock_minutes = self.auto_lock.value()
        self.result_settings.quick_exit_url = url
        self.result_settings.discreet_mode = self.discreet.isChecked()
        if self.result_settings.discreet_mode:
            self.result_settings.set_remember_recent(False)
        self.accept()

    def _case_action(self, action: str) -> None:
        self.reject()
        self.case_action_requested.emit(action)

    @classmethod
    def ask(
        cls, settings: Settings, *, case_open: bool, parent: QWidget | None = None
    ) -> tuple[Settings | None, str]:
        """Returns (new settings or None if cancelled, "" or the case action chosen:
        "check", "new_code", "rekey" or "delete"). Tests replace it."""
        dialog = cls(settings, case_open=case_open, parent=parent)
        actions: list[str] = []
        dialog.case_action_requested.connect(actions.append)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        result = dialog.result_settings if accepted else None
        dialog.deleteLater()
        return result, actions[0] if actions else ""
