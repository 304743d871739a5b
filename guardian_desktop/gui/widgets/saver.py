"""Save what is typed into the case as it is typed: debounced, at once on focus-out.

`AnswersSaver` owns the interview's typed answers (core.answers sections); `ProgressSaver`
keeps only the wizard's own state (the step shown, ticks on checklists).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QWidget

from guardian_desktop.core.answers import CaseAnswers, Section
from guardian_desktop.core.errors import GuardianError
from guardian_desktop.core.vault import CaseVault

from ..errors import error_text

DEBOUNCE_MS = 300
S = TypeVar("S", bound=Section)


class _FlushOnFocusOut(QObject):
    """An event filter that writes at once when a watched field loses the focus."""

    def __init__(self, flush: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._flush = flush

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusOut:
            self._flush()
        return False


class AnswersSaver(QObject):
    """The case's answers, changed field by field and written a moment after typing stops.

    `current` is what the screens show and edit; a section that was changed is written
    whole with vault.save_answers. A failed write keeps the change pending (and says so)."""

    failed = Signal(str)  # a plain message; what was typed stays on screen and pending
    edited = Signal()  # an answer changed (branches and marks may follow)

    def __init__(self, vault: CaseVault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.current: CaseAnswers = vault.answers() if vault.is_open else CaseAnswers()
        self._dirty: dict[str, Section] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self._focus = _FlushOnFocusOut(self.flush, self)

    def section(self, kind: type[S]) -> S:
        return self.current.get(kind)

    def set(self, kind: type[Section], name: str, value: Any, *, now: bool = False) -> None:
        section = self.current.get(kind)
        if getattr(section, name) == value:
            return
        setattr(section, name, value)
        self._dirty[kind.section] = section
        self.edited.emit()
        if now:
            self.flush()
        else:
            self._timer.start()

    @property
    def pending(self) -> bool:
        return bool(self._dirty)

    def flush(self) -> None:
        self._timer.stop()
        if not self._dirty or not self.vault.is_open:
            return
        for name, section in list(self._dirty.items()):
            try:
                self.vault.save_answers(section)
            except GuardianError as exc:
                self.failed.emit(error_text(exc))
                return
            self._dirty.pop(name, None)

    def reload(self) -> None:
        """Read the case again (when nothing is waiting to be written)."""
        if not self._dirty and self.vault.is_open:
            self.current = self.vault.answers()

    def watch(self, widget: QWidget) -> None:
        """Write at once when `widget` loses the keyboard focus."""
        widget.installEventFilter(self._focus)


class ProgressSaver(QObject):
    """The wizard's navigation state and checklist ticks, written with vault.set_progress.

    Narrative answers are not kept here: they are typed sections (AnswersSaver)."""

    failed = Signal(str)  # a plain message; what was typed stays in the fields

    def __init__(self, vault: CaseVault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self._pending: dict[str, Any] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)

    def set(self, key: str, value: Any) -> None:
        self._pending[key] = value
        self._timer.start()

    def set_now(self, key: str, value: Any) -> None:
        self._pending[key] = value
        self.flush()

    def get(self, key: str, default: Any = None) -> Any:
        if key in self._pending:
            return self._pending[key]
        return self.vault.get_progress(key, default)

    def flush(self) -> None:
        self._timer.stop()
        if not self._pending or not self.vault.is_open:
            return
        pending, self._pending = self._pending, {}
        try:
            for key, value in pending.items():
                self.vault.set_progress(key, value)
        except GuardianError as exc:
            self._pending = {**pending, **self._pending}
            self.failed.emit(error_text(exc))

    def bind_check(
        self, key: str, box: QCheckBox | Any, on_change: Callable[[bool], None] | None = None
    ) -> None:
        box.setChecked(bool(self.get(key, False)))

        def changed(checked: bool) -> None:
            self.set_now(key, checked)
            if on_change:
                on_change(checked)

        box.toggled.connect(changed)
