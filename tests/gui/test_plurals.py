"""Counts read naturally through Qt's %n plural forms: "1 minute", "13 minutes"."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from guardian_desktop.core.settings import Settings
from guardian_desktop.gui.app import GuardianApplication
from guardian_desktop.gui.evidence.summary import BatchSummary
from guardian_desktop.gui.preferences import PreferencesDialog


def test_auto_lock_minutes_take_the_right_form(qtbot: QtBot) -> None:
    dialog = PreferencesDialog(Settings(), case_open=False)
    qtbot.addWidget(dialog)
    dialog.auto_lock.setValue(1)
    assert dialog.auto_lock.text() == "1 minute"
    dialog.auto_lock.setValue(13)
    assert dialog.auto_lock.text() == "13 minutes"


def test_plural_forms_follow_the_language(qtbot: QtBot, qapp: GuardianApplication) -> None:
    english = BatchSummary.tr("%n screenshot(s) added.", "", 1)
    assert english == "1 screenshot added."
    assert BatchSummary.tr("%n screenshot(s) added.", "", 5) == "5 screenshots added."
    try:
        qapp.set_language("pl")
        forms = {BatchSummary.tr("%n screenshot(s) added.", "", n) for n in (1, 3, 5)}
        # Polish has three forms (1, 2-4, 5+); none falls back to the English source.
        assert len(forms) == 3 and not any("(s)" in f for f in forms), forms
    finally:
        qapp.set_language("en")
