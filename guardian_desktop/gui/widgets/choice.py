"""Check boxes and radio buttons whose text wraps (a plain QCheckBox never wraps)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QWidget,
)


class _ClickLabel(QLabel):
    def __init__(self, text: str, button: QAbstractButton) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)
        self.setWordWrap(True)
        self._button = button

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._button.isEnabled():
            self._button.click()
        super().mouseReleaseEvent(event)


class WrapChoice(QWidget):
    """A button (check box or radio) with a wrapping label beside it.

    The button holds the focus and the accessible name; the label is only text.
    """

    def __init__(self, text: str, *, radio: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button: QAbstractButton = QRadioButton() if radio else QCheckBox()
        self.button.setAccessibleName(text)
        self.label = _ClickLabel(text, self.button)
        self.label.setBuddy(self.button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.setFocusProxy(self.button)

    def isChecked(self) -> bool:  # noqa: N802 - Qt naming, reads like a button
        return self.button.isChecked()

    def setChecked(self, checked: bool) -> None:  # noqa: N802
        self.button.setChecked(checked)


def narrow_combo() -> QComboBox:
    """A drop-down whose long choices never widen the page (at 200% text it would
    otherwise push the step past a 1024-wide window); the open list shows them whole."""
    box = QComboBox()
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(12)
    return box
