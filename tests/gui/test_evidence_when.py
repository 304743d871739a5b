"""When it happened and which app: typed and saved as ISO with the offset; suggested from
the file's name or date, shown to confirm with one key, never saved silently; a quick pass
dates a batch with one key press per screenshot; the whole step by keyboard alone."""

# The shared fixtures are imported by name, so pytest sees them; tests take them as
# arguments of the same name.
# ruff: noqa: F811

from __future__ import annotations

import io
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from guardian_desktop.core import when as whenmod
from guardian_desktop.core.evidence import suggest
from guardian_desktop.core.models import EvidenceItem
from guardian_desktop.core.vault import CaseVault
from guardian_desktop.gui import seams
from guardian_desktop.gui.evidence import EvidenceScreen
from tests.conftest import make_screenshot
from tests.gui.test_evidence_support import (  # noqa: F401 - fixtures
    WAIT_MS,
    Confirms,
    confirms,
    run_batch,
    screen,
    shown_screen,
    vault,
)

NAMED = (
    "Screenshot_20250306-012800_Instagram.jpg",  # Android
    "Screenshot 2025-03-06 at 01.29.00.png",  # macOS
    "Screenshot 2025-03-06 013000.png",  # Windows Snipping Tool
)


def write_named(folder: Path, names: tuple[str, ...] | list[str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n, name in enumerate(names):
        path = folder / name
        data = make_screenshot(n, (200, 400))
        if name.lower().endswith(".jpg"):
            out = io.BytesIO()
            Image.open(io.BytesIO(data)).convert("RGB").save(out, "JPEG")
            data = out.getvalue()
        path.write_bytes(data)
        paths.append(path)
    return paths


def local(text: str) -> str:
    """What a typed local time is stored as: ISO 8601 with this computer's offset."""
    return whenmod.store_datetime(datetime.fromisoformat(text))


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def alt(qtbot: QtBot, letter: Qt.Key, until: Callable[[], object]) -> None:
    press(letter, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(until()), timeout=WAIT_MS)


def active(qtbot: QtBot, screen: EvidenceScreen) -> None:
    """Shown and the active window, so the keyboard focus goes where it is set."""
    shown_screen(qtbot, screen)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen, timeout=WAIT_MS)


def item(vault: CaseVault, row: int = 0) -> EvidenceItem:
    return vault.list_evidence()[row]


# --- the core hook ----------------------------------------------------------------------


def test_suggestions_from_the_name_then_the_file_date_only_for_what_is_missing() -> None:
    def make(name: str, **kw: str) -> EvidenceItem:
        return EvidenceItem(
            id=1, exhibit_no=1, sha256="0" * 64, size=1, original_name=name,
            original_mtime_utc=kw.pop("mtime", "2025-03-07T10:00:00+00:00"),
            original_ctime_utc=None, imported_utc="2026-01-01T00:00:00+00:00", width=1,
            height=1, format="PNG", **kw,
        )  # fmt: skip

    for name in NAMED:
        s = suggest(make(name))
        assert s.happened_from == "file_name"
        assert s.happened_at is not None and s.happened_at.startswith("2025-03-06T01:")
    assert suggest(make(NAMED[0])).platform == "instagram"
    from_date = suggest(make("IMG_4810.PNG"))
    assert from_date.happened_from == "file_time"
    assert from_date.happened_at == whenmod.from_mtime("2025-03-07T10:00:00+00:00")
    assert from_date.platform is None
    # Nothing is suggested for what is already there, nor for pasted or captured pictures.
    done = suggest(make(NAMED[0], happened_at="2025-01-01", platform="snapchat"))
    assert done.happened_at is None and done.platform is None
    assert suggest(make(NAMED[0], source="clipboard")).happened_at is None
    assert suggest(make("Pasted picture 2025-03-06 01.28.00.png", source="clipboard")) == (
        type(done)()
    )


# --- typed, suggested, confirmed ----------------------------------------------------------


def test_typing_a_date_and_time_saves_iso_with_the_offset(
    qtbot: QtBot, screen: EvidenceScreen, vault: CaseVault, tmp_path: Path
) -> None:
    run_batch(qtbot, screen, lambda: screen.add_paths(write_named(tmp_path / "s", ["a.png"])))
    active(qtbot, screen)
    screen.list.setCurrentIndex(screen.model.index(0))
    when = screen.details.when
    when.date_edit.setFocus()
    qtbot.keyClicks(when.date_edit, "25/10/2025")
    QTest.keyClick(when.date_edit, Qt.Key.Key_Tab)
    assert item(vault).happened_at == "2025-10-25"  # a date alone is kept as a date
    when.time_edit.setFocus()
    qtbot.keyClicks(when.time_edit, "22:47")
    QTest.keyClick(when.time_edit, Qt.Key.Key_Tab)
    saved = item(vault).happened_at
    assert saved == local("2025-10-25T22:47:00")
    assert whenmod.parse(saved).kind is whenmod.WhenKind.DATETIME  # with its UTC offset
    assert "2025-10-25 22:47" in screen.model.summary(item(vault))
    # What cannot be read is kept as typed, and the person is told.
    when.date_edit.setFocus()
    when.date_edit.selectAll()
    qtbot.keyClicks(when.date_edit, "the night before")
    QTest.keyClick(when.date_edit, Qt.Key.Key_Tab)
    assert item(vault).happened_at == "the night before 22:47"
    assert "kept as you typed" in when.read_back.text()


def test_a_time_and_app_from_the_file_name_are_offered_and_taken_with_one_key(
    qtbot: QtBot, screen: EvidenceScreen, vault: CaseVault, tmp_path: Path
) -> None:
    run_batch(qtbot, screen, lambda: screen.add_paths(write_named(tmp_path / "s", NAMED[:1])))
    active(qtbot, screen)
    screen.list.setCurrentIndex(screen.model.index(0))
    details = screen.details
    # Offered, not applied.
    assert details.when.suggestion.isVisible()
    assert "file name" in details.when.suggestion_text.text()
    assert "2025" in details.when.suggestion_text.text()
    assert details.platform_hint.isVisible()
    assert "Instagram" in details.platform_hint_text.text()
    assert item(vault).happened_at == "" and item(vault).platform == ""
    # One key each.
    details.when.use_suggestion.setFocus()
    QTest.keyClick(details.when.use_suggestion, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: item(vault).happened_at != "", timeout=WAIT_MS)
    assert item(vault).happened_at == local("2025-03-06T01:28:00")
    assert not details.when.suggestion.isVisible()
    details.use_platform.setFocus()
    QTest.keyClick(details.use_platform, Qt.Key.Key_Space)
    assert item(vault).platform == "instagram"
    assert details.platform.currentText() == "Instagram"  # shown by name
    assert not details.platform_hint.isVisible()


def test_the_file_date_is_offered_when_the_name_has_none(
    qtbot: QtBot, screen: EvidenceScreen, vault: CaseVault, tmp_path: Path
) -> None:
    path = write_named(tmp_path / "s", ["IMG_4810.png"])[0]
    stamp = datetime(2025, 3, 6, 1, 28).astimezone().timestamp()
    os.utime(path, (stamp, stamp))
    run_batch(qtbot, screen, lambda: screen.add_paths([path]))
    active(qtbot, screen)
    screen.list.setCurrentIndex(screen.model.index(0))
    when = screen.details.when
    assert when.suggestion.isVisible() and "file's date" in when.suggestion_text.text()
    assert not screen.details.platform_hint.isVisible()
    when.use_suggestion.click()
    assert item(vault).happened_at == local("2025-03-06T01:28:00")


def test_a_batch_is_dated_with_one_key_press_per_screenshot(
    qtbot: QtBot, screen: EvidenceScreen, vault: CaseVault, tmp_path: Path
) -> None:
    names = [
        f"Screenshot_2025030{day}-0{hour}2800_Snapchat.jpg" for day, hour in ((5, 1), (6, 2))
    ] + [
        "Screenshot 2025-03-06 at 03.28.00.png", "Screenshot 2025-03-06 042800.png",
        "Screenshot 2025-03-07 at 05.28.00.png", "Screenshot 2025-03-07 062800.png",
    ]  # fmt: skip
    result = run_batch(qtbot, screen, lambda: screen.add_paths(write_named(tmp_path / "s", names)))
    assert len(result.added) == 6
    assert "6 of them have a time suggested" in screen.summary.headline.text()
    active(qtbot, screen)
    assert screen.confirm_button.isVisible()
    screen.confirm_button.setFocus()
    QTest.keyClick(screen.confirm_button, Qt.Key.Key_Space)
    assert screen.is_confirming()
    for _ in range(6):
        assert focused() is screen.details.when.use_suggestion
        press(Qt.Key.Key_Return)
    assert not screen.is_confirming()
    assert not screen.confirm_button.isVisible()
    stored = {i.original_name: i.happened_at for i in vault.list_evidence()}
    expected = [
        "2025-03-05T01:28:00", "2025-03-06T02:28:00", "2025-03-06T03:28:00",
        "2025-03-06T04:28:00", "2025-03-07T05:28:00", "2025-03-07T06:28:00",
    ]  # fmt: skip
    assert [stored[n] for n in names] == [local(e) for e in expected]
    assert "Every suggested time has been checked" in screen.status.text()


def test_keyboard_alone_adds_selects_describes_dates_and_removes(
    qtbot: QtBot, screen: EvidenceScreen, vault: CaseVault, confirms: Confirms,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    paths = write_named(tmp_path / "s", ["one.png", "two.png"])
    monkeypatch.setattr(seams, "open_files", lambda *a: [str(p) for p in paths])
    active(qtbot, screen)
    screen.add_button.setFocus()
    run_batch(qtbot, screen, lambda: press(Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier))
    assert screen.item_count() == 2
    # Select the first one in the list with the arrow keys.
    screen.list.setFocus()
    press(Qt.Key.Key_Home)
    assert screen.details.item() is not None and screen.details.item().original_name == "one.png"  # type: ignore[union-attr]
    alt(qtbot, Qt.Key.Key_D, lambda: focused() is screen.details.description)
    qtbot.keyClicks(focused(), "The demand for money")
    alt(qtbot, Qt.Key.Key_W, lambda: focused() is screen.details.when.date_edit)
    assert item(vault).description == "The demand for money"  # saved on leaving the field
    qtbot.keyClicks(focused(), "06/03/2025")
    for _ in range(5):  # past the calendar button, to the time
        press(Qt.Key.Key_Tab)
        if focused() is screen.details.when.time_edit:
            break
    qtbot.keyClicks(focused(), "01:28")
    press(Qt.Key.Key_Tab)
    assert item(vault).happened_at == local("2025-03-06T01:28:00")
    alt(qtbot, Qt.Key.Key_M, lambda: confirms.calls)
    qtbot.waitUntil(lambda: screen.item_count() == 1, timeout=WAIT_MS)
    assert [i.original_name for i in vault.list_evidence()] == ["two.png"]
