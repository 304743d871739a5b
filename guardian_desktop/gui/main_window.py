"""The main window: start screen, new case, unlock, then the wizard for the open case."""

from __future__ import annotations

import contextlib
import logging
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from guardian_desktop.core import keys
from guardian_desktop.core.deletion import delete_case
from guardian_desktop.core.errors import GuardianError, NoKeyringError
from guardian_desktop.core.resources import resource_path
from guardian_desktop.core.settings import Settings, load_settings, save_settings
from guardian_desktop.core.vault import CaseVault, default_cases_dir, is_case

from . import seams
from .about import AboutDialog
from .crash import crash_summary
from .errors import error_text
from .evidence.worker import stop_all_tasks
from .preferences import PreferencesDialog
from .safety.autolock import AutoLock
from .safety.discreet import apply_discreet
from .safety.first_run import QuickExitIntroDialog
from .safety.quick_exit import QuickExit, QuickExitIndicator, make_quick_exit_button
from .safety.unlock_dialog import CaseLock
from .start.new_case import NewCaseScreen
from .start.recovery_code import RecoveryCodeScreen
from .start.start_screen import StartScreen
from .start.unlock import UnlockScreen
from .widgets.banner import PracticeBanner
from .wizard.view import WizardView

log = logging.getLogger(__name__)

# Shown on screen on purpose: the practice case holds only made-up data.
PRACTICE_PASSPHRASE = "practice case 123"  # noqa: S105


