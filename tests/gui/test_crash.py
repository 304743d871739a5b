"""Crash output carries no case data: only the error's type and its place in the code."""

from __future__ import annotations

import sys

import pytest

from guardian_desktop.gui import crash, seams


def test_hook_prints_no_message_and_tells_the_person(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(seams, "inform", lambda parent, title, text, **k: told.append(text))
    try:
        raise ValueError("offender_handle_8812 in /home/sam/Evidence/threat.png")
    except ValueError:
        crash._hook(*sys.exc_info())  # type: ignore[arg-type]
    err = capsys.readouterr().err
    assert "ValueError at test_crash.py:" in err
    assert "offender_handle" not in err and "threat.png" not in err
    assert told and "kept in the case" in told[0]


def test_install_replaces_the_excepthook(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    crash.install_crash_handler()
    assert sys.excepthook is crash._hook
