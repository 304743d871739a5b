"""A yes / no / not sure question as radio buttons in one row (wrapping when narrow)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget

from guardian_desktop.core.answers import Answer

from .flow import flow_container
from .text import body_label


class AnswerChoice(QWidget):
    """The question's text, then Yes, No and Not sure. `chosen` fires on a person's click."""

    chosen = Signal(str)  # an Answer value

    def __init__(self, question: str, parent: QWidget | None = None, *, unsure: str = "") -> None:
        super().__init__(parent)
        self.question = question
        self.label = body_label(question, selectable=False)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self.group = QButtonGroup(self)
        self.buttons: dict[Answer, QRadioButton] = {}
        texts = (
            (Answer.YES, self.tr("Yes")),
            (Answer.NO, self.tr("No")),
            (Answer.UNKNOWN, unsure or self.tr("Not sure")),
        )
        for value, text in texts:
            button = QRadioButton(text)
            button.setAccessibleName(f"{question} {text}")
            self.group.addButton(button)
            self.buttons[value] = button
            button.toggled.connect(lambda checked, v=value: self._picked(v, checked))
        self._setting = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(flow_container(list(self.buttons.values())))
        self.setFocusProxy(self.buttons[Answer.YES])

    def focus_target(self) -> QRadioButton:
        """The chosen answer (a keyboard user lands on it), else Yes."""
        for button in self.buttons.values():
            if button.isChecked():
                return button
        return self.buttons[Answer.YES]

    def value(self) -> Answer:
        for value, button in self.buttons.items():
            if button.isChecked():
                return value
        return Answer.NOT_ASKED

    def set_value(self, value: str) -> None:
        """Show a stored answer without emitting `chosen`."""
        self._setting = True
        try:
            button = self.buttons.get(Answer(value)) if value in set(Answer) else None
            if button is None:
                self.group.setExclusive(False)
                for b in self.buttons.values():
                    b.setChecked(False)
                self.group.setExclusive(True)
            else:
                button.setChecked(True)
        finally:
            self._setting = False

    def _picked(self, value: Answer, checked: bool) -> None:
        if checked and not self._setting:
            self.chosen.emit(str(value))
