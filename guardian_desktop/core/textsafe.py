"""Make untrusted text (file names, chat text, what the person typed) safe to show.

Control characters could break a layout or a CSV; bidirectional override and isolate
characters can make a file name or username read differently from what it is
("Trojan Source"). They are replaced by visible stand-ins, never silently dropped, so an
officer can see that something was there.
"""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape

# Bidirectional embedding, override, isolate and mark characters.
BIDI_CONTROLS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e"  # LRE RLE PDF LRO RLO
    "\u2066\u2067\u2068\u2069"  # LRI RLI FSI PDI
    "\u200e\u200f\u061c"  # LRM RLM ALM
)
REPLACEMENT = "\ufffd"  # the usual "unknown character" sign
_KEEP = frozenset("\n\t")


def safe_text(text: object, *, keep_newlines: bool = True, max_length: int | None = None) -> str:
    """Return `text` with control, format-override and unpaired surrogate characters
    replaced by U+FFFD. Newlines (and tabs, as a space) stay when `keep_newlines`."""
    s = "" if text is None else str(text)
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    out: list[str] = []
    for ch in s:
        if ch in _KEEP:
            if ch == "\t" or not keep_newlines:
                out.append(" ")
            else:
                out.append(ch)
            continue
        if ch in BIDI_CONTROLS:
            out.append(REPLACEMENT)
            continue
        if ch in ("\u2028", "\u2029"):  # line and paragraph separators
            out.append("\n" if keep_newlines else " ")
            continue
        # Cc: C0/C1 controls; Cs: lone surrogates (they cannot be encoded). Private-use
        # and unassigned characters are left alone: fonts show a box for them.
        if unicodedata.category(ch) in ("Cc", "Cs"):
            out.append(REPLACEMENT)
            continue
        out.append(ch)
    result = "".join(out)
    if max_length is not None and len(result) > max_length:
        result = result[: max(0, max_length - 1)] + "\u2026"
    return result


def safe_markup(text: object, *, keep_newlines: bool = True, max_length: int | None = None) -> str:
    """`safe_text`, then escaped for ReportLab's (XML-like) paragraph markup, with
    newlines turned into line breaks."""
    s = escape(safe_text(text, keep_newlines=keep_newlines, max_length=max_length))
    return s.replace("\n", "<br/>") if keep_newlines else s


def one_line(text: object, max_length: int | None = None) -> str:
    """`safe_text` on a single line: for labels, headers and file names."""
    return safe_text(text, keep_newlines=False, max_length=max_length)
