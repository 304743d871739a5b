"""Covering parts of a screenshot with solid boxes, by mouse or by keyboard, with undo.

The boxes are stored in the original's pixels; core.redact() draws them on a copy, so the
original bytes and their SHA-256 never change.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from guardian_desktop.core.errors import GuardianError
from guardian_desktop.core.models import EvidenceItem
from guardian_desktop.core.vault import CaseVault

from ..widgets.flow import flow_container
from . import imaging
from .text import breakable
from .worker import BackgroundTask, redaction_task


class RedactCanvas(QWidget):
    """The picture with its boxes. Boxes are kept in picture (rendition) pixels."""

    boxes_changed = Signal()

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = image
        self.boxes: list[QRect] = []
        self._history: list[list[QRect]] = []
        self._drag_from: QPoint | None = None
        self._drag_rect: QRect | None = None
        w, h = max(1, image.width()), max(1, image.height())
        # The keyboard selection box starts in the middle, a third wide.
        self.selection = QRect(w // 3, h // 2 - h // 20, max(4, w // 3), max(4, h // 10))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Picture to cover"))
        self.setAccessibleDescription(
            self.tr(
                "Drag with the mouse to draw a box. Or use the keyboard: arrow keys move the "
                "dashed selection box, Shift and arrow keys change its size, Enter covers it. "
                "Ctrl+Z undoes the last box."
            )
        )

    # --- geometry ------------------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        line = self.fontMetrics().height()
        return imaging.fit(self.image, line * 30, line * 26).size()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(80, 80)

    def _target(self) -> QRectF:
        """Where the picture is drawn: as large as fits, centred."""
        if self.image.isNull():
            return QRectF(self.rect())
        scale = min(self.width() / self.image.width(), self.height() / self.image.height())
        w, h = self.image.width() * scale, self.image.height() * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def _to_image(self, point: QPointF) -> QPoint:
        t = self._target()
        scale = self.image.width() / t.width() if t.width() else 1.0
        x = (point.x() - t.x()) * scale
        y = (point.y() - t.y()) * scale
        return QPoint(
            int(min(max(0, x), self.image.width())), int(min(max(0, y), self.image.height()))
        )

    def _to_widget(self, rect: QRect) -> QRectF:
        t = self._target()
        scale = t.width() / self.image.width() if self.image.width() else 1.0
        return QRectF(
            t.x() + rect.x() * scale,
            t.y() + rect.y() * scale,
            rect.width() * scale,
            rect.height() * scale,
        )

    # --- editing -------------------------------------------------------------------------

    def add_box(self, rect: QRect) -> None:
        rect = rect.normalized().intersected(self.image.rect())
        if rect.width() < 2 or rect.height() < 2:
            return
        self._history.append(list(self.boxes))
        self.boxes.append(rect)
        self.boxes_changed.emit()
        self.update()

    def undo(self) -> None:
        if self._history:
            self.boxes = self._history.pop()
            self.boxes_changed.emit()
            self.update()

    def clear(self) -> None:
        if self.boxes:
            self._history.append(list(self.boxes))
            self.boxes = []
            self.boxes_changed.emit()
            self.update()

    def can_undo(self) -> bool:
        return bool(self._history)

    # --- mouse and keyboard --------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_from = self._to_image(event.position())
            self._drag_rect = QRect(self._drag_from, self._drag_from)
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if self._drag_from is not None:
            self._drag_rect = QRect(self._drag_from, self._to_image(event.position())).normalized()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if self._drag_from is not None and event.button() == Qt.MouseButton.LeftButton:
            rect = QRect(self._drag_from, self._to_image(event.position())).normalized()
            self._drag_from = None
            self._drag_rect = None
            self.add_box(rect)
            self.selection = QRect(rect) if rect.width() > 2 else self.selection
            self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        step = max(2, self.image.width() // 50)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            step = 1  # fine adjustment
        moves = {
            Qt.Key.Key_Left: (-step, 0),
            Qt.Key.Key_Right: (step, 0),
            Qt.Key.Key_Up: (0, -step),
            Qt.Key.Key_Down: (0, step),
        }
        if key in moves:
            dx, dy = moves[Qt.Key(key)]
            sel = QRect(self.selection)
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                sel.setWidth(max(4, sel.width() + dx))
                sel.setHeight(max(4, sel.height() + dy))
            else:
                sel.translate(dx, dy)
            # Keep the box on the picture.
            sel.moveLeft(min(max(0, sel.left()), max(0, self.image.width() - sel.width())))
            sel.moveTop(min(max(0, sel.top()), max(0, self.image.height() - sel.height())))
            self.selection = sel
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.add_box(QRect(self.selection))
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        super().focusOutEvent(event)
        self.update()

    # --- drawing -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(self._target(), self.image)
        for box in self.boxes:
            painter.fillRect(self._to_widget(box), QColor(0, 0, 0))
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        if self._drag_rect is not None:
            painter.setPen(QPen(highlight, 2))
            painter.drawRect(self._to_widget(self._drag_rect))
        if self.hasFocus():
            pen = QPen(highlight, 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(self._to_widget(self.selection))
        painter.end()


class RedactDialog(QDialog):
    """Cover parts of one item. Saving stores a covered copy; the original stays as it was."""

    saved = Signal(object)  # EvidenceItem

    def __init__(self, vault: CaseVault, item: EvidenceItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._item = item
        self._task: BackgroundTask | None = None
        self.setWindowTitle(self.tr("Cover private parts of %1").replace("%1", item.exhibit))
        image = imaging.decode(vault.rendition(item.id, redacted=False))
        # Boxes are stored in original pixels; the picture here is the smaller rendition.
        self._scale = item.width / image.width() if image.width() else 1.0

        intro = QLabel(
            self.tr(
                "Draw black boxes over anything that should not be seen, such as an intimate "
                "image or a friend's name. Drag with the mouse, or press Tab to reach the "
                "picture and use the arrow keys (Shift to change the size) and Enter. "
                "The original stays in the case unchanged; the report uses the covered copy."
            ),
            self,
        )
        intro.setWordWrap(True)
        self._intro = intro

        self.canvas = RedactCanvas(image, self)
        for box in vault.redaction_boxes(item.id):
            x, y, w, h = (v / self._scale for v in box)
            self.canvas.boxes.append(QRect(int(x), int(y), math.ceil(w), math.ceil(h)))

        self.hashes = QLabel(self)
        self.hashes.setWordWrap(True)
        self.hashes.setTextFormat(Qt.TextFormat.PlainText)
        self.hashes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hashes.setAccessibleName(self.tr("Fingerprints (SHA-256)"))
        self._show_hashes(item)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        def button(text: str, name: str) -> QPushButton:
            b = QPushButton(text, self)
            b.setAccessibleName(name)
            b.setAutoDefault(False)
            return b

        self.undo_button = button(self.tr("&Undo"), self.tr("Undo the last box"))
        self.clear_button = button(self.tr("Remove &all boxes"), self.tr("Remove all boxes"))
        self.save_button = button(self.tr("&Save covered copy"), self.tr("Save the covered copy"))
        self.cancel_button = button(self.tr("Cancel"), self.tr("Close without saving"))
        self.undo_button.clicked.connect(self.canvas.undo)
        self.clear_button.clicked.connect(self.canvas.clear)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, self.canvas.undo)
        self.canvas.boxes_changed.connect(self._update_buttons)
        self._update_buttons()

        buttons = flow_container(
            [self.undo_button, self.clear_button, self.save_button, self.cancel_button], self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.hashes)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.canvas.setFocus()
        room = self.screen().availableGeometry()
        self.resize(int(room.width() * 0.7), int(room.height() * 0.85))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        # The layout does not give a wrapping label its full height in a dialog on its own:
        # ask for it at the width it has, so the instructions are never cut off.
        super().resizeEvent(event)
        if self._intro.width() > 0:
            self._intro.setMinimumHeight(max(0, self._intro.heightForWidth(self._intro.width())))

    def _show_hashes(self, item: EvidenceItem) -> None:
        # Hashes fold anywhere, so the dialog is never wider than the screen at 200% text.
        lines = [
            self.tr("Original SHA-256 (never changed): %1").replace("%1", breakable(item.sha256))
        ]
        if item.redacted_sha256:
            lines.append(
                self.tr("Covered copy SHA-256: %1").replace("%1", breakable(item.redacted_sha256))
            )
        self.hashes.setText("\n".join(lines))

    def _update_buttons(self) -> None:
        self.undo_button.setEnabled(self.canvas.can_undo())
        self.clear_button.setEnabled(bool(self.canvas.boxes))

    def boxes_in_original_pixels(self) -> list[list[int]]:
        """Boxes rounded outwards, so a covered area is never smaller than drawn."""
        out: list[list[int]] = []
        for r in self.canvas.boxes:
            x0, y0 = math.floor(r.x() * self._scale), math.floor(r.y() * self._scale)
            x1 = min(self._item.width, math.ceil((r.x() + r.width()) * self._scale))
            y1 = min(self._item.height, math.ceil((r.y() + r.height()) * self._scale))
            out.append([x0, y0, x1 - x0, y1 - y0])
        return out

    def save(self) -> None:
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving the covered copy\u2026"))
        task = redaction_task(self._vault, self._item.id, self.boxes_in_original_pixels())
        task.finished.connect(self._on_task_finished)
        self._task = task
        task.start()

    def _on_task_finished(self) -> None:
        task = self._task
        if task is None:
            return
        if isinstance(task.result, EvidenceItem):
            self._on_saved(task.result)
        else:
            self._on_failed(task.error or self.tr("Please try again."))

    def _on_saved(self, item: EvidenceItem) -> None:
        self._item = item
        self._show_hashes(item)
        self.status.setText(self.tr("Saved. The report will use the covered copy."))
        self.saved.emit(item)
        self.accept()

    def _on_failed(self, message: str) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(
            self.tr("The covered copy was not saved: %1 Your boxes are still here.").replace(
                "%1", message
            )
        )

    def reject(self) -> None:
        if self._task is not None and self._task.isRunning():
            return  # saving: wait for it, so nothing is half-done
        super().reject()


def open_redaction(
    vault: CaseVault, item: EvidenceItem, parent: QWidget | None
) -> RedactDialog | None:
    try:
        return RedactDialog(vault, item, parent)
    except GuardianError:
        return None
