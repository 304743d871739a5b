"""Delete a case for good: overwrite, truncate and remove its files, forget its keyring entry.

Only a folder holding a case key file (case.keys) and nothing but plain files is ever
touched, so a wrong path cannot delete anything else. Close the case first: on Windows an
open database cannot be deleted, and elsewhere it would still be written to.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from dataclasses import dataclass, field
from pathlib import Path

from . import keys
from .errors import GuardianError, NotACaseError
from .fsutil import fsync_dir

CHUNK = 1024 * 1024

HONEST_NOTE = (
    "The case files were overwritten once with random data and then deleted, and the "
    "case was removed from this computer's password store. This cannot reach every copy: "
    "SSDs, USB sticks and memory cards may keep old data in places no app can overwrite; "
    "backups (such as File History or Time Machine), cloud sync folders (such as OneDrive, "
    "iCloud Drive, Google Drive or Dropbox) with their version history and bin, and system "
    "restore points or shadow copies may still hold the case. Any report or copy you saved "
    "or sent elsewhere is not touched. Those copies of the case are encrypted: without "
    "your passphrase or recovery code they cannot be read."
)


@dataclass
class DeletionReport:
    folder: Path
    files_overwritten: int = 0
    bytes_overwritten: int = 0
    problems: list[str] = field(default_factory=list)
    folder_removed: bool = False
    note: str = HONEST_NOTE

    @property
    def ok(self) -> bool:
        return self.folder_removed and not self.problems

    def text(self) -> str:
        lines = []
        if self.ok:
            lines.append(f"The case was deleted ({self.files_overwritten} files overwritten).")
        else:
            lines.append("The case could not be deleted completely:")
            lines.extend(f"- {p}" for p in self.problems)
        lines.append(self.note)
        return "\n".join(lines)


def check_case_folder(folder: Path, case_id: str) -> None:
    """Raise NotACaseError unless `folder` is this case's folder and nothing else."""
    if folder.is_symlink() or not folder.is_dir():
        raise NotACaseError(
            f"{folder.name or folder} is not a case folder, so nothing was deleted."
        )
    if not (folder / keys.KEY_FILE).is_file():
        raise NotACaseError(
            f"{folder.name} has no case key file, so it is not a case folder. Nothing was deleted."
        )
    for entry in folder.iterdir():
        if entry.is_symlink() or not entry.is_file():
            raise NotACaseError(
                f"{folder.name} holds {entry.name}, which a case folder never holds, so "
                "nothing was deleted. Check that you chose the right folder."
            )
    ids: set[str] = set()
    with contextlib.suppress(GuardianError):  # a damaged key file: the folder is still a case
        ids = {kf.case_id for _name, kf in keys.read_key_files(folder)}
    if ids and case_id not in ids:
        raise NotACaseError(
            "This folder holds a different case from the one chosen, so nothing was deleted."
        )


def _overwrite(path: Path) -> int:
    """Overwrite the file once with random bytes, sync, truncate, sync. Returns the size."""
    with contextlib.suppress(OSError):
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    flags = os.O_WRONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)
    try:
        size = os.fstat(fd).st_size
        left = size
        while left > 0:
            n = min(CHUNK, left)
            written = os.write(fd, secrets.token_bytes(n))
            left -= written
        os.fsync(fd)
        os.ftruncate(fd, 0)
        os.fsync(fd)
    finally:
        os.close(fd)
    return size


def delete_case(folder: Path, case_id: str) -> DeletionReport:
    """Delete the case in `folder`. Raises NotACaseError, before touching anything, when
    the folder is not a case folder; otherwise reports what could not be done."""
    folder = Path(folder)
    check_case_folder(folder, case_id)
    report = DeletionReport(folder=folder)
    for entry in sorted(folder.iterdir()):
        try:
            report.bytes_overwritten += _overwrite(entry)
            report.files_overwritten += 1
        except OSError as exc:
            report.problems.append(
                f"{entry.name} could not be overwritten ({exc.strerror or exc}). It may be "
                "open in another program: close the app there and try again."
            )
        try:
            entry.unlink()
        except OSError as exc:
            report.problems.append(f"{entry.name} could not be removed ({exc.strerror or exc}).")
    # The folder name may say what the case is about: rename it to a random name first.
    target = folder
    with contextlib.suppress(OSError):
        renamed = folder.with_name(f".deleted-{secrets.token_hex(8)}")
        folder.rename(renamed)
        target = renamed
    try:
        target.rmdir()
        report.folder_removed = True
    except OSError as exc:
        report.problems.append(f"The case folder could not be removed ({exc.strerror or exc}).")
    with contextlib.suppress(OSError):
        fsync_dir(folder.parent)
    keys.keyring_forget(case_id)
    return report


__all__ = ["HONEST_NOTE", "DeletionReport", "check_case_folder", "delete_case"]
