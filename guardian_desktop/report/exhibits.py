"""The exhibit index (one row per exhibit, with its page) and the exhibit pages, each with its
continuity: where it came from, the file's own time, when it was recorded, and its fingerprint.

Wide captures (a desktop screenshot) get a landscape page, and zoomed quarters made from the
full-size picture, so their text is readable at 100% zoom.
"""

from __future__ import annotations

import io
import math
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from ..core.models import EvidenceItem
from . import facts as F
from .facts import CaseFacts
from .i18n import _
from .pdfkit import (
    GREY_FILL,
    Heading,
    JpegSource,
    MissingPicture,
    PageRef,
    PictureSlice,
    identifier,
    jpeg_source,
    markup,
    para,
    table,
)
from .sections import Layout, Part, exhibit_span, title

CAPTION_DESCRIPTION_LIMIT = 400
INDEX_DESCRIPTION_LIMIT = 160
PORTRAIT_WIDTH = 300.0  # a phone screenshot this wide keeps chat text at about 10 pt
SEGMENT_OVERLAP = 18.0  # parts of a tall picture repeat a strip so no line is lost
WIDE_RATIO = 1.25  # wider than this (width / height): a landscape page
ZOOM_MIN_WIDTH = 1200  # original pixels: wide and big enough for zoomed quarters


@dataclass
class Picture:
    src: JpegSource | None
    redacted: bool
    size: int
    zoom: Callable[[], list[JpegSource]] | None = None  # zoomed quarters, made when needed


def exhibit_key(item: EvidenceItem) -> str:
    return f"ex-{item.id}-1"


# --- the index -----------------------------------------------------------------------------


def exhibit_index(facts: CaseFacts, part: Part, lay: Layout) -> list[Flowable]:
    s = lay.styles
    out: list[Flowable] = [PageBreak(), Heading(title("index"), s.h1, "index")]
    out.append(
        markup(
            _(
                "One row per exhibit. SHA-256 is the fingerprint of the file as it was added "
                "to the case. The page is where the exhibit starts in this file."
            ),
            s.body,
        )
    )
    if not facts.items:
        out.append(markup(_("No pictures were added to this case."), s.body))
        return out
    w = lay.frame_width
    widths = [58, 36, 74, 92, w - 260]
    head = [
        markup(h, s.tiny_bold)
        for h in (_("Exhibit"), _("Page"), _("Platform"), _("When it happened"), _("Description"))
    ]
    rows: list[list[Flowable]] = [head]
    spans: list[tuple[str, tuple[int, int], tuple[int, int]]] = []
    in_part = {i.id for i in part.items}
    for item in facts.items:
        ref = facts.reference(item)
        name = item.exhibit + (f"\n{ref}" if ref else "")
        page: Flowable = PageRef(exhibit_key(item)) if item.id in in_part else para(
            _("other part"), s.tiny
        )  # fmt: skip
        happened = F.format_when(item.happened_at) if F.when_given(item.happened_at) else ""
        rows.append(
            [
                para(name, s.cell_bold),
                page,
                para(F.platform_name(item.platform), s.tiny),
                para(happened, s.tiny),
                para(item.description, s.tiny, limit=INDEX_DESCRIPTION_LIMIT),
            ]
        )
        hashes = item.sha256
        if item.redacted_sha256:
            hashes += "\n" + _("redacted copy: {h}").format(h=item.redacted_sha256)
        r = len(rows)
        rows.append(
            [
                para("SHA-256", s.tiny),
                para("", s.tiny),
                _hash_cell(item, lay, w - 70),
                para("", s.tiny),
                para("", s.tiny),
            ]
        )
        spans.append(("SPAN", (2, r), (4, r)))
        spans.append(("SPAN", (0, r - 1), (0, r - 1)))
    t = table(rows, widths, header=True)
    t.setStyle(
        [*spans, ("TOPPADDING", (0, 1), (-1, -1), 1), ("BOTTOMPADDING", (0, 1), (-1, -1), 2)]
    )
    out.append(t)
    return out


def _hash_cell(item: EvidenceItem, lay: Layout, width: float) -> list[Flowable]:
    s = lay.styles
    parts: list[Flowable] = [identifier(item.sha256, s.ident_small, width - 8)]
    if item.redacted_sha256:
        parts.append(para(_("Redacted copy:"), s.tiny))
        parts.append(identifier(item.redacted_sha256, s.ident_small, width - 8))
    return parts


