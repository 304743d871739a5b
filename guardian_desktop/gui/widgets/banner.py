"""Banners: PRACTICE on every page of a practice case, and plain error lines."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from .text import body_label, heading_label


class PracticeBanner(QFrame):
    def __init__(self, passphrase: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceBanner")
        self.setStyleSheet(
            "#practiceBanner { background: #fff3c4; border: 2px solid #8a6d00; }"
            "#practiceBanner QLabel { color: #3d3000; }"
        )
        layout = QVBoxLayout(self)
        title = heading_label(self.tr("PRACTICE"), 2)
        layout.addWidget(title)
        text = self.tr(
            "This is a practice case with made-up details. Nothing here is real or sent "
            "anywhere. Its passphrase is: {passphrase}. It is deleted when you close the app."
        ).format(passphrase=passphrase)
        layout.addWidget(body_label(text))
        self.setAccessibleName(self.tr("Practice case"))
        self.setAccessibleDescription(text)


class ErrorLine(QLabel):
    """A plain message under a form; hidden when empty. Never a pop-up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("errorLine")
        self.setStyleSheet("#errorLine { border: 2px solid palette(mid); padding: 0.4em; }")
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))
