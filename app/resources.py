"""Where the shipped files are: `forms/` and `resources/`, in a source checkout or inside a PyInstaller build."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def install_root() -> Path:
    """The folder holding `forms/` and `resources/`: the bundle's folder when frozen, else the checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def forms_dir() -> Path:
    """The form files in use: `$TAAWUN_FORMS` when set (an organisation's own forms folder, or a test's), else the
    shipped ones. A form is added by adding its file there (forms/README.md): no code."""
    override = os.environ.get("TAAWUN_FORMS")
    if override:
        return Path(override)
    return install_root() / "forms"


def resources_dir() -> Path:
    return install_root() / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"
