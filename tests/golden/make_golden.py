"""Make one golden case with the code in the tree at ROOT (argv[1]) into OUT (argv[2]).

Run with each released tree, for example (from the repository root):
    git archive 4e001f8 | tar -x -C /tmp/s2 && python tests/golden/make_golden.py /tmp/s2 \
        tests/golden/schema2-keys1
The cases use a small scrypt cost (2**10) so the tests stay fast; the format is the same.
"""

from __future__ import annotations

import io
import json
import shutil
import sys
import tempfile
from pathlib import Path

PASSPHRASE = "golden case passphrase"  # noqa: S105 - test data, printed in info.json
LABEL = "Golden case"


def main() -> None:
    root, out = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    sys.path.insert(0, str(root))
    from PIL import Image, ImageDraw

    from guardian_desktop.core import keys
    from guardian_desktop.core.evidence import add_prepared, prepare_bytes
    from guardian_desktop.core.models import TimelineEvent
    from guardian_desktop.core.vault import CaseVault

    keys.PASSPHRASE_KDF = {"n": 2**10, "r": 8, "p": 1}
    keys.RECOVERY_KDF = {"n": 2**10, "r": 8, "p": 1}
    im = Image.new("RGB", (120, 200), (240, 240, 240))
    ImageDraw.Draw(im).rectangle([10, 20, 100, 60], fill=(0, 122, 255))
    png = io.BytesIO()
    im.save(png, "PNG")
    work = Path(tempfile.mkdtemp())
    vault, code = CaseVault.create(work / "case", PASSPHRASE, LABEL)
    item, _ = add_prepared(vault, prepare_bytes(png.getvalue(), "golden.png"))
    vault.save_record(TimelineEvent(when="2026-01-02T03:04:00+00:00", description="first"))
    schema = vault._read("PRAGMA user_version")[0][0]
    folder = vault.folder
    vault.close()
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    for name in ("case.db", "case.keys", "case.keys.bak"):
        shutil.copy(folder / name, out / name)
    key_version = json.loads((folder / "case.keys").read_text())["version"]
    info = {"passphrase": PASSPHRASE, "recovery_code": code, "label": LABEL, "items": 1,
            "sha256": item.sha256, "schema": schema, "key_file_version": key_version}  # fmt: skip
    (out / "info.json").write_text(json.dumps(info, indent=2) + "\n")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
