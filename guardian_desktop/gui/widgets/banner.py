"""Banners: PRACTICE on every page of a practice case, and plain error lines."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from .text import body_label


class PracticeBanner(QFrame):
    def __init__(self, passphrase: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceBanner")
        self.setStyleSheet(
            "#practiceBanner { background: #fff3c4; border: 2px solid #8a6d00; }"
            "#practiceBanner QLabel { color: #3d3000; }"
        )
        layout = QVBoxLayout(self)
        em = self.fontMetrics().height()
        layout.setContentsMargins(em // 2, em // 4, em // 2, em // 4)
        text = self.tr(
            "PRACTICE: a made-up case, nothing is real or sent anywhere. "
            "Passphrase: {passphrase}. Deleted when you close the app."
        ).format(passphrase=passphrase)
        label = body_label(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        layout.addWidget(label)
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
        if text:
            QTimer.singleShot(0, self, self._scroll_into_view)

    def _scroll_into_view(self) -> None:
        """The person must see the message even when the form is taller than the window."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea) and self.isVisible():
            parent.ensureWidgetVisible(self)
