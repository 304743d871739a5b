"""The first screen: help now (no case needed), the under-18 route, a case, or practice.

In discreet mode the screen says nothing about what the app is for: a plain title
("Notes") and neutral words, so a glance over someone's shoulder tells nothing.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guardian_desktop.core.settings import Settings, save_settings

from ..safety.discreet import neutral_name
from ..widgets.choice import WrapChoice, narrow_combo
from ..widgets.text import body_label, column, form_label, heading_label, scrolling


class StartScreen(QWidget):
    help_requested = Signal()
    under_18_requested = Signal()
    new_requested = Signal()
    open_requested = Signal(str)  # a case folder, or "" to choose one
    practice_requested = Signal(str)  # the route: adult, parent, counsellor

    def __init__(
        self, settings: Settings, *, discreet: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.discreet = discreet
        inner, body = column(1.0)
        em = self.fontMetrics().height()
        body.setContentsMargins(em * 2, em, em * 2, em)
        if discreet:
            self.title = heading_label(neutral_name(), 1)
            self.intro = body_label(self.tr(
                "Your notes stay on this computer, locked with a passphrase."
            ))  # fmt: skip
        else:
            self.title = heading_label(self.tr("Guardian Desktop"), 1)
            self.intro = body_label(self.tr(
                "If someone is threatening to share images of you, or of someone you are "
                "helping, this app takes you through what to do, one step at a time. "
                "Everything stays on this computer, locked with a passphrase."
            ))  # fmt: skip
        body.addWidget(self.title)
        body.addWidget(self.intro)

        self.help_button = QPushButton(self.tr("Get &help now"))
        self.help_button.setAccessibleName(self.tr("Get help now, no passphrase needed"))
        self.help_button.setDefault(True)
        self.help_button.setObjectName("primaryAction")
        bold = QFont(self.help_button.font())
        bold.setBold(True)
        self.help_button.setFont(bold)  # the first thing to do, so it stands out
        self.under_18_button = QPushButton(
            self.tr("I am &under 18, or I am helping someone under 18")
        )
        self.under_18_button.setAccessibleName(
            self.tr("I am under 18, or I am helping someone under 18")
        )
        self.new_button = QPushButton(self.tr("Start a &new case"))
        self.new_button.setAccessibleName(self.tr("Start a new case"))
        self.open_button = QPushButton(self.tr("&Open a case..."))
        self.open_button.setAccessibleName(self.tr("Open a case you made before"))
        for button in (self.help_button, self.under_18_button, self.new_button, self.open_button):
            body.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.help_button.clicked.connect(self.help_requested.emit)
        self.under_18_button.clicked.connect(self.under_18_requested.emit)
        self.new_button.clicked.connect(self.new_requested.emit)
        self.open_button.clicked.connect(lambda: self.open_requested.emit(""))

        # Practice names what the app is for, so discreet mode leaves it out.
        self.practice_box = QWidget()
        practice = QVBoxLayout(self.practice_box)
        practice.setContentsMargins(0, 0, 0, 0)
        self.practice_title = heading_label(self.tr("Practise with a made-up case"), 2)
        practice.addWidget(self.practice_title)
        self.practice_route = narrow_combo()
        for route, text in (
            ("adult", self.tr("As the person being threatened (an adult)")),
            ("parent", self.tr("As a parent helping someone under 18")),
            ("counsellor", self.tr("As a school counsellor helping a student")),
        ):
            self.practice_route.addItem(text, route)
        self.practice_route.setAccessibleName(self.tr("Which made-up case to practise with"))
        self.practice_button = QPushButton(self.tr("&Practise"))
        self.practice_button.setAccessibleName(self.tr("Practise with a made-up case"))
        self.practice_button.clicked.connect(
            lambda: self.practice_requested.emit(str(self.practice_route.currentData()))
        )
        row = QHBoxLayout()
        row.addWidget(form_label(self.tr("Practise &as:"), self.practice_route))
        row.addWidget(self.practice_route, 1)
        row.addWidget(self.practice_button)
        practice.addLayout(row)
        body.addWidget(self.practice_box)
        self.practice_box.setVisible(not discreet)

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
        self.setFocusProxy(self.help_button)
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
