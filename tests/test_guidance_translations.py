"""Checks that every translated guidance folder mirrors English exactly, except the wording."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from guardian_desktop.core.guidance import (
    ROLES,
    available_languages,
    guidance_dir,
    language_meta,
    load_guidance,
)

EXPECTED_LANGS = ("cy", "pl", "es", "ar")
BASE = guidance_dir()
EN_DIR = BASE / "en"
LANGS = tuple(sorted(p.name for p in BASE.iterdir() if p.is_dir() and p.name != "en"))

# Keys whose whole value must be identical to English (numbers, addresses, ids, conditions,
# sources and dates). Anything not listed here or in TEXT_KEYS/NAME_KEYS must be equal too.
EQUAL_KEY = re.compile(r"url|phone|number|checked|^id$|kind|when|^for$|^roles?$|^sources?$")
TEXT_KEYS = frozenset(
    {
        "title",
        "text",
        "label",
        "what",
        "username",
        "numeric_id",
        "report",
        "block",
        "traps",
        "lower_confidence_note",
        "report_category",
    }
)
# Names may stay as they are (proper names such as Childline) or be translated.
NAME_KEYS = frozenset({"name"})
PHONE = re.compile(r"\b\d{3,}(?: \d{3,})*\b")
ADDRESS = re.compile(r"https?://\S+|\b[A-Za-z0-9-]+(?:\.[a-z]{2,})+\b")
PROPER_NAMES = (
    "Childline",
    "Samaritans",
    "Report Remove",
    "Take It Down",
    "CEOP",
    "Revenge Porn Helpline",
    "StopNCII",
    "IWF",
    "PSNI",
    "Police Scotland",
)
MIN_TRANSLATED_SHARE = 0.8


def json_files(folder: Path) -> set[str]:
    return {
        p.relative_to(folder).as_posix() for p in folder.rglob("*.json") if p.name != "meta.json"
    }


def read(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def compare(en: Any, other: Any, lang: str, path: str, texts: list[tuple[str, str, str]]) -> None:
    """Walk both trees in parallel; collect (path, english, translated) for text fields.

    Raises ``AssertionError`` on any difference outside the text fields.
    """
    assert type(en) is type(other), f"{path}: {type(en).__name__} != {type(other).__name__}"
    if isinstance(en, dict):
        assert set(en) == set(other), f"{path}: keys {sorted(set(en) ^ set(other))}"
        for key, value in en.items():
            where = f"{path}.{key}"
            if key == "lang":
                assert other[key] == lang, where
            elif EQUAL_KEY.search(key):
                assert other[key] == value, f"{where}: must equal English"
            elif key in TEXT_KEYS:
                compare_text(value, other[key], where, texts)
            elif key in NAME_KEYS:
                assert isinstance(other[key], str) and other[key].strip(), where
            else:
                compare(value, other[key], lang, where, texts)
    elif isinstance(en, list):
        assert len(en) == len(other), f"{path}: {len(en)} items != {len(other)}"
        for index, (a, b) in enumerate(zip(en, other, strict=True)):
            compare(a, b, lang, f"{path}[{index}]", texts)
    else:
        assert en == other, f"{path}: {other!r} must equal English {en!r}"


def compare_text(en: Any, other: Any, path: str, texts: list[tuple[str, str, str]]) -> None:
    """Compare one text field: a string, a list of strings, a role object, or null."""
    assert type(en) is type(other), f"{path}: {type(en).__name__} != {type(other).__name__}"
    if en is None:
        return
    if isinstance(en, list):
        assert len(en) == len(other), f"{path}: {len(en)} items != {len(other)}"
        for index, (a, b) in enumerate(zip(en, other, strict=True)):
            compare_text(a, b, f"{path}[{index}]", texts)
        return
    if isinstance(en, dict):
        assert set(other) == set(en) == set(ROLES), f"{path}: role keys"
        for role in ROLES:
            compare_text(en[role], other[role], f"{path}.{role}", texts)
        for first in ROLES:
            for second in ROLES:
                if first < second and en[first] != en[second]:
                    assert other[first] != other[second], f"{path}: {first}/{second} merged"
        return
    assert isinstance(other, str) and other.strip(), f"{path}: empty text"
    for token in [*PHONE.findall(en), *ADDRESS.findall(en)]:
        assert token in other, f"{path}: {token!r} missing from {other!r}"
    for name in PROPER_NAMES:
        if name in en:
            assert name in other, f"{path}: proper name {name!r} missing from {other!r}"
    texts.append((path, en, other))


def compare_file(lang: str, rel: str) -> list[tuple[str, str, str]]:
    texts: list[tuple[str, str, str]] = []
    compare(read(EN_DIR / rel), read(BASE / lang / rel), lang, rel, texts)
    return texts


def assert_translated(texts: list[tuple[str, str, str]], where: str) -> None:
    assert texts, where
    same = [path for path, en, other in texts if en == other]
    share = 1 - len(same) / len(texts)
    assert share >= MIN_TRANSLATED_SHARE, f"{where}: only {share:.0%} translated; same: {same}"


def test_expected_languages_present() -> None:
    assert set(EXPECTED_LANGS) <= set(LANGS)
    assert available_languages()[0] == "en"
    assert set(EXPECTED_LANGS) <= set(available_languages())


def test_walker_can_fail() -> None:
    en = read(EN_DIR / "steps.json")
    good = copy.deepcopy(en)
    good["lang"] = "zz"
    texts: list[tuple[str, str, str]] = []
    compare(en, good, "zz", "steps", texts)
    assert_translated_fails = False
    try:
        assert_translated(texts, "steps")
    except AssertionError:
        assert_translated_fails = True
    assert assert_translated_fails, "untranslated copy must fail the 80% rule"

    def breaks(change: Any) -> bool:
        bad = copy.deepcopy(good)
        change(bad)
        try:
            compare(en, bad, "zz", "steps", [])
        except AssertionError:
            return True
        return False

    safe = good["steps"][0]["blocks"]
    assert breaks(lambda d: d["steps"][0]["blocks"][3]["text"].update(victim="Ring 116 124."))
    assert breaks(lambda d: d["sources"]["rph_faq"].update(url="https://example.org/"))
    assert breaks(lambda d: d["sources"]["rph_faq"].update(checked="2026-11-29"))
    assert breaks(lambda d: d["steps"][0]["blocks"][5].update(when="adult"))
    assert breaks(lambda d: d["steps"][0]["blocks"][5].update(kind="do"))
    assert breaks(lambda d: d["steps"][0].update(id="safe2"))
    assert breaks(lambda d: d["steps"][0]["blocks"].pop())
    assert breaks(
        lambda d: d["steps"][0]["blocks"][1]["text"].update(helper=safe[1]["text"]["victim"])
    )
    assert breaks(lambda d: d["steps"][0]["blocks"][4]["text"].update(victim="Ring Childlne."))


@pytest.mark.parametrize("lang", LANGS)
def test_same_files_as_english_and_all_parse(lang: str) -> None:
    assert json_files(BASE / lang) == json_files(EN_DIR)
    for rel in json_files(BASE / lang):
        assert isinstance(read(BASE / lang / rel), dict), rel


@pytest.mark.parametrize("lang", LANGS)
def test_structure_numbers_and_urls_match_english(lang: str) -> None:
    for rel in sorted(json_files(EN_DIR)):
        texts = compare_file(lang, rel)
        assert_translated(texts, f"{lang}/{rel}")


@pytest.mark.parametrize("lang", LANGS)
def test_meta(lang: str) -> None:
    raw = read(BASE / lang / "meta.json")
    assert raw["language"] == lang
    assert isinstance(raw["reviewed_by_native_speaker"], bool)
    assert raw["name"].strip() and raw["note"].strip()
    meta = language_meta(lang)
    assert meta.language == lang
    assert meta.reviewed_by_native_speaker == raw["reviewed_by_native_speaker"]
    assert meta.direction == ("rtl" if lang == "ar" else "ltr")
    if not meta.reviewed_by_native_speaker:
        assert "native speaker" in meta.note


def test_meta_defaults_to_english() -> None:
    for lang in ("en", "xx"):
        meta = language_meta(lang)
        assert (meta.language, meta.direction) == ("en", "ltr")


@pytest.mark.parametrize("lang", LANGS)
def test_load_guidance_gives_translated_blocks_for_every_step_and_role(lang: str) -> None:
    en = load_guidance("en")
    g = load_guidance(lang)
    assert g.lang == lang
    assert g.step_order == en.step_order
    assert list(g.regions) == list(en.regions)
    assert list(g.platforms) == list(en.platforms)
    assert g.step("safe").title("victim") != en.step("safe").title("victim")
    for step_id in en.step_order:
        step, en_step = g.step(step_id), en.step(step_id)
        assert step.checklist_ids() == en_step.checklist_ids()
        for role in ROLES:
            assert step.title(role).strip()
            for under_18 in (True, False, None):
                blocks = step.blocks(role, under_18)
                en_blocks = en_step.blocks(role, under_18)
                assert blocks, (step_id, role, under_18)
                assert [(b.kind, b.id) for b in blocks] == [(b.kind, b.id) for b in en_blocks]
                assert all(b.text.strip() for b in blocks)
    for region_id, region in g.regions.items():
        en_region = en.regions[region_id]
        assert region.emergency_number == en_region.emergency_number
        assert region.non_emergency_number == en_region.non_emergency_number
        assert [(s.id, s.phone, s.url) for s in region.services] == [
            (s.id, s.phone, s.url) for s in en_region.services
        ]
