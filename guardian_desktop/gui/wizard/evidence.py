"""Step 3: save the evidence. Guidance first, then the evidence screen (built by others)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..widgets.text import body_label
from .base import WizardPage

EVIDENCE_LINES = 24  # the evidence screen gets room for its list even in a small window


def _evidence_screen(page: EvidencePage) -> QWidget | None:
    try:
        from guardian_desktop.gui.evidence.screen import EvidenceScreen
    except ImportError:
        return None
    screen = EvidenceScreen(page.ctx.vault, role=page.ctx.role, under_18=page.ctx.under_18)
    screen.changed.connect(page.changed.emit)
    return screen


class EvidencePage(WizardPage):
    step_id = "evidence"

    def build(self) -> None:
        self.add_blocks()
        self.evidence_screen = _evidence_screen(self)
        if self.evidence_screen is None:
            self.body.addWidget(
                body_label(self.tr("Adding evidence is not available in this version yet."))
            )
            return
        lines = self.fontMetrics().lineSpacing() * EVIDENCE_LINES
        self.evidence_screen.setMinimumHeight(
            max(lines, self.evidence_screen.minimumSizeHint().height())
        )
        self.body.addWidget(self.evidence_screen, 1)

    def is_complete(self) -> bool:
        if self.evidence_screen is None:
            return False
        return int(self.evidence_screen.item_count()) > 0  # type: ignore[attr-defined]
