"""Check your answers: what was given, what is missing, and a Change button for each."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget

from ....core.answers import Branch, closed_branches, payment_branch
from ....core.models import OffenderIdentifier, Payment
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
        self.left_out: dict[str, QLabel] = {}  # question id -> its "left out" note
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

    def _left_out_notes(self, route: list[Question]) -> dict[str, int]:
        """Records a "No" closed (core.answers.closed_branches, the rule the report uses),
        counted under the question that closed them (or the one before it when that
        question is not asked)."""
        closed = closed_branches(self.answers.current)
        if not closed or not self.ctx.vault.is_open:
            return {}
        counts: dict[Branch, int] = dict.fromkeys(closed, 0)
        for payment in self.ctx.vault.list_records(Payment):
            branch = payment_branch(payment.kind)
            if branch in counts:
                counts[branch] += 1
        if Branch.ACCOUNTS in counts:
            counts[Branch.ACCOUNTS] = len(self.ctx.vault.list_records(OffenderIdentifier))
        asked = {q.qid for q in route}
        notes: dict[str, int] = {}
        for branch, count in counts.items():
            qid = next((q for q in _ASKED_BY[branch] if q in asked), "")
            if count and qid:
                notes[qid] = notes.get(qid, 0) + count
        return notes

    def load(self) -> None:
        clear_layout(self.grid)
        self.change_buttons = {}
        self.missing = []
        self.left_out = {}
        route = self._route()
        notes = self._left_out_notes(route)
        row = 0
        bold = QFont(self.font())
        bold.setBold(True)
        for question in route:
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
            if question.qid in notes:
                what = body_label(self.tr("Left out of the report"))
                what.setFont(bold)
                note = body_label(
                    self.tr(
                        "Entries kept in the case: {n}. They are not in the report because "
                        "the answer is No. Choose Change to answer again."
                    ).format(n=notes[question.qid])
                )
                note.setAccessibleName(f"{what.text()}: {note.text()}")
                self.grid.addWidget(what, row, 0, Qt.AlignmentFlag.AlignTop)
                self.grid.addWidget(note, row, 1, Qt.AlignmentFlag.AlignTop)
                what.show()
                note.show()
                self.left_out[question.qid] = note
                row += 1
        given = row - len(self.missing) - len(self.left_out)
        self.summary.setText(
            self.tr("Answers given: {given}. Not given yet: {missing}.").format(
                given=given, missing=len(self.missing)
            )
        )
        super().load()

    def first_field(self) -> QWidget | None:
        return next(iter(self.change_buttons.values()), None)


# Where Check your answers explains a closed branch: the question whose "No" closed it,
# else the question before it when that one is not asked.
_ASKED_BY: dict[Branch, tuple[str, ...]] = {
    Branch.DEMANDS: ("money_demanded",),
    Branch.PAID: ("money_paid", "money_demanded"),
    Branch.ACCOUNTS: ("offender_known",),
}
