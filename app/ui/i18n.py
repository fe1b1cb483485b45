"""Language, direction, fonts and Qt's own translations, set once per window generation (no per-window translators)."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.resources import fonts_dir, resources_dir

LOCALES = {"ar": QLocale(QLocale.Language.Arabic, QLocale.Country.Morocco),
           "fr": QLocale(QLocale.Language.French, QLocale.Country.Morocco),
           "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)}  # fmt: skip

_UI_FONTS = ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf",
             "NotoSansTifinagh-Regular.ttf")  # fmt: skip


def load_fonts(app: QApplication) -> None:
    """Use the shipped Noto fonts, so Arabic, French and Tifinagh look the same on every laptop."""
    families: list[str] = []
    for name in _UI_FONTS:
        font_id = QFontDatabase.addApplicationFont(str(fonts_dir() / name))
        for family in QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []:
            if family not in families:
                families.append(family)
    if families:
        font = QFont(app.font())
        # Latin first: its digits and letters are the Latin font's; Arabic and Tifinagh fall through to theirs.
        ordered = sorted(families, key=lambda f: (0 if f == "Noto Sans" else 1, f))
        font.setFamilies(ordered)
        font.setPointSize(max(app.font().pointSize(), 10))
        app.setFont(font)


class Language:
    """The interface language in force: translators installed, direction and default locale set."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.code = "ar"
        self._translators: list[QTranslator] = []

    def apply(self, code: str) -> None:
        for translator in self._translators:
            self.app.removeTranslator(translator)
        self._translators = []
        self.code = code
        QLocale.setDefault(LOCALES[code])
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((f"qtbase_{code}", qt_folder), (f"taawun_{code}", str(resources_dir() / "translations"))):
            translator = QTranslator(self.app)
            if translator.load(name, folder):
                self.app.installTranslator(translator)
                self._translators.append(translator)
        direction = Qt.LayoutDirection.RightToLeft if code == "ar" else Qt.LayoutDirection.LeftToRight
        self.app.setLayoutDirection(direction)

