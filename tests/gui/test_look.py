"""The app-wide look: a strong keyboard focus on every kind of control and a Quick exit
button unlike any other, on light and dark themes (checked in the pixels drawn)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from guardian_desktop.gui.app import (
    FOCUS_DARK,
    FOCUS_WIDTH_PX,
    FOCUS_YELLOW,
    QUICK_EXIT_RED,
    QUICK_EXIT_TEXT,
    GuardianApplication,
    app_style_sheet,
    focus_colour,
)
from guardian_desktop.gui.main_window import MainWindow
from guardian_desktop.gui.widgets.choice import WrapChoice


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours."""

    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())

    la, lb = sorted((lum(QColor(a)), lum(QColor(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def dark_palette(base: QPalette) -> QPalette:
    dark = QPalette(base)
    for role, colour in (
        (QPalette.ColorRole.Window, "#202020"),
        (QPalette.ColorRole.WindowText, "#eeeeee"),
        (QPalette.ColorRole.Base, "#121212"),
        (QPalette.ColorRole.Text, "#eeeeee"),
        (QPalette.ColorRole.Button, "#303030"),
        (QPalette.ColorRole.ButtonText, "#eeeeee"),
    ):
        dark.setColor(role, QColor(colour))
    return dark


@pytest.fixture(params=["light", "dark"])
def theme(request: pytest.FixtureRequest, qapp: GuardianApplication, qtbot: QtBot) -> Iterator[str]:
    original = qapp.palette()

    def styled() -> bool:
        return qapp.styleSheet() == app_style_sheet(qapp.palette())

    if request.param == "dark":
        qapp.setPalette(dark_palette(original))  # the app follows a theme change
        qtbot.waitUntil(styled)
    try:
        yield request.param
    finally:
        qapp.setPalette(original)
        qtbot.waitUntil(styled)


def left_edge(image: QImage, width: int) -> set[str]:
    """The colours of the first `width` columns, half-way down."""
    y = image.height() // 2
    return {image.pixelColor(x, y).name() for x in range(width)}


def grab_focused(qtbot: QtBot, widget: QWidget) -> QImage:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    return widget.grab().toImage()


def test_focus_is_a_thick_outline_on_every_kind_of_control(
    qtbot: QtBot, qapp: GuardianApplication, theme: str
) -> None:
    outline = focus_colour(qapp.palette())
    assert outline == (FOCUS_YELLOW if theme == "dark" else FOCUS_DARK)
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    button = QPushButton("A button")
    edit = QLineEdit("typed")
    check = WrapChoice("A tick box")
    radio = WrapChoice("A choice", radio=True)
    listing = QListWidget()
    listing.addItems(["one", "two"])
    combo = QComboBox()
    combo.addItems(["one"])
    for widget in (button, edit, check, radio, listing, combo):
        layout.addWidget(widget)
    root.show()
    qtbot.waitExposed(root)
    # Buttons: GOV.UK's yellow fill inside a dark 3 px edge.
    image = grab_focused(qtbot, button)
    assert left_edge(image, FOCUS_WIDTH_PX) == {FOCUS_DARK}
    assert image.pixelColor(image.width() // 8, image.height() // 2).name() == FOCUS_YELLOW
    # Fields, lists, tick boxes and choices: a 3 px outline in the focus colour.
    controls: tuple[QWidget, ...] = (edit, check.button, radio.button, listing, combo)
    for control in controls:
        unfocused = control.grab().toImage() if not control.hasFocus() else None
        image = grab_focused(qtbot, control)
        assert left_edge(image, FOCUS_WIDTH_PX) == {outline}, type(control).__name__
        if unfocused is not None:
            assert left_edge(unfocused, FOCUS_WIDTH_PX) != {outline}, type(control).__name__
        # The outline stands out from the window behind it (WCAG 3:1 for focus).
        window = qapp.palette().color(QPalette.ColorRole.Window).name()
        assert contrast(outline, window) >= 3


def test_quick_exit_looks_unlike_settings_on_every_screen(
    qtbot: QtBot, qapp: GuardianApplication, theme: str
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    assert contrast(QUICK_EXIT_RED, QUICK_EXIT_TEXT) >= 4.5
    for show in (
        lambda: None,
        window.show_help,
        window.show_under_18,
        lambda: window.show_new_case(),
        lambda: window.start_practice("adult"),
    ):
        show()
        button = window.quick_exit_button
        assert button.isVisible()
        # Away from the focus, so its own look shows: red, with white words.
        window.settings_button.setFocus()
        qtbot.waitUntil(window.settings_button.hasFocus)
        image = button.grab().toImage()
        colours = {
            image.pixelColor(x, y).name()
            for x in range(0, image.width(), 2)
            for y in range(0, image.height(), 2)
        }
        assert QUICK_EXIT_RED in colours and QUICK_EXIT_TEXT in colours
        settings_image = window.settings_button.grab().toImage()
        settings_colours = {
            settings_image.pixelColor(x, settings_image.height() // 2).name()
            for x in range(settings_image.width())
        }
        assert QUICK_EXIT_RED not in settings_colours
        # At the top right of the window, above everything else.
        top_right = button.mapTo(window, button.rect().topRight())
        assert top_right.x() > window.width() * 0.8 and top_right.y() < window.height() * 0.15
    window.close()
