"""Every screen fits a 1024x640 window at 100% and 200% text: the window is not forced
wider, and no page is wider than the area that shows it (nothing cut off at the right,
no sideways scrolling). The interview and the evidence step have their own, finer tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from guardian_desktop.core.settings import Settings
from guardian_desktop.gui.app import GuardianApplication
from guardian_desktop.gui.main_window import MainWindow

STEPS = ("safe", "stop_contact", "platform", "report", "support")


@pytest.fixture(params=[1.0, 2.0], ids=["text-100", "text-200"])
def scale(request: pytest.FixtureRequest, qapp: GuardianApplication) -> Iterator[float]:
    font = qapp.font()
    big = QFont(font)
    big.setPointSizeF(font.pointSizeF() * request.param)
    qapp.setFont(big)
    yield float(request.param)
    qapp.setFont(font)


def too_wide(window: MainWindow) -> list[str]:
    problems = []
    if window.width() > 1024:
        problems.append(f"the window was forced to {window.width()} px wide")
    for area in window.findChildren(QScrollArea):
        inner = area.widget()
        if inner is None or not area.isVisible():
            continue
        if area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOn:
            continue
        need = inner.minimumSizeHint().width()
        if need > area.viewport().width() + 1:
            problems.append(f"{type(area.parent()).__name__}: needs {need} px, shows "
                            f"{area.viewport().width()} px")  # fmt: skip
    return problems


def show(qtbot: QtBot, practice: bool) -> MainWindow:
    window = MainWindow(practice=practice, settings=Settings(quick_exit_explained=True))
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_check_sees_a_page_that_is_too_wide(qtbot: QtBot) -> None:
    window = show(qtbot, practice=True)
    assert window.wizard is not None
    window.wizard.go_to("report")
    page = window.wizard.current_page
    page.body.itemAt(0).widget().setMinimumWidth(3000)  # type: ignore[attr-defined,union-attr]
    QApplication.processEvents()
    assert too_wide(window)
    window.close()


@pytest.mark.parametrize("screen", ["start", "help", "under_18", "new_case"])
def test_start_screens_fit(qtbot: QtBot, scale: float, screen: str) -> None:
    window = show(qtbot, practice=False)
    if screen != "start":
        getattr(window, f"show_{screen}")()
    QApplication.processEvents()
    window.resize(1024, 640)
    QApplication.processEvents()
    assert not too_wide(window), too_wide(window)
    window.close()


@pytest.mark.parametrize("step", STEPS)
def test_wizard_steps_fit(qtbot: QtBot, scale: float, step: str) -> None:
    window = show(qtbot, practice=True)
    assert window.wizard is not None
    window.wizard.go_to(step)
    QApplication.processEvents()
    window.resize(1024, 640)
    QApplication.processEvents()
    assert not too_wide(window), too_wide(window)
    window.close()
