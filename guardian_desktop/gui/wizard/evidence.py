"""Step 3: save the evidence. What to capture above, the evidence screen below."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSplitter

from guardian_desktop.gui.evidence.screen import EvidenceScreen

from ..widgets.blocks import BlockView
from ..widgets.text import scrolling
from .base import WizardPage

# The evidence screen shows these itself, right above its buttons (with the under-18
# warning): the page does not say them twice.
SHOWN_BY_SCREEN = {"dont", "warning", "link"}


class EvidencePage(WizardPage):
    step_id = "evidence"
    scrolls = False  # the guidance and the evidence screen each scroll on their own
    busy_changed = Signal(bool)

    def build(self) -> None:
        ctx = self.ctx
        guidance = BlockView([b for b in self.blocks() if b.kind not in SHOWN_BY_SCREEN])
        self.evidence_screen = EvidenceScreen(ctx.vault, role=ctx.role, under_18=ctx.under_18)
        self.evidence_screen.changed.connect(self.changed.emit)
        self.evidence_screen.busy_changed.connect(self.busy_changed.emit)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(scrolling(guidance))
        self.splitter.addWidget(self.evidence_screen)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.body.addWidget(self.splitter, 1)

    def is_complete(self) -> bool:
        return self.evidence_screen.item_count() > 0
