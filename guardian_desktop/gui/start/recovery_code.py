"""Show the new case's recovery code once: print it, copy it, tick that it is written down."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ..safety.clipboard import copy_text
from ..widgets import external
from ..widgets.choice import WrapChoice
from ..widgets.flow import button_row
from ..widgets.text import body_label, column, heading_label, scrolling


class RecoveryCodeScreen(QWidget):
    done = Signal()

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        inner, body = column(1.0)
        em = self.fontMetrics().height()
        body.setContentsMargins(em * 2, em, em * 2, em)
        body.addWidget(heading_label(self.tr("Your recovery code"), 1))
        body.addWidget(body_label(self.tr(
            "If you forget your passphrase, this code is the only way back into the case. "
            "Write it on paper and keep it somewhere safe, away from this computer. "
            "It is shown only now."
        )))  # fmt: skip
        self.code_label = QLabel(code)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(QFont(self.font()).pointSizeF() * 1.5)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setWordWrap(True)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        self.code_label.setAccessibleDescription(" ".join(code))
        body.addWidget(self.code_label)
        self.print_button = QPushButton(self.tr("&Print it"))
        self.print_button.setAccessibleName(self.tr("Print the recovery code"))
        self.copy_button = QPushButton(self.tr("&Copy it"))
        self.copy_button.setAccessibleName(self.tr("Copy the recovery code"))
        self.print_button.clicked.connect(self._print)
        self.copy_button.clicked.connect(self._copy)
        body.addWidget(button_row(self.print_button, self.copy_button))
        self.status = body_label("")
        self.status.hide()
        body.addWidget(self.status)
        self.written = WrapChoice(self.tr("I have written it down and put it somewhere safe"))
        body.addWidget(self.written)
        self.continue_button = QPushButton(self.tr("Con&tinue"))
        self.continue_button.setAccessibleName(self.tr("Continue to the first step"))
        self.continue_button.setEnabled(False)
        self.written.button.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self.done.emit)
        body.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignLeft)
        body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling(inner))
        self.setFocusProxy(self.print_button)

    def _print(self) -> None:
        text = self.tr("Guardian Desktop recovery code:\n\n{code}\n").format(code=self.code)
        if external.print_text(self, self.tr("Print the recovery code"), text):
            self.status.setText(self.tr("Sent to the printer."))
            self.status.show()

    def _copy(self) -> None:
        copy_text(self.code)
        self.status.setText(self.tr(
            "Copied. Paste it only somewhere private, then copy something else over it."
        ))  # fmt: skip
        self.status.show()
