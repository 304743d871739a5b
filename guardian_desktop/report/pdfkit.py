"""ReportLab building blocks for the report: fonts, styles, page furniture, pictures.

Pictures are the stored JPEG renditions, handed to ReportLab so that their bytes are
copied into the PDF unchanged (no decoding, no re-compression): see `JpegPicture`.
"""

from __future__ import annotations

import hashlib
import io
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.pdfutils import readJPEGInfo
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from ..core.resources import resource_path
from ..core.textsafe import one_line, safe_markup
from .facts import show_invisible
from .i18n import _

FONT = "GDSans"
FONT_BOLD = "GDSans-Bold"
_font_lock = threading.Lock()
_fonts_ready = False
try:
    import uharfbuzz  # noqa: F401 - ReportLab shapes text with it when present

    SHAPING = True
except ImportError:  # the report still prints; Arabic letters are then unjoined
    SHAPING = False

GREY_LINE = colors.Color(0.55, 0.55, 0.55)
GREY_FILL = colors.Color(0.90, 0.90, 0.90)
GREY_TEXT = colors.Color(0.25, 0.25, 0.25)
WATERMARK = colors.Color(0.88, 0.88, 0.88)

# Fonts for the scripts DejaVu Sans lacks, in the order they are tried. Each is shipped in
# resources/fonts (licences in LICENSE-fonts.txt); a system font is used where one is absent.
# (name, regular file, bold file or "", system fallback file names)
FALLBACK_FONTS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("GDHebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf", ()),
    ("GDThai", "NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf", ("Loma.ttf",)),
    ("GDDevanagari", "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf", ()),
    ("GDCJK", "DroidSansFallbackFull.ttf", "", ("DroidSansFallback.ttf", "wqy-zenhei.ttc")),
    ("GDKorean", "NanumGothic.ttf", "", ("NanumGothic.ttf", "UnDotum.ttf")),
    ("GDEmoji", "Symbola-emoji.ttf", "", ("Symbola.ttf", "Symbola_hint.ttf")),
)
SYSTEM_FONT_DIRS = (
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    "/Library/Fonts",
    "/System/Library/Fonts",
    "C:/Windows/Fonts",
)
_coverage: list[tuple[str, frozenset[int] | dict[int, int]]] = []
_base_cover: dict[int, int] = {}


