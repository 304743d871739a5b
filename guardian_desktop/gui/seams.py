"""Every modal question goes through here, so tests can replace one function at a time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


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
    box.addButton(_tr("OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def open_files(parent: QWidget | None, title: str, start_dir: str, filters: str) -> list[str]:
    files, _ = QFileDialog.getOpenFileNames(parent, title, start_dir, filters)
    return list(files)


def open_folder(parent: QWidget | None, title: str, start_dir: str) -> str:
    return QFileDialog.getExistingDirectory(parent, title, start_dir)


def save_file(parent: QWidget | None, title: str, start_path: str, filters: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, start_path, filters)
    return path
