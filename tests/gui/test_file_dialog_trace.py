"""File dialogs leave no list of recent folders behind (no trace outside the vault)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from guardian_desktop.gui import seams


def _remembered() -> list[object]:
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup("FileDialog")
    values = [settings.value("history"), settings.value("lastVisited")]
    settings.endGroup()
    return [v for v in values if v]


def test_open_files_is_qt_dialog_and_forgets_folders(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seams.forget_file_dialog_history()
    folder = tmp_path / "Secret case evidence"
    folder.mkdir()
    shot = folder / "threat.png"
    shot.write_bytes(b"x")
    seen: list[QFileDialog] = []

    def fake_exec(self: QFileDialog) -> int:
        seen.append(self)
        assert self.testOption(QFileDialog.Option.DontUseNativeDialog)
        self.setDirectory(str(folder))
        self.show()
        self.selectFile(str(shot))
        self.accept()  # as a person pressing Open: Qt notes the folder as visited
        return int(self.result())

    monkeypatch.setattr(QFileDialog, "exec", fake_exec)
    chosen = seams.open_files(None, "Choose", str(tmp_path), "Pictures (*.png)")
    assert chosen == [str(shot)]
    assert seen
    assert not any("Secret" in str(v) for v in _remembered())  # paths are URL-encoded


def test_forget_removes_existing_history(qapp: object) -> None:
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.setValue("FileDialog/lastVisited", "file:///home/someone/case.gdcase")
    settings.setValue("FileDialog/history", ["file:///home/someone"])
    settings.sync()
    assert _remembered()
    seams.forget_file_dialog_history()
    assert _remembered() == []
