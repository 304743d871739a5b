"""The evidence step fits: at 1024x640, at the default size, at 200% text and right to left,
in the real main window with the practice case (six screenshots) on disk."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from guardian_desktop.core.settings import Settings
from guardian_desktop.gui.app import GuardianApplication
from guardian_desktop.gui.evidence import EvidenceScreen
from guardian_desktop.gui.main_window import MainWindow

DEFAULT_SIZE = (1100, 760)  # gui/run.py's first window size on a roomy screen


@pytest.fixture
def text_scale(request: pytest.FixtureRequest, qapp: GuardianApplication) -> Iterator[float]:
    scale = float(getattr(request, "param", 1.0))
    font = qapp.font()
    if scale != 1.0:
        big = QFont(font)
        big.setPointSizeF(font.pointSizeF() * scale)
        qapp.setFont(big)
    yield scale
    qapp.setFont(font)


def open_evidence_step(qtbot: QtBot, size: tuple[int, int]) -> tuple[MainWindow, EvidenceScreen]:
    window = MainWindow(practice=True, settings=Settings(quick_exit_explained=True))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    wizard = window.wizard
    assert wizard is not None
    wizard.go_to("evidence")
    screen = wizard.current_page.evidence_screen  # type: ignore[attr-defined]
    assert isinstance(screen, EvidenceScreen)
    qtbot.waitUntil(lambda: screen.item_count() == 6 and screen.list.height() > 0)
    QApplication.processEvents()
    return window, screen


def page_area(screen: EvidenceScreen) -> QScrollArea:
    area = screen.page_scroll_area()
    assert area is not None, "the evidence screen should sit in the page's scroll area"
    return area


def scroll_areas_above(widget: QWidget, top: QWidget) -> list[QAbstractScrollArea]:
    found: list[QAbstractScrollArea] = []
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            found.append(parent)
        parent = parent.parentWidget()
    return found


def layout_problems(window: MainWindow, screen: EvidenceScreen) -> list[str]:
    """Nested scrolling, anything running past the page's right or left edge, buttons and
    one-line labels narrower than their text."""
    problems: list[str] = []
    area = page_area(screen)
    page = area.widget()
    assert page is not None
    viewport = area.viewport()
    if page.width() > viewport.width() or area.horizontalScrollBar().maximum() > 0:
        problems.append(f"the page scrolls sideways ({page.width()} > {viewport.width()})")
    for inner in page.findChildren(QAbstractScrollArea):
        if not inner.isVisible():
            continue
        outer = scroll_areas_above(inner, window)
        if not isinstance(inner, QAbstractItemView) or len(outer) > 1:
            problems.append(f"{type(inner).__name__} scrolls inside {len(outer)} scroll areas")
    for widget in page.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if scroll_areas_above(widget, page):  # inside the list: its own business
            continue
        name = widget.accessibleName() or type(widget).__name__
        rect = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
        if rect.left() < 0 or rect.right() > viewport.width():
            problems.append(f"{name} runs past the edge: {rect} in {viewport.width()}")
        squeezed = widget.width() < widget.minimumSizeHint().width()
        if isinstance(widget, QAbstractButton) and widget.text() and squeezed:
            problems.append(f"button {widget.text()!r} is squeezed")
        if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap() and squeezed:
            problems.append(f"label {widget.text()!r} is cut off")
    return problems


def reachable(area: QScrollArea, widget: QWidget) -> bool:
    """Scrolled to (its top at the top of the view, as far as the page goes), the widget
    is wholly inside the page's viewport."""
    bar = area.verticalScrollBar()
    page = area.widget()
    assert page is not None
    bar.setValue(min(bar.maximum(), widget.mapTo(page, QPoint(0, 0)).y()))
    QApplication.processEvents()
    rect = QRect(widget.mapTo(area.viewport(), QPoint(0, 0)), widget.size())
    inside = area.viewport().rect().contains(rect)
    if not inside:
        print(widget.accessibleName(), rect, "not inside", area.viewport().rect())
    return inside


