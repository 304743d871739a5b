"""Shared helpers for the benchmarks: synthetic phone screenshots and peak memory."""

from __future__ import annotations

import io
import random
import sys
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PHONE = (1170, 2532)  # an iPhone screenshot
WORDS = ["pay", "now", "or", "I", "send", "them", "to", "your", "friends"]


def chat_screenshot(seed: int, size: tuple[int, int] = PHONE) -> bytes:
    """A chat-like PNG: bubbles of text on a light background, different for each seed."""
    rng = random.Random(seed)
    w, h = size
    im = Image.new("RGB", size, (250, 250, 250))
    draw = ImageDraw.Draw(im)
    draw.rectangle([0, 0, w, h // 12], fill=(240, 240, 245))
    draw.text((w // 3, h // 30), f"chat {seed}", fill=(20, 20, 20))
    y = h // 10
    while y < h - 200:
        mine = rng.random() < 0.5
        bw = rng.randint(w // 3, int(w * 0.75))
        bh = rng.randint(80, 220)
        x0 = w - bw - 30 if mine else 30
        draw.rounded_rectangle(
            [x0, y, x0 + bw, y + bh], radius=30, fill=(0, 122, 255) if mine else (229, 229, 234)
        )
        for line in range(bh // 50):
            words = " ".join(
                rng.choice(["pay", "now", "or", "I", "send", "them"]) for _ in range(8)
            )
            draw.text(
                (x0 + 24, y + 18 + line * 40), words, fill=(255, 255, 255) if mine else (0, 0, 0)
            )
        y += bh + 24
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


def write_screenshots(folder: Path, count: int, size: tuple[int, int] = PHONE) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        p = folder / f"Screenshot_{i:04d}.png"
        if not p.exists():
            p.write_bytes(chat_screenshot(i, size))
        paths.append(p)
    return paths


def peak_rss_mb() -> float:
    """Peak resident memory of this process (VmHWM), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
