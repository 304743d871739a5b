"""One page of the interview: one question (or a small group), saved as it is typed."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from guardian_desktop.core import when as whenmod
from guardian_desktop.core.answers import Answer, CaseAnswers, Section
from guardian_desktop.core.guidance import Block

from ...widgets.answer_choice import AnswerChoice
from ...widgets.blocks import BlockView
from ...widgets.error_summary import ErrorSummary, FieldError
from ...widgets.records import RecordList
from ...widgets.saver import AnswersSaver
from ...widgets.text import body_label, column, form_label, scrolling
from ...widgets.when_edit import WhenEdit, long_date
from ..base import PageContext


class Question(QWidget):
    """Subclasses set `qid`, build their fields in build() and say when they apply."""

    qid: ClassVar[str] = ""
    enter_is_next: ClassVar[bool] = True  # Enter moves on (pages without a text box)
    next_requested = Signal()
    edited = Signal()  # an answer changed: the route may branch differently

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.answers: AnswersSaver = ctx.answers
        self._loaders: list[Any] = []  # (callable) that show the saved values again
        self._checks: list[tuple[Any, QWidget, FieldError]] = []
        self.parts: dict[QWidget, list[QWidget]] = {}  # a field, with its label and hint
        self.fields: dict[str, QWidget] = {}  # "section.field" -> its editor
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        inner, self.body = column()
        em = self.fontMetrics().height()
        self.body.setContentsMargins(em, em // 2, em, em)
        self.errors = ErrorSummary()
        self.body.addWidget(self.errors)
        self.area = scrolling(inner)
        outer.addWidget(self.area)
        self.build()
        self.body.addStretch(1)

    # --- what subclasses say ------------------------------------------------------------

    def heading(self) -> str:
        raise NotImplementedError

    def applies(self, answers: CaseAnswers) -> bool:
        """Whether this page is on the route, given the answers so far."""
        return True

    def build(self) -> None:
        raise NotImplementedError

    def rows(self) -> list[tuple[str, str]]:
        """For "Check your answers": (what was asked, the answer or "" when missing)."""
        return []

    def first_field(self) -> QWidget | None:
        return None

    # --- wording by role ----------------------------------------------------------------

    @property
    def helping(self) -> bool:
        return self.ctx.helping

    # --- life on screen -------------------------------------------------------------------

    def load(self) -> None:
        """Show the saved answers (each time the page is shown)."""
        for loader in self._loaders:
            loader()
        self.refresh()
        self.check()

    def refresh(self) -> None:
        """Show or hide the parts that depend on an answer."""

    def save(self) -> None:
        self.answers.flush()

    def leave(self) -> None:
        """The page is left: write everything, tidy what was left empty."""
        self.save()

    def problems(self) -> list[tuple[str, QWidget]]:
        out = []
        for check, widget, _error in self._checks:
            message = check()
            if message:
                out.append((message, widget))
        return out

    def check(self) -> None:
        for check, _widget, error in self._checks:
            error.show_message(check())
        self.errors.set_problems(self.problems())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if self.enter_is_next and enter and plain:
            self.next_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- building blocks ----------------------------------------------------------------

    def lead(self, text: str) -> None:
        self.body.addWidget(body_label(text))

    def guidance(self, blocks: list[Block]) -> BlockView:
        view = BlockView(blocks)
        self.body.addWidget(view)
        return view

    def line(self, kind: type[Section], name: str, label: str, hint: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(label.replace("&", ""))
        self._add_field(edit, label, hint)
        self.fields[f"{kind.section}.{name}"] = edit
        self._loaders.append(lambda: edit.setText(str(getattr(self.answers.section(kind), name))))
        edit.textEdited.connect(lambda text: self._set(kind, name, text))
        self.answers.watch(edit)
        return edit

    def text(self, kind: type[Section], name: str, label: str, lines: int = 6,
             hint: str = "") -> QPlainTextEdit:  # fmt: skip
        edit = QPlainTextEdit()
        edit.setAccessibleName(label.replace("&", ""))
        edit.setTabChangesFocus(True)
        spacing = edit.fontMetrics().lineSpacing()
        edit.setMinimumHeight(spacing * 3 + spacing // 2)
        edit.setMaximumHeight(spacing * lines + spacing)
        self._add_field(edit, label, hint)
        self.fields[f"{kind.section}.{name}"] = edit

        def show() -> None:
            value = str(getattr(self.answers.section(kind), name))
            if edit.toPlainText() != value:
                edit.blockSignals(True)
                edit.setPlainText(value)
                edit.blockSignals(False)

        self._loaders.append(show)
        edit.textChanged.connect(lambda: self._set(kind, name, edit.toPlainText()))
        self.answers.watch(edit)
        return edit

    def _add_field(self, edit: QWidget, label: str, hint: str) -> None:
        parts: list[QWidget] = [form_label(label, edit)]
        if hint:
            parts.append(body_label(hint))
            edit.setAccessibleDescription(hint)
        parts.append(edit)
        for part in parts:
            self.body.addWidget(part)
        self.parts[edit] = parts

    def show_field(self, edit: QWidget, visible: bool) -> None:
        for part in self.parts.get(edit, [edit]):
            part.setVisible(visible)

    def when(self, kind: type[Section], name: str, what: str, label: str) -> WhenEdit:
        edit = WhenEdit(what)
        self.fields[f"{kind.section}.{name}"] = edit
        self.body.addWidget(form_label(label, edit.date_edit))
        self.body.addWidget(edit)
        error = FieldError()
        self.body.addWidget(error)
        self._loaders.append(lambda: edit.set_value(str(getattr(self.answers.section(kind), name))))
        edit.changed.connect(lambda value: self._set(kind, name, value))
        for part in (edit.date_edit, edit.time_edit):
            self.answers.watch(part)
        self._checks.append((lambda: date_problem(edit.value(), what), edit.date_edit, error))
        return edit

    def choice(self, kind: type[Section], name: str, question: str, *,
               unsure: str = "") -> AnswerChoice:  # fmt: skip
        choice = AnswerChoice(question, unsure=unsure)
        self.fields[f"{kind.section}.{name}"] = choice
        if question == self.heading():
            choice.label.hide()  # the page's heading asks it already
        self.body.addWidget(choice)
        self._loaders.append(
            lambda: choice.set_value(str(getattr(self.answers.section(kind), name)))
        )
        choice.chosen.connect(lambda value: self._set(kind, name, value, now=True))
        return choice

    def _set(self, kind: type[Section], name: str, value: Any, *, now: bool = False) -> None:
        current = getattr(self.answers.section(kind), name)
        if isinstance(current, Answer):
            value = Answer(value)
        self.answers.set(kind, name, value, now=now)
        self.refresh()
        self.check()
        self.edited.emit()


def date_problem(value: str, what: str) -> str:
    """A date that could not be read is kept as typed, and said so."""
    if whenmod.parse(value).kind is whenmod.WhenKind.TEXT:
        return QCoreApplication.translate(
            "Interview", "{what}: the date could not be read. Type it like 25/10/2025."
        ).format(what=what)
    return ""


def when_text(stored: str) -> str:
    """A stored time as a person reads it ("25 October 2025, 22:47"); free text as typed."""
    parsed = whenmod.parse(stored)
    if parsed.moment is not None:
        return f"{long_date(parsed.moment)}, {parsed.moment:%H:%M}"
    if parsed.day is not None:
        return long_date(parsed.day)
    return parsed.raw


def answer_text(value: str) -> str:
    """Yes / No / Not sure, or "" when not answered (shown as missing)."""
    return {
        "yes": QCoreApplication.translate("Interview", "Yes"),
        "no": QCoreApplication.translate("Interview", "No"),
        "unknown": QCoreApplication.translate("Interview", "Not sure"),
    }.get(str(value), "")


class ListQuestion(Question):
    """A page of cards (accounts, payments, events, references) with Add another: each
    card saves from its first letter; empty ones are tidied away when the page is left."""

    enter_is_next = False
    entries: RecordList[Any]

    def _add_list(self, records: RecordList[Any]) -> None:
        self.entries = records
        records.edited.connect(self.check)
        records.edited.connect(self.edited.emit)
        records.failed.connect(self.answers.failed.emit)
        self.body.addWidget(records)

    def load(self) -> None:
        self.entries.load()
        super().load()

    def save(self) -> None:
        self.entries.flush()

    def leave(self) -> None:
        self.entries.tidy()

    def problems(self) -> list[tuple[str, QWidget]]:
        return self.entries.problems()

    def first_field(self) -> QWidget:
        return (
            self.entries.cards[0].first_editor() if self.entries.cards else self.entries.add_button
        )
