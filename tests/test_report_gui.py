"""The report step in the app: copy-ready text first, splitting and choosing screenshots, the
evidence bundle with its fingerprint, and the plain words after saving."""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from guardian_desktop.core.evidence import add_prepared, prepare_bytes
from guardian_desktop.core.guidance import load_guidance
from guardian_desktop.core.vault import CaseVault
from guardian_desktop.gui import seams
from guardian_desktop.gui.widgets.saver import ProgressSaver
from guardian_desktop.gui.wizard.base import PageContext
from guardian_desktop.gui.wizard.report import ReportPage

from .report_cases import PASSPHRASE, png


@pytest.fixture
def page(qtbot: QtBot, tmp_path: Path) -> Iterator[ReportPage]:
    vault, _code = CaseVault.create(tmp_path / "case", PASSPHRASE, "Label never printed")
    with vault:
        for n in range(3):
            add_prepared(vault, prepare_bytes(png(n), f"s{n}.png"), description=f"shot {n}")
        guidance = load_guidance("en")
        saver = ProgressSaver(vault)
        ctx = PageContext(
            vault, saver, guidance, "victim", False, guidance.regions["england-wales"]
        )
        p = ReportPage(ctx)
        qtbot.addWidget(p)
        p.load()
        yield p


def _y(page: ReportPage, widget: object) -> int:
    return int(widget.mapTo(page, widget.rect().topLeft()).y())  # type: ignore[attr-defined]


def test_copy_ready_text_reference_and_reporting_page_come_before_the_preview(
    page: ReportPage,
) -> None:
    page.resize(800, 3000)
    page.show()
    preview = _y(page, page.preview)
    for widget in (page.summary, page.reference, page.open_police):
        assert _y(page, widget) < preview
    assert "What happened:" in page.summary.toPlainText()
    assert "Label never printed" not in page.summary.toPlainText()
    page.form_choice.setCurrentIndex(page.form_choice.findData("report_fraud"))
    assert "Evidence:" in page.summary.toPlainText()


def test_all_screenshots_go_in_by_default_and_some_can_be_left_out(page: ReportPage) -> None:
    assert page.exhibit_list.count() == 3
    assert page.options().exhibits is None
    page.exhibit_list.item(1).setCheckState(page.exhibit_list.item(1).checkState().Unchecked)
    assert page.options().exhibits == frozenset({"GD-001", "GD-003"})
    page.split_choice.setCurrentIndex(page.split_choice.findData("per100"))
    assert page.options().exhibits_per_part == 100
    page.split_choice.setCurrentIndex(page.split_choice.findData("size"))
    assert page.options().max_part_bytes == 10 * 1024 * 1024


