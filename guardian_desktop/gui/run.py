"""Start the desktop app: one GuardianApplication and the main window."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from guardian_desktop.core.settings import load_settings

from .app import GuardianApplication
from .main_window import MainWindow


def run_gui(argv: list[str], practice: bool = False) -> int:
    from guardian_desktop.core.process import harden_process

    from .crash import install_crash_handler

    harden_process()  # also when started without app.main (a frozen build's own entry)
    install_crash_handler()
    app = GuardianApplication(argv)
    settings = load_settings()
    app.set_language(settings.language)
    window = MainWindow(settings=settings)
    screen = app.primaryScreen()
    if screen is not None:  # a roomy first size, never larger than the screen
        room = screen.availableGeometry()
        window.resize(min(1100, room.width() * 9 // 10), min(760, room.height() * 9 // 10))
    window.show()
    if practice or "--practice" in argv[1:]:
        # Once the window is on screen, so the first-run explanation sits on top of it.
        QTimer.singleShot(0, window.start_practice)
    from .safety.autolock import register_windows_session_events

    register_windows_session_events(int(window.winId()))
    return int(app.exec())
