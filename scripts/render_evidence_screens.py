"""Render the evidence screen offscreen: empty, with items blurred, with items shown.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/render_evidence_screens.py [--scale 2]

Writes docs/screenshots/evidence-empty.png, evidence-blurred.png and evidence-shown.png.
The case lives in a temporary folder that is deleted afterwards.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image, ImageDraw  # noqa: E402
from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from guardian_desktop.core.evidence import add_prepared, prepare_bytes  # noqa: E402
from guardian_desktop.core.vault import CaseVault  # noqa: E402
from guardian_desktop.gui.app import GuardianApplication  # noqa: E402
from guardian_desktop.gui.evidence import EvidenceScreen  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1024, 640)


def chat_screenshot(seed: int, size: tuple[int, int] = (390, 844)) -> bytes:
    """A synthetic chat: grey and blue bubbles with a little text, nothing real."""
    im = Image.new("RGB", size, (246, 246, 246))
    draw = ImageDraw.Draw(im)
    w, h = size
    draw.rectangle([0, 0, w, 60], fill=(40, 40, 60))
    draw.text((16, 22), f"user_{seed:04d}", fill=(255, 255, 255))
    for i, y in enumerate(range(80, h - 60, 56)):
        left = (i + seed) % 3 != 0
        x0 = 12 if left else w // 3
        draw.rounded_rectangle(
            [x0, y, x0 + w // 2 + (seed * 7 + i * 13) % (w // 4), y + 44],
            radius=14,
            fill=(225, 225, 225) if left else (120, 170, 250),
        )
        draw.text((x0 + 12, y + 16), f"message {i}", fill=(0, 0, 0))
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


def settle(app: QCoreApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0, help="text size factor, e.g. 2")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--under-18", choices=("yes", "no", "unknown"), default="unknown")
    args = parser.parse_args()
    app = QApplication.instance() or GuardianApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    if args.scale != 1.0:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * args.scale)
        app.setFont(font)
    under_18 = {"yes": True, "no": False, "unknown": None}[args.under_18]
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.scale == 1.0 else f"-{args.scale:g}x"
    with tempfile.TemporaryDirectory() as tmp:
        vault, _ = CaseVault.create(Path(tmp) / "demo", "passphrase1", "Demo")
        try:
            screen = EvidenceScreen(vault, role="victim", under_18=under_18)
            screen.resize(*SIZE)
            screen.show()
            settle(app)
            screen.grab().save(str(args.out / f"evidence-empty{suffix}.png"))

            details = [
                ("Their profile page", "Instagram", "2026-01-05T21:14:00+00:00"),
                ("First message asking for pictures", "Instagram", "2026-01-05T21:20:00+00:00"),
                ("The threat and the demand for \u00a3500", "Snapchat", ""),
                ("Gift card details he sent", "", ""),
            ]
            for n, (desc, platform, when) in enumerate(details):
                prepared = prepare_bytes(chat_screenshot(n), f"IMG_{4810 + n}.PNG")
                item, _ = add_prepared(
                    vault, prepared, description=desc, platform=platform, happened_at=when
                )
            screen.refresh()
            screen.list.setCurrentIndex(screen.model.index(1))
            settle(app)
            screen.grab().save(str(args.out / f"evidence-blurred{suffix}.png"))
            screen.show_all.setChecked(True)
            settle(app)
            screen.grab().save(str(args.out / f"evidence-shown{suffix}.png"))
            screen.close()
        finally:
            vault.close()
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
