"""The open case's life: make, open, unlock (off the UI thread), practise, lock, close, delete.

No screens here: MainWindow lays out screens and calls this. Questions and messages go
through gui/seams.py. Unlocking derives the key with scrypt (about half a second at full
cost), so it runs in an UnlockTask thread and the window stays responsive.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer
from PySide6.QtWidgets import QWidget

from guardian_desktop.core import keys
from guardian_desktop.core.deletion import delete_case
from guardian_desktop.core.errors import GuardianError, NoKeyringError
from guardian_desktop.core.settings import Settings, save_settings
from guardian_desktop.core.vault import CaseVault, default_cases_dir, is_case

from . import seams
from .crash import crash_summary
from .errors import error_text
from .evidence.worker import stop_all_tasks

log = logging.getLogger(__name__)

# Shown on screen on purpose: the practice case holds only made-up data.
PRACTICE_PASSPHRASE = "practice case 123"  # noqa: S105

Opener = Callable[..., CaseVault]


# --- unlocking off the UI thread --------------------------------------------------------

# Like the evidence tasks: no Qt parent, kept here until the thread has ended, so a screen
# closed mid-unlock never destroys a running thread.
_UNLOCKS: set[UnlockTask] = set()


class UnlockTask(QThread):
    """Runs `opener(folder, **secret)` (CaseVault.open) once on its own thread.

    It emits no Python signal from the thread: the caller learns of the end from
    QThread.finished (emitted by Qt from C++), then reads `vault` or `error`. A task that
    is discarded before it ends closes the vault it opened, so no key stays in memory."""

    def __init__(
        self,
        folder: Path,
        secret: dict[str, str],
        opener: Opener,
        done: Callable[[UnlockTask], None] | None = None,
        owner: QObject | None = None,
    ) -> None:
        super().__init__()
        self._folder = folder
        self._secret = dict(secret)
        self._opener = opener
        self._done = done
        self._owner = owner
        self.vault: CaseVault | None = None
        self.error: GuardianError | None = None
        self.discarded = False
        _UNLOCKS.add(self)
        self.finished.connect(self._finished)

    def run(self) -> None:
        try:
            self.vault = self._opener(self._folder, **self._secret)
        except GuardianError as exc:
            self.error = exc
        except Exception as exc:  # noqa: BLE001 - never let a worker thread die silently
            log.error("unlocking failed: %s", crash_summary(type(exc), exc.__traceback__))
            self.error = GuardianError(
                QCoreApplication.translate(
                    "CaseSession",
                    "Something went wrong while opening the case. Nothing in it was "
                    "changed. Please try again.",
                )
            )
        finally:
            self._secret.clear()

    def discard(self) -> None:
        """The person went away (back, quick exit): the result is not wanted."""
        self.discarded = True

    def _finished(self) -> None:
        owner_gone = self._owner is not None and not shiboken6.isValid(self._owner)
        if self.discarded or owner_gone:
            if self.vault is not None:
                with contextlib.suppress(Exception):
                    self.vault.close()
                self.vault = None
        elif self._done is not None:
            self._done(self)
        # Dropped on a later turn of the event loop, never inside its own signal.
        QTimer.singleShot(0, self._forget)

    def _forget(self) -> None:
        self.wait()
        _UNLOCKS.discard(self)


def start_unlock(
    folder: Path,
    secret: dict[str, str],
    done: Callable[[UnlockTask], None],
    *,
    opener: Opener | None = None,
    owner: QObject | None = None,
) -> UnlockTask:
    """Open the case on a worker thread (CaseVault.open unless `opener` is given);
    `done(task)` runs on the UI thread at the end, unless the task was discarded or
    `owner` (the screen that asked) is gone - then the opened case is closed again."""
    task = UnlockTask(folder, secret, opener or CaseVault.open, done, owner)
    task.start()
    return task


def wait_for_unlocks(timeout_ms: int = 10_000) -> None:
    """At quit: wait for any unlock still deriving its key, and close what it opened."""
    for task in list(_UNLOCKS):
        task.discard()
        task.wait(timeout_ms)
        if task.vault is not None:
            with contextlib.suppress(Exception):
                task.vault.close()
            task.vault = None


# --- the open case ----------------------------------------------------------------------


class CaseSession(QObject):
    """Owns the open case (or none), the practice folder and the settings it touches.

    `parent_widget` only places the seams' messages over the window."""

    def __init__(self, settings: Settings, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self.settings = settings
        self._parent = parent_widget
        self.vault: CaseVault | None = None
        self.practice_dir: Path | None = None

    # --- state -----------------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self.vault is not None and self.vault.is_open

    @property
    def is_practice(self) -> bool:
        return self.practice_dir is not None

    def case_name(self) -> str:
        """The case's own name (shown in the top bar), "" when no case is open."""
        if not self.is_open:
            return ""
        assert self.vault is not None
        try:
            return self.vault.info().label
        except GuardianError:
            return ""

    def save_settings(self) -> None:
        with contextlib.suppress(OSError):  # the choice still holds for this session
            save_settings(self.settings)

    # --- making and opening ----------------------------------------------------------------

    def adopt(self, vault: CaseVault, *, remember: bool) -> None:
        """A case was made or unlocked: it is now the open case. Remember it on this
        computer when asked, and add it to the recent list when the person allowed one."""
        self.vault = vault
        if remember:
            try:
                vault.remember_on_this_computer(True)
            except NoKeyringError as exc:
                seams.inform(
                    self._parent,
                    QCoreApplication.translate("CaseSession", "The case is not remembered"),
                    error_text(exc),
                )
        if not vault.info().practice and self.settings.remember_recent:
            self.settings.add_recent(vault.folder)
            self.save_settings()

    def choose_case(self, path: str = "") -> Path | None:
        """The folder of a case to open: `path`, or one the person chooses. None if
        they cancelled or it is not a case (then they are told what to do)."""
        if not path:
            default = default_cases_dir()
            with contextlib.suppress(OSError):
                default.mkdir(parents=True, exist_ok=True)
            path = seams.open_folder(
                self._parent,
                QCoreApplication.translate("CaseSession", "Choose the case folder (.gdcase)"),
                str(default),
            )
            if not path:
                return None
        folder = Path(path)
        if not is_case(folder):
            seams.inform(
                self._parent,
                QCoreApplication.translate("CaseSession", "This is not a case"),
                QCoreApplication.translate(
                    "CaseSession",
                    "That folder is not a Guardian Desktop case. Choose the folder whose name "
                    "ends in .gdcase. If it is on a USB stick, check that it is plugged in.",
                ),
                warning=True,
            )
            return None
        return folder

    @staticmethod
    def open_remembered(folder: Path) -> CaseVault | None:
        """The case opened with the key remembered on this computer, or None."""
        try:
            case_id = keys.read_key_files(folder)[0][1].case_id
            data_key = keys.keyring_load(case_id)
            return CaseVault.open(folder, data_key=data_key) if data_key else None
        except GuardianError:
            return None  # fall back to the passphrase

    # --- practice ---------------------------------------------------------------------------

    def start_practice(self, route: str = "adult") -> CaseVault | None:
        """A fresh practice case for `route` (adult, parent, counsellor) in its own
        temporary folder, removed again when it closes."""
        from guardian_desktop.core.practice import create_practice_case

        parent = default_cases_dir() / "practice"
        try:
            parent.mkdir(parents=True, exist_ok=True)
            self.practice_dir = Path(tempfile.mkdtemp(prefix="practice-", dir=parent))
            vault, _code = create_practice_case(
                self.practice_dir / "practice.gdcase", PRACTICE_PASSPHRASE, route=route
            )
        except (GuardianError, OSError) as exc:
            self._remove_practice()
            seams.inform(
                self._parent,
                QCoreApplication.translate("CaseSession", "The practice case could not be made"),
                error_text(exc)
                if isinstance(exc, GuardianError)
                else QCoreApplication.translate(
                    "CaseSession",
                    "The app could not write to its own folder on this computer. Check that "
                    "the disk has free space, then try again.",
                ),
                warning=True,
            )
            return None
        self.vault = vault
        return vault

    def _remove_practice(self) -> None:
        if self.practice_dir is not None:
            shutil.rmtree(self.practice_dir, ignore_errors=True)
            self.practice_dir = None

    # --- locking and closing ----------------------------------------------------------------

    def lock_for_idle(self, save: Callable[[], None]) -> None:
        """Auto-lock: stop imports, save, close the vault (the window hid the content first)."""
        if self.vault is None:
            return
        stop_all_tasks()
        try:
            save()
        finally:
            self.vault.close()

    def close(self, save: Callable[[], None]) -> None:
        """Save everything and lock the case. Safe to call more than once.

        Running imports are cancelled and waited for first, so no thread writes to a
        closed case; the case closes even when saving fails."""
        try:
            stop_all_tasks()
            if self.is_open:
                save()
        finally:
            if self.vault is not None:
                self.vault.close()
            self.vault = None
            self._remove_practice()

    def close_safely(self, save: Callable[[], None]) -> None:
        """close() for the window's last moment: an error is logged (its kind only)."""
        try:
            self.close(save)
        except Exception as exc:  # noqa: BLE001 - the window must still close and clean up
            # Only the kind of error and where: its message may name a file or a person.
            log.error("closing the case failed: %s", crash_summary(type(exc), exc.__traceback__))

    # --- checking and deleting --------------------------------------------------------------

    def check(self) -> None:
        """Verify the case and say plainly what was found, and what can still be read."""
        if self.vault is None:
            return
        report = self.vault.verify()
        if report.ok:
            seams.inform(
                self._parent,
                QCoreApplication.translate("CaseSession", "The case is intact"),
                QCoreApplication.translate(
                    "CaseSession",
                    "Everything checked out: the encryption, the fingerprints and seals of "
                    "all {count} exhibits, the record of changes, the key files and their "
                    "backup, and that this copy is not older than the last one used.",
                ).format(count=report.items_checked),
            )
            return
        readable = "\n".join(self.vault.readable_summary())
        seams.inform(
            self._parent,
            QCoreApplication.translate("CaseSession", "The case has a problem"),
            QCoreApplication.translate(
                "CaseSession",
                "Part of the case could not be read or does not match its fingerprint. "
                "Keep a copy of the whole case folder, and make your report now while the "
                "rest can still be read.\n\nWhat was found:\n{problems}\n\nStill "
                "readable:\n{readable}",
            ).format(problems="\n".join(report.problems[:10]), readable=readable),
            warning=True,
        )

    def delete(self, close_first: Callable[[], None]) -> bool:
        """Ask, then delete the open case from this computer. `close_first` closes it
        (and shows the start screen). Returns True when the case was deleted."""
        if self.vault is None:
            return False
        if not seams.confirm(
            self._parent,
            QCoreApplication.translate("CaseSession", "Delete this case?"),
            QCoreApplication.translate(
                "CaseSession",
                "This deletes the case and all the evidence in it from this computer. It "
                "cannot be undone. Only do this if you no longer need the evidence, for "
                "example after the police have a copy.",
            ),
            QCoreApplication.translate("CaseSession", "Delete the case"),
            QCoreApplication.translate("CaseSession", "Keep the case"),
        ):
            return False
        folder, case_id = self.vault.folder, self.vault.case_id
        close_first()
        try:
            report = delete_case(folder, case_id)
        except GuardianError as exc:
            seams.inform(
                self._parent,
                QCoreApplication.translate("CaseSession", "The case could not be deleted"),
                error_text(exc),
                warning=True,
            )
            return False
        self.forget_recent(folder)
        if report.ok:
            seams.inform(
                self._parent,
                QCoreApplication.translate("CaseSession", "The case is deleted"),
                QCoreApplication.translate(
                    "CaseSession",
                    "The case files were overwritten and removed, and the app no longer "
                    "remembers the case. Some copies may still exist: SSD drives, backups, "
                    "cloud folders and system restore can keep old copies of files.",
                ),
            )
        else:
            seams.inform(
                self._parent,
                QCoreApplication.translate("CaseSession", "The case could not be fully deleted"),
                QCoreApplication.translate("CaseSession", "Some files could not be removed:")
                + "\n"
                + "\n".join(report.problems),
                warning=True,
            )
        return True

    def forget_recent(self, folder: Path) -> None:
        """A deleted case leaves no trace in the list of recent cases."""
        gone = {str(folder), str(folder.resolve())}
        kept = [p for p in self.settings.recent_cases if p not in gone]
        if kept != self.settings.recent_cases:
            self.settings.recent_cases = kept
            self.save_settings()
