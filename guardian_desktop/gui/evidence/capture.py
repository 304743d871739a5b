"""'Capture my screen': hide the window, count down (cancellable), grab each screen, review.

Grabs stay QImages in memory; the screen later PNG-encodes them into a QBuffer.
Some systems (Wayland sessions, macOS without permission) give no picture; then the
person is told to use the system's own screenshot key and add the file.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QPixmap, QShortcut
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

from . import imaging


class CountdownWindow(QWidget):
    """A small window that stays on top while the main window is hidden."""

    cancelled = Signal()

    def __init__(self) -> None:
        # No parent: it must stay visible while the app's own window is hidden.
        super().__init__(None, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle(self.tr("Capturing the screen"))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Countdown"))
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel the screen capture"))
        self.cancel_button.clicked.connect(self.cancelled)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.cancelled)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.cancel_button)

    def set_seconds(self, seconds: int) -> None:
        self.label.setText(
            self.tr("Bring the chat to the front. The screen will be captured in %1\u2026").replace(
                "%1", str(seconds)
            )
        )


class ScreenCapture(QObject):
    """One capture run. Emits captured(list[QImage]), cancelled() or failed(str)."""

    captured = Signal(list)
    cancelled = Signal()
    failed = Signal(str)

    countdown_seconds = 5
    settle_ms = 300  # time for the countdown window to disappear before the grab

    def __init__(self, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._was_visible = False
        self._left = 0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self._countdown: CountdownWindow | None = None
        self._running = False

    def is_running(self) -> bool:
        return self._running

    def start(self) -> None:
        if self._running:
            return
        self._running = True
        self._was_visible = self._window.isVisible()
        if self._was_visible:
            self._window.hide()
        self._left = self.countdown_seconds
        if self._left <= 0:
            QTimer.singleShot(0, self._grab_soon)
            return
        self._countdown = CountdownWindow()
        self._countdown.cancelled.connect(self.cancel)
        self._countdown.set_seconds(self._left)
        self._countdown.show()
        self._countdown.cancel_button.setFocus()
        self._timer.start()

    def cancel(self) -> None:
        if not self._running:
            return
        self._timer.stop()
        self._close_countdown()
        self._restore()
        self.cancelled.emit()

    def _tick(self) -> None:
        self._left -= 1
        if self._left > 0 and self._countdown is not None:
            self._countdown.set_seconds(self._left)
            return
        self._timer.stop()
        self._close_countdown()
        QTimer.singleShot(self.settle_ms, self._grab_soon)

    def _grab_soon(self) -> None:
        if not self._running:
            return
        images = grab_screens()
        self._restore()
        if images:
            self.captured.emit(images)
        else:
            self.failed.emit(
                self.tr(
                    "This computer did not let the app capture the screen. Use the system's "
                    "own screenshot key instead, then add the file with 'Add screenshots'."
                ),
            )

    def _close_countdown(self) -> None:
        if self._countdown is not None:
            self._countdown.hide()
            self._countdown.deleteLater()
            self._countdown = None

    def _restore(self) -> None:
        self._running = False
        if self._was_visible:
            self._window.show()
            self._window.raise_()
            self._window.activateWindow()


def grab_screens() -> list[QImage]:
    """Each screen as a QImage, kept in memory. Screens that give nothing are skipped."""
    images: list[QImage] = []
    for screen in QGuiApplication.screens():
        pixmap = screen.grabWindow(0)
        if not pixmap.isNull():
            image = pixmap.toImage()
            if not image.isNull():
                images.append(image)
    return images


class CaptureReview(QDialog):
    """Keep or discard what was captured. Blurred until the person chooses to see it."""

    def __init__(self, images: list[QImage], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._images = images
        self.setWindowTitle(self.tr("Keep this capture?"))
        count = len(images)
        text = (
            self.tr("The screen was captured. Keep it as evidence?")
            if count == 1
            else self.tr("%1 screens were captured. Keep them as evidence?").replace(
                "%1", str(count)
            )
        )
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        self.show_box = QCheckBox(self.tr("S&how the capture"), self)
        self.show_box.setAccessibleName(self.tr("Show the capture"))
        self.show_box.toggled.connect(self._render)
        self.pictures = QWidget()
        self._labels: list[QLabel] = []
        row = QHBoxLayout(self.pictures)
        for index in range(count):
            label = QLabel(self.pictures)
            label.setAccessibleName(self.tr("Captured screen %1").replace("%1", str(index + 1)))
            row.addWidget(label)
            self._labels.append(label)
        scroll = QScrollArea(self)
        scroll.setWidget(self.pictures)
        scroll.setWidgetResizable(True)
        self.keep_button = QPushButton(self.tr("&Keep it"), self)
        self.keep_button.setAccessibleName(self.tr("Keep the capture as evidence"))
        self.discard_button = QPushButton(self.tr("&Discard"), self)
        self.discard_button.setAccessibleName(self.tr("Discard the capture"))
        self.keep_button.clicked.connect(self.accept)
        self.discard_button.clicked.connect(self.reject)
        self.keep_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_box)
        buttons.addStretch(1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.discard_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self._render()
        screen = self.screen().availableGeometry()
        self.resize(int(screen.width() * 0.6), int(screen.height() * 0.6))

    def _render(self) -> None:
        line = self.fontMetrics().height()
        for image, label in zip(self._images, self._labels, strict=True):
            small = imaging.fit(image, line * 30, line * 20)
            if not self.show_box.isChecked():
                small = imaging.blurred(imaging.png_bytes(small))
            label.setPixmap(QPixmap.fromImage(small))

    @classmethod
    def ask(cls, parent: QWidget | None, images: list[QImage]) -> bool:
        """Tests replace this (a modal dialog would wait for a person)."""
        return cls(images, parent).exec() == QDialog.DialogCode.Accepted