# --- continuity ------------------------------------------------------------------------------


def continuity_rows(facts: CaseFacts, item: EvidenceItem) -> list[tuple[str, str]]:
    """Where an exhibit came from and when, as an officer asks for continuity."""
    rows = [(_("Where it came from"), F.source_text(item))]
    if F.is_file(item):
        kb = max(1, round(item.size / 1024))
        rows.append(
            (
                _("File as added"),
                f"{item.original_name} ({item.format}, {item.width} x {item.height} px, {kb:,} KB)",
            )
        )
        if item.original_mtime_utc:
            rows.append((_("File last modified"), F.format_when(item.original_mtime_utc)))
    else:
        rows.append(
            (
                _("Picture as saved"),
                f"{item.format}, {item.width} x {item.height} px",
            )
        )
    rows.append((_("Recorded in the case"), F.format_when(item.imported_utc)))
    if F.when_given(item.happened_at):
        rows.append((_("When it happened"), F.format_when(item.happened_at)))
    if item.platform.strip():
        rows.append((_("Platform"), F.platform_name(item.platform)))
    rows.append(
        (
            _("Recorded with"),
            _("Guardian Desktop {version}").format(version=item.app_version)
            if item.app_version
            else _(
                "Guardian Desktop, a version before 0.2 (this report: version {version})"
            ).format(version=F.APP_VERSION),
        )
    )
    return rows


def _caption(
    facts: CaseFacts,
    item: EvidenceItem,
    lay: Layout,
    piece: int,
    pieces: int,
    shown_redacted: bool,
    width: float,
    note: str = "",
) -> list[Flowable]:
    s = lay.styles
    heading = _("Exhibit {exhibit}").format(exhibit=facts.exhibit_name(item))
    if pieces > 1:
        heading += " - " + _("part {k} of {n}").format(k=piece, n=pieces)
    key = exhibit_key(item) if piece == 1 and not note else f"ex-{item.id}-{piece}"
    if note:
        key += f"-z{zlib.crc32(note.encode('utf-8')):08x}"
    out: list[Flowable] = [Heading(heading, s.caption_title, key, level=1)]
    if note:
        out.append(para(note, s.small))
        return out
    if piece > 1:
        return out
    if item.description.strip():
        out.append(para(item.description, s.body, limit=CAPTION_DESCRIPTION_LIMIT))
    data: list[list[Flowable]] = [
        [para(k, s.tiny_bold), para(v, s.tiny)] for k, v in continuity_rows(facts, item)
    ]
    data.append(
        [para(_("SHA-256"), s.tiny_bold), identifier(item.sha256, s.ident_small, width - 118)]
    )
    if shown_redacted and item.redacted_sha256:
        data.append(
            [
                para(_("Shown"), s.tiny_bold),
                para(_("The redacted copy (areas covered in black)."), s.tiny),
            ]
        )
        data.append(
            [
                para(_("SHA-256 redacted copy"), s.tiny_bold),
                identifier(item.redacted_sha256, s.ident_small, width - 118),
            ]
        )
    t = table(data, [110, width - 110])
    t.setStyle(
        [
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("BACKGROUND", (0, 0), (0, -1), GREY_FILL),
        ]
    )
    out.append(t)
    out.append(Spacer(1, 6))
    return out


def _height(flowables: list[Flowable], width: float, height: float) -> float:
    total = 0.0
    for f in flowables:
        _w, h = f.wrap(width, height)
        total += h + f.getSpaceBefore() + f.getSpaceAfter()
    return total


# --- the exhibit pages ---------------------------------------------------------------------


def is_wide(src: JpegSource) -> bool:
    return src.width_px > src.height_px * WIDE_RATIO


