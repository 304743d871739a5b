"""The evidence step's guidance, short: what never to save always in view (the under-18
warning plainly, in a red frame), and what to capture behind one button.

The words come from the guidance data (the "evidence" step), so they are checked and
translated with the rest of the guidance, not written here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from guardian_desktop.core.guidance import Block, load_guidance
from guardian_desktop.gui.widgets.blocks import BlockView

ALWAYS_SHOWN = ("dont", "warning")  # never folded away
REMINDER_KINDS = ("dont", "warning", "link")


def step_blocks(role: str, under_18: bool | None) -> list[Block]:
    return load_guidance().step("evidence").blocks(role, under_18)


def reminder_blocks(role: str, under_18: bool | None) -> list[Block]:
    return [b for b in step_blocks(role, under_18) if b.kind in REMINDER_KINDS]


def age_warning(role: str, under_18: bool | None) -> str:
    """The guidance's under-18 warning for this role ('' for an adult). Its words hold for
    an unknown age too ("If you are, or might be, under 18"): they never claim an age."""
    return "\n\n".join(b.text for b in step_blocks(role, under_18) if b.kind == "warning")


class ReminderPanel(QFrame):
    """The step's guidance in little room: what never to save, always in view, above the
    add buttons; `fold` (placed by the screen under them) opens and shuts the rest."""

    def __init__(self, role: str, under_18: bool | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceReminder")
        self.setAccessibleName(self.tr("Before you add screenshots"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.fold = QWidget(parent)
        self.fold.setAccessibleName(self.tr("What to capture"))
        self._fold_layout = QVBoxLayout(self.fold)
        self._fold_layout.setContentsMargins(0, 0, 0, 0)
        self.more = QPushButton(self.fold)
        self.more.setCheckable(True)
        self.more.setAccessibleName(self.tr("What to capture"))
        self.more.setAccessibleDescription(
            self.tr("Shows or hides the list of what to capture and where to get images removed.")
        )
        self.more.toggled.connect(self._on_more)
        self.always: BlockView | None = None
        self.details: BlockView | None = None
        self.danger = False
        self._blocks: list[Block] = []
        self._shown: list[Block] = []
        self.set_audience(role, under_18)

    def set_audience(self, role: str, under_18: bool | None) -> None:
        for view in (self.always, self.details):
            if view is not None:
                view.setParent(None)
                view.deleteLater()
        self._fold_layout.removeWidget(self.more)
        self._blocks = step_blocks(role, under_18)
        shown = [b for b in self._blocks if b.kind in ALWAYS_SHOWN]
        folded = [b for b in self._blocks if b.kind not in ALWAYS_SHOWN]
        self.danger = any(b.kind == "warning" for b in shown)
        # The under-18 warning goes first, framed: it must be read before anything is added.
        shown.sort(key=lambda b: b.kind != "warning")
        self._shown = shown
        self.always = BlockView(shown, self)
        self.details = BlockView(folded, self.fold)
        self._layout.addWidget(self.always)
        self._fold_layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeading)
        self._fold_layout.addWidget(self.details)
        self._on_more(self.more.isChecked())

    def set_expanded(self, expanded: bool) -> None:
        self.more.setChecked(expanded)
        self._on_more(expanded)

    def is_expanded(self) -> bool:
        return self.more.isChecked()

    def _on_more(self, expanded: bool) -> None:
        self.more.setText(
            self.tr("Hide what to capt&ure") if expanded else self.tr("What to capt&ure\u2026")
        )
        if self.details is not None:
            self.details.setVisible(expanded)

    def texts(self) -> list[str]:
        return [b.text for b in self._blocks if b.kind in REMINDER_KINDS]

    def always_shown_texts(self) -> list[str]:
        """What is never folded away, in the order shown (the under-18 warning first)."""
        return [b.text for b in self._shown]
