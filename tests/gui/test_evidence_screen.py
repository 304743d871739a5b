"""The evidence screen: every way of adding, blur, editing, removal, the under-18 check."""

# The shared fixtures are imported by name, so pytest sees them; tests take them as
# arguments of the same name.
# ruff: noqa: F811

from __future__ import annotations

import hashlib
import re
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QPixmap
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from guardian_desktop.core import evidence as core_evidence
from guardian_desktop.core.vault import CaseVault
from guardian_desktop.gui import seams
from guardian_desktop.gui.evidence import EvidenceScreen
from guardian_desktop.gui.evidence.capture import CaptureReview, ScreenCapture
from tests.gui.test_evidence_support import (  # noqa: F401 - fixtures
    WAIT_MS,
    Confirms,
    confirms,
    files_outside,
    make_screen,
    run_batch,
    screen,
    shown_screen,
    solid_image,
    vault,
    write_screenshots,
)


def test_starts_empty_and_counts(screen: EvidenceScreen) -> None:
    assert screen.item_count() == 0
    assert screen.stack.currentWidget() is screen.empty


def test_file_picker_adds_many_at_once(
    qtbot: QtBot, screen: EvidenceScreen, vault: CaseVault, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    paths = write_screenshots(tmp_path / "shots", 3)
    asked: list[str] = []

    def fake_open(parent: object, title: str, start: str, filters: str) -> list[str]:
        asked.append(filters)
        return [str(p) for p in paths]

    monkeypatch.setattr(seams, "open_files", fake_open)
    with qtbot.waitSignal(screen.changed, timeout=WAIT_MS):
        result = run_batch(
            qtbot, screen, lambda: qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
        )
    assert "*.png" in asked[0]
    assert len(result.added) == 3 and not result.failed
    assert screen.item_count() == 3
    assert screen.stack.currentWidget() is screen.items_view
    for path, item in zip(paths, vault.list_evidence(), strict=True):
        data = path.read_bytes()
        assert vault.original_bytes(item.id) == data  # stored byte for byte
        assert item.sha256 == hashlib.sha256(data).hexdigest()
        assert item.source == "file" and item.original_name == path.name


def test_folder_picker(
    qtbot: QtBot, screen: EvidenceScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_screenshots(tmp_path / "folder" / "inner", 2)
    monkeypatch.setattr(seams, "open_folder", lambda *a: str(tmp_path / "folder"))
    result = run_batch(qtbot, screen, screen.folder_button.click)
    assert len(result.added) == 2 and screen.item_count() == 2


# QDragEnterEvent's only constructor is marked deprecated in PySide6 6.12; it is what
# the platform itself sends.
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_real_drop_of_files_and_a_folder(
    qtbot: QtBot, screen: EvidenceScreen, tmp_path: Path
) -> None:
    folder_files = write_screenshots(tmp_path / "dropped", 2)
    single = write_screenshots(tmp_path / "single", 1, start=10)[0]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder_files[0].parent)), QUrl.fromLocalFile(str(single))])
    point = QPointF(screen.width() / 2, screen.height() / 2)
    enter = QDragEnterEvent(
        point.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(screen, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    result = run_batch(qtbot, screen, lambda: QApplication.sendEvent(screen, drop))
    assert drop.isAccepted()
    assert len(result.added) == 3 and screen.item_count() == 3


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_drag_of_plain_text_is_refused(screen: EvidenceScreen) -> None:
    mime = QMimeData()
    mime.setText("hello")
    enter = QDragEnterEvent(
        QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(screen, enter)
    assert not enter.isAccepted()


def test_paste_from_the_real_clipboard_button_and_ctrl_v(
    qtbot: QtBot, screen: EvidenceScreen, vault: CaseVault, tmp_path: Path
) -> None:
    shown_screen(qtbot, screen)
    before = files_outside(tmp_path, tmp_path / "c.gdcase")
    QGuiApplication.clipboard().setImage(solid_image("#3366cc"))
    result = run_batch(qtbot, screen, screen.paste_button.click)
    assert len(result.added) == 1
    item = vault.list_evidence()[0]
    assert item.source == "clipboard"
    assert vault.original_bytes(item.id).startswith(b"\x89PNG\r\n\x1a\n")  # PNG, in memory

    # Ctrl+V with the list focused.
    QGuiApplication.clipboard().setImage(solid_image("#cc6633"))
    screen.list.setFocus()
    result = run_batch(
        qtbot,
        screen,
        lambda: qtbot.keyClick(screen.list, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier),
    )
    assert len(result.added) == 1 and screen.item_count() == 2

    # The same picture again is recognised, not added twice.
    result = run_batch(qtbot, screen, screen.paste_button.click)
    assert not result.added and len(result.duplicates) == 1
    assert screen.item_count() == 2
    assert "already in the case" in screen.summary.headline.text()
    # Nothing was written outside the encrypted case.
    assert files_outside(tmp_path, tmp_path / "c.gdcase") == before


def test_paste_with_nothing_to_paste_says_so(screen: EvidenceScreen) -> None:
    QGuiApplication.clipboard().setText("just words")
    screen.paste()
    assert not screen.is_busy()
    assert "no picture to paste" in screen.status.text()


def test_ctrl_v_in_a_text_field_pastes_text_not_a_picture(
    qtbot: QtBot, screen: EvidenceScreen, tmp_path: Path
) -> None:
    run_batch(qtbot, screen, lambda: screen.add_paths(write_screenshots(tmp_path / "s", 1)))
    shown_screen(qtbot, screen)
    screen.list.setCurrentIndex(screen.model.index(0))
    QGuiApplication.clipboard().setText("his demand")
    screen.details.description.setFocus()
    qtbot.keyClick(screen.details.description, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert screen.details.description.text() == "his demand"
    assert not screen.is_busy()


def test_capture_my_screen_hides_grabs_reviews_and_returns(
    qtbot: QtBot, screen: EvidenceScreen, vault: CaseVault, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    shown_screen(qtbot, screen)
    monkeypatch.setattr(ScreenCapture, "countdown_seconds", 1)
    monkeypatch.setattr(ScreenCapture, "settle_ms", 0)
    reviewed: list[int] = []
    hidden_while_capturing: list[bool] = []

    def review(parent: object, images: list[object]) -> bool:
        reviewed.append(len(images))
        hidden_while_capturing.append(not screen.isVisible())
        return True

    monkeypatch.setattr(CaptureReview, "ask", classmethod(lambda cls, p, i: review(p, i)))
    before = files_outside(tmp_path, tmp_path / "c.gdcase")
    result = run_batch(qtbot, screen, screen.capture_button.click)
    assert reviewed == [len(QGuiApplication.screens())]
    assert hidden_while_capturing == [False]  # the window is back before the review
    assert screen.isVisible()
    assert len(result.added) == len(QGuiApplication.screens())
    item = vault.list_evidence()[0]
    assert item.source == "screen"
    assert vault.original_bytes(item.id).startswith(b"\x89PNG")
    assert files_outside(tmp_path, tmp_path / "c.gdcase") == before


def test_capture_countdown_can_be_cancelled(
    qtbot: QtBot, screen: EvidenceScreen, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown_screen(qtbot, screen)
    monkeypatch.setattr(ScreenCapture, "countdown_seconds", 30)
    screen.capture_button.click()
    capture = screen._capture
    assert capture is not None and capture.is_running()
    assert not screen.isVisible()  # hidden so the chat can be brought forward
    countdown = capture._countdown
    assert countdown is not None and countdown.isVisible()
    assert "30" in countdown.label.text()
    with qtbot.waitSignal(capture.cancelled, timeout=WAIT_MS):
        countdown.cancel_button.click()
    assert screen.isVisible()
    assert screen.item_count() == 0
    assert "cancelled" in screen.status.text()


def test_discarded_capture_is_not_stored(
    qtbot: QtBot, screen: EvidenceScreen, vault: CaseVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ScreenCapture, "countdown_seconds", 0)
    monkeypatch.setattr(CaptureReview, "ask", classmethod(lambda cls, p, i: False))
    screen.capture_screen()
    qtbot.waitUntil(lambda: "discarded" in screen.status.text(), timeout=WAIT_MS)
    assert vault.list_evidence() == []


def test_capture_review_dialog_blurs_until_shown(qtbot: QtBot) -> None:
    image = solid_image("#ffffff", (200, 200))
    for x in range(0, 200, 20):
        for y in range(200):
            image.setPixelColor(x, y, Qt.GlobalColor.black)
    dialog = CaptureReview([image])
    qtbot.addWidget(dialog)
    blurred = dialog._labels[0].pixmap().toImage()
    dialog.show_box.setChecked(True)
    clear = dialog._labels[0].pixmap().toImage()
    assert blurred != clear


def test_blur_by_default_per_item_and_all(
    qtbot: QtBot, screen: EvidenceScreen, tmp_path: Path
) -> None:
    run_batch(qtbot, screen, lambda: screen.add_paths(write_screenshots(tmp_path / "s", 2)))
    model = screen.model

    def thumb(row: int) -> QPixmap:
        pixmap = model.data(model.index(row), Qt.ItemDataRole.DecorationRole)
        assert isinstance(pixmap, QPixmap)
        return pixmap

    blurred = thumb(0).toImage()
    assert not model.is_shown(model.item_at(0).id)  # type: ignore[union-attr]
    # The whole list.
    screen.show_all.setChecked(True)
    clear = thumb(0).toImage()
    assert clear != blurred
    assert clear.size() == blurred.size()
    screen.show_all.setChecked(False)
    assert thumb(0).toImage() == blurred
    # One item, from the details panel and with Space in the list.
    screen.list.setCurrentIndex(model.index(1))
    preview_blurred = screen.details.preview.pixmap().toImage()
    screen.details.show_box.setChecked(True)
    assert screen.details.preview.pixmap().toImage() != preview_blurred
    assert model.is_shown(model.item_at(1).id)  # type: ignore[union-attr]
    assert not model.is_shown(model.item_at(0).id)  # type: ignore[union-attr]
    screen.list.setCurrentIndex(model.index(0))
    qtbot.keyClick(screen.list, Qt.Key.Key_Space)
    assert screen.show_all.isChecked()  # both are shown now
    qtbot.keyClick(screen.list, Qt.Key.Key_Space)
    assert not screen.show_all.isChecked()


def test_fields_are_saved_as_the_person_types(
    qtbot: QtBot, screen: EvidenceScreen, vault: CaseVault, tmp_path: Path
) -> None:
    run_batch(qtbot, screen, lambda: screen.add_paths(write_screenshots(tmp_path / "s", 1)))
    shown_screen(qtbot, screen)
    screen.list.setCurrentIndex(screen.model.index(0))
    item = vault.list_evidence()[0]
    details = screen.details
    # Facts are shown: exhibit, file name, import time with its UTC offset.
    assert item.exhibit in details.heading.text()
    assert details.file_name.value() == item.original_name
    assert re.search(r"\(UTC([+-]\d\d:\d\d)?\)$", details.imported.value())
    assert details.hash_original.value() == item.sha256

    details.description.setFocus()
    with qtbot.waitSignal(screen.changed, timeout=WAIT_MS):
        qtbot.keyClicks(details.description, "The demand for money")
    assert vault.get_evidence(item.id).description == "The demand for money"

    # The app is stored as its id and shown by name; typed free text is kept as typed.
    details.platform.setCurrentText("Snapchat")
    details.save_now()
    assert vault.get_evidence(item.id).platform == "snapchat"
    assert "Snapchat" in screen.model.summary(vault.get_evidence(item.id))
    details.platform.setCurrentText("insta")
    details.save_now()
    assert vault.get_evidence(item.id).platform == "instagram"
    details.platform.setCurrentText("Some chat site")
    details.save_now()
    assert vault.get_evidence(item.id).platform == "Some chat site"

    qtbot.mouseClick(details.when.now_button, Qt.MouseButton.LeftButton)
    saved = vault.get_evidence(item.id).happened_at
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", saved), saved
    details.when.clear()
    details.save_now()
    assert vault.get_evidence(item.id).happened_at == ""
    assert any(e.action == "evidence.changed" for e in vault.audit_log())


def test_typing_then_leaving_the_screen_saves_at_once(
    qtbot: QtBot, screen: EvidenceScreen, vault: CaseVault, tmp_path: Path
) -> None:
    run_batch(qtbot, screen, lambda: screen.add_paths(write_screenshots(tmp_path / "s", 1)))
    shown_screen(qtbot, screen)
    screen.list.setCurrentIndex(screen.model.index(0))
    screen.details.description.setText("typed")
    screen.details.description.textEdited.emit("typed")
    assert screen.details.has_unsaved()
    screen.hide()
    assert vault.list_evidence()[0].description == "typed"


def test_removal_asks_first_and_is_logged(
    qtbot: QtBot, screen: EvidenceScreen, vault: CaseVault, confirms: Confirms, tmp_path: Path
) -> None:
    run_batch(qtbot, screen, lambda: screen.add_paths(write_screenshots(tmp_path / "s", 2)))
    item = vault.list_evidence()[0]
    confirms.answers.append(False)
    screen.remove_item(item.id)
    assert "Remove" in confirms.calls[-1]["title"] and screen.item_count() == 2
    with qtbot.waitSignal(screen.changed, timeout=WAIT_MS):
        screen.remove_item(item.id)
    assert screen.item_count() == 1
    assert [i.id for i in vault.list_evidence()] != [item.id]
    removed = [e for e in vault.audit_log() if e.action == "evidence.removed"]
    assert len(removed) == 1 and item.exhibit in removed[0].detail


def test_delete_key_in_the_list_removes_after_asking(
    qtbot: QtBot, screen: EvidenceScreen, confirms: Confirms, tmp_path: Path
) -> None:
    run_batch(qtbot, screen, lambda: screen.add_paths(write_screenshots(tmp_path / "s", 1)))
    screen.list.setCurrentIndex(screen.model.index(0))
    qtbot.keyClick(screen.list, Qt.Key.Key_Delete)
    assert len(confirms.calls) == 1 and screen.item_count() == 0
    assert screen.stack.currentWidget() is screen.empty


@pytest.mark.parametrize("under_18", [True, None])
def test_under_18_or_unknown_gets_stronger_words_and_a_check_per_batch(
    qtbot: QtBot, vault: CaseVault, confirms: Confirms, tmp_path: Path, under_18: bool | None
) -> None:
    screen = make_screen(qtbot, vault, role="counsellor", under_18=under_18)
    reminder = " ".join(screen.reminder.texts())
    assert "Report Remove" in reminder and "Take It Down" in reminder
    assert "even for school staff" in reminder
    assert screen.reminder.danger
    # The warning is never folded away: in view first, with the rest folded behind a button.
    shown_screen(qtbot, screen)
    screen.reminder.set_expanded(False)
    assert screen.reminder.always is not None and screen.reminder.always.isVisible()
    assert "even for school staff" in screen.reminder.always_shown_texts()[0]
    warning = [
        label
        for label in screen.reminder.always.findChildren(QLabel)
        if "even for school staff" in label.text()
    ]
    assert warning and warning[0].isVisible() and warning[0].font().bold()
    assert screen.reminder.details is not None and not screen.reminder.details.isVisible()
    paths = write_screenshots(tmp_path / "s", 2)
    confirms.answers.append(False)
    assert not screen.add_paths(paths[:1])
    assert vault.list_evidence() == []
    assert "even for school staff" in confirms.calls[0]["text"]
    assert "sexual" in confirms.calls[0]["text"]
    run_batch(qtbot, screen, lambda: screen.add_paths(paths))
    assert len(confirms.calls) == 2  # once per batch, not once per file
    assert screen.item_count() == 2


def test_adult_gets_the_reminder_without_the_check(
    qtbot: QtBot, vault: CaseVault, confirms: Confirms, tmp_path: Path
) -> None:
    screen = make_screen(qtbot, vault, role="victim", under_18=False)
    texts = " ".join(screen.reminder.texts())
    assert "Do not save the intimate image itself" in texts
    assert "Report Remove" not in texts and not screen.reminder.danger
    run_batch(qtbot, screen, lambda: screen.add_paths(write_screenshots(tmp_path / "s", 1)))
    assert confirms.calls == []


@pytest.mark.parametrize("how", ["button", "escape"])
def test_cancel_keeps_the_finished_items(
    qtbot: QtBot, screen: EvidenceScreen, vault: CaseVault, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, how: str,
) -> None:  # fmt: skip
    paths = write_screenshots(tmp_path / "many", 40)
    gate = threading.Event()
    real_prepare = core_evidence.prepare_bytes

    def slow_after_three(data: bytes, name: str, **kw: object) -> object:
        if int(name[5:8]) >= 3:
            gate.wait(WAIT_MS / 1000)  # held until the person has pressed Cancel
        return real_prepare(data, name, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(core_evidence, "prepare_bytes", slow_after_three)
    if how == "escape":  # keys go to the active window
        shown_screen(qtbot, screen)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is screen, timeout=WAIT_MS)

    assert screen.add_paths(paths)
    assert screen.progress_row.isVisibleTo(screen)
    qtbot.waitUntil(lambda: screen.progress_bar.value() >= 3, timeout=WAIT_MS)
    with qtbot.waitSignal(screen.batch_finished, timeout=WAIT_MS) as blocker:
        if how == "button":
            qtbot.mouseClick(screen.cancel_button, Qt.MouseButton.LeftButton)
        else:  # the Stop button has the focus: Escape stops too
            assert QApplication.focusWidget() is screen.cancel_button
            qtbot.keyClick(screen.cancel_button, Qt.Key.Key_Escape)
        gate.set()
    result = blocker.args[0]
    assert result.cancelled
    assert 3 <= len(result.added) < 40
    stored = vault.list_evidence()
    assert len(stored) == len(result.added) == screen.item_count()
    assert vault.verify().ok  # nothing half-written
    assert "stopped" in screen.summary.headline.text()
    assert not screen.progress_row.isVisibleTo(screen)
    assert screen.add_button.isEnabled()


def test_import_runs_off_the_ui_thread(
    qtbot: QtBot, screen: EvidenceScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: set[int] = set()
    real_import = core_evidence.import_files

    def spy(*args: object, **kwargs: object) -> object:
        threads.add(threading.get_ident())
        return real_import(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("guardian_desktop.gui.evidence.worker.import_files", spy)
    run_batch(qtbot, screen, lambda: screen.add_paths(write_screenshots(tmp_path / "s", 1)))
    assert threads and threading.get_ident() not in threads


def test_signals_do_not_wear_down_pythons_true() -> None:
    """PySide6 6.12.0 took a reference to True on each emit from Python (pyproject pins a
    release without that bug); the screen's signals must leave True's count alone."""
    import sys

    from PySide6.QtCore import QObject, Signal

    class Source(QObject):
        ping = Signal(int)

    source = Source()
    before = sys.getrefcount(True)
    for n in range(200):
        source.ping.emit(n)
    assert abs(sys.getrefcount(True) - before) <= 2


def test_a_saved_time_with_an_offset_is_shown_in_local_time(
    qtbot: QtBot, screen: EvidenceScreen, vault: CaseVault, tmp_path: Path
) -> None:
    from datetime import datetime

    run_batch(qtbot, screen, lambda: screen.add_paths(write_screenshots(tmp_path / "s", 1)))
    item = vault.list_evidence()[0]
    vault.update_evidence(item.id, happened_at="2026-01-05T21:14:00+05:00")
    screen.refresh()
    screen.list.setCurrentIndex(screen.model.index(0))
    # The stored value is shown as saved, with its own offset, and read back in words.
    when = screen.details.when
    assert when.date_edit.text() == "05/01/2026" and when.time_edit.text() == "21:14"
    assert "UTC+05:00" in when.read_back.text()
    local = datetime.fromisoformat("2026-01-05T21:14:00+05:00").astimezone()
    assert f"{local:%Y-%m-%d %H:%M}" in screen.model.summary(vault.get_evidence(item.id))
