"""Platform ids: stored in the case as ids, shown in the reader's language by the guidance.

Free text a person typed that is not a known app is kept as typed.
"""

from __future__ import annotations

import re
from pathlib import PurePath

# The ids of the guidance data (resources/guidance/*/platforms.json), plus a few more apps
# that the report names but has no block-and-report help for.
GUIDED_IDS = (
    "instagram", "snapchat", "facebook", "whatsapp", "tiktok", "discord", "telegram", "x",
    "tinder", "grindr", "hinge", "bumble", "kik", "yubo", "other",
)  # fmt: skip
EXTRA_IDS = ("wizz", "omegle", "reddit", "signal", "google_chat", "messenger")

# Brand names are the same in every language; "other" is translated by the guidance.
BRAND_NAMES = {
    "instagram": "Instagram", "snapchat": "Snapchat", "facebook": "Facebook",
    "messenger": "Messenger", "whatsapp": "WhatsApp", "tiktok": "TikTok",
    "discord": "Discord", "telegram": "Telegram", "x": "X (Twitter)", "kik": "Kik",
    "wizz": "Wizz", "omegle": "Omegle", "reddit": "Reddit", "tinder": "Tinder",
    "hinge": "Hinge", "bumble": "Bumble", "yubo": "Yubo", "grindr": "Grindr",
    "google_chat": "Google Chat", "signal": "Signal",
}  # fmt: skip

_ALIASES = {
    "insta": "instagram", "ig": "instagram", "snap": "snapchat", "sc": "snapchat",
    "fb": "facebook", "facebook messenger": "messenger", "facebook and messenger": "facebook",
    "whats app": "whatsapp", "wa": "whatsapp", "tik tok": "tiktok", "twitter": "x",
    "x (twitter)": "x", "x/twitter": "x", "google chat": "google_chat",
    "other app or website": "other",
}  # fmt: skip

# Package names and app names as phones put them in screenshot file names.
_FILE_HINTS = (
    ("com.instagram.android", "instagram"), ("instagram", "instagram"),
    ("com.snapchat.android", "snapchat"), ("snapchat", "snapchat"),
    ("com.whatsapp", "whatsapp"), ("whatsapp", "whatsapp"),
    ("com.facebook.orca", "messenger"), ("messenger", "messenger"),
    ("com.facebook.katana", "facebook"), ("facebook", "facebook"),
    ("com.zhiliaoapp.musically", "tiktok"), ("tiktok", "tiktok"),
    ("com.discord", "discord"), ("discord", "discord"),
    ("org.telegram", "telegram"), ("telegram", "telegram"),
    ("com.twitter.android", "x"), ("twitter", "x"),
    ("com.tinder", "tinder"), ("tinder", "tinder"), ("grindr", "grindr"),
    ("hinge", "hinge"), ("bumble", "bumble"), ("kik", "kik"), ("yubo", "yubo"),
    ("wizz", "wizz"), ("reddit", "reddit"), ("signal", "signal"),
)  # fmt: skip

KNOWN_IDS = frozenset(GUIDED_IDS + EXTRA_IDS)


def platform_id(text: str) -> str:
    """The id for a name a person typed or chose; unknown text is kept as typed."""
    value = " ".join((text or "").split())
    low = value.lower()
    if low in KNOWN_IDS:
        return low
    if low in _ALIASES:
        return _ALIASES[low]
    for pid, name in BRAND_NAMES.items():
        if low == name.lower():
            return pid
    return value


def is_known(value: str) -> bool:
    return value in KNOWN_IDS


def from_file_name(name: str) -> str | None:
    """The app a screenshot came from, where the phone put it in the file name."""
    stem = PurePath(name).name.lower()
    words = set(re.split(r"[^a-z0-9.]+", stem))
    for hint, pid in _FILE_HINTS:
        if "." in hint:
            if hint in stem:
                return pid
        elif hint in words or any(w.startswith(hint + ".") or w == hint for w in words):
            return pid
    return None


def display_name(value: str, other: str = "Other") -> str:
    """English or brand name for an id (the report's default); free text as it is."""
    if value == "other":
        return other
    return BRAND_NAMES.get(value, value)
