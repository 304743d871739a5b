"""Offender identifiers and payment details that a chat mentions, offered for the person
to confirm: phone numbers, emails, @usernames, wallet addresses and IBANs. Never stored
by this module."""

from __future__ import annotations

import re
from dataclasses import dataclass

PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("email", re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+")),
    ("iban", re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")),
    ("username", re.compile(r"(?<![\w@])@[A-Za-z0-9_.]{2,30}(?<!\.)")),
    ("wallet_bitcoin", re.compile(
        r"\b(?:bc1[02-9ac-hj-np-z]{11,71}|[13][1-9A-HJ-NP-Za-km-z]{25,34})\b")),
    ("wallet_ethereum", re.compile(r"\b0x[0-9a-fA-F]{40}\b")),
    ("wallet_tron", re.compile(r"\bT[1-9A-HJ-NP-Za-km-z]{33}\b")),
    ("phone", re.compile(r"(?<![\w+])\+?\d[\d ()\-]{8,18}\d(?!\w)")),
)  # fmt: skip
CHAINS = {"wallet_bitcoin": "Bitcoin", "wallet_ethereum": "Ethereum", "wallet_tron": "Tron"}


@dataclass(frozen=True)
class Found:
    kind: str  # email, phone, username, wallet_bitcoin, wallet_ethereum, wallet_tron, iban
    value: str

    @property
    def is_payment(self) -> bool:
        return self.kind.startswith("wallet_") or self.kind == "iban"


def find(text: str) -> list[Found]:
    out: list[Found] = []
    seen: set[tuple[str, str]] = set()
    taken: list[tuple[int, int]] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue  # part of something already found (an email's digits)
            value = m.group(0).strip()
            if kind == "phone" and sum(c.isdigit() for c in value) < 10:
                continue
            key = (kind, normalise(kind, value))
            if key in seen:
                continue
            seen.add(key)
            taken.append((m.start(), m.end()))
            out.append(Found(kind, value))
    return out


def normalise(kind: str, value: str) -> str:
    if kind == "phone":
        return ("+" if value.startswith("+") else "") + "".join(c for c in value if c.isdigit())
    if kind in ("email", "username"):
        return value.lower().lstrip("@")
    return value.replace(" ", "")
