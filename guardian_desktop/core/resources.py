"""Find bundled resource files, both from a source checkout and from a PyInstaller build."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    """Return the folder that holds the bundled ``resources`` tree.

    A PyInstaller build unpacks data files under ``sys._MEIPASS``; the build spec must
    add the repository's ``resources`` folder there as ``resources``. From a source
    checkout the folder sits at the repository root, two levels above this package.
    """
    frozen_base = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and isinstance(frozen_base, str):
        return Path(frozen_base) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """Return the path of a bundled resource, e.g. ``resource_path("guidance", "en")``."""
    return resources_root().joinpath(*parts)
