"""Vault speed: passphrase unlock, adding 100 phone screenshots, listing 1,000 items.

Targets (issue 2): unlock <= 1 s; add >= 30 items/s including validation, hashing and the
encrypted insert; reopen a 1,000-item case and list it <= 0.2 s (raw key, as "remember on
this computer" opens it; the passphrase cost is the unlock line). The add rate includes
the item seals and the anchor kept in the key file (issue 11); the anchor line shows what
one anchor write costs (it is written at most every 2 s and at close).
Run: .venv/bin/python bench/bench_vault.py
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from common import write_screenshots

from guardian_desktop.core.evidence import import_files
from guardian_desktop.core.vault import CaseVault

PASS = "correct horse battery staple"


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="gd-bench-"))
    shots = write_screenshots(work / "shots", 100)
    vault, _ = CaseVault.create(work / "case", PASS, "Bench")
    folder = vault.folder
    vault.close()

    t = time.perf_counter()
    vault = CaseVault.open(folder, passphrase=PASS)
    unlock = time.perf_counter() - t

    t = time.perf_counter()
    result = import_files(vault, shots)
    add = time.perf_counter() - t
    assert len(result.added) == 100, result.failed
    rate = 100 / add

    # Grow to 1,000 items with smaller screenshots (the list never reads the image bytes).
    small = write_screenshots(work / "small", 900, (390, 844))
    import_files(vault, small)
    t = time.perf_counter()
    for _ in range(20):
        vault._anchor_written = 0.0
        vault.record("bench", "anchor")  # one audit entry, then the anchor is rewritten
    anchor = (time.perf_counter() - t) / 20
    key = vault._key()
    vault.close()

    t = time.perf_counter()
    vault = CaseVault.open(folder, data_key=key)
    items = vault.list_evidence()
    reopen = time.perf_counter() - t
    vault.close()
    assert len(items) == 1000

    print(f"unlock with passphrase:        {unlock:.2f} s   (target <= 1 s)")
    print(f"add 100 phone screenshots:     {add:.2f} s = {rate:.1f} items/s (target >= 30)")
    print(f"reopen + list 1,000 items:     {reopen * 1000:.0f} ms (target <= 200 ms)")
    print(f"audit entry + anchor write:    {anchor * 1000:.1f} ms (at most every 2 s)")
    size_mb = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
    print(f"case size on disk:             {size_mb:.0f} MB")


if __name__ == "__main__":
    main()
