"""Step 3: save the evidence. One column in the page's one scroll area: the short guidance,
the ways to add, the list and the chosen screenshot's details."""

from __future__ import annotations

from PySide6.QtCore import Signal

from guardian_desktop.gui.evidence.chat_import import ChatImport
from guardian_desktop.gui.evidence.screen import EvidenceScreen

from .base import WizardPage


class EvidencePage(WizardPage):
    step_id = "evidence"
    busy_changed = Signal(bool)

    def build(self) -> None:
        # The screen shows the step's guidance itself (the under-18 warning always in view,
        # what to capture folded behind a button), so the page adds none of its own.
        ctx = self.ctx
        self.evidence_screen = EvidenceScreen(ctx.vault, role=ctx.role, under_18=ctx.under_18)
        self.evidence_screen.changed.connect(self.changed.emit)
        self.evidence_screen.busy_changed.connect(self.busy_changed.emit)
        # Chat exports (a button in the ways to add, and dropped exports): transcript exhibits.
        self.chat_import = ChatImport(self.evidence_screen, ctx.vault, role=str(ctx.role))
        # The base page adds a stretch after build(); the screen takes (nearly) all the room.
        self.body.addWidget(self.evidence_screen, 100)

    def is_complete(self) -> bool:
        return self.evidence_screen.item_count() > 0 or self.chat_import.count() > 0
