"""Settings: defaults, missing keys, corrupt files, atomic writes, recent list opt-in."""

from __future__ import annotations

import json
from pathlib import Path

from guardian_desktop.core.settings import (
    SETTINGS_FILE,
    Settings,
    load_settings,
    save_settings,
    settings_dir,
)


def test_defaults_when_missing(tmp_path: Path) -> None:
    s = load_settings(tmp_path)
    assert s == Settings()
    assert s.remember_recent is False
    assert s.recent_cases == []


def test_round_trip_in_config_dir() -> None:
    s = Settings()
    s.set_remember_recent(True)
    s.add_recent("/cases/a.gdcase")
    s.add_recent("/cases/b.gdcase")
    s.add_recent("/cases/a.gdcase")
    save_settings(s)
    assert (settings_dir() / SETTINGS_FILE).exists()
    loaded = load_settings()
    assert loaded.recent_cases == ["/cases/a.gdcase", "/cases/b.gdcase"]
    assert [p.name for p in settings_dir().iterdir()] == [SETTINGS_FILE]


def test_recent_only_when_allowed(tmp_path: Path) -> None:
    s = Settings()
    s.add_recent("/x.gdcase")
    assert s.recent_cases == []
    s.set_remember_recent(True)
    s.add_recent("/x.gdcase")
    s.set_remember_recent(False)
    assert s.recent_cases == []


def test_corrupt_and_partial_files(tmp_path: Path) -> None:
    (tmp_path / SETTINGS_FILE).write_text("{not json", encoding="utf-8")
    assert load_settings(tmp_path) == Settings()
    (tmp_path / SETTINGS_FILE).write_text("[1, 2]", encoding="utf-8")
    assert load_settings(tmp_path) == Settings()
    (tmp_path / SETTINGS_FILE).write_text(json.dumps({"remember_recent": "yes"}), "utf-8")
    assert load_settings(tmp_path) == Settings()
    (tmp_path / SETTINGS_FILE).write_text(
        json.dumps({"remember_recent": True, "recent_cases": ["/a", 3, ""], "x": 1}), "utf-8"
    )
    assert load_settings(tmp_path).recent_cases == ["/a"]


def test_recent_ignored_when_not_allowed_on_disk(tmp_path: Path) -> None:
    (tmp_path / SETTINGS_FILE).write_text(json.dumps({"recent_cases": ["/a"]}), "utf-8")
    assert load_settings(tmp_path).recent_cases == []


def test_safety_and_language_settings_round_trip(tmp_path: Path) -> None:
    s = Settings(
        language="cy",
        discreet_mode=True,
        auto_lock_minutes=0,
        quick_exit_url="https://www.bbc.co.uk/weather",
        quick_exit_explained=True,
    )
    save_settings(s, tmp_path)
    assert load_settings(tmp_path) == s


def test_bad_safety_values_fall_back(tmp_path: Path) -> None:
    bad = {
        "language": 5,
        "discreet_mode": "on",
        "auto_lock_minutes": -3,
        "quick_exit_url": "http://tracker.example/?who=me",
    }
    (tmp_path / SETTINGS_FILE).write_text(json.dumps(bad), "utf-8")
    loaded = load_settings(tmp_path)
    assert loaded == Settings()
    assert loaded.auto_lock_minutes == 5 and loaded.discreet_mode is False
