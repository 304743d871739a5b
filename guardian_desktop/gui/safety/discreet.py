"""Discreet mode: a neutral window title, task-bar name and icon, so a glance tells nothing.

The neutral name is "Notes" (translated). Every desktop has a notes app (Sticky Notes,
Apple Notes, GNOME Notes), so the name is ordinary on a shared family computer; it fits
a window full of forms and text; it does not imitate one real product (a fake
"Calculator" that shows forms would draw attention); and it is short enough to show in
full on a task bar. The application display name is changed too, because Qt appends it
to window titles on Windows and Linux ("Notes - Guardian Desktop" would defeat the point).

Not changed, and cannot be changed at run time: the program file name, the name in the
Start menu / Applications folder / process list, the Wayland app id and X11 WM_CLASS
(set when the window is first shown), and the macOS menu-bar app name (from Info.plist).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QStyle, QWidget

_REAL_TITLE = "guardianRealTitle"
_REAL_ICON = "guardianRealIcon"
_REAL_APP_NAME = "guardianRealAppName"
_GUARD = "guardianDiscreetGuard"


def neutral_name() -> str:
    return QCoreApplication.translate("Discreet", "Notes")


def neutral_icon() -> QIcon:
    icon = QIcon.fromTheme("accessories-text-editor")
    if icon.isNull():
        app = QApplication.instance()
        if isinstance(app, QApplication):
            icon = app.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
    return icon


class _TitleGuard(QObject):
    """Keeps the neutral title when the app sets a new one, remembering the real one."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._busy = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self._window
            and event.type() == QEvent.Type.WindowTitleChange
            and not self._busy
            and self._window.windowTitle() != neutral_name()
        ):
            self._window.setProperty(_REAL_TITLE, self._window.windowTitle())
            self._busy = True
            try:
                self._window.setWindowTitle(neutral_name())
            finally:
                self._busy = False
        return False


def is_discreet(window: QWidget) -> bool:
    return isinstance(window.property(_GUARD), _TitleGuard)


def apply_discreet(window: QWidget, enabled: bool) -> None:
    """Turn discreet mode on or off for this window and the application name."""
    app = QCoreApplication.instance()
    if enabled:
        if is_discreet(window):
            return
        window.setProperty(_REAL_TITLE, window.windowTitle())
        window.setProperty(_REAL_ICON, window.windowIcon())
        if isinstance(app, QGuiApplication):
            if app.property(_REAL_APP_NAME) is None:
                app.setProperty(_REAL_APP_NAME, QGuiApplication.applicationDisplayName())
            QGuiApplication.setApplicationDisplayName(neutral_name())
        window.setWindowTitle(neutral_name())
        window.setWindowIcon(neutral_icon())
        guard = _TitleGuard(window)
        window.installEventFilter(guard)
        window.setProperty(_GUARD, guard)
        return
    guard = window.property(_GUARD)
    if isinstance(guard, _TitleGuard):
        window.removeEventFilter(guard)
        guard.deleteLater()
    window.setProperty(_GUARD, None)
    real_title = window.property(_REAL_TITLE)
    if isinstance(real_title, str):
        window.setWindowTitle(real_title)
    real_icon = window.property(_REAL_ICON)
    if isinstance(real_icon, QIcon):
        window.setWindowIcon(real_icon)
    if isinstance(app, QGuiApplication):
        real_name = app.property(_REAL_APP_NAME)
        if isinstance(real_name, str):
            QGuiApplication.setApplicationDisplayName(real_name)
            app.setProperty(_REAL_APP_NAME, None)
