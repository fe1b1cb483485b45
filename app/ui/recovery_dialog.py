"""When the window cannot open its database because it is damaged: the way back through the newest sound backup.

The sentences (also printed by the command line) come from `app.core.messages`; the dialog's own words (title,
buttons) go through Qt Linguist. The reason is said in the user's language; SQLite's words, when there are any,
stay in the "Details" part. Nothing is changed unless the agent chooses to restore (`app.db.recovery`).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.core import paths
from app.core.display import isolate_ltr
from app.core.errors import DatabaseRejected, TaawunError
from app.core.forms import FormRegistry, load_form_directory
from app.core.messages import translate
from app.db.recovery import SoundBackup, holdings, newest_sound_backup, recover
from app.resources import forms_dir
from app.ui.dialogs import MessageDialog

log = logging.getLogger("taawun.ui")


def damage_sentence(damage: DatabaseRejected, lang: str, database: Path) -> str:
    """What happened, in the user's words: no SQLite text, no blame on a stick that was never there."""
    code = "recovery_unrecognised" if damage.code == "db_not_sqlite" else "recovery_damaged"
    return translate(code, lang, path=isolate_ltr(str(database)))


def details(damage: DatabaseRejected, lang: str) -> str:
    return translate("recovery_details", lang, detail=damage.message(lang))


class RecoveryDialog(QDialog):
    """The damage, the newest sound backup (its date and what it holds), and the choice: restore it, or quit."""

    def __init__(self, parent: QWidget | None, *, lang: str, damage: DatabaseRejected, database: Path,
                 backup: SoundBackup, backups_dir: Path, forms: FormRegistry) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Taawun: the database is damaged"))
        self.setMinimumWidth(560)
        when = isolate_ltr(backup.when)
        self.reason = self._label(damage_sentence(damage, lang, database), bold=True)
        self.backup = self._label(translate("recovery_backup_found", lang, date=when,
                                            holdings=holdings(backup, forms, lang)))  # fmt: skip
        self.offer = self._label(translate("recovery_offer", lang, folder=isolate_ltr(str(backups_dir)), date=when))
        self.details = self._label(details(damage, lang))
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setVisible(False)

        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        for label in (self.reason, self.backup, self.offer):
            texts.addWidget(label)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(texts, 1)

        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(self.tr("Restore this backup"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)  # fmt: skip
        self.quit_button = self.buttons.addButton(self.tr("Quit without changing anything"),
                                                  QDialogButtonBox.ButtonRole.RejectRole)  # fmt: skip
        self.details_button = QPushButton(self.tr("Details"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self.details.setVisible)
        self.buttons.addButton(self.details_button, QDialogButtonBox.ButtonRole.HelpRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details)
        layout.addWidget(self.buttons)

    @staticmethod
    def _label(text: str, *, bold: bool = False) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        if bold:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        return label

    def text(self) -> str:
        """Everything the dialog says, details included (for tests and for the log of what was offered)."""
        return "\n".join(label.text() for label in (self.reason, self.backup, self.offer, self.details))

    @classmethod
    def ask(cls, parent: QWidget | None, *, lang: str, damage: DatabaseRejected, database: Path,
            backup: SoundBackup, backups_dir: Path, forms: FormRegistry) -> bool:  # fmt: skip
        dialog = cls(parent, lang=lang, damage=damage, database=database, backup=backup, backups_dir=backups_dir,
                     forms=forms)  # fmt: skip
        return dialog.exec() == QDialog.DialogCode.Accepted


def offer_recovery(*, database: Path, damage: DatabaseRejected, lang: str, log_path: Path) -> bool:
    """Look for the newest sound backup and offer it. True: it was restored, the database can be opened again.
    False: no backup, declined, or the restore failed; the agent has been told, and the damaged file is unchanged."""
    backups = paths.backups_dir()
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # every candidate is checked in full: seconds
    try:
        backup = newest_sound_backup(database, backups)
    finally:
        QApplication.restoreOverrideCursor()
    log.warning("database %s cannot be opened (%s); newest sound backup: %s", database.name, damage.code,
                backup.path.name if backup else None)  # fmt: skip
    if backup is None:
        no_backup = translate("recovery_no_backup", lang, folder=isolate_ltr(str(backups)),
                              path=isolate_ltr(str(database)), log=isolate_ltr(str(log_path)))  # fmt: skip
        MessageDialog.show_error(None, f"{damage_sentence(damage, lang, database)}\n\n{no_backup}\n\n"
                                       f"{details(damage, lang)}")  # fmt: skip
        return False
    # What the backup holds is named with the forms this release shows (they loaded: the database did not).
    forms = load_form_directory(forms_dir())
    if not RecoveryDialog.ask(None, lang=lang, damage=damage, database=database, backup=backup, backups_dir=backups,
                              forms=forms):  # fmt: skip
        return False
    try:
        recover(database, backup, backups)
    except TaawunError as error:
        MessageDialog.show_error(None, error.message(lang))
        return False
    return True
