"""A layout that wraps its widgets onto more lines when the space is narrow or text large."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt API
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m: QMargins = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _spacing(self, horizontal: bool) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        if parent is None:
            return 6
        metric = (
            QStyle.PixelMetric.PM_LayoutHorizontalSpacing
            if horizontal
            else QStyle.PixelMetric.PM_LayoutVerticalSpacing
        )
        value = parent.style().pixelMetric(metric, None, parent)
        return value if value >= 0 else 6

    def _place(self, rect: QRect, *, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_height = area.x(), area.y(), 0
        gap_x, gap_y = self._spacing(True), self._spacing(False)
        placed: list[tuple[QLayoutItem, int]] = []
        heights: dict[int, int] = {}
        for item in self._items:
            widget = item.widget()
            # isHidden, not isVisible: a page that is not on screen yet still gets laid out,
            # and skipping all its widgets would leave them piled up at the origin.
            if widget is not None and widget.isHidden():
                continue
            hint = item.sizeHint()
            next_x = x + hint.width() + gap_x
            if next_x - gap_x > area.right() + 1 and line_height > 0:
                x = area.x()
                y += line_height + gap_y
                next_x = x + hint.width() + gap_x
                line_height = 0
            if move:
                width = min(hint.width(), area.width())
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
                placed.append((item, y))
            x = next_x
            line_height = max(line_height, hint.height())
            heights[y] = line_height
        if move:  # centre each item on its line (a label next to taller buttons)
            for item, top in placed:
                geo = item.geometry()
                geo.moveTop(top + (heights[top] - geo.height()) // 2)
                item.setGeometry(geo)
        return y + line_height - rect.y() + m.bottom()


def flow_container(widgets: list[QWidget], parent: QWidget | None = None) -> QWidget:
    """A plain widget holding `widgets` in a FlowLayout."""
    box = QWidget(parent)
    layout = FlowLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        layout.addWidget(w)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    policy.setHeightForWidth(True)
    box.setSizePolicy(policy)
    return box
