"""Report speed and size: the PDF of a 100- and a 300-screenshot case, ours against the naive
way, and the evidence bundle.

Ours: build_report() (stored JPEG renditions copied into the PDF unchanged, every original
re-hashed, one layout pass, the officer's page, the compact index with page numbers, every
audit row, text shaping on). Naive: ReportLab defaults drawing each ORIGINAL PNG on its own
page. Goal (issue 12): ours <= 1.5 s and <= 8 MB for 100. Numbers are printed, not asserted.
Run: .venv/bin/python bench/bench_report.py [COUNT ...]   (default: 100 300)
"""

from __future__ import annotations

import io
import random
import shutil
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from common import PHONE  # also puts the repository on sys.path
from PIL import Image

from guardian_desktop.core.evidence import import_files
from guardian_desktop.core.practice import Message, Screen, render_screen
from guardian_desktop.core.vault import CaseVault
from guardian_desktop.report.facts import gather
from guardian_desktop.report.pdf import ReportOptions, build_report

PASS = "correct horse battery staple"
WORDS = [
    "pay", "now", "or", "I", "send", "them", "to", "all", "your", "friends", "family",
    "school", "you", "have", "two", "hours", "gift", "cards", "codes", "last", "chance",
    "know", "where", "live", "please", "don't", "I'm", "scared", "ok", "fine",
]  # fmt: skip


def realistic_screenshot(seed: int) -> bytes:
    """A 1170 x 2532 chat screenshot with phone-sized text (42 px), full of messages; every
    fifth has a photo-like area, as real chats often do."""
    rng = random.Random(seed)
    messages = [
        Message(
            rng.choice(["them", "me"]),
            " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 18))),
            f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
        )
        for _ in range(14)
    ]
    screen = Screen("Snapchat", f"account_{seed}", "Tuesday 3 March", "22:40", messages,
                    "", "snapchat", "")  # fmt: skip
    png = render_screen(screen)
    if seed % 5:
        return png
    with Image.open(io.BytesIO(png)) as opened:
        im = opened.convert("RGB")
        noise = Image.effect_noise((600, 700), 40).convert("RGB")
        im.paste(Image.blend(noise, Image.new("RGB", noise.size, (120, 150, 180)), 0.5),
                 (60, 900))  # fmt: skip
        out = io.BytesIO()
        im.save(out, "PNG")
        return out.getvalue()


def naive_pdf(paths: list[Path]) -> bytes:
    """ReportLab defaults: one original PNG per A4 page, scaled to fit."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    c = Canvas(out, pagesize=A4)
    w, h = A4
    for p in paths:
        c.drawImage(str(p), 36, 36, w - 72, h - 72, preserveAspectRatio=True)
        c.showPage()
    c.save()
    return out.getvalue()


def main() -> None:
    counts = [int(a) for a in sys.argv[1:]] or [100, 300]
    for count in counts:
        run(count)
        print()


def run(COUNT: int) -> None:  # noqa: N803 - the module's old constant, kept for the prints
    # Synthetic, made-up screenshots only: a plain temporary folder is fine here.
    work = Path(tempfile.mkdtemp(prefix="gd-bench-report-"))
    shots = work / "shots"
    shots.mkdir()
    t = time.perf_counter()
    paths = [shots / f"Screenshot_{i:04d}.png" for i in range(COUNT)]
    with ProcessPoolExecutor() as pool:
        for p, png in zip(paths, pool.map(realistic_screenshot, range(COUNT)), strict=True):
            p.write_bytes(png)
    print(f"made {COUNT} screenshots {PHONE[0]}x{PHONE[1]} in {time.perf_counter() - t:.1f} s, "
          f"{sum(p.stat().st_size for p in paths) / 1e6:.1f} MB of PNG")  # fmt: skip
    vault, _ = CaseVault.create(work / "case", PASS, "Bench case")
    result = import_files(vault, paths, platform="snapchat")
    assert len(result.added) == COUNT, result.failed
    renditions = sum(len(vault.rendition(i.id)) for i in vault.list_evidence())
    print(f"renditions: {renditions / 1e6:.2f} MB in all")

    build_report(vault, ReportOptions())  # warm up: fonts, imports
    runs = []
    for _ in range(3):
        t = time.perf_counter()
        pdf = build_report(vault, ReportOptions())[0]
        runs.append(time.perf_counter() - t)
    ours = min(runs)
    t = time.perf_counter()
    build_report(vault, ReportOptions(password="bench password"))
    with_password = time.perf_counter() - t
    t = time.perf_counter()
    build_report(vault, ReportOptions(check_originals=False))
    no_recheck = time.perf_counter() - t
    t = time.perf_counter()
    gather(vault, check_originals=True)
    reading = time.perf_counter() - t
    from guardian_desktop.report.bundle import build_bundle

    t = time.perf_counter()
    bundle = build_bundle(vault, ReportOptions())
    bundle_s = time.perf_counter() - t

    from reportlab import rl_config

    assert rl_config.useA85 == 1  # the default is back after our build
    t = time.perf_counter()
    naive = naive_pdf(paths)
    naive_s = time.perf_counter() - t
    vault.close()
    shutil.rmtree(work, ignore_errors=True)

    from pypdf import PdfReader

    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    print(f"ours : {ours:6.2f} s  {len(pdf) / 1e6:6.2f} MB  {pages} pages  "
          f"(best of 3; runs {', '.join(f'{r:.2f}' for r in runs)})")  # fmt: skip
    print(f"ours, AES-256 password: {with_password:.2f} s")
    print(f"ours, without re-hashing the originals: {no_recheck:.2f} s")
    print(f"reading the case and re-hashing the originals alone: {reading:.2f} s")
    print(f"evidence bundle (report + originals + sums): {bundle_s:.2f} s, "
          f"{len(bundle) / 1e6:.1f} MB")  # fmt: skip
    print(f"naive: {naive_s:6.2f} s  {len(naive) / 1e6:6.2f} MB  {COUNT} pages")
    print(f"ratio: {naive_s / ours:.1f}x faster, {len(naive) / len(pdf):.1f}x smaller")
    if COUNT == 100:
        met = "met" if ours <= 1.5 and len(pdf) <= 8e6 else "NOT met"
        print(f"goal : <= 1.5 s and <= 8 MB -> {met}")


if __name__ == "__main__":
    main()
