"""A batch with every kind of bad file: each gets its own line, the good files are kept."""

# The shared fixtures are imported by name, so pytest sees them; tests take them as
# arguments of the same name.
# ruff: noqa: F811

from __future__ import annotations

import builtins
import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from guardian_desktop.core import evidence as core_evidence
from guardian_desktop.core.vault import CaseVault
from guardian_desktop.gui.evidence import EvidenceScreen
from tests.conftest import make_screenshot
from tests.gui.test_evidence_support import (  # noqa: F401 - fixtures
    confirms,
    huge_png_header,
    ico_bytes,
    noisy_jpeg,
    run_batch,
    screen,
    vault,
)


def test_every_bad_file_gets_its_own_line_and_good_files_are_kept(
    qtbot: QtBot, screen: EvidenceScreen, vault: CaseVault, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    folder = tmp_path / "mixed"
    folder.mkdir()
    good_png = make_screenshot(1)
    jpeg = noisy_jpeg()
    bad: dict[str, bytes | None] = {
        "empty.png": b"",
        "notes.png": b"This is a shopping list, not a picture.\n" * 5,
        "cut_short.png": good_png[: len(good_png) // 2],
        "cut_short.jpg": jpeg[: len(jpeg) // 2],
        "huge.png": huge_png_header(30_000, 30_000),
        "icon.ico": ico_bytes(),
        "document.pdf": b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n",
        "big.png": None,  # 200 MB, sparse
        "locked.png": make_screenshot(2),
        "vanishing.png": make_screenshot(3),
    }
    for name, data in bad.items():
        if data is not None:
            (folder / name).write_bytes(data)
    with open(folder / "big.png", "wb") as fh:
        fh.write(good_png[:64])
        fh.truncate(200 * 1024 * 1024)
    locked = folder / "locked.png"
    os.chmod(locked, 0)
    if os.access(locked, os.R_OK):
        # Running as root: chmod does not stop reading, so the OS refusal is simulated.
        real_open = builtins.open

        def refusing_open(file: object, *args: object, **kwargs: object) -> object:
            if Path(str(file)) == locked:
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

        # Files are read by the one capped reader that screenshots and chat exports share.
        from guardian_desktop.core.chats import containers

        monkeypatch.setattr(containers, "open", refusing_open, raising=False)

    vanishing = folder / "vanishing.png"
    real_read = core_evidence.read_image_file

    def delete_then_read(path: Path) -> tuple[bytes, os.stat_result]:
        if path == vanishing:
            path.unlink()  # deleted while the batch is running
        return real_read(path)

    monkeypatch.setattr(core_evidence, "read_image_file", delete_then_read)

    good_a = folder / "good.png"
    good_a.write_bytes(good_png)
    unicode_dir = tmp_path / "Beweise Ünïcødé 证据"
    unicode_dir.mkdir()
    good_b = unicode_dir / "скриншот 😀 №1.png"
    good_b.write_bytes(make_screenshot(4))

    paths = [folder / n for n in bad] + [good_a, good_b]
    result = run_batch(qtbot, screen, lambda: screen.add_paths(paths))

    added = {item.original_name for item in result.added}
    assert added == {"good.png", "скриншот 😀 №1.png"}  # the non-ASCII path succeeds
    assert screen.item_count() == 2 == len(vault.list_evidence())
    lines = screen.summary.lines()
    assert len(lines) == len(bad), lines
    for name in bad:
        matching = [line for line in lines if line.startswith(name + ":")]
        assert len(matching) == 1, (name, lines)
    reasons = {f.name: f.reason for f in result.failed}
    assert reasons == {
        "empty.png": "empty",
        "notes.png": "not_image",
        "cut_short.png": "damaged",
        "cut_short.jpg": "damaged",
        "huge.png": "too_many_pixels",
        "icon.ico": "unsupported",
        "document.pdf": "not_image",
        "big.png": "too_large",
        "locked.png": "unreadable",
        "vanishing.png": "missing",
    }
    assert "kept" in screen.summary.headline.text()
    assert screen.summary.isVisibleTo(screen) and screen.summary.problems.isVisibleTo(screen)


def test_file_names_that_hide_their_ending_are_shown_safely(
    qtbot: QtBot, screen: EvidenceScreen, tmp_path: Path
) -> None:
    # U+202E (right-to-left override) can make "gnp.exe" look like "exe.png".
    tricky = tmp_path / "photo\u202egnp.txt"
    tricky.write_bytes(b"not a picture")
    run_batch(qtbot, screen, lambda: screen.add_paths([tricky]))
    (line,) = screen.summary.lines()
    assert "\u202e" not in line and "\ufffd" in line
