"""Problems on a page, listed at its top; each one a link that moves to its field.

Problems never block saving: the value is kept as typed, and the person is told what
to do next (GOV.UK's error summary, without stopping anyone)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QFrame, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from .text import body_label, danger_colour, heading_label


class ErrorSummary(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorSummary")
        self.setStyleSheet(
            f"#errorSummary {{ border: 3px solid {danger_colour()}; padding: 0.3em; }}"
        )
        layout = QVBoxLayout(self)
        self.title = heading_label(self.tr("There is a problem"), 3)
        self.note = body_label(
            self.tr("What you typed is saved as it is. You can fix it now or later.")
        )
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        self._links = QVBoxLayout()
        layout.addLayout(self._links)
        self.links: list[WrappingLink] = []
        self._shown: list[tuple[str, int]] = []
        self.setAccessibleName(self.tr("There is a problem"))
        self.hide()

    def set_problems(self, problems: list[tuple[str, QWidget]]) -> None:
        """Show `problems` (message, field); hidden when there are none."""
        key = [(text, id(field)) for text, field in problems]
        if key == self._shown:
            return
        self._shown = key
        for link in self.links:
            self._links.removeWidget(link)
            link.hide()
            link.deleteLater()
        self.links = []
        for text, field in problems:
            link = WrappingLink(text)
            link.setAccessibleName(self.tr("Go to the problem: {text}").format(text=text))
            link.clicked.connect(lambda _c=False, f=field: go_to_field(f))
            self._links.addWidget(link)
            self.links.append(link)
        self.setVisible(bool(problems))


class WrappingLink(QPushButton):
    """A flat button whose text wraps like a paragraph and is underlined like a link, so a
    long message never widens the page."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label = body_label(text, selectable=False)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        font = self.label.font()
        font.setUnderline(True)
        self.label.setFont(font)
        layout = QVBoxLayout(self)
        em = self.fontMetrics().height()
        layout.setContentsMargins(em // 4, em // 8, em // 4, em // 8)
        layout.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text(self) -> str:  # the message, for tests and screen readers
        return self.label.text()

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.layout().sizeHint()  # type: ignore[union-attr]

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.layout().minimumSize()  # type: ignore[union-attr]

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self.layout().heightForWidth(width)  # type: ignore[union-attr]


def go_to_field(field: QWidget) -> None:
    """Move the keyboard focus to `field` and scroll it into view."""
    field.setFocus(Qt.FocusReason.OtherFocusReason)
    QTimer.singleShot(0, field, lambda: _scroll_to(field))


def _scroll_to(field: QWidget) -> None:
    parent = field.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if isinstance(parent, QScrollArea):
        parent.ensureWidgetVisible(field)


class FieldError(QWidget):
    """The same message by the field itself (hidden when there is none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = body_label("")
        self.label.setStyleSheet(f"color: {danger_colour()}; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.setVisible(bool(text))
