"""Shared fixtures and helpers for the evidence screen tests (no tests of its own)."""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from guardian_desktop.core.evidence import BatchResult
from guardian_desktop.core.vault import CaseVault
from guardian_desktop.gui import seams
from guardian_desktop.gui.evidence import EvidenceScreen
from tests.conftest import make_screenshot

WAIT_MS = 30_000


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[CaseVault]:
    v, _ = CaseVault.create(tmp_path / "c", "passphrase1", "Test")
    yield v
    v.close()


class Confirms:
    """Stands in for seams.confirm: records each question, answers from `answers` (else yes)."""

    def __init__(self) -> None:
        self.calls: list[dict[str, str]] = []
        self.answers: list[bool] = []

    def __call__(self, parent: Any, title: str, text: str, yes: str, no: str) -> bool:
        self.calls.append({"title": title, "text": text, "yes": yes, "no": no})
        return self.answers.pop(0) if self.answers else True


@pytest.fixture
def confirms(monkeypatch: pytest.MonkeyPatch) -> Confirms:
    recorder = Confirms()
    monkeypatch.setattr(seams, "confirm", recorder)
    return recorder


def make_screen(qtbot: QtBot, vault: CaseVault, **kwargs: Any) -> EvidenceScreen:
    kwargs.setdefault("under_18", False)
    screen = EvidenceScreen(vault, **kwargs)
    qtbot.addWidget(screen)
    screen.resize(1024, 640)
    return screen


@pytest.fixture
def screen(qtbot: QtBot, vault: CaseVault, confirms: Confirms) -> EvidenceScreen:
    return make_screen(qtbot, vault)


def shown_screen(qtbot: QtBot, screen: EvidenceScreen) -> EvidenceScreen:
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    return screen


def run_batch(qtbot: QtBot, screen: EvidenceScreen, start: Callable[[], object]) -> BatchResult:
    """Start a batch and wait (without sleeping) until the screen reports it finished."""
    with qtbot.waitSignal(screen.batch_finished, timeout=WAIT_MS) as blocker:
        start()
    result = blocker.args[0]
    assert isinstance(result, BatchResult)
    return result


def write_screenshots(folder: Path, count: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(start, start + count):
        p = folder / f"shot_{n:03d}.png"
        p.write_bytes(make_screenshot(n, (200, 400)))
        paths.append(p)
    return paths


def solid_image(color: str, size: tuple[int, int] = (120, 200)) -> QImage:
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    return image


def huge_png_header(width: int, height: int) -> bytes:
    """A tiny PNG file whose header claims width x height (1-bit grey)."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        body = tag + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def noisy_jpeg(size: tuple[int, int] = (400, 600)) -> bytes:
    im = Image.effect_noise(size, 80).convert("RGB")
    out = io.BytesIO()
    im.save(out, "JPEG", quality=90)
    return out.getvalue()


def ico_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (32, 32), (200, 10, 10)).save(out, "ICO")
    return out.getvalue()


def files_outside(root: Path, exclude: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file() and exclude not in p.parents}