class MainWindow(QMainWindow):
    def __init__(self, *, practice: bool = False, settings: Settings | None = None) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Guardian Desktop"))
        icon = resource_path("icons", "guardian.png")
        if icon.exists():
            self.setWindowIcon(QIcon(str(icon)))
        self.settings = settings if settings is not None else load_settings()
        self.vault: CaseVault | None = None
        self.wizard: WizardView | None = None
        self.practice_dir: Path | None = None
        self.banner: PracticeBanner | None = None
        central = QWidget()
        self._layout = QVBoxLayout(central)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(self._top_bar())
        self.stack = QStackedWidget()
        self._layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._install_safety()
        self.start = self._make_start()
        self._show(self.start)
        if practice:
            self.start_practice()

    # --- safety: quick exit, auto-lock, discreet mode ------------------------------------

    def _top_bar(self) -> QHBoxLayout:
        """Settings and About on the left; the quick exit button on every screen, right."""
        bar = QHBoxLayout()
        em = self.fontMetrics().height()
        bar.setContentsMargins(em // 2, em // 4, em // 2, 0)
        self.settings_button = QPushButton(self.tr("Settin&gs"))
        self.settings_button.setAccessibleName(self.tr("Settings"))
        self.settings_button.clicked.connect(self.show_settings)
        # Every screen shows this bar, so its keys must clash with none: Alt+G and F1.
        self.about_button = QPushButton(self.tr("About"))
        self.about_button.setAccessibleName(self.tr("About Guardian Desktop"))
        self.about_button.setToolTip(self.tr("About Guardian Desktop (F1)"))
        self.about_button.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.about_button.clicked.connect(lambda: AboutDialog.ask(self))
        bar.addWidget(self.settings_button)
        bar.addWidget(self.about_button)
        bar.addStretch(1)
        self.quick_exit = QuickExit(self, neutral_url=self.settings.quick_exit_url or None)
        self.quick_exit_indicator = QuickExitIndicator(self.quick_exit)
        self.quick_exit_button = make_quick_exit_button(self, self.quick_exit)
        bar.addWidget(self.quick_exit_indicator)
        bar.addWidget(self.quick_exit_button)
        return bar

    def _install_safety(self) -> None:
        self.quick_exit.install()
        self.quick_exit.add_save_callback(self._save_wizard)
        self.quick_exit.set_lock_callback(self.close_case)
        self.autolock = AutoLock(self, minutes=self.settings.auto_lock_minutes)
        self.autolock.lockRequested.connect(self._auto_lock)
        self.case_lock = CaseLock(self, quick_exit=self.quick_exit)
        self.case_lock.unlocked.connect(self._after_unlock)
        self.case_lock.close_requested.connect(self._closed_while_locked)
        apply_discreet(self, self.settings.discreet_mode)

    def _save_wizard(self) -> None:
        if self.wizard is not None and self.vault is not None and self.vault.is_open:
            self.wizard.save_all()

    def _auto_lock(self) -> None:
        """Hide first, then save and close the case; the same step comes back on unlock."""
        if self.vault is None or self.practice_dir is not None or not self.vault.is_open:
            return
        folder = self.vault.folder
        self.case_lock.lock(folder)
        stop_all_tasks()
        try:
            self._save_wizard()
        finally:
            self.vault.close()

    def _after_unlock(self, vault: CaseVault) -> None:
        self.vault = vault
        self._show_wizard()

    def _closed_while_locked(self) -> None:
        self.vault = None
        self.wizard = None
        self.show_start()

    def _make_start(self) -> StartScreen:
        start = StartScreen(self.settings)
        start.new_requested.connect(self.show_new_case)
        start.open_requested.connect(self.open_case)
        start.practice_requested.connect(self.start_practice)
        return start

    def show_settings(self) -> None:
        new, action = PreferencesDialog.ask(
            self.settings,
            case_open=self.vault is not None and self.practice_dir is None,
            parent=self,
        )
        if action == "delete":
            self.delete_open_case()
            return
        if action == "check":
            self.check_open_case()
            return
        if new is None:
            return
        language_changed = new.language != self.settings.language
        self.settings = new
        with contextlib.suppress(OSError):
            save_settings(self.settings)
        self.quick_exit.neutral_url = new.quick_exit_url or None
        self.autolock.set_minutes(new.auto_lock_minutes)
        apply_discreet(self, new.discreet_mode)
        if language_changed:
            self.languageChangeRequested(new.language)
        self._rebuild_start()

    def languageChangeRequested(self, language: str) -> None:  # noqa: N802 - Qt-style hook
        """Install the new language and build the screens again in it (nothing is lost:
        the wizard saves everything and reads it back from the case)."""
        from .app import GuardianApplication

        app = GuardianApplication.instance()
        if isinstance(app, GuardianApplication):
            app.set_language(language)
        self.setWindowTitle(self.tr("Guardian Desktop"))
        if self.wizard is not None:
            step = self.wizard.current_page.step_id
            self._save_wizard()
            self._show_wizard()
            assert self.wizard is not None
            self.wizard.go_to(step)

    def _rebuild_start(self) -> None:
        old = self.start
        self.start = self._make_start()
        if self.stack.currentWidget() is old:
            self._show(self.start)
        self.stack.removeWidget(old)
        old.deleteLater()

    def check_open_case(self) -> None:
        """Verify the case and say plainly what was found, and what can still be read."""
        if self.vault is None:
            return
        self._save_wizard()
        report = self.vault.verify()
        if report.ok:
            seams.inform(
                self,
                self.tr("The case is intact"),
                self.tr(
                    "Everything checked out: the encryption, the fingerprints of all "
                    "{count} screenshots and the record of changes."
                ).format(count=report.items_checked),
            )
            return
        readable = "\n".join(self.vault.readable_summary())
        seams.inform(
            self,
            self.tr("The case has a problem"),
            self.tr(
                "Part of the case could not be read or does not match its fingerprint. "
                "Keep a copy of the whole case folder, and make your report now while the "
                "rest can still be read.\n\nWhat was found:\n{problems}\n\nStill "
                "readable:\n{readable}"
            ).format(problems="\n".join(report.problems[:10]), readable=readable),
            warning=True,
        )

    def delete_open_case(self) -> None:
        if self.vault is None:
            return
        if not seams.confirm(
            self,
            self.tr("Delete this case?"),
            self.tr(
                "This deletes the case and all the evidence in it from this computer. It "
                "cannot be undone. Only do this if you no longer need the evidence, for "
                "example after the police have a copy."
            ),
            self.tr("Delete the case"),
            self.tr("Keep the case"),
        ):
            return
        folder, case_id = self.vault.folder, self.vault.case_id
        self.show_start()
        try:
            report = delete_case(folder, case_id)
        except GuardianError as exc:
            seams.inform(
                self, self.tr("The case could not be deleted"), error_text(exc), warning=True
            )
            return
        self._forget_recent(folder)
        if report.ok:
            seams.inform(
                self,
                self.tr("The case is deleted"),
                self.tr(
                    "The case files were overwritten and removed, and the app no longer "
                    "remembers the case. Some copies may still exist: SSD drives, backups, "
                    "cloud folders and system restore can keep old copies of files."
                ),
            )
        else:
            seams.inform(
                self,
                self.tr("The case could not be fully deleted"),
                self.tr("Some files could not be removed:") + "\n" + "\n".join(report.problems),
                warning=True,
            )

    def _forget_recent(self, folder: Path) -> None:
        """A deleted case leaves no trace in the list of recent cases."""
        gone = {str(folder), str(folder.resolve())}
        kept = [p for p in self.settings.recent_cases if p not in gone]
        if kept == self.settings.recent_cases:
            return
        self.settings.recent_cases = kept
        with contextlib.suppress(OSError):
            save_settings(self.settings)
        self.start.refresh()

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
            seams.inform(self, self.tr("The case is not remembered"), error_text(exc))

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
                self, self.tr("The practice case could not be made"), error_text(exc), warning=True
            )
            return
        self.banner = PracticeBanner(PRACTICE_PASSPHRASE)
        self._layout.insertWidget(0, self.banner)
        self.vault = vault
        self._show_wizard()

    # --- the wizard --------------------------------------------------------------------

    def _show_wizard(self) -> None:
        assert self.vault is not None
        if not self.settings.quick_exit_explained:
            QuickExitIntroDialog.ask(self)
            self.settings.quick_exit_explained = True
            with contextlib.suppress(OSError):
                save_settings(self.settings)
        self.wizard = WizardView(self.vault)
        self.wizard.close_requested.connect(self.show_start)
        self.wizard.busy_changed.connect(self._busy)
        self._show(self.wizard)
        if self.practice_dir is None:
            self.autolock.start()

    def _busy(self, busy: bool) -> None:
        """No auto-lock in the middle of an import or a report build."""
        if busy:
            self.autolock.pause()
        else:
            self.autolock.resume()

    def close_case(self) -> None:
        """Save everything and lock the case. Safe to call more than once.

        Running imports are cancelled and waited for first, so no thread writes to a
        closed case; the case closes even when saving fails."""
        self.autolock.stop()
        try:
            stop_all_tasks()
            self._save_wizard()
        finally:
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
        try:
            self.close_case()
        except Exception as exc:  # noqa: BLE001 - the window must still close and clean up
            # Only the kind of error and where: its message may name a file or a person.
            log.error("closing the case failed: %s", crash_summary(type(exc), exc.__traceback__))
        finally:
            # The app-wide filters go with the window: a closed window must not react to keys.
            self.quick_exit.uninstall()
            self.autolock.close()
        super().closeEvent(event)
