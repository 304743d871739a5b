"""A date and time that can be typed or picked: calendar, "now", "time not known".

The value is a core.when string (ISO 8601 with this computer's UTC offset, a date only, or
free text kept as typed). `changed` fires on every edit, so callers save as it is typed.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from guardian_desktop.core import when as whenmod

from .flow import FlowLayout


class WhenEdit(QWidget):
    changed = Signal(str)  # the stored value

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._what = what
        self._setting = False
        self.date_edit = QLineEdit(self)
        self.date_edit.setPlaceholderText(self.tr("day/month/year"))
        self.date_edit.setAccessibleName(self.tr("{what}: date, day/month/year").format(what=what))
        self.date_edit.setAccessibleDescription(
            self.tr("Type the date, for example 25/10/2025, or press Alt+Down for a calendar.")
        )
        self.date_edit.installEventFilter(self)
        self.time_edit = QLineEdit(self)
        self.time_edit.setPlaceholderText(self.tr("hh:mm"))
        self.time_edit.setAccessibleName(
            self.tr("{what}: time, hours and minutes").format(what=what)
        )
        em = self.fontMetrics().horizontalAdvance("0")
        self.date_edit.setMinimumWidth(em * 12)
        self.time_edit.setMinimumWidth(em * 7)
        self.time_edit.setMaximumWidth(em * 10)

        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.setAccessibleName(self.tr("Calendar"))
        self.calendar.setMaximumDate(QDate.currentDate().addDays(1))
        self.calendar.activated.connect(self._picked)
        self.calendar.clicked.connect(self._picked)
        self._menu = QMenu(self)
        action = QWidgetAction(self._menu)
        action.setDefaultWidget(self.calendar)
        self._menu.addAction(action)
        self.pick = QToolButton(self)
        self.pick.setText(self.tr("Calendar"))
        self.pick.setAccessibleName(
            self.tr("{what}: pick the date from a calendar").format(what=what)
        )
        self.pick.clicked.connect(self.open_calendar)

        self.now_button = QPushButton(self.tr("Now"), self)
        self.now_button.setAccessibleName(self.tr("{what}: set to now").format(what=what))
        self.now_button.clicked.connect(self.set_now)
        self.unknown_time = QCheckBox(self.tr("Time not known"), self)
        self.unknown_time.setAccessibleName(
            self.tr("{what}: time not known, date only").format(what=what)
        )
        self.unknown_time.toggled.connect(self._unknown_toggled)

        self.read_back = QLabel(self)
        self.read_back.setWordWrap(True)
        self.read_back.setTextFormat(Qt.TextFormat.PlainText)
        self.read_back.setAccessibleName(self.tr("{what}: how it is saved").format(what=what))

        self.suggestion = QWidget(self)
        self.suggestion_text = QLabel(self.suggestion)
        self.suggestion_text.setWordWrap(True)
        self.suggestion_text.setTextFormat(Qt.TextFormat.PlainText)
        self.use_suggestion = QPushButton(self.tr("Use this"), self.suggestion)
        self.use_suggestion.setAccessibleName(
            self.tr("{what}: use the suggested time").format(what=what)
        )
        self.use_suggestion.clicked.connect(self.accept_suggestion)
        srow = QHBoxLayout(self.suggestion)
        srow.setContentsMargins(0, 0, 0, 0)
        srow.addWidget(self.suggestion_text, 1)
        srow.addWidget(self.use_suggestion)
        self.suggestion.hide()
        self._suggested = ""

        row = FlowLayout()
        for widget in (
            self.date_edit,
            self.pick,
            self.time_edit,
            self.now_button,
            self.unknown_time,
        ):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.read_back)
        layout.addWidget(self.suggestion)
        self.setFocusProxy(self.date_edit)
        self.date_edit.textEdited.connect(self._edited)
        self.time_edit.textEdited.connect(self._edited)
        self._value = ""
        self._show_read_back()

    # --- value ----------------------------------------------------------------------------

    def value(self) -> str:
        return self._value

    def set_value(self, stored: str) -> None:
        """Show a stored value without emitting `changed`."""
        self._setting = True
        try:
            parsed = whenmod.parse(stored)
            self._value = parsed.raw
            if parsed.moment is not None:
                self.date_edit.setText(f"{parsed.moment:%d/%m/%Y}")
                self.time_edit.setText(f"{parsed.moment:%H:%M}")
                self.unknown_time.setChecked(False)
            elif parsed.day is not None:
                # A date alone: the time box stays open and unticked (an empty time
                # already means the time is not known; the box never claims more).
                self.date_edit.setText(f"{parsed.day:%d/%m/%Y}")
                self.time_edit.clear()
                self.unknown_time.setChecked(False)
            else:
                self.date_edit.setText(parsed.raw)  # free text, kept as typed
                self.time_edit.clear()
                self.unknown_time.setChecked(False)
            self.time_edit.setEnabled(not self.unknown_time.isChecked())
        finally:
            self._setting = False
        self._show_read_back()

    def _compose(self) -> str:
        day_text = self.date_edit.text().strip()
        time_text = self.time_edit.text().strip()
        if not day_text:
            return ""
        if self.unknown_time.isChecked() or not time_text:
            stored = whenmod.read_text(day_text)
            parsed = whenmod.parse(stored)
            if parsed.day is not None:
                return whenmod.store_date(parsed.day)
            return day_text  # kept as typed
        stored = whenmod.read_text(f"{day_text} {time_text}")
        if stored is not None and whenmod.parse(stored).moment is not None:
            return stored
        return f"{day_text} {time_text}"  # kept as typed

    def _edited(self) -> None:
        if self._setting:
            return
        self._value = self._compose()
        self._show_read_back()
        self.changed.emit(self._value)

    def set_now(self) -> None:
        moment = datetime.now().replace(second=0, microsecond=0)
        self.set_value(whenmod.store_datetime(moment))
        self.changed.emit(self._value)

    def clear(self) -> None:
        self.set_value("")
        self.changed.emit("")

    def _unknown_toggled(self, checked: bool) -> None:
        self.time_edit.setEnabled(not checked)
        if checked:
            self.time_edit.clear()
        self._edited()

    # --- calendar -----------------------------------------------------------------------

    def open_calendar(self) -> None:
        parsed = whenmod.parse(self._value)
        if parsed.day is not None:
            self.calendar.setSelectedDate(QDate(parsed.day.year, parsed.day.month, parsed.day.day))
        self._menu.popup(self.pick.mapToGlobal(self.pick.rect().bottomLeft()))
        self.calendar.setFocus()

    def _picked(self, qdate: QDate) -> None:
        self._menu.hide()
        self.date_edit.setText(f"{qdate.day():02d}/{qdate.month():02d}/{qdate.year()}")
        self._edited()
        self.time_edit.setFocus() if self.time_edit.isEnabled() else self.date_edit.setFocus()

    def eventFilter(self, watched: object, event: object) -> bool:  # noqa: N802
        if (
            watched is self.date_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            self.open_calendar()
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    # --- suggestions (file name, file time) -----------------------------------------------

    def set_suggestion(self, stored: str | None, reason: str) -> None:
        """Offer a value to confirm with one key; hidden when there is none or it is set."""
        self._suggested = stored or ""
        if not stored or stored == self._value:
            self.suggestion.hide()
            return
        self.suggestion_text.setText(
            self.tr("Suggested from {reason}: {when}").format(
                reason=reason, when=self.describe(stored)
            )
        )
        self.suggestion.show()

    def accept_suggestion(self) -> None:
        if self._suggested:
            self.set_value(self._suggested)
            self.changed.emit(self._value)
        self.suggestion.hide()

    # --- reading back ---------------------------------------------------------------------

    def describe(self, stored: str) -> str:
        parsed = whenmod.parse(stored)
        if parsed.moment is not None:
            text = f"{long_date(parsed.moment)}, {parsed.moment:%H:%M}"
            if parsed.moment.utcoffset() is None:
                return text + " " + self.tr("(time zone not recorded)")
            return f"{text} ({whenmod.offset_text(parsed.moment)})"
        if parsed.day is not None:
            return self.tr("{day}, time not known").format(day=long_date(parsed.day))
        return parsed.raw

    def _show_read_back(self) -> None:
        parsed = whenmod.parse(self._value)
        if parsed.kind is whenmod.WhenKind.EMPTY:
            self.read_back.setText(self.tr("Not given yet."))
        elif parsed.kind is whenmod.WhenKind.TEXT:
            self.read_back.setText(
                self.tr(
                    "This could not be read as a date, so it is kept as you typed it. "
                    "Type it like 25/10/2025 if you can."
                )
            )
        else:
            self.read_back.setText(
                self.tr("Saved as: {when}").format(when=self.describe(self._value))
            )


def long_date(day: date) -> str:
    """'25 October 2025' in the reader's language (Qt's own month names)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
