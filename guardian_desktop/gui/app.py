"""The one QApplication subclass: app name, style, palette, fonts and translations."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication

from .. import APP_ID, APP_NAME, __version__

BODY_POINT_SIZE = 11  # body text at 11 pt or more (STYLE: calm and readable)


class GuardianApplication(QApplication):
    def __init__(self, argv: list[str] | None = None) -> None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        super().__init__(argv if argv is not None else sys.argv)
        self.setApplicationName(APP_ID)
        self.setApplicationDisplayName(APP_NAME)
        self.setApplicationVersion(__version__)
        self.setOrganizationName(APP_ID)
        self.setDesktopFileName("guardian-desktop")
        apply_base_font(self)
        from .i18n import Translations

        self.translations = Translations(self)
        from .safety.clipboard import release_clipboard

        self.aboutToQuit.connect(release_clipboard)
        self.aboutToQuit.connect(stop_background_work)

    def set_language(self, language: str) -> str:
        """Install the app's and Qt's translations ("" follows the system) and use the
        same language for the guidance. Returns the language used."""
        from guardian_desktop.core.guidance import set_language

        code = self.translations.install(language)
        set_language(code)
        return code


def stop_background_work() -> None:
    """At quit: cancel imports and wait (bounded) for every worker thread, so none is
    destroyed while it runs (that aborts the process, and a core dump would hold
    decrypted evidence)."""
    from .evidence.worker import stop_all_tasks
    from .wizard.report_worker import wait_for_builds

    stop_all_tasks()
    wait_for_builds()


def apply_base_font(app: QApplication) -> None:
    """System font, never smaller than 11 pt; a bigger system setting is kept."""
    font = QFont(app.font())
    if font.pointSizeF() < BODY_POINT_SIZE:
        font.setPointSizeF(BODY_POINT_SIZE)
    app.setFont(font)
