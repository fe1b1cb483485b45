"""Where the shipped files are: `forms/` and `resources/`, in a source checkout or inside a PyInstaller build."""

from __future__ import annotations

import sys
from pathlib import Path


def install_root() -> Path:
    """The folder holding `forms/` and `resources/`: the bundle's folder when frozen, else the checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def forms_dir() -> Path:
    return install_root() / "forms"


def resources_dir() -> Path:
    return install_root() / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"
