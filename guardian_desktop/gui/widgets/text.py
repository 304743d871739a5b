"""Labels that wrap and scale with the app font (no fixed sizes), and a scrolling page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QLayout, QScrollArea, QVBoxLayout, QWidget

DANGER_COLOUR = "#b3261e"  # red is kept for danger only (999)
DANGER_COLOUR_ON_DARK = "#ff8a80"  # the same red, readable on a dark or high-contrast theme


def danger_colour() -> str:
    """The danger red that keeps its contrast with the system's own colours (dark and
    high-contrast themes included): the app never replaces the system palette."""
    from PySide6.QtGui import QGuiApplication, QPalette

    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return DANGER_COLOUR_ON_DARK if window.lightness() < 128 else DANGER_COLOUR


def body_label(text: str, parent: QWidget | None = None, *, selectable: bool = True) -> QLabel:
    """A wrapping plain-text label; guidance is never cut off."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def heading_label(text: str, level: int = 1, parent: QWidget | None = None) -> QLabel:
    """A bold heading sized relative to the body font, so it grows with text size."""
    label = body_label(text, parent, selectable=False)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * {1: 1.6, 2: 1.3}.get(level, 1.1))
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def scrolling(inner: QWidget) -> QScrollArea:
    """Wrap a widget so it scrolls vertically and never scrolls sideways."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(inner)
    return area


def column(spacing_em: float = 0.8) -> tuple[QWidget, QVBoxLayout]:
    """A plain widget with a vertical layout whose spacing follows the font size."""
    widget = QWidget()
    layout = QVBoxLayout(widget)
    em = widget.fontMetrics().height()
    layout.setSpacing(int(em * spacing_em))
    return widget, layout


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget in a layout (to rebuild a section)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()


def form_label(text: str, buddy: QWidget) -> QLabel:
    """A form label that wraps (QFormLayout's own labels do not) and keeps its mnemonic."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setBuddy(buddy)
    return label
