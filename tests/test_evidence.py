"""Checking files before they go into the vault, one by one and in batches."""

from __future__ import annotations

import builtins
import hashlib
import io
import threading
import zlib
from pathlib import Path

import pytest
from PIL import Image

from guardian_desktop.core import evidence
from guardian_desktop.core.errors import EvidenceRejected
from guardian_desktop.core.evidence import import_files, prepare_bytes, prepare_file, redact
from guardian_desktop.core.vault import CaseVault
from tests.conftest import make_screenshot


@pytest.fixture
def vault(tmp_path: Path) -> CaseVault:
    v, _ = CaseVault.create(tmp_path / "case", "correct horse battery", "Evidence test")
    yield v  # type: ignore[misc]
    v.close()


def _encode(fmt: str, mode: str = "RGB", size: tuple[int, int] = (120, 200)) -> bytes:
    im = Image.new(mode, size, (10, 120, 200) if mode == "RGB" else 0)
    out = io.BytesIO()
    im.save(out, fmt)
    return out.getvalue()


def _huge_png_header(width: int, height: int) -> bytes:
    """A tiny valid-looking PNG that claims to be width x height."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        import struct

        body = tag + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    import struct

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1000)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [("PNG", "PNG"), ("JPEG", "JPEG"), ("WEBP", "WebP"), ("BMP", "BMP"), ("TIFF", "TIFF")],
)
def test_accepted_formats(fmt: str, expected: str) -> None:
    data = _encode(fmt)
    prepared = prepare_bytes(data, f"x.{fmt.lower()}")
    assert prepared.fmt == expected
    assert prepared.data == data  # byte for byte
    assert prepared.sha256 == hashlib.sha256(data).hexdigest()
    assert (prepared.width, prepared.height) == (120, 200)
    assert Image.open(io.BytesIO(prepared.rendition)).format == "JPEG"


def test_gif_first_frame() -> None:
    frames = [Image.new("P", (50, 80), i) for i in (1, 2, 3)]
    out = io.BytesIO()
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:])
    assert prepare_bytes(out.getvalue(), "anim.gif").fmt == "GIF"


def test_transparent_screenshot_renders_on_white() -> None:
    data = _encode("PNG", "RGBA", (60, 60))  # fully transparent
    rendition = Image.open(io.BytesIO(prepare_bytes(data, "t.png").rendition))
    assert rendition.convert("RGB").getpixel((30, 30)) == pytest.approx((255, 255, 255), abs=3)


def test_phone_screenshot_rendition_is_small_and_legible_size() -> None:
    prepared = prepare_bytes(make_screenshot(1, (1170, 2532)), "phone.png")
    rendition = Image.open(io.BytesIO(prepared.rendition))
    assert 500 <= rendition.width <= 700
    assert len(prepared.rendition) < 150_000


def _bad_files(tmp_path: Path) -> dict[str, Path]:
    files: dict[str, Path] = {}
    files["empty"] = tmp_path / "empty.png"
    files["empty"].write_bytes(b"")
    files["not_image"] = tmp_path / "notes.png"
    files["not_image"].write_text("this is a text file, not a picture\n")
    png = make_screenshot(3)
    files["damaged"] = tmp_path / "cut.png"
    files["damaged"].write_bytes(png[: len(png) // 2])
    jpg = _encode("JPEG", size=(600, 900))
    files["damaged_jpeg"] = tmp_path / "cut.jpg"
    files["damaged_jpeg"].write_bytes(jpg[: len(jpg) // 2])
    files["too_many_pixels"] = tmp_path / "huge.png"
    files["too_many_pixels"].write_bytes(_huge_png_header(30_000, 30_000))
    files["unsupported"] = tmp_path / "icon.ico"
    Image.new("RGB", (32, 32)).save(files["unsupported"], "ICO")
    files["too_large"] = tmp_path / "big.png"
    with open(files["too_large"], "wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # sparse: 200 MB on paper, nothing on disk
    files["missing"] = tmp_path / "gone.png"
    return files


def test_each_bad_file_has_its_own_reason(tmp_path: Path) -> None:
    for reason, path in _bad_files(tmp_path).items():
        with pytest.raises(EvidenceRejected) as info:
            prepare_file(path)
        expected = "damaged" if reason == "damaged_jpeg" else reason
        assert info.value.reason == expected, path.name
        assert path.name in info.value.detail


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.png"
    path.write_bytes(make_screenshot(4))
    real_open = builtins.open

    def deny(file: object, *args: object, **kw: object) -> object:
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kw)  # type: ignore[call-overload]

    monkeypatch.setattr(builtins, "open", deny)
    with pytest.raises(EvidenceRejected) as info:
        prepare_file(path)
    assert info.value.reason == "unreadable"


def test_deleted_during_import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "vanishing.png"
    path.write_bytes(make_screenshot(5))
    real_open = builtins.open

    def vanish(file: object, *args: object, **kw: object) -> object:
        if str(file) == str(path):
            path.unlink()  # gone between the size check and the read
        return real_open(file, *args, **kw)  # type: ignore[call-overload]

    monkeypatch.setattr(builtins, "open", vanish)
    with pytest.raises(EvidenceRejected) as info:
        prepare_file(path)
    assert info.value.reason == "missing" and "disappeared" in info.value.detail


def test_batch_goes_on_past_bad_files(tmp_path: Path, vault: CaseVault) -> None:
    bad = _bad_files(tmp_path)
    folder = tmp_path / "Zrzuty ekranu – Łódź"  # non-ASCII path
    folder.mkdir()
    good = []
    for i, name in enumerate(["wiadomość.png", "снимок.png", "στιγμιότυπο.png"]):
        p = folder / name
        p.write_bytes(make_screenshot(20 + i))
        good.append(p)
    dup = tmp_path / "copy of first.png"
    dup.write_bytes(good[0].read_bytes())
    progress: list[int] = []
    result = import_files(
        vault,
        [good[0], *bad.values(), good[1], dup, good[2]],
        platform="Instagram",
        on_progress=lambda done, total, name: progress.append(done),
    )
    assert [i.original_name for i in result.added] == [p.name for p in good]
    assert [(n, i.exhibit) for n, i in result.duplicates] == [("copy of first.png", "GD-001")]
    assert sorted(f.name for f in result.failed) == sorted(p.name for p in bad.values())
    assert all(f.detail for f in result.failed)
    assert progress == list(range(1, len(bad) + 5))
    assert [i.platform for i in vault.list_evidence()] == ["Instagram"] * 3


def test_folder_import_and_duplicates_across_batches(tmp_path: Path, vault: CaseVault) -> None:
    folder = tmp_path / "shots"
    (folder / "inner").mkdir(parents=True)
    (folder / "a.png").write_bytes(make_screenshot(30))
    (folder / "inner" / "b.jpg").write_bytes(_encode("JPEG"))
    (folder / "readme.txt").write_text("not an image")
    first = import_files(vault, [folder])
    assert len(first.added) == 2 and not first.failed
    second = import_files(vault, [folder])
    assert not second.added and len(second.duplicates) == 2
    assert len(vault.list_evidence()) == 2


def test_cancel_keeps_finished_items(tmp_path: Path, vault: CaseVault) -> None:
    paths = []
    for i in range(12):
        p = tmp_path / f"s{i}.png"
        p.write_bytes(make_screenshot(40 + i))
        paths.append(p)
    cancel = threading.Event()

    def on_progress(done: int, total: int, name: str) -> None:
        if done == 3:
            cancel.set()

    result = import_files(vault, paths, on_progress=on_progress, cancel=cancel)
    assert result.cancelled
    assert len(result.added) == 3
    assert result.not_started == 9
    assert len(vault.list_evidence()) == 3
    assert vault.verify().ok


def test_redaction_keeps_the_original(vault: CaseVault) -> None:
    data = make_screenshot(50)
    prepared = prepare_bytes(data, "r.png")
    item, _ = evidence.add_prepared(vault, prepared)
    red_png, red_rendition, red_thumb = redact(data, [[10, 10, 100, 60]])
    updated = vault.set_redaction(
        item.id,
        boxes=[[10, 10, 100, 60]],
        redacted=red_png,
        redacted_rendition=red_rendition,
        thumbnail=red_thumb,
    )
    assert vault.original_bytes(item.id) == data
    assert updated.redacted_sha256 == hashlib.sha256(red_png).hexdigest()
    assert Image.open(io.BytesIO(red_png)).convert("RGB").getpixel((50, 40)) == (0, 0, 0)
    assert vault.rendition(item.id) == red_rendition
    assert vault.rendition(item.id, redacted=False) == prepared.rendition
    assert vault.audit_log()[-1].action == "evidence.redacted"
    assert vault.verify().ok


def test_rotated_photo_size_and_redaction_match_what_is_seen(vault: CaseVault) -> None:
    """A phone photo stored 800x400 with EXIF 'rotate 90' is seen (and covered) 400x800."""
    im = Image.new("RGB", (800, 400), (200, 200, 200))
    exif = Image.Exif()
    exif[0x0112] = 6
    out = io.BytesIO()
    im.save(out, "JPEG", exif=exif)
    data = out.getvalue()
    prepared = prepare_bytes(data, "photo.jpg")
    assert (prepared.width, prepared.height) == (400, 800)
    assert (
        Image.open(io.BytesIO(prepared.rendition)).size[1]
        > Image.open(io.BytesIO(prepared.rendition)).size[0]
    )
    # The bottom half, drawn upwards (negative height) and past the edge: clipped, covered.
    red_png, _, _ = redact(data, [[0, 900, 400, -500]])
    covered = Image.open(io.BytesIO(red_png)).convert("RGB")
    assert covered.size == (400, 800)
    assert covered.getpixel((200, 600)) == (0, 0, 0)
    assert covered.getpixel((200, 200)) != (0, 0, 0)


def test_malformed_header_is_one_failure_not_a_stopped_batch(
    tmp_path: Path, vault: CaseVault
) -> None:
    bad = tmp_path / "bad.png"
    ihdr = b"IHDR" + b"\x00\x00\x01\x00\x00"  # 5 bytes where a PNG header needs 13
    crc = zlib.crc32(ihdr).to_bytes(4, "big")
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + (5).to_bytes(4, "big") + ihdr + crc + bytes(20))
    good = []
    for i in range(4):
        p = tmp_path / f"g{i}.png"
        p.write_bytes(make_screenshot(70 + i))
        good.append(p)
    result = import_files(vault, [good[0], bad, *good[1:]])
    assert len(result.added) == 4
    assert [f.name for f in result.failed] == ["bad.png"]
