"""Step 5, details for the police, as an interview: short pages that each ask one thing,
with Back, branching on the answers, ending in "Check your answers"."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QStackedWidget, QWidget

from ...widgets.answer_choice import AnswerChoice
from ..base import WizardPage
from .check import CheckQuestion
from .contact import ContactQuestion, ExhibitsQuestion, HelperQuestion
from .images import FakeQuestion, ImagesQuestion, SharedQuestion
from .lists import ReferencesQuestion, TimelineQuestion
from .money import (
    DemandedPaymentsQuestion,
    MoneyDemandedQuestion,
    MoneyPaidQuestion,
    PaidPaymentsQuestion,
)
from .offender import AccountsQuestion, KnowsAccountQuestion
from .question import Question
from .risk import ContactsQuestion, RiskQuestion, SelfHarmQuestion
from .story import ClaimedLocationQuestion, DemandQuestion, FirstContactQuestion, StoryQuestion

QUESTIONS: tuple[type[Question], ...] = (
    StoryQuestion, FirstContactQuestion, DemandQuestion,
    MoneyDemandedQuestion, DemandedPaymentsQuestion, MoneyPaidQuestion, PaidPaymentsQuestion,
    KnowsAccountQuestion, AccountsQuestion, ClaimedLocationQuestion,
    ImagesQuestion, SharedQuestion, FakeQuestion,
    RiskQuestion, ContactsQuestion, SelfHarmQuestion,
    TimelineQuestion, ReferencesQuestion,
    ContactQuestion, HelperQuestion, ExhibitsQuestion,
)  # fmt: skip
QUESTION_KEY = "interview.question"  # navigation state: the question on screen


class InterviewPage(WizardPage):
    step_id = "details"
    scrolls = False

    def build(self) -> None:
        self.questions: list[Question] = [cls(self.ctx) for cls in QUESTIONS]
        self.check_page = CheckQuestion(self.ctx, self.route, self.change)
        self.questions.append(self.check_page)
        self.by_id: dict[str, Question] = {q.qid: q for q in self.questions}
        self.stack = QStackedWidget()
        for question in self.questions:
            self.stack.addWidget(question)
            question.next_requested.connect(self.next_requested.emit)
            question.edited.connect(self._edited)
        self.body.addWidget(self.stack, 1)
        self.body.setContentsMargins(0, 0, 0, 0)
        for question in self.questions[:-1]:
            question.load()  # every page shows the case's answers, seen yet or not
        saved = self.ctx.saver.get(QUESTION_KEY, self.questions[0].qid)
        self._current: Question = self.by_id.get(saved, self.questions[0])
        self._back_to_check = False
        self._was_complete = self.is_complete()
        self.stack.setCurrentWidget(self._current)
        self.setFocusProxy(self.stack)

    # --- the route ------------------------------------------------------------------------

    def route(self) -> list[Question]:
        """The pages that apply, given the answers so far (skipped branches are not shown)."""
        answers = self.ctx.answers.current
        return [q for q in self.questions if q.applies(answers)]

    @property
    def current(self) -> Question:
        return self._current

    def show_question(self, qid: str, *, focus: bool = True) -> None:
        target = self.by_id[qid]
        if target is not self._current:
            self._current.leave()
        self._current = target
        self.stack.setCurrentWidget(target)
        target.load()
        self.ctx.saver.set_now(QUESTION_KEY, qid)
        self.heading_changed.emit()
        self.changed.emit()
        if focus:
            field = target.first_field()
            if isinstance(field, AnswerChoice):
                field = field.focus_target()  # never on an unchosen answer a Space would pick
            target.area.verticalScrollBar().setValue(0)
            if field is not None:
                field.setFocus(Qt.FocusReason.OtherFocusReason)
                # With large text the field can be below the page's intro: bring it into
                # view once laid out (the page starts at its top when it fits).
                QTimer.singleShot(0, field, lambda f=field: _show(target, f))

    def change(self, qid: str) -> None:
        """A Change link on "Check your answers": Next comes back to it."""
        self._back_to_check = True
        self.show_question(qid)

    # --- WizardPage hooks ----------------------------------------------------------------

    def heading(self) -> str:
        return self._current.heading()

    def progress_text(self) -> str:
        route = self.route()
        if self._current not in route:
            return ""
        return self.tr("question {n} of {total}").format(
            n=route.index(self._current) + 1, total=len(route)
        )

    def enter(self, how: str) -> None:
        route = self.route()
        if how == "start":
            target = route[0]
        elif how == "end":
            target = route[-1]
        else:
            target = self._current if self._current in route else route[0]
        self._back_to_check = False
        self.show_question(target.qid)

    def next_inside(self) -> bool:
        route = self.route()
        if self._back_to_check:
            follow = self._following(route)
            if follow is not None and follow.qid in _FOLLOW_UPS.get(self._current.qid, ()):
                self.show_question(follow.qid)  # a new branch opened: ask it first
                return True
            self._back_to_check = False
            if self._current is not self.check_page:
                self.show_question(self.check_page.qid)
                return True
        follow = self._following(route)
        if follow is None:
            return False
        self.show_question(follow.qid)
        return True

    def back_inside(self) -> bool:
        route = self.route()
        if self._current not in route:
            before = [q for q in route if self.questions.index(q) < self.questions.index(
                self._current)]  # fmt: skip
            if not before:
                return False
            self.show_question(before[-1].qid)
            return True
        index = route.index(self._current)
        if index == 0:
            return False
        self._back_to_check = False
        self.show_question(route[index - 1].qid)
        return True

    def _following(self, route: list[Question]) -> Question | None:
        order = self.questions.index(self._current)
        later = [q for q in route if self.questions.index(q) > order]
        return later[0] if later else None

    def _edited(self) -> None:
        self.heading_changed.emit()  # the number of questions may have changed
        done = self.is_complete()
        if done != self._was_complete:  # the step's tick in the list (not every keystroke)
            self._was_complete = done
            self.changed.emit()

    def load(self) -> None:
        self.ctx.answers.reload()

    def save(self) -> None:
        """Leaving the step, closing, locking or quick exit: write everything typed."""
        for question in self.questions:
            question.save()
        self._current.leave()
        super().save()

    def is_complete(self) -> bool:
        return bool(self.ctx.answers.current.story.summary.strip())


def _show(question: Question, field: QWidget) -> None:
    if field.isVisible():
        question.area.ensureWidgetVisible(field, 0, field.fontMetrics().height() * 3)


# A branch question, and the pages its answer can open: after a Change, Next asks them.
_FOLLOW_UPS: dict[str, tuple[str, ...]] = {
    "money_demanded": ("payments_demanded", "money_paid"),
    "money_paid": ("payments_paid",),
    "offender_known": ("offender_accounts",),
}
