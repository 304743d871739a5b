"""The date-time editor: typed, picked, now, time not known, free text kept, suggestions."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from guardian_desktop.core import when
from guardian_desktop.gui.widgets.when_edit import WhenEdit


def make(qtbot: QtBot) -> tuple[WhenEdit, list[str]]:
    edit = WhenEdit("When it happened")
    qtbot.addWidget(edit)
    seen: list[str] = []
    edit.changed.connect(seen.append)
    return edit, seen


def test_typing_a_uk_date_and_time_stores_iso_with_offset(qtbot: QtBot) -> None:
    edit, seen = make(qtbot)
    qtbot.keyClicks(edit.date_edit, "25/10/2025")
    assert edit.value() == "2025-10-25"  # a date alone: time not known
    qtbot.keyClicks(edit.time_edit, "22:47")
    parsed = when.parse(edit.value())
    assert parsed.kind is when.WhenKind.DATETIME
    assert parsed.moment is not None and (parsed.moment.hour, parsed.moment.minute) == (22, 47)
    assert seen[-1] == edit.value()  # every keystroke saves
    assert "22:47" in edit.read_back.text()


def test_time_not_known_keeps_the_date_only(qtbot: QtBot) -> None:
    edit, _seen = make(qtbot)
    edit.set_value("2025-03-06T01:28:00+00:00")
    assert edit.date_edit.text() == "06/03/2025" and edit.time_edit.text() == "01:28"
    edit.unknown_time.setChecked(True)
    assert edit.value() == "2025-03-06" and not edit.time_edit.isEnabled()


def test_unreadable_text_is_kept_and_said_so(qtbot: QtBot) -> None:
    edit, _seen = make(qtbot)
    qtbot.keyClicks(edit.date_edit, "the night of the party")
    assert edit.value() == "the night of the party"
    assert "kept as you typed" in edit.read_back.text()
    edit.set_value("a week ago")  # an old free-text value shows as text
    assert edit.date_edit.text() == "a week ago"


def test_now_and_calendar(qtbot: QtBot) -> None:
    edit, seen = make(qtbot)
    qtbot.mouseClick(edit.now_button, Qt.MouseButton.LeftButton)
    assert when.parse(edit.value()).kind is when.WhenKind.DATETIME and seen
    edit.unknown_time.setChecked(True)
    edit._picked(QDate(2024, 2, 29))
    assert edit.value() == "2024-02-29"


def test_suggestion_is_confirmed_with_one_key(qtbot: QtBot) -> None:
    edit, _seen = make(qtbot)
    edit.show()
    suggested = when.from_file_name("Screenshot_20250306-012800_Instagram.jpg")
    edit.set_suggestion(suggested, "the file name")
    assert edit.suggestion.isVisible()
    edit.use_suggestion.setFocus()
    qtbot.keyClick(edit.use_suggestion, Qt.Key.Key_Space)
    assert edit.value() == suggested and not edit.suggestion.isVisible()


def test_a_date_alone_comes_back_without_claiming_the_time_is_not_known(qtbot: QtBot) -> None:
    edit, _seen = make(qtbot)
    qtbot.keyClicks(edit.date_edit, "25/10/2025")
    again, _seen = make(qtbot)
    again.set_value(edit.value())
    assert again.value() == "2025-10-25"
    assert not again.unknown_time.isChecked() and again.time_edit.isEnabled()
    qtbot.keyClicks(again.time_edit, "22:47")  # the time can still be added
    assert when.parse(again.value()).kind is when.WhenKind.DATETIME
