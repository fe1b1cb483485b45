"""At start-up, a warning when this laptop's clock (or its database's) looks wrong: a dead clock battery sets the
date back to 2000, and then every file from another laptop looks dated in the future and is refused.

The check itself is Qt-free (`app.db.stamps.clock_warning`, also said by `taawun check`); its sentence comes from
`app.core.messages` with the dates kept left-to-right, the title through Qt Linguist. The dialog does not block:
the agent can keep working and set the clock later.
"""

from __future__ import annotations

import logging
import sqlite3

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.clock import ClockWarning
from app.core.display import isolate_ltr
from app.core.messages import translate
from app.db.stamps import clock_warning
from app.db.store import Store

log = logging.getLogger("taawun.ui")


class ClockWarningDialog:
    """A warning box shown without waiting for it (tests replace `show`)."""

    @classmethod
    def show(cls, parent: QWidget | None, text: str) -> QMessageBox:
        title = QCoreApplication.translate("ClockWarningDialog", "Check this laptop's date and time")
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.show()
        return box


def warning_text(warning: ClockWarning, lang: str) -> str:
    """The warning's sentence, its dates kept left-to-right inside Arabic text."""
    return translate(warning.code, lang, **{key: isolate_ltr(str(value)) for key, value in warning.params.items()})


def warn_about_clock(parent: QWidget | None, store: Store, lang: str) -> ClockWarning | None:
    """Show the warning if this laptop's clock or its database's looks wrong; return what was found."""
    try:
        warning = clock_warning(store)
    except sqlite3.DatabaseError:  # the database's own damage is said elsewhere (opening, `taawun check`)
        log.exception("the clock could not be checked")
        return None
    if warning is not None:
        log.warning("clock warning at start-up: %s", warning.code)
        ClockWarningDialog.show(parent, warning_text(warning, lang))
    return warning
