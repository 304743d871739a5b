"""The main window: start screen, new case, unlock, then the wizard for the open case."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from pathlib import Path

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from guardian_desktop.core import keys
from guardian_desktop.core.errors import GuardianError, NoKeyringError
from guardian_desktop.core.settings import load_settings, save_settings
from guardian_desktop.core.vault import CaseVault, default_cases_dir, is_case

from . import seams
from .start.new_case import NewCaseScreen
from .start.recovery_code import RecoveryCodeScreen
from .start.start_screen import StartScreen
from .start.unlock import UnlockScreen
from .widgets.banner import PracticeBanner
from .wizard.view import WizardView

# Shown on screen on purpose: the practice case holds only made-up data.
PRACTICE_PASSPHRASE = "practice case 123"  # noqa: S105


class MainWindow(QMainWindow):
    def __init__(self, *, practice: bool = False) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Guardian Desktop"))
        self.settings = load_settings()
        self.vault: CaseVault | None = None
        self.wizard: WizardView | None = None
        self.practice_dir: Path | None = None
        self.banner: PracticeBanner | None = None
        central = QWidget()
        self._layout = QVBoxLayout(central)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        self._layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.start = StartScreen(self.settings)
        self.start.new_requested.connect(self.show_new_case)
        self.start.open_requested.connect(self.open_case)
        self.start.practice_requested.connect(self.start_practice)
        self._show(self.start)
        if practice:
            self.start_practice()

    def _show(self, widget: QWidget) -> None:
        if self.stack.indexOf(widget) < 0:
            self.stack.addWidget(widget)
        old = self.stack.currentWidget()
        self.stack.setCurrentWidget(widget)
        if old is not None and old is not widget and old is not self.start:
            self.stack.removeWidget(old)
            old.deleteLater()
        widget.setFocus()

    # --- new case ----------------------------------------------------------------------

    def show_new_case(self) -> None:
        screen = NewCaseScreen()
        screen.created.connect(self._case_created)
        screen.cancelled.connect(self.show_start)
        self._show(screen)

    def _case_created(self, vault: CaseVault, code: str, remember: bool) -> None:
        self.vault = vault
        self._remember(remember)
        screen = RecoveryCodeScreen(code)
        screen.done.connect(self._show_wizard)
        self._show(screen)

    def _remember(self, remember: bool) -> None:
        if not remember or self.vault is None:
            return
        try:
            self.vault.remember_on_this_computer(True)
        except NoKeyringError as exc:
            seams.inform(self, self.tr("The case is not remembered"), str(exc))

    # --- opening -----------------------------------------------------------------------

    def open_case(self, path: str = "") -> None:
        if not path:
            default = default_cases_dir()
            default.mkdir(parents=True, exist_ok=True)
            path = seams.open_folder(self, self.tr("Choose the case folder (.gdcase)"),
                                     str(default))  # fmt: skip
            if not path:
                return
        folder = Path(path)
        if not is_case(folder):
            seams.inform(self, self.tr("This is not a case"), self.tr(
                "That folder is not a Guardian Desktop case. Choose the folder whose name "
                "ends in .gdcase. If it is on a USB stick, check that it is plugged in."
            ), warning=True)  # fmt: skip
            return
        vault = self._open_remembered(folder)
        if vault is not None:
            self._opened(vault, False)
            return
        screen = UnlockScreen(folder)
        screen.unlocked.connect(self._opened)
        screen.cancelled.connect(self.show_start)
        self._show(screen)

    def _open_remembered(self, folder: Path) -> CaseVault | None:
        try:
            case_id = keys.read_key_files(folder)[0][1].case_id
            data_key = keys.keyring_load(case_id)
            return CaseVault.open(folder, data_key=data_key) if data_key else None
        except GuardianError:
            return None  # fall back to the passphrase

    def _opened(self, vault: CaseVault, remember: bool) -> None:
        self.vault = vault
        self._remember(remember)
        if not vault.info().practice:
            self.settings.add_recent(vault.folder)
            with contextlib.suppress(OSError):
                save_settings(self.settings)
        self._show_wizard()

    # --- practice ----------------------------------------------------------------------

    def start_practice(self) -> None:
        from guardian_desktop.core.practice import create_practice_case

        self.close_case()
        parent = default_cases_dir() / "practice"
        parent.mkdir(parents=True, exist_ok=True)
        self.practice_dir = Path(tempfile.mkdtemp(prefix="practice-", dir=parent))
        try:
            vault, _code = create_practice_case(self.practice_dir / "practice.gdcase",
                                                PRACTICE_PASSPHRASE)  # fmt: skip
        except GuardianError as exc:
            seams.inform(
                self, self.tr("The practice case could not be made"), str(exc), warning=True
            )
            return
        self.banner = PracticeBanner(PRACTICE_PASSPHRASE)
        self._layout.insertWidget(0, self.banner)
        self.vault = vault
        self._show_wizard()

    # --- the wizard --------------------------------------------------------------------

    def _show_wizard(self) -> None:
        assert self.vault is not None
        self.wizard = WizardView(self.vault)
        self.wizard.close_requested.connect(self.show_start)
        self._show(self.wizard)

    def close_case(self) -> None:
        """Save everything and lock the case. Safe to call more than once."""
        if self.wizard is not None:
            self.wizard.save_all()
        if self.vault is not None:
            self.vault.close()
        self.vault = None
        self.wizard = None
        if self.banner is not None:
            self.banner.deleteLater()
            self.banner = None
        if self.practice_dir is not None:
            shutil.rmtree(self.practice_dir, ignore_errors=True)
            self.practice_dir = None

    def show_start(self) -> None:
        self.close_case()
        self.start.refresh()
        self._show(self.start)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.close_case()
        super().closeEvent(event)
