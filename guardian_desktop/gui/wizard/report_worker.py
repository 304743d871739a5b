"""Build the PDF report and render its preview pages in a worker thread, all in memory; save
the evidence bundle in a worker thread too."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtGui import QImage

from guardian_desktop.core.errors import GuardianError
from guardian_desktop.core.vault import CaseVault

from ..errors import error_text

PREVIEW_SCALE = 1.0  # 72 dpi: readable on screen, small in memory
MAX_PREVIEW_PAGES = 40
WAIT_TIMEOUT_MS = 60_000  # the longest wait for a build when the case closes

# Builds a closing page could not wait for: kept here (never destroyed while running)
# until wait_for_builds() at quit.
_ORPHANS: list[tuple[QThread, QObject]] = []


def count_pages(pdf: bytes) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def render_pages(pdf: bytes, scale: float = PREVIEW_SCALE) -> list[QImage]:
    """Render the first MAX_PREVIEW_PAGES pages to QImages in memory (never to disk)."""
    import pypdfium2 as pdfium

    images: list[QImage] = []
    doc = pdfium.PdfDocument(pdf)
    try:
        for index in range(min(len(doc), MAX_PREVIEW_PAGES)):
            page = doc[index]
            bitmap = page.render(scale=scale, rev_byteorder=True)
            try:
                width, height = bitmap.width, bitmap.height
                fmt = QImage.Format.Format_RGB888
                if bitmap.n_channels == 4:
                    fmt = QImage.Format.Format_RGBA8888
                data = bytes(bitmap.buffer)
                images.append(QImage(data, width, height, bitmap.stride, fmt).copy())
            finally:
                bitmap.close()
                page.close()
    finally:
        doc.close()
    return images


class _Job(QObject):
    done = Signal(object, object, int)  # list[bytes], list[QImage], total page count
    failed = Signal(str)

    def __init__(self, vault: CaseVault, options: Any) -> None:
        super().__init__()
        self.vault, self.options = vault, options

    @Slot()
    def run(self) -> None:
        try:
            self._run()
        finally:
            # The thread ends as soon as the job has: nobody needs to be left to quit it
            # (a quit before its event loop starts makes exec() return at once).
            QThread.currentThread().quit()

    def _run(self) -> None:
        try:
            from guardian_desktop.report.pdf import build_report

            parts = build_report(self.vault, self.options)
            images: list[QImage] = []
            pages = 0
            for part in parts:
                images.extend(render_pages(part))
                pages += count_pages(part)
        except (GuardianError, OSError, ValueError) as exc:
            self.failed.emit(error_text(exc))
            return
        except Exception as exc:  # noqa: BLE001 - a person must never see a crash here
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.done.emit(parts, images, pages)


class _OneAtATime(QObject):
    """One job at a time on its own thread; wait() lets it end before the case locks."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._job: QObject | None = None

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def _launch(self, job: QObject, run: Any) -> None:
        thread = QThread()
        job.moveToThread(thread)
        thread.started.connect(run)
        self._thread, self._job = thread, job
        thread.start()

    def _stop(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
        self._thread, self._job = None, None

    def wait(self, timeout_ms: int = WAIT_TIMEOUT_MS) -> bool:
        """Used when the case closes mid-job: let the job end before the case locks.

        Waits at most timeout_ms; returns True when no job is running. A job that has
        not ended is handed to _ORPHANS, so its thread is never destroyed while it runs,
        and wait_for_builds() waits for it again when the app quits."""
        thread, job = self._thread, self._job
        if thread is None or job is None:
            return True
        thread.quit()
        if thread.wait(max(0, timeout_ms)):
            return True
        _ORPHANS.append((thread, job))
        return False


class ReportBuilder(_OneAtATime):
    """Runs one build at a time; emits finished(parts, images, pages) or failed(message).

    `pages` is the report's real page count; `images` holds the preview, at most
    MAX_PREVIEW_PAGES pages of each part."""

    finished = Signal(object, object, int)
    failed = Signal(str)

    def start(self, vault: CaseVault, options: Any) -> None:
        if self._thread is not None:
            return
        job = _Job(vault, options)
        job.done.connect(self._done)
        job.failed.connect(self._failed)
        self._launch(job, job.run)

    @Slot(object, object, int)
    def _done(self, parts: object, images: object, pages: int) -> None:
        self._stop()
        self.finished.emit(parts, images, pages)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._stop()
        self.failed.emit(message)


class _BundleJob(QObject):
    ended = Signal(object)  # this job; its outcome is in .outcome

    def __init__(self, vault: CaseVault, path: str, options: Any, password: str | None) -> None:
        super().__init__()
        self.vault, self.path, self.options, self.password = vault, path, options, password
        self.outcome: tuple[bool, object] | None = None  # (saved?, SavedBundle or message)

    @Slot()
    def run(self) -> None:
        try:
            self.outcome = self._run()
            self.ended.emit(self)
        finally:
            QThread.currentThread().quit()

    def _run(self) -> tuple[bool, object]:
        try:
            from guardian_desktop.report.bundle import write_bundle

            # Written to a temporary name beside the chosen file, then renamed: a failure
            # never leaves a half-written bundle behind.
            saved = write_bundle(self.vault, self.path, self.options, bundle_password=self.password)
        except (GuardianError, OSError, ValueError) as exc:
            return False, error_text(exc)
        except Exception as exc:  # noqa: BLE001 - a person must never see a crash here
            return False, f"{type(exc).__name__}: {exc}"
        return True, saved


class BundleWriter(_OneAtATime):
    """Builds and saves the evidence bundle off the UI thread, one at a time; emits
    finished(saved) (a SavedBundle) or failed(message).

    wait() (the case is closing or locking) delivers the outcome at once, so the page can
    keep the bundle's fingerprint in the case before it locks."""

    finished = Signal(object)
    failed = Signal(str)

    def start(self, vault: CaseVault, path: str, options: Any, password: str | None = None) -> None:
        if self._thread is not None:
            return
        job = _BundleJob(vault, path, options, password)
        job.ended.connect(self._ended)
        self._launch(job, job.run)

    @Slot(object)
    def _ended(self, job: object) -> None:
        if job is self._job:  # not delivered yet by wait()
            self._deliver()

    def _deliver(self) -> None:
        job = self._job
        self._stop()
        if not isinstance(job, _BundleJob) or job.outcome is None:
            return
        ok, value = job.outcome
        if ok:
            self.finished.emit(value)
        else:
            self.failed.emit(str(value))

    def wait(self, timeout_ms: int = WAIT_TIMEOUT_MS) -> bool:
        job = self._job
        ended = super().wait(timeout_ms)
        if ended and job is not None and job is self._job:
            self._deliver()
        return ended


def wait_for_builds(timeout_ms: int = WAIT_TIMEOUT_MS) -> bool:
    """At quit: wait (bounded) for builds a closed page could not wait for."""
    ended = True
    while _ORPHANS:
        thread, _job = _ORPHANS[0]
        if not thread.wait(max(0, timeout_ms)):
            ended = False
            break
        _ORPHANS.pop(0)
    return ended
