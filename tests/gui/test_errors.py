"""The core's errors reach the person in plain, translated words."""

from __future__ import annotations

import pytest

from guardian_desktop.core.errors import (
    CaseExistsError,
    CaseInUseError,
    CaseReadOnlyError,
    DamagedCaseError,
    GuardianError,
    NoKeyringError,
    NotACaseError,
    StorageFullError,
    WrongSecretError,
)
from guardian_desktop.gui.app import GuardianApplication
from guardian_desktop.gui.errors import error_text

ERRORS = [
    WrongSecretError("passphrase"),
    WrongSecretError("recovery code"),
    NotACaseError("x"),
    DamagedCaseError("x"),
    CaseInUseError("x"),
    CaseReadOnlyError("x"),
    StorageFullError("x"),
    CaseExistsError("x"),
    NoKeyringError("x"),
]


def test_each_error_says_what_to_do(qapp: GuardianApplication) -> None:
    texts = [error_text(e) for e in ERRORS]
    assert len(set(texts)) == len(texts)
    assert all(len(t) > 40 and t.endswith(".") for t in texts)
    assert error_text(GuardianError("A message from the core.")) == "A message from the core."


@pytest.mark.parametrize("lang", ["cy", "pl", "es", "ar"])
def test_errors_are_translated(qapp: GuardianApplication, lang: str) -> None:
    from guardian_desktop.i18n_build import build

    build()
    english = [error_text(e) for e in ERRORS]
    try:
        assert qapp.set_language(lang) == lang
        translated = [error_text(e) for e in ERRORS]
    finally:
        qapp.set_language("en")
    assert all(t != e for t, e in zip(translated, english, strict=True))
