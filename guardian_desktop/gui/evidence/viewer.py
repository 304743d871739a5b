"""A large view of one item: zoom with buttons, Ctrl+wheel or Ctrl+/-, Left/Right to move."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QResizeEvent, QShortcut, QWheelEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from guardian_desktop.core.errors import GuardianError

from ..errors import error_text
from ..widgets.flow import flow_container
from . import imaging
from .model import EvidenceListModel

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.1, 8.0


class EvidenceViewer(QDialog):
    """Shows the report version (covered, where parts were covered). Blurred until shown."""

    current_changed = Signal(int)  # item id
    redact_requested = Signal(int)

    def __init__(self, model: EvidenceListModel, row: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._row = row
        self._image = imaging.decode(b"")
        self._zoom = 1.0
        self._fitted = True
        self.setWindowTitle(self.tr("Large view"))
        self.setAccessibleName(self.tr("Large view of a screenshot"))

        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.show_box = QCheckBox(self.tr("S&how picture"), self)
        self.show_box.setAccessibleName(self.tr("Show the picture"))
        self.show_box.toggled.connect(self._on_show)

        def button(text: str, name: str) -> QPushButton:
            b = QPushButton(text, self)
            b.setAccessibleName(name)
            b.setAutoDefault(False)
            return b

        self.prev_button = button(self.tr("\u2190 &Previous"), self.tr("Previous screenshot"))
        self.next_button = button(self.tr("&Next \u2192"), self.tr("Next screenshot"))
        self.zoom_out_button = button(self.tr("Zoom &out (\u2212)"), self.tr("Zoom out"))
        self.zoom_in_button = button(self.tr("Zoom &in (+)"), self.tr("Zoom in"))
        self.fit_button = button(self.tr("&Fit"), self.tr("Fit to the window"))
        self.redact_button = button(self.tr("&Cover parts\u2026"), self.tr("Cover private parts"))
        self.close_button = button(self.tr("Close (Esc)"), self.tr("Close the large view"))
        self.zoom_label = QLabel(self)
        self.zoom_label.setAccessibleName(self.tr("Zoom level"))

        self.prev_button.clicked.connect(lambda: self.go(-1))
        self.next_button.clicked.connect(lambda: self.go(1))
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.fit_button.clicked.connect(self.fit)
        self.redact_button.clicked.connect(self._on_redact)
        self.close_button.clicked.connect(self.reject)

        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(self.tr("Screenshot"))
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(self.picture)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area.setAccessibleName(self.tr("Screenshot, zoomable"))
        self.scroll_area.viewport().installEventFilter(self)

        # One row that wraps at 200% text or in a small window, never wider than the screen.
        bar = flow_container(
            [
                self.prev_button, self.next_button, self.show_box, self.zoom_out_button,
                self.zoom_label, self.zoom_in_button, self.fit_button,
            ],
            self,
        )  # fmt: skip
        bottom = QHBoxLayout()
        bottom.addWidget(self.redact_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(bar)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(bottom)

        for keys, slot in (
            ((Qt.Key.Key_Left,), lambda: self.go(-1)),
            ((Qt.Key.Key_Right,), lambda: self.go(1)),
            ((QKeySequence.StandardKey.ZoomIn, Qt.Key.Key_Plus, Qt.Key.Key_Equal),
             lambda: self.zoom_by(ZOOM_STEP)),
            ((QKeySequence.StandardKey.ZoomOut, Qt.Key.Key_Minus),
             lambda: self.zoom_by(1 / ZOOM_STEP)),
            ((Qt.Modifier.CTRL | Qt.Key.Key_0,), self.fit),
        ):  # fmt: skip
            for key in keys:
                QShortcut(QKeySequence(key), self, slot)

        screen = self.screen().availableGeometry()
        self.resize(int(screen.width() * 0.7), int(screen.height() * 0.85))
        self._load()

    # --- which item ----------------------------------------------------------------------

    def row(self) -> int:
        return self._row

    def go(self, step: int) -> None:
        row = self._row + step
        if 0 <= row < self._model.rowCount():
            self._row = row
            self._load()

    def _load(self) -> None:
        item = self._model.item_at(self._row)
        if item is None:
            self.reject()
            return
        count = self._model.rowCount()
        text = (
            self.tr("%1 \u2014 %2 of %3")
            .replace("%1", item.exhibit)
            .replace("%2", str(self._row + 1))
            .replace("%3", str(count))
        )
        if item.redacted_sha256:
            text += " \u2014 " + self.tr("the covered copy, as used in the report")
        self.title.setText(text)
        self.prev_button.setEnabled(self._row > 0)
        self.next_button.setEnabled(self._row < count - 1)
        self.show_box.blockSignals(True)
        self.show_box.setChecked(self._model.is_shown(item.id))
        self.show_box.blockSignals(False)
        self._render_picture()
        self.current_changed.emit(item.id)

    def _render_picture(self) -> None:
        item = self._model.item_at(self._row)
        if item is None:
            return
        try:
            data = self._model.vault.rendition(item.id, redacted=True)
        except GuardianError as exc:
            self.picture.setText(error_text(exc))
            return
        self._image = imaging.picture(data, shown=self._model.is_shown(item.id))
        self._fitted = True
        self._apply_zoom()

    def _on_show(self, shown: bool) -> None:
        item = self._model.item_at(self._row)
        if item is not None:
            self._model.set_shown(item.id, shown)
            self._render_picture()

    def _on_redact(self) -> None:
        item = self._model.item_at(self._row)
        if item is not None:
            self.redact_requested.emit(item.id)

    def refresh(self) -> None:
        """Show the item again (its picture or covered copy may have changed)."""
        self._load()

    # --- zoom ----------------------------------------------------------------------------

    def zoom(self) -> float:
        return self._zoom

    def fit(self) -> None:
        self._fitted = True
        self._apply_zoom()

    def zoom_by(self, factor: float) -> None:
        self._fitted = False
        self._zoom = min(ZOOM_MAX, max(ZOOM_MIN, self._zoom * factor))
        self._apply_zoom()

    def _apply_zoom(self) -> None:
        if self._image.isNull():
            return
        if self._fitted:
            area = self.scroll_area.viewport().size()
            self._zoom = min(
                1.0,
                max(ZOOM_MIN, area.width() / self._image.width()),
                max(ZOOM_MIN, area.height() / self._image.height()),
            )
        width = max(1, round(self._image.width() * self._zoom))
        height = max(1, round(self._image.height() * self._zoom))
        scaled = self._image.scaled(
            width,
            height,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.picture.setPixmap(QPixmap.fromImage(scaled))
        self.zoom_label.setText(f"{round(self._zoom * 100)}%")

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self._fitted:
            self._apply_zoom()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(event, QWheelEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            delta = event.angleDelta().y()
            if delta:
                self.zoom_by(ZOOM_STEP if delta > 0 else 1 / ZOOM_STEP)
            return True
        return super().eventFilter(watched, event)
