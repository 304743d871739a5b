"""Closing, locking or quick exit while the evidence bundle is being saved waits for it: the
bundle is whole on disk, its fingerprint is kept in the case, and no thread is left running."""

from __future__ import annotations

import hashlib
import threading
import zipfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from guardian_desktop.core.evidence import add_prepared, prepare_bytes
from guardian_desktop.core.settings import Settings
from guardian_desktop.core.vault import CaseVault
from guardian_desktop.gui import seams
from guardian_desktop.gui.app import stop_background_work
from guardian_desktop.gui.main_window import MainWindow
from guardian_desktop.gui.safety import quick_exit as quick_exit_module
from guardian_desktop.gui.wizard import report_worker
from guardian_desktop.gui.wizard.report import BUNDLE_SHA_KEY
from tests.gui.test_closing import PASS, open_case, report_page

from .test_evidence_support import write_screenshots


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(seams, "confirm", lambda *a: True)
    w = MainWindow(settings=Settings())
    qtbot.addWidget(w)
    w.resize(1024, 640)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def slow_bundle(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The bundle takes a moment, so it is surely being made when the case closes; the
    event is set once it has started."""
    from guardian_desktop.report import bundle

    started = threading.Event()
    real_build = bundle.build_bundle

    def slow(*args: object, **kw: object) -> bytes:
        started.set()
        threading.Event().wait(0.3)
        return real_build(*args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(bundle, "build_bundle", slow)
    return started


def _start_saving(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    vault = open_case(window, tmp_path, step="evidence")
    for path in write_screenshots(tmp_path / "shots", 3):
        add_prepared(vault, prepare_bytes(path.read_bytes(), path.name))
    assert window.wizard is not None
    window.wizard.go_to("report")
    page = report_page(window)
    target = tmp_path / "out" / "bundle.zip"
    target.parent.mkdir()
    monkeypatch.setattr(seams, "save_file", lambda *a: str(target))
    page.bundle_button.click()
    assert page.bundle_writer.busy
    assert window.autolock.paused  # no auto-lock in the middle of a bundle save
    return target


def _assert_whole_and_kept(folder: Path, target: Path) -> None:
    assert sorted(p.name for p in target.parent.iterdir()) == ["bundle.zip"]
    with zipfile.ZipFile(target) as zf:
        assert zf.testzip() is None and "SHA256SUMS" in zf.namelist()
    vault = CaseVault.open(folder, passphrase=PASS)
    try:
        sha = hashlib.sha256(target.read_bytes()).hexdigest()
        assert vault.get_progress(BUNDLE_SHA_KEY, "") == sha
    finally:
        vault.close()


def test_closing_the_case_waits_for_the_bundle(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    slow_bundle: threading.Event,
) -> None:  # fmt: skip
    target = _start_saving(window, tmp_path, monkeypatch)
    vault = window.vault
    assert vault is not None
    assert slow_bundle.wait(10)
    window.close_case()
    assert not vault.is_open
    assert report_worker.wait_for_builds(0)  # nothing was left running
    _assert_whole_and_kept(vault.folder, target)
    stop_background_work()


def test_quick_exit_waits_for_the_bundle(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    slow_bundle: threading.Event,
) -> None:  # fmt: skip
    quits: list[int] = []
    monkeypatch.setattr(quick_exit_module, "quit_application", lambda: quits.append(1))
    monkeypatch.setattr(quick_exit_module, "hide_all_windows", lambda: None)
    target = _start_saving(window, tmp_path, monkeypatch)
    vault = window.vault
    assert vault is not None
    assert slow_bundle.wait(10)
    window.quick_exit.trigger()
    assert quits == [1]
    assert not vault.is_open
    assert report_worker.wait_for_builds(0)
    _assert_whole_and_kept(vault.folder, target)
