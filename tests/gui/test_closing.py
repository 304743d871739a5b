"""Closing safely: a case closed or the app quit mid-import, auto-lock after such a close,
closing while locked, deleting a case, and the report's real page count."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from guardian_desktop.core import evidence as core_evidence
from guardian_desktop.core.errors import NotACaseError
from guardian_desktop.core.settings import Settings, load_settings
from guardian_desktop.core.vault import CaseVault
from guardian_desktop.gui import lifecycle as lifecycle_module
from guardian_desktop.gui import seams
from guardian_desktop.gui.app import GuardianApplication, stop_background_work
from guardian_desktop.gui.evidence import worker
from guardian_desktop.gui.evidence.screen import EvidenceScreen
from guardian_desktop.gui.main_window import MainWindow
from guardian_desktop.gui.safety import quick_exit as quick_exit_module
from guardian_desktop.gui.safety.autolock import AutoLock
from guardian_desktop.gui.wizard import report_worker
from guardian_desktop.gui.wizard.evidence import EvidencePage
from guardian_desktop.gui.wizard.report import ReportPage
from tests.gui.test_evidence_support import write_screenshots

PASS = "a long passphrase"


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(seams, "confirm", lambda *a: True)
    w = MainWindow(settings=Settings())
    qtbot.addWidget(w)
    w.resize(1024, 640)
    w.show()
    qtbot.waitExposed(w)
    return w


def open_case(window: MainWindow, tmp_path: Path, step: str = "evidence") -> CaseVault:
    vault, _ = CaseVault.create(tmp_path / "case", PASS, "Closing case")
    vault.set_progress("wizard.step", step)
    window.vault = vault
    window._show_wizard()
    return vault


def evidence_screen(window: MainWindow) -> EvidenceScreen:
    assert window.wizard is not None
    page = next(p for p in window.wizard.pages if isinstance(p, EvidencePage))
    return page.evidence_screen


def report_page(window: MainWindow) -> ReportPage:
    assert window.wizard is not None
    return next(p for p in window.wizard.pages if isinstance(p, ReportPage))


@pytest.fixture
def slow_import(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Each file takes a moment, so the import is surely running when the case closes;
    the event is set once the first file has started."""
    started = threading.Event()
    real_prepare = core_evidence.prepare_bytes

    def slow(data: bytes, name: str, **kw: object) -> object:
        started.set()
        time.sleep(0.05)
        return real_prepare(data, name, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(core_evidence, "prepare_bytes", slow)
    return started


def running_threads() -> list[QThread]:
    return [task for task in worker._RUNNING if task.isRunning()]


def assert_whole(folder: Path, count: int) -> None:
    """The case opens again, checks out, and holds only whole items."""
    vault = CaseVault.open(folder, passphrase=PASS)
    try:
        assert vault.verify().ok
        items = vault.list_evidence()
        assert len(items) <= count
        for item in items:
            assert vault.original_bytes(item.id)
    finally:
        vault.close()


def test_closing_the_case_mid_import_stops_and_waits(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, slow_import: threading.Event
) -> None:
    vault = open_case(window, tmp_path)
    screen = evidence_screen(window)
    paths = write_screenshots(tmp_path / "shots", 8)
    assert screen.add_paths(paths)
    assert slow_import.wait(10)
    assert running_threads()
    assert window.autolock.paused
    window.close_case()
    assert not running_threads()
    assert not vault.is_open and window.vault is None
    qtbot.wait(50)  # the queued end of the task reaches a screen on a closed case
    assert_whole(vault.folder, len(paths))


def test_quick_exit_mid_import_saves_locks_and_waits(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, slow_import: threading.Event,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    quits: list[int] = []
    monkeypatch.setattr(quick_exit_module, "quit_application", lambda: quits.append(1))
    monkeypatch.setattr(quick_exit_module, "hide_all_windows", lambda: None)
    vault = open_case(window, tmp_path)
    screen = evidence_screen(window)
    assert screen.add_paths(write_screenshots(tmp_path / "shots", 8))
    assert slow_import.wait(10)
    window.quick_exit.trigger()
    assert quits == [1]
    assert not running_threads()
    assert not vault.is_open
    assert_whole(vault.folder, 8)


def test_quitting_the_app_stops_running_tasks(
    qtbot: QtBot, qapp: GuardianApplication, tmp_path: Path
) -> None:
    vault, _ = CaseVault.create(tmp_path / "case", PASS, "Quit case")
    ended = threading.Event()

    def work(progress: worker.ProgressFn, cancel: threading.Event) -> object:
        while not cancel.wait(0.01):
            pass
        ended.set()
        return None

    task = worker.BackgroundTask(work)
    task.start()
    qtbot.waitUntil(task.isRunning, timeout=5000)
    qapp.aboutToQuit.emit()  # what GuardianApplication runs at quit
    assert ended.is_set() and task.isFinished()
    vault.close()


def test_stop_all_tasks_is_bounded() -> None:
    release = threading.Event()

    def stubborn(progress: worker.ProgressFn, cancel: threading.Event) -> object:
        release.wait(10)  # ignores cancel
        return None

    task = worker.BackgroundTask(stubborn)
    task.start()
    try:
        began = time.monotonic()
        assert not worker.stop_all_tasks(timeout_ms=100)
        assert time.monotonic() - began < 5
        assert task in worker._RUNNING  # never destroyed while it runs
    finally:
        release.set()
        assert worker.stop_all_tasks()
    assert task.isFinished()


def test_auto_lock_works_again_after_a_case_closed_mid_import(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, slow_import: threading.Event
) -> None:
    open_case(window, tmp_path)
    screen = evidence_screen(window)
    assert screen.add_paths(write_screenshots(tmp_path / "shots", 6))
    assert window.autolock.paused
    window.show_start()  # the screen goes before its import could say it ended
    qtbot.wait(50)
    vault = CaseVault.open(tmp_path / "case.gdcase", passphrase=PASS)
    window.vault = vault
    window._show_wizard()
    assert not window.autolock.paused
    window.autolock.set_timeout_ms(100)
    with qtbot.waitSignal(window.autolock.lockRequested, timeout=5000):
        pass
    assert not vault.is_open


def test_autolock_stop_and_start_drop_old_pauses(qtbot: QtBot) -> None:
    lock = AutoLock(watch_system=False, timeout_ms=100)
    try:
        lock.start()
        lock.pause()
        lock.pause()
        lock.stop()
        assert not lock.paused
        lock.pause()
        lock.start()
        assert not lock.paused
        lock.set_timeout_ms(100)
        with qtbot.waitSignal(lock.lockRequested, timeout=3000):
            pass
    finally:
        lock.close()


def test_closing_the_window_while_auto_locked(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(seams, "inform", lambda p, t, text, **k: errors.append(text))
    vault = open_case(window, tmp_path, step="report")
    report_page(window).reference.setText("AB/123")
    window.autolock.set_timeout_ms(100)
    window.autolock.start()
    with qtbot.waitSignal(window.autolock.lockRequested, timeout=5000):
        pass
    assert window.case_lock.is_locked and not vault.is_open
    window.close()  # no error may escape, and the clean-up must still happen
    assert errors == []
    assert not window.quick_exit._installed
    assert window.vault is None
    again = CaseVault.open(vault.folder, passphrase=PASS)
    try:
        assert again.info().police_reference == "AB/123"  # saved before the lock
    finally:
        again.close()


def test_a_failing_save_still_closes_the_case(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = open_case(window, tmp_path, step="details")
    assert window.wizard is not None

    def broken() -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(window.wizard, "save_all", broken)
    window.close()
    assert not vault.is_open and window.vault is None
    assert not window.quick_exit._installed
    assert not window.autolock.armed


def test_delete_forgets_the_recent_case(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[tuple[str, bool]] = []
    monkeypatch.setattr(
        seams, "inform", lambda p, t, text, warning=False: told.append((text, warning))
    )
    window.settings = Settings(remember_recent=True)
    window.start.settings = window.settings
    vault = open_case(window, tmp_path, step="details")
    other = str(tmp_path / "other.gdcase")
    window.settings.add_recent(other)
    window.settings.add_recent(vault.folder)
    window.delete_open_case()
    assert not vault.folder.exists()
    assert window.settings.recent_cases == [other]
    assert load_settings().recent_cases == [other]
    assert window.start.recent.count() == 1
    assert told and not told[-1][1]


def test_delete_error_is_shown_in_plain_words(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[tuple[str, bool]] = []
    monkeypatch.setattr(
        seams, "inform", lambda p, t, text, warning=False: told.append((text, warning))
    )

    def refuse(folder: Path, case_id: str) -> object:
        raise NotACaseError("That folder is not a case.")

    monkeypatch.setattr(lifecycle_module, "delete_case", refuse)
    vault = open_case(window, tmp_path, step="details")
    window.delete_open_case()
    assert told and told[-1][1]
    assert "not a Guardian Desktop case" in told[-1][0]
    assert vault.folder.exists()
    assert window.stack.currentWidget() is window.start


def test_report_says_the_real_page_count(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_case(window, tmp_path, step="report")
    page = report_page(window)
    images = report_worker.render_pages(_blank_pdf(3))
    page._built([b"%PDF"], images[:2], 45)
    text = page.status.text()
    assert "45 pages" in text and "first 2 pages" in text
    page._built([b"%PDF"], images, 3)
    assert "3 pages" in page.status.text() and "first" not in page.status.text()


def test_report_worker_counts_pages_past_the_preview(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(report_worker, "MAX_PREVIEW_PAGES", 2)
    pdf = _blank_pdf(5)
    assert report_worker.count_pages(pdf) == 5
    assert len(report_worker.render_pages(pdf)) == 2


def test_closing_waits_for_a_report_build(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from guardian_desktop.report import pdf as report_pdf

    started, release = threading.Event(), threading.Event()
    real_build = report_pdf.build_report

    def slow_build(vault: CaseVault, options: object) -> list[bytes]:
        started.set()
        release.wait(0.3)
        return real_build(vault, options)  # type: ignore[arg-type]

    monkeypatch.setattr(report_pdf, "build_report", slow_build)
    vault = open_case(window, tmp_path, step="report")
    page = report_page(window)
    page.make_report()
    assert started.wait(10)
    window.close_case()
    assert not vault.is_open
    assert report_worker.wait_for_builds(0)
    stop_background_work()


def _blank_pdf(pages: int) -> bytes:
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=200, height=200)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
