"""The main window's safety and settings: quick exit everywhere, settings, language,
discreet mode, auto-lock and resume, and deleting a case."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from guardian_desktop.core import keys
from guardian_desktop.core.guidance import current_language
from guardian_desktop.core.settings import Settings, load_settings
from guardian_desktop.core.vault import CaseVault
from guardian_desktop.gui import seams
from guardian_desktop.gui.about import AboutDialog
from guardian_desktop.gui.app import GuardianApplication
from guardian_desktop.gui.main_window import MainWindow
from guardian_desktop.gui.preferences import PreferencesDialog
from guardian_desktop.gui.safety.discreet import neutral_name

PASS = "a long passphrase"


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1024, 640)
    w.show()
    qtbot.waitExposed(w)
    return w


def open_case(window: MainWindow, tmp_path: Path, step: str = "details") -> CaseVault:
    vault, _ = CaseVault.create(tmp_path / "case", PASS, "Window case")
    vault.set_progress("wizard.step", step)
    vault.set_progress("details.summary", "typed before")
    window.vault = vault
    window._show_wizard()
    return vault


def test_quick_exit_button_on_every_screen(window: MainWindow, tmp_path: Path) -> None:
    assert window.quick_exit_button.isVisible()
    window.show_new_case()
    assert window.quick_exit_button.isVisible()
    open_case(window, tmp_path)
    assert window.wizard is not None and window.wizard.isVisible()
    assert window.quick_exit_button.isVisible()
    assert window.quick_exit_button.accessibleName()


def test_first_case_shows_the_quick_exit_explanation_once(
    window: MainWindow, tmp_path: Path, no_first_run_dialog: list[object]
) -> None:
    open_case(window, tmp_path)
    assert len(no_first_run_dialog) == 1
    assert load_settings().quick_exit_explained
    window.show_start()
    vault = CaseVault.open(tmp_path / "case.gdcase", passphrase=PASS)
    window.vault = vault
    window._show_wizard()
    assert len(no_first_run_dialog) == 1


def test_settings_discreet_mode_and_auto_lock(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = Settings(discreet_mode=True, auto_lock_minutes=0, remember_recent=False)
    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(lambda cls, *a, **k: (chosen, "")))
    window.show_settings()
    assert neutral_name() in window.windowTitle()
    assert "Guardian" not in window.windowTitle()
    saved = load_settings()
    assert saved.discreet_mode and saved.auto_lock_minutes == 0
    # The start screen turns neutral at once, too.
    assert window.start.title.text() == neutral_name()
    assert "threatening" not in window.start.intro.text()
    off = Settings(discreet_mode=False)
    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(lambda cls, *a, **k: (off, "")))
    window.show_settings()
    assert "Guardian Desktop" in window.windowTitle()
    assert window.start.title.text() == "Guardian Desktop"


def test_language_switch_keeps_the_step_and_fields(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = QApplication.instance()
    assert isinstance(app, GuardianApplication)
    vault = open_case(window, tmp_path, step="details")
    welsh = Settings(language="cy")
    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(lambda cls, *a, **k: (welsh, "")))
    try:
        assert window.quick_exit_button.text() == "Quick exit"
        window.show_settings()
        assert app.translations.language == "cy"
        assert current_language() == "cy"
        assert window.wizard is not None
        assert window.wizard.current_page.step_id == "details"
        assert vault.get_progress("details.summary") == "typed before"
        assert load_settings().language == "cy"
        # The top bar is in Welsh too (i18n/guardian_cy.qm, built by `make setup`).
        assert window.quick_exit_button.text() == "Gadael yn gyflym"
        assert window.quick_exit_button.accessibleName() == "Gadael yn gyflym"
        assert window.settings_button.text() == "&Gosodiadau"
        assert window.case_label.isVisible() and "Window case" in window.case_label.text()
    finally:
        app.set_language("en")
        window.retranslate()
    assert window.quick_exit_button.text() == "Quick exit"


def test_arabic_lays_out_right_to_left(qapp: GuardianApplication) -> None:
    from PySide6.QtCore import Qt

    try:
        assert qapp.set_language("ar") == "ar"
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        qapp.set_language("en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_auto_lock_hides_closes_and_resumes(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    vault = open_case(window, tmp_path, step="details")
    window.autolock.set_timeout_ms(150)
    window.autolock.start()
    with qtbot.waitSignal(window.autolock.lockRequested, timeout=5000):
        pass
    window.autolock.set_timeout_ms(60_000)  # no second lock while the checks below run
    assert window.case_lock.is_locked
    assert not vault.is_open
    lock_panel = window.case_lock.panel
    assert lock_panel is not None and window.centralWidget() is lock_panel
    assert window.wizard is None or not window.wizard.isVisible()
    lock_panel.secret.setText("wrong passphrase")
    lock_panel.unlock()
    qtbot.waitUntil(lambda: not lock_panel.busy and lock_panel.error.isVisible())
    assert window.case_lock.is_locked and lock_panel.secret.text() == "wrong passphrase"
    with qtbot.waitSignal(window.case_lock.unlocked, timeout=10000):
        lock_panel.secret.setText(PASS)
        lock_panel.unlock()
    assert window.vault is not None and window.vault.is_open
    assert window.wizard is not None
    assert window.wizard.current_page.step_id == "details"
    assert window.vault.get_progress("details.summary") == "typed before"


def test_delete_case(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring: object
) -> None:
    vault = open_case(window, tmp_path)
    vault.remember_on_this_computer(True)
    folder, case_id = vault.folder, vault.case_id
    told: list[str] = []
    monkeypatch.setattr(seams, "confirm", lambda *a: True)
    monkeypatch.setattr(seams, "inform", lambda parent, title, text, **k: told.append(text))
    monkeypatch.setattr(
        PreferencesDialog, "ask", classmethod(lambda cls, *a, **k: (None, "delete"))
    )
    window.show_settings()
    assert not folder.exists()
    assert keys.keyring_load(case_id) is None
    assert window.stack.currentWidget() is window.start
    assert told and "SSD" in told[0]


def test_delete_case_can_be_refused(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = open_case(window, tmp_path)
    monkeypatch.setattr(seams, "confirm", lambda *a: False)
    window.delete_open_case()
    assert vault.folder.exists() and vault.is_open


def test_about_names_unchecked_translations(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    unchecked = [line for line in dialog.language_lines if "not yet checked" in line]
    assert len(unchecked) == 4  # Welsh, Polish, Spanish, Arabic
    assert any(line.startswith("English") and "checked" in line for line in dialog.language_lines)


def test_preferences_refuses_a_non_https_page(qtbot: QtBot) -> None:
    dialog = PreferencesDialog(Settings(), case_open=False)
    qtbot.addWidget(dialog)
    dialog.neutral_url.setText("http://example.org")
    dialog._save()
    assert not dialog.error.isHidden()
    dialog.neutral_url.setText("https://www.bbc.co.uk/weather")
    dialog.auto_lock.setValue(10)
    dialog._save()
    assert dialog.result_settings.quick_exit_url == "https://www.bbc.co.uk/weather"
    assert dialog.result_settings.auto_lock_minutes == 10


def test_danger_red_keeps_contrast_on_a_dark_theme(qapp: GuardianApplication) -> None:
    from PySide6.QtGui import QColor, QPalette

    from guardian_desktop.gui.widgets.text import DANGER_COLOUR, danger_colour

    original = qapp.palette()
    try:
        assert danger_colour() == DANGER_COLOUR  # the light default
        dark = QPalette(original)
        dark.setColor(QPalette.ColorRole.Window, QColor("#000000"))
        qapp.setPalette(dark)
        assert QColor(danger_colour()).lightness() > 128
    finally:
        qapp.setPalette(original)


def test_check_the_case_from_settings(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = open_case(window, tmp_path)
    told: list[tuple[str, bool]] = []
    monkeypatch.setattr(
        seams, "inform", lambda parent, title, text, warning=False: told.append((text, warning))
    )
    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(lambda cls, *a, **k: (None, "check")))
    window.show_settings()
    assert told and not told[-1][1] and "all 0 exhibits" in told[-1][0]
    vault._conn.execute("DROP TRIGGER audit_no_update")
    vault._conn.execute("UPDATE audit SET detail = 'edited' WHERE seq = 1")
    window.show_settings()
    text, warning = told[-1]
    assert warning and "Audit log entry 1" in text and "Still readable" in text
