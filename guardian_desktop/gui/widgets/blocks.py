"""Show guidance blocks, each kind looking different (tick, cross, framed warning...)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from guardian_desktop.core.guidance import Block

from .choice import WrapChoice
from .text import body_label, danger_colour, heading_label

_EMERGENCY = re.compile(r"\b(999|112|911)\b")


def is_danger(text: str) -> bool:
    """Emergency numbers are the one thing shown in red."""
    return bool(_EMERGENCY.search(text))


class _MarkedLine(QWidget):
    """A sign (tick, cross, phone, arrow) in its own column, then the wrapping text."""

    def __init__(self, sign: str, sign_name: str, text: str, *, bold: bool = False) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        mark = QLabel(sign)
        mark.setAccessibleName(sign_name)
        font = QFont(mark.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        mark.setFont(font)
        layout.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        self.label = body_label(text)
        if bold:
            f = QFont(self.label.font())
            f.setBold(True)
            self.label.setFont(f)
        self.label.setAccessibleName(f"{sign_name}: {text}")
        layout.addWidget(self.label, 1)


class BlockView(QWidget):
    """All blocks of a step. Checklist items become check boxes in `checks` (by id)."""

    def __init__(self, blocks: list[Block], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checks: dict[str, WrapChoice] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(int(self.fontMetrics().height() * 0.7))
        for block in blocks:
            layout.addWidget(self._make(block))

    def _make(self, block: Block) -> QWidget:
        kind, text = block.kind, block.text
        if kind == "heading":
            return heading_label(text, 2)
        if kind == "do":
            return _MarkedLine("\u2714", self.tr("Do"), text)
        if kind == "dont":
            return _MarkedLine("\u2718", self.tr("Do not"), text)
        if kind == "phone":
            line = _MarkedLine("\u260e", self.tr("Phone"), text, bold=True)
            if is_danger(text):
                return framed(line, danger=True)
            return line
        if kind == "link":
            return _MarkedLine("\u2192", self.tr("Where to go"), text)
        if kind == "warning":
            line = _MarkedLine("!", self.tr("Important"), text, bold=True)
            return framed(line, danger=is_danger(text))
        if kind == "check" and block.id:
            choice = WrapChoice(text)
            self.checks[block.id] = choice
            return choice
        return body_label(text)


def framed(inner: QWidget, *, danger: bool = False) -> QFrame:
    """A box around something important; red only when it is about danger."""
    frame = QFrame()
    frame.setObjectName("dangerBox" if danger else "warningBox")
    colour = danger_colour() if danger else "palette(dark)"
    frame.setStyleSheet(
        f"#{frame.objectName()} {{ border: 2px solid {colour}; border-radius: 6px; "
        "background: palette(alternate-base); }"
    )
    if danger:
        inner.setStyleSheet(f"QLabel {{ color: {danger_colour()}; }}")
    layout = QVBoxLayout(frame)
    em = frame.fontMetrics().height()
    layout.setContentsMargins(em // 2, em // 2, em // 2, em // 2)
    layout.addWidget(inner)
    return frame
