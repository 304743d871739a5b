"""Checking and preparing screenshots before they go into the vault, one or a batch.

Every file is checked to be a real, whole image within size and pixel limits before it is
stored byte for byte. A batch goes on past a bad file and names each failure.
"""

from __future__ import annotations

import hashlib
import io
import os
import threading
import warnings
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image, ImageDraw, ImageOps, UnidentifiedImageError

from . import platforms as platformsmod
from . import when as whenmod
from .errors import CaseInUseError, EvidenceRejected, GuardianError, StorageFullError
from .models import EvidenceItem
from .vault import CaseVault

MAX_FILE_BYTES = 64 * 1024 * 1024  # a phone screenshot is a few MB; a 200 MB file is not one
MAX_PIXELS = 60_000_000  # room for long scrolling captures; 30,000 x 30,000 is refused
# Renditions shrink by a whole factor (a fast box filter) to at most this width. A phone
# screenshot (1170 px) becomes 585 px: more than an A4 page shows at 100% zoom, so its text
# stays legible in the report. Wide (desktop) captures keep more, for zooming in.
RENDITION_MAX_WIDTH_PORTRAIT = 700
RENDITION_MAX_WIDTH_LANDSCAPE = 1400
RENDITION_QUALITY = 72
THUMB_SIZE = (240, 360)

ACCEPTED_FORMATS = {
    "PNG": "PNG",
    "JPEG": "JPEG",
    "MPO": "JPEG",  # iPhone JPEGs with extra frames
    "WEBP": "WebP",
    "BMP": "BMP",
    "GIF": "GIF",
    "TIFF": "TIFF",
    "HEIF": "HEIC",
}
IMAGE_SUFFIXES = {
    ".png", ".jpg", ".jpeg", ".webp", ".bmp", ".gif", ".tif", ".tiff", ".heic", ".heif",
}  # fmt: skip

try:  # HEIC (iPhone photos) where pillow-heif is installed
    from pillow_heif import register_heif_opener

    register_heif_opener()
    HEIC_SUPPORTED = True
except ImportError:  # pragma: no cover - depends on the platform
    HEIC_SUPPORTED = False

# Turn Pillow's decompression-bomb warning into an error for untrusted files.
warnings.simplefilter("error", Image.DecompressionBombWarning)
Image.MAX_IMAGE_PIXELS = MAX_PIXELS


@dataclass
class PreparedImage:
    data: bytes
    sha256: str
    width: int
    height: int
    fmt: str
    rendition: bytes
    thumbnail: bytes
    original_name: str
    original_mtime_utc: str | None = None
    original_ctime_utc: str | None = None
    source: str = "file"


@dataclass
class BatchFailure:
    name: str
    reason: str
    detail: str


@dataclass
class BatchResult:
    added: list[EvidenceItem] = field(default_factory=list)
    duplicates: list[tuple[str, EvidenceItem]] = field(default_factory=list)
    failed: list[BatchFailure] = field(default_factory=list)
    cancelled: bool = False
    not_started: int = 0


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="seconds")


def read_image_file(path: Path) -> tuple[bytes, os.stat_result]:
    """Read a file with the size limit applied before reading. Raises EvidenceRejected."""
    from .chats.containers import read_capped

    name = path.name
    return read_capped(
        path,
        MAX_FILE_BYTES,
        too_large=f"{name}: the file is too big ({{size}} MB). "
        f"Screenshots are usually under {MAX_FILE_BYTES // (1024 * 1024)} MB.",
        folder=f"{name}: this is a folder, not a picture.",
    )


