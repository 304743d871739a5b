"""Covering parts of a screenshot, and the large viewer with zoom and keyboard moves."""

# The shared fixtures are imported by name, so pytest sees them; tests take them as
# arguments of the same name.
# ruff: noqa: F811

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from guardian_desktop.core.vault import CaseVault
from guardian_desktop.gui.evidence import EvidenceScreen
from guardian_desktop.gui.evidence.redact import RedactDialog
from tests.gui.test_evidence_support import (  # noqa: F401 - fixtures
    WAIT_MS,
    confirms,
    run_batch,
    screen,
    shown_screen,
    vault,
    write_screenshots,
)


def white_png(path: Path, size: tuple[int, int] = (400, 800)) -> Path:
    Image.new("RGB", size, (255, 255, 255)).save(path, "PNG")
    return path


def pixel(jpeg: bytes, x: int, y: int) -> tuple[int, int, int]:
    with Image.open(io.BytesIO(jpeg)) as im:
        value = im.convert("RGB").getpixel((x, y))
    assert isinstance(value, tuple)
    return value  # type: ignore[return-value]


def test_redaction_by_mouse_and_keyboard_is_stored_and_used(
    qtbot: QtBot, screen: EvidenceScreen, vault: CaseVault, tmp_path: Path
) -> None:
    path = white_png(tmp_path / "chat.png")
    run_batch(qtbot, screen, lambda: screen.add_paths([path]))
    item = vault.list_evidence()[0]
    original = vault.original_bytes(item.id)
    before = vault.rendition(item.id)
    screen.list.setCurrentIndex(screen.model.index(0))

    dialog = screen.open_redaction(item.id)
    assert isinstance(dialog, RedactDialog)
    qtbot.waitExposed(dialog)
    canvas = dialog.canvas
    canvas.resize(canvas.image.width(), canvas.image.height())  # 1:1 for easy points
    target = canvas._target()
    top_left = QPoint(int(target.x()) + 10, int(target.y()) + 10)
    bottom_right = QPoint(int(target.x()) + 60, int(target.y()) + 40)
    # Mouse: press, drag, release.
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=top_left)
    qtbot.mouseMove(canvas, bottom_right)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=bottom_right)
    assert len(canvas.boxes) == 1
    # Keyboard: move the selection, make it bigger, Enter adds it; undo; add again.
    canvas.setFocus()
    start = canvas.selection.topLeft()
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    qtbot.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert canvas.selection.topLeft() == start + QPoint(0, canvas.image.width() // 50)
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert len(canvas.boxes) == 2
    dialog.undo_button.click()
    assert len(canvas.boxes) == 1
    qtbot.keyClick(canvas, Qt.Key.Key_Enter)
    assert len(canvas.boxes) == 2
    keyboard_box = canvas.boxes[1]

    with qtbot.waitSignal(screen.changed, timeout=WAIT_MS):
        dialog.save_button.click()
    stored = vault.get_evidence(item.id)
    assert stored.redacted_sha256
    assert vault.original_bytes(item.id) == original  # untouched
    assert hashlib.sha256(original).hexdigest() == stored.sha256
    after = vault.rendition(item.id)  # what the report uses
    assert after != before and vault.rendition(item.id, redacted=False) == before
    # The covered areas are black in the report version, the rest still white.
    scale = 1 / (item.width / canvas.image.width())
    boxes = vault.redaction_boxes(item.id)
    assert len(boxes) == 2
    x, y, w, h = boxes[0]
    assert pixel(after, int((x + w / 2) * scale), int((y + h / 2) * scale)) < (30, 30, 30)
    kx = keyboard_box.center().x()
    ky = keyboard_box.center().y()
    assert pixel(after, kx, ky) < (30, 30, 30)
    assert pixel(after, 5, canvas.image.height() - 5) > (220, 220, 220)
    assert any(
        e.action == "evidence.redacted" and stored.sha256 in e.detail for e in vault.audit_log()
    )
    # Both fingerprints are shown.
    assert screen.details.hash_original.value() == stored.sha256
    assert screen.details.hash_covered.value() == stored.redacted_sha256
    assert "parts covered" in screen.model.summary(stored)


def test_removing_every_box_restores_the_original_view(
    qtbot: QtBot, screen: EvidenceScreen, vault: CaseVault, tmp_path: Path
) -> None:
    run_batch(qtbot, screen, lambda: screen.add_paths([white_png(tmp_path / "a.png")]))
    item = vault.list_evidence()[0]
    plain = vault.rendition(item.id, redacted=False)
    dialog = screen.open_redaction(item.id)
    assert dialog is not None
    dialog.canvas.add_box(dialog.canvas.selection)
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.save()
    assert vault.rendition(item.id) != plain
    dialog = screen.open_redaction(item.id)
    assert dialog is not None and len(dialog.canvas.boxes) == 1  # boxes come back to edit
    dialog.clear_button.click()
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.save()
    assert vault.rendition(item.id) == plain
    assert vault.get_evidence(item.id).redacted_sha256 is None
    assert any(e.action == "evidence.redaction_removed" for e in vault.audit_log())


def test_viewer_zooms_moves_and_closes_by_keyboard(
    qtbot: QtBot, screen: EvidenceScreen, vault: CaseVault, tmp_path: Path
) -> None:
    run_batch(qtbot, screen, lambda: screen.add_paths(write_screenshots(tmp_path / "s", 3)))
    shown_screen(qtbot, screen)
    screen.list.setCurrentIndex(screen.model.index(0))
    screen.list.setFocus()
    qtbot.keyClick(screen.list, Qt.Key.Key_Return)
    viewer = screen.viewer()
    assert viewer is not None
    qtbot.waitExposed(viewer)
    viewer.activateWindow()
    qtbot.waitUntil(viewer.isActiveWindow, timeout=WAIT_MS)
    assert viewer.row() == 0

    blurred = viewer.picture.pixmap().toImage()
    viewer.show_box.setChecked(True)
    assert viewer.picture.pixmap().toImage() != blurred
    assert screen.model.is_shown(vault.list_evidence()[0].id)

    zoom = viewer.zoom()
    qtbot.keyClick(viewer, Qt.Key.Key_Plus)
    assert viewer.zoom() > zoom
    qtbot.keyClick(viewer, Qt.Key.Key_Minus)
    assert abs(viewer.zoom() - zoom) < 1e-6
    viewer.zoom_in_button.click()
    assert viewer.zoom() > zoom
    # Ctrl + mouse wheel.
    current = viewer.zoom()
    viewport = viewer.scroll_area.viewport()
    wheel = QWheelEvent(
        QPointF(10, 10), QPointF(viewport.mapToGlobal(QPoint(10, 10))), QPoint(0, 0),
        QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(viewport, wheel)
    assert viewer.zoom() < current

    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    assert viewer.row() == 1
    assert screen.list.currentIndex().row() == 1  # the list follows
    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    qtbot.keyClick(viewer, Qt.Key.Key_Right)  # already at the last one: stays
    assert viewer.row() == 2 and not viewer.next_button.isEnabled()
    qtbot.keyClick(viewer, Qt.Key.Key_Left)
    assert viewer.row() == 1
    assert "GD-002" in viewer.title.text()

    with qtbot.waitSignal(viewer.finished, timeout=WAIT_MS):
        qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    assert screen.viewer() is None


def test_viewer_shows_the_covered_copy(
    qtbot: QtBot, screen: EvidenceScreen, vault: CaseVault, tmp_path: Path
) -> None:
    run_batch(qtbot, screen, lambda: screen.add_paths([white_png(tmp_path / "w.png")]))
    item = vault.list_evidence()[0]
    screen.model.set_shown(item.id, True)
    screen.open_viewer(item.id)
    viewer = screen.viewer()
    assert viewer is not None
    before = viewer._image.copy()
    dialog = screen.open_redaction(item.id)
    assert dialog is not None
    dialog.canvas.add_box(dialog.canvas.selection)
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.save()
    assert viewer._image != before
    assert "covered copy" in viewer.title.text()