def test_saving_the_bundle_shows_its_fingerprint_and_offers_the_folder(
    page: ReportPage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out" / "bundle.zip"
    target.parent.mkdir()
    monkeypatch.setattr(seams, "save_file", lambda *a: str(target))
    opened: list[str] = []

    def show_folder(folder: str) -> bool:
        opened.append(folder)
        return True

    monkeypatch.setattr(seams, "show_folder", show_folder)
    with qtbot.waitSignal(page.bundle_writer.finished, timeout=60_000):
        page.bundle_button.click()
    sha = hashlib.sha256(target.read_bytes()).hexdigest()
    status = page.bundle_status.text()
    assert sha in status
    assert "not locked" in status and "quick exit" in status
    assert sha in page.summary.toPlainText()  # quoted in the text to paste
    with zipfile.ZipFile(target) as zf:
        assert "SHA256SUMS" in zf.namelist() and "check-files.ps1" in zf.namelist()
    assert not page.open_folder_button.isHidden()
    page.open_folder_button.click()
    assert opened == [str(target.parent)]


def test_bundle_password_is_used_and_the_note_says_to_share_it_apart(
    page: ReportPage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pyzipper

    target = tmp_path / "locked.zip"
    monkeypatch.setattr(seams, "save_file", lambda *a: str(target))
    page.bundle_password.edit.setText("tell them apart")
    with qtbot.waitSignal(page.bundle_writer.finished, timeout=60_000):
        page.bundle_button.click()
    assert "password separately" in page.bundle_status.text()
    with pyzipper.AESZipFile(target) as zf, pytest.raises(RuntimeError):
        zf.read("README.txt")


def test_saving_the_pdf_says_it_is_not_locked_and_offers_the_folder(
    page: ReportPage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "pdf" / "police-report.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(seams, "save_file", lambda *a: str(target))
    with qtbot.waitSignal(page.builder.finished, timeout=60_000):
        page.make_button.click()
    page.save_button.click()
    assert target.read_bytes().startswith(b"%PDF-")
    assert "not locked" in page.status.text() and "quick exit" in page.status.text()
    assert not page.open_folder_button.isHidden()


def test_the_bundle_is_saved_on_a_worker_thread_with_a_busy_state(
    page: ReportPage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from guardian_desktop.report import bundle

    started, release = threading.Event(), threading.Event()
    threads: list[threading.Thread] = []
    real_build = bundle.build_bundle

    def held_build(*args: object, **kw: object) -> bytes:
        threads.append(threading.current_thread())
        started.set()
        release.wait(30)
        return real_build(*args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(bundle, "build_bundle", held_build)
    target = tmp_path / "bundle.zip"
    monkeypatch.setattr(seams, "save_file", lambda *a: str(target))
    busy: list[bool] = []
    page.busy_changed.connect(busy.append)
    page.bundle_button.click()  # returns while the bundle is still being made
    assert started.wait(10)
    assert threads[0] is not threading.main_thread()
    assert page.bundle_writer.busy and not page.bundle_button.isEnabled()
    assert "Saving the evidence bundle" in page.bundle_status.text()
    assert busy == [True]
    assert not target.exists()
    page.bundle_button.click()  # a second save is not started meanwhile
    with qtbot.waitSignal(page.bundle_writer.finished, timeout=60_000):
        release.set()
    assert busy == [True, False]
    assert page.bundle_button.isEnabled() and not page.bundle_writer.busy
    assert hashlib.sha256(target.read_bytes()).hexdigest() in page.bundle_status.text()
    assert len(threads) == 1


def test_a_failed_bundle_save_leaves_nothing_half_written(
    page: ReportPage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import os

    from guardian_desktop.core import fsutil

    folder = tmp_path / "usb"
    folder.mkdir()
    target = folder / "bundle.zip"
    target.write_bytes(b"the bundle saved last week")
    real_replace = os.replace

    def disk_full(src: str, dst: str | Path) -> None:
        if str(dst).endswith(".zip"):
            assert Path(src).parent == folder  # written beside the chosen file first
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(fsutil.os, "replace", disk_full)
    monkeypatch.setattr(seams, "save_file", lambda *a: str(target))
    with qtbot.waitSignal(page.bundle_writer.failed, timeout=60_000):
        page.bundle_button.click()
    assert sorted(p.name for p in folder.iterdir()) == ["bundle.zip"]
    assert target.read_bytes() == b"the bundle saved last week"
    message = page.bundle_error.text()
    assert "disk is full" in message and "Nothing was left half-written" in message
    assert page.bundle_button.isEnabled() and not page.bundle_writer.busy
    assert page.bundle_status.text() == ""


def test_chat_transcripts_are_listed_included_and_can_be_left_out_of_the_pdf(
    page: ReportPage, qtbot: QtBot, tmp_path: Path
) -> None:
    import io
    import json

    from pypdf import PdfReader

    from guardian_desktop.core import transcripts as T

    from . import chat_exports as ce

    export = tmp_path / "result.json"
    export.write_text(json.dumps(ce.telegram_chat()), encoding="utf-8")
    (chat,) = T.import_exports(page.ctx.vault, [export]).added
    assert chat.exhibit == "GD-004"
    page.load()
    texts = [page.exhibit_list.item(i).text() for i in range(page.exhibit_list.count())]
    assert len(texts) == 4
    # "4 message(s)" until the English plural forms are made in the translation pass.
    assert texts[3].startswith("GD-004 - chat transcript, 4 message")
    assert texts[3].endswith(" - Telegram - Alex")
    row = page.exhibit_list.item(3)
    assert row.checkState() == Qt.CheckState.Checked  # included by default
    assert page.options().exhibits is None

    def pdf_text() -> str:
        with qtbot.waitSignal(page.builder.finished, timeout=60_000):
            page.make_button.click()
        pages = PdfReader(io.BytesIO(page.parts[-1])).pages
        return " ".join(" ".join((p.extract_text() or "").split()) for p in pages)

    included = pdf_text()
    assert "GD-004: chat transcript" in included
    assert "GD-004: Telegram" in included
    assert "Pay £500 to @cashking now" in included
    row.setCheckState(Qt.CheckState.Unchecked)
    assert page.options().exhibits == frozenset({"GD-001", "GD-002", "GD-003"})
    page.load()  # the choice survives the list being refreshed
    assert page.exhibit_list.item(3).checkState() == Qt.CheckState.Unchecked
    left_out = pdf_text()
    # Only the audit log (every row, as it happened) still says the chat was added.
    assert "GD-004: chat transcript" not in left_out
    assert "GD-004: Telegram" not in left_out  # not in the index of chats either
    assert "Pay £500 to @cashking now" not in left_out
    assert "GD-003" in left_out  # the screenshots are still there
