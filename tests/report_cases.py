"""Cases for the report and bundle tests: the practice case and a hostile one."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from guardian_desktop.core import keys
from guardian_desktop.core.answers import Answer
from guardian_desktop.core.evidence import add_prepared, prepare_bytes
from guardian_desktop.core.models import OffenderIdentifier, Payment, Role, TimelineEvent
from guardian_desktop.core.vault import CaseVault

PASSPHRASE = "correct horse battery staple"

WELSH = "Dyma'r neges: ŵyr, ŷd, llwybr"
POLISH = "Zażółć gęślą jaźń"
CYRILLIC = "Привет, я знаю твоих друзей"
GREEK = "Καλημέρα, στείλε χρήματα"
ARABIC = "مرحبا بك"
HOSTILE_NAME = "=HYPERLINK(evil).png"
LONG_WORD = "A" * 10_000
LONG_TEXT = ("word " * 2_000).strip()
BIDI = "user\u202egnp.exe\u202c\u2066x\u2069\u200e\u200f\u061c"
CONTROL = "bell\x07null\x00esc\x1b[31mred"


@contextmanager
def fast_kdf() -> Iterator[None]:
    """Module-scoped fixtures run before conftest's function-scoped fast KDF."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(keys, "PASSPHRASE_KDF", {"n": 2**10, "r": 8, "p": 1})
        mp.setattr(keys, "RECOVERY_KDF", {"n": 2**10, "r": 8, "p": 1})
        yield


def png(seed: int, size: tuple[int, int] = (390, 844), text: str = "") -> bytes:
    im = Image.new("RGB", size, (246, 246, 246))
    d = ImageDraw.Draw(im)
    for i, y in enumerate(range(10, size[1] - 40, 40)):
        d.rectangle([12, y, 12 + 120 + (seed * 7 + i * 13) % 150, y + 30], fill=(220, 220, 220))
        d.text((20, y + 8), f"{text} message {seed}-{i}", fill=(0, 0, 0))
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


def make_hostile_case(folder: Path) -> CaseVault:
    """Everything a person might paste: other scripts, control and bidi characters, and
    10,000-character fields."""
    label = f"{BIDI} {POLISH} <b>&amp;</b> {CONTROL}"
    vault, _code = CaseVault.create(folder / "hostile", PASSPHRASE, label, role=Role.HELPER)
    vault.update_info(police_reference=f"REF{LONG_WORD[:300]}")
    answers = vault.answers()
    answers.story.summary = f"{WELSH}\n{POLISH}\n{CYRILLIC}\n{GREEK}\n{ARABIC}\n{LONG_TEXT}"
    answers.story.first_contact = LONG_WORD
    answers.story.demand = f"{CONTROL} {BIDI} {LONG_TEXT}"
    answers.images.shared = Answer.YES
    answers.images.shared_where = f"<script>alert(1)</script> {LONG_WORD}"
    answers.contact.helper_name = f"{GREEK} {BIDI}"
    answers.contact.helper_contact = "\x00" * 50 + LONG_WORD
    for section in (answers.story, answers.images, answers.contact):
        vault.save_answers(section)
    for n, (desc, name) in enumerate(
        [
            (f"{CYRILLIC} {LONG_WORD}", HOSTILE_NAME),
            (f"{ARABIC} {BIDI} {LONG_TEXT}", f"{BIDI}.png"),
            (CONTROL, "normal.png"),
        ]
    ):
        prepared = prepare_bytes(png(n, text=desc[:5]), name)
        add_prepared(vault, prepared, description=desc, platform=f"{GREEK}{CONTROL}",
                     happened_at="not a date " + LONG_WORD[:500])  # fmt: skip
    vault.save_record(
        OffenderIdentifier(
            platform="instagram", username=f"evil_{CYRILLIC}{BIDI}", display_name=LONG_WORD,
            profile_url="https://example.com/" + LONG_WORD, numeric_id="123" + CONTROL,
            phone=BIDI, email=f"{POLISH}@example.com", seen_at="2026-03-01T20:14:00",
            notes=LONG_TEXT,
        )
    )  # fmt: skip
    vault.save_record(
        Payment(
            kind="paid",
            amount=LONG_WORD[:2000],
            currency=CONTROL,
            method=LONG_TEXT,
            details=LONG_WORD,
            when="garbage",
        )  # fmt: skip
    )
    for when in ("2026-03-02T10:00:00+02:00", "2026-03-02T09:00:00+00:00", "", "2026-03-01"):
        vault.save_record(TimelineEvent(when=when, description=f"{WELSH} {LONG_WORD}",
                                        platform=BIDI))  # fmt: skip
    return vault
