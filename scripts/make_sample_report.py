"""Make docs/sample-report.pdf from the practice case, and PNG pictures of its first pages.

Run: .venv/bin/python scripts/make_sample_report.py [--pages 6] [--also DIR]
--also DIR writes two more reports there to look at (not shipped): a mother helping her
under-18 son (helper-under-18.pdf) and one with every script (every-script.pdf).
Needs pdftoppm (poppler-utils) for the pictures. Everything in it is made up.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from guardian_desktop.core.answers import Answer  # noqa: E402
from guardian_desktop.core.evidence import add_prepared, prepare_bytes  # noqa: E402
from guardian_desktop.core.models import OffenderIdentifier, Payment, Role  # noqa: E402
from guardian_desktop.core.practice import create_practice_case  # noqa: E402
from guardian_desktop.core.vault import CaseVault  # noqa: E402
from guardian_desktop.report.pdf import ReportOptions, build_report  # noqa: E402

PRACTICE_PASSPHRASE = "practice case 123"  # noqa: S105 - made-up data only


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=6, help="how many pages to picture")
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--paper", default="A4", choices=["A4", "Letter"])
    parser.add_argument("--also", type=Path, help="write the helper and every-script reports")
    args = parser.parse_args()
    if args.also:
        args.also.mkdir(parents=True, exist_ok=True)
        for name, make in (("helper-under-18", _helper_case), ("every-script", _scripts_case)):
            with tempfile.TemporaryDirectory(prefix="gd-sample-") as tmp:
                vault = make(Path(tmp) / name)
                with vault:
                    (args.also / f"{name}.pdf").write_bytes(build_report(vault)[0])
            print(f"wrote {args.also / name}.pdf")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="gd-sample-") as tmp:
        vault, _code = create_practice_case(Path(tmp) / "practice", PRACTICE_PASSPHRASE)
        try:
            options = ReportOptions(paper=args.paper, statement_name="Sam Example")
            pdf = build_report(vault, options)[0]
        finally:
            vault.close()
    target = args.out / "sample-report.pdf"
    target.write_bytes(pdf)
    print(f"wrote {target} ({len(pdf) / 1024:.0f} KB)")
    pdftoppm = shutil.which("pdftoppm")
    if not pdftoppm:
        print("pdftoppm not found (install poppler-utils): no page pictures made")
        return 0
    for old in args.out.glob("sample-report-page-*.png"):
        old.unlink()
    prefix = args.out / "sample-report-page"
    subprocess.run(
        [pdftoppm, "-r", "60", "-png", "-f", "1", "-l", str(args.pages), str(target),
         str(prefix)],
        check=True,
    )  # fmt: skip
    # pdftoppm numbers pages with leading zeros that depend on the page count: normalise.
    for png in sorted(args.out.glob("sample-report-page-*.png")):
        number = int(png.stem.rsplit("-", 1)[1])
        final = args.out / f"sample-report-page-{number}.png"
        if png != final:
            png.rename(final)
        print(f"wrote {final}")
    return 0


SCRIPTS = (
    "Chinese 王小明, Japanese やまだ たろう, Korean 김민수, Thai สวัสดีครับ, Hindi नमस्ते दुनिया, "
    "Hebrew שלום עולם, Arabic مرحبا بك في العالم, Russian Привет, Greek Καλημέρα, emoji 😀🔥💸"
)


def _screenshot(seed: int, size: tuple[int, int] = (390, 844)) -> bytes:
    import io

    from PIL import Image, ImageDraw

    im = Image.new("RGB", size, (246, 246, 246))
    d = ImageDraw.Draw(im)
    for i, y in enumerate(range(10, size[1] - 40, 40)):
        d.rectangle([12, y, 12 + 120 + (seed * 7 + i * 13) % 150, y + 30], fill=(220, 220, 220))
        d.text((20, y + 8), f"made-up message {seed}-{i}", fill=(0, 0, 0))
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


def _helper_case(path: Path) -> CaseVault:
    vault, _code = CaseVault.create(path, PRACTICE_PASSPHRASE, "Never printed", role=Role.HELPER,
                                    under_18=True)  # fmt: skip
    a = vault.answers()
    a.story.summary = "My son was asked for money after sending pictures. It is made up."
    a.story.report_title = "Blackmail of my son on Instagram (made up)"
    a.risk.more_images = Answer.YES
    a.images.identifiable = Answer.YES
    a.contact.helper_name, a.contact.helper_role = "Jo Example", "mother"
    a.contact.helper_contact = "07700 900111"
    a.contact.name, a.contact.share_contact = "Sam Example", False
    for section in (a.story, a.risk, a.images, a.contact):
        vault.save_answers(section)
    for n in range(3):
        add_prepared(vault, prepare_bytes(_screenshot(n), f"shot-{n}.png"), platform="instagram")
    add_prepared(vault, prepare_bytes(_screenshot(9, (1920, 1080)), "desktop.png"))
    vault.remove_evidence(vault.list_evidence()[1].id, reason="A copy of GD-001")
    vault.save_record(OffenderIdentifier(platform="instagram", username="real\u200buser"))
    wallet = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"
    vault.save_record(Payment(kind="demanded", amount="300", method="crypto", chain="Bitcoin",
                              wallet_address=wallet))  # fmt: skip
    return vault


def _scripts_case(path: Path) -> CaseVault:
    vault, _code = CaseVault.create(path, PRACTICE_PASSPHRASE, "Never printed")
    a = vault.answers()
    a.story.summary = SCRIPTS
    a.story.report_title = "王小明 / שלום / مرحبا"
    a.contact.name, a.contact.share_contact = "김민수 สมชาย", True
    vault.save_answers(a.story)
    vault.save_answers(a.contact)
    add_prepared(vault, prepare_bytes(_screenshot(1), "s.png"), description=SCRIPTS)
    vault.save_record(OffenderIdentifier(platform="other", username="王小明_😀",
                                         display_name="מישהו نور"))  # fmt: skip
    return vault


if __name__ == "__main__":
    sys.exit(main())
