"""Render the start screens and every wizard step (practice case) to PNG files, offscreen.

python scripts/render_screens.py                      # docs/screenshots/*.png
python scripts/render_screens.py --size 1024x640 --font-scale 2 --out /tmp/shots
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _isolate() -> None:
    """Keep every case, setting and temp file of this run out of the real home folder."""
    home = Path(tempfile.mkdtemp(prefix="guardian-shots-"))
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                     ("XDG_CACHE_HOME", "cache"), ("HOME", "home")):  # fmt: skip
        (home / sub).mkdir()
        os.environ[var] = str(home / sub)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--size", default="1200x800")
    parser.add_argument("--font-scale", type=float, default=1.0)
    parser.add_argument("--lang", default="en", help="cy, pl, es, ar or en")
    parser.add_argument("--prefix", default="", help="put before each file name")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    _isolate()

    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

    from guardian_desktop.core.models import Role
    from guardian_desktop.core.settings import Settings
    from guardian_desktop.core.vault import CaseVault
    from guardian_desktop.gui.about import AboutDialog
    from guardian_desktop.gui.app import GuardianApplication
    from guardian_desktop.gui.main_window import MainWindow
    from guardian_desktop.gui.preferences import PreferencesDialog
    from guardian_desktop.gui.safety.first_run import QuickExitIntroDialog
    from guardian_desktop.gui.start.new_case import NewCaseScreen
    from guardian_desktop.gui.start.recovery_code import RecoveryCodeScreen
    from guardian_desktop.gui.start.unlock import UnlockScreen
    from guardian_desktop.gui.wizard.report import ReportPage

    app = GuardianApplication([sys.argv[0]])
    app.set_language(args.lang)
    settings = Settings(quick_exit_explained=True)  # the explanation is rendered on its own
    if args.font_scale != 1.0:
        font = QFont(app.font())
        font.setPointSizeF(font.pointSizeF() * args.font_scale)
        app.setFont(font)
    args.out.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def shoot(widget: QWidget, name: str) -> None:
        settle()
        path = args.out / f"{args.prefix}{name}.png"
        widget.grab().save(str(path))
        print(path)

    for dialog, name in (
        (QuickExitIntroDialog(), "quick-exit-explained"),
        (PreferencesDialog(settings, case_open=True), "settings"),
        (AboutDialog(), "about"),
    ):
        dialog.show()
        shoot(dialog, name)
        dialog.close()

    window = MainWindow(settings=settings)
    window.resize(width, height)
    window.show()
    shoot(window, "start")
    window.show_help()
    shoot(window, "help-now")
    window.show_under_18()
    shoot(window, "under-18")
    window.show_new_case()
    screen = window.stack.currentWidget()
    assert isinstance(screen, NewCaseScreen)
    shoot(window, "new-case")
    screen.pass1.edit.setText("short")
    screen.create_case()
    shoot(window, "new-case-error")
    window.stack.addWidget(code := RecoveryCodeScreen("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345"))
    window.stack.setCurrentWidget(code)
    shoot(window, "recovery-code")
    vault, _ = CaseVault.create(Path(os.environ["HOME"]) / "shown", "a passphrase", "Shown",
                                role=Role.HELPER)  # fmt: skip
    folder = vault.folder
    vault.close()
    unlock = UnlockScreen(folder)
    window.stack.addWidget(unlock)
    window.stack.setCurrentWidget(unlock)
    unlock.passphrase.edit.setText("wrong passphrase")
    unlock.unlock()
    while unlock.busy:  # the key is worked out on a worker thread
        app.processEvents()
        time.sleep(0.01)
    shoot(window, "unlock-wrong-passphrase")
    window.close()

    practice = MainWindow(practice=True, settings=settings)
    practice.resize(width, height)
    practice.show()
    wizard = practice.wizard
    assert wizard is not None
    for number, page in enumerate(wizard.pages, 1):
        wizard.go_to(page.step_id)
        if page.step_id == "platform":
            selected = page.ctx.saver.get("platform.selected", []) or []
            if not selected:
                page.choices["snapchat"].setChecked(True)  # type: ignore[attr-defined]
        shoot(practice, f"step-{number}-{page.step_id}")
        if isinstance(page, ReportPage):
            page.make_report()
            deadline = time.monotonic() + 120
            while page.builder.busy and time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.05)
            settle()
            area = page.findChild(QScrollArea)
            if area is not None:
                area.ensureWidgetVisible(page.status, 0, 0)
                area.verticalScrollBar().setValue(
                    area.verticalScrollBar().value() + area.viewport().height() // 3
                )
            shoot(practice, f"step-{number}-{page.step_id}-preview")
    practice.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
