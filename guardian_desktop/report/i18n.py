"""Translation of report words: every user-facing string goes through `_()` / `ngettext`.

The report is written in the language the police of the region read, whatever the app's
language, so this is not Qt's translator: it is a plain catalogue per language,
resources/report/<lang>.json, keyed by the English text ({"English text": "Welsh text"}).
A missing entry falls back to English.

    with use_language("cy"):
        title = _("Exhibit index")   # "Mynegai arddangosion"

The language is held in a context variable, so two reports built at once in different
threads (or contexts) do not see each other's language.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from ..core.resources import resource_path

ENGLISH = "en"
_language: ContextVar[str] = ContextVar("guardian_report_language", default=ENGLISH)


def normalise(language: str) -> str:
    """'cy', 'CY', 'cy-GB' and 'cy_GB' all mean 'cy'."""
    return language.strip().lower().replace("_", "-").split("-")[0] or ENGLISH


@functools.cache
def catalogue(language: str) -> dict[str, str]:
    """The translations for one language, loaded once ({} for English)."""
    if language == ENGLISH:
        return {}
    path = resource_path("report", f"{language}.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"the report cannot be written in {language!r}") from None
    return {k: v for k, v in data.items() if not k.startswith("_") and isinstance(v, str) and v}


def has_language(language: str) -> bool:
    lang = normalise(language)
    return lang == ENGLISH or resource_path("report", f"{lang}.json").is_file()


def current_language() -> str:
    return _language.get()


@contextmanager
def use_language(language: str) -> Iterator[str]:
    """Report words inside the block are in `language` (ValueError when there is none)."""
    lang = normalise(language)
    catalogue(lang)  # fail here, not half-way through a report
    token = _language.set(lang)
    try:
        yield lang
    finally:
        _language.reset(token)


def _(text: str) -> str:
    lang = _language.get()
    if lang == ENGLISH:
        return text
    return catalogue(lang).get(text, text)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _(singular) if n == 1 else _(plural)
