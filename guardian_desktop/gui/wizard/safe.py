"""Step 1: are you safe right now? Emergency and helpline numbers, and "not your fault"."""

from __future__ import annotations

from .base import WizardPage


class SafePage(WizardPage):
    step_id = "safe"

    def is_complete(self) -> bool:
        return bool(self.ctx.saver.get("wizard.seen.safe", False))

    def load(self) -> None:
        self.ctx.saver.set("wizard.seen.safe", True)
