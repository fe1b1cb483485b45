"""Renders the window's icons (PNG, 24 and 48 px) from GNOME's Adwaita symbolic icons, recoloured to one calm ink.

Adwaita (https://gitlab.gnome.org/GNOME/adwaita-icon-theme), © the GNOME Project, CC BY-SA 3.0 or LGPL 3: see
ADWAITA-LICENSE.txt beside this script. The SVG sources are kept here; the PNGs are what the program loads (the
build leaves Qt's SVG module out). Run after changing the list (needs PySide6's QtSvg, present in the venv):

    QT_QPA_PLATFORM=offscreen .venv/bin/python resources/icons/ui/make_ui_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
INK = "#2f4a3a"  # a dark olive green: readable on a cheap screen in sunlight, calm beside the window's grey
SIZES = {"": 24, "@2x": 48}
# name in Taawun -> the Adwaita symbolic icon it is drawn from (copied into sources/)
ICONS = {
    "cooperative": "system-users-symbolic",
    "visit": "mark-location-symbolic",
    "workshop": "x-office-presentation-symbolic",
    "stick": "media-removable-symbolic",
    "search": "system-search-symbolic",
    "new": "list-add-symbolic",
    "back": "go-previous-symbolic",
    "back-rtl": "go-previous-symbolic-rtl",
    "save": "document-save-symbolic",
    "finalise": "emblem-ok-symbolic",
    "history": "document-open-recent-symbolic",
    "pdf": "x-office-document-symbolic",
    "delete": "user-trash-symbolic",
    "export": "document-send-symbolic",
    "merge": "document-open-symbolic",
}


def render(svg: Path, size: int) -> QImage:
    text = svg.read_text(encoding="utf-8").replace("#2e3434", INK).replace("#2e3436", INK).replace("#222222", INK)
    renderer = QSvgRenderer(QByteArray(text.encode("utf-8")))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv[:1])
    for name, source in ICONS.items():
        svg = HERE / "sources" / f"{source}.svg"
        for suffix, size in SIZES.items():
            if not render(svg, size).save(str(HERE / f"{name}{suffix}.png")):
                print(f"not written: {name}{suffix}.png", file=sys.stderr)
                return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
