"""The focusable list of saved items: thumbnail and summary lines, keyboard actions."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from guardian_desktop.core.models import EvidenceItem

from .model import EvidenceListModel


class EvidenceList(QListView):
    """Enter opens the large view, Space shows or hides the picture, Delete removes."""

    open_requested = Signal(int)  # item id
    toggle_requested = Signal(int)
    remove_requested = Signal(int)

    def __init__(self, model: EvidenceListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self._model = model
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Every row has the same shape (a small thumbnail and three elided lines; the details
        # show everything in full). Uniform sizes let the view lay out 500 rows without
        # asking each one for its picture: only rows on screen are drawn and loaded.
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setUniformItemSizes(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        line = self.fontMetrics().height()
        # Thumbnails grow with the text size, so rows keep their shape at 200% text; they are
        # as tall as the three lines of text, so several rows fit even in a short window.
        model.thumb_size = QSize(line * 3, line * 3)
        self.setIconSize(model.thumb_size)
        self.setSpacing(max(2, line // 6))
        self.visible_rows = 3  # the list asks for room to show this many rows
        self.setAccessibleName(self.tr("Saved screenshots"))
        self.setAccessibleDescription(
            self.tr(
                "Enter opens the large view. Space shows or hides the picture. "
                "Delete removes the screenshot from the case."
            )
        )
        self.doubleClicked.connect(lambda index: self._emit(self.open_requested, index.row()))

    def row_height(self) -> int:
        """The height of one row with its spacing (rows are uniform)."""
        if self._model.rowCount():
            content = self.sizeHintForRow(0)
        else:
            content = max(self.iconSize().height(), self.fontMetrics().lineSpacing() * 3) + 4
        return content + 2 * self.spacing()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().sizeHint()
        return QSize(hint.width(), self.minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        height = self.row_height() * self.visible_rows + 2 * self.frameWidth()
        return QSize(self.fontMetrics().height() * 12, height)

    def rows_in_view(self) -> int:
        """How many whole rows the list shows at its present height."""
        return self.viewport().height() // max(1, self.row_height())

    def current_item(self) -> EvidenceItem | None:
        index = self.currentIndex()
        return self._model.item_at(index.row()) if index.isValid() else None

    def select_item(self, item_id: int) -> None:
        row = self._model.row_of(item_id)
        if row >= 0:
            index = self._model.index(row)
            self.setCurrentIndex(index)
            self.scrollTo(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        row = self.currentIndex().row()
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and row >= 0:
            self._emit(self.open_requested, row)
        elif key == Qt.Key.Key_Space and row >= 0:
            self._emit(self.toggle_requested, row)
        elif key == Qt.Key.Key_Delete and row >= 0:
            self._emit(self.remove_requested, row)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _emit(self, signal: SignalInstance, row: int) -> None:
        item = self._model.item_at(row)
        if item is not None:
            signal.emit(item.id)
