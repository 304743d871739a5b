"""Chat exports in the evidence step: the add button, drops, the media question (adults
only), and the transcript screen driven by keyboard and mouse on a real case."""

# ruff: noqa: F811

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from guardian_desktop.core import transcripts as T
from guardian_desktop.core.models import OffenderIdentifier, Payment
from guardian_desktop.core.vault import CaseVault
from guardian_desktop.gui import seams
from guardian_desktop.gui.evidence import EvidenceScreen
from guardian_desktop.gui.evidence.chat_import import ChatImport
from guardian_desktop.gui.evidence.transcript_view import TranscriptView
from tests import chat_exports as ce
from tests.gui.test_accessibility import _problems
from tests.gui.test_evidence_support import WAIT_MS, Confirms, confirms, make_screen  # noqa: F401


def _vault(tmp_path: Path, under_18: bool | None) -> CaseVault:
    v, _ = CaseVault.create(tmp_path / "c", "passphrase1", "Test", under_18=under_18)
    return v


def _attach(qtbot: QtBot, vault: CaseVault) -> tuple[EvidenceScreen, ChatImport]:
    screen = make_screen(qtbot, vault, under_18=vault.info().under_18)
    return screen, ChatImport(screen, vault)


def _run(qtbot: QtBot, chat: ChatImport, start: Any) -> T.ImportResult:
    with qtbot.waitSignal(chat.finished, timeout=WAIT_MS) as blocker:
        start()
    result = blocker.args[0]
    assert isinstance(result, T.ImportResult)
    return result


def _close_views(chat: ChatImport) -> None:
    for view in list(chat.views):
        view.close()


