"""Seams to the world outside the app (browser, printer): tests replace these functions."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import QDialog, QWidget


def open_url(url: str) -> bool:
    """Open a web page in the person's browser."""
    return QDesktopServices.openUrl(QUrl(url))


def print_text(parent: QWidget | None, title: str, text: str) -> bool:
    """Show the system print dialog and print plain text. False if cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    doc = QTextDocument()
    doc.setPlainText(text)
    doc.print_(printer)
    return True
