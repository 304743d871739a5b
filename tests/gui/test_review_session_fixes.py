"""Review fixes around the open case's session: a report made before a change is never
saved as if current, a language switch never stops an import, auto-lock never hides a new
recovery code, and the app's clipboard copy goes when the case locks or closes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from guardian_desktop.core.models import Role
from guardian_desktop.core.settings import Settings
from guardian_desktop.core.vault import CaseVault
from guardian_desktop.gui import seams
from guardian_desktop.gui.main_window import MainWindow

PASS = "a long passphrase"


def open_window(qtbot: QtBot, tmp_path: Path) -> tuple[MainWindow, CaseVault]:
    vault, _ = CaseVault.create(tmp_path / "case", PASS, "Interview", role=Role.VICTIM,
                                under_18=False)  # fmt: skip
    settings = Settings()
    settings.quick_exit_explained = True
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    window.vault = vault
    window._show_wizard()
    return window, vault


def type_story(qtbot: QtBot, window: MainWindow, text: str) -> None:
    assert window.wizard is not None
    window.wizard.go_to("details")
    page = window.wizard.page("details")
    page.show_question("story")
    edit = page.current.fields["story.summary"]
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def test_a_report_made_before_a_change_is_not_offered_for_saving(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _vault = open_window(qtbot, tmp_path)
    assert window.wizard is not None
    type_story(qtbot, window, "FIRSTVERSION story")
    window.wizard.go_to("report")
    report = window.wizard.page("report")
    qtbot.mouseClick(report.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(report.save_button.isEnabled, timeout=60000)
    assert report.preview_layout.count() > 0

    type_story(qtbot, window, "SECONDVERSION story")
    window.wizard.go_to("report")
    # The old PDF is gone: no save, no preview, and the person is told what to do.
    assert not report.save_button.isEnabled()
    assert report.parts == []
    assert report.preview_layout.count() == 0
    assert report.status.text() == "Make the report again to include your changes."

    qtbot.mouseClick(report.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(report.save_button.isEnabled, timeout=60000)
    out = tmp_path / "r.pdf"
    monkeypatch.setattr(seams, "save_file", lambda *a, **k: str(out))
    qtbot.mouseClick(report.save_button, Qt.MouseButton.LeftButton)
    text = "".join(p.extract_text() for p in pypdf.PdfReader(str(out)).pages)
    assert "SECONDVERSION" in text
    assert "FIRSTVERSION" not in text


def test_a_build_running_while_the_person_goes_back_is_not_offered(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, _vault = open_window(qtbot, tmp_path)
    assert window.wizard is not None
    window.wizard.go_to("report")
    report = window.wizard.page("report")
    qtbot.mouseClick(report.make_button, Qt.MouseButton.LeftButton)
    type_story(qtbot, window, "Changed while it was made")
    window.wizard.go_to("report")
    qtbot.waitUntil(lambda: not report.builder.busy and report.make_button.isEnabled(),
                    timeout=60000)  # fmt: skip
    assert not report.save_button.isEnabled()
    assert report.parts == []
    assert report.status.text() == "Make the report again to include your changes."


def _copy_summary(qtbot: QtBot, window: MainWindow) -> None:
    type_story(qtbot, window, "He said his name is Offender Smith")
    assert window.wizard is not None
    window.wizard.go_to("report")
    report = window.wizard.page("report")
    qtbot.mouseClick(report.copy_button, Qt.MouseButton.LeftButton)
    assert "Offender Smith" in QGuiApplication.clipboard().text()


def test_auto_lock_clears_the_summary_the_app_copied(qtbot: QtBot, tmp_path: Path) -> None:
    window, vault = open_window(qtbot, tmp_path)
    _copy_summary(qtbot, window)
    window.autolock.lockRequested.emit()
    assert not vault.is_open
    assert "Offender Smith" not in QGuiApplication.clipboard().text()


def test_closing_the_case_clears_the_summary_the_app_copied(qtbot: QtBot, tmp_path: Path) -> None:
    window, vault = open_window(qtbot, tmp_path)
    _copy_summary(qtbot, window)
    assert window.wizard is not None
    window.wizard.close_requested.emit()  # "Close the case"
    assert not vault.is_open
    assert "Offender Smith" not in QGuiApplication.clipboard().text()


def test_locking_leaves_the_persons_own_clipboard_alone(qtbot: QtBot, tmp_path: Path) -> None:
    window, vault = open_window(qtbot, tmp_path)
    _copy_summary(qtbot, window)
    QGuiApplication.clipboard().setText("the person's own shopping list")
    window.autolock.lockRequested.emit()
    assert not vault.is_open
    assert QGuiApplication.clipboard().text() == "the person's own shopping list"
    QGuiApplication.clipboard().clear()


def _visible_code_dialogs() -> list[QWidget]:
    from guardian_desktop.gui.key_actions import NewCodeDialog

    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, NewCodeDialog) and w.isVisible()
    ]


def _while_code_shown(check: Callable[[], None]) -> list[str]:
    """Run `check` once the new-code dialog is on screen, then close it with Done."""
    seen: list[str] = []

    def poll() -> None:
        dialogs = _visible_code_dialogs()
        if not dialogs:
            QTimer.singleShot(10, poll)
            return
        check()
        still = _visible_code_dialogs()
        seen.append("still shown" if still else "hidden")
        for dialog in still:
            dialog.code_screen.written.setChecked(True)
            dialog.code_screen.continue_button.click()

    QTimer.singleShot(0, poll)
    return seen


def _try_to_lock(window: MainWindow) -> None:
    assert window.autolock.paused
    window.autolock.request_lock()  # what sleep and the screen lock do
    window.autolock.lockRequested.emit()


def test_auto_lock_waits_while_a_new_recovery_code_is_shown(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from guardian_desktop.gui import key_actions

    window, vault = open_window(qtbot, tmp_path)
    monkeypatch.setattr(seams, "confirm", lambda *a, **k: True)
    seen = _while_code_shown(lambda: _try_to_lock(window))
    assert key_actions.make_new_recovery_code(window, vault)
    assert seen == ["still shown"]
    assert vault.is_open and window.case_lock.panel is None
    # Once the person closed the dialog, auto-lock works again.
    assert not window.autolock.paused
    window.autolock.request_lock()
    assert not vault.is_open


def test_auto_lock_waits_while_the_code_after_re_keying_is_shown(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from guardian_desktop.gui import key_actions

    window, vault = open_window(qtbot, tmp_path)
    monkeypatch.setattr(seams, "inform", lambda *a, **k: None)
    monkeypatch.setattr(
        key_actions.RekeyDialog,
        "ask",
        classmethod(lambda cls, label, parent=None: "brand new words here"),
    )
    seen = _while_code_shown(lambda: _try_to_lock(window))
    assert key_actions.rekey_case(window, vault)
    assert seen == ["still shown"]
    assert vault.is_open and window.case_lock.panel is None
    assert not window.autolock.paused


def test_a_language_switch_during_an_import_waits_for_it_to_end(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(seams, "confirm", lambda *a, **k: True)
    window, vault = open_window(qtbot, tmp_path)
    assert window.wizard is not None
    window.wizard.go_to("evidence")
    paths = []
    for i in range(24):
        path = tmp_path / f"shot{i:03d}.png"
        image = QImage(1200, 1800, QImage.Format.Format_RGB32)
        image.fill(QColor(i * 9 % 255, 100, 150))
        image.save(str(path))
        paths.append(str(path))
    old_wizard = window.wizard
    screen = old_wizard.page("evidence").evidence_screen
    screen.add_paths(paths)
    assert screen.is_busy()

    window.languageChangeRequested("cy")
    # The import goes on: the steps are not built again under it.
    assert window.wizard is old_wizard
    assert screen.is_busy()
    qtbot.waitUntil(lambda: window.wizard is not old_wizard, timeout=120000)
    assert len(vault.list_evidence()) == 24  # every screenshot was added, none cancelled
    assert window.wizard.current_page.step_id == "evidence"
    assert window.wizard.page("evidence").evidence_screen.item_count() == 24
    window.languageChangeRequested("en")
    assert window.wizard.current_page.step_id == "evidence"
