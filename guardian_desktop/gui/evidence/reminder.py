"""The short reminder before adding: keep the chat, not the image; stronger words for minors.

The words come from the guidance data (the "evidence" step), so they are checked and
translated with the rest of the guidance, not written here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from guardian_desktop.core.guidance import Block, load_guidance
from guardian_desktop.gui.widgets.text import danger_colour

REMINDER_KINDS = ("dont", "warning", "link")


def reminder_blocks(role: str, under_18: bool | None) -> list[Block]:
    blocks = load_guidance().step("evidence").blocks(role, under_18)
    return [b for b in blocks if b.kind in REMINDER_KINDS]


def age_warning(role: str, under_18: bool | None) -> str:
    """The guidance's under-18 warning for this role ('' for an adult)."""
    return "\n\n".join(b.text for b in reminder_blocks(role, under_18) if b.kind == "warning")


class ReminderPanel(QFrame):
    def __init__(self, role: str, under_18: bool | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceReminder")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Before you add screenshots"))
        self._layout = QVBoxLayout(self)
        self._labels: list[QLabel] = []
        self.set_audience(role, under_18)

    def set_audience(self, role: str, under_18: bool | None) -> None:
        for label in self._labels:
            label.deleteLater()
        self._labels = []
        self.danger = False
        for block in reminder_blocks(role, under_18):
            label = QLabel(self)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setText(block.text)
            label.setAccessibleName(block.text)
            if block.kind == "warning":
                self.danger = True
                font = label.font()
                font.setBold(True)
                label.setFont(font)
                label.setObjectName("evidenceDanger")
            self._layout.addWidget(label)
            self._labels.append(label)
        mid = self.palette().color(QPalette.ColorRole.Mid).name()
        border = danger_colour() if self.danger else mid
        width = 2 if self.danger else 1
        self.setStyleSheet(
            f"QFrame#evidenceReminder {{ border: {width}px solid {border}; border-radius: 4px; }}"
        )

    def texts(self) -> list[str]:
        return [label.text() for label in self._labels]