def exhibits(
    facts: CaseFacts,
    part: Part,
    lay: Layout,
    load: Callable[[EvidenceItem], Picture],
) -> list[Flowable]:
    """One page per exhibit (landscape for wide captures); a very tall capture is shown in
    segments of one page each."""
    s = lay.styles
    intro: list[Flowable] = [Heading(title("exhibits"), s.h1, "exhibits")]
    intro.append(
        markup(
            _(
                "One exhibit per page, in number order. Pictures are smaller copies of the "
                "originals, made for printing; where personal details were covered, the "
                "covered copy is shown. Wide pictures are on landscape pages, followed by "
                "zoomed quarters so their text can be read."
            ),
            s.body,
        )
    )
    if part.many:
        intro.append(
            markup(
                _("This part holds exhibits {span}.").format(span=exhibit_span(part.items)),
                s.body,
            )
        )
    intro.append(Spacer(1, 8))
    out: list[Flowable] = [NextPageTemplate("page"), PageBreak(), *intro]
    used = _height(intro, lay.frame_width, lay.frame_height)
    shared = True  # the first portrait exhibit shares the page with the section heading

    def new_page(wide: bool) -> None:
        out.append(NextPageTemplate("wide" if wide else "page"))
        out.append(PageBreak())

    for item in part.items:
        pic = load(item)
        src = pic.src
        wide = src is not None and is_wide(src)
        frame_w = lay.wide_width if wide else lay.frame_width
        frame_h = lay.wide_height if wide else lay.frame_height
        if wide or not shared:
            new_page(wide)
            used = 0.0
        shared = False
        if src is None:
            out.extend(_caption(facts, item, lay, 1, 1, pic.redacted, frame_w))
            out.append(
                MissingPicture(
                    frame_w,
                    _(
                        "This picture could not be shown in the report. The original file is "
                        "kept in the case; its SHA-256 is above."
                    ),
                    s.body,
                )
            )
            continue
        # Measured once; a heading saying "part 1 of 2" is no taller than one without.
        caption = _caption(facts, item, lay, 1, 1, pic.redacted, frame_w)
        caption_h = _height(caption, frame_w, frame_h) + 2
        segments = _segments(src, frame_w, frame_h - caption_h - used - 4)
        for k, (width, full_h, top, h) in enumerate(segments, 1):
            if k > 1:
                new_page(wide)
            if len(segments) > 1:
                caption = _caption(facts, item, lay, k, len(segments), pic.redacted, frame_w)
            out.extend(caption)
            out.append(PictureSlice(src, width, full_h, top, h))
        if wide and pic.zoom is not None:
            names = (_("top left"), _("top right"), _("bottom left"), _("bottom right"))
            note = _("Zoomed: the {where} quarter of the picture, from the full-size file.")
            for name, crop in zip(names, pic.zoom(), strict=False):
                new_page(True)
                out.extend(
                    _caption(facts, item, lay, 1, 1, pic.redacted, frame_w, note.format(where=name))
                )
                cw = frame_w
                ch = cw * crop.height_px / crop.width_px
                limit = frame_h - 60
                if ch > limit:
                    cw, ch = cw * limit / ch, limit
                out.append(PictureSlice(crop, cw, ch, 0.0, ch))
    out.append(NextPageTemplate("page"))
    return out


def _segments(
    src: JpegSource, frame_w: float, room: float
) -> list[tuple[float, float, float, float]]:
    """(width, full height, top offset, height) of each page-sized piece of a picture."""
    px_w, px_h = src.width_px, src.height_px
    ratio = px_h / px_w
    want = frame_w if px_w > px_h else min(frame_w, PORTRAIT_WIDTH)
    want = min(want, float(px_w))  # never blow up a small picture beyond 72 dpi
    full = want * ratio
    if full <= room:
        return [(want, full, 0.0, full)]
    fitted_w = room / ratio
    if fitted_w >= 0.75 * want:
        return [(fitted_w, room, 0.0, room)]
    step = room - SEGMENT_OVERLAP
    count = max(1, math.ceil((full - SEGMENT_OVERLAP) / step))
    pieces = []
    for i in range(count):
        top = i * step
        pieces.append((want, full, top, min(room, full - top)))
    return pieces


def zoomed_quarters(data: bytes) -> list[JpegSource]:
    """The four quarters of a full-size picture, as JPEGs in memory (never on disk)."""
    from PIL import Image

    out: list[JpegSource] = []
    with Image.open(io.BytesIO(data)) as im:
        im.load()
        rgb = im.convert("RGB")
    w, h = rgb.size
    for box in ((0, 0, w // 2, h // 2), (w // 2, 0, w, h // 2), (0, h // 2, w // 2, h),
                (w // 2, h // 2, w, h)):  # fmt: skip
        buf = io.BytesIO()
        rgb.crop(box).save(buf, "JPEG", quality=82)
        src = jpeg_source(buf.getvalue())
        if src is not None:
            out.append(src)
    return out
