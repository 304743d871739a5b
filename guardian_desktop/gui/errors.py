"""Plain, translated words for the logic layer's errors (the core has no Qt, so its own
messages are English): each says what happened and what to do next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from guardian_desktop.core.errors import (
    CaseExistsError,
    CaseInUseError,
    CaseReadOnlyError,
    DamagedCaseError,
    NoKeyringError,
    NotACaseError,
    StorageFullError,
    WrongSecretError,
)


def error_text(exc: BaseException) -> str:
    if isinstance(exc, WrongSecretError):
        if exc.kind == "recovery code":
            return QCoreApplication.translate(
                "Errors",
                "That recovery code does not open this case. Check each group of letters "
                "and numbers, and try again.",
            )
        return QCoreApplication.translate(
            "Errors",
            "That passphrase does not open this case. Check Caps Lock and try again, or "
            "use your recovery code.",
        )
    if isinstance(exc, NotACaseError):
        return QCoreApplication.translate(
            "Errors",
            "This is not a Guardian Desktop case, or it could not be found. If the case is "
            "on a USB stick, check that it is plugged in.",
        )
    if isinstance(exc, DamagedCaseError):
        return QCoreApplication.translate(
            "Errors",
            "Part of the case file is damaged. Keep a copy of the whole case folder. If the "
            "case opens, use 'Check this case' in Settings to see what can still be read.",
        )
    if isinstance(exc, CaseInUseError):
        return QCoreApplication.translate(
            "Errors",
            "This case is already open in another window or program. Close it there first. "
            "If the app closed unexpectedly, wait a moment and try again.",
        )
    if isinstance(exc, CaseReadOnlyError):
        return QCoreApplication.translate(
            "Errors",
            "The case is in a place the app cannot write to, such as a locked USB stick or "
            "a read-only folder. Copy the whole case folder to this computer, then open the "
            "copy.",
        )
    if isinstance(exc, StorageFullError):
        return QCoreApplication.translate(
            "Errors",
            "The disk is full, so this was not saved. Nothing was half-written. Free some "
            "space, then try again.",
        )
    if isinstance(exc, CaseExistsError):
        return QCoreApplication.translate(
            "Errors",
            "There is already something at that place. Choose another name or folder.",
        )
    if isinstance(exc, NoKeyringError):
        return QCoreApplication.translate(
            "Errors",
            "This computer has no password store the app can use, so it cannot remember "
            "the case. You can still open it with your passphrase.",
        )
    return str(exc)
