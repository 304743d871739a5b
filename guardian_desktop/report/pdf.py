"""Police-ready PDF report of a case: built in memory, optionally split and password-protected.

    parts = build_report(vault, ReportOptions(paper="A4"))   # list of PDF bytes
    paths = write_report(vault, "report.pdf", options)       # report.pdf or report-part-k-of-n.pdf

Nothing is written anywhere but the chosen destination: no temporary files elsewhere.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from ..core.errors import GuardianError, StorageFullError
from ..core.fsutil import atomic_write
from ..core.models import EvidenceItem
from ..core.vault import CaseVault
from . import exhibits as X
from . import sections, transcript
from .facts import CaseFacts, format_datetime, gather, zone_name
from .i18n import _, normalise, use_language
from .officer import officer_page
from .pdfkit import (
    FONT,
    Furniture,
    NumberedCanvas,
    draw_watermark,
    jpeg_source,
    make_styles,
    no_ascii85,
)

PAPER_SIZES = {"A4": A4, "Letter": letter}
# Regions that print on US Letter; everyone else uses A4.
LETTER_REGIONS = ("us", "usa", "united-states", "canada", "ca", "mexico", "mx", "philippines")
MARGIN_X = 50.0
MARGIN_TOP = 58.0
MARGIN_BOTTOM = 52.0
PDF_AUTHOR = "Guardian Desktop"  # never the person's or the computer's name
PDF_CREATOR = "Guardian Desktop"


@dataclass
class ReportOptions:
    paper: str = "A4"  # "A4" or "Letter"
    password: str | None = None  # AES-256 via pypdf when set
    statement_name: str = ""  # a statement of truth is added when a name is given
    statement_date: str = ""
    max_part_bytes: int | None = None  # split into numbered parts above this size
    exhibits_per_part: int | None = None  # e.g. 100: one PDF per 100 exhibits
    exhibits: frozenset[str] | None = None  # the GD numbers to include; None: all
    zoom_wide: bool = True  # zoomed quarters of wide (desktop) captures
    language: str = "en"  # see report_languages(): the police of the region read it
    check_originals: bool = True  # re-hash every original while building


# Languages the report can be written in, per region: the police of the region read the
# first; the others are options (Welsh is an official language of Wales). Everyone else: English.
REPORT_LANGUAGES: dict[str, tuple[str, ...]] = {"england-wales": ("en", "cy")}
LANGUAGE_NAMES = {"en": "English", "cy": "Cymraeg"}


def report_languages(region_id: str) -> tuple[str, ...]:
    """The report languages offered for a region, the default first: ('en',) for most."""
    return REPORT_LANGUAGES.get(region_id.strip().lower(), ("en",))


def default_paper(region: str) -> str:
    """'Letter' for North American regions, else 'A4'."""
    key = region.strip().lower()
    return "Letter" if key in LETTER_REGIONS or key.startswith(("us-", "ca-")) else "A4"


def build_report(vault: CaseVault, options: ReportOptions | None = None) -> list[bytes]:
    """The report as one or more PDF files (bytes), in part order."""
    options = options or ReportOptions()
    paper = {k.lower(): k for k in PAPER_SIZES}.get(options.paper.strip().lower())
    if paper is None:
        raise ValueError(f"paper must be one of {sorted(PAPER_SIZES)}")
    language = normalise(options.language)
    if language not in LANGUAGE_NAMES:
        raise ValueError(f"language must be one of {sorted(LANGUAGE_NAMES)}")
    options = dataclasses.replace(options, paper=paper, language=language)
    with use_language(language):
        return _build_parts(vault, options)


def _build_parts(vault: CaseVault, options: ReportOptions) -> list[bytes]:
    chosen = set(options.exhibits) if options.exhibits is not None else None
    facts = gather(vault, check_originals=options.check_originals, exhibits=chosen)
    pictures: dict[int, X.Picture] = {}
    for item in facts.items:
        data = vault.rendition(item.id)
        redacted = item.redacted_sha256 is not None
        zoom = None
        src = jpeg_source(data)
        wide = src is not None and X.is_wide(src)
        if options.zoom_wide and wide and item.width >= X.ZOOM_MIN_WIDTH:
            zoom = functools.partial(_zoom, vault, item.id, redacted)
        pictures[item.id] = X.Picture(src, redacted, len(data), zoom)

    chats = transcript.gather(vault)  # chat transcripts: printed in the last part
    if chosen is not None:  # a transcript left out of the report is left out whole
        chats = [c for c in chats if c.transcript.exhibit in chosen]
    build = functools.partial(
        _build_pdf, facts, options, lambda item: pictures[item.id], chats=chats
    )
    per = options.exhibits_per_part
    if per and per > 0 and len(facts.items) > per:
        groups = [facts.items[i : i + per] for i in range(0, len(facts.items), per)]
        pdfs = [build(sections.Part(k, len(groups), g)) for k, g in enumerate(groups, 1)]
    else:
        pdfs = [build(sections.Part(1, 1, facts.items))]
        limit = options.max_part_bytes
        if limit and len(pdfs[0]) > limit and len(facts.items) > 1:
            _groups, pdfs = _split(facts.items, pdfs[0], limit, pictures, build)
    if options.password:
        pdfs = [encrypt(pdf, options.password) for pdf in pdfs]
    return pdfs


def _zoom(vault: CaseVault, item_id: int, redacted: bool) -> list[X.JpegSource]:
    """Zoomed quarters from the full-size picture (the redacted copy where there is one)."""
    data = vault.redacted_bytes(item_id) if redacted else None
    try:
        return X.zoomed_quarters(data or vault.original_bytes(item_id))
    except Exception:  # noqa: BLE001 - a picture that cannot be zoomed is shown whole only
        return []


def _split(
    items: list[EvidenceItem],
    whole: bytes,
    limit: int,
    pictures: dict[int, X.Picture],
    build: Callable[[sections.Part], bytes],
) -> tuple[list[list[EvidenceItem]], list[bytes]]:
    """Pack exhibits into parts below `limit`; a part holding one exhibit is never split."""
    pictures_total = sum(pictures[i.id].size for i in items)
    fixed = max(0, len(whole) - pictures_total)  # cover, sections, index: in every part
    budget = max(1, int((limit - fixed) * 0.95))
    groups: list[list[EvidenceItem]] = [[]]
    used = 0
    for item in items:
        size = pictures[item.id].size + 2_000  # the page around it
        if groups[-1] and used + size > budget:
            groups.append([])
            used = 0
        groups[-1].append(item)
        used += size
    for _attempt in range(6):
        n = len(groups)
        pdfs = [build(sections.Part(k, n, g)) for k, g in enumerate(groups, 1)]
        over = [k for k, pdf in enumerate(pdfs) if len(pdf) > limit and len(groups[k]) > 1]
        if not over:
            return groups, pdfs
        split: list[list[EvidenceItem]] = []
        for k, g in enumerate(groups):
            if k in over:
                half = len(g) // 2
                split += [g[:half], g[half:]]
            else:
                split.append(g)
        groups = split
    return groups, pdfs


def _build_pdf(
    facts: CaseFacts,
    options: ReportOptions,
    load: Callable[[EvidenceItem], X.Picture],
    part: sections.Part,
    chats: Sequence[transcript.ChatExhibit] = (),
) -> bytes:
    page = PAPER_SIZES[options.paper]
    wide = landscape(page)
    styles = make_styles()
    frame, wide_frame = _frame(page, "body"), _frame(wide, "wide-body")
    lay = sections.Layout(
        frame._width, frame._height, styles, wide_frame._width, wide_frame._height
    )
    heading = _("Evidence report for the police")
    if part.many:
        heading += " - " + _("part {k} of {n}").format(k=part.number, n=part.count)
    prepared = _("Prepared {when}").format(
        when=format_datetime(facts.prepared_at, zone_name=zone_name(facts.prepared_at))
    )
    furniture = Furniture(
        title=facts.title,
        heading=heading,
        prepared=prepared,
        practice=facts.info.practice,
    )
    story: list[Flowable] = []
    story += sections.cover(facts, part, lay)
    if part.is_first:
        story += officer_page(facts, lay, sections.title("officer"))
        story += transcript.key_messages_block(chats, lay)
        story += sections.summary(facts, lay)
        story += sections.offender(facts, lay)
        story += sections.payments(facts, lay)
        story += sections.timeline(facts, lay)
    story += X.exhibit_index(facts, part, lay)
    story += transcript.index_block(chats, lay)
    story += X.exhibits(facts, part, lay, load)
    if part.number == part.count:
        story += transcript.transcript_sections(list(chats), lay)
    story += sections.integrity(
        facts,
        lay,
        statement_name=options.statement_name,
        statement_date=options.statement_date,
    )
    out = io.BytesIO()
    practice = facts.info.practice

    def on_page(canv: Any, _doc: Any) -> None:
        draw_watermark(canv, practice)

    doc = BaseDocTemplate(
        out,
        pagesize=page,
        title=_("Evidence report"),
        author=PDF_AUTHOR,
        subject=_("Evidence of online blackmail for the police"),
        creator=PDF_CREATOR,
        producer=PDF_CREATOR,
        keywords=[],
        lang=options.language,
        initialFontName=FONT,  # else an unembedded Helvetica is listed in every PDF
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        pageTemplates=[
            PageTemplate(id="page", frames=[frame], onPage=on_page, pagesize=page),
            PageTemplate(id="wide", frames=[wide_frame], onPage=on_page, pagesize=wide),
        ],
    )
    with no_ascii85():
        doc.build(story, canvasmaker=functools.partial(NumberedCanvas, furniture=furniture))
    return out.getvalue()


def _frame(size: tuple[float, float], name: str) -> Frame:
    return Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        size[0] - 2 * MARGIN_X,
        size[1] - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id=name,
    )


def encrypt(pdf: bytes, password: str) -> bytes:
    """AES-256 with pypdf (ReportLab's own AES output is rejected by common readers)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.add_metadata({"/Producer": PDF_CREATOR, "/Creator": PDF_CREATOR})
    writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# --- writing ------------------------------------------------------------------------------------


def part_paths(out_path: str | Path, count: int) -> list[Path]:
    """report.pdf, or report-part-1-of-3.pdf ... when there are several parts."""
    p = Path(out_path)
    if p.suffix.lower() != ".pdf":
        p = p.with_name(p.name + ".pdf")
    if count == 1:
        return [p]
    return [p.with_name(f"{p.stem}-part-{k}-of-{count}{p.suffix}") for k in range(1, count + 1)]


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path` (the chosen place), then rename over it;
    a failure says in plain words what to do."""
    try:
        atomic_write(path, data)
    except OSError as exc:
        if getattr(exc, "errno", 0) == 28:
            raise StorageFullError(
                "The disk is full, so the file was not saved. Free some space or choose "
                "another place, then try again."
            ) from exc
        raise GuardianError(
            f"The file could not be saved in {path.parent.name or path.parent} "
            f"({exc.strerror}). Choose another place, for example your Documents folder "
            "or a USB stick."
        ) from exc


def write_report(
    vault: CaseVault, out_path: str | Path, options: ReportOptions | None = None
) -> list[Path]:
    """Build the report and write it (several numbered files when split)."""
    options = options or ReportOptions()
    pdfs = build_report(vault, options)
    paths = part_paths(out_path, len(pdfs))
    for path, pdf in zip(paths, pdfs, strict=True):
        write_atomic(path, pdf)
    record_export(vault, "export.report", paths, pdfs, options)
    return paths


def record_export(
    vault: CaseVault,
    action: str,
    paths: Sequence[Path],
    blobs: Sequence[bytes],
    options: ReportOptions,
    *,
    extra_flags: Sequence[str] = (),
) -> None:
    """Log the export with each file's name and fingerprint (never the folder: it may hold
    the person's user name)."""
    files = "; ".join(
        f"{p.name} ({len(b)} bytes, SHA-256 {hashlib.sha256(b).hexdigest()})"
        for p, b in zip(paths, blobs, strict=True)
    )
    flags = [options.paper]
    if options.password:
        flags.append("password protected")
    if options.exhibits is not None:
        flags.append(f"{len(options.exhibits)} chosen exhibits")
    flags.extend(extra_flags)
    if normalise(options.language) != "en":
        flags.append(f"in {LANGUAGE_NAMES.get(normalise(options.language), options.language)}")
    vault.record(action, f"{files} [{', '.join(flags)}]")
