"""Reading an export safely: one file, a folder, or a .zip, with limits on every read.

Nothing is ever unpacked to disk. A .zip is opened from memory and refused when it is a
zip bomb (far more data inside than it could honestly hold), when a name inside points
outside it ("../", "/etc", "C:"), or when it is locked with a password. Every read is
streamed and capped, so a 2 GB file is refused without being loaded.
"""

from __future__ import annotations

import hashlib
import io
import os
import posixpath
import re
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ..errors import EvidenceRejected

MB = 1024 * 1024
MAX_EXPORT_BYTES = 256 * MB  # one export file kept byte for byte in the case
MAX_CHAT_FILE_BYTES = 128 * MB  # one chat file (text or JSON) read into memory
MAX_MEDIA_BYTES = 64 * MB  # one photo from an export (as for any picture)
MAX_ZIP_MEMBERS = 50_000
MAX_UNPACKED_BYTES = 2048 * MB  # everything inside one .zip, as really unpacked
MAX_RATIO = 200  # honest files rarely pack more than 100 to 1; bombs pack 1000s to 1
MAX_FOLDER_FILES = 100_000
CHUNK = MB

_DRIVE = re.compile(r"\A[A-Za-z]:")


@dataclass
class Member:
    path: str
    sha256: str
    size: int


@dataclass
class ExportFile:
    """A file whose exact bytes are kept in the case: a .zip, or one chat file."""

    name: str  # the name as given (a .zip's or a file's own name; no folders above it)
    kind: str  # "zip" or "file"
    data: bytes
    sha256: str
    mtime_utc: str | None = None
    members: list[Member] = field(default_factory=list)  # the files inside a .zip

    @property
    def size(self) -> int:
        return len(self.data)


def _reject(reason: str, detail: str) -> EvidenceRejected:
    return EvidenceRejected(reason, detail)


def read_capped(
    path: Path, cap: int, *, what: str = "export", too_large: str = "", folder: str = ""
) -> tuple[bytes, os.stat_result]:
    """The whole file, read in chunks, refused (never loaded) above `cap` bytes. Screenshots
    and chat exports both come through here; `too_large` and `folder` say it their way."""
    name = path.name
    too_large = too_large or _too_large_template(name, cap, what)
    try:
        st = path.stat()
    except FileNotFoundError as exc:
        raise _reject(
            "missing", f"{name}: the file is no longer there. It may have been moved or deleted."
        ) from exc
    except OSError as exc:
        raise _reject("unreadable", f"{name}: the file could not be read.") from exc
    if stat.S_ISDIR(st.st_mode):
        raise _reject("folder", folder or f"{name}: this is a folder.")
    if st.st_size == 0:
        raise _reject("empty", f"{name}: the file is empty (0 bytes).")
    if st.st_size > cap:
        raise _reject("too_large", too_large.replace("{size}", f"{st.st_size // MB:,}"))
    buf = io.BytesIO()
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(CHUNK):
                buf.write(chunk)
                if buf.tell() > cap:  # it grew while being read
                    raise _reject("too_large", too_large.replace("{size}", f"{buf.tell() // MB:,}"))
    except FileNotFoundError as exc:
        raise _reject("missing", f"{name}: the file disappeared while it was being added.") from exc
    except OSError as exc:
        raise _reject(
            "unreadable",
            f"{name}: the file could not be read. Check that you are allowed to open it.",
        ) from exc
    return buf.getvalue(), st


def _too_large(name: str, size: int, cap: int, what: str) -> str:
    return _too_large_template(name, cap, what).replace("{size}", f"{size // MB:,}")


def _too_large_template(name: str, cap: int, what: str) -> str:
    """The message, with '{size}' (in MB) to fill in once the size is known."""
    if what == "export":
        return (
            f"{name}: the file is too big ({{size}} MB; the limit is {cap // MB} MB), "
            "so it was not read. Export the chat without media, or unzip the download and "
            "add only the chat's folder."
        )
    return f"{name}: this {what} is too big ({{size}} MB), so it was not read."


def mtime_utc(st: os.stat_result) -> str:
    return datetime.fromtimestamp(st.st_mtime, UTC).isoformat(timespec="seconds")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def is_zip(data: bytes) -> bool:
    return data[:4] in (b"PK\x03\x04", b"PK\x05\x06")


def unsafe_name(name: str) -> bool:
    """A name inside a .zip that would point outside it when unpacked."""
    n = name.replace("\\", "/")
    if n.startswith("/") or _DRIVE.match(n) or "\x00" in n:
        return True
    return ".." in n.split("/")


class Container:
    """Files of an export by their path inside it ('a/b.json')."""

    label: str

    def names(self) -> list[str]:
        raise NotImplementedError

    def size(self, name: str) -> int:
        raise NotImplementedError

    def read(self, name: str, cap: int) -> bytes:
        raise NotImplementedError

    def head(self, name: str, size: int) -> bytes:
        """The first `size` bytes only (to recognise a file without reading it whole)."""
        return self.read(name, max(self.size(name), 1))[:size]