def _find_font(file_name: str, system_names: tuple[str, ...]) -> str | None:
    shipped = resource_path("fonts", file_name)
    if shipped.is_file():
        return str(shipped)
    for folder in SYSTEM_FONT_DIRS:
        root = Path(folder)
        if not root.is_dir():
            continue
        for name in system_names:
            for found in root.rglob(name):
                return str(found)
    return None


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode map writes a character above U+FFFF as five hex digits, which
    readers misread (an emoji came back as U+1F60); write it as a UTF-16 pair instead."""

    face = fontname.split("+", 1)[-1]

    def utf16(v: int) -> str:
        cluster = _CLUSTER_TEXT.get((face, v))
        if cluster:
            return "".join(utf16(ord(c)) for c in cluster)
        if v > 0xFFFF:
            v -= 0x10000
            return f"{0xD800 + (v >> 10):04X}{0xDC00 + (v & 0x3FF):04X}"
        return f"{v:04X}"

    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *[f"<{i:02X}> <{utf16(v)}>" for i, v in enumerate(subset)],
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


# A shaped glyph with no character of its own (a Devanagari conjunct) gets a private-use code;
# this maps it back to the letters it draws, so the text layer holds them: {(face, code): text}
_CLUSTER_TEXT: dict[tuple[str, int], str] = {}


def _remember_clusters(w: Any, shaped: Any, font_name: str) -> None:
    text = "".join(str(s) for f, s in w[1:] if not hasattr(f, "cbDefn"))
    glyphs: list[tuple[str, int]] = []
    for item in shaped[1:]:
        if not isinstance(item, (tuple, list)) or len(item) < 2:
            continue
        data = getattr(item[1], "__shapeData__", None)
        if not data:
            continue
        glyphs += [(ch, d.cluster) for ch, d in zip(str(item[1]), data, strict=False)]
    starts = sorted({c for _ch, c in glyphs if 0 <= c < len(text)})
    face = pdfmetrics.getFont(font_name).face.name
    face_name = face.decode("latin-1") if isinstance(face, bytes) else str(face)
    seen: set[int] = set()
    for ch, cluster in glyphs:
        code = ord(ch)
        if not 0xE000 <= code <= 0xF8FF or cluster in seen or cluster not in starts:
            continue
        seen.add(cluster)
        i = starts.index(cluster)
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        letters = text[cluster:end]
        for other, c in glyphs:  # letters drawn by their own glyph are not repeated
            if c == cluster and not 0xE000 <= ord(other) <= 0xF8FF:
                letters = letters.replace(other, "", 1)
        if letters:
            _CLUSTER_TEXT.setdefault((face_name, code), letters)


def _one_font_words_only() -> None:
    """ReportLab shapes a word with its first font's glyphs even where the word changes font
    ("王小明," is CJK and a DejaVu comma), which draws boxes. Such a word is left unshaped
    (each character in its own font); every one-font word, Arabic or Hebrew, is shaped."""
    from reportlab.platypus import paragraph as rl_paragraph

    shape = ttfonts.shapeFragWord
    if getattr(shape, "gd_wrapped", False):
        return

    def one_font(w: Any, *args: Any, **kwargs: Any) -> Any:
        names = {f.fontName for f, _s in w[1:] if not hasattr(f, "cbDefn")}
        if len(names) > 1:
            return w
        shaped = shape(w, *args, **kwargs)
        if shaped is not w and names:
            _remember_clusters(w, shaped, names.pop())
        return shaped

    one_font.gd_wrapped = True  # type: ignore[attr-defined]
    ttfonts.shapeFragWord = one_font
    rl_paragraph.shapeFragWord = one_font


def register_fonts() -> None:
    """DejaVu Sans covers Latin (Welsh, Polish), Greek, Cyrillic and Arabic letters; the
    fallback fonts cover Hebrew, Thai, Devanagari, Chinese, Japanese, Korean and emoji."""
    global _fonts_ready
    with _font_lock:
        if _fonts_ready:
            return
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap
        if SHAPING and ttfonts.shapeFragWord.__defaults__:
            # Joining and Indic clusters stay on (HarfBuzz's required features); Latin
            # ligatures ("st", "fi") are off so words extract as typed.
            ttfonts.shapeFragWord.__defaults__ = (
                {"kern": True, "liga": False, "dlig": False},
                False,
            )
            _one_font_words_only()
        base = TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf")))
        pdfmetrics.registerFont(base)
        pdfmetrics.registerFont(
            TTFont(FONT_BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf")))
        )
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
        )
        _base_cover.update(base.face.charToGlyph)
        for name, regular, bold, system in FALLBACK_FONTS:
            path = _find_font(regular, system)
            if path is None:
                continue
            try:
                font = TTFont(name, path)
            except Exception:  # noqa: BLE001, S112 - a font that cannot be read is skipped
                continue
            pdfmetrics.registerFont(font)
            bold_name = name
            bold_path = _find_font(bold, ()) if bold else None
            if bold_path:
                bold_name = name + "-Bold"
                pdfmetrics.registerFont(TTFont(bold_name, bold_path))
            pdfmetrics.registerFontFamily(
                name, normal=name, bold=bold_name, italic=name, boldItalic=bold_name
            )
            _coverage.append((name, font.face.charToGlyph))
            if SHAPING:
                font.hbFont()  # sets up the font's shaping state once, before any thread
        if SHAPING:
            base.hbFont()
        _fonts_ready = True


def font_for(ch: str) -> str | None:
    """The fallback font for a character DejaVu Sans lacks (None: DejaVu has it)."""
    code = ord(ch)
    if code < 0x80 or (code in _base_cover and code < 0x1F000):
        return None
    for name, cover in _coverage:  # emoji: one font for all, so a run of them shapes as one
        if code in cover:
            return name
    return None


_NEUTRAL = frozenset(",.;:-()/'\"!?")  # not spaces: a space starts a new word
_TOKEN = re.compile(r"<[^>]*>|&[#\w]+;|[^<&]+")


def fontify(text: str) -> str:
    """Paragraph markup with runs that DejaVu Sans cannot draw wrapped in the fallback font
    that can, so every script prints as itself and is in the text layer."""
    if text.isascii():
        return text
    out: list[str] = []
    for token in _TOKEN.findall(text):
        if token[0] in "<&":
            out.append(token)
            continue
        current: str | None = None
        run: list[str] = []
        for ch in token:
            face = font_for(ch)
            if face is None and current is not None and ch in _NEUTRAL and _covers(current, ch):
                face = current
            if face != current:
                if run:
                    out.append(_wrap(current, "".join(run)))
                run, current = [], face
            run.append(ch)
        if run:
            out.append(_wrap(current, "".join(run)))
    return "".join(out)


def _covers(face: str, ch: str) -> bool:
    return any(name == face and ord(ch) in cover for name, cover in _coverage)


def paragraph(fixed: str, style: ParagraphStyle, **kw: Any) -> Paragraph:
    """A Paragraph of safe markup in the fonts that draw it, shaped where shaping works."""
    if getattr(style, "shaping", 0) and not needs_shaping(fixed):
        style = _plain(style)
    return Paragraph(fontify(fixed), style, **kw)


# Arabic and Hebrew (joining, right to left) and Devanagari (clusters) need shaping. Other
# text is not shaped: ReportLab's shaping draws a box for punctuation after a fallback-font
# run ("王小明,"), so it is used only where it is needed.
_COMPLEX = re.compile("[\u0590-\u08ff\u0900-\u097f\ufb1d-\ufdff\ufe70-\ufeff]")
_plain_styles: dict[str, ParagraphStyle] = {}


def needs_shaping(text: str) -> bool:
    return bool(_COMPLEX.search(text))


def _plain(style: ParagraphStyle) -> ParagraphStyle:
    plain = _plain_styles.get(style.name)
    if plain is None:
        plain = _plain_styles[style.name] = ParagraphStyle(
            f"{style.name}-plain", parent=style, shaping=0
        )
    return plain


def _wrap(face: str | None, text: str) -> str:
    return text if face is None else f'<font face="{face}">{text}</font>'


@contextmanager
def no_ascii85() -> Iterator[None]:
    """Binary image streams: about half the build time and a fifth smaller (TECH-NOTES)."""
    old = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = old


@dataclass
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    small_bold: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    hash: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    caption_title: ParagraphStyle
    notice: ParagraphStyle
    bullet: ParagraphStyle
    h3: ParagraphStyle
    tiny: ParagraphStyle
    tiny_bold: ParagraphStyle
    ident: ParagraphStyle  # identifiers: shrunk to fit one line, never broken
    ident_small: ParagraphStyle


def make_styles() -> Styles:
    register_fonts()
    base = ParagraphStyle(
        "gd-body",
        fontName=FONT,
        bulletFontName=FONT,
        fontSize=9.5,
        leading=13,
        spaceAfter=5,
        splitLongWords=1,
        # Arabic joining, right-to-left runs and Indic clusters (ReportLab 4.4+, uharfbuzz).
        shaping=1 if SHAPING else 0,
    )

    def derive(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(f"gd-{name}", parent=base, **kw)

    return Styles(
        body=base,
        small=derive("small", fontSize=8, leading=10.5, spaceAfter=2),
        small_bold=derive("small-bold", fontName=FONT_BOLD, fontSize=8, leading=10.5),
        cell=derive("cell", fontSize=8.5, leading=11, spaceAfter=0),
        cell_bold=derive("cell-bold", fontName=FONT_BOLD, fontSize=8.5, leading=11, spaceAfter=0),
        hash=derive("hash", fontSize=7.5, leading=10, spaceAfter=0, splitLongWords=1),
        title=derive("title", fontName=FONT_BOLD, fontSize=19, leading=24, spaceAfter=6),
        subtitle=derive("subtitle", fontSize=10.5, leading=14, textColor=GREY_TEXT, spaceAfter=12),
        h1=derive("h1", fontName=FONT_BOLD, fontSize=14, leading=18, spaceBefore=16, spaceAfter=8),
        h2=derive("h2", fontName=FONT_BOLD, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4),
        caption_title=derive(
            "caption-title", fontName=FONT_BOLD, fontSize=13, leading=16, spaceAfter=3
        ),
        notice=derive(
            "notice",
            fontName=FONT_BOLD,
            fontSize=12,
            leading=16,
            alignment=TA_CENTER,
            borderWidth=1.5,
            borderColor=colors.black,
            borderPadding=6,
            spaceBefore=6,
            spaceAfter=14,
        ),
        bullet=derive("bullet", leftIndent=12, bulletIndent=2, spaceAfter=3),
        h3=derive("h3", fontName=FONT_BOLD, fontSize=9, leading=11, spaceBefore=4, spaceAfter=1.5),
        tiny=derive("tiny", fontSize=7, leading=8.8, spaceAfter=0),
        tiny_bold=derive("tiny-bold", fontName=FONT_BOLD, fontSize=7, leading=8.8, spaceAfter=0),
        ident=derive("ident", fontSize=8, leading=10, spaceAfter=0),
        ident_small=derive("ident-small", fontSize=7, leading=9, spaceAfter=0),
    )


def para(text: object, style: ParagraphStyle, *, limit: int | None = None) -> Paragraph:
    """A paragraph of untrusted text: control and bidi characters neutralised, escaped."""
    return paragraph(safe_markup(text, max_length=limit), style)


def markup(fixed: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of our own markup (already safe: user text inside is escaped)."""
    return paragraph(fixed, style)


