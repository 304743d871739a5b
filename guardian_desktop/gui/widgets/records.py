"""A list of records (payments, accounts, timeline, references) as cards, "Add another".

Every card shows all its fields and saves as it is typed: a new card becomes a record in
the case as soon as one of its fields has text, so there is no edit buffer to forget.
Cards left empty are removed when the page is left (tidy)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guardian_desktop.core import when as whenmod
from guardian_desktop.core.errors import GuardianError
from guardian_desktop.core.models import OffenderIdentifier, Payment, ReferenceNumber, TimelineEvent
from guardian_desktop.core.vault import CaseVault

from .. import seams
from ..errors import error_text
from .answer_choice import AnswerChoice
from .error_summary import FieldError
from .flow import button_row
from .saver import DEBOUNCE_MS, _FlushOnFocusOut
from .text import body_label, form_label, heading_label
from .when_edit import WhenEdit

R = TypeVar("R", OffenderIdentifier, TimelineEvent, Payment, ReferenceNumber)
Editor = QLineEdit | QPlainTextEdit | QComboBox | WhenEdit | AnswerChoice


@dataclass
class Field:
    """One field of a record as the card shows it."""

    name: str  # the dataclass field
    label: str  # translated by the caller
    kind: str = "line"  # line, text, when, choice, answer
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, label) for a drop-down
    group: str = ""  # a small heading shown above the first field of a group
    shown: Callable[[Any], bool] | None = None  # whether it applies to this record
    check: Callable[[str], str] | None = None  # a problem with the value, or ""
    hint: str = ""  # one line of help under the label


def is_blank(record: Any, blank: Any) -> bool:
    """Nothing typed: every field as the blank record has it (the id aside)."""
    return all(
        getattr(record, f.name) == getattr(blank, f.name) for f in fields(record) if f.name != "id"
    )


class RecordCard(QFrame, Generic[R]):
    """One record: a heading, every field, and Remove."""

    edited = Signal()
    remove_requested = Signal(object)
    failed = Signal(str)

    def __init__(
        self, vault: CaseVault, record: R, blank: R, specs: list[Field], title: str,
        remove_text: str, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.vault, self.specs = vault, specs
        self.record: R = record
        self.blank: R = blank
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self._focus = _FlushOnFocusOut(self.flush, self)
        self.editors: dict[str, Editor] = {}
        self.errors: dict[str, FieldError] = {}
        self._rows: dict[str, list[QWidget]] = {}
        layout = QVBoxLayout(self)
        em = self.fontMetrics().height()
        layout.setContentsMargins(em // 2, em // 2, em // 2, em // 2)
        self.title = heading_label(title, 3)
        self.remove_button = QPushButton(remove_text)
        self.remove_button.setAccessibleName(f"{remove_text}: {title}")
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        layout.addWidget(self.title)
        group = ""
        for spec in specs:
            row: list[QWidget] = []
            if spec.group and spec.group != group:
                group = spec.group
                heading = heading_label(spec.group, 4)
                layout.addWidget(heading)
                row.append(heading)
            editor = self._editor(spec, title)
            if spec.hint:
                editor.setAccessibleDescription(spec.hint)
            self.editors[spec.name] = editor
            if not isinstance(editor, AnswerChoice):
                label = form_label(spec.label, editor)
                layout.addWidget(label)
                row.append(label)
            if spec.hint:
                hint = body_label(spec.hint)
                layout.addWidget(hint)
                row.append(hint)
            layout.addWidget(editor)
            error = FieldError()
            layout.addWidget(error)
            self.errors[spec.name] = error
            row.append(editor)
            self._rows[spec.name] = row
        layout.addWidget(button_row(self.remove_button))
        self._show_fields()
        self.check()

    # --- the editors ----------------------------------------------------------------------

    def _editor(self, spec: Field, title: str) -> Editor:
        value = str(getattr(self.record, spec.name) or "")
        name = f"{title}: {spec.label}"
        editor: Editor
        if spec.kind == "when":
            editor = WhenEdit(name)
            editor.set_value(value)
            editor.changed.connect(lambda v, n=spec.name: self._edited(n, v))
            for part in (editor.date_edit, editor.time_edit):
                part.installEventFilter(self._focus)
            return editor
        if spec.kind == "answer":
            editor = AnswerChoice(spec.label)
            editor.set_value(value)
            editor.chosen.connect(lambda v, n=spec.name: self._edited(n, v, now=True))
            for button in editor.buttons.values():
                button.setAccessibleName(f"{title}: {button.accessibleName()}")
            return editor
        if spec.kind == "choice":
            combo: QComboBox = QComboBox()
            # Long choices must not widen the page (no sideways scrolling at large text).
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            for stored, label in spec.choices:
                combo.addItem(label, stored)
            if value and combo.findData(value) < 0:
                combo.addItem(value, value)  # kept as typed in an older case
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.activated.connect(
                lambda _i, n=spec.name, c=combo: self._edited(
                    n, str(c.currentData() or ""), now=True
                )
            )
            combo.setAccessibleName(name)
            return combo
        if spec.kind == "text":
            text: QPlainTextEdit = QPlainTextEdit()
            text.setPlainText(value)
            text.setTabChangesFocus(True)
            text.setMinimumHeight(text.fontMetrics().lineSpacing() * 3 + em_pad(text))
            text.setMaximumHeight(text.fontMetrics().lineSpacing() * 6 + em_pad(text))
            text.textChanged.connect(lambda n=spec.name, t=text: self._edited(n, t.toPlainText()))
            text.setAccessibleName(name)
            text.installEventFilter(self._focus)
            return text
        line = QLineEdit(value)
        line.textEdited.connect(lambda v, n=spec.name: self._edited(n, v))
        line.setAccessibleName(name)
        line.installEventFilter(self._focus)
        return line

    def _choose(self, name: str, combo: QComboBox) -> None:
        self._edited(name, str(combo.currentData() or ""), now=True)

    def _edited(self, name: str, value: str, *, now: bool = False) -> None:
        if getattr(self.record, name) == value:
            return
        setattr(self.record, name, value)
        self._dirty = True
        if self.record.id is None or now:
            self.flush()  # a new record exists in the case from its first letter
        else:
            self._timer.start()
        self._show_fields()
        self.check()
        self.edited.emit()

    def _show_fields(self) -> None:
        for spec in self.specs:
            visible = (
                spec.shown is None
                or spec.shown(self.record)
                or bool(getattr(self.record, spec.name))
            )
            for widget in self._rows[spec.name]:
                widget.setVisible(visible)

    # --- saving ---------------------------------------------------------------------------

    def is_blank(self) -> bool:
        return is_blank(self.record, self.blank)

    def flush(self) -> None:
        self._timer.stop()
        if not self._dirty or not self.vault.is_open:
            return
        if self.record.id is None and self.is_blank():
            self._dirty = False
            return
        try:
            self.vault.save_record(self.record)
        except GuardianError as exc:
            self.failed.emit(error_text(exc))  # the card keeps what was typed
            return
        self._dirty = False

    # --- problems ---------------------------------------------------------------------------

    def problems(self) -> list[tuple[str, QWidget]]:
        out: list[tuple[str, QWidget]] = []
        for spec in self.specs:
            message = self._problem(spec)
            if message:
                out.append((f"{self.title.text()}: {message}", self._focus_target(spec.name)))
        return out

    def _problem(self, spec: Field) -> str:
        value = str(getattr(self.record, spec.name) or "")
        if not value.strip():
            return ""
        if spec.kind == "when" and whenmod.parse(value).kind is whenmod.WhenKind.TEXT:
            return self.tr("{what}: the date could not be read. Type it like 25/10/2025.").format(
                what=spec.label
            )
        return spec.check(value) if spec.check is not None else ""

    def check(self) -> None:
        for spec in self.specs:
            self.errors[spec.name].show_message(self._problem(spec))

    def _focus_target(self, name: str) -> QWidget:
        editor = self.editors[name]
        if isinstance(editor, WhenEdit):
            return editor.date_edit
        if isinstance(editor, AnswerChoice):
            return editor.buttons[next(iter(editor.buttons))]
        return editor

    def first_editor(self) -> QWidget:
        return self._focus_target(self.specs[0].name)


def em_pad(widget: QWidget) -> int:
    return widget.fontMetrics().height() // 2


class RecordList(QWidget, Generic[R]):
    """Cards for the records this page shows, and "Add another"."""

    edited = Signal()
    failed = Signal(str)

    def __init__(
        self, vault: CaseVault, kind: type[R], specs: list[Field], *,
        blank: Callable[[], R], title: Callable[[int], str], add_text: str, remove_text: str,
        belongs: Callable[[R], bool] | None = None, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.vault, self.specs = vault, specs
        self.kind: type[R] = kind
        self._blank: Callable[[], R] = blank
        self._title, self._remove_text = title, remove_text
        self._belongs: Callable[[R], bool] = belongs or (lambda _r: True)
        self.cards: list[RecordCard[R]] = []
        self._cards = QVBoxLayout()
        self._cards.setContentsMargins(0, 0, 0, 0)
        self._cards.setSpacing(self.fontMetrics().height())
        self.add_button = QPushButton(add_text)
        self.add_button.setAccessibleName(add_text.replace("&", ""))
        self.add_button.clicked.connect(self.add_another)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._cards)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)

    @property
    def records(self) -> list[R]:
        """What is in the case (cards with something typed)."""
        return [c.record for c in self.cards if not c.is_blank()]

    def load(self) -> None:
        """Show the case's records again; one empty card when there are none."""
        self.flush()
        for card in self.cards:
            card.hide()
            card.deleteLater()
        self.cards = []
        for record in self.vault.list_records(self.kind):
            if self._belongs(record):
                self._add(record)
        if not self.cards:
            self._add(self._blank())

    def _add(self, record: R) -> RecordCard[R]:
        card: RecordCard[R] = RecordCard(
            self.vault, record, self._blank(), self.specs, self._title(len(self.cards) + 1),
            self._remove_text,
        )  # fmt: skip
        card.edited.connect(self.edited.emit)
        card.failed.connect(self.failed.emit)
        card.remove_requested.connect(self.remove)
        self.cards.append(card)
        self._cards.addWidget(card)
        card.show()  # at once: a visible page would show it only after the event loop ran
        return card

    def add_another(self) -> None:
        self.flush()
        card = self._add(self._blank())
        card.first_editor().setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, card, lambda: _ensure_visible(card))

    def remove(self, card: RecordCard[R]) -> None:
        if not card.is_blank() and not seams.confirm(
            self, self.tr("Remove this one?"),
            self.tr("{title} and everything typed in it will be removed from the case.").format(
                title=card.title.text()
            ),
            self.tr("Remove it"), self.tr("Keep it"),
        ):  # fmt: skip
            return
        card.flush()
        if card.record.id is not None:
            try:
                self.vault.delete_record(self.kind, card.record.id)
            except GuardianError as exc:
                self.failed.emit(error_text(exc))
                return
        self.cards.remove(card)
        card.hide()
        card.deleteLater()
        if not self.cards:
            self._add(self._blank())
        self._renumber()
        self.cards[-1].first_editor().setFocus(Qt.FocusReason.OtherFocusReason)
        self.edited.emit()

    def _renumber(self) -> None:
        for number, card in enumerate(self.cards, 1):
            text = self._title(number)
            card.title.setText(text)
            card.title.setAccessibleName(text)
            card.remove_button.setAccessibleName(f"{self._remove_text}: {text}")

    def flush(self) -> None:
        for card in self.cards:
            card.flush()

    def tidy(self) -> None:
        """Leaving the page: write everything, and remove records left empty."""
        self.flush()
        for card in list(self.cards):
            if card.is_blank() and card.record.id is not None and self.vault.is_open:
                try:
                    self.vault.delete_record(self.kind, card.record.id)
                except GuardianError as exc:
                    self.failed.emit(error_text(exc))
                    continue
                card.record = replace(card.record, id=None)

    def problems(self) -> list[tuple[str, QWidget]]:
        return [p for card in self.cards for p in card.problems()]

    def first_editor(self) -> QWidget:
        return self.cards[0].first_editor() if self.cards else self.add_button


def _ensure_visible(widget: QWidget) -> None:
    from PySide6.QtWidgets import QScrollArea

    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if isinstance(parent, QScrollArea):
        parent.ensureWidgetVisible(widget)
