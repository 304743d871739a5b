"""Languages: load the app's and Qt's own translations and set the text direction."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

# Language code -> name in that language. English (UK) is the source language.
LANGUAGES: dict[str, str] = {
    "en": "English (UK)",
    "cy": "Cymraeg",
    "pl": "Polski",
    "es": "Español",
    "ar": "العربية",
}
RTL_LANGUAGES = {"ar"}


def i18n_dir() -> Path:
    """The compiled translations: i18n/ in a checkout, i18n/ beside the frozen app."""
    frozen_base = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and isinstance(frozen_base, str):
        return Path(frozen_base) / "i18n"
    return Path(__file__).resolve().parents[2] / "i18n"


def system_language() -> str:
    """The first of the system's UI languages that the app has, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


class Translations:
    """Owns the installed translators so a language can be switched at run time."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.language = "en"
        self._translators: list[QTranslator] = []

    def install(self, language: str | None) -> str:
        """Install `language` ("" or None: follow the system). Returns the code used.

        A missing .qm file falls back to English: the source strings are English."""
        code = language if language in LANGUAGES else system_language()
        for tr in self._translators:
            self.app.removeTranslator(tr)
        self._translators.clear()
        # English too: its catalogue holds the plural forms ("1 minute", "13 pages").
        app_tr = QTranslator(self.app)
        if app_tr.load(f"guardian_{code}", str(i18n_dir())):
            self.app.installTranslator(app_tr)
            self._translators.append(app_tr)
        if code != "en":
            qt_tr = QTranslator(self.app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_tr.load(QLocale(code), "qtbase", "_", qt_dir):
                self.app.installTranslator(qt_tr)
                self._translators.append(qt_tr)
        self.app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if code in RTL_LANGUAGES
            else Qt.LayoutDirection.LeftToRight
        )
        self.language = code
        return code
