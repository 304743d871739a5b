"""Make a smaller copy of ICU's data library (libicudata.so.NN) for the Linux build.

Linux Qt links ICU, and ICU's data library is the largest file in the build (31 MB). Qt's
Core library calls only four parts of ICU (see `nm -D --undefined-only libQt6Core.so.6`):
collation (ucol_*), character-set converters (ucnv_*), time-zone names (ucal_*) and
locale-aware upper/lower case (u_strToUpper/Lower). ICU's data package also holds data
for ICU features Qt never calls: number spell-out (rbnf), unit, currency, language and
region display names, line and word breaking (brkitr, with its CJK dictionaries) and
transliteration. `trim()` rebuilds the library without those trees, so nothing Qt asks for
is gone. Windows and macOS builds carry no ICU data library; this is never used there.

How: read the package (ICU "common data", format CmnD) out of the library's exported
`icudtNN_dat` symbol, drop the items under the trees in DROP_TREES, write the package again
with a new table of contents, and link it into a new library with the same name (needs a C
compiler). If anything is missing, `trim()` returns None and the build keeps the original.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

# Item trees in the package ("icudt73l/<tree>/...") that Qt's ICU calls never read.
DROP_TREES = ("brkitr", "curr", "lang", "rbnf", "region", "translit", "unit")
_ALIGN = 16  # ICU items start on 16-byte boundaries


class NotTrimmable(Exception):
    """The file is not an ICU data library this module understands."""


def _elf_symbol(data: bytes, prefix: bytes) -> tuple[bytes, int, int]:
    """(name, file offset, size) of the first dynamic symbol whose name starts with prefix,
    in a little-endian 64-bit ELF shared library."""
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise NotTrimmable("not a little-endian 64-bit ELF file")
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)
    ]
    (phoff,) = struct.unpack_from("<Q", data, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    segments = [struct.unpack_from("<IIQQQQQQ", data, phoff + i * phentsize) for i in range(phnum)]
    for sh in sections:
        if sh[1] != 11:  # SHT_DYNSYM
            continue
        strtab = sections[sh[6]]
        for off in range(sh[4], sh[4] + sh[5], 24):
            st_name, _info, _other, _shndx, value, size = struct.unpack_from("<IBBHQQ", data, off)
            start = strtab[4] + st_name
            name = data[start : data.index(b"\0", start)]
            if name.startswith(prefix) and size:
                for p_type, _flags, p_offset, p_vaddr, _pa, p_filesz, _memsz, _al in segments:
                    if p_type == 1 and p_vaddr <= value < p_vaddr + p_filesz:  # PT_LOAD
                        return name, p_offset + value - p_vaddr, size
    raise NotTrimmable(f"no {prefix.decode()}* symbol")


def split_package(package: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """(header, [(item name, item bytes)]) of an ICU common-data package (CmnD)."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", package, 0)
    if (magic1, magic2) != (0xDA, 0x27) or package[12:16] != b"CmnD" or package[8] != 0:
        raise NotTrimmable("not a little-endian ICU common-data package")
    toc = header_size
    (count,) = struct.unpack_from("<I", package, toc)
    entries = [struct.unpack_from("<II", package, toc + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_off, data_off) in enumerate(entries):
        start = toc + name_off
        name = package[start : package.index(b"\0", start)].decode("ascii")
        end = toc + entries[i + 1][1] if i + 1 < count else len(package)
        items.append((name, package[toc + data_off : end]))
    return package[:header_size], items


def join_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The inverse of split_package: a new table of contents, names, then the items."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items)
    first_data = toc_size + len(names)
    first_data += -(len(header) + first_data) % _ALIGN
    offsets, name_off, data_off, body = [], toc_size, first_data, []
    for name, blob in items:
        offsets.append((name_off, data_off))
        name_off += len(name) + 1
        pad = -len(blob) % _ALIGN
        body.append(blob + b"\0" * pad)
        data_off += len(blob) + pad
    toc = struct.pack("<I", len(items)) + b"".join(struct.pack("<II", *o) for o in offsets)
    head = header + toc + names
    return head + b"\0" * (-len(head) % _ALIGN) + b"".join(body)


def trim_package(package: bytes, drop_trees: tuple[str, ...] = DROP_TREES) -> bytes:
    header, items = split_package(package)
    kept = [(n, b) for n, b in items if n.split("/")[1] not in drop_trees]
    return join_package(header, kept)


def trim(library: Path, out_dir: Path, drop_trees: tuple[str, ...] = DROP_TREES) -> Path | None:
    """Write a trimmed copy of `library` into out_dir (same file name); None when it cannot
    be done here (no C compiler, or not an ICU data library), and the original stays."""
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc is None:
        return None
    data = library.read_bytes()
    try:
        symbol, offset, size = _elf_symbol(data, b"icudt")
        package = trim_package(data[offset : offset + size], drop_trees)
    except (NotTrimmable, struct.error, ValueError):
        return None
    if not re.fullmatch(rb"icudt\d+_dat", symbol):
        return None
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / library.name
    with tempfile.TemporaryDirectory() as tmp:
        blob = Path(tmp) / "icudata.dat"
        blob.write_bytes(package)
        asm = Path(tmp) / "icudata.S"
        sym = symbol.decode()
        asm.write_text(
            f".section .rodata\n.globl {sym}\n.type {sym}, @object\n.balign 16\n{sym}:\n"
            f'.incbin "{blob}"\n.size {sym}, . - {sym}\n'
            '.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        result = subprocess.run(
            [cc, "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(out), str(asm)],
            capture_output=True,
            text=True,
        )
    if result.returncode != 0:
        return None
    return out


if __name__ == "__main__":  # python packaging/icu_trim.py LIBRARY OUT_DIR
    import sys

    made = trim(Path(sys.argv[1]), Path(sys.argv[2]))
    if made is None:
        sys.exit("icu_trim: could not trim " + sys.argv[1])
    before, after = Path(sys.argv[1]).stat().st_size, made.stat().st_size
    print(f"{made}: {before / 2**20:.1f} MB -> {after / 2**20:.1f} MB")
