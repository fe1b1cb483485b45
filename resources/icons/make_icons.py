"""Draws the application icon: `taawun.png` (256 px, the window icon) and `taawun.ico` (16-256 px, Windows build).

Run once after changing the design (the results are kept in the repository, so a build needs neither this script
nor Pillow):  QT_QPA_PLATFORM=offscreen .venv/bin/python resources/icons/make_icons.py
The letter is drawn with the shipped Noto Sans Arabic Bold (SIL OFL), so the icon is the same on every machine.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image  # only here, to write a multi-size .ico (Qt's ico writer keeps one size)
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QImage, QPainter, QPainterPath

HERE = Path(__file__).resolve().parent
SIZE = 256


def draw() -> QImage:
    font_id = QFontDatabase.addApplicationFont(str(HERE.parent / "fonts" / "NotoSansArabic-Bold.ttf"))
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    tile = QPainterPath()
    tile.addRoundedRect(QRectF(8, 8, SIZE - 16, SIZE - 16), 48, 48)
    painter.fillPath(tile, QColor("#2e6b3a"))  # olive-tree green
    painter.fillRect(QRectF(56, 196, SIZE - 112, 14), QColor("#e0b040"))  # a wheat-gold line under the letter
    font = QFont(family)
    font.setPixelSize(170)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, -6, SIZE, 200), Qt.AlignmentFlag.AlignCenter, "ت")  # ت, the first letter of تعاون
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts and painting need an application object
    image = draw()
    png = HERE / "taawun.png"
    if not image.save(str(png)):
        return 1
    Image.open(png).save(HERE / "taawun.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
