"""Untrusted text made safe to show, and times shown in local time with their UTC offset."""

from __future__ import annotations

import unicodedata
from datetime import datetime

from guardian_desktop.core import when as whenmod

# Control and format characters (bidi overrides such as U+202E can disguise a file name).
_HIDDEN_CATEGORIES = {"Cc", "Cf", "Cs", "Co"}


def safe_text(text: str, limit: int = 300) -> str:
    """Replace invisible or direction-changing characters and shorten very long text."""
    cleaned = "".join(
        "\ufffd" if unicodedata.category(ch) in _HIDDEN_CATEGORIES else ch for ch in text
    )
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "\u2026"


def offset_label(moment: datetime) -> str:
    """'UTC+01:00' for an aware time."""
    offset = moment.strftime("%z")  # +0100
    if len(offset) == 5:
        offset = f"{offset[:3]}:{offset[3:]}"
    return f"UTC{offset}" if offset else "UTC"


def local_time_label(text: str | None) -> str:
    """'2026-01-05 14:30 (UTC+01:00)' in this computer's time zone; '' if unknown.

    Dates are written year first so that nobody (police in another country included)
    can misread day and month. Reading the stored value is core.when's job."""
    moment = whenmod.parse(text).moment
    if moment is None:
        return safe_text(text or "")
    local = moment.astimezone()  # a naive time is taken as local time
    return f"{local:%Y-%m-%d %H:%M} ({offset_label(local)})"


ZERO_WIDTH_SPACE = "\u200b"


def breakable(text: str, run: int = 8) -> str:
    """Long unbroken text (hashes, file names) with invisible break points, so a wrapping
    label can fold it at any width instead of pushing the page sideways."""
    out: list[str] = []
    since = 0
    for ch in text:
        out.append(ch)
        since = 0 if ch.isspace() else since + 1
        if ch in "_-./" or since >= run:
            out.append(ZERO_WIDTH_SPACE)
            since = 0
    return "".join(out).rstrip(ZERO_WIDTH_SPACE)


def unbreakable(text: str) -> str:
    """Text shown with breakable(), as it really is (for copying)."""
    return text.replace(ZERO_WIDTH_SPACE, "")


def platform_choices() -> list[tuple[str, str]]:
    """(id, name in the reader's language) for every app the evidence step offers."""
    from guardian_desktop.core import platforms
    from guardian_desktop.core.guidance import load_guidance

    guided = load_guidance().platforms
    choices = [(pid, p.name) for pid, p in guided.items() if pid != "other"]
    extra = [(pid, platforms.display_name(pid)) for pid in platforms.EXTRA_IDS]
    choices += sorted((c for c in extra if c[0] not in guided), key=lambda c: c[1].lower())
    if "other" in guided:
        choices.append(("other", guided["other"].name))
    return choices


def platform_name(value: str) -> str:
    """A stored platform id shown by name in the reader's language; free text as typed."""
    from guardian_desktop.core import platforms
    from guardian_desktop.core.guidance import load_guidance

    guided = load_guidance().platforms.get(value)
    if guided is not None:
        return guided.name
    return safe_text(platforms.display_name(value), 80)
