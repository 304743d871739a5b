"""Check your answers: what was given, what is missing, and a Change button for each."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QPushButton, QWidget

from ...widgets.text import body_label, clear_layout
from ..base import PageContext
from .question import Question


class CheckQuestion(Question):
    qid = "check"
    enter_is_next = False

    def __init__(
        self, ctx: PageContext, route: Callable[[], list[Question]], go: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        self._route, self._go = route, go
        self.change_buttons: dict[str, QPushButton] = {}
        self.missing: list[str] = []
        super().__init__(ctx, parent)

    def heading(self) -> str:
        return self.tr("Check your answers")

    def build(self) -> None:
        self.lead(self.tr(
            "This is what the report will say. Anything missing is fine: give what you know. "
            "Choose Change to go back to a question."
        ))  # fmt: skip
        self.summary = body_label("")
        self.body.addWidget(self.summary)
        self.table = QFrame()
        self.grid = QGridLayout(self.table)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(1, 3)
        self.body.addWidget(self.table)

    def load(self) -> None:
        clear_layout(self.grid)
        self.change_buttons = {}
        self.missing = []
        row = 0
        bold = QFont(self.font())
        bold.setBold(True)
        for question in self._route():
            if question is self:
                continue
            rows = question.rows()
            for n, (label, value) in enumerate(rows):
                what = body_label(label)
                what.setFont(bold)
                shown = body_label(value if value else self.tr("Not given yet"))
                if not value:
                    shown.setStyleSheet("font-style: italic;")
                    self.missing.append(label)
                shown.setAccessibleName(f"{label}: {value or self.tr('Not given yet')}")
                self.grid.addWidget(what, row, 0, Qt.AlignmentFlag.AlignTop)
                self.grid.addWidget(shown, row, 1, Qt.AlignmentFlag.AlignTop)
                what.show()  # at once (a visible page shows new children only later)
                shown.show()
                if n == 0:
                    button = QPushButton(self.tr("Change"))
                    button.setAccessibleName(self.tr("Change: {what}").format(what=label))
                    button.clicked.connect(lambda _c=False, q=question.qid: self._go(q))
                    self.grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
                    button.show()
                    self.change_buttons[question.qid] = button
                row += 1
        given = row - len(self.missing)
        self.summary.setText(
            self.tr("Answers given: {given}. Not given yet: {missing}.").format(
                given=given, missing=len(self.missing)
            )
        )
        super().load()

    def first_field(self) -> QWidget | None:
        return next(iter(self.change_buttons.values()), None)
