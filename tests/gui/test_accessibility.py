"""Every control on every screen has an accessible name and can be reached with Tab."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSlider,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from guardian_desktop.core.practice import create_practice_case
from guardian_desktop.core.settings import Settings
from guardian_desktop.gui.about import AboutDialog
from guardian_desktop.gui.evidence.redact import RedactDialog
from guardian_desktop.gui.evidence.viewer import EvidenceViewer
from guardian_desktop.gui.key_actions import NewCodeDialog, RekeyDialog
from guardian_desktop.gui.main_window import MainWindow
from guardian_desktop.gui.preferences import PreferencesDialog
from guardian_desktop.gui.safety.first_run import QuickExitIntroDialog
from guardian_desktop.gui.start.recovery_code import RecoveryCodeScreen
from guardian_desktop.gui.start.unlock import UnlockScreen

CONTROLS = (
    QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox,
    QAbstractItemView, QSlider,
)  # fmt: skip


def _problems(root: QWidget, where: str) -> list[str]:
    out: list[str] = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parent(), QComboBox | QAbstractSpinBox) or isinstance(
            widget, QHeaderView
        ):
            continue  # parts of a named control: a combo's line edit, a table's header
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        label = f"{where}: {type(widget).__name__} {widget.objectName() or ''}".strip()
        if not name.strip():
            out.append(f"{label} has no accessible name")
        # Radio buttons in a group are reached with the arrow keys once Tab is in the group.
        arrows = isinstance(widget, QRadioButton) and widget.autoExclusive()
        if widget.isEnabled() and not arrows and not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            out.append(f"{label} ({name!r}) cannot be reached with Tab")
    return out


@pytest.fixture
def practice_window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_every_wizard_step_and_start_screen(practice_window: MainWindow, tmp_path: Path) -> None:
    window = practice_window
    problems = _problems(window, "start")
    window.show_help()
    problems += _problems(window, "get help now")
    window.show_under_18()
    problems += _problems(window, "under 18")
    window.show_new_case()
    problems += _problems(window, "new case")
    vault, code = create_practice_case(tmp_path / "p.gdcase", "practice passphrase")
    window.vault = vault
    window._show_wizard()
    wizard = window.wizard
    assert wizard is not None
    for page in wizard.pages:
        wizard.go_to(page.step_id)
        problems += _problems(window, f"step {page.step_id}")
        if page.step_id == "evidence":
            screen = page.evidence_screen  # type: ignore[attr-defined]
            first = vault.list_evidence()[0].id
            screen.list.select_item(first)
            problems += _problems(window, "evidence with an item chosen")
            viewer = EvidenceViewer(screen.model, 0, screen)
            problems += _problems(viewer, "evidence viewer")
            redact = RedactDialog(vault, vault.get_evidence(first), screen)
            problems += _problems(redact, "cover parts of a screenshot")
            viewer.deleteLater()
            redact.deleteLater()
    screen = RecoveryCodeScreen(code)
    problems += _problems(screen, "recovery code")
    unlock = UnlockScreen(vault.folder)
    problems += _problems(unlock, "unlock")
    for dialog, where in (
        (PreferencesDialog(Settings(), case_open=True), "settings"),
        (AboutDialog(), "about"),
        (QuickExitIntroDialog(), "quick exit explanation"),
        (RekeyDialog("Practice case"), "re-key"),
        (NewCodeDialog("ABCD-EFGH-JKMN-PQRS"), "new recovery code"),
    ):
        problems += _problems(dialog, where)
        dialog.deleteLater()
    screen.deleteLater()
    unlock.deleteLater()
    assert not problems, "\n".join(problems)


def test_the_checker_notices_a_nameless_control(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    QLineEdit(root)
    named = QLineEdit(root)
    named.setAccessibleName("Named")
    found = _problems(root, "probe")
    assert len(found) == 1 and "no accessible name" in found[0]
