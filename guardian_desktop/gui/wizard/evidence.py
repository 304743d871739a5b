"""Step 3: save the evidence. Guidance first, then the evidence screen."""

from __future__ import annotations

from PySide6.QtCore import Signal

from guardian_desktop.gui.evidence.screen import EvidenceScreen

from .base import WizardPage

EVIDENCE_LINES = 24  # the evidence screen gets room for its list even in a small window


class EvidencePage(WizardPage):
    step_id = "evidence"
    busy_changed = Signal(bool)

    def build(self) -> None:
        self.add_blocks()
        ctx = self.ctx
        self.evidence_screen = EvidenceScreen(ctx.vault, role=ctx.role, under_18=ctx.under_18)
        self.evidence_screen.changed.connect(self.changed.emit)
        self.evidence_screen.busy_changed.connect(self.busy_changed.emit)
        lines = self.fontMetrics().lineSpacing() * EVIDENCE_LINES
        self.evidence_screen.setMinimumHeight(
            max(lines, self.evidence_screen.minimumSizeHint().height())
        )
        self.body.addWidget(self.evidence_screen, 1)

    def is_complete(self) -> bool:
        return self.evidence_screen.item_count() > 0
