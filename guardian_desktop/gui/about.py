"""About the app: what it is, that it is offline, where its advice comes from, and
which translations are not yet checked by a native speaker."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from guardian_desktop import __version__
from guardian_desktop.core.guidance import language_meta

from .i18n import LANGUAGES
from .widgets.text import body_label, heading_label


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Guardian Desktop"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Guardian Desktop"), 1))
        layout.addWidget(body_label(self.tr("Version %1").replace("%1", __version__)))
        layout.addWidget(
            body_label(
                self.tr(
                    "Guardian Desktop helps people facing sextortion, and the people "
                    "helping them, to stop contact safely, keep evidence and report it. "
                    "It works offline: it makes no network connections, and the case stays "
                    "encrypted on this computer. A PDF or bundle leaves the case only when "
                    "you save one."
                )
            )
        )
        layout.addWidget(
            body_label(
                self.tr(
                    "Every piece of advice, phone number and web address comes from a public "
                    "source, listed with the date it was checked in resources/guidance/"
                    "SOURCES.md."
                )
            )
        )
        layout.addWidget(heading_label(self.tr("Languages"), 2))
        self.language_lines: list[str] = []
        for code, name in LANGUAGES.items():
            meta = language_meta(code)
            if meta.reviewed_by_native_speaker:
                line = self.tr("%1: checked").replace("%1", name)
            else:
                line = self.tr(
                    "%1: translation not yet checked by a native speaker. If something is "
                    "unclear, use English."
                ).replace("%1", name)
            self.language_lines.append(line)
            layout.addWidget(body_label(line))
        layout.addWidget(
            body_label(
                self.tr(
                    "The report font is DejaVu Sans (free licence, in resources/fonts). "
                    "The app is built with Qt (PySide6), SQLCipher and ReportLab."
                )
            )
        )
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("&Close"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> None:
        dialog = cls(parent)
        dialog.exec()
        dialog.deleteLater()
