"""The main window: lays out the screens (start, help now, under 18, new case, unlock, the
wizard) under one top bar. The case's life (open, lock, close, practice, delete) is
gui/lifecycle.CaseSession's job; this module only decides which screen shows."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from guardian_desktop.core.models import Role
from guardian_desktop.core.resources import resource_path
from guardian_desktop.core.settings import Settings, load_settings
from guardian_desktop.core.vault import CaseVault

from .about import AboutDialog
from .lifecycle import PRACTICE_PASSPHRASE, CaseSession
from .preferences import PreferencesDialog
from .safety.autolock import AutoLock
from .safety.clipboard import app_clipboard
from .safety.discreet import apply_discreet, is_discreet
from .safety.first_run import QuickExitIntroDialog
from .safety.quick_exit import QuickExit
from .safety.unlock_dialog import CaseLock
from .start.help_now import HelpNowView
from .start.new_case import NewCaseScreen
from .start.recovery_code import RecoveryCodeScreen
from .start.start_screen import StartScreen
from .start.under_18 import Under18Screen
from .start.unlock import UnlockScreen
from .top_bar import TopBar
from .widgets.banner import PracticeBanner
from .wizard.view import STEP_KEY, WizardView

__all__ = ["PRACTICE_PASSPHRASE", "STEP_KEY", "MainWindow"]


class MainWindow(QMainWindow):
    def __init__(self, *, practice: bool = False, settings: Settings | None = None) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Guardian Desktop"))
        icon = resource_path("icons", "guardian.png")
        if icon.exists():
            self.setWindowIcon(QIcon(str(icon)))
        self.session = CaseSession(settings if settings is not None else load_settings(), self)
        self.wizard: WizardView | None = None
        self.banner: PracticeBanner | None = None
        # Where "Save evidence" came from, so Go back returns there with nothing lost.
        self._came_from: tuple[str, dict[str, object]] = ("start", {})
        self._open_at = ""  # the wizard step a new case opens at
        self._busy_count = 0  # imports, report builds and bundle saves running in the wizard
        self._retranslate_pending = False  # a language switch waits for them to end
        central = QWidget()
        self._layout = QVBoxLayout(central)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.top_bar = self._make_top_bar()
        self._layout.addWidget(self.top_bar)
        self.stack = QStackedWidget()
        self._layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._install_safety()
        self.start = self._make_start()
        self._show(self.start)
        if practice:
            self.start_practice()

    # --- the open case, kept by the session (these names are used across the GUI) ------

    @property
    def vault(self) -> CaseVault | None:
        return self.session.vault

    @vault.setter
    def vault(self, vault: CaseVault | None) -> None:
        self.session.vault = vault

    @property
    def settings(self) -> Settings:
        return self.session.settings

    @settings.setter
    def settings(self, settings: Settings) -> None:
        self.session.settings = settings

    @property
    def practice_dir(self) -> Path | None:
        return self.session.practice_dir

    # --- the top bar -----------------------------------------------------------------------

    def _make_top_bar(self) -> TopBar:
        self.quick_exit = QuickExit(self, neutral_url=self.settings.quick_exit_url or None)
        bar = TopBar(self.quick_exit)
        bar.settings_button.clicked.connect(self.show_settings)
        bar.about_button.clicked.connect(lambda: AboutDialog.ask(self))
        # The parts other code and tests reach for.
        self.settings_button = bar.settings_button
        self.about_button = bar.about_button
        self.case_label = bar.case_label
        self.quick_exit_indicator = bar.quick_exit_indicator
        self.quick_exit_button = bar.quick_exit_button
        return bar

    def _update_case_label(self) -> None:
        """The case's name while the wizard shows; discreet mode hides it (the name may
        say who the case is about)."""
        name = self.session.case_name() if self.wizard is not None else ""
        self.top_bar.show_case_name("" if is_discreet(self) else name)

    # --- safety: quick exit, auto-lock, discreet mode ------------------------------------

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
        if self.wizard is not None and self.session.is_open:
            self.wizard.save_all()

    def _auto_lock(self) -> None:
        """Hide first, then save and close the case; the same step comes back on unlock."""
        vault = self.session.vault
        if vault is None or self.session.is_practice or not vault.is_open:
            return
        if self.autolock.paused:
            return  # a new recovery code on show, an import or a report build: not now
        self.case_lock.lock(vault.folder)
        try:
            self.session.lock_for_idle(self._save_wizard)
        finally:
            _clear_app_clipboard()

    def _after_unlock(self, vault: CaseVault) -> None:
        self.session.vault = vault
        self._show_wizard()

    def _closed_while_locked(self) -> None:
        self.session.vault = None
        self.wizard = None
        self.show_start()

    # --- settings, language, discreet -----------------------------------------------------

    def show_settings(self) -> None:
        new, action = PreferencesDialog.ask(
            self.settings,
            case_open=self.session.vault is not None and not self.session.is_practice,
            parent=self,
        )
        if action == "delete":
            self.delete_open_case()
            return
        if action == "check":
            self.check_open_case()
            return
        if action in {"new_code", "rekey"} and self.session.vault is not None:
            from .key_actions import make_new_recovery_code, rekey_case

            self._save_wizard()
            (rekey_case if action == "rekey" else make_new_recovery_code)(self, self.session.vault)
            return
        if new is None:
            return
        language_changed = new.language != self.settings.language
        self.settings = new
        self.session.save_settings()
        self.quick_exit.neutral_url = new.quick_exit_url or None
        self.autolock.set_minutes(new.auto_lock_minutes)
        apply_discreet(self, new.discreet_mode)
        if language_changed:
            self.languageChangeRequested(new.language)
        else:
            self._rebuild_start()
            self._update_case_label()

    def languageChangeRequested(self, language: str) -> None:  # noqa: N802 - Qt-style hook
        """Install the new language and show everything in it: the top bar and the start
        screen are translated again, the screen on show is built again with what was on
        it (the wizard saves everything and reads it back; the same step stays open)."""
        from .app import GuardianApplication

        app = GuardianApplication.instance()
        if isinstance(app, GuardianApplication):
            app.set_language(language)
        self.retranslate()

    def retranslate(self) -> None:
        """Show every screen in the language now installed; nothing typed is lost."""
        self.setWindowTitle(self.tr("Guardian Desktop"))
        self.top_bar.retranslate()
        self._update_case_label()
        if self.banner is not None:
            self._layout.removeWidget(self.banner)
            self.banner.deleteLater()
            self.banner = PracticeBanner(PRACTICE_PASSPHRASE)
            self._layout.insertWidget(0, self.banner)
            self.banner.show()
        current = self.stack.currentWidget()
        self._rebuild_start()
        if self.wizard is not None and current is self.wizard and self._busy_count:
            # Building the wizard again would stop the import (or build) under way: the
            # steps change language when it ends.
            self._retranslate_pending = True
        elif self.wizard is not None and current is self.wizard:
            step = self.wizard.current_page.step_id
            self._save_wizard()
            self._show_wizard()
            assert self.wizard is not None
            self.wizard.go_to(step)
        elif isinstance(current, HelpNowView):
            self.show_help(
                current.current_role(), current.under_18, current.ticks(),
                region=current.region, from_under_18=current.from_under_18,
            )  # fmt: skip
        elif isinstance(current, Under18Screen):
            self.show_under_18(current.current_role(), current.current_region())
        elif isinstance(current, NewCaseScreen | UnlockScreen | RecoveryCodeScreen):
            self._rebuild_keeping(current)

    def _rebuild_keeping(self, old: QWidget) -> None:
        """The new-case, unlock and recovery-code screens again, with what was typed."""
        if isinstance(old, NewCaseScreen):
            screen: QWidget = self._new_case_screen(old.presets())
            assert isinstance(screen, NewCaseScreen)
            screen.restore(old.snapshot())
        elif isinstance(old, UnlockScreen):
            if old.busy:
                return  # the key is being worked out: the next screen comes in the new language
            screen = self._unlock_screen(old.folder)
            assert isinstance(screen, UnlockScreen)
            screen.restore(old.snapshot())
        else:
            assert isinstance(old, RecoveryCodeScreen)
            screen = self._recovery_screen(old.code)
            assert isinstance(screen, RecoveryCodeScreen)
            screen.written.setChecked(old.written.isChecked())
        self._show(screen)

    def _rebuild_start(self) -> None:
        old = self.start
        self.start = self._make_start()
        if self.stack.currentWidget() is old:
            self._show(self.start)
        self.stack.removeWidget(old)
        old.deleteLater()

    def _make_start(self) -> StartScreen:
        start = StartScreen(self.settings, discreet=self.settings.discreet_mode)
        start.help_requested.connect(lambda: self.show_help())
        start.under_18_requested.connect(lambda: self.show_under_18())
        start.new_requested.connect(lambda: self.show_new_case())
        start.open_requested.connect(self.open_case)
        start.practice_requested.connect(self.start_practice)
        return start

    def _show(self, widget: QWidget) -> None:
        if self.stack.indexOf(widget) < 0:
            self.stack.addWidget(widget)
        old = self.stack.currentWidget()
        self.stack.setCurrentWidget(widget)
        if old is not None and old is not widget and old is not self.start:
            self.stack.removeWidget(old)
            old.deleteLater()
        widget.setFocus()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        # A language installed elsewhere (not through Settings) also reaches the top bar.
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "top_bar"):
            self.top_bar.retranslate()
        super().changeEvent(event)

    # --- help first: no case and no passphrase ---------------------------------------------

    def show_help(
        self,
        role: str = "victim",
        under_18: bool | None = None,
        ticks: dict | None = None,
        *,
        region: str = "",
        from_under_18: bool = False,
    ) -> None:
        """Steps 1-2 to read now. From the under-18 screen, its region and the way back to
        it are kept (for "Save evidence" and "Go back")."""
        view = HelpNowView(role, under_18, ticks, region=region, from_under_18=from_under_18)
        view.save_requested.connect(
            lambda r, u, t: self._save_from_help(r, u, t, region, from_under_18)
        )
        if from_under_18:
            view.back_requested.connect(lambda: self.show_under_18(view.current_role(), region))
        else:
            view.back_requested.connect(self.show_start)
        self._show(view)

    def _save_from_help(
        self,
        role: str,
        under_18: bool | None,
        ticks: dict,
        region: str = "",
        from_under_18: bool = False,
    ) -> None:
        self._came_from = ("help", {
            "role": role, "under_18": under_18, "ticks": ticks,
            "region": region, "from_under_18": from_under_18,
        })  # fmt: skip
        self.show_new_case(
            why=True, role=Role(role), under_18=under_18, region=region, open_at="evidence"
        )

    def show_under_18(self, role: str = "victim", region: str = "") -> None:
        screen = Under18Screen(role, region) if region else Under18Screen(role)
        screen.help_requested.connect(
            lambda r: self.show_help(r, True, region=screen.current_region(), from_under_18=True)
        )
        screen.save_requested.connect(self._save_from_under_18)
        screen.back_requested.connect(self.show_start)
        self._show(screen)

    def _save_from_under_18(self, role: str, region: str) -> None:
        self._came_from = ("under_18", {"role": role, "region": region})
        self.show_new_case(
            why=True, role=Role(role), under_18=True, region=region, open_at="evidence"
        )

    # --- new case --------------------------------------------------------------------------

    def show_new_case(
        self,
        *,
        why: bool = False,
        role: Role | None = None,
        under_18: bool | None = None,
        region: str = "",
        open_at: str = "",
    ) -> None:
        if not why:
            self._came_from = ("start", {})
        self._open_at = open_at
        presets = {"why": why, "role": role, "under_18": under_18, "region": region}
        self._show(self._new_case_screen(presets))

    def _new_case_screen(self, presets: dict) -> NewCaseScreen:
        screen = NewCaseScreen(**presets)
        screen.created.connect(self._case_created)
        screen.cancelled.connect(self._back_from_new_case)
        return screen

    def _back_from_new_case(self) -> None:
        where, state = self._came_from
        self._came_from = ("start", {})
        if where == "help":
            self.show_help(**state)  # type: ignore[arg-type]
        elif where == "under_18":
            self.show_under_18(**state)  # type: ignore[arg-type]
        else:
            self.show_start()

    def _case_created(self, vault: CaseVault, code: str, remember: bool) -> None:
        self.session.adopt(vault, remember=remember)
        where, state = self._came_from
        if where == "help":
            # The ticks made while reading come into the case's step 2 checklist.
            ticks = state.get("ticks")
            for check_id, ticked in (ticks if isinstance(ticks, dict) else {}).items():
                if ticked:
                    vault.set_progress(f"stop_contact.{check_id}", True)
        self._came_from = ("start", {})
        self._show(self._recovery_screen(code))

    def _recovery_screen(self, code: str) -> RecoveryCodeScreen:
        screen = RecoveryCodeScreen(code)
        screen.done.connect(lambda: self._show_wizard(self._open_at))
        return screen

    # --- opening ---------------------------------------------------------------------------

    def open_case(self, path: str = "") -> None:
        folder = self.session.choose_case(path)
        if folder is None:
            return
        vault = self.session.open_remembered(folder)
        if vault is not None:
            self._opened(vault, False)
            return
        self._show(self._unlock_screen(folder))

    def _unlock_screen(self, folder: Path) -> UnlockScreen:
        screen = UnlockScreen(folder)
        screen.unlocked.connect(self._opened)
        screen.cancelled.connect(self.show_start)
        return screen

    def _opened(self, vault: CaseVault, remember: bool) -> None:
        self.session.adopt(vault, remember=remember)
        self._open_at = ""
        self._show_wizard()

    # --- practice ----------------------------------------------------------------------------

    def start_practice(self, route: str = "adult") -> None:
        self.close_case()
        if self.session.start_practice(route) is None:
            return
        self.banner = PracticeBanner(PRACTICE_PASSPHRASE)
        self._layout.insertWidget(0, self.banner)
        self.banner.show()
        self._show_wizard()

    # --- the wizard --------------------------------------------------------------------------

    def _show_wizard(self, open_at: str = "") -> None:
        vault = self.session.vault
        assert vault is not None
        if not self.settings.quick_exit_explained:
            QuickExitIntroDialog.ask(self)
            self.settings.quick_exit_explained = True
            self.session.save_settings()
        self._busy_count = 0  # a new wizard, in the language installed now
        self._retranslate_pending = False
        self.wizard = WizardView(vault)
        self.wizard.close_requested.connect(self.show_start)
        self.wizard.busy_changed.connect(self._busy)
        if open_at:
            self.wizard.go_to(open_at)
        self._open_at = ""
        self._show(self.wizard)
        self._update_case_label()
        if not self.session.is_practice:
            self.autolock.start()

    def _busy(self, busy: bool) -> None:
        """No auto-lock in the middle of an import or a report build."""
        self._busy_count = self._busy_count + 1 if busy else max(0, self._busy_count - 1)
        if busy:
            self.autolock.pause()
        else:
            self.autolock.resume()
            if not self._busy_count and self._retranslate_pending:
                # Not inside the signal of the screen that just finished.
                QTimer.singleShot(0, self, self._retranslate_postponed)

    def _retranslate_postponed(self) -> None:
        """The language switch asked for during an import, now that nothing runs."""
        if not self._retranslate_pending or self._busy_count:
            return
        self._retranslate_pending = False
        if self.wizard is not None and self.stack.currentWidget() is self.wizard:
            self.retranslate()

    def close_case(self) -> None:
        """Save everything and lock the case. Safe to call more than once."""
        self.autolock.stop()
        try:
            self.session.close(self._save_wizard)
        finally:
            self.wizard = None
            self._busy_count = 0
            self._retranslate_pending = False
            if self.banner is not None:
                self.banner.deleteLater()
                self.banner = None
            self._update_case_label()
            _clear_app_clipboard()

    def show_start(self) -> None:
        self.close_case()
        self.start.refresh()
        self._show(self.start)

    def check_open_case(self) -> None:
        if self.session.vault is None:
            return
        self._save_wizard()
        self.session.check()

    def delete_open_case(self) -> None:
        if self.session.delete(close_first=self.show_start):
            self.start.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        try:
            self.case_lock.release()
            self.autolock.stop()
            self.session.close_safely(self._save_wizard)
        finally:
            # The app-wide filters go with the window: a closed window must not react to keys.
            self.quick_exit.uninstall()
            self.autolock.close()
        super().closeEvent(event)


def _clear_app_clipboard() -> None:
    """The case locked or closed: what the app copied (the case summary, a reference) does
    not stay on the clipboard for the next person at the computer. What the person copied
    from elsewhere is left alone."""
    with contextlib.suppress(Exception):  # locking and closing must never stop half-way
        app_clipboard.clear_if_ours()
