"""Adding and redacting run on a worker thread, so the window never freezes.

The work itself is plain core code (import_files, prepare_bytes, redact); this module
only adds a thread, progress signals and a cancel flag around it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThread, QTimer
from PySide6.QtGui import QImage

from guardian_desktop.core.errors import EvidenceRejected, GuardianError
from guardian_desktop.core.evidence import (
    BatchFailure,
    BatchResult,
    add_prepared,
    import_files,
    prepare_bytes,
    redact,
)
from guardian_desktop.core.models import EvidenceItem
from guardian_desktop.core.vault import CaseVault

from ..crash import crash_summary
from ..errors import error_text
from .imaging import png_bytes

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int, str], None]
Work = Callable[[ProgressFn, threading.Event], object]

# Tasks have no Qt parent, so a screen closed mid-import cannot destroy a running thread;
# this set keeps each one alive until its thread has ended (stop_all_tasks() ends them
# before a case closes or the app quits).
_RUNNING: set[BackgroundTask] = set()

STOP_TIMEOUT_MS = 30_000  # the longest wait for running tasks when a case closes


def stop_all_tasks(timeout_ms: int = STOP_TIMEOUT_MS) -> bool:
    """Cancel every running task and wait for its thread, at most timeout_ms in all.

    Called before a case closes and when the app quits: a thread still writing to a
    closed case, or a QThread destroyed while it runs (which aborts the process and can
    leave a core dump holding decrypted evidence), must not happen. Cancelled imports
    stop between files, so what was stored is whole. Returns True when all have ended;
    a task that has not ended stays in _RUNNING, so it is never destroyed while it runs."""
    tasks = list(_RUNNING)
    for task in tasks:
        task.cancel()
    deadline = time.monotonic() + max(0, timeout_ms) / 1000
    all_ended = True
    for task in tasks:
        remaining_ms = max(0, int((deadline - time.monotonic()) * 1000))
        if task.wait(remaining_ms):
            continue
        log.warning("a background task did not stop in time")
        all_ended = False
    return all_ended


class BackgroundTask(QThread):
    """Runs `work(progress, cancel_event)` once on its own thread.

    The worker emits no Python signals from its thread: it writes its progress into
    `progress()` for the UI to read on a timer, and the UI learns of the end from
    QThread.finished, which Qt emits from C++. Then `result` or `error` is set."""

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        self.cancel_event = threading.Event()
        self._lock = threading.Lock()
        self._progress: tuple[int, int, str] = (0, 0, "")
        self.result: object = None
        self.error: str | None = None
        _RUNNING.add(self)
        self.finished.connect(self._release)

    def cancel(self) -> None:
        self.cancel_event.set()

    def progress(self) -> tuple[int, int, str]:
        with self._lock:
            return self._progress

    def _report(self, done: int, total: int, name: str) -> None:
        with self._lock:
            self._progress = (done, total, name)

    def run(self) -> None:
        try:
            self.result = self._work(self._report, self.cancel_event)
        except GuardianError as exc:
            self.error = error_text(exc)
        except Exception as exc:  # never let a worker thread die silently
            # Only the kind of error and where: its message may name a file or a person.
            log.error("background task failed: %s", crash_summary(type(exc), exc.__traceback__))
            self.error = (
                QCoreApplication.translate(
                    "EvidenceTasks", "Something went wrong, so this was not finished."
                )
                + " "
                + QCoreApplication.translate(
                    "EvidenceTasks", "What was already saved is kept. Please try again."
                )
            )

    def _release(self) -> None:
        # Dropped on a later turn of the event loop, never inside its own signal.
        QTimer.singleShot(0, self._forget)

    def _forget(self) -> None:
        self.wait()
        _RUNNING.discard(self)


def import_task(vault: CaseVault, paths: Sequence[str | Path]) -> BackgroundTask:
    """Files and folders, through the same core import_files the command line uses."""
    paths = list(paths)

    def work(progress: ProgressFn, cancel: threading.Event) -> BatchResult:
        return import_files(vault, paths, on_progress=progress, cancel=cancel)

    return BackgroundTask(work)


def images_task(
    vault: CaseVault, images: Sequence[tuple[QImage, str]], source: str
) -> BackgroundTask:
    """Pasted or captured pictures: PNG-encoded in memory, then checked and stored."""
    images = list(images)

    def work(progress: ProgressFn, cancel: threading.Event) -> BatchResult:
        result = BatchResult()
        for index, (image, name) in enumerate(images):
            if cancel.is_set():
                result.cancelled = True
                result.not_started = len(images) - index
                break
            try:
                prepared = prepare_bytes(png_bytes(image), name, source=source)
                item, added = add_prepared(vault, prepared)
                if added:
                    result.added.append(item)
                else:
                    result.duplicates.append((name, item))
            except EvidenceRejected as exc:
                result.failed.append(BatchFailure(name, exc.reason, exc.detail))
            except GuardianError as exc:
                result.failed.append(BatchFailure(name, "storage", error_text(exc)))
            except ValueError:
                detail = (
                    name
                    + ": "
                    + QCoreApplication.translate("EvidenceTasks", "the picture could not be read.")
                )
                result.failed.append(BatchFailure(name, "damaged", detail))
            progress(index + 1, len(images), name)
        return result

    return BackgroundTask(work)


def redaction_task(vault: CaseVault, item_id: int, boxes: list[list[int]]) -> BackgroundTask:
    """Store a covered copy (or, with no boxes, remove it). The original is not changed."""
    boxes = [list(b) for b in boxes]

    def work(progress: ProgressFn, cancel: threading.Event) -> EvidenceItem:
        original = vault.original_bytes(item_id)
        if boxes:
            png, rendition, thumbnail = redact(original, boxes)
            return vault.set_redaction(
                item_id,
                boxes=boxes,
                redacted=png,
                redacted_rendition=rendition,
                thumbnail=thumbnail,
            )
        item = vault.get_evidence(item_id)
        fresh = prepare_bytes(original, item.original_name, source=item.source)
        return vault.set_redaction(
            item_id, boxes=[], redacted=None, redacted_rendition=None, thumbnail=fresh.thumbnail
        )

    return BackgroundTask(work)