def prepare_bytes(
    data: bytes,
    original_name: str,
    *,
    source: str = "file",
    mtime_utc: str | None = None,
    ctime_utc: str | None = None,
) -> PreparedImage:
    """Check that `data` is one whole, supported image and make its renditions."""
    name = original_name
    try:
        im = Image.open(io.BytesIO(data))
    except UnidentifiedImageError as exc:
        suffix = Path(name).suffix.lower()
        if suffix in {".heic", ".heif"} and not HEIC_SUPPORTED:
            raise EvidenceRejected(
                "unsupported",
                f"{name}: HEIC photos cannot be read on this computer. On the phone, take a "
                "screenshot instead, or share the picture as JPEG.",
            ) from exc
        raise EvidenceRejected(
            "not_image",
            f"{name}: this is not a picture the app can read. If it is a screenshot, save it "
            "again as PNG or JPEG.",
        ) from exc
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise EvidenceRejected(
            "too_many_pixels", f"{name}: the picture is far too large to be a screenshot."
        ) from exc
    except (OSError, ValueError, TypeError, SyntaxError, EOFError, IndexError) as exc:
        # Pillow raises several kinds for a malformed header (e.g. "Truncated IHDR chunk").
        raise EvidenceRejected("damaged", f"{name}: the picture is damaged.") from exc
    with im:
        fmt = ACCEPTED_FORMATS.get(im.format or "")
        if fmt is None:
            raise EvidenceRejected(
                "unsupported",
                f"{name}: {im.format} files are not accepted. Use PNG, JPEG, WebP, BMP, GIF or "
                "TIFF.",
            )
        width, height = im.size
        if _is_rotated(im):  # store the size the picture is seen at (as the renditions)
            width, height = height, width
        if width <= 0 or height <= 0 or width * height > MAX_PIXELS:
            raise EvidenceRejected(
                "too_many_pixels",
                f"{name}: the picture is {width} x {height} pixels, far too large to be a "
                "screenshot.",
            )
        try:
            if im.format == "JPEG":
                # Decode at reduced size: we only need the rendition, and a full decode of
                # a truncated JPEG still fails below.
                im.draft("RGB", (im.width // rendition_factor(im.width, im.height), 1))
            im.load()  # a full decode: truncated or corrupt files fail here
            rendition, thumbnail = make_renditions(im)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise EvidenceRejected(
                "too_many_pixels", f"{name}: the picture is far too large to be a screenshot."
            ) from exc
        except (OSError, SyntaxError, ValueError, EOFError) as exc:
            raise EvidenceRejected(
                "damaged",
                f"{name}: the picture is damaged or cut short, so it was not added. If you "
                "still have it on the phone, send or copy it again.",
            ) from exc
        except MemoryError as exc:
            raise EvidenceRejected(
                "too_many_pixels", f"{name}: the picture is too large for this computer."
            ) from exc
    return PreparedImage(
        data=data,
        sha256=hashlib.sha256(data).hexdigest(),
        width=width,
        height=height,
        fmt=fmt,
        rendition=rendition,
        thumbnail=thumbnail,
        original_name=name,
        original_mtime_utc=mtime_utc,
        original_ctime_utc=ctime_utc,
        source=source,
    )


EXIF_ORIENTATION = 0x0112
EXIF_FORMATS = {"JPEG", "MPO", "TIFF"}  # where phone cameras record a rotation


def _is_rotated(im: Image.Image) -> bool:
    """True when EXIF turns the picture a quarter turn (orientations 5 to 8)."""
    if im.format not in EXIF_FORMATS:
        return False
    try:
        return im.getexif().get(EXIF_ORIENTATION, 1) in (5, 6, 7, 8)
    except Exception:  # noqa: BLE001 - a broken EXIF block: the picture is shown as stored
        return False


def _flatten(im: Image.Image) -> Image.Image:
    """RGB on white (transparent screenshots would otherwise turn black in a JPEG)."""
    im = ImageOps.exif_transpose(im) if im.format in EXIF_FORMATS else im
    if im.mode in ("RGBA", "LA") or (im.mode == "P" and "transparency" in im.info):
        im = im.convert("RGBA")
        background = Image.new("RGB", im.size, (255, 255, 255))
        background.paste(im, mask=im.getchannel("A"))
        return background
    return im.convert("RGB") if im.mode != "RGB" else im


def rendition_factor(width: int, height: int) -> int:
    limit = RENDITION_MAX_WIDTH_PORTRAIT if height >= width else RENDITION_MAX_WIDTH_LANDSCAPE
    return max(1, -(-width // limit))  # ceiling division


def make_renditions(im: Image.Image) -> tuple[bytes, bytes]:
    """A downscaled JPEG for screen and report, and a small thumbnail."""
    flat = _flatten(im)
    factor = rendition_factor(*flat.size)
    if factor > 1:
        flat = flat.reduce(factor)
    out = io.BytesIO()
    flat.save(out, "JPEG", quality=RENDITION_QUALITY, optimize=False)
    thumb = flat.copy()
    thumb.thumbnail(THUMB_SIZE, Image.Resampling.BILINEAR, reducing_gap=2.0)
    tout = io.BytesIO()
    thumb.save(tout, "JPEG", quality=80)
    return out.getvalue(), tout.getvalue()


def prepare_file(path: str | Path) -> PreparedImage:
    p = Path(path)
    data, st = read_image_file(p)
    ctime = getattr(st, "st_birthtime", None) or st.st_ctime
    return prepare_bytes(
        data,
        p.name,
        source="file",
        mtime_utc=_iso(st.st_mtime),
        ctime_utc=_iso(ctime),
    )


def redact(original: bytes, boxes: list[list[int]]) -> tuple[bytes, bytes, bytes]:
    """Cover each [x, y, w, h] box (in original pixels) with solid black.

    Returns (redacted PNG, its rendition, its thumbnail). The original is not changed.
    """
    with Image.open(io.BytesIO(original)) as im:
        im.load()
        flat = _flatten(im).copy()
    draw = ImageDraw.Draw(flat)
    for x0, y0, x1, y1 in clip_boxes(boxes, flat.width, flat.height):
        draw.rectangle([x0, y0, x1 - 1, y1 - 1], fill=(0, 0, 0))
    out = io.BytesIO()
    flat.save(out, "PNG")
    rendition, thumbnail = make_renditions(flat)
    return out.getvalue(), rendition, thumbnail


def clip_boxes(boxes: list[list[int]], width: int, height: int) -> list[tuple[int, int, int, int]]:
    """[x, y, w, h] boxes (w or h may be negative, as drawn) as corners inside the picture;
    empty boxes are dropped."""
    out = []
    for x, y, w, h in boxes:
        left, right = sorted((x, x + w))
        top, bottom = sorted((y, y + h))
        left, top = max(0, left), max(0, top)
        right, bottom = min(width, right), min(height, bottom)
        if right > left and bottom > top:
            out.append((left, top, right, bottom))
    return out


def split_chat_exports(paths: Iterable[str | Path]) -> tuple[list[Path], list[Path]]:
    """(pictures and folders of pictures, chat exports): a chat export (.zip, .txt, .json,
    a folder holding a chat) goes to core.transcripts; pictures go on as before."""
    from .chats import looks_like_export

    pictures: list[Path] = []
    exports: list[Path] = []
    for raw in paths:
        p = Path(raw)
        (exports if p.exists() and looks_like_export(p) else pictures).append(p)
    return pictures, exports


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the image files inside any folder (one level of sorting)."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and child.suffix.lower() in IMAGE_SUFFIXES:
                    out.append(child)
        else:
            out.append(p)
    return out


ProgressFn = Callable[[int, int, str], None]


def import_files(
    vault: CaseVault,
    paths: Iterable[str | Path],
    *,
    description: str = "",
    platform: str = "",
    happened_at: str = "",
    on_progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
    workers: int | None = None,
) -> BatchResult:
    """Add many files. Checking and downscaling run on worker threads; each item is
    stored in its own transaction, in the order given. A cancel keeps what is finished."""
    files = expand_paths(paths)
    result = BatchResult()
    total = len(files)
    workers = workers or max(1, min(4, os.cpu_count() or 1))

    def work(path: Path) -> PreparedImage | EvidenceItem:
        data, st = read_image_file(path)
        existing = vault.has_sha256(hashlib.sha256(data).hexdigest())
        if existing is not None:
            return existing
        ctime = getattr(st, "st_birthtime", None) or st.st_ctime
        return prepare_bytes(data, path.name, mtime_utc=_iso(st.st_mtime), ctime_utc=_iso(ctime))

    done = 0
    with ThreadPoolExecutor(max_workers=workers) as pool:
        window = workers * 2  # bounded, so memory stays flat for big batches
        pending: list[tuple[Path, Future[PreparedImage | EvidenceItem]]] = []
        queue = list(files)
        while queue or pending:
            while queue and len(pending) < window and not (cancel and cancel.is_set()):
                path = queue.pop(0)
                pending.append((path, pool.submit(work, path)))
            if not pending:
                break
            path, fut = pending.pop(0)
            try:
                prepared = fut.result()
                if isinstance(prepared, EvidenceItem):
                    result.duplicates.append((path.name, prepared))
                else:
                    item, added = add_prepared(
                        vault,
                        prepared,
                        description=description,
                        platform=platform,
                        happened_at=happened_at,
                    )
                    if added:
                        result.added.append(item)
                    else:
                        result.duplicates.append((path.name, item))
            except EvidenceRejected as exc:
                result.failed.append(BatchFailure(path.name, exc.reason, exc.detail))
            except GuardianError as exc:
                # Disk full or a locked case stops the batch: what is stored stays stored.
                result.failed.append(BatchFailure(path.name, "storage", str(exc)))
                if isinstance(exc, StorageFullError | CaseInUseError):
                    for p, f in pending:
                        f.cancel()
                        result.failed.append(BatchFailure(p.name, "storage", str(exc)))
                    for p in queue:
                        result.failed.append(BatchFailure(p.name, "storage", str(exc)))
                    pending, queue = [], []
            except Exception:  # noqa: BLE001 - one strange file never stops the batch
                detail = f"{path.name}: the picture could not be read."
                result.failed.append(BatchFailure(path.name, "damaged", detail))
            done += 1
            if on_progress:
                on_progress(done, total, path.name)
            if cancel and cancel.is_set():
                result.cancelled = True
                for _p, f in pending:
                    f.cancel()
                result.not_started = len(queue) + len(pending)
                break
    return result


def add_prepared(
    vault: CaseVault, prepared: PreparedImage, **meta: str
) -> tuple[EvidenceItem, bool]:
    """Store one prepared image (a file, a clipboard image or a screen capture)."""
    return vault.add_evidence(
        data=prepared.data,
        sha256=prepared.sha256,
        width=prepared.width,
        height=prepared.height,
        fmt=prepared.fmt,
        rendition=prepared.rendition,
        thumbnail=prepared.thumbnail,
        original_name=prepared.original_name,
        original_mtime_utc=prepared.original_mtime_utc,
        original_ctime_utc=prepared.original_ctime_utc,
        source=prepared.source,
        **meta,
    )


@dataclass(frozen=True)
class Suggestion:
    """What an item's file suggests, for the person to confirm (never applied silently)."""

    happened_at: str | None = None  # a core.when value
    happened_from: str = ""  # "file_name" or "file_time"
    platform: str | None = None  # a platform id


def suggest(item: EvidenceItem) -> Suggestion:
    """A time from the file name (phones and desktops put it there) or else the file's
    modified time, and an app from the name; only for what the item does not have yet.
    Pasted pictures and screen captures get none: their time is when they were added."""
    if item.source != "file":
        return Suggestion()
    happened, origin = None, ""
    if not item.happened_at.strip():
        happened = whenmod.from_file_name(item.original_name)
        origin = "file_name" if happened else ""
        if happened is None:
            happened = whenmod.from_mtime(item.original_mtime_utc)
            origin = "file_time" if happened else ""
    platform = None if item.platform.strip() else platformsmod.from_file_name(item.original_name)
    return Suggestion(happened, origin, platform)
