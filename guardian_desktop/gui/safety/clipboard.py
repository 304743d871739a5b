"""Copy for the app's Copy buttons, remembering what the app put on the clipboard.

Quick exit clears the clipboard only when it still holds something the app put there, so
a person's own unrelated clipboard is never touched. Copies are marked so that clipboard
history tools that honour the marks (Windows clipboard history and cloud clipboard, KDE
Klipper) do not keep them; macOS and most other history tools have no such mark Qt can set.
"""

from __future__ import annotations

import atexit
import hashlib

from PySide6.QtCore import QByteArray, QMimeData
from PySide6.QtGui import QClipboard, QGuiApplication, QImage

# Formats that ask clipboard history tools not to keep a copy.
_NO_HISTORY_FORMATS: dict[str, bytes] = {
    "x-kde-passwordManagerHint": b"secret",
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': b"\0",
    'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': b"\0\0\0\0",
    'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': b"\0\0\0\0",
}


def _text_marker(text: str) -> str:
    return "text:" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _image_marker(image: QImage) -> str:
    img = image.convertToFormat(QImage.Format.Format_ARGB32)
    data = bytes(img.constBits())
    return f"image:{img.width()}x{img.height()}:" + hashlib.sha256(data).hexdigest()


class AppClipboard:
    """Fingerprints (never the content) of what this app copied."""

    def __init__(self) -> None:
        self._markers: set[str] = set()
        self._release_registered = False

    def remember(self, text_or_image: str | QImage) -> None:
        if isinstance(text_or_image, QImage):
            self._markers.add(_image_marker(text_or_image))
        else:
            self._markers.add(_text_marker(text_or_image))

    def forget_all(self) -> None:
        self._markers.clear()

    def _set(self, mime: QMimeData) -> None:
        QGuiApplication.clipboard().setMimeData(mime)
        if not self._release_registered:
            # A QMimeData made in Python must not outlive the interpreter: some platforms
            # keep the clipboard in a C++ static that is destroyed after Python (a crash).
            atexit.register(release_clipboard)
            self._release_registered = True

    def copy_text(self, text: str) -> None:
        mime = QMimeData()
        mime.setText(text)
        for fmt, value in _NO_HISTORY_FORMATS.items():
            mime.setData(fmt, QByteArray(value))
        self._set(mime)
        self.remember(text)

    def copy_image(self, image: QImage) -> None:
        mime = QMimeData()
        mime.setImageData(image)
        for fmt, value in _NO_HISTORY_FORMATS.items():
            mime.setData(fmt, QByteArray(value))
        self._set(mime)
        self.remember(image)

    def holds_app_content(self, mode: QClipboard.Mode = QClipboard.Mode.Clipboard) -> bool:
        """True when the clipboard holds something this app put there."""
        clipboard = QGuiApplication.clipboard()
        if mode == QClipboard.Mode.Clipboard and clipboard.ownsClipboard():
            return True  # copied inside the app, for example Ctrl+C in a text field
        if mode == QClipboard.Mode.Selection and clipboard.ownsSelection():
            return True  # text selected in the app (X11 primary selection)
        if not self._markers:
            return False
        mime = clipboard.mimeData(mode)
        if mime is None:
            return False
        if mime.hasText() and _text_marker(mime.text()) in self._markers:
            return True
        if mime.hasImage():
            image = clipboard.image(mode)
            if not image.isNull() and _image_marker(image) in self._markers:
                return True
        return False

    def clear_if_ours(self) -> bool:
        """Clear the clipboard (and X11 selection) only where they hold the app's content."""
        clipboard = QGuiApplication.clipboard()
        cleared = False
        modes = [QClipboard.Mode.Clipboard]
        if clipboard.supportsSelection():
            modes.append(QClipboard.Mode.Selection)
        for mode in modes:
            if self.holds_app_content(mode):
                clipboard.clear(mode)
                cleared = True
        self._markers.clear()
        return cleared


app_clipboard = AppClipboard()


def copy_text(text: str) -> None:
    """What every Copy button uses: copy, mark as not-for-history, remember for quick exit."""
    app_clipboard.copy_text(text)


def copy_image(image: QImage) -> None:
    app_clipboard.copy_image(image)


def release_clipboard() -> None:
    """Before the app ends: swap the app's clipboard content for a copy that Qt owns, so
    what the person copied stays pasteable and no Python object is left in Qt's hands."""
    if QGuiApplication.instance() is None:
        return
    clipboard = QGuiApplication.clipboard()
    mime = clipboard.mimeData()
    # Ours if it carries the no-history marks copy_text/copy_image put on it (some
    # platforms, like the offscreen one, never report owning the clipboard).
    if mime is None or "x-kde-passwordManagerHint" not in mime.formats():
        return
    if mime.hasImage():
        clipboard.setImage(clipboard.image())
    elif mime.hasText():
        clipboard.setText(mime.text())
    else:
        clipboard.clear()


def remember_app_clipboard(text_or_image: str | QImage) -> None:
    """Record content the app put on the clipboard some other way."""
    app_clipboard.remember(text_or_image)