MIN_IDENTIFIER_SIZE = 5.0


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The printed width of plain text, each character in the font that draws it."""
    register_fonts()
    total = 0.0
    base = FONT_BOLD if bold else FONT
    for ch in text:
        face = font_for(ch) or base
        total += pdfmetrics.stringWidth(ch, face, size)
    return total


def identifier(text: str, style: ParagraphStyle, width: float) -> Paragraph:
    """An identifier (hash, wallet, URL, username, phone) on one unbroken line: the font is
    made smaller until it fits; invisible characters are shown as \u27e8U+200B\u27e9. Only
    text too long for the line even at the smallest size wraps (a 10,000-character paste)."""
    shown = one_line(show_invisible(text))
    size = style.fontSize
    need = text_width(shown, size)
    if need > width:
        size = max(MIN_IDENTIFIER_SIZE, size * width / need * 0.98)
    fits = text_width(shown, size) <= width
    fitted = ParagraphStyle(
        f"{style.name}-id-{size:.2f}",
        parent=style,
        fontSize=size,
        leading=max(size * 1.3, 7),
        splitLongWords=0 if fits else 1,
        shaping=0,  # an identifier is printed character by character, as typed
    )
    return Paragraph(fontify(safe_markup(shown, keep_newlines=False)), fitted)


def table(
    rows: list[list[Flowable]],
    widths: list[float],
    *,
    header: bool = False,
    label_column: bool = False,
) -> Table:
    """A plain, grid-lined table that can split across pages, even inside a tall row."""
    t = Table(rows, colWidths=widths, repeatRows=1 if header else 0, splitInRow=30)
    cmds: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, GREY_LINE),
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # else every cell selects Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), GREY_FILL))
    if label_column:
        cmds.append(("BACKGROUND", (0, 0), (0, -1), GREY_FILL))
    t.setStyle(TableStyle(cmds))
    return t


# --- page furniture -----------------------------------------------------------------------


@dataclass
class Furniture:
    """What every page shows, plus where the contents page wants section page numbers."""

    title: str  # the report's own title, if the person gave one (never the case label)
    heading: str
    prepared: str
    practice: bool
    sections: dict[str, int] = field(default_factory=dict)
    slots: list[tuple[int, float, float, str]] = field(default_factory=list)
    refs: list[tuple[int, float, float, str]] = field(default_factory=list)  # left-aligned


def _header_style() -> ParagraphStyle:
    return ParagraphStyle(
        "gd-header", fontName=FONT_BOLD, fontSize=8.5, leading=10, shaping=1 if SHAPING else 0
    )


def practice_mark() -> str:
    return _("PRACTICE - NOT A REAL CASE")


class NumberedCanvas(Canvas):
    """Holds pages back until the end so each can say 'Page X of Y' (one layout pass)."""

    def __init__(self, *args: Any, furniture: Furniture, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.furniture = furniture
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for state in self._held:
            self.__dict__.update(state)
            self._draw_furniture(total)
            Canvas.showPage(self)
        Canvas.save(self)

    def _fit(self, text: str, font: str, size: float, width: float) -> str:
        if pdfmetrics.stringWidth(text, font, size) <= width:
            return text
        while text and pdfmetrics.stringWidth(text + "\u2026", font, size) > width:
            text = text[:-1]
        return text + "\u2026"

    def _draw_furniture(self, total: int) -> None:
        f = self.furniture
        w, h = self._pagesize
        left, right = 50.0, w - 50.0
        page = self.getPageNumber()
        self.saveState()
        self.setFillColor(colors.black)
        self.setStrokeColor(GREY_LINE)
        self.setLineWidth(0.5)
        top = h - 34
        self.setFont(FONT_BOLD, 8.5)
        heading = self._fit(f.heading, FONT, 8.5, (right - left) * 0.45)
        self.setFont(FONT, 8.5)
        self.drawRightString(right, top, heading)
        if f.title:
            room = right - left - pdfmetrics.stringWidth(heading, FONT, 8.5) - 16
            text = one_line(f.title, 160)
            while len(text) > 1 and text_width(text + "\u2026", 8.5, bold=True) > room:
                text = text[:-1]
            if text != one_line(f.title, 160):
                text += "\u2026"
            title = paragraph(safe_markup(text), _header_style())
            title.wrapOn(self, room, 12)
            title.drawOn(self, left, top - 2)
        self.line(left, top - 5, right, top - 5)
        if f.practice:
            self.setFont(FONT_BOLD, 9)
            mark = practice_mark()
            mw = pdfmetrics.stringWidth(mark, FONT_BOLD, 9)
            self.setLineWidth(1)
            self.setStrokeColor(colors.black)
            self.rect(w / 2 - mw / 2 - 6, h - 22, mw + 12, 14, stroke=1, fill=0)
            self.drawCentredString(w / 2, h - 18, mark)
            self.drawCentredString(w / 2, 14, mark)
            self.setStrokeColor(GREY_LINE)
            self.setLineWidth(0.5)
        bottom = 30
        self.line(left, bottom + 10, right, bottom + 10)
        self.setFont(FONT, 8)
        self.drawString(left, bottom, self._fit(f.prepared, FONT, 8, (right - left) * 0.6))
        self.setFont(FONT_BOLD, 8.5)
        self.drawRightString(
            right, bottom, _("Page {page} of {total}").format(page=page, total=total)
        )
        self.setFont(FONT, 10)
        for slot_page, x, y, key in f.slots:
            if slot_page == page and key in f.sections:
                self.drawRightString(x, y, str(f.sections[key]))
        self.setFont(FONT, 8.5)
        for slot_page, x, y, key in f.refs:
            if slot_page == page and key in f.sections:
                self.drawString(x, y, str(f.sections[key]))
        self.restoreState()


def draw_watermark(canv: Canvas, practice: bool) -> None:
    """Under the content of each page (onPage runs before the page's flowables)."""
    if not practice:
        return
    w, h = canv._pagesize
    canv.saveState()
    canv.setFillColor(WATERMARK)
    canv.setFont(FONT_BOLD, 44)
    canv.translate(w / 2, h / 2)
    canv.rotate(55)
    canv.drawCentredString(0, 0, practice_mark())
    canv.restoreState()


class Heading(Paragraph):
    """A section heading that records its page (for the contents) and an outline entry."""

    def __init__(self, text: str, style: ParagraphStyle, key: str, level: int = 0) -> None:
        markup_text = safe_markup(text)
        if getattr(style, "shaping", 0) and not needs_shaping(markup_text):
            style = _plain(style)
        super().__init__(fontify(markup_text), style)
        self.key = key
        self.level = level
        self.plain = one_line(text, 120)

    def draw(self) -> None:
        super().draw()
        canv = self.canv
        canv.bookmarkPage(self.key)
        canv.addOutlineEntry(self.plain, self.key, level=self.level, closed=True)
        furniture = getattr(canv, "furniture", None)
        if isinstance(furniture, Furniture):
            furniture.sections.setdefault(self.key, canv.getPageNumber())


class Contents(Flowable):
    """Contents lines; the page numbers are filled in when the pages are written."""

    line_height = 17.0

    def __init__(self, entries: list[tuple[str, str]]) -> None:
        super().__init__()
        self.entries = entries
        self.width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.line_height * len(self.entries)

    def draw(self) -> None:
        canv = self.canv
        furniture = getattr(canv, "furniture", None)
        total_h = self.line_height * len(self.entries)
        for i, (key, title) in enumerate(self.entries):
            y = total_h - (i + 1) * self.line_height + 4
            canv.setFont(FONT, 10)
            text = one_line(title, 90)
            canv.drawString(0, y, text)
            start = pdfmetrics.stringWidth(text, FONT, 10) + 6
            canv.setStrokeColor(GREY_LINE)
            canv.setDash(1, 2)
            canv.line(start, y + 1, self.width - 30, y + 1)
            canv.setDash()
            canv.linkRect("", key, (0, y - 3, self.width, y + 11), relative=1)
            if isinstance(furniture, Furniture):
                ax, ay = canv.absolutePosition(self.width, y)
                furniture.slots.append((canv.getPageNumber(), ax, ay, key))


class PageRef(Flowable):
    """The page number a bookmarked heading ended up on, filled in when pages are written."""

    def __init__(self, key: str, size: float = 8.5) -> None:
        super().__init__()
        self.key = key
        self.size = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return min(availWidth, 30.0), self.size * 1.3

    def draw(self) -> None:
        canv = self.canv
        furniture = getattr(canv, "furniture", None)
        if isinstance(furniture, Furniture):
            ax, ay = canv.absolutePosition(0, self.size * 0.3)
            furniture.refs.append((canv.getPageNumber(), ax, ay, self.key))


# --- pictures -----------------------------------------------------------------------------


class JpegSource:
    """A JPEG in memory, shaped for ReportLab's canvas.drawImage.

    drawImage names a non-ImageReader image by str(image), and PDFImageXObject copies the
    bytes from jpeg_fh() straight into a DCTDecode stream. An ImageReader would also be
    copied through, but drawImage first decodes it in full just to name it.
    """

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.key = hashlib.sha256(data).hexdigest()
        info = readJPEGInfo(io.BytesIO(data))
        w, h = info[0], info[1]
        self.width_px, self.height_px = int(w), int(h)
        if self.width_px <= 0 or self.height_px <= 0:
            raise ValueError("empty JPEG")

    def __str__(self) -> str:
        return f"gd-jpeg-{self.key}"

    def jpeg_fh(self) -> io.BytesIO:
        return io.BytesIO(self.data)


def jpeg_source(data: bytes) -> JpegSource | None:
    """None when the bytes are not a JPEG ReportLab can embed as it is."""
    try:
        return JpegSource(data)
    except Exception:  # any header problem means "cannot show"
        return None


class PictureSlice(Flowable):
    """All or part (a vertical segment) of a picture, with a thin frame around it."""

    def __init__(
        self, src: JpegSource, width: float, full_height: float, top: float, height: float
    ) -> None:
        super().__init__()
        self.src = src
        self.width = width
        self.full_height = full_height
        self.top = top
        self.height = height
        self.hAlign = "CENTER"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        if self.top > 0 or self.height < self.full_height:
            clip = c.beginPath()
            clip.rect(0, 0, self.width, self.height)
            c.clipPath(clip, stroke=0, fill=0)
        c.drawImage(
            self.src,  # duck-typed: see JpegSource
            0,
            self.height + self.top - self.full_height,
            self.width,
            self.full_height,
        )
        c.restoreState()
        c.setStrokeColor(GREY_LINE)
        c.setLineWidth(0.6)
        c.rect(0, 0, self.width, self.height, stroke=1, fill=0)


class MissingPicture(Flowable):
    """Said plainly when a stored picture cannot be shown, instead of failing the report."""

    def __init__(self, width: float, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.width = width
        self.para = Paragraph(safe_markup(text), style)
        self.height = 80.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.para.wrap(self.width - 20, self.height)
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(colors.black)
        c.setDash(3, 3)
        c.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        c.setDash()
        _w, ph = self.para.wrap(self.width - 20, self.height)
        self.para.drawOn(c, 10, (self.height - ph) / 2)
