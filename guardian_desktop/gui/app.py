"""The one QApplication subclass: app name, style, palette, fonts and translations.

It also owns the app-wide style sheet: a strong keyboard focus (GOV.UK's: a yellow
fill with a dark 3 px edge on buttons, a 3 px outline on fields, lists and tick boxes) and
the Quick exit button's look (GOV.UK's "Exit this page": red, white bold text). Both keep
their contrast on light, dark and high-contrast themes, and follow a theme change.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from .. import APP_ID, APP_NAME, __version__

BODY_POINT_SIZE = 11  # body text at 11 pt or more (STYLE: calm and readable)

# GOV.UK's focus colours: yellow with near-black. Yellow on a dark window, near-black on a
# light one, and on buttons a yellow fill with dark text, which reads on any theme.
FOCUS_YELLOW = "#ffdd00"
FOCUS_DARK = "#0b0c0c"
FOCUS_WIDTH_PX = 3
# Quick exit: white bold text on red. #b3261e against white is 6.6:1 (WCAG AA needs 4.5),
# and both colours are set here, so a dark or high-contrast theme cannot lower it.
QUICK_EXIT_RED = "#b3261e"
QUICK_EXIT_RED_HOVER = "#8e1e18"
QUICK_EXIT_TEXT = "#ffffff"


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def focus_colour(palette: QPalette) -> str:
    """The outline colour for fields and lists: the one that stands out from the window."""
    return FOCUS_YELLOW if is_dark(palette) else FOCUS_DARK


def app_style_sheet(palette: QPalette) -> str:
    """The app-wide rules: a visible focus on every control, and the Quick exit look."""
    outline = focus_colour(palette)
    edge = "#ffffff" if is_dark(palette) else FOCUS_DARK
    w = FOCUS_WIDTH_PX
    return f"""
QPushButton:focus, QToolButton:focus {{
    background: {FOCUS_YELLOW}; color: {FOCUS_DARK};
    border: {w}px solid {FOCUS_DARK}; border-radius: 4px; padding: 0px 2px;
}}
QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus {{
    border: {w}px solid {outline};
}}
QAbstractItemView, QPlainTextEdit, QTextEdit {{
    border: 1px solid palette(mid); padding: {w - 1}px;
}}
QAbstractItemView:focus, QPlainTextEdit:focus, QTextEdit:focus {{
    border: {w}px solid {outline}; padding: 0px;
}}
/* Scroll views and tick boxes keep the same size when focused: the frame is measured
   once, so the outline's room is there from the start. */
QCheckBox, QRadioButton {{ border: {w}px solid transparent; border-radius: 3px; padding: 1px; }}
QCheckBox:focus, QRadioButton:focus {{ border: {w}px solid {outline}; }}
QPushButton#quickExitButton {{
    background: {QUICK_EXIT_RED}; color: {QUICK_EXIT_TEXT}; font-weight: bold;
    border: 2px solid {edge}; border-radius: 4px; padding: 0.3em 1.2em;
}}
QPushButton#quickExitButton:hover {{ background: {QUICK_EXIT_RED_HOVER}; }}
QPushButton#quickExitButton:focus {{
    background: {FOCUS_YELLOW}; color: {FOCUS_DARK}; border: {w}px solid {FOCUS_DARK};
}}
"""


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
        self._styling = False
        self.apply_style()
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(lambda _scheme: QTimer.singleShot(0, self.apply_style))
        from .i18n import Translations

        self.translations = Translations(self)
        from .safety.clipboard import release_clipboard

        self.aboutToQuit.connect(release_clipboard)
        self.aboutToQuit.connect(stop_background_work)

    def apply_style(self) -> None:
        """Set the focus and Quick exit rules for the current palette (light or dark)."""
        sheet = app_style_sheet(self.palette())
        if self._styling or sheet == self.styleSheet():
            return
        self._styling = True
        try:
            self.setStyleSheet(sheet)
        finally:
            self._styling = False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            # A theme change: keep the focus colour readable. On the next turn of the
            # event loop, never while Qt is still handing the new palette to each widget
            # (replacing the style sheet in the middle of that crashed).
            QTimer.singleShot(0, self.apply_style)
        return super().event(event)

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
    from .lifecycle import wait_for_unlocks
    from .wizard.report_worker import wait_for_builds

    stop_all_tasks()
    wait_for_builds()
    wait_for_unlocks()


def apply_base_font(app: QApplication) -> None:
    """System font, never smaller than 11 pt; a bigger system setting is kept."""
    font = QFont(app.font())
    if font.pointSizeF() < BODY_POINT_SIZE:
        font.setPointSizeF(BODY_POINT_SIZE)
    app.setFont(font)
