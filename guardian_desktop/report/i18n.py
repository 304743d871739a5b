"""Translation hook for report words: every user-facing string goes through `_()`.

For now it returns the text unchanged; a later translation can look strings up here,
keyed by the English text, without touching the report code.
"""

from __future__ import annotations


def _(text: str) -> str:
    return text


def ngettext(singular: str, plural: str, n: int) -> str:
    return _(singular) if n == 1 else _(plural)
