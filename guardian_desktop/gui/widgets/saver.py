"""Save form fields into the case as they are typed: debounced, and at once on focus-out."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from guardian_desktop.core.answers import LEGACY_PROGRESS_KEYS
from guardian_desktop.core.errors import GuardianError
from guardian_desktop.core.vault import CaseVault

from ..errors import error_text

DEBOUNCE_MS = 300


class ProgressSaver(QObject):
    """Collects changed values and writes them with vault.set_progress after a pause."""

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
        target = LEGACY_PROGRESS_KEYS.get(key)
        if target is not None:
            kind, name = target
            value = getattr(self.vault.answers().get(kind), name)
            return value if value != "" else default
        return self.vault.get_progress(key, default)

    def flush(self) -> None:
        self._timer.stop()
        if not self._pending or not self.vault.is_open:
            return
        pending, self._pending = self._pending, {}
        try:
            for key, value in pending.items():
                target = LEGACY_PROGRESS_KEYS.get(key)
                if target is None:
                    self.vault.set_progress(key, value)
                    continue
                kind, name = target
                section = self.vault.answers().get(kind)
                data = json.loads(section.to_json())
                data[name] = value
                self.vault.save_answers(kind.from_dict(data))
        except GuardianError as exc:
            self._pending = {**pending, **self._pending}
            self.failed.emit(error_text(exc))

    # --- binding widgets -----------------------------------------------------------------

    def bind_line(self, key: str, edit: QLineEdit) -> None:
        edit.setText(str(self.get(key, "") or ""))
        edit.textEdited.connect(lambda text: self.set(key, text))
        self._flush_on_focus_out(edit)

    def bind_text(self, key: str, edit: QPlainTextEdit) -> None:
        edit.setPlainText(str(self.get(key, "") or ""))
        edit.textChanged.connect(lambda: self.set(key, edit.toPlainText()))
        self._flush_on_focus_out(edit)

    def bind_check(
        self, key: str, box: QCheckBox | Any, on_change: Callable[[bool], None] | None = None
    ) -> None:
        box.setChecked(bool(self.get(key, False)))

        def changed(checked: bool) -> None:
            self.set_now(key, checked)
            if on_change:
                on_change(checked)

        box.toggled.connect(changed)

    def _flush_on_focus_out(self, widget: QWidget) -> None:
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False