class ZipContainer(Container):
    """A .zip held in memory, checked before any name inside is trusted."""

    def __init__(self, data: bytes, label: str) -> None:
        self.label = label
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
            raise _reject(
                "damaged_zip",
                f"{label}: the .zip file is damaged or cut short, so "
                "it could not be opened. Download or export it again.",
            ) from exc
        if len(infos) > MAX_ZIP_MEMBERS:
            raise _reject(
                "zip_bomb",
                f"{label}: the .zip holds {len(infos):,} files, far more "
                "than a chat export. It was not opened.",
            )
        bad = [i.filename for i in infos if unsafe_name(i.filename)]
        if bad:
            raise _reject(
                "unsafe_names",
                f"{label}: names inside this .zip point outside it (for example "
                f"{bad[0][:80]!r}). App exports never do this, so it was not opened. Export "
                "the chat again from the app.",
            )
        if any(i.flag_bits & 0x1 for i in infos):
            raise _reject(
                "encrypted_zip",
                f"{label}: this .zip is locked with a password. "
                "Unzip it yourself, then add the folder.",
            )
        declared = sum(i.file_size for i in infos)
        bomb = declared > MAX_UNPACKED_BYTES or any(
            i.file_size > MB and i.file_size > MAX_RATIO * max(1, i.compress_size) for i in infos
        )
        if bomb:
            raise _reject("zip_bomb", _BOMB.format(label=label))
        self._infos = {i.filename: i for i in infos if not i.is_dir()}

    def names(self) -> list[str]:
        return list(self._infos)

    def size(self, name: str) -> int:
        return self._infos[name].file_size

    def read(self, name: str, cap: int) -> bytes:
        info = self._infos[name]
        if info.file_size > cap:
            raise _reject(
                "too_large",
                _too_large(f"{self.label}: {name}", info.file_size, cap, "file inside the .zip"),
            )
        out = io.BytesIO()
        for chunk in self._chunks(info, min(cap, info.file_size)):
            out.write(chunk)
        return out.getvalue()

    def _chunks(self, info: zipfile.ZipInfo, limit: int) -> Iterator[bytes]:
        """Stream one member; more bytes than allowed is a bomb, a bad CRC is damage."""
        got = 0
        try:
            with self._zip.open(info) as fh:
                while chunk := fh.read(CHUNK):
                    got += len(chunk)
                    if got > limit:
                        raise _reject("zip_bomb", _BOMB.format(label=self.label))
                    yield chunk
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise _reject(
                "damaged_zip",
                f"{self.label}: {info.filename} inside the .zip is damaged, so the .zip "
                "could not be read. Download or export it again.",
            ) from exc

    def head(self, name: str, size: int) -> bytes:
        out = bytearray()
        for chunk in self._chunks(self._infos[name], self._infos[name].file_size):
            out += chunk
            if len(out) >= size:
                break
        return bytes(out[:size])

    def hash_members(self) -> list[Member]:
        """SHA-256 of every file inside, streamed; stops at the first sign of a bomb."""
        total = 0
        out: list[Member] = []
        for name, info in self._infos.items():
            h = hashlib.sha256()
            size = 0
            for chunk in self._chunks(info, info.file_size):
                h.update(chunk)
                size += len(chunk)
                total += len(chunk)
                if total > MAX_UNPACKED_BYTES:
                    raise _reject("zip_bomb", _BOMB.format(label=self.label))
            out.append(Member(name, h.hexdigest(), size))
        return out


_BOMB = (
    "{label}: this .zip unpacks to far more data than it holds (a 'zip bomb'), so it was "
    "not opened. Nothing was added from it. Export the chat again from the app."
)


class FolderContainer(Container):
    """An unzipped export on disk. Links are not followed; counts and sizes are capped."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.label = root.name
        self._sizes: dict[str, int] = {}
        for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
            dirnames.sort()
            for fn in sorted(filenames):
                p = Path(dirpath) / fn
                try:
                    st = p.lstat()
                except OSError:
                    continue
                if not stat.S_ISREG(st.st_mode):
                    continue
                self._sizes[p.relative_to(root).as_posix()] = st.st_size
                if len(self._sizes) > MAX_FOLDER_FILES:
                    raise _reject(
                        "too_many_files",
                        f"{root.name}: the folder holds more than "
                        f"{MAX_FOLDER_FILES:,} files. Choose the chat's own folder.",
                    )

    def names(self) -> list[str]:
        return list(self._sizes)

    def size(self, name: str) -> int:
        return self._sizes[name]

    def read(self, name: str, cap: int) -> bytes:
        if name not in self._sizes:
            raise _reject("missing", f"{self.label}: {name} is not in the folder.")
        data, _st = read_capped(self.root / name, cap, what="file")
        return data

    def head(self, name: str, size: int) -> bytes:
        if name not in self._sizes:
            raise _reject("missing", f"{self.label}: {name} is not in the folder.")
        try:
            with open(self.root / name, "rb") as fh:
                return fh.read(size)
        except OSError as exc:
            raise _reject("unreadable", f"{self.label}: {name} could not be read.") from exc

    def stat(self, name: str) -> os.stat_result:
        return (self.root / name).stat()


class SingleFile(Container):
    def __init__(self, name: str, data: bytes) -> None:
        self.label = name
        self._name = name
        self._data = data

    def names(self) -> list[str]:
        return [self._name]

    def size(self, name: str) -> int:
        return len(self._data)

    def read(self, name: str, cap: int) -> bytes:
        return self._data


def resolve(container: Container, ref: str, near: str = "") -> str | None:
    """The path inside `container` of a media file named in a chat: next to the chat
    file, from the export's top, or (WhatsApp) by its bare name. Never outside it."""
    ref = ref.replace("\\", "/").strip()
    if not ref or unsafe_name(ref):
        return None
    names = set(container.names())
    base = posixpath.dirname(near)
    for candidate in (posixpath.normpath(posixpath.join(base, ref)), ref):
        if candidate in names:
            return candidate
    tail = "/" + ref
    matches = [n for n in names if n.endswith(tail)]
    if len(matches) == 1:
        return matches[0]
    leaf = posixpath.basename(ref)
    matches = [n for n in names if posixpath.basename(n) == leaf]
    return matches[0] if len(matches) == 1 else None
