"""Small app settings (never case data): typed, with defaults, written atomically."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .fsutil import atomic_write

SETTINGS_FILE = "settings.json"
MAX_RECENT = 8


def settings_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir("GuardianDesktop", appauthor=False))


@dataclass
class Settings:
    """Only what the person chose. Recent cases hold paths only, and only if allowed."""

    remember_recent: bool = False
    recent_cases: list[str] = field(default_factory=list)
    language: str = ""  # "" follows the system
    discreet_mode: bool = False
    auto_lock_minutes: int = 5  # 0 turns auto-lock off
    quick_exit_url: str = ""  # a neutral page to open on quick exit; "" opens nothing
    quick_exit_explained: bool = False

    def add_recent(self, path: str | Path) -> None:
        if not self.remember_recent:
            return
        text = str(path)
        self.recent_cases = [text] + [p for p in self.recent_cases if p != text]
        del self.recent_cases[MAX_RECENT:]

    def set_remember_recent(self, allowed: bool) -> None:
        self.remember_recent = allowed
        if not allowed:
            self.recent_cases = []


def _coerce(data: Any) -> Settings:
    defaults = Settings()
    if not isinstance(data, dict):
        return defaults
    remember = data.get("remember_recent", defaults.remember_recent)
    recent = data.get("recent_cases", [])
    if not isinstance(remember, bool):
        remember = defaults.remember_recent
    if not isinstance(recent, list):
        recent = []
    paths = [p for p in recent if isinstance(p, str) and p][:MAX_RECENT]
    settings = Settings(remember_recent=remember, recent_cases=paths if remember else [])
    for name in ("language", "quick_exit_url"):
        value = data.get(name)
        if isinstance(value, str):
            setattr(settings, name, value)
    for name in ("discreet_mode", "quick_exit_explained"):
        value = data.get(name)
        if isinstance(value, bool):
            setattr(settings, name, value)
    minutes = data.get("auto_lock_minutes")
    if isinstance(minutes, int) and not isinstance(minutes, bool) and 0 <= minutes <= 240:
        settings.auto_lock_minutes = minutes
    if not settings.quick_exit_url.startswith("https://"):
        settings.quick_exit_url = ""
    return settings


def load_settings(folder: Path | None = None) -> Settings:
    """Read the settings; a missing or corrupt file gives the defaults."""
    path = (folder or settings_dir()) / SETTINGS_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    return _coerce(data)


def save_settings(settings: Settings, folder: Path | None = None) -> None:
    """Write to a temp file in the same folder, then rename: never half-written."""
    target_dir = folder or settings_dir()
    target_dir.mkdir(parents=True, exist_ok=True)
    data = json.dumps(asdict(settings), indent=2).encode("utf-8")
    atomic_write(target_dir / SETTINGS_FILE, data)
