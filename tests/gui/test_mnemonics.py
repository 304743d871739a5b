"""No Alt+letter key is used twice on any one screen: the start screens and every wizard
step in the real main window (the top bar, Back, Next and Close included)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from guardian_desktop.core.settings import Settings
from guardian_desktop.gui.main_window import MainWindow

MNEMONIC = re.compile(r"&([^&\s])")
STEPS = ("safe", "stop_contact", "evidence", "platform", "report", "support")


def alt_keys(window: QWidget) -> dict[str, list[str]]:
    """Each visible button's and buddied label's Alt key, with the texts that use it."""
    keys: dict[str, list[str]] = {}
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            text = widget.text()
            found = MNEMONIC.search(text.replace("&&", ""))
            if found:
                keys.setdefault(found.group(1).lower(), []).append(text)
    return keys


def twice(window: QWidget) -> dict[str, list[str]]:
    return {k: v for k, v in alt_keys(window).items() if len(v) > 1}


def make_window(qtbot: QtBot, *, practice: bool) -> MainWindow:
    window = MainWindow(practice=practice, settings=Settings(quick_exit_explained=True))
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_checker_finds_a_key_used_twice(qtbot: QtBot) -> None:
    window = make_window(qtbot, practice=False)
    from PySide6.QtWidgets import QPushButton

    extra = QPushButton("&Help twice", window.centralWidget())
    extra.show()
    QApplication.processEvents()
    assert "h" in twice(window)
    window.close()


@pytest.mark.parametrize("screen", ["start", "help", "under_18", "new_case"])
def test_start_screens(qtbot: QtBot, screen: str) -> None:
    window = make_window(qtbot, practice=False)
    if screen == "help":
        window.show_help()
    elif screen == "under_18":
        window.show_under_18()
    elif screen == "new_case":
        window.show_new_case()
    QApplication.processEvents()
    assert alt_keys(window), "the checker should see the screen's keys"
    assert not twice(window), twice(window)
    window.close()


@pytest.mark.parametrize("step", STEPS)
def test_every_wizard_step(qtbot: QtBot, step: str) -> None:
    window = make_window(qtbot, practice=True)
    wizard = window.wizard
    assert wizard is not None
    wizard.go_to(step)
    QApplication.processEvents()
    keys = alt_keys(window)
    assert {"b", "n"} <= set(keys) or step == "safe"  # Back and Next are seen
    assert not twice(window), twice(window)
    window.close()
