"""Error types the GUI and CLI turn into plain words; each says what went wrong."""

from __future__ import annotations


class GuardianError(Exception):
    """Base class for errors a person may see. `exit_code` is the CLI exit code."""

    exit_code = 1


class WrongSecretError(GuardianError):
    """The passphrase or recovery code does not open this case."""

    exit_code = 3

    def __init__(self, kind: str = "passphrase") -> None:
        self.kind = kind
        super().__init__(f"That {kind} does not open this case.")


class NotACaseError(GuardianError):
    """The path is not a Guardian Desktop case (or its key file is missing)."""

    exit_code = 4


class CaseNotFoundError(NotACaseError):
    """Nothing is at the path given (moved, renamed, or the USB stick is not plugged in)."""

    exit_code = 1


class DamagedCaseError(GuardianError):
    """The case file is damaged. `readable` lists what could still be read."""

    exit_code = 4

    def __init__(self, message: str, readable: list[str] | None = None) -> None:
        self.readable = readable or []
        super().__init__(message)


class CaseInUseError(GuardianError):
    """Another window or program has this case open."""


class CaseReadOnlyError(GuardianError):
    """The case is somewhere the app cannot write (a locked USB stick, a read-only folder)."""


class CaseExistsError(GuardianError):
    """A case already exists at that place; we never overwrite one."""


class StorageFullError(GuardianError):
    """The disk is full; nothing was half-written."""


class NoKeyringError(GuardianError):
    """This computer has no system keyring to remember the case in."""


class EvidenceRejected(GuardianError):
    """One file could not be added. `reason` is a stable code, `detail` plain words."""

    def __init__(self, reason: str, detail: str) -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(detail)
