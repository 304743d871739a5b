"""Step 2: stop contact. Do and don't advice, and a checklist saved by id."""

from __future__ import annotations

from .base import WizardPage


class StopContactPage(WizardPage):
    step_id = "stop_contact"

    def build(self) -> None:
        view = self.add_blocks()
        self.checks = view.checks
        for check_id, choice in self.checks.items():
            self.ctx.saver.bind_check(
                f"{self.step_id}.{check_id}", choice.button, lambda _c: self.changed.emit()
            )

    def is_complete(self) -> bool:
        return bool(self.checks) and all(c.isChecked() for c in self.checks.values())
