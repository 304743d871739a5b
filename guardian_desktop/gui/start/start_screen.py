"""The first screen: start a new case, open one, or practise with a made-up one."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from guardian_desktop.core.settings import Settings, save_settings

from ..widgets.choice import WrapChoice
from ..widgets.text import body_label, column, heading_label, scrolling


class StartScreen(QWidget):
    new_requested = Signal()
    open_requested = Signal(str)  # a case folder, or "" to choose one
    practice_requested = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        inner, body = column(1.0)
        em = self.fontMetrics().height()
        body.setContentsMargins(em * 2, em, em * 2, em)
        body.addWidget(heading_label(self.tr("Guardian Desktop"), 1))
        body.addWidget(body_label(self.tr(
            "If someone is threatening to share images of you, or of someone you are "
            "helping, this app takes you through what to do, one step at a time. "
            "Everything stays on this computer, locked with a passphrase."
        )))  # fmt: skip
        self.new_button = QPushButton(self.tr("&New case: start here"))
        self.new_button.setAccessibleName(self.tr("Start a new case"))
        self.new_button.setDefault(True)
        self.open_button = QPushButton(self.tr("&Open a case..."))
        self.open_button.setAccessibleName(self.tr("Open a case you made before"))
        self.practice_button = QPushButton(self.tr("&Practise with a made-up case"))
        self.practice_button.setAccessibleName(self.tr("Practise with a made-up case"))
        for button in (self.new_button, self.open_button, self.practice_button):
            body.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.new_button.clicked.connect(self.new_requested.emit)
        self.open_button.clicked.connect(lambda: self.open_requested.emit(""))
        self.practice_button.clicked.connect(self.practice_requested.emit)

        self.recent_title = heading_label(self.tr("Recent cases"), 2)
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent cases"))
        self.recent.itemActivated.connect(
            lambda item: self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        body.addWidget(self.recent_title)
        body.addWidget(self.recent)
        self.remember = WrapChoice(self.tr(
            "Show recent cases here. This keeps a list of where cases are saved on this "
            "computer (only the folder names, nothing from inside them)."
        ))  # fmt: skip
        self.remember.setChecked(settings.remember_recent)
        self.remember.button.toggled.connect(self._remember_changed)
        body.addWidget(self.remember)
        body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling(inner))
        self.setFocusProxy(self.new_button)
        self.refresh()

    def refresh(self) -> None:
        self.recent.clear()
        for path in self.settings.recent_cases:
            item = QListWidgetItem(f"{Path(path).name}  ({Path(path).parent})")
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.recent.addItem(item)
        shown = self.settings.remember_recent and bool(self.settings.recent_cases)
        self.recent_title.setVisible(shown)
        self.recent.setVisible(shown)

    def _remember_changed(self, allowed: bool) -> None:
        self.settings.set_remember_recent(allowed)
        with contextlib.suppress(OSError):  # the choice still holds for this session
            save_settings(self.settings)
        self.refresh()
