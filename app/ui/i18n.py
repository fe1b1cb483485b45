"""Language, direction, fonts and Qt's own translations, set once per window generation (no per-window translators)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.resources import fonts_dir, resources_dir

LOCALES = {"ar": QLocale(QLocale.Language.Arabic, QLocale.Country.Morocco),
           "fr": QLocale(QLocale.Language.French, QLocale.Country.Morocco),
           "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)}  # fmt: skip

_UI_FONTS = ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf",
             "NotoSansTifinagh-Regular.ttf")  # fmt: skip


# Qt's own words that its translations leave in English or word as commands ("ألغِ", "افتح" on buttons where
# Arabic interfaces write the verbal noun: "إلغاء", "فتح"). Listed here so that lupdate carries them into our .ts
# files under Qt's own contexts: our translator is installed after Qt's, so Qt finds our wording first.
QT_WORDS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QWizard", "Cancel"),  # the import wizard's (Qt's Arabic: "ألغ")
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Don't Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directory:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directories"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Choose"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Save"),
    QT_TRANSLATE_NOOP("QFileDialog", "Back"),
    QT_TRANSLATE_NOOP("QFileDialog", "Forward"),
    QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "List View"),
    QT_TRANSLATE_NOOP("QFileDialog", "Detail View"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
)


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
    """The interface language in force: translators installed, direction and default locale set.

    Qt's own translations (`qtbase_<lang>.qm`, shipped by PySide6-Essentials in its translations folder and bundled
    by build.spec) translate its dialogs and standard buttons; ours come after them, so `QT_WORDS` take precedence."""

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
