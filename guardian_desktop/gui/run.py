"""Start the desktop app: one GuardianApplication and the main window."""

from __future__ import annotations

from .app import GuardianApplication
from .main_window import MainWindow


def run_gui(argv: list[str], practice: bool = False) -> int:
    app = GuardianApplication(argv)
    window = MainWindow(practice=practice or "--practice" in argv[1:])
    window.show()
    return int(app.exec())
