"""Start the desktop app: one GuardianApplication and the main window."""

from __future__ import annotations

from guardian_desktop.core.settings import load_settings

from .app import GuardianApplication
from .main_window import MainWindow


def run_gui(argv: list[str], practice: bool = False) -> int:
    from .crash import install_crash_handler

    install_crash_handler()
    app = GuardianApplication(argv)
    settings = load_settings()
    app.set_language(settings.language)
    window = MainWindow(practice=practice or "--practice" in argv[1:], settings=settings)
    window.show()
    from .safety.autolock import register_windows_session_events

    register_windows_session_events(int(window.winId()))
    return int(app.exec())