CASES = [
    pytest.param((1024, 640), 1.0, 3, id="1024x640"),
    pytest.param(DEFAULT_SIZE, 1.0, 3, id="default-size"),
    pytest.param((1024, 640), 2.0, 2, id="1024x640-200%-text"),
    pytest.param(DEFAULT_SIZE, 2.0, 2, id="default-size-200%-text"),
    pytest.param((1600, 900), 1.0, 3, id="wide"),
]


@pytest.mark.parametrize(("size", "text_scale", "rows"), CASES, indirect=["text_scale"])
def test_the_step_fits_with_one_scroll_area_and_nothing_clipped(
    qtbot: QtBot, size: tuple[int, int], text_scale: float, rows: int
) -> None:
    window, screen = open_evidence_step(qtbot, size)
    area = page_area(screen)
    # The list and the details side by side only where there is room for both.
    assert screen.side_by_side == (size[0] >= 1600)
    assert not layout_problems(window, screen), layout_problems(window, screen)
    # Several screenshots in view at once, and the whole list fits the page's view.
    assert reachable(area, screen.list)
    assert screen.list.rows_in_view() >= rows
    # Every part of the chosen screenshot's details can be scrolled to, whole.
    screen.list.setCurrentIndex(screen.model.index(2))
    details = screen.details
    parts: list[QWidget] = [
        details.heading, details.show_box, details.view_button, details.redact_button,
        details.remove_button, details.description, details.platform, details.when,
        details.file_name, details.hash_original, details.hash_covered,
        # The when-field's own buttons are there, whole, not cut off at the edge.
        details.when.pick, details.when.now_button, details.when.unknown_time,
    ]  # fmt: skip
    for part in parts:
        assert reachable(area, part), part.accessibleName() or type(part).__name__
    assert not layout_problems(window, screen), layout_problems(window, screen)
    window.close()


def test_right_to_left_fits_too(qtbot: QtBot, qapp: GuardianApplication) -> None:
    assert qapp.set_language("ar") == "ar"
    try:
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        window, screen = open_evidence_step(qtbot, (1024, 640))
        assert not layout_problems(window, screen), layout_problems(window, screen)
        assert reachable(page_area(screen), screen.list)
        assert screen.list.rows_in_view() >= 3
        window.close()
    finally:
        qapp.set_language("en")


def test_the_checker_sees_a_clipped_button(qtbot: QtBot) -> None:
    """The layout check itself: a button pushed past the right edge is reported."""
    window, screen = open_evidence_step(qtbot, (1024, 640))
    area = page_area(screen)
    assert not layout_problems(window, screen)
    screen.add_button.setMinimumWidth(area.viewport().width() * 2)
    QApplication.processEvents()
    assert any("edge" in p or "sideways" in p for p in layout_problems(window, screen))
    window.close()


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Alt+letter keys of every visible button and label with a buddy."""
    keys: dict[str, list[str]] = {}
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            text = widget.text()
            for letter in re.findall(r"(?<!&)&([^&\s])", text.replace("&&", "")):
                keys.setdefault(letter.lower(), []).append(text)
    return keys


def test_no_key_is_used_twice_on_the_step(qtbot: QtBot) -> None:
    window, screen = open_evidence_step(qtbot, (1024, 640))
    screen.list.setCurrentIndex(screen.model.index(0))
    screen.reminder.set_expanded(True)
    QApplication.processEvents()
    keys = mnemonics(window)
    twice = {k: v for k, v in keys.items() if len(v) > 1}
    assert not twice, twice
    assert {"a", "o", "p", "s", "w", "d", "m"} <= set(keys)
    # Alt+N and Alt+B stay the wizard's (Next and Back), whatever letters it uses now.
    assert not {"n", "b"} & set(mnemonics(screen))
    window.close()
