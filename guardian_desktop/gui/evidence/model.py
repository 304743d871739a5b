"""The list of saved items as a Qt model: text, blurred or clear thumbnails, shown state."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QPainter, QPixmap

from guardian_desktop.core import when as whenmod
from guardian_desktop.core.errors import GuardianError
from guardian_desktop.core.models import EvidenceItem
from guardian_desktop.core.vault import CaseVault

from . import imaging
from .text import local_time_label, platform_name, safe_text

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
SHOWN_ROLE = Qt.ItemDataRole.UserRole + 2
CACHE_SIZE = 120  # small pictures kept in memory; only what is on screen is needed

AnyIndex = QModelIndex | QPersistentModelIndex


class EvidenceListModel(QAbstractListModel):
    """Items in exhibit order. Pictures are blurred unless the person chose to see them."""

    def __init__(self, vault: CaseVault, parent: Any = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._items: list[EvidenceItem] = []
        self._shown: set[int] = set()
        self._cache: OrderedDict[tuple[int, bool], QPixmap] = OrderedDict()
        self.thumb_size = QSize(96, 144)

    @property
    def vault(self) -> CaseVault:
        return self._vault

    # --- contents ------------------------------------------------------------------------

    def reload(self) -> None:
        self.beginResetModel()
        self._items = self._vault.list_evidence()
        self._shown &= {i.id for i in self._items}
        self._cache.clear()
        self.endResetModel()

    def add_items(self, items: list[EvidenceItem]) -> None:
        known = {i.id for i in self._items}
        new = sorted((i for i in items if i.id not in known), key=lambda i: i.exhibit_no)
        if not new:
            return
        first = len(self._items)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self._items.extend(new)
        self.endInsertRows()

    def update_item(self, item: EvidenceItem, *, picture_changed: bool = False) -> None:
        row = self.row_of(item.id)
        if row < 0:
            return
        self._items[row] = item
        if picture_changed:
            self._cache.pop((item.id, True), None)
            self._cache.pop((item.id, False), None)
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def remove_item(self, item_id: int) -> None:
        row = self.row_of(item_id)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items[row]
        self._shown.discard(item_id)
        self._cache.pop((item_id, True), None)
        self._cache.pop((item_id, False), None)
        self.endRemoveRows()

    def items(self) -> list[EvidenceItem]:
        return list(self._items)

    def item_at(self, row: int) -> EvidenceItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, item_id: int) -> int:
        for row, item in enumerate(self._items):
            if item.id == item_id:
                return row
        return -1

    # --- blurred or shown ----------------------------------------------------------------

    def is_shown(self, item_id: int) -> bool:
        return item_id in self._shown

    def all_shown(self) -> bool:
        return bool(self._items) and all(i.id in self._shown for i in self._items)

    def set_shown(self, item_id: int, shown: bool) -> None:
        if shown == (item_id in self._shown):
            return
        if shown:
            self._shown.add(item_id)
        else:
            self._shown.discard(item_id)
        row = self.row_of(item_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row), self.index(row))

    def set_all_shown(self, shown: bool) -> None:
        self._shown = {i.id for i in self._items} if shown else set()
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def thumbnail(self, item_id: int) -> QPixmap:
        """The small picture for the list, from memory when it was made before."""
        shown = item_id in self._shown
        key = (item_id, shown)
        pixmap = self._cache.get(key)
        if pixmap is not None:
            self._cache.move_to_end(key)
            return pixmap
        try:
            data = self._vault.thumbnail(item_id)
            image = imaging.picture(data, shown=shown)
        except (GuardianError, OSError):
            image = None
        # Every thumbnail is the same size (the picture centred in it), so that the list's
        # uniform rows fit tall phone shots and wide desktop captures alike.
        size = self.thumb_size
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        if image is None or image.isNull():
            painter.fillRect(pixmap.rect(), Qt.GlobalColor.lightGray)
        else:
            fitted = imaging.fit(image, size.width(), size.height())
            painter.drawImage(
                (size.width() - fitted.width()) // 2, (size.height() - fitted.height()) // 2, fitted
            )
        painter.end()
        self._cache[key] = pixmap
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        return pixmap

    # --- Qt model ------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.summary(item)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.thumbnail(item.id)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = (
                self.tr("picture shown") if self.is_shown(item.id) else self.tr("picture blurred")
            )
            return self.summary(item).replace("\n", ". ") + ". " + state
        if role == ITEM_ROLE:
            return item
        if role == SHOWN_ROLE:
            return self.is_shown(item.id)
        return None

    def summary(self, item: EvidenceItem) -> str:
        """Three short lines (the details below the list show everything in full)."""
        heading = item.exhibit
        if item.platform:
            heading += " \u00b7 " + platform_name(item.platform)
        if item.redacted_sha256:
            heading += " \u00b7 " + self.tr("parts covered")
        lines = [
            heading,
            safe_text(item.description, 120) if item.description else self.tr("No description yet"),
            self.tr("When: %1").replace("%1", self.when_label(item.happened_at))
            + " \u00b7 "
            + self.tr("File: %1").replace("%1", safe_text(item.original_name, 80)),
        ]
        return "\n".join(lines)

    def when_label(self, stored: str) -> str:
        """A stored core.when value, year first so nobody misreads day and month."""
        parsed = whenmod.parse(stored)
        if parsed.kind is whenmod.WhenKind.EMPTY:
            return self.tr("not set")
        if parsed.kind is whenmod.WhenKind.DATETIME:
            return local_time_label(parsed.raw)
        if parsed.kind is whenmod.WhenKind.NAIVE and parsed.moment is not None:
            return self.tr("%1 (time zone not recorded)").replace(
                "%1", f"{parsed.moment:%Y-%m-%d %H:%M}"
            )
        if parsed.day is not None:
            return self.tr("%1, time not known").replace("%1", f"{parsed.day:%Y-%m-%d}")
        return safe_text(parsed.raw, 80)
