"""Every modal question goes through here, so tests can replace one function at a time."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str, yes: str, no: str) -> bool:
    """A yes/no question with clear button words (never a bare OK/Cancel)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    yes_btn = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_btn = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_btn)
    box.setEscapeButton(no_btn)
    box.exec()
    return box.clickedButton() is yes_btn


def inform(parent: QWidget | None, title: str, text: str, *, warning: bool = False) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    box.addButton(QCoreApplication.translate("Dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def _file_dialog(parent: QWidget | None, title: str, start: str, filters: str) -> QFileDialog:
    """Qt's own file dialog, not the system's: the system dialogs keep lists of recent
    files and folders (Windows' and GTK's recent lists), which would name the case."""
    dialog = QFileDialog(parent, title, start, filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setHistory([])
    return dialog


def _run_file_dialog(dialog: QFileDialog) -> list[str]:
    try:
        accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
        chosen = list(dialog.selectedFiles()) if accepted else []
    finally:
        # Qt saves the dialog's history and last folder when it is destroyed: destroy it
        # now, then remove what it wrote.
        shiboken6.delete(dialog)
        forget_file_dialog_history()
    return chosen


def forget_file_dialog_history() -> None:
    """Remove the folders Qt's file dialog remembers (QtProject settings, FileDialog)."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup("FileDialog")
    for key in ("history", "lastVisited"):
        settings.remove(key)
    settings.endGroup()
    settings.sync()


def open_files(parent: QWidget | None, title: str, start_dir: str, filters: str) -> list[str]:
    dialog = _file_dialog(parent, title, start_dir, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return _run_file_dialog(dialog)


def open_folder(parent: QWidget | None, title: str, start_dir: str) -> str:
    dialog = _file_dialog(parent, title, start_dir, "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    chosen = _run_file_dialog(dialog)
    return chosen[0] if chosen else ""


def save_file(parent: QWidget | None, title: str, start_path: str, filters: str) -> str:
    dialog = _file_dialog(parent, title, start_path, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    chosen = _run_file_dialog(dialog)
    return chosen[0] if chosen else ""


def show_folder(folder: str) -> bool:
    """Open a folder in the system's file manager (after saving a report or bundle)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl.fromLocalFile(folder))
