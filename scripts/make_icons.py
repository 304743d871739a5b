"""Draw the app icon (a calm shield) and write resources/icons/guardian.{png,ico,icns}.

Run again after changing the drawing: `python scripts/make_icons.py`. The files are committed,
so building the app needs only Pillow when the icon changes.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
MASTER = 1024  # the largest size macOS asks for
SUPERSAMPLE = 4  # draw big, then scale down: smooth edges without an antialiasing API

OUTER = (46, 94, 140)  # calm blue
INNER = (93, 150, 196)  # lighter blue
MARK = (255, 255, 255)

ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def _bezier(
    p0: tuple[float, float],
    p1: tuple[float, float],
    p2: tuple[float, float],
    steps: int = 64,
) -> list[tuple[float, float]]:
    """Points on a quadratic Bezier curve from p0 to p2, pulled towards p1."""
    out = []
    for i in range(steps + 1):
        t = i / steps
        a, b, c = (1 - t) ** 2, 2 * (1 - t) * t, t**2
        out.append((a * p0[0] + b * p1[0] + c * p2[0], a * p0[1] + b * p1[1] + c * p2[1]))
    return out


def shield_outline(scale: float, inset: float = 0.0) -> list[tuple[float, float]]:
    """A shield: a gently arched top, straight sides, curved to a point at the bottom.

    Coordinates are fractions of the square, shrunk towards the middle by ``inset``.
    """
    frac = [
        *_bezier((0.17, 0.21), (0.5, 0.06), (0.83, 0.21)),
        (0.83, 0.50),
        *_bezier((0.83, 0.50), (0.80, 0.80), (0.5, 0.94))[1:],
        *_bezier((0.5, 0.94), (0.20, 0.80), (0.17, 0.50))[1:],
    ]
    cx, cy = 0.5, 0.51
    return [
        ((cx + (x - cx) * (1 - inset)) * scale, (cy + (y - cy) * (1 - inset)) * scale)
        for x, y in frac
    ]


def draw_icon(size: int = MASTER) -> Image.Image:
    big = size * SUPERSAMPLE
    im = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(im)
    draw.polygon(shield_outline(big), fill=OUTER)
    draw.polygon(shield_outline(big, inset=0.16), fill=INNER)
    # A tick: "kept safe", drawn as two thick round-ended strokes.
    width = round(big * 0.07)
    tick = [(0.37 * big, 0.52 * big), (0.47 * big, 0.62 * big), (0.65 * big, 0.40 * big)]
    draw.line(tick, fill=MARK, width=width, joint="curve")
    for x, y in (tick[0], tick[-1]):
        r = width / 2
        draw.ellipse([x - r, y - r, x + r, y + r], fill=MARK)
    return im.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    master = draw_icon(MASTER)
    master.resize((512, 512), Image.Resampling.LANCZOS).save(ICONS / "guardian.png", optimize=True)
    master.save(ICONS / "guardian.ico", sizes=ICO_SIZES)
    master.save(ICONS / "guardian.icns")
    for name in ("guardian.png", "guardian.ico", "guardian.icns"):
        print(f"wrote resources/icons/{name} ({(ICONS / name).stat().st_size} bytes)")


if __name__ == "__main__":
    main()