def test_an_adult_is_asked_about_photos_after_the_reminder(
    qtbot: QtBot, tmp_path: Path, confirms: Confirms, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = _vault(tmp_path, under_18=False)
    screen, chat = _attach(qtbot, vault)
    assert chat.button.parent() is not None and chat.button.accessibleName()
    export = tmp_path / "WhatsApp Chat with Alex Smith.zip"
    export.write_bytes(ce.whatsapp_zip())
    monkeypatch.setattr(seams, "open_files", lambda *a: [str(export)])
    result = _run(qtbot, chat, lambda: qtbot.mouseClick(chat.button, Qt.MouseButton.LeftButton))
    (question,) = confirms.calls
    assert "nude or sexual" in question["text"] and "1 photo" in question["text"]
    assert [t.exhibit for t in result.added] == ["GD-001"]
    assert [i.exhibit for i in result.media_added] == ["GD-002"]
    assert screen.item_count() == 1  # the photo shows in the evidence list
    assert chat.views and chat.views[0].transcript.exhibit == "GD-001"
    assert chat.open_button.isVisibleTo(screen)
    _close_views(chat)


@pytest.mark.parametrize("under_18", [True, None])
def test_under_18_or_unknown_age_is_never_asked_and_gets_no_photos(
    qtbot: QtBot, tmp_path: Path, confirms: Confirms, under_18: bool | None
) -> None:
    vault = _vault(tmp_path, under_18=under_18)
    screen, chat = _attach(qtbot, vault)
    export = tmp_path / "chat.zip"
    export.write_bytes(ce.whatsapp_zip())
    result = _run(qtbot, chat, lambda: chat.add_paths([export]))
    assert confirms.calls == []  # no question that could let a photo in
    assert result.media_added == [] and vault.list_evidence() == []
    assert "left out" in screen.status.text()
    _close_views(chat)


def test_a_dropped_export_becomes_a_transcript_and_pictures_still_go_the_old_way(
    qtbot: QtBot, tmp_path: Path, confirms: Confirms
) -> None:
    from tests.conftest import make_screenshot

    vault = _vault(tmp_path, under_18=False)
    screen, chat = _attach(qtbot, vault)
    export = tmp_path / "result.json"
    export.write_text(json.dumps(ce.telegram_chat()), encoding="utf-8")
    shot = tmp_path / "shot.png"
    shot.write_bytes(make_screenshot(3))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(export)), QUrl.fromLocalFile(str(shot))])
    enter = QDragEnterEvent(
        QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(screen, enter)  # as a real drag: enter, then drop
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    with qtbot.waitSignal(screen.batch_finished, timeout=WAIT_MS):
        result = _run(qtbot, chat, lambda: QApplication.sendEvent(screen, drop))
    assert drop.isAccepted()
    assert [t.platform for t in result.added] == ["telegram"]
    assert [i.original_name for i in vault.list_evidence()] == ["shot.png"]
    _close_views(chat)


def test_a_bad_export_is_named_and_nothing_else_is_lost(
    qtbot: QtBot, tmp_path: Path, confirms: Confirms, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = _vault(tmp_path, under_18=False)
    _screen, chat = _attach(qtbot, vault)
    told: list[str] = []
    monkeypatch.setattr(seams, "inform", lambda p, title, text, warning=False: told.append(text))
    bomb = tmp_path / "bomb.zip"
    bomb.write_bytes(ce.zip_bomb())
    good = tmp_path / "good.txt"
    good.write_text(ce.WHATSAPP_ANDROID_UK, encoding="utf-8")
    result = _run(qtbot, chat, lambda: chat.add_paths([bomb, good]))
    assert len(result.added) == 1
    assert len(told) == 1 and "bomb.zip" in told[0] and "zip bomb" in told[0]
    _close_views(chat)


@pytest.fixture
def view(qtbot: QtBot, tmp_path: Path) -> TranscriptView:
    vault = _vault(tmp_path, under_18=False)
    export = tmp_path / "WhatsApp Chat with Alex Smith.txt"
    export.write_text(ce.WHATSAPP_ANDROID_UK, encoding="utf-8")
    (t,) = T.import_exports(vault, [export]).added
    v = TranscriptView(vault, t.id)
    qtbot.addWidget(v)
    v.show()
    qtbot.waitExposed(v)
    return v


def test_search_next_previous_and_jump_to_a_date(qtbot: QtBot, view: TranscriptView) -> None:
    view.search_edit.setFocus()
    qtbot.keyClicks(view.search_edit, "pay")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert view.model.lines[view.current_row()].line_no == 4
    assert view.found_label.text() == "1 of 2"
    qtbot.mouseClick(view.find_button, Qt.MouseButton.LeftButton)
    assert view.model.lines[view.current_row()].line_no == 9
    qtbot.mouseClick(view.find_prev_button, Qt.MouseButton.LeftButton)
    assert view.model.lines[view.current_row()].line_no == 4
    view.search_edit.setText("no such words")
    view.find_next()
    assert view.found_label.text() == "Not found" and "No message" in view.status.text()
    view.date_edit.setDate(QDate(2025, 10, 26))
    qtbot.mouseClick(view.date_button, Qt.MouseButton.LeftButton)
    assert view.model.lines[view.current_row()].line_no == 7


def test_marking_key_by_keyboard_is_saved_and_shown(qtbot: QtBot, view: TranscriptView) -> None:
    view.go_to_line(4)
    view.key_note.setText("threat")
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    ((_t, line),) = T.key_messages(view._vault)
    assert line.line_no == 4 and line.key_note == "threat"
    assert view.model.data(view.model.index(view.current_row(), 0)) == "4 \u2605"
    assert "marked as key" in view.status.text()
    qtbot.keyClick(view.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert T.key_messages(view._vault) == []


def test_range_and_zone_are_saved(qtbot: QtBot, view: TranscriptView) -> None:
    view.first_spin.setValue(5)
    view.last_spin.setValue(3)
    view.save_range()
    assert "first line must come before" in view.status.text()
    assert T.get_transcript(view._vault, view._tid).is_whole  # nothing changed
    view.last_spin.setValue(8)
    qtbot.mouseClick(view.range_button, Qt.MouseButton.LeftButton)
    assert T.get_transcript(view._vault, view._tid).included == (5, 8)
    qtbot.mouseClick(view.all_button, Qt.MouseButton.LeftButton)
    assert T.get_transcript(view._vault, view._tid).is_whole
    view.platform_box.setCurrentIndex(view.platform_box.findData("instagram"))
    assert T.get_transcript(view._vault, view._tid).platform == "instagram"
    view.zone_edit.setText("Europe/London")
    qtbot.mouseClick(view.zone_button, Qt.MouseButton.LeftButton)
    assert T.get_transcript(view._vault, view._tid).stated_zone == "Europe/London"


def test_found_details_are_added_only_when_ticked(qtbot: QtBot, view: TranscriptView) -> None:
    vault = view._vault
    texts = [view.found_list.item(i).text() for i in range(view.found_list.count())]
    assert any(t.startswith("Phone number: +44 7700 900123 (line 9)") for t in texts)
    assert any(t.startswith("Crypto wallet: bc1q") for t in texts)
    qtbot.mouseClick(view.add_found_button, Qt.MouseButton.LeftButton)
    assert "Nothing was added" in view.status.text()
    assert vault.list_records(OffenderIdentifier) == [] and vault.list_records(Payment) == []
    for i, text in enumerate(texts):
        if text.startswith(("Phone number", "Crypto wallet")):
            view.found_list.item(i).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(view.add_found_button, Qt.MouseButton.LeftButton)
    assert [i.phone for i in vault.list_records(OffenderIdentifier)] == ["+44 7700 900123"]
    assert [p.chain for p in vault.list_records(Payment)] == ["Bitcoin"]
    assert view.found_list.count() == len(texts) - 2


def test_every_control_is_named_and_reachable(view: TranscriptView) -> None:
    assert _problems(view, "transcript") == []
    view.grab().save(str(Path(view._vault.folder).parent / "transcript.png"))


def test_ten_thousand_lines_open_and_search(qtbot: QtBot, tmp_path: Path) -> None:
    vault = _vault(tmp_path, under_18=False)
    export = tmp_path / "long.txt"
    export.write_text(ce.whatsapp_lines(10_000), encoding="utf-8")
    (t,) = T.import_exports(vault, [export]).added
    v = TranscriptView(vault, t.id)
    qtbot.addWidget(v)
    assert v.model.rowCount() == 10_000
    v.search_edit.setText("message number 9999 ")
    v.find_next()
    assert v.model.lines[v.current_row()].line_no == 10_000


def test_removing_asks_first_and_keeps_the_chat_when_the_answer_is_no(
    qtbot: QtBot, view: TranscriptView, confirms: Confirms
) -> None:
    confirms.answers = [False]
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    assert "GD-001" in confirms.calls[0]["text"]
    assert len(T.list_transcripts(view._vault)) == 1
    with qtbot.waitSignal(view.removed, timeout=WAIT_MS):
        qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    assert T.list_transcripts(view._vault) == []


def test_a_note_typed_after_marking_key_is_kept_when_closing(
    qtbot: QtBot, view: TranscriptView
) -> None:
    view.table.selectRow(1)
    view.toggle_key_by_keyboard()
    view.key_note.setFocus()
    qtbot.keyClicks(view.key_note, "threat to share")
    view.table.selectRow(2)  # choosing another message keeps the note
    view.table.selectRow(1)
    qtbot.keyClicks(view.key_note, " with family")
    view.accept()  # Close
    notes = [line.key_note for _t, line in T.key_messages(view._vault)]
    assert notes == ["threat to share with family"]


def test_tab_leaves_the_messages_table(qtbot: QtBot, view: TranscriptView) -> None:
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    qtbot.keyClick(view.table, Qt.Key.Key_Tab)
    assert not view.table.hasFocus()
