"""The bar above every screen: Settings and About, the open case's name, and Quick exit
fixed at the top right (the GOV.UK "Exit this page" place)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from .safety.quick_exit import (
    QuickExit,
    QuickExitIndicator,
    make_quick_exit_button,
    retranslate_quick_exit_button,
)


class TopBar(QWidget):
    """Its buttons are connected by the window; `retranslate()` sets every word again."""

    def __init__(self, quick_exit: QuickExit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        em = self.fontMetrics().height()
        layout.setContentsMargins(em // 2, em // 4, em // 2, 0)
        # Every screen shows this bar, so its keys must clash with none: Alt+G and F1.
        self.settings_button = QPushButton()
        self.about_button = QPushButton()
        self.case_label = QLabel()
        self.case_label.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.case_label.font())
        font.setBold(True)
        self.case_label.setFont(font)
        self.case_label.hide()
        self._case_name = ""
        self.quick_exit_indicator = QuickExitIndicator(quick_exit)
        self.quick_exit_button = make_quick_exit_button(self, quick_exit)
        layout.addWidget(self.settings_button)
        layout.addWidget(self.about_button)
        layout.addSpacing(em)
        layout.addWidget(self.case_label, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addStretch(1)
        layout.addWidget(self.quick_exit_indicator)
        layout.addWidget(self.quick_exit_button, 0, Qt.AlignmentFlag.AlignTop)
        self.retranslate()

    def retranslate(self) -> None:
        # The "MainWindow" context: these words were the window's own before this bar
        # had its own module, and their translations are kept under it.
        self.settings_button.setText(QCoreApplication.translate("MainWindow", "Settin&gs"))
        self.settings_button.setAccessibleName(QCoreApplication.translate("MainWindow", "Settings"))
        self.about_button.setText(QCoreApplication.translate("MainWindow", "About"))
        self.about_button.setAccessibleName(
            QCoreApplication.translate("MainWindow", "About Guardian Desktop")
        )
        self.about_button.setToolTip(
            QCoreApplication.translate("MainWindow", "About Guardian Desktop (F1)")
        )
        self.about_button.setShortcut(QKeySequence(Qt.Key.Key_F1))
        retranslate_quick_exit_button(self.quick_exit_button)
        self.quick_exit_indicator.set_progress(self.quick_exit_indicator.progress())
        self.show_case_name(self._case_name)

    def show_case_name(self, name: str) -> None:
        """The open case's name ("" for none), so a counsellor can tell cases apart."""
        self._case_name = name
        text = (
            QCoreApplication.translate("MainWindow", "Case: {name}").format(name=name)
            if name
            else ""
        )
        self.case_label.setText(text)
        self.case_label.setAccessibleName(text)
        self.case_label.setVisible(bool(name))
