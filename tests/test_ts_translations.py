"""Every message in the .ts files is translated, keeps its placeholders, mnemonics and
phone numbers, and the compiled .qm file loads and translates."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[1]
LANGS = ["cy", "pl", "es", "ar"]

# %1, %n and Python .format()/.replace() names such as {code} or {total}.
PLACEHOLDER = re.compile(r"%\d+|%n|\{[a-z_]+\}")
# Numbers, phone numbers included ("116 123", "0800 1111"), must stay as they are.
NUMBER = re.compile(r"\d+(?: \d+)*")


def _mnemonics(text: str) -> int:
    """How many single "&" keyboard mnemonics ("&&" is a literal ampersand)."""
    return text.replace("&&", "").count("&")


def _messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ROOT / "i18n" / f"guardian_{lang}.ts").getroot()
    out = []
    for context in root.findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            assert translation is not None, (name, message.findtext("source"))
            if translation.get("type") in {"obsolete", "vanished"}:
                continue
            out.append((name, message.findtext("source") or "", translation))
    return out


def _texts(translation: ET.Element) -> list[str]:
    """The translation, or each plural form of a numerus message."""
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated(lang: str) -> None:
    messages = _messages(lang)
    assert len(messages) > 100
    unfinished = [
        (ctx, src)
        for ctx, src, tr in messages
        if tr.get("type") == "unfinished" or not all(t.strip() for t in _texts(tr))
    ]
    assert not unfinished, f"{lang}: not translated: {unfinished}"


@pytest.mark.parametrize("lang", LANGS)
def test_placeholders_are_kept(lang: str) -> None:
    wrong = []
    for ctx, src, tr in _messages(lang):
        want = Counter(PLACEHOLDER.findall(src))
        for text in _texts(tr):
            got = Counter(PLACEHOLDER.findall(text))
            # A numerus form may leave %n out (e.g. "one screenshot").
            if got != want and not (
                tr.find("numerusform") is not None and got + Counter({"%n": 1}) == want
            ):
                wrong.append((ctx, src, text))
    assert not wrong, f"{lang}: placeholders differ: {wrong}"


@pytest.mark.parametrize("lang", LANGS)
def test_mnemonics_are_kept(lang: str) -> None:
    wrong = [
        (ctx, src, text)
        for ctx, src, tr in _messages(lang)
        for text in _texts(tr)
        if _mnemonics(src) != _mnemonics(text) or _mnemonics(text) > 1
    ]
    assert not wrong, f"{lang}: keyboard mnemonics (&) differ: {wrong}"


@pytest.mark.parametrize("lang", LANGS)
def test_numbers_are_kept(lang: str) -> None:
    wrong = [
        (ctx, src, text)
        for ctx, src, tr in _messages(lang)
        for text in _texts(tr)
        for number in NUMBER.findall(PLACEHOLDER.sub("", src))
        if number not in text
    ]
    assert not wrong, f"{lang}: numbers changed: {wrong}"


@pytest.mark.parametrize("lang", LANGS)
def test_no_stray_lines_or_spaces(lang: str) -> None:
    wrong = [
        (ctx, src, text)
        for ctx, src, tr in _messages(lang)
        for text in _texts(tr)
        if src.count("\n") != text.count("\n")
        or src.startswith(" ") != text.startswith(" ")
        or text != text.rstrip(" ")
        and src == src.rstrip(" ")
    ]
    assert not wrong, f"{lang}: line breaks or spaces differ: {wrong}"


def _lrelease() -> str:
    exe = Path(sys.executable).with_name("pyside6-lrelease")
    return str(exe) if exe.exists() else "pyside6-lrelease"


@pytest.mark.parametrize("lang", LANGS)
def test_compiled_translation_loads(lang: str, tmp_path: Path) -> None:
    qm = tmp_path / f"guardian_{lang}.qm"
    ts = ROOT / "i18n" / f"guardian_{lang}.ts"
    result = subprocess.run(
        [_lrelease(), str(ts), "-qm", str(qm)], capture_output=True, text=True, check=True
    )
    assert " 0 unfinished" in result.stdout + result.stderr, result.stdout + result.stderr
    translator = QTranslator()
    assert translator.load(str(qm)), qm
    assert not translator.isEmpty()
    # Plural messages are looked up with a count; test_plurals covers them.
    expected = {
        (ctx, src): tr.text for ctx, src, tr in _messages(lang) if tr.find("numerusform") is None
    }
    probes = [
        ("StartScreen", "Get &help now"),
        ("StartScreen", "Open a case you made before"),
        ("WizardView", "Step {n} of {total}"),
        ("Discreet", "Notes"),
    ]
    for ctx, src in probes:
        assert expected[(ctx, src)] not in {"", src}, (lang, ctx, src)
    for ctx, src in probes + list(expected)[::25]:
        assert translator.translate(ctx, src) == expected[(ctx, src)], (lang, ctx, src)
