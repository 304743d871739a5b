"""A layout that puts buttons side by side and wraps them onto new lines when narrow
(large text or a small window), so no button is ever cut off."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _spacing(self) -> int:
        space = self.spacing()
        if space >= 0:
            return space
        parent = self.parentWidget()
        return parent.style().layoutSpacing(
            QSizePolicy.ControlType.PushButton, QSizePolicy.ControlType.PushButton,
            Qt.Orientation.Horizontal,
        ) if parent else 6  # fmt: skip

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_height = area.x(), area.y(), 0
        space = max(self._spacing(), 6)
        placed: list[tuple[QLayoutItem, int]] = []
        heights: dict[int, int] = {}
        for item in self._items:
            # isEmpty() is true only for hidden widgets: a page not on screen yet is still
            # laid out, so its widgets do not pile up at the origin.
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x = area.x()
                y += line_height + space
                line_height = 0
            if move:
                width = min(hint.width(), area.width())
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
                placed.append((item, y))
            x += hint.width() + space
            line_height = max(line_height, hint.height())
            heights[y] = line_height
        for item, top in placed:  # centre each item on its line (a label beside buttons)
            geo = item.geometry()
            geo.moveTop(top + (heights[top] - geo.height()) // 2)
            item.setGeometry(geo)
        return y + line_height - rect.y() + m.bottom()


def flow_container(widgets: list[QWidget], parent: QWidget | None = None) -> QWidget:
    """A plain widget holding `widgets` in a FlowLayout, taller when it wraps."""
    box = QWidget(parent)
    layout = FlowLayout(box)
    for widget in widgets:
        layout.addWidget(widget)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    policy.setHeightForWidth(True)
    box.setSizePolicy(policy)
    return box


def button_row(*widgets: QWidget) -> QWidget:
    """A wrapping row of buttons, as one widget."""
    return flow_container(list(widgets))
