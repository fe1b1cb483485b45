"""The window's icons: GNOME's Adwaita symbolic icons recoloured to one ink, shipped as PNG in resources/icons/ui
(24 px and 48 px for high-density screens; licence and sources beside them, see make_ui_icons.py there)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon

from app.resources import resources_dir

# What each icon stands for in Taawun (the names of resources/icons/ui/*.png).
NAMES = ("cooperative", "visit", "workshop", "stick", "search", "new", "back", "save", "finalise", "history", "pdf",
         "delete", "export", "merge")  # fmt: skip
# Arrows point the way the text runs: "back" points right in a right-to-left window.
MIRRORED = {"back": "back-rtl"}


def icon(name: str) -> QIcon:
    """The icon called `name` (one of NAMES), in the direction of the interface; an empty icon if it is missing."""
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        name = MIRRORED.get(name, name)
    folder = resources_dir() / "icons" / "ui"
    found = QIcon()
    for suffix in ("", "@2x"):
        path = folder / f"{name}{suffix}.png"
        if path.exists():
            found.addFile(str(path))
    return found
