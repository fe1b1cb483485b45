"""A small window saying the database is being brought up to this release, shown while the store opens a file of an
older schema: the one-time upgrade runs before the main window can appear (a release adding a derived table makes it
for every record: about five seconds at 100,000 visits), and a laptop showing nothing for that long looks broken.

Whether the file is older is read from its SQLite header (the schema's number, `user_version`, at byte 60), without
opening it: a file that is not SQLite, not ours, new or current gets no notice, and the store's own checks say the
rest."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from app.core.messages import translate
from app.db.schema import LATEST_VERSION

_HEADER = b"SQLite format 3\x00"


def needs_upgrade(database: Path) -> bool:
    """Is `database` an SQLite file whose schema is older than this release's (but not empty)?"""
    try:
        with database.open("rb") as file:
            header = file.read(100)
    except OSError:
        return False
    if len(header) < 100 or not header.startswith(_HEADER):
        return False
    version = int.from_bytes(header[60:64], "big")
    return 0 < version < LATEST_VERSION


@contextmanager
def upgrade_notice(database: Path, lang: str, *, shown: bool = True) -> Iterator[QWidget | None]:
    """Within the block (the store opening `database`), the notice, shown and painted when the opening will upgrade
    the file (and `shown`); closed at the block's end, whatever happens, before any dialog that may follow."""
    notice = _notice(lang) if shown and needs_upgrade(database) else None
    try:
        yield notice
    finally:
        if notice is not None:
            notice.close()
            notice.deleteLater()


def _notice(lang: str) -> QWidget:
    notice = QLabel(translate("gui_upgrading_database", lang))
    notice.setWindowFlags(Qt.WindowType.SplashScreen | Qt.WindowType.WindowStaysOnTopHint)
    notice.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight)
    notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
    notice.setMargin(24)
    notice.setStyleSheet("QLabel { background: white; border: 1px solid #888; font-size: 11pt; }")
    notice.setWordWrap(True)
    notice.setFixedWidth(460)
    notice.adjustSize()  # as tall as its wrapped lines
    notice.show()
    QApplication.processEvents()  # painted before the upgrade holds the thread
    return notice
