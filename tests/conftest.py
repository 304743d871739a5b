"""Test set-up: offscreen Qt, every data and config folder in tmp_path, an in-memory
keyring, and a cheaper passphrase KDF so tests stay fast (the real cost is benchmarked)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import keyring.backend
import pytest

from guardian_desktop.core import keys
from guardian_desktop.core.vault import CaseVault


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        import keyring.errors

        if (service, username) not in self.store:
            raise keyring.errors.PasswordDeleteError("not found")
        del self.store[(service, username)]


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point HOME, TMPDIR and every XDG folder into tmp_path: nothing touches the real ones."""
    home = tmp_path / "home"
    for sub in ("", ".config", ".local/share", ".cache", ".local/state", "tmp"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local/state"))
    monkeypatch.setenv("APPDATA", str(home / ".config"))
    monkeypatch.setenv("LOCALAPPDATA", str(home / ".local/share"))
    yield home


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """scrypt at full cost takes ~0.6 s per call; tests use a small cost, same code path."""
    monkeypatch.setattr(keys, "PASSPHRASE_KDF", {"n": 2**10, "r": 8, "p": 1})
    monkeypatch.setattr(keys, "RECOVERY_KDF", {"n": 2**10, "r": 8, "p": 1})


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def screenshot_png() -> bytes:
    """One small synthetic chat screenshot."""
    return make_screenshot(0)


def make_screenshot(seed: int, size: tuple[int, int] = (390, 844)) -> bytes:
    import io

    from PIL import Image, ImageDraw

    im = Image.new("RGB", size, (246, 246, 246))
    draw = ImageDraw.Draw(im)
    w, h = size
    step = max(30, h // 20)
    for i, y in enumerate(range(10, h - step, step)):
        left = i % 2 == 0
        x0 = 12 if left else w // 3
        draw.rectangle(
            [x0, y, x0 + w // 2 + (seed * 7 + i * 13) % (w // 4), y + step - 8],
            fill=(225, 225, 225) if left else (190, 220, 250),
        )
        draw.text((x0 + 8, y + 6), f"message {seed}-{i}", fill=(0, 0, 0))
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


@pytest.fixture(scope="session")
def qapp_cls() -> type:
    """Tests run in the app's own QApplication subclass (fonts, translations)."""
    from guardian_desktop.gui.app import GuardianApplication

    return GuardianApplication


@pytest.fixture(scope="module")
def practice(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseVault]:
    """The practice case, made once per test module (report, bundle and Welsh tests)."""
    from guardian_desktop.core.practice import create_practice_case
    from tests.report_cases import PASSPHRASE, fast_kdf

    with fast_kdf():
        vault, _code = create_practice_case(tmp_path_factory.mktemp("p") / "practice", PASSPHRASE)
    yield vault
    vault.close()
