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
        # Every row has the same shape (a thumbnail and four elided lines; the panel beside
        # shows everything in full). Uniform sizes let the view lay out 500 rows without
        # asking each one for its picture: only rows on screen are drawn and loaded.
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setUniformItemSizes(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        line = self.fontMetrics().height()
        # Thumbnails grow with the text size, so rows keep their shape at 200% text.
        model.thumb_size = QSize(line * 4, line * 6)
        self.setIconSize(model.thumb_size)
        self.setSpacing(max(2, line // 4))
        self.setAccessibleName(self.tr("Saved screenshots"))
        self.setAccessibleDescription(
            self.tr(
                "Enter opens the large view. Space shows or hides the picture. "
                "Delete removes the screenshot from the case."
            )
        )
        self.doubleClicked.connect(lambda index: self._emit(self.open_requested, index.row()))

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
