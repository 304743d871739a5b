"""Discreet mode: a neutral title, task-bar name and icon when on; the real ones when off."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from guardian_desktop.gui.safety.discreet import apply_discreet, is_discreet, neutral_name


def test_neutral_when_on_restored_when_off(qtbot: QtBot) -> None:
    QGuiApplication.setApplicationDisplayName("Guardian Desktop")
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setWindowTitle("Guardian Desktop")
    window.show()

    apply_discreet(window, True)
    assert neutral_name() == "Notes"
    assert is_discreet(window)
    assert window.windowTitle() == "Notes"
    assert QGuiApplication.applicationDisplayName() == "Notes"
    handle = window.windowHandle()
    assert handle is not None and "Guardian" not in handle.title()

    apply_discreet(window, True)  # twice is harmless
    apply_discreet(window, False)
    assert not is_discreet(window)
    assert window.windowTitle() == "Guardian Desktop"
    assert QGuiApplication.applicationDisplayName() == "Guardian Desktop"


def test_a_new_title_set_while_discreet_stays_hidden_until_off(qtbot: QtBot) -> None:
    QGuiApplication.setApplicationDisplayName("Guardian Desktop")
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setWindowTitle("Guardian Desktop")
    apply_discreet(window, True)
    window.setWindowTitle("Guardian Desktop - My case")  # the app changes screens
    assert window.windowTitle() == "Notes"
    apply_discreet(window, False)
    assert window.windowTitle() == "Guardian Desktop - My case"
    assert QGuiApplication.applicationDisplayName() == "Guardian Desktop"


def test_the_icon_is_swapped_and_restored(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    before = window.windowIcon().cacheKey()
    apply_discreet(window, True)
    apply_discreet(window, False)
    assert window.windowIcon().cacheKey() == before
