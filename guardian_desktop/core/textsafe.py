"""Make untrusted text (file names, chat text, what the person typed) safe to show.

Control characters could break a layout or a CSV; bidirectional override and isolate
characters can make a file name or username read differently from what it is
("Trojan Source"). They are replaced by visible stand-ins, never silently dropped, so an
officer can see that something was there.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

# Bidirectional embedding, override, isolate and mark characters.
BIDI_CONTROLS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e"  # LRE RLE PDF LRO RLO
    "\u2066\u2067\u2068\u2069"  # LRI RLI FSI PDI
    "\u200e\u200f\u061c"  # LRM RLM ALM
)
REPLACEMENT = "\ufffd"  # the usual "unknown character" sign
# C0 and C1 controls (Unicode category Cc) except tab and newline, the bidi controls, and
# lone surrogates (category Cs: they cannot even be encoded).
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def safe_text(text: object, *, keep_newlines: bool = True, max_length: int | None = None) -> str:
    """Return `text` with control, bidirectional-override and lone surrogate characters
    replaced by U+FFFD. Newlines stay when `keep_newlines` (else they become spaces);
    tabs become spaces. Private-use and unassigned characters are left: fonts draw a box."""
    s = "" if text is None else str(text)
    s = s.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    s = s.replace("\u2028", "\n").replace("\u2029", "\n")  # line/paragraph separators
    if not keep_newlines:
        s = s.replace("\n", " ")
    s = _UNSAFE.sub(REPLACEMENT, s)
    if max_length is not None and len(s) > max_length:
        s = s[: max(0, max_length - 1)] + "\u2026"
    return s


def safe_markup(text: object, *, keep_newlines: bool = True, max_length: int | None = None) -> str:
    """`safe_text`, then escaped for ReportLab's (XML-like) paragraph markup, with
    newlines turned into line breaks."""
    s = escape(safe_text(text, keep_newlines=keep_newlines, max_length=max_length))
    return s.replace("\n", "<br/>") if keep_newlines else s


def one_line(text: object, max_length: int | None = None) -> str:
    """`safe_text` on a single line: for labels, headers and file names."""
    return safe_text(text, keep_newlines=False, max_length=max_length)
