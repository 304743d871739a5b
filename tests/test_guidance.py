"""Checks on the guidance content files and their Qt-free loader."""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

import pytest

from guardian_desktop.core import guidance as guidance_module
from guardian_desktop.core.guidance import (
    ROLES,
    Guidance,
    Source,
    guidance_dir,
    load_guidance,
)

STEP_IDS = ("safe", "stop_contact", "evidence", "platform", "details", "report", "support")
PLATFORM_IDS = (
    "instagram",
    "snapchat",
    "facebook",
    "whatsapp",
    "tiktok",
    "discord",
    "telegram",
    "x",
    "tinder",
    "grindr",
    "hinge",
    "bumble",
    "kik",
    "yubo",
    "other",
)
REGION_IDS = ("england-wales", "scotland", "northern-ireland")
SENSITIVE = re.compile(r"intimate image|nude", re.IGNORECASE)
NEGATION = re.compile(r"\b(not|never|don't|do not)\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def g() -> Guidance:
    return load_guidance("en")


def syllables(word: str) -> int:
    """Count syllables with a simple vowel-group heuristic."""
    word = word.lower()
    count = len(re.findall(r"[aeiouy]+", word))
    if word.endswith("e") and not word.endswith("le") and count > 1:
        count -= 1
    return max(count, 1)


def flesch(text: str) -> float:
    sentences = [s for s in re.split(r"[.!?]+", text) if re.search(r"[A-Za-z]", s)]
    words = [w for w in re.findall(r"[A-Za-z0-9'@./-]+", text) if re.search(r"[A-Za-z]", w)]
    if not words:
        return 100.0
    syl = sum(syllables(re.sub(r"[^A-Za-z]", "", w) or "a") for w in words)
    return 206.835 - 1.015 * (len(words) / max(len(sentences), 1)) - 84.6 * (syl / len(words))


def sentences_of(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]


def all_block_texts(g: Guidance) -> list[str]:
    texts: list[str] = []
    for step in g.steps.values():
        for raw in step.raw_blocks:
            texts.extend(raw.text.values())
        texts.extend(step.titles.values())
    return texts


def all_sources(g: Guidance) -> list[Source]:
    found: list[Source] = []
    for step in g.steps.values():
        found.extend(step.sources)
        for raw in step.raw_blocks:
            found.extend(raw.sources)
    for region in g.regions.values():
        found += [region.source, region.emergency_source, region.non_emergency_source]
        found += [region.online_report.source, region.under_18_report.source]
        found += [s.source for s in region.services]
        found += [note.source for note in region.after_report]
    found += [p.source for p in g.platforms.values()]
    return found


def test_sanity_helpers_can_fail() -> None:
    assert syllables("evidence") == 3
    assert syllables("safe") == 1
    assert flesch("The cat sat on the mat.") > 100
    hard = "Notwithstanding institutional considerations, comprehensive documentation is mandatory."
    assert flesch(hard) < 60


def test_guidance_dir_exists() -> None:
    assert (guidance_dir() / "en" / "steps.json").is_file()


def test_all_steps_present(g: Guidance) -> None:
    assert tuple(g.step_order) == STEP_IDS
    for step_id in STEP_IDS:
        assert g.step(step_id).id == step_id
    with pytest.raises(KeyError):
        g.step("no_such_step")


def test_regions_have_numbers_urls_and_services(g: Guidance) -> None:
    assert set(g.regions) == set(REGION_IDS)
    for region in g.regions.values():
        assert region.emergency_number == "999"
        assert region.non_emergency_number == "101"
        assert region.paper == "A4"
        assert region.report_language == "en-GB"
        assert region.online_report.url.startswith("https://")
        assert region.under_18_report.url.startswith("https://")
        audiences = {s.for_ for s in region.services}
        assert audiences & {"adult", "all"}, region.id
        assert any(s.for_ == "adult" for s in region.services), region.id
        assert any(s.for_ == "under18" for s in region.services), region.id
        assert len(region.after_report) >= 3
        for service in region.services:
            assert service.phone or service.url, service.id
            if service.url:
                assert service.url.startswith("https://"), service.id


def test_services_for_filters_by_age(g: Guidance) -> None:
    region = g.regions["england-wales"]
    adults = {s.for_ for s in region.services_for(False)}
    minors = {s.for_ for s in region.services_for(True)}
    assert "under18" not in adults and "adult" in adults
    assert "adult" not in minors and "under18" in minors
    assert len(region.services_for(None)) == len(region.services)


def test_key_numbers(g: Guidance) -> None:
    phones = {s.id: s.phone for r in g.regions.values() for s in r.services}
    assert phones["samaritans"] == "116 123"
    assert phones["childline"] == "0800 1111"
    assert phones["revenge_porn_helpline"] == "0345 6000 459"


def test_every_source_has_https_url_and_iso_date(g: Guidance) -> None:
    sources = all_sources(g)
    assert len(sources) > 50
    for source in sources:
        assert source.name.strip()
        assert source.url.startswith("https://"), source
        assert isinstance(source.checked, date)
        assert source.checked <= date(2026, 12, 31)


def test_every_platform_listed(g: Guidance) -> None:
    assert tuple(g.platforms) == PLATFORM_IDS
    for platform in g.platforms.values():
        assert platform.confidence in ("verified", "lower")
        assert platform.report and platform.block and platform.username
        if platform.confidence == "lower":
            assert platform.note and "differ" in platform.note
        else:
            assert platform.note is None
        if platform.profile_url:
            assert platform.profile_url.startswith("https://")


def test_platform_traps(g: Guidance) -> None:
    whatsapp = " ".join(g.platforms["whatsapp"].traps)
    assert "last five messages" in whatsapp and "Do not delete" in whatsapp
    assert "screenshots" in " ".join(g.platforms["tinder"].traps).lower()


def test_role_variants_resolve(g: Guidance) -> None:
    for step in g.steps.values():
        for role in ROLES:
            assert step.title(role)
            for block in step.blocks(role, None):
                assert block.text.strip()
    safe = g.step("safe")
    texts = {role: " ".join(b.text for b in safe.blocks(role, False)) for role in ROLES}
    assert "your fault" in texts["victim"]
    assert "their fault" in texts["helper"]
    assert "student" in texts["counsellor"]
    assert "Designated Safeguarding Lead" in texts["counsellor"]
    assert "Designated Safeguarding Lead" not in texts["victim"]
    with pytest.raises(ValueError):
        safe.blocks("stranger", None)


def test_under_18_blocks_follow_age(g: Guidance) -> None:
    step = g.step("evidence")
    under18 = [r for r in step.raw_blocks if r.when == "under18"]
    adult = [r for r in step.raw_blocks if r.when == "adult"]
    assert under18 and adult
    cases = ((True, True, False), (None, True, True), (False, False, True))
    for role in ROLES:
        for flag, want_minor, want_adult in cases:
            shown = {b.text for b in step.blocks(role, flag)}
            assert all((r.text[role] in shown) == want_minor for r in under18)
            assert all((r.text[role] in shown) == want_adult for r in adult)


def test_under_18_rule_is_plain(g: Guidance) -> None:
    victim = " ".join(b.text for b in g.step("evidence").blocks("victim", True))
    assert "do not screenshot, save" in victim
    assert "Report Remove" in victim and "Take It Down" in victim
    counsellor = " ".join(b.text for b in g.step("evidence").blocks("counsellor", True))
    assert "Never view, copy, print, share, store or save" in counsellor


def test_stop_contact_checklist_has_stable_ids(g: Guidance) -> None:
    ids = g.step("stop_contact").checklist_ids()
    assert len(ids) >= 4 and len(ids) == len(set(ids))
    for role in ROLES:
        checks = [b for b in g.step("stop_contact").blocks(role, None) if b.kind == "check"]
        assert [b.id for b in checks] == ids


def test_flesch_reading_ease(g: Guidance) -> None:
    texts = all_block_texts(g)
    texts += [n.text for r in g.regions.values() for n in r.after_report]
    texts += [s.what for r in g.regions.values() for s in r.services]
    for p in g.platforms.values():
        texts += [*p.report, *p.block, *p.traps]
    low = [(round(flesch(t), 1), t) for t in texts if flesch(t) < 60]
    assert not low, low


def test_no_text_tells_anyone_to_keep_an_intimate_image(g: Guidance) -> None:
    texts = all_block_texts(g)
    texts += [s.what for r in g.regions.values() for s in r.services]
    for p in g.platforms.values():
        texts += [*p.report, *p.block, *p.traps]
    for text in texts:
        for sentence in sentences_of(text):
            if SENSITIVE.search(sentence):
                assert NEGATION.search(sentence), sentence


def test_loader_does_not_import_qt() -> None:
    for module in (guidance_module, __import__("guardian_desktop.core.resources").core.resources):
        path = Path(str(module.__file__))
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            assert not any(n.split(".")[0] in ("PySide6", "PyQt5", "PyQt6") for n in names)


def test_fallback_to_english_and_cache() -> None:
    other = load_guidance("xx")
    assert other.lang == "xx"
    assert set(other.regions) == set(REGION_IDS)
    assert load_guidance("xx") is other
