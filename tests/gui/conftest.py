"""GUI test set-up: the one-time modal explanations are replaced, so no test blocks."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def no_first_run_dialog(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The quick-exit explanation is a modal shown before the first case opens."""
    from guardian_desktop.gui.safety.first_run import QuickExitIntroDialog

    shown: list[object] = []
    monkeypatch.setattr(
        QuickExitIntroDialog, "ask", classmethod(lambda cls, p=None: shown.append(p))
    )
    return shown


@pytest.fixture(autouse=True)
def english(qapp: object) -> None:
    """Every GUI test starts in English with its plural forms ("1 page", "3 pages"), as
    the app does; a test that switches language does not leak into the next."""
    from guardian_desktop.gui.app import GuardianApplication

    assert isinstance(qapp, GuardianApplication)
    qapp.set_language("en")
